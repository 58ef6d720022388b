"""
Specifications of how far before its start a pattern's search reads, and of
which characters it cannot tell apart.
"""

from __future__ import annotations

import re

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.regexparse import reach_behind, reads_alike, relaxed

DIGITS_AS_LETTERS = (("0", "o"), ("1", "i"), ("@", "a"))


class ReachBehindTests(SynchronousTestCase):
    """How far before a search's start a pattern can see, so a second reading may reuse a search."""

    def test_a_pattern_without_look_behind_sees_one_character_for_word_boundaries(self) -> None:
        self.assertEqual(reach_behind(r"\bignore"), 1)

    def test_the_widest_look_behind_counts(self) -> None:
        self.assertEqual(reach_behind(r"(?<!ab)x(?<=[a-z]{3})y"), 4)

    def test_a_look_behind_nested_in_groups_and_repeats_counts(self) -> None:
        self.assertEqual(reach_behind(r"(?:a|(?:(?<!tell me )b)+)c"), 9)


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
