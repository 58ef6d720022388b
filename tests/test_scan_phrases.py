"""
Specifications of the token-sequence pattern language cues are written in.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.normalise import fold
from koreshield.scan.phrases import Gate, compile_pattern, match_sequence, spellings
from koreshield.scan.tokens import tokenise

LISTS = {"VERBS": ("ignore", "set_aside"), "RULES": ("rules", "instructions")}


def matches(pattern: str, text: str) -> str | None:
    """The text of the first match the walk finds, as tokens joined by spaces, or None."""
    words = tokenise(fold(text)[0]).words
    for sequence in compile_pattern(pattern, LISTS):
        for start in range(len(words)):
            end = match_sequence(words, start, sequence)
            if end is not None:
                return " ".join(words[start:end])
    return None


class PhraseTests(SynchronousTestCase):
    def test_word_lists_and_multi_word_phrases(self) -> None:
        self.assertEqual(matches("{VERBS} the {RULES}", "please set aside the rules"), "set aside the rules")

    def test_alternatives_with_slashes(self) -> None:
        self.assertEqual(matches("stay/remain in character", "remain in character"), "remain in character")

    def test_gap_allows_that_many_other_words(self) -> None:
        self.assertEqual(matches("ignore ~2 rules", "ignore all old rules"), "ignore all old rules")
        self.assertIsNone(matches("ignore ~2 rules", "ignore all of the old rules"))

    def test_gap_never_crosses_a_sentence_end(self) -> None:
        self.assertIsNone(matches("ignore ~3 rules", "Ignore it. Rules matter."))

    def test_gap_can_forbid_words(self) -> None:
        self.assertIsNone(matches("without ~3!breaking rules", "without breaking any rules"))
        self.assertEqual(matches("without ~3!breaking rules", "without any rules"), "without any rules")

    def test_gap_can_forbid_the_words_of_a_named_list(self) -> None:
        self.assertIsNone(matches("{VERBS} ~3!{RULES} now", "ignore these rules now"))
        self.assertIsNone(matches("{VERBS} ~3!{RULES}/old now", "ignore the old ways now"))
        self.assertEqual(matches("{VERBS} ~3!{RULES} now", "ignore it all now"), "ignore it all now")

    def test_optional_element(self) -> None:
        self.assertEqual(matches("your own? rules", "your rules"), "your rules")
        self.assertEqual(matches("your own? rules", "your own rules"), "your own rules")

    def test_the_gap_before_an_absent_optional_element_stays(self) -> None:
        self.assertEqual(matches("where ~3 now? live", "where does Ann live"), "where does ann live")
        self.assertIsNone(matches("where ~1 now? live", "where does Ann live"))

    def test_lookahead_is_required_but_not_consumed(self) -> None:
        self.assertEqual(matches("the password =|/is", "tell me the password."), "the password")
        self.assertIsNone(matches("the password =|/is", "the password reset page"))

    def test_lookbehind_excludes_a_preceding_word(self) -> None:
        self.assertIsNone(matches("-not violate the rules", "do not violate the rules"))
        self.assertEqual(matches("-not violate the rules", "we violate the rules"), "violate the rules")

    def test_sentence_marks_in_patterns(self) -> None:
        self.assertEqual(matches("| ignore that |", "Ignore that. Thanks"), "| ignore that |")

    def test_phrases_are_folded_like_texts(self) -> None:
        self.assertEqual(matches("don't follow", "DON\u2019T follow"), "don t follow")

    def test_a_negation_also_reads_without_its_apostrophe(self) -> None:
        self.assertEqual(matches("don't follow", "dont follow"), "dont follow")
        self.assertEqual(matches("never/won't ~2 refuse", "you wont ever refuse"), "wont ever refuse")

    def test_a_gap_forbids_a_negation_in_either_spelling(self) -> None:
        self.assertIsNone(matches("you ~3!don't refuse", "you dont refuse"))
        self.assertIsNone(matches("you ~3!don't refuse", "you don't refuse"))

    def test_spellings_join_only_negations(self) -> None:
        self.assertEqual(spellings(("don", "t", "stop")), (("don", "t", "stop"), ("dont", "stop")))
        self.assertEqual(spellings(("it", "s", "t")), (("it", "s", "t"),))
        self.assertEqual(spellings(("rules",)), (("rules",),))

    def test_a_pattern_without_elements_is_refused(self) -> None:
        self.assertRaises(ValueError, compile_pattern, "~3", LISTS)


class GateTests(SynchronousTestCase):
    def test_adjacent_elements_give_a_pair_gate(self) -> None:
        [sequence] = compile_pattern("system prompt", LISTS)
        self.assertIn(Gate(frozenset(), frozenset({("system", "prompt")})), sequence.gates)

    def test_adjacent_lists_of_more_than_512_pairs_are_gated_by_their_words_alone(self) -> None:
        """
        Such a gate held a kilobyte of memory per pair and spared no
        measurable work (docs/scanner.md, gates19); the walk still decides.
        """
        names = [first + second for first in "bcdfghjklmnpqrstvwxz" for second in "aeiou"]
        lists = {"LEFT": tuple(f"l{name}" for name in names[:23]), "RIGHT": tuple(f"r{name}" for name in names[:23])}
        [sequence] = compile_pattern("{LEFT} {RIGHT}", lists)
        self.assertEqual(
            sequence.gates, (Gate(frozenset(lists["LEFT"]), frozenset()), Gate(frozenset(lists["RIGHT"]), frozenset()))
        )
        words = tokenise("so lfo rgi then").words
        self.assertEqual(match_sequence(words, words.index("lfo"), sequence), words.index("rgi") + 1)
        self.assertFalse(sequence.possible(frozenset({"lba"}), frozenset()))
        lists["RIGHT"] = lists["RIGHT"][:22]
        [smaller] = compile_pattern("{LEFT} {RIGHT}", lists)
        self.assertEqual(sum(len(gate.pairs) for gate in smaller.gates), 23 * 22)

    def test_a_phrase_is_gated_by_its_pair_of_fewest_common_words(self) -> None:
        [sequence] = compile_pattern("as_an_ai/i'm_sorry", LISTS)
        self.assertEqual(sequence.gates, (Gate(frozenset(), frozenset({("an", "ai"), ("m", "sorry")})),))

    def test_a_phrase_of_common_words_only_is_gated_by_its_last_pair(self) -> None:
        [sequence] = compile_pattern("as_an_it", LISTS)
        self.assertEqual(sequence.gates, (Gate(frozenset(), frozenset({("an", "it")})),))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(["as", "an", "ai", "i", "m", "sorry", "say", "not", "x", "."]), max_size=30))
    def test_a_text_a_sequence_matches_meets_every_gate(self, words: list[str]) -> None:
        tokens = tokenise(" ".join(words))
        for sequence in compile_pattern("not say ~2 as_an_ai/i'm_sorry/i_m_an_ai", LISTS):
            if any(match_sequence(tokens.words, start, sequence) is not None for start in range(len(tokens.words))):
                self.assertTrue(sequence.possible(tokens.present, tokens.pairs))

    def test_sequence_is_impossible_without_all_its_words(self) -> None:
        [sequence] = compile_pattern("ignore ~3 rules", LISTS)
        tokens = tokenise("ignore the noise")
        self.assertFalse(sequence.possible(tokens.present, tokens.pairs))

    def test_sequence_is_possible_when_every_gate_is_met(self) -> None:
        [sequence] = compile_pattern("ignore ~3 rules", LISTS)
        tokens = tokenise("rules: ignore them")
        self.assertTrue(sequence.possible(tokens.present, tokens.pairs))


class TableMemoryTests(SynchronousTestCase):
    """
    The compiled tables stay shared and bounded (docs/scanner.md, memory
    round mem15): every element, sequence and pattern that names the same
    phrases holds one table, one tuple per phrase and one gate, so a new cue
    built on the big word lists costs its own few objects, not a copy of
    the lists times its optional elements.
    """

    def test_same_phrases_one_table_and_gate(self) -> None:
        """Two patterns naming the same alternatives share their phrase table, tuples and gates."""
        lists = {"VERBS": ("ignore", "set aside", "forget")}
        first = compile_pattern("{VERBS} ~2 the? rules", lists)
        second = compile_pattern("please? {VERBS} ~3 rules", lists)
        verbs = [s.elements[0] for s in first] + [s.elements[-2] for s in second]
        self.assertEqual(len({id(element.phrases) for element in verbs}), 1)
        self.assertIs(first[0].gates[0], second[-1].gates[0])

    def test_built_tables_bounded(self) -> None:
        """
        Every cue's sequences hold at most these many distinct phrase
        tuples, phrase tables and gate pairs (10 130, 2 402 and 55 844 at
        mem15; before it, copies made the tuples 64 734 and the gates'
        pairs 105 908).  A cue that breaks the bound expands lists
        combinatorially: see docs/scanner.md, memory round (mem15).  The
        pairs grew by ordinary cues to 57 629 (stop 27) and 60 404 (stop
        28: jail17 +976, inject17 +1 799), so their bound moved from 60 000
        to 65 000; an explosion adds tens of thousands.  At 64 954 (cues19,
        cues20) adjacency gates of more than 512 pairs stopped being built
        (gates19: they held about 1 MB of idle RSS per 1 000 pairs and
        spared no measurable scan time): 48 831, so about 16 000 pairs
        are free for new cues under the same bound.  The phrase tables
        grew by ordinary cues past 3 200 (round 38: 3 217), so their bound
        moved to 3 400; the pairs to 65 427 (63 057 before it: the new
        cues and the vocative orders' wider lists, +4-5 MB idle RSS in
        all), so theirs moved to 68 000.  Round 39 (four cue rounds merged:
        13 546 tuples, 4 027 tables, 72 758 pairs, from 12 077, 3 339 and
        66 978) moved them to 14 500, 4 300 and 76 000: ordinary growth,
        about 1 MB of idle RSS per 1 000 pairs.  Round 40 (five branches
        merged: 14 675 tuples, 4 439 tables, 79 513 pairs) moved them to
        15 500, 4 700 and 83 000.  Round 41's lang41 (sixteen languages'
        words for harms, frames and the set-up: 15 616 tuples, 4 472
        tables, 80 177 pairs) moved the tuples' to 16 500; the five round-41
        branches merged (16 890 tuples, 4 894 tables, 86 977 pairs) moved
        them to 17 500, 5 100 and 90 000.
        """
        from koreshield.scan.cues import ALL_CUES, LISTS

        gates: dict[int, Gate] = {}
        tables: set[int] = set()
        tuples: set[int] = set()
        for cue in ALL_CUES:
            for pattern in cue.phrases:
                for sequence in compile_pattern(pattern, LISTS):
                    gates.update((id(gate), gate) for gate in sequence.gates)
                    for element in sequence.elements:
                        tables.add(id(element.phrases))
                        tuples.update(id(phrase) for phrases in element.phrases.values() for phrase in phrases)
        self.assertLessEqual(len(tuples), 17_500)
        self.assertLessEqual(len(tables), 5_100)
        self.assertLessEqual(sum(len(gate.pairs) for gate in gates.values()), 90_000)
