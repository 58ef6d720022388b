"""
What happened during one exchange, recorded as it happens.

test-case-name: tests.test_stats

An L{ExchangeRecord} is filled in along the request's path (parse, scan,
upstream, relay) and read once at the end by metrics and logs.  Counting
tokens looks at event bytes without decoding every event: the provider's
C{usage} (when it sends one) is parsed, content deltas are merely counted.
"""

from __future__ import annotations

import dataclasses
import json
import re

_CONTENT_DELTA = re.compile(rb'"content":\s?"[^"]')


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
    attempts: int = 0
    first_byte_at: float | None = None
    ended_at: float | None = None
    completed: bool = False
    error_type: str | None = None
    content_deltas: int = 0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    output_findings: int = 0

    def count_events(self, events: bytes) -> None:
        """Account for a run of complete SSE events relayed to the client."""
        self.content_deltas += len(_CONTENT_DELTA.findall(events))
        if b'"usage"' in events:
            for line in events.split(b"\n"):
                if line.startswith(b"data:") and b'"usage"' in line:
                    self._take_usage(line[5:])

    def _take_usage(self, data: bytes) -> None:
        try:
            document = json.loads(data)
        except ValueError:
            return
        usage = document.get("usage") if isinstance(document, dict) else None
        if isinstance(usage, dict):
            completion = usage.get("completion_tokens")
            prompt = usage.get("prompt_tokens")
            if isinstance(completion, int):
                self.completion_tokens = completion
            if isinstance(prompt, int):
                self.prompt_tokens = prompt

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
