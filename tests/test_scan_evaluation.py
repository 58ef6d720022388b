"""
Specifications of the evaluation helpers.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.evaluation import (
    DEVELOPMENT_FILES,
    REPORT_FILES,
    Row,
    evaluate,
    measure_latency,
    sample_text,
)
from koreshield.scan.verdict import Finding, ScanVerdict


def fake_scan(text: str, role: str, sensitivity: str) -> ScanVerdict:
    findings = (Finding("jailbreak", 0, 0, 1, "model", 0.9),) if "attack" in text else ()
    return ScanVerdict.from_findings(findings, 0.0, False)


class EvaluationTests(SynchronousTestCase):
    def test_splits_do_not_overlap(self) -> None:
        self.assertEqual(set(DEVELOPMENT_FILES) & set(REPORT_FILES), set())

    def test_rows_are_scanned_in_the_role_their_kind_implies(self) -> None:
        self.assertEqual(Row("x.jsonl", "t", "benign", "benign_system_prompt").role, "system")
        self.assertEqual(Row("bipia_constructed.jsonl", "t", "attack", "indirect_injection").role, "document")
        self.assertEqual(Row("garak.jsonl", "t", "attack", "extraction").role, "user")

    def test_rates_are_counted_per_file_kind_and_sensitivity(self) -> None:
        rows = [
            Row("garak.jsonl", "an attack", "attack", "jailbreak"),
            Row("garak.jsonl", "fine", "attack", "jailbreak"),
        ]
        result = evaluate(fake_scan, rows, ("medium",))
        tally = result.tallies[("dev", "garak.jsonl", "attack", "jailbreak")]["medium"]
        self.assertEqual((tally.total, tally.flagged, tally.rate), (2, 1, 0.5))
        self.assertEqual(len(result.errors), 1)

    def test_sample_text_has_the_requested_size(self) -> None:
        rows = [Row("a", "short text", "benign", "benign"), Row("a", "another one", "benign", "benign")]
        self.assertEqual(len(sample_text(rows, 1000, 0)), 1000)

    def test_latency_reports_each_size(self) -> None:
        rows = [Row("a", "some words here", "benign", "benign")]
        latency = measure_latency(lambda text: None, rows, (64, 128), budget_s=0.01)
        self.assertEqual(sorted(latency), [64, 128])
        for p50, p99, runs in latency.values():
            self.assertLessEqual(p50, p99)
            self.assertGreaterEqual(runs, 5)
