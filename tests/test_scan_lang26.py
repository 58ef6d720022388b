"""
Specifications of "ignore the previous instructions" in languages the scanner missed before round 26.

test-case-name: tests.test_scan_lang26
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from benchmarks.lang26_rows import TUNING_ATTACKS, TUNING_BENIGN
from tests.scan_support import flagged


class IgnorePreviousInstructionsTests(SynchronousTestCase):
    """Setting aside the previous instructions is an override in every language listed."""

    def test_override_in_newly_covered_languages(self) -> None:
        for text in TUNING_ATTACKS:
            self.assertTrue(flagged(text), text)

    def test_look_alikes_stay_clean(self) -> None:
        for text in TUNING_BENIGN:
            self.assertFalse(flagged(text), text)
