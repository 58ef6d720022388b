"""
Which phrase sequences a text's tokens leave possible, in a few C calls.

test-case-name: tests.test_scan_gates

Every L{Sequence} has gates: necessary conditions, each met when the text
holds one of some words or one of some pairs of neighbouring tokens (see
L{koreshield.scan.phrases.Gate}).  Checking each gate of each sequence in a
Python loop cost more than matching the few sequences left.  Here:

  - each sequence is indexed by its I{key}, the gate made of the rarest
    words (pairs of neighbouring words first: two words side by side are far
    rarer than either anywhere), so the sequences a text's words and pairs
    key are one set union in C, and an ordinary prompt usually stops there;
  - each distinct gate is one bit: the bits of the gates a text meets are
    or-ed together, and a keyed sequence is possible when none of its
    gates' bits is missing, one integer operation each;
  - every word and pair that meets a gate has one entry holding both (see
    L{GateIndex}), looked up once per distinct token and pair of the text;
  - the tables may be keyed by the words' codes rather than the words (an
    I{alphabet}, L{koreshield.scan.tokencodes.TokenCodes.spell}): the
    matcher codes a long text's tokens anyway, every word no sequence names
    shares one code, and a code is the very object the tables hold, so a
    text has fewer distinct pairs to look up and each lookup that finds
    its key compares it by identity instead of reading the key's words
    from memory the CPU caches seldom still hold.  The bits of the gates do
    not depend on the alphabet, so the bits met in one index can be
    checked against another's of the same sequences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import reduce
from operator import is_, itemgetter, or_
from typing import Final, TypeVar

from koreshield.scan.phrases import COMMON_WORDS, Gate, Sequence, meets_all
from koreshield.scan.tokens import Pair


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
A text with at most this many distinct token pairs (about 1 KB) is first
met with the keys alone, in two small tables: a short prompt usually keys
at most L{FEW_KEYED} sequences, and then no entry is needed.
"""

_Entry = tuple[int, frozenset[int]]
"""The bits of the gates a word or pair meets, and the sequences it keys."""
_Key = TypeVar("_Key", str, Pair)


class GateIndex:
    """
    The gates of a list of sequences: keys to find candidates, bit masks to
    check them.

    Every word and pair that meets some gate has one I{entry}: the bits of
    the gates it meets and the sequences it keys.  A text's distinct tokens
    and pairs are each looked up once (C{map(dict.get)}), most of them
    missing; the tables are probed from memory the CPU caches rarely still
    hold when a scan comes back to them, so one probe per token and pair,
    into two tables of small entries shared among the words and pairs of
    the same gates, costs less than meeting a set of gate words, a set of
    keys and a table of bits one after another (a short text, L{MANY_PAIRS},
    meets the keys first).  The gates most texts meet
    (those of common words) have the lowest bits, so the masks read for
    them are short integers, and a gate only ever a key has no bit
    (L{_bits}).
    """

    _masks: list[int]
    _words: dict[str, _Entry]
    _pairs: dict[Pair, _Entry]

    def __init__(
        self,
        sequences: Iterable[Sequence],
        alphabet: Mapping[str, str] | None = None,
        many_pairs: int = MANY_PAIRS,
        like: GateIndex | None = None,
    ) -> None:
        """
        @param alphabet: how the texts' tokens are spelled when they are
            looked up (every token a gate names -> its spelling, such as
            its code); by default as themselves.  Every method's tokens and
            pairs are in that spelling.
        @param many_pairs: texts of at most this many distinct pairs meet
            the keys first (L{MANY_PAIRS}); an index only long texts use
            has no such text worth it (0), and keeps no tables for them.
        @param like: an index of the very same sequences (in another
            alphabet), whose sequences' masks and entries this one shares:
            the bits of the gates do not depend on the alphabet, so a word's
            entry in one is equal to its spelling's entry in the other, and
            each mask as wide as the number of gates was held twice (with
            the key tables a long-text index never reads, 7.6 of the 23.7
            MB tracemalloc put in this module; lat18).
        @raise ValueError: if C{like} is not an index of the same sequences.
        """
        self._sequences = list(sequences)
        self._many_pairs = many_pairs
        gates = list(dict.fromkeys(gate for sequence in self._sequences for gate in sequence.gates))
        # Each distinct gate's commonness, worked out once: many sequences share a gate.
        rank = {gate: commonness(gate) for gate in gates}
        own_keys = [min(sequence.gates, key=rank.__getitem__) for sequence in self._sequences]
        bits = _bits(gates, rank, self._sequences, own_keys)
        self._all = (1 << len(bits)) - 1
        shared: dict[_Entry, _Entry] = {}
        if like is None:
            self._masks = [
                reduce(or_, (bits[gate] for gate in sequence.gates if gate != key), 0)
                for sequence, key in zip(self._sequences, own_keys, strict=True)
            ]
        else:
            if len(like._sequences) != len(self._sequences) or not all(map(is_, like._sequences, self._sequences)):
                raise ValueError("an index shares masks and entries only with an index of the same sequences")
            self._masks = like._masks
            # Equal entries come out as the other index's objects (L{_entries}).
            shared = {entry: entry for table in (like._words, like._pairs) for entry in table.values()}
        spelled = {gate: gate if alphabet is None else _spelled(gate, alphabet.__getitem__) for gate in gates}
        self._gates = (
            [tuple(spelled[gate] for gate in sequence.gates) for sequence in self._sequences] if many_pairs else []
        )
        """
        Every sequence's gates spelled in the alphabet, to check the few a
        short text keys one by one (none kept when no text is short: they
        hold every pair of every gate once more).
        """
        keys = [spelled[key] for key in own_keys]
        keyed_words, keyed_pairs = _keyed(keys)
        word_bits: dict[str, int] = {}
        pair_bits: dict[Pair, int] = {}
        for gate, bit in bits.items():
            for word in spelled[gate].words:
                word_bits[word] = word_bits.get(word, 0) | bit
            for pair in spelled[gate].pairs:
                pair_bits[pair] = pair_bits.get(pair, 0) | bit
        self._words = _entries(word_bits, keyed_words, shared)
        self._pairs = _entries(pair_bits, keyed_pairs, shared)
        # The keys alone, for short texts (L{MANY_PAIRS}); none when no text is short.
        self._key_words = {word: entry[1] for word, entry in self._words.items() if entry[1] and many_pairs}
        self._key_pairs = {pair: entry[1] for pair, entry in self._pairs.items() if entry[1] and many_pairs}
        self._key_word_set = frozenset(self._key_words)
        self._key_pair_set = frozenset(self._key_pairs)

    def select(self, present: frozenset[str], pairs: frozenset[Pair]) -> list[int]:
        """
        The numbers (places in the list given), in order, of the sequences
        a text with these tokens and pairs could match: those whose every
        gate it meets, as L{Sequence.possible} says.
        """
        return self.select_met(present, pairs)[0]

    def met(self, present: frozenset[str], pairs: frozenset[Pair]) -> int:
        """The bits of the gates a text with these tokens and pairs meets (see L{allowed})."""
        return self.met_by(present, pairs)

    def keyed_by(self, words: Iterable[str], pairs: Iterable[Pair]) -> frozenset[int]:
        """The sequences whose key any of C{words} or C{pairs} meets."""
        return frozenset().union(*map(_KEYED, self._entries(words, pairs)))

    def met_by(self, words: Iterable[str], pairs: Iterable[Pair]) -> int:
        """
        The bits of the gates that any of C{words} or C{pairs} meets (of those
        with a bit: a gate that is only ever a sequence's key has none, and
        what meets it is told by L{keyed_by}).
        """
        return reduce(or_, map(_MASK, self._entries(words, pairs)), 0)

    def allowed(self, numbers: Iterable[int], met: int) -> list[int]:
        """
        Those of C{numbers}, sequences whose key the text meets (L{keyed_by}),
        whose every other gate is among the bits C{met}, in the order given.
        A sequence's key has no bit in its mask (see L{_bits}), so a number
        whose key is not met may come out too.
        """
        missing = self._all & ~met
        masks = self._masks
        return [number for number in numbers if not masks[number] & missing]

    def select_met(
        self, present: frozenset[str], pairs: frozenset[Pair]
    ) -> tuple[list[int], int | None, frozenset[int]]:
        """
        L{select}, the bits of L{met} when they were worked out on the way
        (a text with more than L{MANY_PAIRS} pairs, or with more than
        L{FEW_KEYED} keyed sequences), else C{None}, and the sequences whose
        key the text meets (L{keyed_by}).
        """
        if self._many_pairs and len(pairs) <= self._many_pairs:
            keyed = frozenset().union(
                *map(self._key_words.__getitem__, self._key_word_set.intersection(present)),
                *map(self._key_pairs.__getitem__, self._key_pair_set.intersection(pairs)),
            )
            entries = None
        else:
            entries = self._entries(present, pairs)
            keyed = frozenset().union(*map(_KEYED, entries))
        if len(keyed) <= FEW_KEYED and entries is None:
            gates = self._gates
            return [number for number in sorted(keyed) if meets_all(gates[number], present, pairs)], None, keyed
        met = reduce(or_, map(_MASK, self._entries(present, pairs) if entries is None else entries), 0)
        return self.allowed(sorted(keyed), met), met, keyed

    def _entries(self, words: Iterable[str], pairs: Iterable[Pair]) -> list[_Entry]:
        """The entries of those of C{words} and C{pairs} that meet a gate."""
        return [*filter(None, map(self._words.get, words)), *filter(None, map(self._pairs.get, pairs))]


def _bits(
    gates: list[Gate], rank: dict[Gate, tuple[bool, int, int]], sequences: list[Sequence], keys: list[Gate]
) -> dict[Gate, int]:
    """
    Each gate's bit, for the gates some sequence has besides its key.

    A sequence is only checked once its key is met (L{GateIndex.allowed}),
    so its key needs no bit in its mask, and a gate that is only ever a key
    (938 of 4,421 at cold21) needs no bit at all.  The masks an ordinary
    prompt's words and pairs meet are or-ed on every scan from memory the CPU
    caches no longer hold (a 2 KB prompt read about 660 cache lines of them),
    so the bits are numbered to keep them short: gates with more common words
    first (L{commonness}), then those holding a word of many gates (a word
    in many gates is a frequent word, and its entry's mask then ends early),
    which made those masks about 40 % shorter (cold21).
    """
    checked = dict.fromkeys(
        gate for sequence, key in zip(sequences, keys, strict=True) for gate in sequence.gates if gate != key
    )
    gates_of_word = Counter(word for gate in gates for word in gate.words)

    def order(gate: Gate) -> tuple[int, int]:
        return -rank[gate][1], -max(map(gates_of_word.__getitem__, gate.words), default=0)

    return {gate: 1 << number for number, gate in enumerate(sorted(checked, key=order))}


def _entries(
    bits: dict[_Key, int], keyed: dict[_Key, frozenset[int]], shared: dict[_Entry, _Entry]
) -> dict[_Key, _Entry]:
    """
    Every word (or pair) of C{bits} or C{keyed} -> its entry, equal entries
    one object (most pairs come from gates of many).
    """
    entries = {}
    for word_or_pair, mask in bits.items():
        entry = (mask, keyed.get(word_or_pair, _NO_SEQUENCES))
        entries[word_or_pair] = shared.setdefault(entry, entry)
    for word_or_pair, numbers in keyed.items():
        if word_or_pair not in bits:
            entry = (0, numbers)
            entries[word_or_pair] = shared.setdefault(entry, entry)
    return entries


def _keyed(keys: list[Gate]) -> tuple[dict[str, frozenset[int]], dict[Pair, frozenset[int]]]:
    """Every word and pair of the C{keys} of the sequences -> the sequences (by number) it keys."""
    words: dict[str, set[int]] = {}
    pairs: dict[Pair, set[int]] = {}
    for number, key in enumerate(keys):
        for word in key.words:
            words.setdefault(word, set()).add(number)
        for pair in key.pairs:
            pairs.setdefault(pair, set()).add(number)
    return {w: frozenset(n) for w, n in words.items()}, {p: frozenset(n) for p, n in pairs.items()}


def _spelled(gate: Gate, spell: Callable[[str], str]) -> Gate:
    """C{gate} with its words and the words of its pairs spelled by C{spell}."""
    return Gate(frozenset(map(spell, gate.words)), frozenset((spell(one), spell(other)) for one, other in gate.pairs))


_NO_SEQUENCES: Final[frozenset[int]] = frozenset()
"""
What an entry that keys nothing keys: one object for all of them.  Each
C{frozenset()} is a new object, and 3,804 of them (in 23,026 of 40,750
entries) were each one more cache line a cold scan read for every entry
it met, in the union of the keyed sequences (cold21).
"""
_MASK: Final = itemgetter(0)
_KEYED: Final = itemgetter(1)
