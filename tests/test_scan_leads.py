"""
Specifications of lead searches: a regex tried only near a literal its
matches hold finds exactly what a search of the same window finds.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan import mentions, scoring
from koreshield.scan.cues import ALL_CUES
from koreshield.scan.leads import SPARSE, Lead, LeadSearch, ScreenedSearch, lead_of, skips_ahead

ASSEMBLY = r"\b[a-z]\w{0,3}\s{0,2}=\s{0,2}[a-z]\w{0,3}\s{0,2}\+\s{0,2}[a-z]\w{0,3}"
SAY = r"\binstead\W{1,3}say\b|\b(?:just|only)\W{1,3}(?:say|print)\W{1,3}\""


def searched(pattern: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    found = re.compile(pattern).search(text, start, end)
    return None if found is None else found.span()


def lead_searched(pattern: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    lead = LeadSearch.of(re.compile(pattern))
    assert lead is not None
    return lead.search(text, start, end)


class LeadOfTests(SynchronousTestCase):
    def test_a_literal_after_bounded_items_is_the_lead(self) -> None:
        self.assertEqual(lead_of(ASSEMBLY), Lead(frozenset({"="}), 6))

    def test_consecutive_literals_make_one(self) -> None:
        self.assertEqual(lead_of(r"\bend of\W"), Lead(frozenset({"end of"}), 0))

    def test_every_branch_of_an_alternation_gives_its_lead(self) -> None:
        self.assertEqual(lead_of(SAY), Lead(frozenset({"instead", "just", "only"}), 0))

    def test_a_repetition_of_at_least_one_holds_its_body_lead(self) -> None:
        self.assertEqual(lead_of(r"(?<![^\n])#{2,4}\s"), Lead(frozenset({"#"}), 0))

    def test_an_optional_item_is_passed_over(self) -> None:
        self.assertEqual(lead_of(r"\b(?:x)?\w{0,2}="), Lead(frozenset({"="}), 3))

    def test_a_branch_without_a_literal_gives_no_lead(self) -> None:
        self.assertIsNone(lead_of(r"\b(?:a|\w)\w"))

    def test_an_alternation_without_a_lead_is_passed_over(self) -> None:
        self.assertEqual(lead_of(r"\b(?:a|\w)x"), Lead(frozenset({"x"}), 1))

    def test_nothing_lies_behind_an_unbounded_item(self) -> None:
        self.assertIsNone(lead_of(r"\b\w+="))

    def test_case_insensitive_patterns_have_none(self) -> None:
        self.assertIsNone(lead_of(r"(?i)\bsay"))
        self.assertIsNone(lead_of(r"\b(?i:say)"))


class LeadSearchTests(SynchronousTestCase):
    def test_patterns_re_skips_ahead_in_need_none(self) -> None:
        self.assertTrue(skips_ahead(r"a\w"))
        self.assertTrue(skips_ahead(r"(?:ab|cd)e"))
        self.assertIsNone(LeadSearch.of(re.compile(r"a\w")))

    def test_a_class_of_letters_is_no_skip_ahead(self) -> None:
        """C{[a-z]} matches at nearly every character of a text: a pattern that begins with it gets its lead."""
        self.assertFalse(skips_ahead(r"[a-z$_]\w{0,8}\s{0,2}="))
        self.assertFalse(skips_ahead(r"\w+="))
        self.assertTrue(skips_ahead(r"[<\[{(]x"))
        search = LeadSearch.of(re.compile(r"[a-z$_]\w{0,8}\s{0,2}=\s{0,2}[\"']"))
        assert search is not None
        self.assertEqual((search.literals, search.reach), (("=",), 11))
        text = "pad " * 30 + "key = 'x'"
        self.assertEqual(search.search(text, 0, len(text)), (120, 127))

    def test_patterns_with_flags_get_none(self) -> None:
        self.assertIsNone(LeadSearch.of(re.compile(r"\bsay", re.DOTALL)))

    def test_leads_of_many_literals_are_not_used(self) -> None:
        words = "|".join(f"{letter}w" for letter in "abcdefghijklmnopqrst")
        self.assertIsNone(LeadSearch.of(re.compile(rf"\b(?:{words})x")))

    def test_the_first_match_is_found_before_a_later_lead(self) -> None:
        text = "pad " * 30 + "s = a + b; then t = d + e"
        self.assertEqual(lead_searched(ASSEMBLY, text, 0, len(text)), (120, 129))

    def test_a_window_is_searched_within_its_bounds(self) -> None:
        text = "pad " * 30 + "s = a + b"
        self.assertIsNone(lead_searched(ASSEMBLY, text, 0, len(text) - 1))
        self.assertEqual(lead_searched(ASSEMBLY, text, 0, len(text)), (120, 129))

    def test_a_lead_too_frequent_falls_back_to_a_search(self) -> None:
        text = "=" * 64 + " s = a + b"
        self.assertGreater(text.count("=") * SPARSE, len(text))
        self.assertEqual(lead_searched(ASSEMBLY, text, 0, len(text)), searched(ASSEMBLY, text, 0, len(text)))

    @settings(max_examples=400, deadline=None)
    @given(
        st.text(alphabet="ab =+\n", max_size=200),
        st.integers(min_value=0, max_value=200),
        st.integers(min_value=0, max_value=200),
    )
    def test_same_span_as_a_search(self, text: str, start: int, end: int) -> None:
        start, end = sorted((min(start, len(text)), min(end, len(text))))
        self.assertEqual(lead_searched(ASSEMBLY, text, start, end), searched(ASSEMBLY, text, start, end))

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(st.sampled_from(["just ", "only ", "instead ", "say ", "print ", '"', "x", "\n", ". "]), max_size=80)
    )
    def test_same_span_as_a_search_among_many_literals(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        self.assertEqual(lead_searched(SAY, text, 0, len(text)), searched(SAY, text, 0, len(text)))

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                ["instead, say ", "just print ", '"hi" ', "a = b + c + d ", "<|im_start|>", "### system\n", "end of ",
                 "send it to http://x.io/?q={data} ", "---", "</s>", "x", " ", "\n"]
            ),
            max_size=60,
        )
    )  # fmt: skip
    def test_every_cue_with_a_lead_finds_what_a_search_finds(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        for cue in ALL_CUES:
            if not cue.pattern:
                continue
            regex = re.compile(cue.pattern)
            lead = LeadSearch.of(regex)
            if lead is not None:
                self.assertEqual(lead.search(text, 0, len(text)), searched(cue.pattern, text, 0, len(text)), cue.name)


def screened(regex: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int] | None:
    found = ScreenedSearch(regex).search(text, start, end)
    return None if found is None else found.span()


MENTION_PIECES = st.sampled_from(
    ["such as ", "for example ", "e.g. ", "the phrase ", "say the words ", "include the sentence ", "what is ",
     "explain ", "x", "'", '"', "</", "it's ", "xsuch as ", " ", "\n", "the term ", "called ", "this article: ",
     "the following text:", "<code>", "never ", "don't ", "keep ", "nothis ", ". ", "below "]
)  # fmt: skip


class ScreenedSearchTests(SynchronousTestCase):
    """A regex that begins with a check, searched from where its relaxed form first matches."""

    def test_a_pattern_that_begins_with_a_word_boundary_is_screened(self) -> None:
        self.assertIsNotNone(ScreenedSearch(re.compile(r"\b(?:such as|called)\b"))._screen)

    def test_a_pattern_without_a_relaxed_form_that_skips_ahead_is_screened_by_its_lead(self) -> None:
        # Relaxed, the first branch begins with a group, which gives re nothing to skip to; the lead is one of three.
        screen = ScreenedSearch(re.compile(r"(?:\bso|no)\b|<a"))._screen
        assert screen is not None
        self.assertEqual(screen.pattern, "<a|no|so")

    def test_a_pattern_re_skips_ahead_in_is_searched_as_it_is(self) -> None:
        self.assertIsNone(ScreenedSearch(re.compile(r"(?:such as|called)\b"))._screen)

    def test_the_first_match_after_a_screened_miss_is_found(self) -> None:
        # "xsuch as" holds the relaxed form's first match but no word boundary: the search goes on from there.
        regex = re.compile(r"\b(?:such as|called)\b")
        self.assertEqual(screened(regex, "xsuch as, called", 0, 16), (10, 16))

    def test_checks_before_the_window_still_read_the_text_before_it(self) -> None:
        regex = re.compile(r"(?<!say )\bthe words\b")
        self.assertIsNone(screened(regex, "say the words", 4, 13))
        self.assertEqual(screened(regex, "see the words", 4, 13), (4, 13))

    @settings(max_examples=400, deadline=None)
    @given(st.lists(MENTION_PIECES, max_size=40), st.integers(0, 400), st.integers(0, 400))
    def test_same_match_as_a_search(self, pieces: list[str], start: int, end: int) -> None:
        text = "".join(pieces)
        start, end = sorted((min(start, len(text)), min(end, len(text))))
        for regex in (
            scoring._MENTION_RE,
            scoring._CLOSING_QUOTE_RE,
            scoring._QUOTED_CONTENT_RE,
            scoring._NEGATED_BEFORE_RE,
            mentions._LEAD_RE,
            mentions._OBEY_RE,
        ):
            self.assertEqual(
                screened(regex, text, start, end), None if (m := regex.search(text, start, end)) is None else m.span()
            )
