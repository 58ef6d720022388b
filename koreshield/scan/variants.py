"""
Which phrase cues can tell two aligned spellings of a text apart.

test-case-name: tests.test_scan_rules

The leetspeak view of a text has the tokens of the text itself, one for one
at the same offsets, except the words that held leet digits (C{"1gn0r3"} is
C{"ignore"} there and C{"0gn0r0"} in the text, since digits tokenise as
C{0}).  A sequence's regex over coded tokens, and the walk that defines it,
only tell apart the tokens the sequence names: every other token is one
more "other" to both, whatever its code.  So a cue none of whose sequences
names a token that differs between the two codings has the same first match,
in token indices, in both, and meets its gates in both or in neither; only
the other cues need a search of the second view, and a fifth of the 4 KB
benchmark texts (those with a leetspeak view) skip most of theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from koreshield.scan.phrases import Sequence
from koreshield.scan.tokens import BOUNDARY

_BLOCK: Final = 32
"""Coded tokens compared a block at a time (one C comparison), and token by token only where a block differs."""


class CueAlphabets:
    """For every token code, the cues (by number) some of whose sequences name that token."""

    def __init__(self, codes: Mapping[str, str], cues: Iterable[Iterable[Sequence]]) -> None:
        """
        @param codes: the token codes the sequences were compiled with.
        @param cues: each cue's sequences, in cue number order.
        """
        by_code: dict[str, set[int]] = {}
        for number, sequences in enumerate(cues):
            for sequence in sequences:
                for element in sequence.elements:
                    named = {BOUNDARY, *element.forbidden}
                    named.update(word for phrases in element.phrases.values() for phrase in phrases for word in phrase)
                    for word in named:
                        by_code.setdefault(codes[word], set()).add(number)
        # Most words are named by the same few cues: equal sets are one object.
        shared: dict[frozenset[int], frozenset[int]] = {}
        self._cues_by_code = {code: _shared(frozenset(numbers), shared) for code, numbers in by_code.items()}

    def affected(self, first: str, second: str, places: list[int] | None = None) -> frozenset[int]:
        """
        The cues whose matches in C{second} may differ from those in
        C{first}: two codings, of equal length, of token lists that are
        aligned one for one.

        @param places: L{differing}C{(first, second)}, if known.
        """
        if places is None:
            places = differing(first, second)
        codes = {first[place] + second[place] for place in places}
        return frozenset().union(*(self._cues_by_code.get(code, ()) for pair in codes for code in pair))


def differing(first: str | list[str], second: str | list[str]) -> list[int]:
    """The places where two strings (or lists of words) of equal length differ, in order."""
    if first == second:
        return []
    places: list[int] = []
    for start in range(0, len(first), _BLOCK):
        end = start + _BLOCK
        if first[start:end] != second[start:end]:
            places.extend(place for place in range(start, min(end, len(first))) if first[place] != second[place])
    return places


def _shared(value: frozenset[int], shared: dict[frozenset[int], frozenset[int]]) -> frozenset[int]:
    """C{value}, or the equal set seen before."""
    return shared.setdefault(value, value)
