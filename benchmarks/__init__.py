"""
Benchmarks that measure KoreShield against a direct connection to the same fake provider, in the same run.

Nothing here imports Twisted: the load generator and the fake provider are plain asyncio so that the
harness never shares a code path (or a bug) with the proxy it measures.  Run the suite with
``python benchmarks/run.py``; every figure it prints is a difference or ratio against ``direct``.
"""
