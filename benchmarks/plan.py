"""
What the fake provider does for one request, carried inside the request body.

test-case-name: tests.test_benchmark_tools

The proxy forwards the JSON body unchanged but only an allow-list of headers, so the benchmark's
instructions to the fake provider travel as a ``"bench"`` field of the chat-completions body.  The
same plan object is encoded by the load generator and decoded by the fake provider, so the two can
never disagree about a field name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

FAILURES = ("reset", "stall", "malformed")
"""
Injected failures: ``reset`` aborts the TCP connection with an RST just before event ``fail_after``;
``stall`` pauses ``stall_ms`` before that event; ``malformed`` replaces that event with a truncated
JSON payload.
"""


@dataclass(frozen=True)
class ResponsePlan:
    """
    The shape and timing of one fake answer.

    A streamed answer is ``events`` content events of ``chunk_bytes`` content bytes each; the first
    arrives ``ttft_ms`` after the request, the rest ``gap_ms`` apart.  ``gap_ms == 0`` means "as
    fast as the connection accepts", honouring TCP backpressure.  A non-streamed answer carries the
    same content in one JSON body sent after ``ttft_ms``.
    """

    events: int = 20
    gap_ms: float = 0.0
    ttft_ms: float = 0.0
    chunk_bytes: int = 16
    failure: str | None = None
    fail_after: int = 0
    stall_ms: float = 0.0

    def __post_init__(self) -> None:
        if self.events < 1:
            raise ValueError("events must be at least 1")
        if self.chunk_bytes < 1:
            raise ValueError("chunk_bytes must be at least 1")
        if min(self.gap_ms, self.ttft_ms, self.stall_ms) < 0:
            raise ValueError("delays must not be negative")
        if self.failure is not None and self.failure not in FAILURES:
            raise ValueError(f"failure must be one of {FAILURES}, not {self.failure!r}")
        if not 0 <= self.fail_after < self.events:
            raise ValueError("fail_after must name one of the events")

    @property
    def content_bytes(self) -> int:
        """The number of content bytes in the whole answer."""
        return self.events * self.chunk_bytes

    def to_json(self) -> dict[str, Any]:
        """The plan as the ``"bench"`` body field."""
        return asdict(self)

    @classmethod
    def from_json(cls, value: object) -> ResponsePlan:
        """
        Read a plan from a ``"bench"`` body field; a missing field means a default plan.

        @raise TypeError: if the field is not an object.
        @raise ValueError: if it names an unknown key or an impossible plan.
        """
        if value is None:
            return cls()
        if not isinstance(value, dict):
            raise TypeError("bench must be an object")
        known = {f.name for f in fields(cls)}
        unknown = set(value) - known
        if unknown:
            raise ValueError(f"unknown bench keys: {sorted(unknown)}")
        return replace(cls(), **value)
