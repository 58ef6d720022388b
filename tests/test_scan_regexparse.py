"""
Specifications of how far before its start a pattern's search reads.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.regexparse import reach_behind


class ReachBehindTests(SynchronousTestCase):
    """How far before a search's start a pattern can see, so a second reading may reuse a search."""

    def test_a_pattern_without_look_behind_sees_one_character_for_word_boundaries(self) -> None:
        self.assertEqual(reach_behind(r"\bignore"), 1)

    def test_the_widest_look_behind_counts(self) -> None:
        self.assertEqual(reach_behind(r"(?<!ab)x(?<=[a-z]{3})y"), 4)

    def test_a_look_behind_nested_in_groups_and_repeats_counts(self) -> None:
        self.assertEqual(reach_behind(r"(?:a|(?:(?<!tell me )b)+)c"), 9)
