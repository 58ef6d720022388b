"""
A Responses API stream's end, told without C{[DONE]}.

test-case-name: tests.test_responses

Chat completions streams end with C{data: [DONE]}, and the relay only calls
a stream complete when it saw it.  A Responses stream (C{POST
/v1/responses}, C{stream: true}) has typed events and no C{[DONE]}: it is
complete when a terminal event arrived (C{response.completed},
C{response.incomplete}, C{response.failed}, or an C{error} event).
L{ResponsesStreamCheck} is the relay's transform for these streams: it
passes every event through byte for byte, refuses an event that is not a
JSON object (as the relay does for chat streams), and at the provider's
clean end says the stream broke off if no terminal event came.
"""

from __future__ import annotations

import re
from typing import Final

from koreshield.providers.translation import MalformedUpstream
from koreshield.sse import first_non_json_event

_TERMINAL: Final = re.compile(
    rb'^data: ?\{.*"type"\s*:\s*"(?:response\.completed|response\.incomplete|response\.failed|error)"', re.MULTILINE
)
"""A data line of a terminal event (a data line is one line: JSON escapes its newlines)."""
_DONE: Final = b"data: [DONE]"


class ResponsesStreamCheck:
    """An L{koreshield.providers.base.EventTransform} that checks a Responses stream and changes nothing."""

    def __init__(self) -> None:
        self._ended = False

    def feed(self, events: bytes) -> bytes:
        if not events:
            return events
        if first_non_json_event(events) >= 0:
            raise MalformedUpstream("an event is not JSON")
        if not self._ended and (_DONE in events or _TERMINAL.search(events) is not None):
            self._ended = True
        return events

    def finish(self) -> bytes:
        if not self._ended:
            raise MalformedUpstream("the stream ended before its response.completed event")
        return b""
