"""
Matching the rule cues against a view of a text.

test-case-name: tests.test_scan_rules

The cues of L{koreshield.scan.cues} are compiled once.  A cue's regex runs
only when one of its trigger words is among the view's words (a set
intersection in C), so an ordinary prompt pays for the handful of cues whose
vocabulary it uses rather than for all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from koreshield.scan.cues import ALL_CUES, Cue
from koreshield.scan.normalise import fold_phrase
from koreshield.scan.views import View


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
        for index, cue in enumerate(cues):
            self._cues.append((cue, re.compile(cue.pattern)))
            for word in cue.triggers:
                self._by_word.setdefault(fold_phrase(word), []).append(index)
            if cue.substrings:
                self._by_substring.append((index, tuple(fold_phrase(s) for s in cue.substrings)))
        self._words = frozenset(self._by_word)

    def match(self, view: View) -> list[CueHit]:
        """The first match of every cue in C{view}, in cue order."""
        candidates: set[int] = set()
        for word in self._words.intersection(view.words):
            candidates.update(self._by_word[word])
        if not view.text.isascii():
            for index, substrings in self._by_substring:
                if any(s in view.text for s in substrings):
                    candidates.add(index)
        hits = []
        for index in sorted(candidates):
            cue, pattern = self._cues[index]
            found = pattern.search(view.text)
            if found is not None:
                hits.append(CueHit(cue, found.start(), found.end()))
        return hits
