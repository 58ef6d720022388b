"""
What a scan returns: findings, per-part results and the verdict.

test-case-name: tests.test_scan_verdict

Per-part results (L{MessageResult}) are what the verdict cache stores, so they
serialise to a small JSON-able dict and back; they carry no message index,
because the same text may sit at a different index in the next turn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from koreshield.scan.threats import THREAT_TYPES, severity


@dataclass(frozen=True, slots=True)
class Finding:
    """
    One detection in one part of one message.

    @ivar type: one of L{THREAT_TYPES}.
    @ivar message_index: index of the message in the scanned list.
    @ivar start: offset of the first character, in the part's original text.
    @ivar end: offset one past the last character.  For detections that only
        exist after normalisation or decoding, the span of the source segment
        (for example the base64 blob), or of the whole text.
    @ivar detector: which detector fired, e.g. C{"rule:override"}, C{"model"}.
    @ivar confidence: 0..1.
    @ivar subtype: finer kind, e.g. C{"aws_access_key"}, C{"email"}.
    @ivar part: which text of the message: C{"content"}, C{"content[2]"},
        C{"tool_calls[0].function.arguments"}, C{"function_call.arguments"},
        C{"name"}.
    """

    type: str
    message_index: int
    start: int
    end: int
    detector: str
    confidence: float
    subtype: str | None = None
    part: str = "content"

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of the scan API."""
        return {
            "type": self.type,
            "message_index": self.message_index,
            "start": self.start,
            "end": self.end,
            "detector": self.detector,
            "confidence": round(self.confidence, 4),
            "subtype": self.subtype,
            "part": self.part,
        }


def rank_key(finding: Finding) -> tuple[float, int]:
    """Sort key: the finding that should name a verdict sorts last."""
    return (finding.confidence, severity(finding.type))


@dataclass(frozen=True, slots=True)
class MessageResult:
    """
    The scan result of one text part, independent of where it sits.

    @ivar findings: findings with offsets into the part's text; their
        C{message_index} and C{part} are placeholders, filled in by
        L{MessageResult.located}.
    """

    findings: tuple[Finding, ...] = ()

    def located(self, message_index: int, part: str) -> tuple[Finding, ...]:
        """
        The findings, placed at C{message_index} and C{part}.

        Built field by field rather than with C{dataclasses.replace}, which
        looks the class's fields up again for every finding (a few
        microseconds each, on every scan).
        """
        if not self.findings:
            return ()
        return tuple(
            Finding(f.type, message_index, f.start, f.end, f.detector, f.confidence, f.subtype, part)
            for f in self.findings
        )

    def to_dict(self) -> dict[str, Any]:
        """
        A small JSON-able form, for a second-level cache such as Redis.

        Findings become short lists to keep cache entries small.
        """
        return {"f": [[f.type, f.start, f.end, f.detector, round(f.confidence, 6), f.subtype] for f in self.findings]}

    @classmethod
    def from_dict(cls, data: Any) -> MessageResult:
        """
        Rebuild from L{to_dict}'s output.

        @raise ValueError: if C{data} is not in that shape; a cache entry
            that cannot be trusted must be rescanned, not half-used.
        """
        if not isinstance(data, dict) or not isinstance(data.get("f"), list):
            raise ValueError("not a MessageResult dict")
        findings = []
        for row in data["f"]:
            if not isinstance(row, list) or len(row) != 6:
                raise ValueError("malformed finding")
            kind, start, end, detector, confidence, subtype = row
            if (
                kind not in THREAT_TYPES
                or not isinstance(start, int)
                or not isinstance(end, int)
                or not isinstance(detector, str)
                or not isinstance(confidence, (int, float))
                or not (subtype is None or isinstance(subtype, str))
            ):
                raise ValueError("malformed finding")
            findings.append(Finding(kind, 0, start, end, detector, float(confidence), subtype))
        return cls(tuple(findings))


@dataclass(frozen=True, slots=True)
class ScanVerdict:
    """
    The outcome of scanning a conversation or a text.

    @ivar threat_detected: whether any finding passed its threshold.
    @ivar threat_type: the type of the most confident (then most severe)
        finding, or C{None} when clean.
    @ivar confidence: that finding's confidence; 0.0 when clean.
    @ivar findings: every finding, in message order.
    @ivar scan_ms: wall time spent, in milliseconds.
    @ivar cached: whether every scanned part came from the cache.
    """

    threat_detected: bool
    threat_type: str | None
    confidence: float
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    scan_ms: float = 0.0
    cached: bool = False

    @classmethod
    def from_findings(cls, findings: tuple[Finding, ...], scan_ms: float, cached: bool) -> ScanVerdict:
        """Build the verdict that C{findings} imply."""
        if not findings:
            return cls(False, None, 0.0, (), scan_ms, cached)
        top = max(findings, key=rank_key)
        return cls(True, top.type, top.confidence, findings, scan_ms, cached)

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of the scan API."""
        return {
            "threat_detected": self.threat_detected,
            "threat_type": self.threat_type,
            "confidence": round(self.confidence, 4),
            "findings": [f.to_json() for f in self.findings],
            "scan_ms": round(self.scan_ms, 3),
            "cached": self.cached,
        }
