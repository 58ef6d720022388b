"""
Streams that report their usage, for token budgets, without changing what
the client sees.

test-case-name: tests.test_metering

A streamed answer only carries token counts when the request asks for them
(C{stream_options.include_usage}): then the provider (or, for translated
providers, the proxy's translator) sends one extra chunk with empty
C{choices} and a C{usage} object before C{[DONE]}.  For a key with a token
budget the proxy asks for it when the client did not, counts it as it is
relayed, and L{UsageHidingSink} drops that extra chunk before it reaches
the client.  OpenAI also adds C{"usage": null} to every other chunk of
such a stream; those chunks are relayed unchanged (the field is part of
the chunk's schema, and rewriting every event would cost every stream).
"""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from twisted.internet.interfaces import IPushProducer

from koreshield.parse import RelayedRequest
from koreshield.relay import ClientSink

_USAGE_OBJECT = re.compile(rb'"usage"\s*:\s*\{')
_EVENT_END = re.compile(rb"\n\r?\n")


_R = TypeVar("_R", bound=RelayedRequest)


def asks_for_usage(chat: RelayedRequest) -> bool:
    """Whether the client's own request asks for the usage chunk."""
    options = chat.body.get("stream_options")
    return isinstance(options, dict) and bool(options.get("include_usage"))


def with_usage_requested(chat: _R) -> _R:
    """C{chat} (a chat or legacy completions request) asking for the usage chunk, other stream options kept."""
    options = chat.body.get("stream_options")
    merged = {**(options if isinstance(options, dict) else {}), "include_usage": True}
    return chat.with_body({**chat.body, "stream_options": merged})


def is_usage_chunk(event: bytes) -> bool:
    """Whether an SSE event is the usage-only chunk (C{usage} set, C{choices} empty)."""
    if _USAGE_OBJECT.search(event) is None:
        return False
    for line in event.split(b"\n"):
        if line.startswith(b"data:"):
            try:
                chunk: Any = json.loads(line[5:])
            except ValueError:
                return False
            return isinstance(chunk, dict) and chunk.get("choices") == [] and isinstance(chunk.get("usage"), dict)
    return False


def _without_usage_chunks(data: bytes) -> bytes:
    """C{data} (whole events) without the usage-only chunk, other bytes unchanged."""
    kept: list[bytes] = []
    start = 0
    for end in _EVENT_END.finditer(data):
        event = data[start : end.end()]
        if not is_usage_chunk(event):
            kept.append(event)
        start = end.end()
    kept.append(data[start:])
    return b"".join(kept)


class UsageHidingSink(ClientSink):
    """
    A L{ClientSink} that relays everything but the usage-only chunk.  The
    relay writes whole events, so each write is split on event boundaries
    only when it may hold that chunk.
    """

    def __init__(self, sink: ClientSink) -> None:
        self._sink = sink

    def write(self, data: bytes) -> None:
        if _USAGE_OBJECT.search(data) is not None:
            data = _without_usage_chunks(data)
            if not data:
                return
        self._sink.write(data)

    def flush(self) -> None:
        self._sink.flush()

    def finish(self) -> None:
        self._sink.finish()

    def register_producer(self, producer: IPushProducer) -> None:
        self._sink.register_producer(producer)

    def unregister_producer(self) -> None:
        self._sink.unregister_producer()
