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
from koreshield.scan.views import View, words_of
from koreshield.scan.windows import anchor_windows

WINDOW: Final = 240
"""How far from a trigger word a cue's match may reach, either way."""
MAX_ATTEMPTS: Final = 64
"""Past this many head occurrences, a cue is searched for instead."""
CHUNK: Final = 4096
OVERLAP: Final = 2 * WINDOW
"""
Long texts are matched in overlapping chunks, so the caps on occurrences and
windows apply per chunk and a megabyte costs about what 256 prompts of 4 KB
would, instead of each cue falling back to a search of the whole text.
"""


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
        """The first match of every cue in C{view} (in cue order for texts up to L{CHUNK})."""
        text = view.text
        if len(text) <= CHUNK:
            return self._match_text(text, view.words, frozenset())
        hits: list[CueHit] = []
        found: set[str] = set()
        for start in range(0, len(text), CHUNK):
            chunk = text[start : start + CHUNK + OVERLAP]
            for hit in self._match_text(chunk, words_of(chunk), frozenset(found)):
                hits.append(CueHit(hit.cue, hit.start + start, hit.end + start))
                found.add(hit.cue.name)
        return hits

    def _match_text(self, text: str, words: list[str], skip: frozenset[str]) -> list[CueHit]:
        anchors: dict[int, list[str]] = {}
        for word in self._words.intersection(words):
            for index in self._by_word[word]:
                anchors.setdefault(index, []).append(word)
        ascii_text = text.isascii()
        for index, substrings in self._by_substring:
            present = [s for s in substrings if (not ascii_text or s.isascii()) and s in text]
            if present:
                anchors.setdefault(index, []).extend(present)
        if not anchors:
            return []
        required = self._required_words.intersection(words)
        heads = self._head_words.intersection(words)
        candidates = [
            index
            for index in sorted(anchors)
            if ((needed := self._requires.get(index)) is None or not needed.isdisjoint(required))
            and self._cues[index][0].name not in skip
        ]
        return self._match_chunk(text, candidates, anchors, heads)

    def _match_chunk(
        self, text: str, candidates: list[int], anchors: dict[int, list[str]], heads: frozenset[str]
    ) -> list[CueHit]:
        found_at: dict[str, list[int]] = {}
        hits = []
        for index in candidates:
            cue, pattern = self._cues[index]
            found = None
            positions = self._head_positions(text, index, heads, found_at)
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

    def _head_positions(
        self, text: str, index: int, present: frozenset[str], found_at: dict[str, list[int]]
    ) -> list[int] | None:
        """
        Where cue C{index} could start: whole-word occurrences of its word
        heads that are present, and occurrences of its literal heads.

        @param found_at: word occurrences already found in this text, shared
            by the cues of one view (many cues start with the same verbs).
        @return: C{None} when the cue has no heads or they occur too often
            (the caller then searches).
        """
        spec = self._heads.get(index)
        if spec is None:
            return None
        word_heads, literal_heads = spec
        positions: list[int] = []
        for head in word_heads:
            if head not in present:
                continue
            occurrences = found_at.get(head)
            if occurrences is None:
                occurrences = found_at[head] = _word_occurrences(text, head)
            positions.extend(occurrences)
            if len(positions) > MAX_ATTEMPTS:
                return None
        for head in literal_heads:
            position = text.find(head)
            while position >= 0:
                positions.append(position)
                if len(positions) > MAX_ATTEMPTS:
                    return None
                position = text.find(head, position + 1)
        positions.sort()
        return positions


def _word_occurrences(text: str, word: str) -> list[int]:
    """Where C{word} occurs in C{text} as a whole word, up to L{MAX_ATTEMPTS} + 1 times."""
    positions: list[int] = []
    size = len(word)
    length = len(text)
    position = text.find(word)
    while position >= 0:
        end = position + size
        if (position == 0 or not text[position - 1].isalnum()) and (end == length or not text[end].isalnum()):
            positions.append(position)
            if len(positions) > MAX_ATTEMPTS:
                break
        position = text.find(word, end)
    return positions
