#!/usr/bin/env python3
"""
Instructions the proxy runs on the way to the first token, step by step: a report, not a test.

    python benchmarks/ttft_instructions.py [--requests 20] [CHECKOUT ...]

Wall-clock and CPU times of a few hundred microseconds move by more than a
change's effect on this shared 2-CPU machine; instruction counts do not.  Each
checkout (by default this one) builds request_cpu.py's in-memory proxy in a
process run under valgrind's callgrind, counting nothing until its warm-up is
done; then --requests of scenario 1's streamed requests (the 2 KB prompt, the
scan cached as in a steady run) go through it, and callgrind's counters are
dumped at four marks of each: the request's bytes handed to the proxy, the
upstream request sent (L{koreshield.flush.flush} on the provider's
connection), the provider's first read (its headers and first event) handed
to the proxy, the first write to the client.  Printed per checkout, the
median over the requests of the instructions (Ir) between the marks:

  to upstream send      request bytes -> the upstream request sent
  after the send        the rest of the request's read (the provider works meanwhile)
  to first client write the provider's first read -> the client's first write
  rest                  the rest of the stream (19 events and the end)

The first two and the third are the proxy's own part of the time to first
token (CPU caches aside: the live proxy runs them cold, at 3-4 times the
warm speed).  Checkouts run side by side, each about 40 s under valgrind.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
STEPS = {
    "builtin_ascii": "to upstream send",
    "builtin_bin": "after the send",
    "builtin_vars": "to first client write",
    "builtin_oct": "rest",
}
"""The C builtins called as marks (nothing else calls them per request), by the step each one ends."""


def worker(requests: int) -> None:
    """In the checkout, under callgrind: build the proxy, warm it up, then run C{requests} requests with the marks."""
    sys.path.insert(0, os.getcwd())
    from benchmarks import request_cpu
    from koreshield import flush

    proxy = request_cpu.Proxy(Path(tempfile.mkdtemp(prefix="koreshield-ttft-ir-")) / "proxy.log")
    reads = request_cpu.provider_events(request_cpu.EVENTS, request_cpu.EVENT_BYTES)
    first, rest = reads[0] + reads[1], reads[2:]
    marked = {"sent": False, "written": False}
    original_flush = flush.flush
    write_to_client = proxy.client_transport.write

    def marking_flush(transport: Any) -> None:
        if transport is proxy.upstream_transport and not marked["sent"]:
            marked["sent"] = True
            ascii(None)
        original_flush(transport)

    def marking_write(data: bytes) -> None:
        if not marked["written"]:
            marked["written"] = True
            vars(request_cpu)
        write_to_client(data)

    flush.flush = marking_flush  # type: ignore[assignment]
    proxy.client_transport.write = marking_write  # type: ignore[method-assign]

    def exchange(request: bytes) -> None:
        marked["sent"] = False
        oct(0)
        proxy.channel.dataReceived(request)
        proxy.upstream_transport.clear()
        marked["written"] = False
        bin(0)
        proxy.upstream.dataReceived(first)
        for read in rest:
            proxy.upstream.dataReceived(read)
        proxy.client_transport.clear()

    batch = request_cpu.requests(100 + requests, True, True, start=0)
    for request in batch[:100]:
        exchange(request)
    print("ready", flush=True)
    sys.stdin.readline()
    for request in batch[100:]:
        exchange(request)
    print("done", flush=True)
    sys.stdin.readline()


def start(checkout: Path, requests: int, out: Path) -> subprocess.Popen[str]:
    marks = [f"--dump-before={name}" for name in STEPS]
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", *marks, f"--callgrind-out-file={out}/ir"]
    command += [sys.executable, str(Path(__file__).resolve()), "--worker", str(requests)]
    return subprocess.Popen(
        command,
        cwd=checkout,
        env={**os.environ, "PYTHONPATH": str(checkout)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def steps(out: Path) -> dict[str, float]:
    """The median instructions of each step, from callgrind's dumps (the first of each left out)."""
    from benchmarks.callgrind import dumps

    counts: dict[str, list[int]] = {step: [] for step in STEPS.values()}
    for dump in dumps(out, "ir"):
        for mark, step in STEPS.items():
            if mark in dump.trigger:
                counts[step].append(dump.totals["Ir"])
    return {step: statistics.median(values[1:]) if len(values) > 1 else float("nan") for step, values in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[1].strip())
    parser.add_argument("checkouts", nargs="*", type=Path, help="checkouts to measure (default: this one)")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        worker(args.worker)
        return
    sys.path.insert(0, str(REPOSITORY))  # not at import: a worker imports its own checkout's benchmarks
    from benchmarks.callgrind import run_measured

    checkouts = [path.resolve() for path in args.checkouts] or [REPOSITORY]
    outs = [Path(tempfile.mkdtemp(prefix="koreshield-ttft-ir-")) for _ in checkouts]
    workers = [start(checkout, args.requests, out) for checkout, out in zip(checkouts, outs, strict=True)]
    run_measured(workers)
    print(f"{'checkout':30} " + " ".join(f"{step:>22}" for step in STEPS.values()))
    for checkout, out in zip(checkouts, outs, strict=True):
        figures = steps(out)
        print(f"{str(checkout)[-30:]:30} " + " ".join(f"{figures[step]:>22,.0f}" for step in STEPS.values()))


if __name__ == "__main__":
    main()
