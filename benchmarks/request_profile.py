"""
Where a cached non-streamed request's CPU goes: cProfile of C{request_cpu.py}'s in-process proxy.

A report, not a test: 200 warm-up exchanges, then C{--requests} measured ones (the same prompt every time, so the
scan is cached), and cProfile's table sorted by C{--sort}.  cProfile inflates code made of many small calls: read
the shares as an order.  Run from the checkout's root:

    PYTHONPATH=.:benchmarks python benchmarks/request_profile.py [--requests 3000] [--sort cumtime] [--lines 60]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
from pathlib import Path

import request_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--sort", default="cumtime", help="a pstats sort key (cumtime, tottime, ncalls)")
    parser.add_argument("--lines", type=int, default=60)
    args = parser.parse_args()
    proxy = request_cpu.Proxy(Path(tempfile.mkdtemp(prefix="koreshield-profile-")) / "proxy.log")
    answer = request_cpu.provider_answer(False)
    for request in request_cpu.requests(200, False, True, start=10**6):  # warm-up
        proxy.exchange(request, answer)
    batch = request_cpu.requests(args.requests, False, True, start=0)
    profile = cProfile.Profile()
    profile.enable()
    for request in batch:
        proxy.exchange(request, answer)
    profile.disable()
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.lines)


if __name__ == "__main__":
    main()
