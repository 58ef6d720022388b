"""
What happened during one exchange, recorded as it happens.

test-case-name: tests.test_metrics, tests.test_observe, tests.test_relay

An L{ExchangeRecord} is filled in along the request's path (parse, scan,
upstream, relay) and read once at the end by metrics, logs and the token
meter.  Counting tokens looks at event bytes without decoding every event:
the provider's C{usage} (when it sends one) is parsed, content deltas are
merely counted and measured (for an estimate when no usage arrives).
"""

from __future__ import annotations

import dataclasses
import json
import re

# A JSON string's body as an unrolled loop (plain runs between escapes): every
# character is matched one way only, so matching is linear and cannot
# backtrack catastrophically.
_CONTENT = re.compile(rb'"content":\s?"([^"\\]*(?:\\.[^"\\]*)*)"')
_KEY = b'"content":'
_TEXT_DELTA = re.compile(rb'"delta":\s?"([^"\\]*(?:\\.[^"\\]*)*)"')
"""A Responses API text delta (C{response.output_text.delta}): its C{delta} is a string, chat's an object."""
_TEXT_DELTA_KEY = b'"delta":"'
_NO_USAGE = b'"usage":null'
"""
What OpenAI adds to every chunk of a stream that reports its usage but the
last: events whose every C{"usage"} is this carry no counts, and are not
decoded (JSON escapes a quote inside a string, so C{"usage"} with both its
quotes bare is a key or a whole string value, and a value is never followed
by a colon).
"""
_DECODER = json.JSONDecoder()


@dataclasses.dataclass
class ExchangeRecord:
    """
    One request's story.  Times are reactor seconds; C{None} means "did not
    happen" (no first byte, not ended yet).
    """

    request_id: str
    endpoint: str
    started_at: float
    provider: str | None = None
    model: str | None = None
    user_id: str | None = None
    key_name: str | None = None
    stream: bool = False
    status: int | None = None
    upstream_started_at: float | None = None
    upstream_answered_at: float | None = None
    scan_ms: float | None = None
    scan_cache_hits: int = 0
    threat_type: str | None = None
    threat_confidence: float | None = None
    action: str | None = None
    threat_locations: tuple[str, ...] = ()
    attempts: int = 0
    first_byte_at: float | None = None
    ended_at: float | None = None
    completed: bool = False
    error_type: str | None = None
    content_deltas: int = 0
    content_bytes: int = 0
    prompt_chars: int = 0
    provider_answered: bool = False
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    output_findings: int = 0

    def count_events(self, events: bytes) -> None:
        """Account for a run of complete SSE events relayed to the client."""
        self.provider_answered = True
        self._count_content(events)
        # find, not in: see koreshield.scrub.scrub
        if events.find(b'"usage"') >= 0 and events.count(b'"usage"') != events.count(_NO_USAGE):
            for line in events.split(b"\n"):
                if line.startswith(b"data:") and b'"usage"' in line:
                    self._take_usage(line[5:])

    def count_answer(self, body: bytes) -> None:
        """
        Account for a non-streamed answer in OpenAI's shape: its C{usage}
        object (the last one in the body: the top-level one), else its
        content, for an estimate.
        """
        self.provider_answered = True
        at = body.rfind(b'"usage"')
        if at >= 0:
            colon = body.find(b":", at)
            try:
                usage, _ = _DECODER.raw_decode(body[colon + 1 :].decode("utf-8", "replace").lstrip())
            except ValueError:
                usage = None
            if self._take_usage_object(usage):
                return
        self._count_content(body)

    def _count_content(self, data: bytes) -> None:
        # The usual streamed event holds one compact content string without
        # escapes: found with C{find} alone (the regex's C{finditer} costs a
        # few times more per event).  It gives the regex's answer: the first
        # C{"content":} is followed by a quote, and the string ends at the
        # next quote, with no backslash before it and no other
        # C{"content":} after it.  Anything else goes to the regex.
        at = data.find(_KEY)
        if at < 0:
            if _TEXT_DELTA_KEY in data:  # a Responses stream's events have no content string: their deltas count
                self._count_matches(_TEXT_DELTA, data, 0)
            return
        start = at + len(_KEY)
        if data[start : start + 1] == b'"':
            start += 1
            end = data.find(b'"', start)
            if end >= 0 and data.find(b"\\", start, end) < 0 and data.find(_KEY, end) < 0:
                if end > start:
                    self.content_deltas += 1
                    self.content_bytes += end - start
                return
        self._count_matches(_CONTENT, data, at)

    def _count_matches(self, pattern: re.Pattern[bytes], data: bytes, at: int) -> None:
        for match in pattern.finditer(data, at):
            size = match.end(1) - match.start(1)
            if size:
                self.content_deltas += 1
                self.content_bytes += size

    def _take_usage(self, data: bytes) -> None:
        try:
            document = json.loads(data)
        except ValueError:
            return
        if not isinstance(document, dict):
            return
        usage = document.get("usage")
        response = document.get("response")
        if usage is None and isinstance(response, dict):
            usage = response.get("usage")  # the Responses API's response.completed event
        self._take_usage_object(usage)

    def _take_usage_object(self, usage: object) -> bool:
        """
        Take the counts of a C{usage} object (chat's C{prompt_tokens} and
        C{completion_tokens}, or the Responses API's C{input_tokens} and
        C{output_tokens}); whether it was one.
        """
        if isinstance(usage, dict):
            completion = usage.get("completion_tokens", usage.get("output_tokens"))
            prompt = usage.get("prompt_tokens", usage.get("input_tokens"))
            if isinstance(completion, int):
                self.completion_tokens = completion
            if isinstance(prompt, int):
                self.prompt_tokens = prompt
            return isinstance(completion, int) or isinstance(prompt, int)
        return False

    @property
    def tokens(self) -> int:
        """Completion tokens: the provider's count if it gave one, else deltas."""
        if self.completion_tokens is not None:
            return self.completion_tokens
        return self.content_deltas

    def milliseconds(self, end: float | None) -> float | None:
        """Milliseconds from the start of the exchange to C{end}."""
        if end is None:
            return None
        return round((end - self.started_at) * 1000.0, 3)
