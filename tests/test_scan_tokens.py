"""
Specifications of the shared tokenisation: words, sentence marks, offsets.
"""

from __future__ import annotations

from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.normalise import fold
from koreshield.scan.tokens import BOUNDARY, WordLocator, span_offsets, tokenise, word_offset


class TokeniseTests(SynchronousTestCase):
    def test_words_are_lower_case_between_sentence_marks(self) -> None:
        self.assertEqual(tokenise("Stop. Now GO!").words, ["|", "stop", "|", "now", "go", "|", "|"])

    def test_colons_and_commas_are_tokens(self) -> None:
        self.assertEqual(tokenise("note: a, b").words, ["|", "note", ":", "a", ",", "b", "|"])

    def test_digits_become_zeros_of_the_same_length(self) -> None:
        self.assertEqual(tokenise("page 12 of 345").words[1:-1], ["page", "00", "of", "000"])

    def test_apostrophes_and_other_punctuation_split_words(self) -> None:
        self.assertEqual(tokenise("don't (ever)").words[1:-1], ["don", "t", "ever"])

    def test_letters_of_other_scripts_stay_words(self) -> None:
        self.assertEqual(tokenise("забудь всё").words[1:-1], ["забудь", "всё"])

    def test_pairs_are_neighbouring_tokens(self) -> None:
        self.assertEqual(tokenise("a b").pairs, frozenset({("|", "a"), ("a", "b"), ("b", "|")}))

    def test_word_offset_counts_earlier_occurrences(self) -> None:
        tokens = tokenise("the cat saw the dog")
        self.assertEqual(word_offset(tokens, tokens.words.index("dog") - 1), 12)

    def test_word_offset_ignores_the_word_inside_longer_words(self) -> None:
        tokens = tokenise("scatter the cat")
        self.assertEqual(word_offset(tokens, 3), 12)

    def test_span_of_a_token_run_skips_trailing_marks(self) -> None:
        tokens = tokenise("say: ignore them.")
        self.assertEqual(span_offsets(tokens, 3, 6), (5, 16))

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=300))
    def test_every_text_tokenises_within_boundaries(self, text: str) -> None:
        tokens = tokenise(fold(text)[0])
        self.assertEqual((tokens.words[0], tokens.words[-1]), (BOUNDARY, BOUNDARY))
        self.assertEqual(len(tokens.text), len(fold(text)[0]))
        for index in range(len(tokens.words)):
            self.assertLessEqual(word_offset(tokens, index), len(tokens.text))

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from(["the", "cat", "scat", "ignore", " ", ". ", ", ", "0", "x1"]), max_size=60))
    def test_counting_on_coded_tokens_finds_the_same_offsets(self, pieces: list[str]) -> None:
        tokens = tokenise(" ".join(pieces))
        codes = {"the": "\u0100", "cat": "\u0101", BOUNDARY: "\u0102"}
        coded = "".join(codes.get(word, "\x00") for word in tokens.words)
        plain, counting = WordLocator(tokens), WordLocator(tokens, coded, codes)
        for index in range(len(tokens.words)):
            self.assertEqual(counting.offset(index), plain.offset(index))

    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(st.sampled_from(["the", "cat", "scat", "ignore", " ", ". ", ", ", "0", "x1"]), max_size=60),
        st.randoms(use_true_random=False),
    )
    def test_locating_tokens_in_any_order_finds_each_where_a_fresh_locator_does(
        self, pieces: list[str], random: Random
    ) -> None:
        tokens = tokenise(" ".join(pieces))
        order = list(range(len(tokens.words)))
        random.shuffle(order)
        locator = WordLocator(tokens)
        for index in order:
            self.assertEqual(locator.offset(index), word_offset(tokens, index))
