#!/usr/bin/env python3
"""
request_cpu.py for several checkouts at once, round by round: a report, not a test.

    python benchmarks/request_cpu_ab.py CHECKOUT [CHECKOUT ...] [--rounds 16] [--requests 300]
        [--stream] [--fresh]

Each checkout's proxy is built once in a process of its own (request_cpu.py's
L{Proxy}, from that checkout) and kept; the driver then asks each in turn for
a round of --requests exchanges (scenario 4's, or scenario 1's with
--stream; one prompt, so the scan is cached, unless --fresh) and reads the
round's process time per request.  The order of the checkouts alternates
from round to round.  Rounds are short and interleaved, so a burst of load
from other jobs on a shared machine falls on every checkout alike; the
minimum, first quartile and median of the rounds are printed per checkout.
Start-up (the scanner's compilation) is never measured, and each checkout
pays it only once.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def worker(stream: bool, fresh: bool) -> None:
    """Run in a checkout: build its proxy, then answer each line (a count) with a round's microseconds per request."""
    sys.path.insert(0, os.getcwd())
    from benchmarks import request_cpu

    proxy = request_cpu.Proxy(Path(tempfile.mkdtemp(prefix="koreshield-cpu-ab-")) / "proxy.log")
    answer = request_cpu.provider_answer(stream)
    for request in request_cpu.requests(200, stream, True, start=10**6):  # warm-up
        proxy.exchange(request, answer)
    print("ready", flush=True)
    start = 0
    for line in sys.stdin:
        count = int(line)
        batch = request_cpu.requests(count, stream, not fresh, start=start)
        start += count
        gc.collect()
        started = time.process_time()
        for request in batch:
            proxy.exchange(request, answer)
        print((time.process_time() - started) / count * 1e6, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[1].strip())
    parser.add_argument("checkouts", nargs="*", help="directories of the checkouts to compare")
    parser.add_argument("--rounds", type=int, default=16)
    parser.add_argument("--requests", type=int, default=300, help="requests per round")
    parser.add_argument("--stream", action="store_true", help="streamed answers (scenario 1)")
    parser.add_argument("--fresh", action="store_true", help="a new prompt every request (the scan runs)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.stream, args.fresh)
        return
    flags = ["--worker"] + (["--stream"] if args.stream else []) + (["--fresh"] if args.fresh else [])
    workers = []
    for checkout in args.checkouts:
        command = [sys.executable, str(Path(__file__).resolve()), *flags]
        environment = dict(os.environ, PYTHONPATH=checkout)
        process = subprocess.Popen(
            command, cwd=checkout, env=environment, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert process.stdin is not None and process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise SystemExit(f"{checkout}: the proxy did not start")
        workers.append((checkout, process))
    rounds: dict[str, list[float]] = {checkout: [] for checkout in args.checkouts}
    for number in range(args.rounds):
        for checkout, process in workers if number % 2 == 0 else workers[::-1]:
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(f"{args.requests}\n")
            process.stdin.flush()
            rounds[checkout].append(float(process.stdout.readline()))
    for _, process in workers:
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    for checkout, figures in rounds.items():
        ordered = sorted(figures)
        print(
            f"{checkout}: min {ordered[0]:.1f} q1 {ordered[len(ordered) // 4]:.1f}"
            f" median {statistics.median(ordered):.1f} us per request"
        )


if __name__ == "__main__":
    main()
