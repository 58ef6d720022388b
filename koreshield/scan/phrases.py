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
    of these words (C{"without breaching any rules"} is no removal of rules;
    C{~3!{NAME}} names a list of them);
  - C{|}, C{:} and C{,}: a sentence boundary, a colon, a comma;
  - a trailing C{?}: the element may be absent (the gap before it then
    stands before the next element: "~3 the? rules" reads "rules" after up
    to three tokens whether "the" is there or not);
  - C{=a/b}: the next token is one of these, not consumed (a look-ahead);
  - C{-a/b}: the token before is none of these (a look-behind).

Phrases are folded and tokenised exactly like texts, so C{don't} means the
tokens C{don t} and accents or look-alike letters in a list do not matter.

What a sequence matches from a start is defined by a bounded depth-first
walk (L{match_sequence}): every gap is a small constant and a step budget
caps backtracking, so the work per start is a constant.  The scanner finds
the first start with a regular expression that follows the same order
(L{koreshield.scan.tokencodes}), and skips sequences whose gates a text does
not meet (L{koreshield.scan.gates}), which is what keeps ordinary prompts
cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import pairwise, product
from sys import intern
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


MAX_PAIRS: Final = 512
"""
Adjacent elements whose (last word, first word) pairs number more than this
get no adjacency gate; their words' own gates still apply, and a gate only
spares a walk (L{match_sequence} decides), so no match changes.  Each gate
pair cost about 1 MB of idle RSS per 1,000 (in both cue matchers' two
indices, and the gates' own sets), and the 19 gates of 513-1,829 pairs
(16,123 of the 64,954 pairs at ebed251) made no 4 KB scan measurably
faster: 4096 -> 512 took the scanner's idle RSS 100.9 -> 84.2 MB and
C{twistd -n koreshield}'s 137 -> 120 MB (docs/scanner.md, gates19).
Below 512 the gates start to matter: 256 made 4 KB scans 2-8 % slower
(mem15).
"""


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
"""
Words too common to gate by: a phrase is gated by the pair of its words that
holds fewest of these, and sequences are keyed by the gate that holds fewest
(L{koreshield.scan.gates.commonness}).
"""


@dataclass(frozen=True, slots=True)
class Gate:
    """
    A necessary condition of a match: the text holds one of C{words} as a
    token or one of C{pairs} as a pair of neighbouring tokens.
    """

    words: frozenset[str]
    pairs: frozenset[Pair]


@dataclass(frozen=True, slots=True)
class Sequence:
    """
    One alternative of a compiled pattern: elements to match in order.

    @ivar elements: the elements.
    @ivar gates: necessary conditions of a match, one per token-consuming
        element (its one-word phrases as words, its longer phrases each as
        its rarest pair, L{_rarest_pair}) and one per pair of adjacent elements of at most L{MAX_PAIRS} pairs
        (L{koreshield.scan.gates} checks them for all sequences at once).
    """

    elements: tuple[Element, ...]
    gates: tuple[Gate, ...] = field(init=False)

    def __post_init__(self) -> None:
        gates = [_element_gate(e) for e in self.elements if not (e.lookahead or e.lookbehind)]
        object.__setattr__(self, "gates", tuple(gates + _adjacency_gates(self.elements)))

    def possible(self, present: frozenset[str], pairs: frozenset[Pair]) -> bool:
        """Whether a text with these tokens and pairs could hold a match."""
        return meets_all(self.gates, present, pairs)


def meets_all(gates: tuple[Gate, ...], present: frozenset[str], pairs: frozenset[Pair]) -> bool:
    """Whether a text with these tokens and pairs meets every one of C{gates}."""
    for gate in gates:  # noqa: SIM110 -- a plain loop beats all() over a generator here
        if gate.words.isdisjoint(present) and gate.pairs.isdisjoint(pairs):
            return False
    return True


_GATES: Final[dict[int, tuple[Mapping[str, tuple[tuple[str, ...], ...]], Gate]]] = {}
"""
An element's phrase table (by identity, held so the number stays its own)
-> its gate: every element made of the same phrases shares one table
(L{_element}), so the gate is built once and every sequence holds the same
object.
"""

_ADJACENCY: Final[dict[tuple[frozenset[str], frozenset[str]], Gate]] = {}
"""The last words of one element and the first words of the next -> their adjacency gate, one object for all."""


def _element_gate(element: Element) -> Gate:
    known = _GATES.get(id(element.phrases))
    if known is not None and known[0] is element.phrases:
        return known[1]
    phrases = _all_phrases(element)
    words = frozenset(p[0] for p in phrases if len(p) == 1)
    pairs = frozenset(_rarest_pair(p) for p in phrases if len(p) > 1)
    gate = Gate(words, pairs)
    _GATES[id(element.phrases)] = (element.phrases, gate)
    return gate


def _rarest_pair(phrase: tuple[str, ...]) -> Pair:
    """
    The pair of neighbouring words of C{phrase} that holds fewest
    L{COMMON_WORDS}, the last of those: a text that holds the phrase holds
    every pair of it, and C{("an", "ai")} or C{("m", "sorry")} gates far
    better than the first pair, C{("as", "an")} or C{("i", "m")}.
    """
    pairs = list(pairwise(phrase))
    return min(reversed(pairs), key=lambda pair: (pair[0] in COMMON_WORDS) + (pair[1] in COMMON_WORDS))


def _adjacency_gates(elements: tuple[Element, ...]) -> list[Gate]:
    gates = []
    for left, right in pairwise(elements):
        if right.gap or left.lookbehind or right.lookbehind or left.lookahead or right.lookahead:
            continue
        lasts = frozenset(p[-1] for p in _all_phrases(left))
        if len(lasts) * len(right.firsts) <= MAX_PAIRS:
            gate = _ADJACENCY.get((lasts, right.firsts))
            if gate is None:
                gate = Gate(frozenset(), frozenset((a, b) for a in lasts for b in right.firsts))
                _ADJACENCY[lasts, right.firsts] = gate
            gates.append(gate)
    return gates


def _all_phrases(element: Element) -> list[tuple[str, ...]]:
    return [phrase for phrases in element.phrases.values() for phrase in phrases]


_TOKENS: Final[dict[str, tuple[str, ...]]] = {}
"""Every phrase tokenised so far -> its tokens: one tuple per phrase however many lists and patterns name it."""


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """
    A phrase as the tokens a text containing it would have.

    The same phrase gives the same tuple object, of interned words: the
    word lists are named by hundreds of patterns, and each copy of a
    phrase's tuple and words cost memory the proxy holds for good
    (see docs/scanner.md, memory round).
    """
    known = _TOKENS.get(phrase)
    if known is not None:
        return known
    if phrase in ("|", ":", ","):
        tokens: tuple[str, ...] = (intern(phrase),)
    else:
        tokens = tuple(map(intern, tokenise(fold_phrase(phrase.replace("_", " "))).words[1:-1]))
    _TOKENS[phrase] = tokens
    return tokens


CONTRACTED: Final = frozenset(
    _split("don doesn didn won can isn aren wasn weren shouldn wouldn couldn mustn haven hasn hadn ain")
)
"""
The first halves of the English negations folded as two tokens ("don't" is
C{don t}).  Chat is often typed without the apostrophe ("dont refuse", "you
wont say no", "it doesnt have rules"), which folds to one token, C{dont}.
"""


def spellings(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """
    A phrase's tokens as written with its apostrophes and, when it holds a
    negation (L{CONTRACTED}), as typed without them: C{don t refuse} and
    C{dont refuse}.  A phrase names the same words either way, so every
    cue reads both spellings; the second is made only where a phrase has a
    negation, and the phrase tables and gates hold it like any other phrase.
    """
    if "t" not in tokens[1:]:
        return (tokens,)
    known = _SPELLINGS.get(tokens)
    if known is not None:
        return known
    joined: list[str] = []
    for token in tokens:
        if token == "t" and joined and joined[-1] in CONTRACTED:
            joined[-1] = intern(joined[-1] + "t")
        else:
            joined.append(token)
    both = (tokens,) if len(joined) == len(tokens) else (tokens, tuple(joined))
    _SPELLINGS[tokens] = both
    return both


_SPELLINGS: Final[dict[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {}
"""A phrase's tokens -> its spellings, so each phrase typed without apostrophes is one tuple however often named."""


def _gap_words(words: str, lists: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """The tokens C{~3!a/b/{NAME}} keeps out of a gap: words, and the words of named lists, in either spelling."""
    forbidden: set[str] = set()
    for word in words.split("/"):
        phrases = lists[word[1:-1]] if word.startswith("{") and word.endswith("}") else (word,) if word else ()
        for phrase in phrases:
            for spelling in spellings(phrase_tokens(phrase)):
                forbidden.update(spelling)
    return frozenset(forbidden)


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
    phrases, firsts = _phrase_table(tuple(alternatives), spec)
    return Element(phrases, firsts, gap, lookahead, lookbehind, forbidden), optional


_TABLES: Final[dict[tuple[str, ...], tuple[Mapping[str, tuple[tuple[str, ...], ...]], frozenset[str]]]] = {}
"""
The alternatives of an element -> its phrase table and first words: the
same lists in another pattern, or in another combination of a pattern's
optional elements, share one table (and so one gate, L{_element_gate}).
"""


def _phrase_table(
    alternatives: tuple[str, ...], spec: str
) -> tuple[Mapping[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """Element's C{phrases} and C{firsts} for these alternatives (see L{_TABLES})."""
    known = _TABLES.get(alternatives)
    if known is not None:
        return known
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for phrase in alternatives:
        tokens = phrase_tokens(phrase)
        if not tokens:
            raise ValueError(f"empty phrase {phrase!r} in {spec!r}")
        for spelling in spellings(tokens):
            by_first.setdefault(spelling[0], set()).add(spelling)
    phrases = {first: tuple(sorted(found, key=lambda t: (-len(t), t))) for first, found in by_first.items()}
    table = (phrases, frozenset(phrases))
    _TABLES[alternatives] = table
    return table


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
            forbidden = _gap_words(words, lists)
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
        carried, carried_forbidden = 0, frozenset[str]()
        for element, optional in slots:
            if optional and not next(flags):
                carried += element.gap
                carried_forbidden |= element.forbidden
                continue
            if carried:
                element = replace(element, gap=element.gap + carried, forbidden=element.forbidden | carried_forbidden)
                carried, carried_forbidden = 0, frozenset()
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
