"""
Specifications of the canary and shape detectors (koreshield.guard.detectors).
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.guard.detectors import CanaryDetector, CanarySet, Detection, ShapeDetector
from koreshield.scan.growing import GrowingTextMatcher
from koreshield.scan.pii import PII_PATTERNS

CANARIES = CanarySet(["KS-CANARY-7f3a9b", "KS-CANARY-7f3a9b-long", "ABABABAB"])


class CanaryTests(SynchronousTestCase):
    def test_a_canary_is_found_where_it_is(self) -> None:
        found, hold = CanaryDetector(CANARIES).scan("x KS-CANARY-7f3a9b y", 0, complete=False)
        self.assertEqual((found, hold), ([Detection(2, 18, "canary")], 20))

    def test_the_longest_canary_at_a_position_is_reported(self) -> None:
        found, _ = CanaryDetector(CANARIES).scan("KS-CANARY-7f3a9b-long.", 0, complete=True)
        self.assertEqual(found, [Detection(0, 21, "canary")])

    def test_the_beginning_of_a_canary_is_held(self) -> None:
        self.assertEqual(CanaryDetector(CANARIES).scan("see KS-CAN", 0, complete=False), ([], 4))

    def test_a_canary_that_could_still_grow_into_a_longer_one_is_held(self) -> None:
        self.assertEqual(CanaryDetector(CANARIES).scan("KS-CANARY-7f3a9b", 0, complete=False), ([], 0))

    def test_a_canary_overlapping_its_own_beginning_is_still_found(self) -> None:
        found, hold = CanaryDetector(CANARIES).scan("ABABABAB", 0, complete=False)
        self.assertEqual((found, hold), ([Detection(0, 8, "canary")], 2))

    def test_matching_is_exact(self) -> None:
        self.assertEqual(CanaryDetector(CANARIES).scan("ks-canary-7f3a9b ", 0, complete=True), ([], 17))


class ShapeDetectorTests(SynchronousTestCase):
    def test_detections_carry_the_shape_subtype_and_absolute_positions(self) -> None:
        detector = ShapeDetector("pii", GrowingTextMatcher(PII_PATTERNS, "medium"))
        found, hold = detector.scan("mail jo@example.org now", 100, complete=False)
        self.assertEqual((detector.category, found, hold), ("pii", [Detection(105, 119, "email")], 120))
