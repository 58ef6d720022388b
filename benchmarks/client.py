"""
The load generator's HTTP/1.1 connection: send a request, timestamp what comes back.

test-case-name: tests.test_benchmark_tools

A plain asyncio ``Protocol`` (no streams, no Twisted, no treq) so the measuring side is cheap and
shares no code with the proxy.  Every read is stamped with ``time.perf_counter()`` the moment
``data_received`` runs; an SSE event's arrival time is the stamp of the read that completed it.
One connection carries one request at a time and is reused while the server keeps it alive, as the
OpenAI SDK's connection pool does.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field

from benchmarks.http_wire import MessageHead, MessageReader, ProtocolError
from benchmarks.sse import EventKind, EventSplitter, classify_event


@dataclass
class ResponseRecord:
    """What the client saw of one exchange; times are ``time.perf_counter()`` seconds."""

    sent_at: float
    stream: bool
    status: int = 0
    head_at: float | None = None
    event_times: list[float] = field(default_factory=list)
    usage_events: int = 0
    error_events: int = 0
    malformed_events: int = 0
    done: bool = False
    complete: bool = False
    ended_at: float | None = None
    body_bytes: int = 0
    body: bytes = b""
    failure: str | None = None

    @property
    def ttft(self) -> float | None:
        """Seconds to the first content event (streamed) or to the whole body (non-streamed)."""
        if self.stream:
            return self.event_times[0] - self.sent_at if self.event_times else None
        return self.total

    @property
    def total(self) -> float | None:
        return self.ended_at - self.sent_at if self.ended_at is not None and self.complete else None

    def gaps(self) -> list[float]:
        """Seconds between consecutive content events."""
        times = self.event_times
        return [later - earlier for earlier, later in itertools.pairwise(times)]

    def error(self, expected_events: int | None) -> str | None:
        """A short name for what went wrong, or None for a clean exchange."""
        if self.failure is not None:
            return self.failure
        if self.status != 200:
            return f"status {self.status}"
        if not self.complete:
            return "incomplete"
        if not self.stream:
            return None
        if self.malformed_events:
            return "malformed event"
        if self.error_events:
            return "error event"
        if not self.done:
            return "no [DONE]"
        if expected_events is not None and len(self.event_times) != expected_events:
            return f"{len(self.event_times)}/{expected_events} events"
        return None


class BenchConnection(asyncio.Protocol):
    """
    One keep-alive client connection.

    @param keep_body: keep non-streamed bodies (tests read them); the load generator drops them.
    """

    def __init__(self, keep_body: bool = False) -> None:
        self._keep_body = keep_body
        self._transport: asyncio.Transport | None = None
        self._reader = MessageReader("until-close", self._on_head, self._on_body, self._on_end)
        self._splitter = EventSplitter()
        self._record: ResponseRecord | None = None
        self._waiter: asyncio.Future[ResponseRecord] | None = None
        self._now = 0.0
        self._server_closes = False
        self.closed = False

    @classmethod
    async def open(cls, host: str, port: int, keep_body: bool = False) -> BenchConnection:
        loop = asyncio.get_running_loop()
        _transport, protocol = await loop.create_connection(lambda: cls(keep_body), host, port)
        return protocol

    @property
    def local_port(self) -> int:
        """This end's port: the proxy sees it as the client's, which lets a trace join the two sides."""
        if self._transport is None:
            return 0
        address = self._transport.get_extra_info("sockname")
        return int(address[1]) if address else 0

    @property
    def reusable(self) -> bool:
        return not self.closed and not self._server_closes

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._now = time.perf_counter()
        try:
            self._reader.feed(data)
        except ProtocolError as error:
            self._fail(f"protocol error: {error}")
            self.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._now = time.perf_counter()
        if self._record is not None:
            self._reader.close()
        if self._record is not None:
            self._fail("connection reset" if exc is not None else "connection closed")
        self._reader.detach()
        self._transport = None

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    def abort(self) -> None:
        if self._transport is not None:
            self._transport.abort()

    async def exchange(self, request: bytes, stream: bool, timeout: float) -> ResponseRecord:
        """
        Send one request and wait for its whole response (or a failure, or the timeout).

        On timeout the connection is aborted, since its state is unknown.
        """
        assert self._record is None, "one request at a time"
        record = ResponseRecord(sent_at=time.perf_counter(), stream=stream)
        if self.closed or self._transport is None:
            record.failure = "connection closed"
            return record
        self._record = record
        self._splitter = EventSplitter()
        waiter: asyncio.Future[ResponseRecord] = asyncio.get_running_loop().create_future()
        self._waiter = waiter
        record.sent_at = time.perf_counter()
        self._transport.write(request)
        try:
            return await asyncio.wait_for(asyncio.shield(waiter), timeout)
        except TimeoutError:
            self._fail("timeout")
            self.abort()
            return record

    def _on_head(self, head: MessageHead) -> None:
        record = self._record
        if record is None:
            return
        record.head_at = self._now
        try:
            record.status = int(head.start_line[1])
        except ValueError:
            record.status = -1
        self._server_closes = head.wants_close

    def _on_body(self, piece: bytes) -> None:
        record = self._record
        if record is None:
            return
        record.body_bytes += len(piece)
        if record.stream and record.status == 200:
            for event in self._splitter.feed(piece):
                kind = classify_event(event)
                if kind is EventKind.CONTENT:
                    record.event_times.append(self._now)
                elif kind is EventKind.DONE:
                    record.done = True
                elif kind is EventKind.USAGE:
                    record.usage_events += 1
                elif kind is EventKind.ERROR:
                    record.error_events += 1
                elif kind is EventKind.MALFORMED:
                    record.malformed_events += 1
        elif self._keep_body or record.status != 200:
            record.body += piece

    def _on_end(self) -> None:
        record = self._record
        if record is None:
            return
        record.complete = True
        record.ended_at = self._now
        self._settle()

    def _fail(self, reason: str) -> None:
        if self._record is not None and self._record.failure is None and not self._record.complete:
            self._record.failure = reason
        self._settle()

    def _settle(self) -> None:
        record, self._record = self._record, None
        waiter, self._waiter = self._waiter, None
        if waiter is not None and record is not None and not waiter.done():
            waiter.set_result(record)
