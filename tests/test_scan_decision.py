"""
Specifications of decide() and redact_messages().
"""

from __future__ import annotations

import copy

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan import Scanner, ScanPolicy, decide, redact_messages
from koreshield.scan.decision import Decision
from koreshield.scan.verdict import Finding, ScanVerdict

EMAIL = Finding("pii", 1, 8, 23, "pattern:email", 0.95, "email")
KEY = Finding("secret", 1, 28, 48, "pattern:aws_access_key", 0.95, "aws_access_key")
ATTACK = Finding("jailbreak", 0, 0, 5, "model", 0.8)


def verdict(*findings: Finding) -> ScanVerdict:
    return ScanVerdict.from_findings(findings, 0.0, False)


class DecideTests(SynchronousTestCase):
    def test_clean_verdict_is_allowed(self) -> None:
        self.assertEqual(decide(verdict(), ScanPolicy()), Decision("allow"))

    def test_default_action_blocks(self) -> None:
        decision = decide(verdict(ATTACK), ScanPolicy())
        self.assertEqual((decision.action, decision.threat_type), ("block", "jailbreak"))

    def test_category_action_overrides_the_global_one(self) -> None:
        self.assertEqual(decide(verdict(ATTACK), ScanPolicy(category_actions={"jailbreak": "warn"})).action, "warn")

    def test_redactable_findings_are_redacted(self) -> None:
        decision = decide(verdict(EMAIL, KEY), ScanPolicy(category_actions={"pii": "redact", "secret": "redact"}))
        self.assertEqual(decision.action, "redact")
        self.assertEqual(set(decision.findings_to_redact), {EMAIL, KEY})

    def test_a_blocking_finding_beats_redaction(self) -> None:
        decision = decide(verdict(EMAIL, ATTACK), ScanPolicy(category_actions={"pii": "redact"}))
        self.assertEqual((decision.action, decision.findings_to_redact), ("block", ()))

    def test_redaction_beats_a_warning(self) -> None:
        policy = ScanPolicy(action="warn", category_actions={"pii": "redact"})
        self.assertEqual(decide(verdict(EMAIL, ATTACK), policy).action, "redact")

    def test_allowed_category_is_allowed(self) -> None:
        self.assertEqual(decide(verdict(EMAIL), ScanPolicy(category_actions={"pii": "allow"})).action, "allow")


class RedactTests(SynchronousTestCase):
    MESSAGES = [
        {"role": "system", "content": "Be kind"},
        {"role": "user", "content": "mail me bob@example.com key AKIAZ7QX3N5PLM2RTV8W ok"},
    ]

    def test_spans_become_placeholders(self) -> None:
        redacted = redact_messages(self.MESSAGES, Decision("redact", "pii", 0.95, (EMAIL, KEY)))
        self.assertEqual(redacted[1]["content"], "mail me [REDACTED:email] key [REDACTED:aws_access_key] ok")

    def test_input_is_not_mutated(self) -> None:
        before = copy.deepcopy(self.MESSAGES)
        redact_messages(self.MESSAGES, Decision("redact", "pii", 0.95, (EMAIL,)))
        self.assertEqual(self.MESSAGES, before)

    def test_end_to_end_redaction_of_array_and_tool_call_parts(self) -> None:
        policy = ScanPolicy(category_actions={"pii": "redact", "secret": "redact"}, cache_size=0)
        messages = [
            {"role": "user", "content": [{"type": "text", "text": "I am ann@example.org"}]},
            {
                "role": "assistant",
                "tool_calls": [{"function": {"name": "f", "arguments": '{"to": "ann@example.org"}'}}],
            },
        ]
        scanner = Scanner(policy)
        decision = decide(scanner.scan_messages(messages), policy)
        redacted = redact_messages(messages, decision)
        self.assertEqual(redacted[0]["content"][0]["text"], "I am [REDACTED:email]")
        self.assertEqual(redacted[1]["tool_calls"][0]["function"]["arguments"], '{"to": "[REDACTED:email]"}')

    def test_end_to_end_redaction_of_a_name(self) -> None:
        policy = ScanPolicy(category_actions={"pii": "redact"}, cache_size=0)
        messages = [{"role": "user", "name": "ann@example.org", "content": "Hello"}]
        decision = decide(Scanner(policy).scan_messages(messages), policy)
        self.assertEqual(redact_messages(messages, decision)[0]["name"], "[REDACTED:email]")
