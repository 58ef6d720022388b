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
SHARING_INDEX = GateIndex(SEQUENCES, CODES.codes, many_pairs=0, like=INDEX)


def _sets(text: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    tokens = tokenise(text)
    return tokens.present, tokens.pairs


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

    def assert_a_sharing_index_selects_as_its_own_would(self, text: str) -> None:
        tokens = tokenise(text)
        spelled = CODES.spell(tokens.words)
        present, pairs = frozenset(spelled), frozenset(pairwise(spelled))
        selected, met, keyed = SHARING_INDEX.select_met(present, pairs)
        self.assertEqual(selected, CODED_INDEX.select(present, pairs))
        self.assertEqual(met, CODED_INDEX.met(present, pairs))
        self.assertEqual(keyed, CODED_INDEX.keyed_by(present, pairs))

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from([*CUE_WORDS, ".", "the", "you", "zebra", "quokka"]), max_size=40).map(" ".join))
    def test_an_index_sharing_another_s_entries_selects_what_its_own_entries_would(self, text: str) -> None:
        self.assert_a_sharing_index_selects_as_its_own_would(text)

    @settings(max_examples=40, deadline=None)
    @given(st.integers(min_value=0))
    def test_an_index_sharing_another_s_entries_selects_alike_in_long_texts(self, seed: int) -> None:
        text = " ".join(random.Random(seed).choices([*CUE_WORDS, ".", "the", "zebra", "quokka"], k=600))
        self.assert_a_sharing_index_selects_as_its_own_would(text)

    def test_two_indices_of_the_same_sequences_hold_each_mask_and_entry_once(self) -> None:
        own = {id(entry) for table in (INDEX._words, INDEX._pairs) for entry in table.values()}
        shared = {id(entry) for table in (SHARING_INDEX._words, SHARING_INDEX._pairs) for entry in table.values()}
        self.assertEqual(shared, own)
        self.assertIs(SHARING_INDEX._masks, INDEX._masks)
        self.assertEqual(SHARING_INDEX._masks, CODED_INDEX._masks)

    def test_an_index_for_long_texts_only_keeps_no_key_tables(self) -> None:
        self.assertEqual((SHARING_INDEX._key_words, SHARING_INDEX._key_pairs), ({}, {}))
        self.assertTrue(CODED_INDEX._key_pairs)

    def test_an_index_shares_only_with_an_index_of_the_same_sequences(self) -> None:
        [sequence] = compile_pattern("the ~2 system prompt", LISTS)
        with self.assertRaises(ValueError):
            GateIndex([sequence], like=INDEX)

    def test_a_gate_that_is_only_ever_a_key_has_no_bit(self) -> None:
        """
        A sequence is checked only once its key is met, so the masks or-ed on every scan leave its key out;
        the pair C{system prompt} keys the sequence and meets no bit, its other words do.
        """
        [sequence] = compile_pattern("the ~2 system prompt", LISTS)
        index = GateIndex([sequence])
        self.assertEqual(index.met_by([], [("system", "prompt")]), 0)
        self.assertNotEqual(index.met_by(["the"], []), 0)
        self.assertEqual(index.select(*_sets("the system prompt")), [0])
        self.assertEqual(index.select(*_sets("the prompt system")), [])

    def test_the_shipped_cues_have_fewer_bits_than_gates(self) -> None:
        gates = {gate for sequence in SEQUENCES for gate in sequence.gates}
        self.assertLess(INDEX._all.bit_length(), len(gates))

    def test_entries_that_key_nothing_share_one_empty_set(self) -> None:
        """A cold scan reads the keyed set of every entry it meets: the empty ones are one object, one cache line."""
        empty = {id(keyed) for table in (INDEX._words, INDEX._pairs) for _, keyed in table.values() if not keyed}
        self.assertEqual(len(empty), 1)

    def test_an_index_for_long_texts_selects_a_text_of_one_token(self) -> None:
        [sequence] = compile_pattern("jailbreak", LISTS)
        index = GateIndex([sequence], many_pairs=0)
        self.assertEqual(index.select(frozenset({"jailbreak"}), frozenset()), [0])

    def test_an_index_keyed_by_codes_is_met_by_codes(self) -> None:
        [sequence] = compile_pattern("the ~2 system prompt", LISTS)
        codes = TokenCodes([sequence])
        index = GateIndex([sequence], codes.codes)
        system, prompt = codes.spell(["system", "prompt"])
        self.assertEqual(index.keyed_by([], [(system, prompt)]), frozenset({0}))
        self.assertEqual(index.keyed_by(["system", "prompt"], [("system", "prompt")]), frozenset())
