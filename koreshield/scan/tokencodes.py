"""
Phrase sequences as regular expressions over tokens coded one character each.

test-case-name: tests.test_scan_tokencodes

L{koreshield.scan.phrases} defines what a sequence matches by a depth-first
walk over the token list; in Python that costs a function call per element
and a loop step per token of every gap, which made the walk most of a
scan's time.  Here every token any sequence names gets a character of its
own (every other token is L{OTHER}), so a text's tokens become one short
string, a character per token, and a sequence becomes a regular expression
over it that C{re} searches in C, with the same depth-first order:

  - an element is an alternation of its phrases, longest first (at any one
    token only the phrases starting with that token can match, so this is
    the walk's order);
  - a gap of up to I{n} tokens is a lazy C{[^...]{0,n}?} that excludes the
    sentence boundary and the forbidden words (fewest skipped tokens first,
    as the walk's cursor moves);
  - a look-ahead and a look-behind are C{(?=[...])} and C{(?<![...])}.

Searching from the left finds the first start at which the walk succeeds.
The walk gives up on a start after L{STEP_BUDGET} phrase trials; a
sequence whose worst case stays within that budget can never reach it, and
for the few that could, each match the regex finds is confirmed by the walk
itself (a start the walk gives up on is skipped), so every sequence means
exactly what the walk says it means.  The worst case per start is a
constant of each sequence, so a search stays linear in the number of tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise, repeat
from typing import Final

from koreshield.scan.phrases import STEP_BUDGET, Element, Sequence, match_sequence
from koreshield.scan.tokens import BOUNDARY

OTHER: Final = "\x00"
"""The code of every token that no sequence names."""
FIRST_CODE: Final = 0x100
"""Codes start here: above Latin-1, so no code is a character C{re} treats specially."""


FEW_FIRSTS: Final = 3
"""A sequence whose first element begins with two to this many tokens is searched for one first token at a time."""


@dataclass(frozen=True, slots=True)
class CodedSequence:
    """
    A L{Sequence} compiled to a regular expression over coded tokens.

    @ivar sequence: the sequence.
    @ivar regex: its expression over L{TokenCodes.encode}'s strings.
    @ivar confirmed: whether a match must be confirmed by the walk, because
        the walk's step budget could run out before it finds it.
    """

    sequence: Sequence
    regex: re.Pattern[str]
    confirmed: bool
    by_first: tuple[re.Pattern[str], ...] = ()
    """
    When the first element begins with a few tokens (L{FEW_FIRSTS}), C{regex}
    cut into one regex per first token, each beginning with its token's
    code: C{re} skips to a literal first character with a tight loop, and to
    a class of them one character at a time at several times the cost (a
    vocative after every sentence start or colon, C{"|/: {RD_READER} ,"}: 9
    us against 3.5 for both literals over a 4 KB text's 840 tokens).  The
    first match is the one of them that starts first: two first tokens never
    start at the same place.
    """

    def first_match(self, coded: str, words: list[str]) -> tuple[int, int] | None:
        """
        The first match as C{(start, end)} token indices, or C{None}.

        @param coded: C{words} coded by the L{TokenCodes} that compiled this.
        """
        found = self._search(coded, 0)
        while found is not None:
            start = found.start()
            if not self.confirmed:
                return start, found.end()
            end = match_sequence(words, start, self.sequence)
            if end is not None:
                return start, end
            found = self._search(coded, start + 1)
        return None

    def _search(self, coded: str, position: int) -> re.Match[str] | None:
        if not self.by_first:
            return self.regex.search(coded, position)
        first = None
        for regex in self.by_first:
            found = regex.search(coded, position)
            if found is not None and (first is None or found.start() < first.start()):
                first = found
        return first


class TokenCodes:
    """One character for every token some sequence names, and for a few more words."""

    def __init__(self, sequences: Iterable[Sequence], more: Iterable[str] = ()) -> None:
        """
        @param more: words to code too though no sequence names them (every
            sequence reads them as any other token), so two codings show
            where those words differ.
        """
        vocabulary = {BOUNDARY, *more}
        for sequence in sequences:
            for element in sequence.elements:
                vocabulary.update(element.forbidden)
                for phrases in element.phrases.values():
                    for phrase in phrases:
                        vocabulary.update(phrase)
        self.codes: dict[str, str] = {word: chr(FIRST_CODE + n) for n, word in enumerate(sorted(vocabulary))}

    def encode(self, words: list[str]) -> str:
        """C{words} as one character each (L{OTHER} for words no sequence names)."""
        return "".join(map(self.codes.get, words, repeat(OTHER)))

    def spell(self, words: list[str]) -> list[str]:
        """
        The codes of C{words}, one for each (L{OTHER} for words no sequence
        names; joined, L{encode}): the very objects L{codes} holds, so a
        table keyed by them finds them by identity
        (L{koreshield.scan.gates.GateIndex} with these codes as alphabet).
        """
        return list(map(self.codes.get, words, repeat(OTHER)))

    def recode(self, coded: str, words: list[str], places: Iterable[int]) -> str:
        """
        L{encode}C{(words)}, from C{coded}, the coding of a list of as many
        words that differs from C{words} only at C{places} (in order): an
        aligned reading of a text (L{koreshield.scan.variants}) respells a
        few of its words, and coding every word again, each a probe of a
        table of thousands, cost more than finding the few.
        """
        codes = self.codes
        pieces = []
        done = 0
        for place in places:
            pieces.append(coded[done:place])
            pieces.append(codes.get(words[place], OTHER))
            done = place + 1
        if not done:
            return coded
        pieces.append(coded[done:])
        return "".join(pieces)

    def compile(self, sequence: Sequence) -> CodedSequence:
        """
        C{sequence} as a regex over coded tokens.

        @raise KeyError: if it names a token these codes were not built with.
        """
        elements = sequence.elements
        if elements[0].lookbehind and len(elements) > 1 and _consumes(elements[1]):
            # Checked after the first token of the next element instead of
            # before it, so the regex still starts with a token and C{re}
            # can skip ahead to the places where one occurs.
            behind = f"(?<![{self._class(elements[0].firsts)}].)"
            elements = elements[1:]
            parts = [self._phrases(elements[0], behind)]
        else:
            parts = [self._element(elements[0], anchored=True)]
        for previous, element in pairwise(elements):
            parts.append(self._element(element, anchored=previous.lookbehind))
        regex = re.compile("".join(parts))
        confirmed = worst_trials(sequence.elements, 0, True) > STEP_BUDGET
        first = sequence.elements[0]
        if _consumes(first) and 1 < len(first.phrases) <= FEW_FIRSTS:
            rest = "".join(parts[1:])
            by_first = tuple(
                re.compile(self._element(replace(first, phrases={word: phrases}), anchored=True) + rest)
                for word, phrases in sorted(first.phrases.items())
            )
            return CodedSequence(sequence, regex, confirmed, by_first)
        return CodedSequence(sequence, regex, confirmed)

    def _class(self, words: Iterable[str]) -> str:
        return "".join(re.escape(self.codes[word]) for word in sorted(words))

    def _coded(self, words: Iterable[str]) -> str:
        return "".join(re.escape(self.codes[word]) for word in words)

    def _element(self, element: Element, anchored: bool) -> str:
        if element.lookbehind:
            return f"(?<![{self._class(element.firsts)}])"
        if element.lookahead:
            return f"(?=[{self._class(element.firsts)}])"
        body = self._phrases(element)
        if anchored or not element.gap:
            return body
        stops = self._class(element.forbidden | {BOUNDARY})
        return f"[^{stops}]{{0,{element.gap}}}?{body}"

    def _phrases(self, element: Element, after_first: str = "") -> str:
        """
        An alternation with one branch per first token, each starting with
        that token (so C{re} skips to where one of them occurs), then its
        phrases' other tokens, longest first, as the walk tries them.
        """
        branches = []
        for first in sorted(element.phrases):
            rests = [self._coded(phrase[1:]) for phrase in element.phrases[first]]
            tail = "" if rests == [""] else "(?:" + "|".join(rests) + ")"
            branches.append(self._coded((first,)) + after_first + tail)
        return "(?:" + "|".join(branches) + ")"


def _consumes(element: Element) -> bool:
    return not (element.lookahead or element.lookbehind)


def worst_trials(elements: tuple[Element, ...], index: int, anchored: bool) -> int:
    """
    The most phrase trials the walk of L{koreshield.scan.phrases} can make
    from one start of C{elements[index:]}: at each token it may try, every
    phrase starting with that token, and the rest after each that matches.
    """
    if index == len(elements):
        return 0
    element = elements[index]
    if not _consumes(element):
        return worst_trials(elements, index + 1, element.lookbehind)
    after = worst_trials(elements, index + 1, False)
    places = 1 if anchored else element.gap + 1
    return places * max(len(phrases) * (1 + after) for phrases in element.phrases.values())
