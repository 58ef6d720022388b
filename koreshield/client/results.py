"""
What a scan answers, as frozen values: L{ScanResult} and its L{ScanFinding}s.

test-case-name: tests.test_client_results

The fields mirror C{POST /v1/scan}'s JSON one for one, so the proxy's
documentation of the verdict is also the documentation of these classes.
Keys the proxy may add later are ignored; a key it must send and did not,
or one of the wrong type, is an L{UnexpectedAnswer} (the caller sees it as
an L{APIError}), never a half-filled result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any


class UnexpectedAnswer(ValueError):
    """A 2xx answer whose JSON does not have the documented shape."""


@dataclasses.dataclass(frozen=True)
class ScanFinding:
    """
    One detection: what it is, where it is, and which detector saw it.

    @ivar type: C{prompt_injection}, C{jailbreak}, C{system_prompt_extraction},
        C{indirect_injection}, C{secret}, C{pii} or C{blocklist}.
    @ivar message_index: which message (0 for a single text).
    @ivar start: offset of the first character in that message's text.
    @ivar end: offset one past the last character.
    @ivar detector: e.g. C{"rule:override"}, C{"model"}.
    @ivar confidence: 0..1.
    @ivar subtype: a finer kind (C{"aws_access_key"}, C{"email"}), or L{None}.
    @ivar part: which text of the message (C{"content"}, C{"content[2]"}, ...).
    """

    type: str
    message_index: int
    start: int
    end: int
    detector: str
    confidence: float
    subtype: str | None = None
    part: str = "content"

    @classmethod
    def from_json(cls, document: Any) -> ScanFinding:
        fields = _object(document, "finding")
        return cls(
            type=_field(fields, "type", str),
            message_index=_field(fields, "message_index", int),
            start=_field(fields, "start", int),
            end=_field(fields, "end", int),
            detector=_field(fields, "detector", str),
            confidence=float(_field(fields, "confidence", (int, float))),
            subtype=_optional(fields, "subtype", str),
            part=_optional(fields, "part", str) or "content",
        )


@dataclasses.dataclass(frozen=True)
class ScanResult:
    """
    The verdict on one text or conversation.

    @ivar threat_detected: whether any finding passed the sensitivity's threshold.
    @ivar threat_type: the type of the finding that names the verdict, or L{None}.
    @ivar confidence: that finding's confidence; 0.0 when clean.
    @ivar findings: every finding, in message order.
    @ivar scan_ms: time the proxy spent scanning, in milliseconds.
    @ivar cached: whether the proxy answered every part from its cache.
    """

    threat_detected: bool
    threat_type: str | None
    confidence: float
    findings: tuple[ScanFinding, ...]
    scan_ms: float
    cached: bool

    @classmethod
    def from_json(cls, document: Any) -> ScanResult:
        """
        @raise UnexpectedAnswer: if C{document} is not a verdict.
        """
        fields = _object(document, "scan result")
        findings = _field(fields, "findings", list)
        return cls(
            threat_detected=_field(fields, "threat_detected", bool),
            threat_type=_optional(fields, "threat_type", str),
            confidence=float(_field(fields, "confidence", (int, float))),
            findings=tuple(ScanFinding.from_json(finding) for finding in findings),
            scan_ms=float(_field(fields, "scan_ms", (int, float))),
            cached=_field(fields, "cached", bool),
        )


def results_from_batch(document: Any) -> list[ScanResult]:
    """C{/v1/scan/batch}'s C{{"results": [...]}}, in order."""
    return [ScanResult.from_json(result) for result in _field(_object(document, "batch answer"), "results", list)]


def _object(document: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(document, Mapping):
        raise UnexpectedAnswer(f"expected a JSON object for the {what}, got {type(document).__name__}")
    return document


def _field(fields: Mapping[str, Any], name: str, kind: type[Any] | tuple[type[Any], ...]) -> Any:
    value = fields.get(name)
    # bool is an int in Python; a number field holding true is still wrong.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise UnexpectedAnswer(f"{name!r} is missing or not a {_kind_name(kind)}")
    return value


def _optional(fields: Mapping[str, Any], name: str, kind: type[Any]) -> Any:
    if fields.get(name) is None:
        return None
    return _field(fields, name, kind)


def _kind_name(kind: type[Any] | tuple[type[Any], ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)
