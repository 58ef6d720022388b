"""
From a verdict to an action, and redaction of the messages.

test-case-name: tests.test_scan_decision

Pure functions: the web layer calls L{decide} with the verdict and the
policy, then forwards, warns, blocks or forwards L{redact_messages}' copy.
Precedence is block > redact > warn > allow: one finding whose action is
C{block} blocks the request whatever else was found.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Final, Literal

from koreshield.scan.policy import ScanPolicy
from koreshield.scan.threats import REDACTABLE_TYPES
from koreshield.scan.verdict import Finding, ScanVerdict, rank_key

DecisionAction = Literal["block", "warn", "allow", "redact"]
_PRECEDENCE: Final = {"allow": 0, "warn": 1, "redact": 2, "block": 3}


@dataclass(frozen=True, slots=True)
class Decision:
    """
    What to do with a request.

    @ivar action: C{block}, C{warn}, C{allow} or C{redact}.
    @ivar threat_type: the type of the finding that decided the action, or
        C{None} when nothing was found.
    @ivar confidence: that finding's confidence (0.0 when clean).
    @ivar findings_to_redact: the secret and PII findings to replace, when
        the action is C{redact}.
    """

    action: DecisionAction
    threat_type: str | None = None
    confidence: float = 0.0
    findings_to_redact: tuple[Finding, ...] = ()


def decide(verdict: ScanVerdict, policy: ScanPolicy) -> Decision:
    """
    Apply C{policy}'s actions to C{verdict}'s findings.

    A category action overrides the global action; C{redact} applies only to
    secret and PII findings.
    """
    if not verdict.findings:
        return Decision("allow")
    strongest: dict[DecisionAction, Finding] = {}
    to_redact: list[Finding] = []
    for finding in verdict.findings:
        taken = policy.action_for(finding.type)
        if taken == "redact" and finding.type in REDACTABLE_TYPES:
            to_redact.append(finding)
        current = strongest.get(taken)
        if current is None or rank_key(finding) > rank_key(current):
            strongest[taken] = finding
    action = max(strongest, key=_PRECEDENCE.__getitem__)
    decider = strongest[action]
    return Decision(action, decider.type, decider.confidence, tuple(to_redact) if action == "redact" else ())


def placeholder(finding: Finding) -> str:
    """The text that replaces a redacted finding, e.g. C{[REDACTED:email]}."""
    return f"[REDACTED:{finding.subtype or finding.type}]"


def _redact_text(text: str, findings: list[Finding]) -> str:
    spans = sorted(findings, key=lambda f: (f.start, -f.end))
    pieces: list[str] = []
    cursor = 0
    for finding in spans:
        if finding.end <= cursor or finding.start < cursor:
            continue
        pieces.append(text[cursor : finding.start])
        pieces.append(placeholder(finding))
        cursor = finding.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _part_slot(message: dict[str, Any], part: str) -> tuple[Any, Any] | None:
    """The container and key holding C{part}'s text in C{message}."""
    if part == "content":
        return message, "content"
    if part.startswith("content["):
        content = message.get("content")
        index = int(part[len("content[") : -1])
        item = content[index] if isinstance(content, list) and index < len(content) else None
        return (item, "text") if isinstance(item, dict) else (content, index)
    if part.startswith("tool_calls["):
        index = int(part[len("tool_calls[") : part.index("]")])
        return message["tool_calls"][index]["function"], "arguments"
    if part == "function_call.arguments":
        return message["function_call"], "arguments"
    if part == "name":
        return message, "name"
    return None


def redact_messages(messages: list[Any], decision: Decision) -> list[Any]:
    """
    A copy of C{messages} with C{decision.findings_to_redact} replaced.

    The input is never mutated.  Spans refer to the texts that were scanned,
    so this must be given the same messages the verdict came from.
    """
    redacted = copy.deepcopy(messages)
    grouped: dict[tuple[int, str], list[Finding]] = {}
    for finding in decision.findings_to_redact:
        grouped.setdefault((finding.message_index, finding.part), []).append(finding)
    for (index, part), findings in grouped.items():
        slot = _part_slot(redacted[index], part)
        if slot is None:
            continue
        container, key = slot
        text = container[key]
        if isinstance(text, (int, float)) and not isinstance(text, bool):
            text = str(text)
        if isinstance(text, str):
            container[key] = _redact_text(text, findings)
    return redacted
