"""
Token-sequence patterns: the little language most cues are written in.

test-case-name: tests.test_scan_phrases

A pattern is a sequence of I{elements} over the tokens of
L{koreshield.scan.tokens}, written as one string:

  - C{ignore}: that word; C{set_aside}: that phrase (C{_} joins words);
  - C{ignore/disregard/set_aside}: any of these;
  - C{{VERBS}}: any phrase of the named word list;
  - C{~3}: up to three other tokens may come before the next element, never
    across a sentence end; C{~3!breaching/crossing}: and none of them is one
    of these words (C{"without breaching any rules"} is no removal of rules);
  - C{|}, C{:} and C{,}: a sentence boundary, a colon, a comma;
  - a trailing C{?}: the element may be absent;
  - C{=a/b}: the next token is one of these, not consumed (a look-ahead);
  - C{-a/b}: the token before is none of these (a look-behind).

Phrases are folded and tokenised exactly like texts, so C{don't} means the
tokens C{don t} and accents or look-alike letters in a list do not matter.

Matching is a bounded walk from each occurrence of the first element: every
gap is a small constant and a step budget caps backtracking, so the work is
linear in the number of tokens.  Before any walk, a pattern is skipped
unless every required element has a first word among the text's tokens, a
set intersection in C; that is what makes ordinary prompts cheap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise, product
from typing import Final

from koreshield.scan.normalise import fold_phrase
from koreshield.scan.tokens import BOUNDARY, Pair, tokenise

STEP_BUDGET: Final = 256
"""Phrase trials allowed per start position: bounds backtracking over gaps."""


@dataclass(frozen=True, slots=True)
class Element:
    """
    One position of a pattern.

    @ivar phrases: first token -> the phrases (token tuples) starting with
        it, longest first.
    @ivar firsts: the first tokens, for the prefilter.
    @ivar gap: how many other tokens may precede it.
    @ivar lookahead: zero-width: the next token must be one of C{firsts}.
    @ivar lookbehind: zero-width: the previous token must be none of C{firsts}.
    @ivar forbidden: tokens that may not stand in the gap before it.
    """

    phrases: Mapping[str, tuple[tuple[str, ...], ...]]
    firsts: frozenset[str]
    gap: int = 0
    lookahead: bool = False
    lookbehind: bool = False
    forbidden: frozenset[str] = frozenset()


def _split(words: str) -> list[str]:
    return words.split()


COMMON_WORDS: Final = frozenset(
    _split(
        "the a an and or of to in on for with is are was were be been it its this that these those you your i me "
        "my we our they their he she his her what which who how when where do does did not no can will would "
        "should could just only all any every some as at by from up out if then so than there here now new one "
        "two 0 s t | : ,"
    )
)
"""Words too common to prefilter on: gates are ranked by how few of these they hold."""

MAX_PAIRS: Final = 4096


@dataclass(frozen=True, slots=True)
class Gate:
    """
    A necessary condition of a match: the text holds one of C{words} as a
    token or one of C{pairs} as a pair of neighbouring tokens.
    """

    words: frozenset[str]
    pairs: frozenset[Pair]

    def passes(self, present: frozenset[str], pairs: frozenset[Pair]) -> bool:
        """Whether a text with these tokens and pairs meets the condition."""
        return not self.words.isdisjoint(present) or not self.pairs.isdisjoint(pairs)

    def commonness(self) -> tuple[bool, int, int]:
        """
        Sort key: gates of word pairs only come first (two words side by
        side are far rarer than either anywhere in a text), then gates with
        fewer common words, then smaller gates.
        """
        common = len(self.words & COMMON_WORDS)
        common += sum(1 for pair in self.pairs if COMMON_WORDS.issuperset(pair))
        return bool(self.words), common, len(self.words) + len(self.pairs)


@dataclass(frozen=True, slots=True)
class Sequence:
    """
    One alternative of a compiled pattern: elements to match in order.

    @ivar elements: the elements.
    @ivar gates: necessary conditions of a match, one per token-consuming
        element (its one-word phrases as words, its longer phrases as their
        first pairs) and one per pair of adjacent elements when small enough.
    @ivar key_gate: the gate a matcher should index the sequence by (the
        one made of the rarest words).
    @ivar reach: for each element, the most tokens between the start of a
        match and the start of that element.
    @ivar head: index of the element a match starts with (after a leading
        look-behind).
    @ivar anchor: index of the element whose occurrences a walk starts
        near (the rarest).
    """

    elements: tuple[Element, ...]
    gates: tuple[Gate, ...] = field(init=False)
    key_gate: Gate = field(init=False)
    reach: tuple[int, ...] = field(init=False)
    head: int = field(init=False)
    anchor: int = field(init=False)

    def __post_init__(self) -> None:
        element_gates = {i: _element_gate(e) for i, e in enumerate(self.elements) if not (e.lookahead or e.lookbehind)}
        gates = list(element_gates.values()) + _adjacency_gates(self.elements)
        reach = [0]
        for previous, element in pairwise(self.elements):
            longest = 0 if previous.lookahead or previous.lookbehind else max(map(len, _all_phrases(previous)))
            reach.append(reach[-1] + longest + element.gap)
        object.__setattr__(self, "gates", tuple(sorted(gates, key=Gate.commonness)))
        object.__setattr__(self, "key_gate", min(gates, key=Gate.commonness))
        object.__setattr__(self, "reach", tuple(reach))
        object.__setattr__(self, "head", 1 if self.elements[0].lookbehind else 0)
        object.__setattr__(self, "anchor", min(element_gates, key=lambda i: element_gates[i].commonness()))

    def walk_words(self) -> frozenset[str]:
        """The words whose places L{first_match} looks up."""
        return self.elements[self.head].firsts | self.elements[self.anchor].firsts

    def possible(self, present: frozenset[str], pairs: frozenset[Pair]) -> bool:
        """Whether a text with these tokens and pairs could hold a match."""
        for gate in self.gates:  # noqa: SIM110 -- a plain loop beats all() over a generator here
            if gate.words.isdisjoint(present) and gate.pairs.isdisjoint(pairs):
                return False
        return True


def _element_gate(element: Element) -> Gate:
    phrases = _all_phrases(element)
    words = frozenset(p[0] for p in phrases if len(p) == 1)
    pairs = frozenset((p[0], p[1]) for p in phrases if len(p) > 1)
    return Gate(words, pairs)


def _adjacency_gates(elements: tuple[Element, ...]) -> list[Gate]:
    gates = []
    for left, right in pairwise(elements):
        if right.gap or left.lookbehind or right.lookbehind or left.lookahead or right.lookahead:
            continue
        lasts = {p[-1] for p in _all_phrases(left)}
        if len(lasts) * len(right.firsts) <= MAX_PAIRS:
            gates.append(Gate(frozenset(), frozenset((a, b) for a in lasts for b in right.firsts)))
    return gates


def _all_phrases(element: Element) -> list[tuple[str, ...]]:
    return [phrase for phrases in element.phrases.values() for phrase in phrases]


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as the tokens a text containing it would have."""
    if phrase in ("|", ":", ","):
        return (phrase,)
    return tuple(tokenise(fold_phrase(phrase.replace("_", " "))).words[1:-1])


def _element(
    spec: str, lists: Mapping[str, tuple[str, ...]], gap: int, forbidden: frozenset[str]
) -> tuple[Element, bool]:
    optional = spec.endswith("?") and len(spec) > 1
    if optional:
        spec = spec[:-1]
    lookahead = spec.startswith("=") and len(spec) > 1
    lookbehind = spec.startswith("-") and len(spec) > 1
    if lookahead or lookbehind:
        spec = spec[1:]
    alternatives: list[str] = []
    for choice in spec.split("/"):
        if choice.startswith("{") and choice.endswith("}"):
            alternatives.extend(lists[choice[1:-1]])
        else:
            alternatives.append(choice)
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for phrase in alternatives:
        tokens = phrase_tokens(phrase)
        if not tokens:
            raise ValueError(f"empty phrase {phrase!r} in {spec!r}")
        by_first.setdefault(tokens[0], set()).add(tokens)
    phrases = {first: tuple(sorted(found, key=lambda t: (-len(t), t))) for first, found in by_first.items()}
    return Element(phrases, frozenset(phrases), gap, lookahead, lookbehind, forbidden), optional


def compile_pattern(pattern: str, lists: Mapping[str, tuple[str, ...]]) -> tuple[Sequence, ...]:
    """
    Compile one pattern into its sequences (one per combination of optional
    elements).

    @param lists: the named word lists that C{{NAME}} refers to.
    @raise ValueError: on an empty phrase or a pattern without elements.
    """
    slots: list[tuple[Element, bool]] = []
    gap = 0
    forbidden: frozenset[str] = frozenset()
    for spec in pattern.split():
        if spec.startswith("~"):
            count, _, words = spec[1:].partition("!")
            gap = int(count)
            forbidden = frozenset(t for w in words.split("/") if w for t in phrase_tokens(w))
            continue
        slots.append(_element(spec, lists, gap, forbidden))
        gap, forbidden = 0, frozenset()
    if not slots:
        raise ValueError(f"pattern without elements: {pattern!r}")
    sequences = []
    optional_count = sum(1 for _, optional in slots if optional)
    for keep in product((True, False), repeat=optional_count):
        chosen: list[Element] = []
        flags = iter(keep)
        for element, optional in slots:
            if not optional or next(flags):
                chosen.append(element)
        if chosen and not (chosen[0].lookahead or (chosen[0].lookbehind and len(chosen) == 1)):
            sequences.append(Sequence(tuple(chosen)))
    return tuple(sequences)


def match_sequence(words: list[str], start: int, sequence: Sequence) -> int | None:
    """
    Where C{sequence} ends if it matches at token C{start}, else C{None}.

    The first element must begin exactly at C{start} (a leading look-behind
    is checked against the token before it).
    """
    budget = [STEP_BUDGET]
    return _match(words, start, sequence.elements, 0, budget, anchored=True)


def _match(
    words: list[str], position: int, elements: tuple[Element, ...], index: int, budget: list[int], anchored: bool
) -> int | None:
    element = elements[index]
    size = len(words)
    if element.lookbehind:
        if position > 0 and words[position - 1] in element.firsts:
            return None
        return position if index + 1 == len(elements) else _match(words, position, elements, index + 1, budget, True)
    if element.lookahead:
        if position >= size or words[position] not in element.firsts:
            return None
        return position if index + 1 == len(elements) else _match(words, position, elements, index + 1, budget, False)
    last = position if anchored else min(position + element.gap, size - 1)
    cursor = position
    while cursor <= last and cursor < size:
        word = words[cursor]
        candidates = element.phrases.get(word)
        if candidates is not None:
            for phrase in candidates:
                budget[0] -= 1
                if budget[0] < 0:
                    return None
                end = cursor + len(phrase)
                if len(phrase) > 1 and tuple(words[cursor:end]) != phrase:
                    continue
                if index + 1 == len(elements):
                    return end
                found = _match(words, end, elements, index + 1, budget, False)
                if found is not None:
                    return found
        if word == BOUNDARY or word in element.forbidden:
            return None
        cursor += 1
    return None


class Occurrences:
    """
    Where words occur in a token list, found on demand and remembered.

    Each word is found with C{list.index} (a scan in C, a few nanoseconds a
    token) instead of one Python pass over every token: a walk usually needs
    the places of a handful of words.  When a text makes many patterns
    viable (attacks do), the caller names their words up front and they are
    indexed in one pass.
    """

    def __init__(self, words: list[str], present: frozenset[str], many: frozenset[str] = frozenset()) -> None:
        """
        @param many: words to index now in one Python pass over C{words},
            cheaper than a C{list.index} scan each when they are many.
        """
        self._words = words
        self.present = present
        self._found: dict[str, list[int]] = {word: [] for word in many}
        if many:
            for index, word in enumerate(words):
                if word in many:
                    self._found[word].append(index)

    def of(self, word: str) -> list[int]:
        """The indices of C{word}, in order."""
        found = self._found.get(word)
        if found is None:
            found = []
            if word in self.present:
                find = self._words.index
                position = -1
                try:
                    while True:
                        position = find(word, position + 1)
                        found.append(position)
                except ValueError:
                    pass
            self._found[word] = found
        return found


def _occurrences(words: frozenset[str], occurrences: Occurrences) -> list[int]:
    present = words & occurrences.present
    if len(present) == 1:
        return occurrences.of(next(iter(present)))
    found: list[int] = []
    for word in present:
        found.extend(occurrences.of(word))
    found.sort()
    return found


def first_match(words: list[str], sequences: tuple[Sequence, ...], occurrences: Occurrences) -> tuple[int, int] | None:
    """
    A match of any of C{sequences}: C{(start, end)} token indices, or C{None}.

    Each sequence is walked only from starts that lie within reach before an
    occurrence of its rarest element, so a cue made of common words costs
    little unless its rare word is there too.

    @param occurrences: where the words of C{words} occur.
    """
    for sequence in sequences:
        anchors = _occurrences(sequence.elements[sequence.anchor].firsts, occurrences)
        head = sequence.head
        if sequence.anchor == head:
            starts = anchors
        else:
            heads = _occurrences(sequence.elements[head].firsts, occurrences)
            span = sequence.reach[sequence.anchor] - sequence.reach[head]
            chosen: set[int] = set()
            for anchor in anchors:
                chosen.update(heads[bisect_left(heads, anchor - span) : bisect_right(heads, anchor)])
            starts = sorted(chosen)
        for start in starts:
            end = match_sequence(words, start, sequence)
            if end is not None:
                return start, end
    return None
