#!/usr/bin/env python3
"""
Where the proxy's time to first token goes, step by step: a report, not a test.

    python benchmarks/ttft_breakdown.py [--requests 500] [--prompt-bytes 2048]

The proxy runs in this process (default configuration, its provider the
benchmark's fake provider in a child process), with a timestamp taken at each
step of a streamed request; a client process sends scenario 1's workload
(sequential streamed requests on one keep-alive connection, a system message
and a 2 KB user prompt, 20 events of 16 bytes).  Printed: the p50 and p90 time
of each step after the request's first byte arrived, and the p50 of the step
itself:

  headers      the request line and headers are parsed (the body may follow)
  process      the body is read: twisted.web hands the request to the site
  exchange     routing and access control are done; the exchange starts
  scan         the JSON body is parsed; the scanner starts on the messages
  scanned      the scan is done
  send         routing done: treq is asked for the upstream request
  sent         treq has written the request to the provider's connection, and it is sent
  responded    the provider's response headers have been read and parsed
  relaying     the relay is set up and the client's headers written
  first event  the first event has gone through the output guard to the client

The steps are the proxy's own functions, wrapped here (the wrapping costs a
microsecond or two per step).  Between "sent" and "responded" is the provider's
own time plus a loopback round trip: benchmarks/run.py scenario 1's direct row
is the same thing without the proxy.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from benchmarks.plan import ResponsePlan  # noqa: E402
from benchmarks.prompts import chat_body, prompt_text  # noqa: E402

STEPS = ("headers", "process", "exchange", "scan", "scanned", "send", "sent", "responded", "relaying", "first event")


class Timeline:
    """The time of each step of the request in flight, then of every request, in ms after its first byte."""

    def __init__(self) -> None:
        self.current: dict[str, float] = {}
        self.steps: dict[str, list[float]] = defaultdict(list)

    def mark(self, step: str) -> None:
        if "received" in self.current:
            self.current.setdefault(step, time.perf_counter())

    def close(self) -> None:
        started = self.current.pop("received")
        for step, at in self.current.items():
            self.steps[step].append((at - started) * 1000)
        self.current = {}


def instrument(timeline: Timeline) -> None:
    """Wrap the proxy's functions at each step's boundary."""
    from koreshield import relay, upstream
    from koreshield.http import chat, site
    from koreshield.scan import scanner

    def around(owner: Any, name: str, before: str | None, after: str | None) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if before:
                timeline.mark(before)
            result = original(*args, **kwargs)
            if after:
                timeline.mark(after)
            return result

        setattr(owner, name, wrapped)

    received = site.ShieldChannel.dataReceived

    def data_received(channel: Any, data: bytes) -> None:
        if not channel._handlingRequest and "received" not in timeline.current:
            timeline.current["received"] = time.perf_counter()
        received(channel, data)

    site.ShieldChannel.dataReceived = data_received  # type: ignore[method-assign]
    around(site.ShieldChannel, "allHeadersReceived", "headers", None)
    around(site.ShieldRequest, "process", "process", None)
    around(chat.RelayExchange, "start", "exchange", None)
    # An inline scan goes through scan_text_parts (the screen takes the parts once), a threaded one through
    # scan_messages: neither calls the other, so each scan is stamped once.
    around(scanner.Scanner, "scan_messages", "scan", "scanned")
    around(scanner.Scanner, "scan_text_parts", "scan", "scanned")
    around(upstream.UpstreamClient, "send", "send", "sent")
    around(chat.RelayExchange, "_responded", "responded", "relaying")
    relayed = relay.StreamRelay._relay

    def relay_data(stream: Any, data: bytes) -> None:
        relayed(stream, data)
        if "received" in timeline.current and stream._record.first_byte_at is not None:
            timeline.mark("first event")
            timeline.close()

    relay.StreamRelay._relay = relay_data  # type: ignore[method-assign]


def run_client(port: int, requests: int, prompt_bytes: int) -> None:
    """Scenario 1's client: sequential streamed requests on one connection, each read to its end."""
    plan = ResponsePlan(events=20, gap_ms=1, ttft_ms=0, chunk_bytes=16).to_json()
    connection = socket.create_connection(("127.0.0.1", port))
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    for variant in range(requests):
        body = chat_body("bench", prompt_text(prompt_bytes, variant), stream=True, include_usage=False, bench=plan)
        head = (
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("ascii")
        connection.sendall(head + body)
        received = b""
        while not received.endswith(b"\r\n0\r\n\r\n"):
            data = connection.recv(65536)
            if not data:
                raise SystemExit("the proxy closed the connection")
            received += data
        if b" 200 " not in received.split(b"\r\n", 1)[0]:
            raise SystemExit(f"the proxy answered {received[:200]!r}")
    connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(timeline: Timeline, warmup: int) -> None:
    print(f"{'step':12} {'p50 ms':>8} {'p90 ms':>8} {'step p50':>9}")
    previous = 0.0
    for step in STEPS:
        times = timeline.steps[step][warmup:]
        if not times:
            print(f"{step:12} {'-':>8}")
            continue
        p50 = percentile(times, 0.5)
        print(f"{step:12} {p50:8.3f} {percentile(times, 0.9):8.3f} {p50 - previous:+9.3f}")
        previous = p50
    print(f"requests: {len(timeline.steps['first event'][warmup:])} (after {warmup} warm-up)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--prompt-bytes", type=int, default=2048)
    parser.add_argument("--client", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        run_client(args.client, args.requests, args.prompt_bytes)
        return
    provider = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.fake_provider", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPOSITORY,
    )
    try:
        assert provider.stdout is not None
        provider_port = int(provider.stdout.readline())
        measure(provider_port, args.requests, args.prompt_bytes)
    finally:
        provider.terminate()
        provider.wait()


def measure(provider_port: int, requests: int, prompt_bytes: int) -> None:
    from twisted.internet import reactor
    from twisted.internet.protocol import ProcessProtocol

    from koreshield import tap

    config = Path(tempfile.mkdtemp(prefix="koreshield-ttft-")) / "koreshield.yaml"
    config.write_text(
        json.dumps(
            {
                "providers": {"bench": {"base_url": f"http://127.0.0.1:{provider_port}/v1", "api_key": "sk-bench"}},
                "default_provider": "bench",
                "logging": {"json_logs": True, "level": "warn"},
            }
        )
    )
    timeline = Timeline()
    instrument(timeline)
    options = tap.Options()
    options.parseOptions(["--config", str(config), "--listen", "tcp:0:interface=127.0.0.1"])
    service: Any = tap.makeService(options)
    service.startService()
    port = service.public_port.getHost().port
    warmup = min(50, requests // 5)

    class ClientEnded(ProcessProtocol):
        def processEnded(self, reason: Any) -> None:
            report(timeline, warmup)
            service.stopService()
            reactor.stop()  # type: ignore[attr-defined]

    argv = [sys.executable, __file__, "--client", str(port), "--requests", str(requests)]
    argv += ["--prompt-bytes", str(prompt_bytes)]
    reactor.spawnProcess(ClientEnded(), sys.executable, argv, env=None, childFDs={0: 0, 1: 1, 2: 2})  # type: ignore[attr-defined]
    reactor.run()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
