"""
Matching the rule cues against a view of a text.

test-case-name: tests.test_scan_rules

The cues of L{koreshield.scan.cues} are compiled once.  Phrase cues are
indexed by a pair of neighbouring tokens every match must contain (or, when
there is none, by the words of their rarest element): a view's distinct
token pairs meet that index in one set intersection, and only the cues found
there have their other elements checked (more intersections) before any
token walk.
An ordinary prompt usually stops at the first intersection; that is what
keeps a clean 2 KB prompt far below a millisecond.

Regex cues (chat markup, quotes, unspaced scripts) run only when one of
their anchor literals is in the text (C{str.__contains__}, C speed) and one
of their needed words is among its tokens, and then only in windows around
the anchors (L{koreshield.scan.windows}).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from koreshield.scan.cues import ALL_CUES, LISTS, Cue
from koreshield.scan.normalise import fold_phrase
from koreshield.scan.phrases import Sequence, compile_pattern, first_match, positions_of
from koreshield.scan.tokens import span_offsets
from koreshield.scan.views import View
from koreshield.scan.windows import anchor_windows

COMMON_WORDS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "you",
        "your",
        "i",
        "me",
        "my",
        "we",
        "our",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "what",
        "which",
        "who",
        "how",
        "when",
        "where",
        "do",
        "does",
        "did",
        "not",
        "no",
        "can",
        "will",
        "would",
        "should",
        "could",
        "just",
        "only",
        "all",
        "any",
        "every",
        "some",
        "as",
        "at",
        "by",
        "from",
        "up",
        "out",
        "if",
        "then",
        "so",
        "than",
        "there",
        "here",
        "now",
        "new",
        "one",
        "two",
        "0",
        "s",
        "t",
        "|",
        ":",
    ]
)
"""Words too common to index a cue by: a cue is filed under its element with the fewest of these."""

WINDOW: Final = 240
"""How far from an anchor literal a regex cue's match may reach, either way."""
CHUNK: Final = 4096
"""
A window longer than this (an anchor so frequent that the whole text is one
window) is searched in overlapping chunks, so no regex ever runs over more
than a prompt-sized stretch at once.
"""


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue that matched C{view.text[start:end]}."""

    cue: Cue
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _PhraseCue:
    cue: Cue
    sequences: tuple[Sequence, ...]


@dataclass(frozen=True, slots=True)
class _RegexCue:
    cue: Cue
    regex: re.Pattern[str]
    anchors: tuple[str, ...]
    needs: frozenset[str]


class CueMatcher:
    """Compiled cues, indexed by their rarest words."""

    def __init__(self, cues: Iterable[Cue] = ALL_CUES) -> None:
        self._phrase: list[_PhraseCue] = []
        self._regex: list[_RegexCue] = []
        self._by_pair: dict[str, set[int]] = {}
        self._by_word: dict[str, set[int]] = {}
        for cue in cues:
            if cue.phrases:
                sequences = tuple(s for p in cue.phrases for s in compile_pattern(p, LISTS))
                number = len(self._phrase)
                self._phrase.append(_PhraseCue(cue, sequences))
                for sequence in sequences:
                    if sequence.pairs is not None:
                        for pair in sequence.pairs:
                            self._by_pair.setdefault(pair, set()).add(number)
                    else:
                        firsts = (f for _, f in sequence.required)
                        for word in min(firsts, key=lambda f: (len(f & COMMON_WORDS), len(f))):
                            self._by_word.setdefault(word, set()).add(number)
            if cue.pattern:
                anchors = tuple(fold_phrase(a) for a in cue.anchors)
                needs = frozenset(fold_phrase(w) for w in cue.needs)
                self._regex.append(_RegexCue(cue, re.compile(cue.pattern), anchors, needs))
        self._pair_keys = frozenset(self._by_pair)
        self._word_keys = frozenset(self._by_word)

    def match(self, view: View) -> list[CueHit]:
        """The first match of every cue in C{view}."""
        hits = self._match_phrases(view)
        if self._regex:
            hits.extend(self._match_regexes(view))
        return hits

    def _match_phrases(self, view: View) -> list[CueHit]:
        tokens = view.tokens
        present = tokens.present
        numbers: set[int] = set()
        for pair in self._pair_keys.intersection(tokens.pairs):
            numbers.update(self._by_pair[pair])
        for word in self._word_keys.intersection(present):
            numbers.update(self._by_word[word])
        if not numbers:
            return []
        candidates: list[tuple[_PhraseCue, tuple[Sequence, ...]]] = []
        for number in sorted(numbers):
            compiled = self._phrase[number]
            viable = tuple(s for s in compiled.sequences if _possible(s, present, tokens.pairs))
            if viable:
                candidates.append((compiled, viable))
        if not candidates:
            return []
        wanted = frozenset().union(*(f for _, viable in candidates for s in viable for _, f in s.required))
        positions = positions_of(tokens.words, wanted.intersection(present))
        hits = []
        for compiled, viable in candidates:
            found = first_match(tokens.words, viable, positions)
            if found is not None:
                start, end = span_offsets(tokens, *found)
                hits.append(CueHit(compiled.cue, start, end))
        return hits

    def _match_regexes(self, view: View) -> list[CueHit]:
        text = view.text
        present = view.tokens.present
        hits = []
        for compiled in self._regex:
            if compiled.needs and compiled.needs.isdisjoint(present):
                continue
            anchors = [a for a in compiled.anchors if a in text]
            if not anchors:
                continue
            for start, end in _chunked(anchor_windows(text, anchors, WINDOW, WINDOW)):
                found = compiled.regex.search(text, start, end)
                if found is not None:
                    hits.append(CueHit(compiled.cue, found.start(), found.end()))
                    break
        return hits


def _chunked(windows: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """C{windows}, with any longer than L{CHUNK} cut into overlapping chunks."""
    for start, end in windows:
        while end - start > CHUNK + 2 * WINDOW:
            yield start, start + CHUNK + 2 * WINDOW
            start += CHUNK
        yield start, end


def _possible(sequence: Sequence, present: frozenset[str], pairs: frozenset[str]) -> bool:
    """Whether the text holds every word (and a needed pair) that a match of C{sequence} needs."""
    if sequence.pairs is not None and sequence.pairs.isdisjoint(pairs):
        return False
    return all(not firsts.isdisjoint(present) for _, firsts in sequence.required)
