"""
Specifications of findings, per-part results and verdicts.
"""

from __future__ import annotations

import dataclasses
import json

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.verdict import Finding, MessageResult, ScanVerdict

EMAIL = Finding("pii", 0, 3, 10, "pattern:email", 0.95, "email")
ATTACK = Finding("prompt_injection", 0, 0, 20, "rule:override.ignore_prior", 0.95)


class MessageResultTests(SynchronousTestCase):
    def test_dict_round_trip(self) -> None:
        result = MessageResult((EMAIL, ATTACK))
        self.assertEqual(MessageResult.from_dict(json.loads(json.dumps(result.to_dict()))), result)

    def test_malformed_dicts_are_refused(self) -> None:
        for bad in (
            None,
            {},
            {"f": "x"},
            {"f": [[1, 2]]},
            {"f": [["bogus", 0, 1, "d", 0.5, None]]},
            {"f": [["pii", "0", 1, "d", 0.5, None]]},
        ):
            self.assertRaises(ValueError, MessageResult.from_dict, bad)

    def test_located_sets_message_index_and_part(self) -> None:
        [located] = MessageResult((EMAIL,)).located(4, "content[1]")
        self.assertEqual((located.message_index, located.part, located.start), (4, "content[1]", 3))

    def test_located_keeps_every_other_field(self) -> None:
        [located] = MessageResult((EMAIL,)).located(4, "content[1]")
        self.assertEqual(located, dataclasses.replace(EMAIL, message_index=4, part="content[1]"))


class ScanVerdictTests(SynchronousTestCase):
    def test_clean_verdict(self) -> None:
        verdict = ScanVerdict.from_findings((), 0.1, False)
        self.assertEqual((verdict.threat_detected, verdict.threat_type, verdict.confidence), (False, None, 0.0))

    def test_most_confident_finding_names_the_verdict(self) -> None:
        verdict = ScanVerdict.from_findings((EMAIL, ATTACK), 0.1, False)
        self.assertEqual(verdict.threat_type, "prompt_injection")

    def test_severity_breaks_confidence_ties(self) -> None:
        tie = Finding("pii", 0, 0, 1, "x", 0.95, "email")
        verdict = ScanVerdict.from_findings((tie, ATTACK), 0.1, False)
        self.assertEqual(verdict.threat_type, "prompt_injection")

    def test_json_shape(self) -> None:
        data = ScanVerdict.from_findings((ATTACK,), 1.23456, True).to_json()
        self.assertEqual(data["findings"][0]["detector"], "rule:override.ignore_prior")
        self.assertEqual((data["scan_ms"], data["cached"]), (1.235, True))
