"""
Specifications of phrase sequences compiled to regexes over coded tokens:
they find exactly the first match the walk of L{koreshield.scan.phrases}
finds.
"""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.phrases import STEP_BUDGET, Sequence, compile_pattern, match_sequence
from koreshield.scan.tokencodes import OTHER, TokenCodes, worst_trials
from koreshield.scan.tokens import tokenise
from koreshield.scan.variants import differing

LISTS = {"B": ("b", "b_b", "b_b_b")}


def walked(words: list[str], sequence: Sequence) -> tuple[int, int] | None:
    """The first match by definition: the first start from which the walk succeeds."""
    for start in range(len(words)):
        end = match_sequence(words, start, sequence)
        if end is not None:
            return start, end
    return None


def coded_match(pattern: str, text: str) -> list[tuple[int, int] | None]:
    """The first match of each sequence of C{pattern} in C{text}, found by regex."""
    sequences = compile_pattern(pattern, LISTS)
    codes = TokenCodes(sequences)
    words = tokenise(text).words
    return [codes.compile(s).first_match(codes.encode(words), words) for s in sequences]


class TokenCodesTests(SynchronousTestCase):
    def test_words_no_sequence_names_share_one_code(self) -> None:
        codes = TokenCodes(compile_pattern("ignore rules", LISTS))
        coded = codes.encode(["|", "please", "ignore", "the", "rules", "|"])
        self.assertEqual(coded[1], OTHER)
        self.assertEqual(coded[1], coded[3])
        self.assertEqual(len(set(coded)), 4)

    def test_recoding_changes_only_the_places_given(self) -> None:
        codes = TokenCodes(compile_pattern("ignore rules", LISTS))
        before = ["|", "1gn0r3", "the", "rules", "|"]
        after = ["|", "ignore", "the", "rules", "|"]
        self.assertEqual(codes.recode(codes.encode(before), after, [1]), codes.encode(after))

    def test_recoding_no_place_keeps_the_coding(self) -> None:
        codes = TokenCodes(compile_pattern("ignore rules", LISTS))
        coded = codes.encode(["|", "ignore", "rules", "|"])
        self.assertIs(codes.recode(coded, ["|", "ignore", "rules", "|"], []), coded)

    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(st.sampled_from(["ignore", "rules", "the", "1gn0r3", "b", "|"]), max_size=80),
        st.data(),
    )
    def test_recoding_the_differing_words_is_coding_them_all(self, words: list[str], data: st.DataObject) -> None:
        codes = TokenCodes(compile_pattern("ignore ~2 rules", LISTS))
        other = [data.draw(st.sampled_from([word, "ignore", "rules", "x"])) for word in words]
        self.assertEqual(codes.recode(codes.encode(words), other, differing(words, other)), codes.encode(other))

    def test_match_is_given_in_token_indices(self) -> None:
        self.assertEqual(coded_match("ignore ~2 rules", "now ignore all rules"), [(2, 5)])

    def test_gap_stops_at_a_sentence_end(self) -> None:
        self.assertEqual(coded_match("ignore ~3 rules", "Ignore it. Rules matter."), [None])

    def test_longest_phrase_is_tried_first(self) -> None:
        self.assertEqual(coded_match("a {B}", "a b b c"), [(1, 4)])

    def test_lookbehind_before_the_first_element(self) -> None:
        self.assertEqual(coded_match("-not violate", "not violate, we violate"), [(5, 6)])

    def test_lookahead_after_the_last_element(self) -> None:
        self.assertEqual(coded_match("the password =|/is", "the password reset, the password."), [(5, 7)])

    def test_small_sequences_need_no_confirmation(self) -> None:
        [sequence] = compile_pattern("ignore ~3 rules", LISTS)
        self.assertFalse(TokenCodes([sequence]).compile(sequence).confirmed)

    def test_match_the_walk_gives_up_on_is_not_reported(self) -> None:
        pattern = "a ~8 {B} ~8 {B} ~8 {B} ~8 {B} c"
        [sequence] = compile_pattern(pattern, LISTS)
        self.assertGreater(worst_trials(sequence.elements, 0, True), STEP_BUDGET)
        codes = TokenCodes([sequence])
        compiled = codes.compile(sequence)
        words = tokenise("a" + " b" * 30 + " c").words
        self.assertIsNotNone(compiled.regex.search(codes.encode(words)))
        self.assertIsNone(walked(words, sequence))
        self.assertIsNone(compiled.first_match(codes.encode(words), words))


_WORDS = ("a", "b", "c", "|")
_phrase = st.lists(st.sampled_from(_WORDS[:3]), min_size=1, max_size=2).map("_".join) | st.just("|")
_alternatives = st.lists(_phrase, min_size=1, max_size=3).map("/".join)
_element = st.tuples(st.sampled_from(("", "", "", "=", "-")), _alternatives, st.sampled_from(("", "", "?"))).map(
    "".join
)
_gap = st.sampled_from(("", "", "~1", "~2", "~3", "~2!a", "~3!b/c"))
_pattern = st.lists(st.tuples(_gap, _element).map(" ".join), min_size=1, max_size=4).map(" ".join)
_text = st.lists(st.sampled_from((*_WORDS, ",", "x", "y")), max_size=30).map(" ".join)


class AgreementTests(SynchronousTestCase):
    @settings(max_examples=600, deadline=None)
    @given(_pattern, _text)
    def test_regex_finds_the_walks_first_match(self, pattern: str, text: str) -> None:
        try:
            sequences = compile_pattern(pattern.strip(), LISTS)
        except ValueError:
            sequences = ()
        assume(sequences)
        codes = TokenCodes(sequences)
        words = tokenise(text).words
        coded = codes.encode(words)
        for sequence in sequences:
            self.assertEqual(codes.compile(sequence).first_match(coded, words), walked(words, sequence))
            self.assertEqual(
                codes.compile(sequence).first_match(coded, words, frozenset(coded)), walked(words, sequence)
            )


class OneWordPhrasesTests(SynchronousTestCase):
    """
    After the first element, an element's one-word phrases are one character class (C{re} tests a class in one step,
    an alternation one branch at a time); the first element keeps a branch per word, so C{re} still skips ahead to
    the places where one of them occurs.
    """

    PATTERN = "x ~2 a/b/c/d_e/f y"

    def test_every_one_word_phrase_is_still_matched(self) -> None:
        [sequence] = compile_pattern(self.PATTERN, LISTS)
        for text in ("x a y", "x b y", "x c y", "x f y", "x d e y", "x q a y", "x d y", "x e y"):
            words = tokenise(text).words
            self.assertEqual(coded_match(self.PATTERN, text), [walked(words, sequence)], text)

    def test_one_word_phrases_after_the_first_element_are_one_class(self) -> None:
        [sequence] = compile_pattern(self.PATTERN, LISTS)
        codes = TokenCodes([sequence])
        [class_] = re.findall(r"\(\?:(\[[^]]+\])", codes.source(sequence))
        matched = {word for word, code in codes.codes.items() if re.fullmatch(class_, code)}
        self.assertEqual(matched, {"a", "b", "c", "f"})

    def test_the_first_element_keeps_a_branch_per_word(self) -> None:
        [sequence] = compile_pattern("a/b/c/d_e/f y", LISTS)
        codes = TokenCodes([sequence])
        source = codes.source(sequence)
        self.assertNotIn("[", source)
        self.assertTrue(all(codes.codes[word] + "|" in source for word in "abc"))


class RunOrderTests(SynchronousTestCase):
    """
    Words get codes in an order that makes the classes the regexes use most runs of consecutive codes, written as
    ranges: C{re} compiles a class of scattered codes above Latin-1 into a 64 K bitmap, and a range for nothing.
    """

    def test_a_lookbehind_written_once_per_first_word_is_one_range(self) -> None:
        # Sorted alone, a c e g would interleave with b d f.
        [sequence] = compile_pattern("-a/c/e/g b/d/f z", LISTS)
        codes = TokenCodes([sequence])
        behind = sorted(codes.codes[word] for word in "aceg")
        self.assertEqual([ord(code) - ord(behind[0]) for code in behind], [0, 1, 2, 3])
        self.assertEqual(codes.source(sequence).count(f"[{behind[0]}-{behind[-1]}]"), 3)

    def test_ranges_match_the_same_words(self) -> None:
        [sequence] = compile_pattern("-a/c/e/g b/d/f z", LISTS)
        words = tokenise("a b z. x d z, g f z").words
        self.assertEqual(words[slice(*coded_match("-a/c/e/g b/d/f z", "a b z. x d z, g f z")[0])], ["d", "z"])
        self.assertEqual(coded_match("-a/c/e/g b/d/f z", "a b z. x d z, g f z"), [walked(words, sequence)])


class ByFirstTokenTests(SynchronousTestCase):
    """
    A sequence whose first element begins with two to six tokens is searched for one first token at a time (C{re}
    skips to a literal character faster than to a class); the first match is the one that starts first.
    """

    def test_the_earlier_first_token_wins(self) -> None:
        sequences = compile_pattern("|/: ai ,", LISTS)
        codes = TokenCodes(sequences)
        compiled = codes.compile(sequences[0])
        self.assertEqual(len(compiled.by_first), 2)
        words = tokenise("note: ai, then. ai, now").words
        self.assertEqual(compiled.first_match(codes.encode(words), words), walked(words, sequences[0]))
        self.assertEqual(words[compiled.first_match(codes.encode(words), words)[0]], ":")

    def test_the_whole_regex_of_a_cut_sequence_is_written_not_compiled(self) -> None:
        [sequence] = compile_pattern("|/: ai ,", LISTS)
        codes = TokenCodes([sequence])
        compiled = codes.compile(sequence)
        self.assertIsNone(compiled.regex)
        words = tokenise("note: ai, then. ai, now").words
        whole = re.compile(codes.source(sequence)).search(codes.encode(words))
        assert whole is not None
        self.assertEqual(compiled.first_match(codes.encode(words), words), whole.span())

    def test_one_first_token_or_many_are_searched_whole(self) -> None:
        one = compile_pattern("ai ,", LISTS)[0]
        many = compile_pattern("a/b/c/d/e/f/ai ,", LISTS)[0]
        codes = TokenCodes([one, many])
        self.assertEqual(codes.compile(one).by_first, ())
        self.assertEqual(codes.compile(many).by_first, ())

    def test_a_first_token_the_coded_text_does_not_hold_is_not_searched_for(self) -> None:
        [sequence] = compile_pattern("b/c ai ,", LISTS)
        codes = TokenCodes([sequence])
        compiled = codes.compile(sequence)
        self.assertEqual(compiled.first_codes, (codes.codes["b"], codes.codes["c"]))
        words = tokenise("x c ai, b ai, y").words
        coded = codes.encode(words)
        self.assertEqual(compiled.first_match(coded, words, frozenset(coded)), (2, 5))
        # Told that the text holds no "c", the search for it is left out: the match at "b" is what is left.
        self.assertEqual(compiled.first_match(coded, words, frozenset(coded) - {codes.codes["c"]}), (5, 8))

    def test_up_to_six_first_tokens_are_searched_one_at_a_time(self) -> None:
        [six] = compile_pattern("a/b/c/d/e/ai ,", LISTS)
        codes = TokenCodes([six])
        compiled = codes.compile(six)
        self.assertEqual(len(compiled.by_first), 6)
        words = tokenise("x e d, b ai, c").words
        self.assertEqual(compiled.first_match(codes.encode(words), words), walked(words, six))
        self.assertEqual(words[compiled.first_match(codes.encode(words), words)[0]], "d")
