#!/usr/bin/env python3
"""
Instructions the proxy runs per streamed event over real sockets: a report, not a test.

    python benchmarks/event_instructions.py [--streams 20] [--events 50] [--event-bytes 16] [--per-read 1]
        [CHECKOUT ...]

benchmarks/socket_cpu.py measures the process time of the reactor turns that
pass scenario 2's events from a provider's socket to a client's socket; on
this shared 2-CPU machine those times move by more than a change's effect.
Instruction counts do not: each checkout (by default this one) runs
socket_cpu.py's proxy in a process under valgrind's callgrind, counting
nothing until its warm-up is done, and then only inside the turns that pass
a stream's middle events on: the turns socket_cpu.py times (the provider's
read, the proxy's Python, its send, the reactor's C{epoll_wait}), not the
request, the headers, the first event or the stream's end, nor the harness's
own sockets.  Those turns are run through C{functools.reduce}, which nothing
in a turn calls, so callgrind's C{--toggle-collect} counts exactly them.
With C{--per-read K} the middle events come K to a read, as they do to a
saturated proxy (scenario 2 at 200 streams on this machine: about 10).
Printed per checkout: the instructions (Ir) per middle event and the reactor
turns per event.  What the kernel does in the system calls is not counted
(callgrind sees user space only).  Checkouts run side by side, each a minute
or two under valgrind.
"""

from __future__ import annotations

import argparse
import functools
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
MARK = "functools_reduce"
"""The C function the counted turns run inside (callgrind's C{--toggle-collect})."""


def _turn(iterate: Any, _: object) -> Any:
    """One reactor turn, run by C{functools.reduce} so that callgrind counts it."""
    iterate(0)
    return iterate


def _stream(proxy: Any, request: bytes, reads: list[bytes], counting: list[bool]) -> None:
    """
    One stream through C{proxy} (socket_cpu.py's C{SocketProxy}), its reads
    sent one at a time and each passed on before the next; counting is on
    for the reads between the first event's and the end.
    """
    proxy._upstream_request = b""
    proxy.client.sendall(request)
    proxy._turn_until(proxy._provider_request)
    got = bytearray()
    events = [0]

    def client_has(count: int) -> Any:
        def done() -> bool:
            received = proxy._read(proxy.client)
            got.extend(received)
            events[0] += received.count(b"data: ")
            return events[0] >= count

        return done

    proxy.provider.sendall(reads[0])
    proxy._turn_until(lambda: bool(got.extend(proxy._read(proxy.client)) or got.startswith(b"HTTP/1.1 200 ")))
    expected = 0
    for index, read in enumerate(reads[1:-1], start=1):
        counting[0] = index > 1
        expected += read.count(b"data: ")
        proxy.provider.sendall(read)
        proxy._turn_until(client_has(expected))
    counting[0] = False
    proxy.provider.sendall(reads[-1])
    proxy._turn_until(lambda: bool(got.extend(proxy._read(proxy.client)) or got.endswith(b"0\r\n\r\n")))


def worker(streams: int, events: int, event_bytes: int, per_read: int) -> None:
    """In the checkout, under callgrind: build the proxy, warm it up, then run C{streams} streams, counting."""
    sys.path.insert(0, os.getcwd())
    from benchmarks import socket_cpu
    from benchmarks.request_cpu import provider_events, requests

    proxy = socket_cpu.SocketProxy(Path(tempfile.mkdtemp(prefix="koreshield-event-ir-")) / "proxy.log")
    single = provider_events(events, event_bytes)
    middle = single[2:-1]
    reads = [*single[:2], *(b"".join(middle[at : at + per_read]) for at in range(0, len(middle), per_read)), single[-1]]
    iterate = proxy.reactor.iterate
    counting = [False]
    counted_turns = [0]

    def turn_until(done: Any) -> float:
        for turn in range(socket_cpu._TURNS_PER_EVENT):
            if counting[0]:
                functools.reduce(_turn, (None,), iterate)
                counted_turns[0] += 1
            else:
                iterate(0)
            if done():
                proxy.turns += turn + 1
                return 0.0
        raise SystemExit("the proxy did not pass the bytes on")

    proxy._turn_until = turn_until  # type: ignore[method-assign]
    for request in requests(20, True, True, 10**6, events, event_bytes):  # warm-up, uncounted
        _stream(proxy, request, reads, [False])
    counted_turns[0] = 0
    batch = requests(streams, True, True, 0, events, event_bytes)
    print("ready", flush=True)
    sys.stdin.readline()
    for request in batch:
        _stream(proxy, request, reads, counting)
    print(f"done {streams * len(middle)} {counted_turns[0]}", flush=True)
    sys.stdin.readline()


def start(checkout: Path, args: argparse.Namespace, out: Path) -> subprocess.Popen[str]:
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--collect-atstart=no",
        f"--toggle-collect={MARK}",
        f"--callgrind-out-file={out}/ir",
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        f"{args.streams},{args.events},{args.event_bytes},{args.per_read}",
    ]
    return subprocess.Popen(
        command,
        cwd=checkout,
        env={**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": "0"},  # the same dicts' layouts every run
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _control(process: subprocess.Popen[str], option: str) -> None:
    subprocess.run(["callgrind_control", option, str(process.pid)], check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[1].strip())
    parser.add_argument("checkouts", nargs="*", type=Path, help="checkouts to measure (default: this one)")
    parser.add_argument("--streams", type=int, default=20)
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--event-bytes", type=int, default=16)
    parser.add_argument(
        "--per-read", type=int, default=1, help="middle events per provider read (a saturated proxy reads several)"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        streams, events, event_bytes, per_read = map(int, args.worker.split(","))
        worker(streams, events, event_bytes, per_read)
        return
    sys.path.insert(0, str(REPOSITORY))  # not at import: a worker imports its own checkout's benchmarks
    from benchmarks.callgrind import dumps

    checkouts = [path.resolve() for path in args.checkouts] or [REPOSITORY]
    outs = [Path(tempfile.mkdtemp(prefix="koreshield-event-ir-")) for _ in checkouts]
    workers = [start(checkout, args, out) for checkout, out in zip(checkouts, outs, strict=True)]
    for process in workers:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        _control(process, "--instr=on")
    for process in workers:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    counts = []
    for process in workers:
        assert process.stdin is not None and process.stdout is not None
        _, events, turns = process.stdout.readline().split()
        counts.append((int(events), int(turns)))
        _control(process, "--instr=off")
        process.stdin.write("end\n")
        process.stdin.flush()
        process.wait()
    print(f"{'checkout':40} {'Ir per event':>14} {'turns per event':>16}")
    for checkout, out, (events, turns) in zip(checkouts, outs, counts, strict=True):
        total = sum(dump.totals.get("Ir", 0) for dump in dumps(out, "ir"))
        print(f"{str(checkout)[-40:]:40} {total / events:>14,.0f} {turns / events:>16.2f}")
        print(f"  (callgrind's files: {out}; callgrind_annotate them for a profile)")


if __name__ == "__main__":
    main()
