#!/usr/bin/env python3
"""
The proxy's CPU per streamed event over real loopback sockets: a report, not a test.

    python benchmarks/socket_cpu.py [--streams 100] [--rounds 5] [--events 50] [--event-bytes 16]

benchmarks/request_cpu.py --per-event measures the Python an event costs
with in-memory transports; what the sockets add (the reactor's dispatch, the
system calls: a read from the provider, a send to the client, the reactor's
watch on the client's socket) only shows in benchmarks/run.py, where it is
mixed with waiting and with everything else on the machine.  Here the proxy
(default configuration, as request_cpu.py builds it) runs in this process
with its reactor driven by hand, between a client and a provider that are
plain non-blocking sockets of this process: for each event of scenario 2's
stream the provider's socket sends one HTTP chunk, and the reactor is turned
(C{reactor.iterate(0)}) until the client's socket has the event.  Only the
process time of those turns is counted (the proxy's share: its reads, its
Python, its sends, its C{epoll_wait} and C{epoll_ctl} calls), divided by the
events: the best and the median of --rounds rounds.  The request, the
headers and the stream's end are not counted, as in request_cpu.py.

Turns that find nothing to do (the reactor's C{epoll_wait} answered with no
socket ready) are counted too, as the proxy pays for them; on loopback a
send is in the receiver's buffer when it returns, so there are few.  Run it
from each checkout in turn to compare.
"""

from __future__ import annotations

import argparse
import gc
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from benchmarks.request_cpu import print_figures, provider_events, requests  # noqa: E402

_TURNS_PER_EVENT = 1000
"""Turns after which an event that never reached the client is an error, not a slow proxy."""


class SocketProxy:
    """The proxy in this process, its reactor turned by hand, between a client socket and a provider socket."""

    def __init__(self, log_path: Path) -> None:
        from twisted.internet import reactor
        from twisted.logger import globalLogBeginner

        from koreshield.config import LoggingSettings, settings_from_mapping
        from koreshield.logs import observer_for
        from koreshield.service import KoreShieldService

        self.reactor: Any = reactor
        self._provider_listener = socket.socket()
        self._provider_listener.bind(("127.0.0.1", 0))
        self._provider_listener.listen(8)
        provider_port = self._provider_listener.getsockname()[1]
        self._log_file = log_path.open("w")
        settings = LoggingSettings(json_logs=True, level="info")
        globalLogBeginner.beginLoggingTo(
            [observer_for(settings, self._log_file)], discardBuffer=True, redirectStandardIO=False
        )
        config: dict[str, Any] = {
            "providers": {"bench": {"base_url": f"http://127.0.0.1:{provider_port}/v1", "api_key": "sk-bench"}},
            "default_provider": "bench",
            "server": {"listen": "tcp:0:interface=127.0.0.1"},
            "logging": {"json_logs": True, "level": "info"},
        }
        self.service = KoreShieldService(settings_from_mapping(config, environ={}), reactor=reactor)
        self.service.privilegedStartService()
        self.service.startService()
        assert self.service.site is not None
        port = reactor.listenTCP(0, self.service.site, interface="127.0.0.1")
        self.client = socket.create_connection(("127.0.0.1", port.getHost().port))
        self.client.setblocking(False)
        self.client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.provider: socket.socket | None = None
        self.turns = 0

    def _turn_until(self, done: Any) -> float:
        """Turn the reactor until C{done()}; the process time the turns took."""
        spent = 0.0
        for turn in range(_TURNS_PER_EVENT):
            started = time.process_time()
            self.reactor.iterate(0)
            spent += time.process_time() - started
            if done():
                self.turns += turn + 1
                return spent
        raise SystemExit("the proxy did not pass the bytes on")

    def _provider_request(self) -> bool:
        """Whether the provider has the whole upstream request (read and dropped)."""
        if self.provider is None:
            self._provider_listener.setblocking(False)
            try:
                self.provider, _ = self._provider_listener.accept()
            except BlockingIOError:
                return False
            self.provider.setblocking(False)
            self.provider.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        received = self._read(self.provider)
        self._upstream_request += received
        head, _, body = self._upstream_request.partition(b"\r\n\r\n")
        if not _:
            return False
        length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        return len(body) >= length

    @staticmethod
    def _read(peer: socket.socket) -> bytes:
        received = b""
        while True:
            try:
                chunk = peer.recv(1 << 20)
            except BlockingIOError:
                return received
            if not chunk:
                raise SystemExit("the proxy closed a connection")
            received += chunk

    def stream(self, request: bytes, reads: list[bytes]) -> float:
        """One streamed request; the process time of the turns that passed its events on."""
        self._upstream_request = b""
        self.client.sendall(request)
        self._turn_until(self._provider_request)
        assert self.provider is not None
        got = bytearray()
        events = [0]

        def client_has(count: int) -> Any:
            def done() -> bool:
                received = self._read(self.client)
                got.extend(received)
                events[0] += received.count(b"data: ")
                return events[0] >= count

            return done

        self.provider.sendall(reads[0])
        self._turn_until(lambda: bool(got.extend(self._read(self.client)) or got.startswith(b"HTTP/1.1 200 ")))
        self.provider.sendall(reads[1])
        self._turn_until(client_has(1))
        spent = 0.0
        for index, read in enumerate(reads[2:-1], start=2):
            self.provider.sendall(read)
            spent += self._turn_until(client_has(index))
        self.provider.sendall(reads[-1])
        self._turn_until(lambda: bool(got.extend(self._read(self.client)) or got.endswith(b"0\r\n\r\n")))
        return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--streams", type=int, default=100, help="streams per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--event-bytes", type=int, default=16)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = parser.parse_args()
    proxy = SocketProxy(Path(tempfile.mkdtemp(prefix="koreshield-socket-cpu-")) / "proxy.log")
    reads = provider_events(args.events, args.event_bytes)
    for request in requests(20, True, True, 10**6, args.events, args.event_bytes):  # warm-up
        proxy.stream(request, reads)
    per_event_us = []
    counted = len(reads) - 3  # the headers, the first event and the end are not counted
    for _ in range(args.rounds):
        batch = requests(args.streams, True, True, 0, args.events, args.event_bytes)
        gc.collect()
        spent = sum(proxy.stream(request, reads) for request in batch)
        per_event_us.append(spent / (args.streams * counted) * 1e6)
    print_figures("event", per_event_us, 2, args.json)


if __name__ == "__main__":
    main()
