"""
Specifications of how far before its start a pattern's search reads, and of
which characters it cannot tell apart.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.regexparse import UNBOUNDED, consumed_one_of, reach, reach_behind, reads_alike, relaxed

DIGITS_AS_LETTERS = (("0", "o"), ("1", "i"), ("@", "a"))


class ReachBehindTests(SynchronousTestCase):
    """How far before a search's start a pattern can see, so a second reading may reuse a search."""

    def test_a_pattern_without_look_behind_sees_one_character_for_word_boundaries(self) -> None:
        self.assertEqual(reach_behind(r"\bignore"), 1)

    def test_the_widest_look_behind_counts(self) -> None:
        self.assertEqual(reach_behind(r"(?<!ab)x(?<=[a-z]{3})y"), 4)

    def test_a_look_behind_nested_in_groups_and_repeats_counts(self) -> None:
        self.assertEqual(reach_behind(r"(?:a|(?:(?<!tell me )b)+)c"), 9)


class ReachTests(SynchronousTestCase):
    """How far past a match's start a pattern can read, so a search may run in windows around what it needs."""

    def test_the_widest_match_counts(self) -> None:
        self.assertEqual(reach(r"ab(?:cd|e){2,3}"), 8)

    def test_a_look_ahead_after_the_match_adds_its_width(self) -> None:
        self.assertEqual(reach(r"\d{3}(?![\w\-]{2})"), 5)

    def test_look_behinds_read_nothing_past_the_start(self) -> None:
        self.assertEqual(reach(r"x(?<![A-Za-z0-9].)\d{2}"), 3)

    def test_an_unbounded_repeat_is_unbounded(self) -> None:
        self.assertGreaterEqual(reach(r"a\d+"), UNBOUNDED)


class ReadsAlikeTests(SynchronousTestCase):
    """Whether a pattern can tell a character from the one a respelled reading has in its place."""

    def test_literals_of_another_script_and_any_character_read_alike(self) -> None:
        self.assertTrue(reads_alike(r"忽略.{0,12}?(?:指令|规则)(?=[^。])", DIGITS_AS_LETTERS))

    def test_a_respelled_letter_as_a_literal_tells_them_apart(self) -> None:
        self.assertFalse(reads_alike(r"忽略.{0,12}?o", DIGITS_AS_LETTERS))

    def test_a_class_holding_one_of_a_pair_only_tells_them_apart(self) -> None:
        self.assertFalse(reads_alike(r"[a-z]", DIGITS_AS_LETTERS))

    def test_a_class_holding_both_of_every_pair_reads_alike(self) -> None:
        self.assertTrue(reads_alike(r"[^\s]x", DIGITS_AS_LETTERS))

    def test_a_word_boundary_tells_a_symbol_from_a_letter(self) -> None:
        self.assertFalse(reads_alike(r"\b忽略", DIGITS_AS_LETTERS))
        self.assertTrue(reads_alike(r"\b忽略", (("0", "o"),)))

    def test_a_look_behind_is_read_too(self) -> None:
        self.assertFalse(reads_alike(r"(?<![a-z])忽略", DIGITS_AS_LETTERS))

    def test_a_back_reference_or_a_scoped_flag_is_taken_to_tell_them_apart(self) -> None:
        self.assertFalse(reads_alike(r"(忽)\1", DIGITS_AS_LETTERS))
        self.assertFalse(reads_alike(r"(?i:忽)", DIGITS_AS_LETTERS))


class RelaxedTests(SynchronousTestCase):
    """A pattern without its zero-width checks matches wherever the pattern does, and more."""

    def test_word_boundaries_anchors_and_look_arounds_are_dropped(self) -> None:
        loose = relaxed(re.compile(r"^\bsay(?<!x)(?=\s) it\b$"))
        assert loose is not None
        self.assertEqual(loose.search("xsay itx").span(), (1, 7))

    def test_checks_nested_in_groups_alternations_and_repeats_are_dropped(self) -> None:
        loose = relaxed(re.compile(r"(?:a(?:\bb)+|c(?!d))e"))
        assert loose is not None
        self.assertEqual(loose.search("xabbe").span(), (1, 5))

    def test_patterns_it_cannot_relax_safely_give_none(self) -> None:
        for pattern in (r"(a)(?=b)\1", r"(?>a(?!b)|ab)c", r"(?:a(?!b))++c", r"\bsay", r"say"):
            flags = re.IGNORECASE if pattern == r"\bsay" else 0
            self.assertIsNone(relaxed(re.compile(pattern, flags)), pattern)


ONE_OF_PATTERNS = (
    r"replace\s+[\[{<]\w{1,3}[\]}>]\s+with",
    r"(?:say|print):\s*\w+",
    r"\b(?:a|b)!+|c\?",
    r"x(?=!)y|z!",
    r"(?:,|;){1,3}a",
    r"a(?:,|;)?b",
    r"[^!]+",
)


class ConsumedOneOfTests(SynchronousTestCase):
    """Characters one of which every match consumes: a text holding none of them need not be searched."""

    def test_a_literal_or_a_few_characters_that_every_match_consumes(self) -> None:
        self.assertEqual(consumed_one_of(ONE_OF_PATTERNS[0]), frozenset("[{<"))
        self.assertEqual(consumed_one_of(ONE_OF_PATTERNS[1]), frozenset(":"))
        self.assertEqual(consumed_one_of(ONE_OF_PATTERNS[4]), frozenset(",;"))

    def test_every_branch_of_an_alternation_must_hold_one(self) -> None:
        self.assertEqual(consumed_one_of(ONE_OF_PATTERNS[2]), frozenset("!?"))
        self.assertEqual(consumed_one_of(r"a!|b"), frozenset())

    def test_looked_at_optional_and_negated_characters_are_not_consumed(self) -> None:
        self.assertEqual(consumed_one_of(r"x(?=!)y"), frozenset())
        self.assertEqual(consumed_one_of(ONE_OF_PATTERNS[5]), frozenset())
        self.assertEqual(consumed_one_of(ONE_OF_PATTERNS[6]), frozenset())
        self.assertEqual(consumed_one_of(r"(?:!)*a"), frozenset())

    def test_letters_digits_blanks_and_the_excluded_characters_are_left_out(self) -> None:
        self.assertEqual(consumed_one_of(r"ab c1"), frozenset())
        self.assertEqual(consumed_one_of(r"@x!", excluded="@"), frozenset("!"))
        self.assertEqual(consumed_one_of(r"(?:@|!)x", excluded="@"), frozenset())

    def test_a_pattern_with_flags_of_its_own_gives_none(self) -> None:
        self.assertEqual(consumed_one_of(r"(?i)a!"), frozenset())

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet="abcxyz!?:;,[]{}<> \n", max_size=40), st.sampled_from(ONE_OF_PATTERNS))
    def test_a_text_with_a_match_holds_one_of_them(self, text: str, pattern: str) -> None:
        needed = consumed_one_of(pattern)
        for match in re.finditer(pattern, text):
            if needed:
                self.assertTrue(needed & set(match.group()), (pattern, text))
