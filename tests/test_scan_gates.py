"""
Specifications of the gate index: it selects exactly the sequences whose
every gate a text meets.
"""

from __future__ import annotations

import random
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.cues import ALL_CUES, LISTS
from koreshield.scan.gates import FEW_KEYED, GateIndex, commonness
from koreshield.scan.phrases import Gate, compile_pattern
from koreshield.scan.tokencodes import TokenCodes
from koreshield.scan.tokens import tokenise

SEQUENCES = [s for cue in ALL_CUES for p in cue.phrases for s in compile_pattern(p, LISTS)]
INDEX = GateIndex(SEQUENCES)
CUE_WORDS = sorted({word for s in SEQUENCES for gate in s.gates for word in gate.words})
CODES = TokenCodes(SEQUENCES)
CODED_INDEX = GateIndex(SEQUENCES, CODES.codes)


def selected(text: str) -> list[int]:
    tokens = tokenise(text)
    return INDEX.select(tokens.present, tokens.pairs)


class GateIndexTests(SynchronousTestCase):
    def test_ordinary_text_leaves_nothing_possible(self) -> None:
        self.assertEqual(selected("What is the capital of France?"), [])

    def test_a_sequence_is_selected_when_all_its_gates_are_met(self) -> None:
        [sequence] = compile_pattern("ignore ~3 rules", LISTS)
        index = GateIndex([sequence])
        tokens = tokenise("please ignore those rules")
        self.assertEqual(index.select(tokens.present, tokens.pairs), [0])

    def test_one_missing_gate_rules_a_sequence_out(self) -> None:
        [sequence] = compile_pattern("ignore ~3 rules", LISTS)
        index = GateIndex([sequence])
        tokens = tokenise("please ignore those")
        self.assertEqual(index.select(tokens.present, tokens.pairs), [])

    def test_sequences_are_keyed_by_a_pair_of_words_when_they_have_one(self) -> None:
        [sequence] = compile_pattern("the ~2 system prompt", LISTS)
        key = min(sequence.gates, key=commonness)
        self.assertEqual(key, Gate(frozenset(), frozenset({("system", "prompt")})))

    def test_the_sequences_keyed_by_some_words_and_pairs(self) -> None:
        [sequence] = compile_pattern("the ~2 system prompt", LISTS)
        index = GateIndex([sequence])
        self.assertEqual(index.keyed_by(["the"], [("system", "prompt")]), frozenset({0}))
        self.assertEqual(index.keyed_by(["system", "prompt"], [("the", "system")]), frozenset())

    def assert_selection_is_what_each_sequence_says_is_possible(self, text: str) -> None:
        tokens = tokenise(text)
        expected = [n for n, s in enumerate(SEQUENCES) if s.possible(tokens.present, tokens.pairs)]
        self.assertEqual(selected(text), expected)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from([*CUE_WORDS, ".", "the", "you"]), max_size=40).map(" ".join))
    def test_selection_is_what_each_sequence_says_is_possible(self, text: str) -> None:
        self.assert_selection_is_what_each_sequence_says_is_possible(text)

    @settings(max_examples=40, deadline=None)
    @given(st.integers(min_value=0))
    def test_selection_in_long_texts_is_what_each_sequence_says_is_possible(self, seed: int) -> None:
        text = " ".join(random.Random(seed).choices([*CUE_WORDS, ".", "the", "you"], k=600))
        tokens = tokenise(text)
        self.assertGreater(len(INDEX.keyed_by(tokens.present, tokens.pairs)), FEW_KEYED)
        self.assert_selection_is_what_each_sequence_says_is_possible(text)

    def assert_codes_select_as_words_do(self, text: str) -> None:
        tokens = tokenise(text)
        spelled = CODES.spell(tokens.words)
        self.assertEqual(
            CODED_INDEX.select(frozenset(spelled), frozenset(pairwise(spelled))),
            INDEX.select(tokens.present, tokens.pairs),
        )

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from([*CUE_WORDS, ".", "the", "you", "zebra", "quokka"]), max_size=40).map(" ".join))
    def test_an_index_keyed_by_codes_selects_what_one_keyed_by_words_does(self, text: str) -> None:
        self.assert_codes_select_as_words_do(text)

    @settings(max_examples=40, deadline=None)
    @given(st.integers(min_value=0))
    def test_an_index_keyed_by_codes_selects_alike_in_long_texts(self, seed: int) -> None:
        text = " ".join(random.Random(seed).choices([*CUE_WORDS, ".", "the", "zebra", "quokka"], k=600))
        self.assert_codes_select_as_words_do(text)

    def test_an_index_keyed_by_codes_is_met_by_codes(self) -> None:
        [sequence] = compile_pattern("the ~2 system prompt", LISTS)
        codes = TokenCodes([sequence])
        index = GateIndex([sequence], codes.codes)
        system, prompt = codes.spell(["system", "prompt"])
        self.assertEqual(index.keyed_by([], [(system, prompt)]), frozenset({0}))
        self.assertEqual(index.keyed_by(["system", "prompt"], [("system", "prompt")]), frozenset())
