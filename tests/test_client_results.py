"""
Scan answers become frozen L{ScanResult}s field by field: later additions
to the answer are ignored, a missing or mistyped field is refused.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from twisted.trial.unittest import SynchronousTestCase

from koreshield.client.results import ScanFinding, ScanResult, UnexpectedAnswer, results_from_batch

FINDING = {
    "type": "prompt_injection",
    "message_index": 0,
    "start": 0,
    "end": 32,
    "detector": "rule:override.ignore_prior",
    "confidence": 1,
    "subtype": None,
    "part": "content",
}
VERDICT: dict[str, Any] = {
    "threat_detected": True,
    "threat_type": "prompt_injection",
    "confidence": 1,
    "findings": [FINDING],
    "scan_ms": 0.3,
    "cached": False,
}


class ScanResultTests(SynchronousTestCase):
    def test_every_documented_field_is_read(self) -> None:
        result = ScanResult.from_json(VERDICT)
        self.assertEqual(
            result,
            ScanResult(
                True,
                "prompt_injection",
                1.0,
                (ScanFinding("prompt_injection", 0, 0, 32, "rule:override.ignore_prior", 1.0, None, "content"),),
                0.3,
                False,
            ),
        )

    def test_results_are_frozen(self) -> None:
        result = ScanResult.from_json(VERDICT)
        self.assertRaises(dataclasses.FrozenInstanceError, setattr, result, "threat_detected", False)

    def test_fields_added_later_are_ignored(self) -> None:
        result = ScanResult.from_json({**VERDICT, "action": "block", "findings": [{**FINDING, "rule": "x"}]})
        self.assertEqual(result, ScanResult.from_json(VERDICT))

    def test_a_missing_field_is_refused(self) -> None:
        verdict = {key: value for key, value in VERDICT.items() if key != "cached"}
        error = self.assertRaises(UnexpectedAnswer, ScanResult.from_json, verdict)
        self.assertIn("'cached'", str(error))

    def test_a_boolean_is_not_a_number(self) -> None:
        self.assertRaises(UnexpectedAnswer, ScanResult.from_json, {**VERDICT, "confidence": True})

    def test_a_malformed_finding_is_refused(self) -> None:
        self.assertRaises(UnexpectedAnswer, ScanResult.from_json, {**VERDICT, "findings": [{**FINDING, "end": "32"}]})

    def test_something_other_than_an_object_is_refused(self) -> None:
        self.assertRaises(UnexpectedAnswer, ScanResult.from_json, [VERDICT])

    def test_a_batch_answer_keeps_its_order(self) -> None:
        clean = {**VERDICT, "threat_detected": False, "threat_type": None, "findings": []}
        results = results_from_batch({"results": [clean, VERDICT]})
        self.assertEqual([r.threat_type for r in results], [None, "prompt_injection"])
