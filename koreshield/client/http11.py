"""
HTTP/1.1 for the scan clients, without I/O: request bytes out, answer bytes in.

test-case-name: tests.test_client_http11

The blocking and the asyncio clients both speak through this module, so
they frame requests and read answers identically and only move bytes
differently (the Twisted client uses treq instead).  An answer may come
with a C{Content-Length}, chunked, or delimited by the connection closing,
since the proxy may sit behind nginx or a load balancer that re-frames it.
Reading is linear in the answer's size, however the bytes are split.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping

MAX_HEAD_BYTES = 64 * 1024
MAX_BODY_BYTES = 64 * 1024 * 1024
"""Far above any scan answer; a peer sending more is not a KoreShield proxy."""

_NO_BODY_STATUSES = frozenset({204, 304})


class ProtocolError(Exception):
    """The peer's bytes are not an HTTP/1.1 answer we can read."""


@dataclasses.dataclass(frozen=True)
class Answer:
    """
    A whole HTTP answer.

    @ivar headers: header names in lower case; a repeated header's values
        joined with C{", "}.
    @ivar reusable: whether the connection may carry another request.
    """

    status: int
    headers: Mapping[str, str]
    body: bytes
    reusable: bool


def encode_request(method: str, target: str, host: str, headers: Mapping[str, str], body: bytes) -> bytes:
    """
    The bytes of one request with a body of known length.

    @raise ValueError: if a header would not survive the trip intact (a line
        break, or a character outside Latin-1).
    """
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}"]
    for name, value in headers.items():
        if "\r" in value or "\n" in value:
            raise ValueError(f"header {name} must not contain a line break")
        lines.append(f"{name}: {value}")
    try:
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    except UnicodeEncodeError as error:
        raise ValueError(f"headers must be Latin-1 text: {error}") from None
    return head + body


class _Framing(enum.Enum):
    HEAD = "head"
    LENGTH = "length"
    CHUNK_SIZE = "chunk size"
    CHUNK_DATA = "chunk data"
    TRAILERS = "trailers"
    UNTIL_CLOSE = "until close"
    DONE = "done"


class AnswerReader:
    """
    Reads one answer from bytes fed as they arrive.

    L{feed} returns the L{Answer} once it is whole; L{feed_eof} says the
    connection closed, which completes an answer delimited by the close and
    is a L{ProtocolError} for any other unfinished one.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._position = 0
        self._state = _Framing.HEAD
        self._status = 0
        self._headers: dict[str, str] = {}
        self._reusable = False
        self._remaining = 0
        self._body = bytearray()
        self._searched_to = 0
        self.received_anything = False

    def feed(self, data: bytes) -> Answer | None:
        """
        Take more bytes of the answer.

        @return: the answer once it is whole, else L{None}.
        @raise ProtocolError: if the bytes cannot be an answer.
        """
        if data:
            self.received_anything = True
        if self._state is _Framing.DONE:
            return None
        if self._state is _Framing.UNTIL_CLOSE:
            self._take_body(data)
            return None
        self._buffer += data
        while True:
            progressed = self._step()
            if self.finished:
                # Bytes after a whole answer were not asked for: do not reuse.
                return self._answer(self._reusable and self._position == len(self._buffer))
            if not progressed:
                self._compact()
                return None

    @property
    def finished(self) -> bool:
        return self._state is _Framing.DONE

    def feed_eof(self) -> Answer:
        """
        The connection closed.

        @raise ProtocolError: unless that completes the answer.
        """
        if self._state is _Framing.UNTIL_CLOSE:
            self._state = _Framing.DONE
            return self._answer(False)
        if self._state is _Framing.HEAD and not self.received_anything:
            raise ProtocolError("the connection closed before any answer")
        raise ProtocolError(f"the connection closed in the answer's {self._state.value}")

    def _answer(self, reusable: bool) -> Answer:
        return Answer(self._status, dict(self._headers), bytes(self._body), reusable)

    def _step(self) -> bool:
        """Consume what the current state can from the buffer; whether anything was."""
        state = self._state
        if state is _Framing.HEAD:
            return self._read_head()
        if state is _Framing.LENGTH:
            return self._read_counted(_Framing.DONE)
        if state is _Framing.CHUNK_SIZE:
            return self._read_chunk_size()
        if state is _Framing.CHUNK_DATA:
            return self._read_counted(_Framing.CHUNK_SIZE, then_crlf=True)
        if state is _Framing.TRAILERS:
            return self._read_trailer_line()
        return False  # until the close: the body was taken as it came

    def _line_end(self, marker: bytes, limit: int, what: str) -> int:
        """Index of C{marker} after the position, or -1; a L{ProtocolError} past C{limit} bytes."""
        end = self._buffer.find(marker, max(self._position, self._searched_to))
        if end < 0:
            if len(self._buffer) - self._position > limit:
                raise ProtocolError(f"the answer's {what} is longer than {limit} bytes")
            # Never search the same bytes twice, however finely they trickle in.
            self._searched_to = max(self._position, len(self._buffer) - len(marker) + 1)
        return end

    def _read_head(self) -> bool:
        end = self._line_end(b"\r\n\r\n", MAX_HEAD_BYTES, "head")
        if end < 0:
            return False
        head = bytes(self._buffer[self._position : end]).decode("latin-1")
        self._position = end + 4
        status_line, *header_lines = head.split("\r\n")
        version, status = _parse_status_line(status_line)
        headers: dict[str, str] = {}
        for line in header_lines:
            name, colon, value = line.partition(":")
            if not colon or not name or name != name.strip():
                raise ProtocolError(f"malformed header line: {line[:80]!r}")
            key = name.lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
        if 100 <= status < 200:
            return True  # an interim answer: the real one follows
        self._status, self._headers = status, headers
        connection = {token.strip().lower() for token in headers.get("connection", "").split(",")}
        self._reusable = "keep-alive" in connection if version == "HTTP/1.0" else "close" not in connection
        self._choose_framing(headers)
        return True

    def _choose_framing(self, headers: Mapping[str, str]) -> None:
        transfer = headers.get("transfer-encoding", "").lower()
        if self._status in _NO_BODY_STATUSES:
            self._state = _Framing.DONE
        elif transfer:
            if transfer.rsplit(",", 1)[-1].strip() != "chunked":
                raise ProtocolError(f"unsupported transfer-encoding: {transfer}")
            self._state = _Framing.CHUNK_SIZE
        elif "content-length" in headers:
            length = headers["content-length"]
            if not length.isdigit():
                raise ProtocolError(f"malformed content-length: {length!r}")
            self._remaining = int(length)
            self._check_body_limit(self._remaining)
            self._state = _Framing.LENGTH if self._remaining else _Framing.DONE
        else:
            self._reusable = False
            self._state = _Framing.UNTIL_CLOSE
            self._take_body(bytes(self._buffer[self._position :]))
            self._position = len(self._buffer)

    def _read_counted(self, next_state: _Framing, then_crlf: bool = False) -> bool:
        """Move up to C{_remaining} body bytes from the buffer; then the chunk's CRLF if asked."""
        available = len(self._buffer) - self._position
        if self._remaining:
            if not available:
                return False
            taken = min(available, self._remaining)
            self._body += self._buffer[self._position : self._position + taken]
            self._position += taken
            self._remaining -= taken
            if self._remaining:
                return True
        if then_crlf:
            if len(self._buffer) - self._position < 2:
                return False
            if self._buffer[self._position : self._position + 2] != b"\r\n":
                raise ProtocolError("a chunk does not end with CRLF")
            self._position += 2
        self._state = next_state
        return True

    def _read_chunk_size(self) -> bool:
        end = self._line_end(b"\r\n", 1024, "chunk size line")
        if end < 0:
            return False
        size_text = bytes(self._buffer[self._position : end]).split(b";", 1)[0].strip()
        self._position = end + 2
        try:
            size = int(size_text, 16)
        except ValueError:
            raise ProtocolError(f"malformed chunk size: {size_text[:20]!r}") from None
        if size < 0:
            raise ProtocolError("negative chunk size")
        self._check_body_limit(len(self._body) + size)
        self._remaining = size
        self._state = _Framing.CHUNK_DATA if size else _Framing.TRAILERS
        return True

    def _read_trailer_line(self) -> bool:
        end = self._line_end(b"\r\n", MAX_HEAD_BYTES, "trailers")
        if end < 0:
            return False
        empty = end == self._position
        self._position = end + 2
        if empty:
            self._state = _Framing.DONE
        return True

    def _take_body(self, data: bytes) -> None:
        self._check_body_limit(len(self._body) + len(data))
        self._body += data

    def _check_body_limit(self, size: int) -> None:
        if size > MAX_BODY_BYTES:
            raise ProtocolError(f"the answer's body is larger than {MAX_BODY_BYTES} bytes")

    def _compact(self) -> None:
        """Drop consumed bytes, so the buffer does not grow with the whole answer."""
        if self._position:
            del self._buffer[: self._position]
            self._searched_to = max(0, self._searched_to - self._position)
            self._position = 0


def _parse_status_line(line: str) -> tuple[str, int]:
    version, _, rest = line.partition(" ")
    status = rest[:3]
    if version not in ("HTTP/1.1", "HTTP/1.0") or not status.isdigit() or rest[3:4] not in ("", " "):
        raise ProtocolError(f"not an HTTP/1.x status line: {line[:80]!r}")
    return version, int(status)
