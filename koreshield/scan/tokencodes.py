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
    the walk's order; the one-word phrases of an element after the first
    are one character class);
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
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise, repeat
from typing import Final

from koreshield.scan.phrases import STEP_BUDGET, Element, Sequence, match_sequence
from koreshield.scan.regexcache import compile_regex
from koreshield.scan.tokens import BOUNDARY

OTHER: Final = "\x00"
"""The code of every token that no sequence names."""
FIRST_CODE: Final = 0x100
"""Codes start here: above Latin-1, so no code is a character C{re} treats specially."""


FEW_FIRSTS: Final = 6
"""
A sequence whose first element begins with two to this many tokens is searched for one first token at a time.

Three until speed round twenty-two, where the check of a first-token set, which C{re} makes at every character
it skips, was a sixth of a 4 KB scan's instructions: six literal searches cost less than one such skip (100
4 KB development texts: 2.3 % fewer instructions in all, and no fewer with ten; 409 of 1,860 sequences have four
to six first tokens; idle memory unchanged within a run's 1 MB, the scanner built in about 0.3 s more).
"""


@dataclass(frozen=True, slots=True)
class CodedSequence:
    """
    A L{Sequence} compiled to a regular expression over coded tokens.

    @ivar sequence: the sequence.
    @ivar regex: its expression over L{TokenCodes.encode}'s strings;
        C{None} when L{by_first} is searched instead (never compiled: a
        sixth of building the scanner's coded sequences went to regexes
        no search used; L{TokenCodes.source} still writes it).
    @ivar confirmed: whether a match must be confirmed by the walk, because
        the walk's step budget could run out before it finds it.
    """

    sequence: Sequence
    regex: re.Pattern[str] | None
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

    first_codes: tuple[str, ...] = ()
    """The code each regex of L{by_first} begins with, in the same order."""

    def first_match(self, coded: str, words: list[str], held: frozenset[str] | None = None) -> tuple[int, int] | None:
        """
        The first match as C{(start, end)} token indices, or C{None}.

        @param coded: C{words} coded by the L{TokenCodes} that compiled this.
        @param held: the codes C{coded} holds, if known: a regex of L{by_first} whose first code is not among
            them cannot match, and is not searched (each such search read the whole coded text).
        """
        found = self._search(coded, 0, held)
        while found is not None:
            start = found.start()
            if not self.confirmed:
                return start, found.end()
            end = match_sequence(words, start, self.sequence)
            if end is not None:
                return start, end
            found = self._search(coded, start + 1, held)
        return None

    def _search(self, coded: str, position: int, held: frozenset[str] | None) -> re.Match[str] | None:
        if self.regex is not None:
            return self.regex.search(coded, position)
        first = None
        for code, regex in zip(self.first_codes, self.by_first, strict=True):
            if held is not None and code not in held:
                continue
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
        sequences = list(sequences)
        vocabulary = {BOUNDARY, *more}
        for sequence in sequences:
            for element in sequence.elements:
                vocabulary.update(element.forbidden)
                for phrases in element.phrases.values():
                    for phrase in phrases:
                        vocabulary.update(phrase)
        runs = _run_order(_class_counts(sequences))
        order = sorted(vocabulary, key=lambda word: (runs(word), word))
        self.codes: dict[str, str] = {word: chr(FIRST_CODE + n) for n, word in enumerate(order)}

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
        parts = self._parts(sequence)
        confirmed = worst_trials(sequence.elements, 0, True) > STEP_BUDGET
        first = sequence.elements[0]
        if _consumes(first) and 1 < len(first.phrases) <= FEW_FIRSTS:
            rest = "".join(parts[1:])
            ordered = sorted(first.phrases.items())
            by_first = tuple(
                compile_regex(
                    self._element(replace(first, phrases={word: phrases}), anchored=True, leading=True) + rest
                )
                for word, phrases in ordered
            )
            return CodedSequence(sequence, None, confirmed, by_first, tuple(self.codes[word] for word, _ in ordered))
        return CodedSequence(sequence, compile_regex("".join(parts)), confirmed)

    def source(self, sequence: Sequence) -> str:
        """The source of C{sequence}'s whole regex (L{CodedSequence.regex}, compiled or not)."""
        return "".join(self._parts(sequence))

    def _parts(self, sequence: Sequence) -> list[str]:
        elements = sequence.elements
        if elements[0].lookbehind and len(elements) > 1 and _consumes(elements[1]):
            # Checked after the first token of the next element instead of
            # before it, so the regex still starts with a token and C{re}
            # can skip ahead to the places where one occurs.
            behind = f"(?<![{self._class(elements[0].firsts)}].)"
            elements = elements[1:]
            parts = [self._phrases(elements[0], behind)]
        else:
            parts = [self._element(elements[0], anchored=True, leading=True)]
        for previous, element in pairwise(elements):
            parts.append(self._element(element, anchored=previous.lookbehind))
        return parts

    def _class(self, words: Iterable[str]) -> str:
        """
        The codes of C{words} for a character class, runs of three or more
        consecutive codes as a range: the same set, fewer characters for
        C{re} to parse (L{_run_order} makes the common classes runs).
        """
        codes = sorted(ord(self.codes[word]) for word in words)
        parts = []
        start = 0
        for end in range(1, len(codes) + 1):
            if end == len(codes) or codes[end] != codes[end - 1] + 1:
                low, high = chr(codes[start]), chr(codes[end - 1])
                if end - start >= 3:
                    parts.append(f"{re.escape(low)}-{re.escape(high)}")
                else:
                    parts.append("".join(re.escape(chr(code)) for code in codes[start:end]))
                start = end
        return "".join(parts)

    def _coded(self, words: Iterable[str]) -> str:
        return "".join(re.escape(self.codes[word]) for word in words)

    def _element(self, element: Element, anchored: bool, leading: bool = False) -> str:
        if element.lookbehind:
            return f"(?<![{self._class(element.firsts)}])"
        if element.lookahead:
            return f"(?=[{self._class(element.firsts)}])"
        body = self._phrases(element, leading=leading)
        if anchored or not element.gap:
            return body
        stops = self._class(element.forbidden | {BOUNDARY})
        return f"[^{stops}]{{0,{element.gap}}}?{body}"

    def _phrases(self, element: Element, after_first: str = "", leading: bool = True) -> str:
        """
        An alternation with one branch per first token, each starting with
        that token (so C{re} skips to where one of them occurs), then its
        phrases' other tokens, longest first, as the walk tries them.

        Past the C{leading} element, the first tokens that are whole phrases
        share one branch, a character class: C{re} tries an alternation one
        branch at a time at every place a gap allows (a class of 40 words
        after a gap of three made a search of a 4 KB text's tokens up to
        170 us), and tests a class in one step.  Two branches never start
        with the same token, so at any place at most one can match, and
        their order does not change the match.  The leading element keeps
        one branch per token: C{re} skips ahead only to the first
        characters of an alternation of literals.
        """
        branches = []
        singles = []
        for first in sorted(element.phrases):
            rests = [self._coded(phrase[1:]) for phrase in element.phrases[first]]
            if rests == [""] and not leading:
                singles.append(first)
                continue
            tail = "" if rests == [""] else "(?:" + "|".join(rests) + ")"
            branches.append(self._coded((first,)) + after_first + tail)
        if len(singles) > 1:
            branches.insert(0, f"[{self._class(singles)}]" + after_first)
        elif singles:
            branches.insert(0, self._coded(singles) + after_first)
        return "(?:" + "|".join(branches) + ")"


RUN_CLASSES: Final = 4096
"""How many of the most used classes L{_run_order} lays out as runs of codes (all: about 1 500 of 3+ words)."""


def _class_counts(sequences: Iterable[Sequence]) -> Counter[frozenset[str]]:
    """
    How many times each set of words becomes a character class in the
    regexes L{TokenCodes.compile} writes, or C{re} makes of them: a
    look-around's first words (a look-behind before the first element is
    written once per first word of the element after it), a gap's stop
    words, an alternation of single words, and the first words of a
    sequence (C{re}'s prefix set for skipping ahead).
    """
    counts: Counter[frozenset[str]] = Counter()
    for sequence in sequences:
        elements = sequence.elements
        for index, element in enumerate(elements):
            if element.lookbehind or element.lookahead:
                times = 1
                if index == 0 and element.lookbehind and len(elements) > 1 and _consumes(elements[1]):
                    times = len(elements[1].phrases)
                counts[frozenset(element.firsts)] += times
                continue
            if element.gap and index and not elements[index - 1].lookbehind:
                counts[element.forbidden | {BOUNDARY}] += 1
            if index == 0 or (index == 1 and elements[0].lookbehind):
                counts[frozenset(element.phrases)] += 1
            if all(len(phrase) == 1 for phrases in element.phrases.values() for phrase in phrases):
                counts[frozenset(element.phrases)] += 1
            for phrases in element.phrases.values():
                if len(phrases) > 1 and all(len(phrase) == 2 for phrase in phrases):
                    counts[frozenset(phrase[1] for phrase in phrases)] += 1
    return counts


def _run_order(counts: Counter[frozenset[str]]) -> Callable[[str], int]:
    """
    A sort key that gives the most used classes' words consecutive codes.

    A class of scattered codes above Latin-1 is compiled by C{re} into a
    bitmap of all 65 536 characters (C{_optimize_charset}'s C{BIGCHARSET}),
    a fraction of a millisecond each; the same few classes written a few
    thousand times were a third of building the scanner.  A class of at
    most two runs of consecutive codes is compiled into one or two ranges,
    at no cost, and is tested as fast.  Sorting words by their membership
    of the classes, most used first, each bit reflected by the ones before
    it (a Gray code order), makes the first class one run, the second at
    most two, and the rest whatever their overlaps allow (most classes are
    small and share few words).  Only the characters change: a code is
    still one word, so every regex matches what it matched.
    """
    ranked = [words for words, _ in sorted(counts.items(), key=lambda item: (-item[1], sorted(item[0])))]
    ranked = [words for words in ranked if len(words) > 2][:RUN_CLASSES]
    member: dict[str, list[int]] = {}
    for index, words in enumerate(ranked):
        for word in words:
            member.setdefault(word, []).append(index)
    size = len(ranked)

    def key(word: str) -> int:
        # Bit i (the most significant first) is 1 when the word's membership
        # of class i equals the parity of its memberships before it: from
        # each class it belongs to, up to the next one, the bits flip.
        value = 0
        ones = True
        done = 0
        for index in (*member.get(word, ()), size):
            if ones:
                value |= ((1 << (index - done)) - 1) << (size - index)
            ones = not ones
            done = index
        return value

    return key


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
