"""
Incremental HTTP/1.1 message parsing for the load generator and the fake provider.

test-case-name: tests.test_benchmark_tools

Both sides are fed bytes as the socket delivers them, in arbitrary pieces, and hand on body bytes
as soon as they are decoded: the load generator timestamps SSE events by the read that completed
them, so nothing here may wait for more input than it needs.  Only what the benchmark exchanges is
supported: no pipelining, no 1xx responses, no request trailers of interest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class ProtocolError(Exception):
    """The peer sent bytes that are not HTTP/1.1 as this module understands it."""


_HEAD_END = b"\r\n\r\n"
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class MessageHead:
    """A parsed start line and header block; header names are lower-case."""

    start_line: tuple[str, str, str]
    headers: dict[str, str]

    @property
    def chunked(self) -> bool:
        return "chunked" in self.headers.get("transfer-encoding", "").lower()

    @property
    def content_length(self) -> int | None:
        value = self.headers.get("content-length")
        if value is None:
            return None
        if not value.strip().isdigit():
            raise ProtocolError(f"bad Content-Length {value!r}")
        return int(value)

    @property
    def wants_close(self) -> bool:
        return "close" in self.headers.get("connection", "").lower()


def parse_head(block: bytes) -> MessageHead:
    """Parse a head block (without its final blank line) into a L{MessageHead}."""
    lines = block.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2:
        raise ProtocolError(f"bad start line {lines[0]!r}")
    start_line = (parts[0], parts[1], parts[2] if len(parts) == 3 else "")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep:
            raise ProtocolError(f"bad header line {line!r}")
        headers[name.strip().lower()] = value.strip()
    return MessageHead(start_line, headers)


class ChunkedDecoder:
    """
    Decodes a chunked transfer-encoded body fed in arbitrary pieces.

    L{feed} returns the body bytes decoded so far; once the last chunk and the trailer section have
    been read, L{finished} is true and L{leftover} holds any bytes that followed the body.
    """

    def __init__(self) -> None:
        self._buffer = b""
        self._remaining = 0
        self._state = "size"
        self.finished = False
        self.leftover = b""

    def feed(self, data: bytes) -> list[bytes]:
        buffer = self._buffer + data if self._buffer else data
        pieces: list[bytes] = []
        position = 0
        while not self.finished:
            if self._state == "data":
                available = len(buffer) - position
                if available == 0:
                    break
                take = min(available, self._remaining)
                pieces.append(buffer[position : position + take])
                position += take
                self._remaining -= take
                if self._remaining == 0:
                    self._state = "data-end"
                continue
            line_end = buffer.find(b"\r\n", position)
            if line_end < 0:
                if len(buffer) - position > 4096:
                    raise ProtocolError("chunk framing line too long")
                break
            line = buffer[position:line_end]
            position = line_end + 2
            if self._state == "data-end":
                if line:
                    raise ProtocolError("chunk data longer than its size")
                self._state = "size"
            elif self._state == "size":
                size_text = line.split(b";", 1)[0].strip()
                try:
                    size = int(size_text, 16)
                except ValueError:
                    raise ProtocolError(f"bad chunk size {size_text!r}") from None
                if size == 0:
                    self._state = "trailer"
                else:
                    self._remaining = size
                    self._state = "data"
            elif not line:
                self.finished = True
                self.leftover = buffer[position:]
            # else: a trailer field, ignored
        self._buffer = b"" if self.finished else buffer[position:]
        return pieces


BodyCallback = Callable[[bytes], None]


def _ignore(_value: object) -> None:
    pass


def _nothing() -> None:
    pass


class MessageReader:
    """
    Reads one HTTP/1.1 message at a time: the head, then the body as it arrives.

    @param body_without_length: what a message with neither Content-Length nor chunked framing
        carries: ``"none"`` for requests, ``"until-close"`` for responses.
    @param on_head: called with the head as soon as it is complete.
    @param on_body: called with each piece of decoded body.
    @param on_end: called when the message is complete; the reader is then ready for the next one.
    """

    def __init__(
        self,
        body_without_length: str,
        on_head: Callable[[MessageHead], None],
        on_body: BodyCallback,
        on_end: Callable[[], None],
    ) -> None:
        self._body_without_length = body_without_length
        self._on_head = on_head
        self._on_body = on_body
        self._on_end = on_end
        self._head_buffer = b""
        self._chunked: ChunkedDecoder | None = None
        self._remaining: int | None = None
        self._in_body = False

    def detach(self) -> None:
        """
        Drop the callbacks, once the connection is gone.

        They are bound methods of the protocol that owns this reader; dropping them breaks the
        reference cycle so the pair is freed at once rather than by the cyclic garbage collector,
        which the harness keeps switched off while it measures.
        """
        self._on_head = _ignore
        self._on_body = _ignore
        self._on_end = _nothing

    @property
    def reads_until_close(self) -> bool:
        """True while the body in progress ends only when the connection closes."""
        return self._in_body and self._chunked is None and self._remaining is None

    def feed(self, data: bytes) -> None:
        while data:
            data = self._feed_body(data) if self._in_body else self._feed_head(data)

    def _feed_head(self, data: bytes) -> bytes:
        buffer = self._head_buffer + data
        end = buffer.find(_HEAD_END)
        if end < 0:
            if len(buffer) > _MAX_HEAD:
                raise ProtocolError("message head too large")
            self._head_buffer = buffer
            return b""
        self._head_buffer = b""
        head = parse_head(buffer[:end])
        self._in_body = True
        if head.chunked:
            self._chunked = ChunkedDecoder()
        else:
            length = head.content_length
            if length is None and self._body_without_length == "none":
                length = 0
            if head.start_line[1] in ("204", "304") and self._body_without_length == "until-close":
                length = 0
            self._remaining = length
        self._on_head(head)
        rest = buffer[end + len(_HEAD_END) :]
        if self._remaining == 0:
            self._finish()
        return rest

    def _feed_body(self, data: bytes) -> bytes:
        if self._chunked is not None:
            for piece in self._chunked.feed(data):
                self._on_body(piece)
            if self._chunked.finished:
                rest = self._chunked.leftover
                self._finish()
                return rest
            return b""
        if self._remaining is None:
            self._on_body(data)
            return b""
        take = data[: self._remaining]
        self._remaining -= len(take)
        if take:
            self._on_body(take)
        if self._remaining == 0:
            self._finish()
        return data[len(take) :]

    def close(self) -> bool:
        """
        The connection has closed; return whether that completed a message.

        A body framed by the connection's end is complete now; anything else in progress is cut.
        """
        if self.reads_until_close:
            self._finish()
            return True
        return not self._in_body and not self._head_buffer

    def _finish(self) -> None:
        self._in_body = False
        self._chunked = None
        self._remaining = None
        self._on_end()
