#!/usr/bin/env python3
"""
A proxy with a timeline: twistd run in this process, its steps, collections and reactor turns stamped.

    python benchmarks/run.py --scenarios 2 --targets direct,proxy --trace DIR

which runs the proxy as ``{python} benchmarks/tail_probe.py --out DIR --port {port} -- ARGS``, ARGS
being twistd's command line (the proxy command less its ``{twistd}``).  When the proxy stops (the harness sends
SIGTERM after each scenario), ``DIR/proxy-PORT.json`` gets, all in ``time.perf_counter()``
seconds (CLOCK_MONOTONIC, the same clock as the load generator's stamps, so the two line up):

  requests   per streamed request: the client's port, the first byte's arrival, twisted.web's
             ``process``, the scan's start and end, the upstream send's start and end, and the
             start and end of the relay call that wrote the first event to the client (it is
             sent inside that call, so the client may read it before the call returns)
  scans      every scan's start and end (whoever it was for)
  relays     every relay of provider bytes to a client: start and end
  gc         every cyclic collection: start, end, generation, objects collected
  turns      every wait in epoll: start and end (the rest of the time the reactor was
             running callbacks, or waiting for a CPU)
  sched      every millisecond or so: the main thread's CPU and run-queue wait in ns
             (``/proc/thread-self/schedstat``): time spent runnable but not running is
             another process holding the CPU
  machine    every 5 ms or so: the machine's busy and steal CPU ticks (``/proc/stat``) and
             the CPU ticks of each sibling process (the harness's other children: the load
             generator and the fake provider), to say who held the CPUs

The wrapping costs a microsecond or two per step; it is a way to attribute a slow stream, not
a build to compare by its figures.  ``tail_report.py`` joins this with the load generator's
per-stream rows.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCHED_EVERY_S = 0.001
MACHINE_EVERY_S = 0.005
SIBLINGS_EVERY_S = 0.5


class ProxyTimeline:
    """What the proxy did, stamped; appended to in the reactor thread only."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.scans = array("d")
        self.sends = array("d")
        self.relays = array("d")
        self.turns = array("d")
        self.sched: list[tuple[float, int, int]] = []
        self.gc: list[tuple[float, float, int, int]] = []
        self.machine: list[tuple[float, int, int, dict[int, int]]] = []
        self.names: dict[int, str] = {}
        self._machine_at = 0.0
        self._siblings_at = 0.0
        self._siblings: list[int] = []
        self.current: dict[str, Any] | None = None
        self._gc_started = 0.0
        self._sched_fd = -1
        self._sched_at = 0.0

    def on_gc(self, phase: str, info: dict[str, Any]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._gc_started = now
        else:
            self.gc.append((self._gc_started, now, info["generation"], info["collected"]))

    def sample_schedule(self, now: float) -> None:
        """The main thread's CPU and run-queue wait, at most once per L{SCHED_EVERY_S}."""
        if now - self._sched_at < SCHED_EVERY_S:
            return
        self._sched_at = now
        if self._sched_fd < 0:
            self._sched_fd = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        fields = os.pread(self._sched_fd, 128, 0).split()
        self.sched.append((now, int(fields[0]), int(fields[1])))
        if now - self._machine_at >= MACHINE_EVERY_S:
            self._machine_at = now
            self.sample_machine(now)

    def sample_machine(self, now: float) -> None:
        """The machine's busy and steal ticks, and each sibling process's ticks (utime + stime)."""
        if now - self._siblings_at >= SIBLINGS_EVERY_S:
            self._siblings_at = now
            parent = os.getppid()
            try:
                with open(f"/proc/{parent}/task/{parent}/children") as children:
                    self._siblings = [int(pid) for pid in children.read().split()]
            except OSError:
                self._siblings = []
        with open("/proc/stat") as stat:
            cpu = [int(value) for value in stat.readline().split()[1:]]
        busy = sum(cpu) - cpu[3] - cpu[4]  # all but idle and iowait
        ticks: dict[int, int] = {}
        for pid in [os.getpid(), *self._siblings]:
            try:
                with open(f"/proc/{pid}/stat") as stat:
                    text = stat.read()
            except OSError:
                continue
            name, rest = text[text.index("(") + 1 : text.rindex(")")], text[text.rindex(")") + 2 :].split()
            if pid not in self.names:
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                        self.names[pid] = cmdline.read().replace(b"\0", b" ").decode(errors="replace")[:200]
                except OSError:
                    self.names[pid] = name
            ticks[pid] = int(rest[11]) + int(rest[12])
        self.machine.append((now, busy, cpu[7], ticks))

    def to_json(self) -> dict[str, Any]:
        def pairs(values: array) -> list[list[float]]:
            return [[values[i], values[i + 1]] for i in range(0, len(values) - 1, 2)]

        return {
            "requests": self.requests,
            "scans": pairs(self.scans),
            "sends": pairs(self.sends),
            "relays": pairs(self.relays),
            "turns": pairs(self.turns),
            "sched": self.sched,
            "gc": self.gc,
            "machine": self.machine,
            "names": self.names,
            "pid": os.getpid(),
            "clock_ticks": os.sysconf("SC_CLK_TCK"),
        }


def instrument(timeline: ProxyTimeline) -> None:
    """Wrap the proxy's functions at the steps of a streamed request, and the reactor's wait."""
    from twisted.internet import reactor

    from koreshield import relay, upstream
    from koreshield.http import site
    from koreshield.scan import scanner

    clock = time.perf_counter
    received = site.ShieldChannel.dataReceived

    def data_received(channel: Any, data: bytes) -> None:
        if not channel._handlingRequest and getattr(channel, "_probe_arrival", None) is None:
            channel._probe_arrival = clock()
        received(channel, data)

    process = site.ShieldRequest.process

    def process_request(request: Any) -> None:
        channel = request.channel
        peer = request.transport.getPeer() if request.transport is not None else None
        row: dict[str, Any] = {
            "port": getattr(peer, "port", 0),
            "arrival": getattr(channel, "_probe_arrival", None),
            "process": clock(),
        }
        channel._probe_arrival = None
        request._probe = row
        timeline.requests.append(row)
        timeline.current = row
        try:
            process(request)
        finally:
            timeline.current = None

    def stamped(store: array, key: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            began = clock()
            try:
                return original(*args, **kwargs)
            finally:
                ended = clock()
                store.append(began)
                store.append(ended)
                if timeline.current is not None:
                    timeline.current.setdefault(key, [began, ended])

        return wrapped

    relayed = relay.StreamRelay._relay

    def relay_data(stream: Any, data: bytes) -> None:
        first = stream._record.first_byte_at is None
        began = clock()
        relayed(stream, data)
        ended = clock()
        timeline.relays.append(began)
        timeline.relays.append(ended)
        if first and stream._record.first_byte_at is not None:
            row = getattr(getattr(stream._sink, "_request", None), "_probe", None)
            if row is not None:
                row["first_event"] = [began, ended]

    site.ShieldChannel.dataReceived = data_received  # type: ignore[method-assign]
    site.ShieldRequest.process = process_request  # type: ignore[method-assign]
    scanner.Scanner.scan_messages = stamped(timeline.scans, "scan", scanner.Scanner.scan_messages)  # type: ignore[method-assign]
    # The screen's inline scan (scan_text_parts) and its threaded one (scan_messages) never call each other.
    scanner.Scanner.scan_text_parts = stamped(  # type: ignore[method-assign]
        timeline.scans, "scan", scanner.Scanner.scan_text_parts
    )
    upstream.UpstreamClient.send = stamped(timeline.sends, "send", upstream.UpstreamClient.send)  # type: ignore[method-assign]
    relay.StreamRelay._relay = relay_data  # type: ignore[method-assign]

    reactor._poller = StampedPoller(reactor._poller, timeline)  # type: ignore[attr-defined]
    gc.callbacks.append(timeline.on_gc)


class StampedPoller:
    """The reactor's epoll object, its waits stamped (doPoll dispatches in the same call, so wrap the wait)."""

    def __init__(self, poller: Any, timeline: ProxyTimeline) -> None:
        self._poller = poller
        self._timeline = timeline

    def poll(self, *args: Any) -> Any:
        began = time.perf_counter()
        try:
            return self._poller.poll(*args)
        finally:
            ended = time.perf_counter()
            self._timeline.turns.append(began)
            self._timeline.turns.append(ended)
            self._timeline.sample_schedule(ended)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._poller, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", required=True, type=Path, help="directory for proxy-PORT.json")
    parser.add_argument("--port", required=True, help="the proxy's port (names the file)")
    parser.add_argument(
        "--gc-thresholds",
        metavar="A,B,C",
        help="set the collector's thresholds once the proxy has started (after its own tuning), to compare",
    )
    parser.add_argument("twistd", nargs=argparse.REMAINDER, help="-- then twistd's arguments")
    args = parser.parse_args()
    twistd_args = args.twistd[1:] if args.twistd[:1] == ["--"] else args.twistd

    from twisted.internet import reactor  # the default reactor, installed here so its turns can be wrapped

    timeline = ProxyTimeline()
    instrument(timeline)

    def dump() -> None:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"proxy-{args.port}.json").write_text(json.dumps(timeline.to_json()))

    reactor.addSystemEventTrigger("before", "shutdown", dump)  # type: ignore[attr-defined]
    if args.gc_thresholds:
        thresholds = [int(value) for value in args.gc_thresholds.split(",")]
        reactor.callWhenRunning(gc.set_threshold, *thresholds)  # type: ignore[attr-defined]
    from twisted.scripts.twistd import run

    sys.argv = ["twistd", *twistd_args]
    run()


if __name__ == "__main__":
    main()
