"""
Matching the rule cues against a view of a text.

test-case-name: tests.test_scan_rules

The cues of L{koreshield.scan.cues} are compiled once.  A cue's regex runs
only when one of its trigger words (and one of its required words) is among
the view's words, a set intersection in C.  Then, if the cue names the
words its matches start with, the regex is only tried I{at} their
occurrences (C{re.match}, constant work each); otherwise it is searched for
in windows around the trigger words (see L{koreshield.scan.windows}).
CPython's C{re} spends 25-60 ns per character searching for a pattern that
begins with a long alternation, so searching every cue over every 4 KB
prompt would cost milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from koreshield.scan.cues import ALL_CUES, Cue
from koreshield.scan.normalise import fold_phrase
from koreshield.scan.views import View
from koreshield.scan.windows import anchor_windows

WINDOW: Final = 240
"""How far from a trigger word a cue's match may reach, either way."""
MAX_ATTEMPTS: Final = 64
"""Past this many head occurrences, a cue is searched for instead."""


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue that matched C{view.text[start:end]}."""

    cue: Cue
    start: int
    end: int


class CueMatcher:
    """Compiled cues, indexed by trigger."""

    def __init__(self, cues: Iterable[Cue] = ALL_CUES) -> None:
        self._cues: list[tuple[Cue, re.Pattern[str]]] = []
        self._by_word: dict[str, list[int]] = {}
        self._by_substring: list[tuple[int, tuple[str, ...]]] = []
        self._requires: dict[int, frozenset[str]] = {}
        self._heads: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for index, cue in enumerate(cues):
            if cue.heads:
                folded_heads = tuple(fold_phrase(h) for h in cue.heads)
                word_heads = tuple(h for h in folded_heads if h.isalnum())
                self._heads[index] = (word_heads, tuple(h for h in folded_heads if not h.isalnum()))
            self._cues.append((cue, re.compile(cue.pattern)))
            if cue.requires:
                self._requires[index] = frozenset(fold_phrase(w) for w in cue.requires)
            for word in cue.triggers:
                self._by_word.setdefault(fold_phrase(word), []).append(index)
            if cue.substrings:
                self._by_substring.append((index, tuple(fold_phrase(s) for s in cue.substrings)))
        self._words = frozenset(self._by_word)
        self._required_words = frozenset().union(*self._requires.values())
        self._head_words = frozenset(w for words, _ in self._heads.values() for w in words)

    def match(self, view: View) -> list[CueHit]:
        """The first match of every cue in C{view}, in cue order."""
        text = view.text
        anchors: dict[int, list[str]] = {}
        for word in self._words.intersection(view.words):
            for index in self._by_word[word]:
                anchors.setdefault(index, []).append(word)
        for index, substrings in self._by_substring:
            present = [s for s in substrings if s in text]
            if present:
                anchors.setdefault(index, []).extend(present)
        required = self._required_words.intersection(view.words) if anchors else frozenset()
        heads = self._head_words.intersection(view.words) if anchors else frozenset()
        hits = []
        for index in sorted(anchors):
            needed = self._requires.get(index)
            if needed is not None and needed.isdisjoint(required):
                continue
            cue, pattern = self._cues[index]
            found = None
            positions = self._head_positions(text, index, heads)
            if positions is not None:
                for position in positions:
                    found = pattern.match(text, position)
                    if found is not None:
                        break
            else:
                for start, end in anchor_windows(text, anchors[index], WINDOW, WINDOW):
                    found = pattern.search(text, start, end)
                    if found is not None:
                        break
            if found is not None:
                hits.append(CueHit(cue, found.start(), found.end()))
        return hits

    def _head_positions(self, text: str, index: int, present: frozenset[str]) -> list[int] | None:
        """
        Where cue C{index} could start: whole-word occurrences of its word
        heads that are present, and occurrences of its literal heads.

        @return: C{None} when the cue has no heads or they occur too often
            (the caller then searches).
        """
        spec = self._heads.get(index)
        if spec is None:
            return None
        word_heads, literal_heads = spec
        positions: list[int] = []
        length = len(text)
        for head in word_heads:
            if head not in present:
                continue
            size = len(head)
            position = text.find(head)
            while position >= 0:
                end = position + size
                if (position == 0 or not text[position - 1].isalnum()) and (end == length or not text[end].isalnum()):
                    positions.append(position)
                    if len(positions) > MAX_ATTEMPTS:
                        return None
                position = text.find(head, end)
        for head in literal_heads:
            position = text.find(head)
            while position >= 0:
                positions.append(position)
                if len(positions) > MAX_ATTEMPTS:
                    return None
                position = text.find(head, position + 1)
        positions.sort()
        return positions
