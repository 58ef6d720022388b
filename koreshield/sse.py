"""
Server-Sent Events framing, incremental and cheap.

test-case-name: tests.test_sse

The relay must pass events on the moment they are complete, bytes unchanged,
so framing only has to find where the last complete event ends in what has
arrived: one C{rfind} per read, no per-event parsing.  Parsing events into
fields (L{parse_events}) is there for the code that needs to look inside them
(provider translation, usage accounting, the output guard).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class MalformedStream(ValueError):
    """The upstream body cannot be a well-formed event stream."""


DEFAULT_MAX_EVENT_BYTES = 4 * 1024 * 1024


def _end_of_last_event(buffer: bytes) -> int:
    """
    Where the last complete event in C{buffer} ends (just past its blank
    line), or 0 if none is complete.  A blank line is C{\\n\\n} or, with
    C{\\r\\n} line endings, C{\\n\\r\\n} (which also covers C{\\r\\n\\r\\n}).
    """
    lf = buffer.rfind(b"\n\n")
    crlf = buffer.rfind(b"\n\r\n")
    return max(lf + 2 if lf >= 0 else 0, crlf + 3 if crlf >= 0 else 0)


class EventFramer:
    """
    Split an arbitrary chunking of an event stream into runs of complete
    events.

    L{feed} returns every complete event received so far, as the exact
    bytes received; the incomplete tail is kept for the next call.  The
    tail is bounded by C{max_event_bytes}: an upstream that never ends an
    event is broken, and must not make the proxy buffer without limit.
    """

    def __init__(self, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        self._pending = b""
        self._max_event_bytes = max_event_bytes

    @property
    def pending(self) -> bytes:
        """Bytes received that do not yet form a complete event."""
        return self._pending

    def feed(self, data: bytes) -> bytes:
        """
        @return: the complete events now available (maybe C{b""}).
        @raise MalformedStream: if an event grows past the size bound.
        """
        if self._pending:
            data = self._pending + data
        elif data.endswith(b"\n\n"):
            return data  # the usual read: whole events (what L{_end_of_last_event} would say, without its two searches)
        end = _end_of_last_event(data)
        if end == len(data):
            self._pending = b""
            return data
        self._pending = data[end:]
        if len(self._pending) > self._max_event_bytes:
            raise MalformedStream(f"an event is longer than {self._max_event_bytes} bytes")
        return data[:end]


_EVENT_END = re.compile(rb"\n\r?\n")


def split_events(block: bytes) -> list[bytes]:
    """
    Complete events (as L{EventFramer.feed} returns them) one by one, each
    with the blank line that ends it, bytes unchanged.
    """
    first = block.find(b"\n\n")
    if first == len(block) - 2 and b"\n\r\n" not in block:
        return [block]
    events = []
    start = 0
    for end in _EVENT_END.finditer(block):
        events.append(block[start : end.end()])
        start = end.end()
    if start < len(block):
        events.append(block[start:])
    return events


def _all_compact_json_events(block: bytes) -> bool:
    """
    Whether every event of C{block} is one C{data:} line holding an object
    or C{[DONE]}: what OpenAI and its imitators send, told by counting alone.
    (JSON escapes newlines inside strings, so every newline here ends an event.)
    """
    events = block.count(b"\n\n")
    if not block.endswith(b"\n\n") or block.count(b"\n") != 2 * events:
        return False
    done = block.count(b"data: [DONE]\n\n")
    starts = block.count(b"\n\ndata: {") + block.startswith(b"data: {")
    return starts + done == events and block.count(b"}\n\n") + done == events


def first_non_json_event(block: bytes) -> int:
    """
    Where the first event of C{block} (complete events) whose data is
    neither C{[DONE]} nor shaped like a JSON object starts, or -1.

    OpenAI's streams carry one JSON object per event: a provider that sends
    anything else (a cut object, an HTML error page, plain text) would make
    the client's SDK fail on a decoding error instead of an error event.
    This looks at the shape only (braces at both ends), not at every byte:
    a check per event, not a parse.
    """
    if block.startswith(b"data: {") and block.endswith(b"}\n\n") and block.count(b"\n") == 2:
        return -1  # the usual read, one such event: L{_all_compact_json_events} in three C calls of its seven
    if _all_compact_json_events(block):
        return -1
    start = 0
    for event in split_events(block):
        data = [line[5:].removeprefix(b" ") for line in event.splitlines() if line.startswith(b"data:")]
        if data:
            payload = b"\n".join(data).strip()
            if payload != b"[DONE]" and not (payload.startswith(b"{") and payload.endswith(b"}")):
                return start
        start += len(event)
    return -1


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def parse_events(block: bytes) -> Iterator[tuple[str | None, str]]:
    """
    Parse complete events into C{(event name, data)} pairs, as the SSE
    specification dispatches them: C{data} lines joined with newlines,
    comments and events without data skipped.
    """
    text = block.decode("utf-8", "replace")
    name: str | None = None
    data: list[str] = []
    for line in _LINE_BREAK.split(text):
        if not line:
            if data:
                yield name, "\n".join(data)
            name, data = None, []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "data":
            data.append(value)
        elif field == "event":
            name = value
    if data:
        yield name, "\n".join(data)


def encode_event(data: bytes) -> bytes:
    """One C{data:} event carrying C{data}, which holds no newline."""
    return b"data: " + data + b"\n\n"


DONE_EVENT = b"data: [DONE]\n\n"
KEEPALIVE_COMMENT = b": keep-alive\n\n"
