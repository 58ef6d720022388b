"""
Splitting a server-sent-events body into events as its bytes arrive, and telling events apart.

test-case-name: tests.test_benchmark_tools

The load generator measures the gap between events by the arrival time of the read that completed
each event, so the splitter must report an event the moment its blank line arrives and never
decode JSON on the hot path: classification looks only at the event's first and last bytes.
"""

from __future__ import annotations

import enum


class EventKind(enum.Enum):
    CONTENT = "content"
    """A ``chat.completion.chunk`` carrying choices."""
    USAGE = "usage"
    """The final usage chunk (``"choices": []``), sent when ``stream_options.include_usage`` is set."""
    DONE = "done"
    """The ``data: [DONE]`` terminator."""
    ERROR = "error"
    """A ``data: {"error": ...}`` event, as a proxy sends when the upstream fails mid-stream."""
    COMMENT = "comment"
    """A ``:`` comment line, such as a keep-alive; carries nothing."""
    MALFORMED = "malformed"
    """Anything else: not a ``data:`` line holding a JSON object or ``[DONE]``."""


def classify_event(event: bytes) -> EventKind:
    """Classify one event's bytes (without its terminating blank line) by their shape."""
    event = event.strip()
    if event.startswith(b":"):
        return EventKind.COMMENT
    if not event.startswith(b"data:"):
        return EventKind.MALFORMED
    payload = event[5:].lstrip()
    if payload == b"[DONE]":
        return EventKind.DONE
    if not (payload.startswith(b"{") and payload.endswith(b"}")):
        return EventKind.MALFORMED
    if payload.startswith(b'{"error"'):
        return EventKind.ERROR
    if b'"choices":[]' in payload or b'"choices": []' in payload:
        return EventKind.USAGE
    return EventKind.CONTENT


class EventSplitter:
    """
    Cuts a byte stream into SSE events at blank lines (``\\n\\n`` or ``\\r\\n\\r\\n``).

    L{feed} returns every event completed by the bytes just fed; a partial event waits in the
    buffer for the bytes that complete it.
    """

    def __init__(self) -> None:
        self._buffer = b""

    @property
    def pending(self) -> bytes:
        """Bytes of an event that has begun but not ended."""
        return self._buffer

    def feed(self, data: bytes) -> list[bytes]:
        buffer = self._buffer + data if self._buffer else data
        events: list[bytes] = []
        start = 0
        while True:
            lf = buffer.find(b"\n\n", start)
            crlf = buffer.find(b"\r\n\r\n", start)
            if crlf >= 0 and (lf < 0 or crlf < lf):
                events.append(buffer[start:crlf])
                start = crlf + 4
            elif lf >= 0:
                events.append(buffer[start:lf])
                start = lf + 2
            else:
                break
        self._buffer = buffer[start:]
        return events
