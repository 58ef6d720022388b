"""
Which phrase sequences a text's tokens leave possible, in a few C calls.

test-case-name: tests.test_scan_gates

Every L{Sequence} has gates: necessary conditions, each met when the text
holds one of some words or one of some pairs of neighbouring tokens (see
L{koreshield.scan.phrases.Gate}).  Checking each gate of each sequence in a
Python loop cost more than matching the few sequences left.  Here each
distinct gate is one bit: a text's words and pairs meet the index in two
set intersections, the bits of the gates they meet are or-ed together,
and a sequence is possible when none of its gates' bits is missing.  Bit
masks are Python integers, so all of it runs in C.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce
from itertools import compress, repeat
from operator import and_, not_, or_
from typing import TypeVar

from koreshield.scan.phrases import Gate, Sequence
from koreshield.scan.tokens import Pair

T = TypeVar("T")


class GateIndex:
    """The gates of a list of sequences, as bit masks."""

    def __init__(self, sequences: Iterable[Sequence]) -> None:
        bits: dict[Gate, int] = {}
        self._masks: list[int] = []
        for sequence in sequences:
            mask = 0
            for gate in sequence.gates:
                mask |= bits.setdefault(gate, 1 << len(bits))
            self._masks.append(mask)
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

    def select(self, present: frozenset[str], pairs: frozenset[Pair], items: list[T]) -> list[T]:
        """
        The C{items} (one per sequence, in order) whose sequences a text
        with these tokens and pairs could match: those whose every gate it
        meets (as L{Sequence.possible} says).
        """
        met = reduce(or_, map(self._by_word.__getitem__, self._words.intersection(present)), 0)
        met = reduce(or_, map(self._by_pair.__getitem__, self._pairs.intersection(pairs)), met)
        return list(compress(items, map(not_, map(and_, self._masks, repeat(self._all ^ met)))))
