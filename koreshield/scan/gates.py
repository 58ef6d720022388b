"""
Which phrase sequences a text's tokens leave possible, in a few C calls.

test-case-name: tests.test_scan_gates

Every L{Sequence} has gates: necessary conditions, each met when the text
holds one of some words or one of some pairs of neighbouring tokens (see
L{koreshield.scan.phrases.Gate}).  Checking each gate of each sequence in a
Python loop cost more than matching the few sequences left.  Here:

  - each sequence is indexed by its I{key}, the gate made of the rarest
    words (pairs of neighbouring words first: two words side by side are far
    rarer than either anywhere), so a text's words and pairs meet the index
    in two set intersections and one set union, all in C, and an ordinary
    prompt usually stops there;
  - each distinct gate is one bit: the bits of the gates a text meets are
    or-ed together, and a keyed sequence is possible when none of its
    gates' bits is missing, one integer operation each.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce
from operator import or_
from typing import Final

from koreshield.scan.phrases import Gate, Sequence
from koreshield.scan.tokens import Pair


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
"""Words too common to index by: keys are chosen by how few of these they hold."""


def commonness(gate: Gate) -> tuple[bool, int, int]:
    """
    Sort key of gates as keys: gates of word pairs only first, then gates
    with fewer common words, then smaller gates.
    """
    common = len(gate.words & COMMON_WORDS)
    common += sum(1 for pair in gate.pairs if COMMON_WORDS.issuperset(pair))
    return bool(gate.words), common, len(gate.words) + len(gate.pairs)


FEW_KEYED: Final = 4
"""
Up to this many keyed sequences (a short prompt's usual count) are checked
gate by gate: cheaper than or-ing the bits of every gate the text meets.
"""


MANY_PAIRS: Final = 256
"""
A text with more distinct token pairs than this (about 1 KB) meets the
index's words and pairs first, and the keys among those: fewer probes than
meeting the keys in the whole text and then the rest again.
"""


class GateIndex:
    """The gates of a list of sequences: keys to find candidates, bit masks to check them."""

    def __init__(self, sequences: Iterable[Sequence]) -> None:
        bits: dict[Gate, int] = {}
        self._masks: list[int] = []
        self._sequences = list(sequences)
        key_words: dict[str, set[int]] = {}
        key_pairs: dict[Pair, set[int]] = {}
        for number, sequence in enumerate(self._sequences):
            mask = 0
            for gate in sequence.gates:
                mask |= bits.setdefault(gate, 1 << len(bits))
            self._masks.append(mask)
            key = min(sequence.gates, key=commonness)
            for word in key.words:
                key_words.setdefault(word, set()).add(number)
            for pair in key.pairs:
                key_pairs.setdefault(pair, set()).add(number)
        self._key_words = {word: frozenset(numbers) for word, numbers in key_words.items()}
        self._key_pairs = {pair: frozenset(numbers) for pair, numbers in key_pairs.items()}
        self._key_word_set = frozenset(self._key_words)
        self._key_pair_set = frozenset(self._key_pairs)
        self._all = (1 << len(bits)) - 1
        self._by_word: dict[str, int] = {}
        self._by_pair: dict[Pair, int] = {}
        for gate, bit in bits.items():
            for word in gate.words:
                self._by_word[word] = self._by_word.get(word, 0) | bit
            for pair in gate.pairs:
                self._by_pair[pair] = self._by_pair.get(pair, 0) | bit
        self._words = frozenset(self._by_word)
        self._pairs = frozenset(self._by_pair)

    def select(self, present: frozenset[str], pairs: frozenset[Pair]) -> list[int]:
        """
        The numbers (places in the list given), in order, of the sequences
        a text with these tokens and pairs could match: those whose every
        gate it meets, as L{Sequence.possible} says.
        """
        return self.select_met(present, pairs)[0]

    def met(self, present: frozenset[str], pairs: frozenset[Pair]) -> int:
        """The bits of the gates a text with these tokens and pairs meets (see L{allowed})."""
        return self.met_by(self._words.intersection(present), self._pairs.intersection(pairs))

    def keyed_by(self, words: Iterable[str], pairs: Iterable[Pair]) -> frozenset[int]:
        """The sequences whose key any of C{words} or C{pairs} meets."""
        key_words, key_pairs = self._key_words, self._key_pairs
        return frozenset().union(
            *(key_words[word] for word in words if word in key_words),
            *(key_pairs[pair] for pair in pairs if pair in key_pairs),
        )

    def met_by(self, words: Iterable[str], pairs: Iterable[Pair]) -> int:
        """The bits of the gates that any of C{words} or C{pairs} meets."""
        by_word, by_pair = self._by_word, self._by_pair
        met = reduce(or_, (by_word[word] for word in words if word in by_word), 0)
        return reduce(or_, (by_pair[pair] for pair in pairs if pair in by_pair), met)

    def allowed(self, numbers: Iterable[int], met: int) -> list[int]:
        """Those of C{numbers} whose every gate is among the bits C{met}, in the order given."""
        missing = self._all & ~met
        masks = self._masks
        return [number for number in numbers if not masks[number] & missing]

    def select_met(
        self, present: frozenset[str], pairs: frozenset[Pair]
    ) -> tuple[list[int], int | None, frozenset[int]]:
        """
        L{select}, the bits of L{met} when they were worked out on the way
        (a text with more than L{FEW_KEYED} keyed sequences), else C{None},
        and the sequences whose key the text meets (L{keyed_by}).
        """
        long_text = len(pairs) > MANY_PAIRS
        words = self._words.intersection(present) if long_text else present
        met_pairs = self._pairs.intersection(pairs) if long_text else pairs
        keyed = frozenset().union(
            *map(self._key_words.__getitem__, self._key_word_set.intersection(words)),
            *map(self._key_pairs.__getitem__, self._key_pair_set.intersection(met_pairs)),
        )
        if len(keyed) <= FEW_KEYED:
            sequences = self._sequences
            return [number for number in sorted(keyed) if sequences[number].possible(present, pairs)], None, keyed
        if not long_text:
            words, met_pairs = self._words.intersection(present), self._pairs.intersection(pairs)
        met = reduce(or_, map(self._by_word.__getitem__, words), 0)
        met = reduce(or_, map(self._by_pair.__getitem__, met_pairs), met)
        return self.allowed(sorted(keyed), met), met, keyed
