"""
State shared by the proxy's processes: per-key rate limits, token budgets
and the second level of the verdict cache.

One Twisted process uses one core, so production runs several per host and
several hosts.  State that must hold across them (a key's limit, its budget,
what has already been scanned) lives in Redis (C{state.backend: redis});
with the default C{memory} backend the same semantics hold within one
process and nothing needs installing.

  - L{koreshield.state.address}: C{redis://} URLs, parsed once at start-up;
  - L{koreshield.state.limits}: the per-key limits interface and its
    in-memory implementation;
  - L{koreshield.state.faults}: what a failed state call means for the
    request (C{on_error: open | closed});
  - L{koreshield.state.redis_connection}: the process's Redis connection
    pool, every call bounded by C{timeout_ms};
  - L{koreshield.state.redis_limits}: rate limits and budgets as Lua scripts
    evaluated atomically by Redis;
  - L{koreshield.state.verdicts}: the verdict cache's second level.

This package's modules import txredisapi only when the Redis backend is
configured: the memory backend needs nothing beyond the proxy's own
dependencies.
"""
