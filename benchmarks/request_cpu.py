#!/usr/bin/env python3
"""
The proxy's own CPU per request, without sockets: a report, not a test.

    python benchmarks/request_cpu.py [--requests 2000] [--rounds 5] [--stream] [--one-prompt]
    python benchmarks/request_cpu.py --per-event [--requests 300] [--events 50] [--event-bytes 16]
        [--beyond-ascii] [--null-usage] [--guard-off]

The proxy (default configuration: scan and output guard on, JSON logs at
info to a file) is built in this process and driven by hand: each request's
bytes are handed to a client connection's protocol, the upstream request it
writes is answered at once by feeding the fake provider's bytes to the
upstream connection's protocol (scenario 4's answer: one chat.completion of
20 x 16 bytes; with --stream scenario 1's 20-event stream), and the answer
to the client is read and dropped.  Both connections are in-memory
transports, kept alive from request to request, so nothing here waits and
no system call is made for the connections (what the sockets cost is
benchmarks/run.py's business): the figure is the Python the proxy runs per
request, in CPU microseconds (process time), the best and the median of
--rounds rounds.

Prompts are scenario 1's 2 KB filler, new for every request (the scan runs
each time); --one-prompt sends the same prompt every time, so the scanner
answers from its cache and what is left is nearly all outside the scan.

--per-event measures what each streamed event costs instead (benchmark
scenario 2's stream: --events 50 events of --event-bytes 16 characters): the
provider's headers come in one read and every event, an HTTP chunk, in a read
of its own (as events 20 ms apart do), and only the process time of the
event reads is counted (the provider's chunked body parsed by Twisted's HTTP
client, the relay, the output guard, the write to the client), then divided
by the events; the request, the headers and the stream's end are not.
--beyond-ascii ends every event's text with an accented letter; --null-usage
adds C{"usage":null} to every event, as OpenAI does in a stream that reports its
usage (which the proxy asks for on keys with a token budget); --guard-off
turns the output guard off (what is left is the proxy without it).

Run it from a checkout (its directory first on PYTHONPATH) to measure that
checkout; run it from two checkouts alternately to compare them.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from benchmarks.fake_provider import STREAM_HEAD, completion_body, simple_response, stream_event, stream_trailer  # noqa: E402
from benchmarks.plan import ResponsePlan  # noqa: E402
from benchmarks.prompts import chat_body, prompt_text  # noqa: E402

EVENTS = 20
EVENT_BYTES = 16


def provider_events(events: int, event_bytes: int, beyond_ascii: bool = False, null_usage: bool = False) -> list[bytes]:
    """
    A streamed answer as the reads that bring it: the headers, one read per
    event, then the end.  With C{beyond_ascii}, every event's text ends with
    an accented letter (as UTF-8, the way OpenAI sends it) instead of its
    last character, as prose in most languages but English has.  With
    C{null_usage}, every event ends with C{"usage":null}.
    """
    reads = [stream_event("bench", event_bytes, first=index == 0, last=index == events - 1) for index in range(events)]
    if beyond_ascii:
        reads = [_with_accent(read) for read in reads]
    if null_usage:
        reads = [_with_null_usage(read) for read in reads]
    return [STREAM_HEAD, *reads, stream_trailer("bench", 500, events * 4, False)]


def _with_null_usage(read: bytes) -> bytes:
    """One HTTP chunk of an event whose chunk ends with C{"usage":null}, as OpenAI's do when usage is asked for."""
    payload = read.split(b"\r\n", 1)[1][:-2]
    payload = payload.removesuffix(b"}\n\n") + b',"usage":null}\n\n'
    return b"%x\r\n%s\r\n" % (len(payload), payload)


def _with_accent(read: bytes) -> bytes:
    """One HTTP chunk of an event whose text's last character is replaced by C{é}."""
    payload = read.split(b"\r\n", 1)[1][:-2]
    end = payload.index(b'"', payload.index(b'"content":"') + 11)
    payload = payload[: end - 1] + "\u00e9".encode() + payload[end:]
    return b"%x\r\n%s\r\n" % (len(payload), payload)


def provider_answer(stream: bool) -> bytes:
    """The fake provider's whole response to one request."""
    if not stream:
        return simple_response("200 OK", "application/json", completion_body("bench", EVENTS * EVENT_BYTES, 500))
    events = b"".join(
        stream_event("bench", EVENT_BYTES, first=index == 0, last=index == EVENTS - 1) for index in range(EVENTS)
    )
    return STREAM_HEAD + events + stream_trailer("bench", 500, EVENTS * 4, False)


class Proxy:
    """The proxy in this process, one client connection and one upstream connection, both in memory."""

    def __init__(self, log_path: Path, guard: bool = True) -> None:
        from twisted.internet import reactor
        from twisted.internet.testing import StringTransport
        from twisted.logger import globalLogBeginner

        from koreshield.config import LoggingSettings, settings_from_mapping
        from koreshield.logs import observer_for
        from koreshield.service import KoreShieldService
        from koreshield.upstream import _ClientProtocol

        self._log_file = log_path.open("w")
        settings = LoggingSettings(json_logs=True, level="info")
        globalLogBeginner.beginLoggingTo(
            [observer_for(settings, self._log_file)], discardBuffer=True, redirectStandardIO=False
        )
        config: dict[str, Any] = {
            "providers": {"bench": {"base_url": "http://127.0.0.1:9/v1", "api_key": "sk-bench"}},
            "default_provider": "bench",
            "server": {"listen": "tcp:0:interface=127.0.0.1"},
            "logging": {"json_logs": True, "level": "info"},
        }
        if not guard:
            config["security"] = {"output": {"action": "off"}}
        self.service = KoreShieldService(settings_from_mapping(config, environ={}), reactor=reactor)
        self.service.privilegedStartService()
        self.service.startService()
        assert self.service.site is not None and self.service.gateway is not None
        self.upstream_transport = StringTransport()
        pool = self.service.gateway.clients["bench"]._pool
        key = (b"http", b"127.0.0.1", 9)
        # The connection is kept in the client's pool between requests as a real one is (taken, its idle timeout
        # cancelled; put back, a new one set), so the pool's own path is counted.
        self.upstream = _ClientProtocol(lambda protocol: pool._putConnection(key, protocol))
        self.upstream.makeConnection(self.upstream_transport)
        pool._putConnection(key, self.upstream)
        self.client_transport = StringTransport()
        self.channel = self.service.site.buildProtocol(None)
        self.channel.makeConnection(self.client_transport)

    def exchange(self, request: bytes, answer: bytes) -> None:
        """One request, answered by the provider at once; what the client gets is dropped."""
        self.channel.dataReceived(request)
        if not self.upstream_transport.value():
            raise SystemExit(f"nothing was sent upstream; the client got {self.client_transport.value()[:300]!r}")
        self.upstream_transport.clear()
        self.upstream.dataReceived(answer)
        if not self.client_transport.value().startswith(b"HTTP/1.1 200 "):
            raise SystemExit(f"the client got {self.client_transport.value()[:300]!r}")
        self.client_transport.clear()

    def stream_exchange(self, request: bytes, reads: list[bytes]) -> float:
        """
        One streamed request, its answer fed a read at a time: the process
        time the event reads took (not the headers' nor the end's).
        """
        self.channel.dataReceived(request)
        if not self.upstream_transport.value():
            raise SystemExit(f"nothing was sent upstream; the client got {self.client_transport.value()[:300]!r}")
        self.upstream_transport.clear()
        deliver = self.upstream.dataReceived
        deliver(reads[0])
        started = time.process_time()
        for read in reads[1:-1]:
            deliver(read)
        spent = time.process_time() - started
        deliver(reads[-1])
        if not self.client_transport.value().startswith(b"HTTP/1.1 200 "):
            raise SystemExit(f"the client got {self.client_transport.value()[:300]!r}")
        self.client_transport.clear()
        return spent


def requests(
    count: int, stream: bool, one_prompt: bool, start: int, events: int = EVENTS, event_bytes: int = EVENT_BYTES
) -> list[bytes]:
    plan = ResponsePlan(events=events, gap_ms=0, ttft_ms=0, chunk_bytes=event_bytes).to_json()
    out = []
    for variant in range(start, start + count):
        prompt = prompt_text(2048, 0 if one_prompt else variant)
        body = chat_body("bench", prompt, stream=stream, include_usage=False, bench=plan)
        head = (
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("ascii")
        out.append(head + body)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, help="requests per round (default 2000; 300 streams with --per-event)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--stream", action="store_true", help="streamed answers (scenario 1) instead of JSON")
    parser.add_argument("--one-prompt", action="store_true", help="the same prompt every time (scan cached)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    parser.add_argument("--per-event", action="store_true", help="CPU per streamed event (scenario 2's stream)")
    parser.add_argument("--events", type=int, default=50, help="events per stream with --per-event")
    parser.add_argument("--event-bytes", type=int, default=16, help="characters per event with --per-event")
    parser.add_argument("--guard-off", action="store_true", help="the output guard off (what the guard costs)")
    parser.add_argument("--beyond-ascii", action="store_true", help="with --per-event: each event's text ends with é")
    parser.add_argument("--null-usage", action="store_true", help='with --per-event: each event carries "usage":null')
    args = parser.parse_args()
    proxy = Proxy(Path(tempfile.mkdtemp(prefix="koreshield-cpu-")) / "proxy.log", guard=not args.guard_off)
    if args.per_event:
        args.requests = args.requests or 300
        per_event(proxy, args)
        return
    args.requests = args.requests or 2000
    answer = provider_answer(args.stream)
    for request in requests(200, args.stream, args.one_prompt, start=10**6):  # warm-up
        proxy.exchange(request, answer)
    per_request = []
    for round_number in range(args.rounds):
        batch = requests(args.requests, args.stream, args.one_prompt, start=round_number * args.requests)
        gc.collect()
        started = time.process_time()
        for request in batch:
            proxy.exchange(request, answer)
        per_request.append((time.process_time() - started) / args.requests * 1e6)
    print_figures("request", per_request, 1, args.json)


def print_figures(unit: str, rounds_us: list[float], digits: int, as_json: bool) -> None:
    """The best and median of the rounds' CPU microseconds per C{unit}, as JSON or a line of text."""
    figures = {"best_us": round(min(rounds_us), digits), "median_us": round(statistics.median(rounds_us), digits)}
    if as_json:
        print(json.dumps(figures))
    else:
        rounds = " ".join(f"{value:.{digits - 1}f}" for value in rounds_us)
        print(f"CPU per {unit}: best {figures['best_us']} us, median {figures['median_us']} us (rounds: {rounds})")


def per_event(proxy: Proxy, args: argparse.Namespace) -> None:
    """The --per-event mode: process time of the event reads, per event."""
    reads = provider_events(args.events, args.event_bytes, args.beyond_ascii, args.null_usage)
    for request in requests(50, True, True, 10**6, args.events, args.event_bytes):  # warm-up
        proxy.stream_exchange(request, reads)
    per_event_us = []
    for _ in range(args.rounds):
        batch = requests(args.requests, True, True, 0, args.events, args.event_bytes)
        gc.collect()
        spent = sum(proxy.stream_exchange(request, reads) for request in batch)
        per_event_us.append(spent / (args.requests * args.events) * 1e6)
    print_figures("event", per_event_us, 2, args.json)


if __name__ == "__main__":
    main()
