"""
Specifications of how far around its start a pattern's match attempt reads.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.regexparse import reach_ahead, reach_behind


class ReachBehindTests(SynchronousTestCase):
    """How far before a search's start a pattern can see, so a second reading may reuse a search."""

    def test_a_pattern_without_look_behind_sees_one_character_for_word_boundaries(self) -> None:
        self.assertEqual(reach_behind(r"\bignore"), 1)

    def test_the_widest_look_behind_counts(self) -> None:
        self.assertEqual(reach_behind(r"(?<!ab)x(?<=[a-z]{3})y"), 4)

    def test_a_look_behind_nested_in_groups_and_repeats_counts(self) -> None:
        self.assertEqual(reach_behind(r"(?:a|(?:(?<!tell me )b)+)c"), 9)


class ReachAheadTests(SynchronousTestCase):
    """How far from a match attempt's start a pattern can read, so a second reading may reuse a match."""

    def test_what_a_pattern_can_consume_counts(self) -> None:
        self.assertEqual(reach_ahead(r"ab{1,3}(?:cd|e)"), 6)

    def test_a_look_ahead_reads_past_the_match(self) -> None:
        self.assertEqual(reach_ahead(r"ab(?=[xyz]{2})"), 4)

    def test_an_unbounded_pattern_has_no_reach(self) -> None:
        self.assertIsNone(reach_ahead(r"ab+"))

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="abcx", max_size=12), st.text(alphabet="abcx", max_size=12))
    def test_text_past_the_reach_changes_no_match(self, text: str, tail: str) -> None:
        pattern = r"(?<!c)a[bc]{0,2}?(?:b|ca)(?=[ab])"
        reach = reach_ahead(pattern)
        assert reach is not None
        regex = re.compile(pattern)
        for start in range(len(text) + 1):
            cut = text[: start + reach]
            found, longer = regex.match(cut, start), regex.match(cut + tail, start)
            if len(cut) == start + reach:
                self.assertEqual(None if found is None else found.span(), None if longer is None else longer.span())
