"""
Where a regex's matches can begin: near a literal that every match holds.

test-case-name: tests.test_scan_leads

CPython's C{re} skips ahead quickly only when a pattern begins with a
literal or a class of characters.  A regex cue such as C{\\b[a-z]\\w{0,3}
\\s{0,2}=...} or C{\\b(?:just|only|simply)\\W...} begins with a word boundary,
so a search tries a match at every character of its window: tens of
microseconds per kilobyte.  Yet every match of such a pattern holds a literal
(C{=}, or one of C{just}, C{only}, C{simply}) at most a few characters after
its start, its I{lead}, read off the parsed pattern (L{lead_of}).  Where the
lead's literals are rare, L{LeadSearch} finds them with C{str.find} and tries
the pattern only at the few starts each one allows, in order: the first match
it finds is the one a search of the window would find.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from koreshield.scan.regexparse import ATOMIC_GROUP, COMPILER, CONSTANTS, PARSER, REPEATS, UNBOUNDED, without_checks

MOST_LITERALS: Final = 12
"""A lead of more literals costs more substring searches than it saves (the unspaced scripts' cues)."""

SPARSE: Final = 16
"""
Leads are used in a window only while their literals occur at most once per
this many characters: trying a match costs about as much as C{re} scanning
that many characters without a prefix to skip to.
"""


@dataclass(frozen=True, slots=True)
class Lead:
    """
    Every match of a pattern holds one of C{literals} starting at most
    C{reach} characters after the match's start.
    """

    literals: frozenset[str]
    reach: int


def lead_of(pattern: str) -> Lead | None:
    """
    The lead of C{pattern}, or C{None} when none is known: the first literal
    of its top-level sequence (or the leads of every branch of an
    alternation there, or of a group or a repetition of at least one), with
    the widest that the items before it can be.  Case-insensitive patterns
    have none.
    """
    parsed = PARSER.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _sequence_lead(list(parsed), parsed.state)


def _sequence_lead(items: list[tuple[Any, Any]], state: Any) -> Lead | None:
    offset = 0
    for index, (op, value) in enumerate(items):
        if op is CONSTANTS.LITERAL:
            literal = chr(value)
            for next_op, next_value in items[index + 1 :]:
                if next_op is not CONSTANTS.LITERAL:
                    break
                literal += chr(next_value)
            return Lead(frozenset({literal}), offset)
        found = _item_lead(op, value, state)
        if found is not None:
            return Lead(found.literals, offset + found.reach)
        width = PARSER.SubPattern(state, [(op, value)]).getwidth()[1]
        if width >= UNBOUNDED:
            return None
        offset += width
    return None


def _item_lead(op: Any, value: Any, state: Any) -> Lead | None:
    """The lead of one item that holds a sequence of its own: an alternation, a group, a repetition."""
    if op is CONSTANTS.BRANCH:
        leads = [_sequence_lead(list(branch), state) for branch in value[1]]
        if not leads or any(lead is None for lead in leads):
            return None
        known = [lead for lead in leads if lead is not None]
        return Lead(frozenset().union(*(lead.literals for lead in known)), max(lead.reach for lead in known))
    if op is CONSTANTS.SUBPATTERN:
        added = value[1]
        if added & re.IGNORECASE:
            return None
        return _sequence_lead(list(value[-1]), state)
    if op in REPEATS and value[0] >= 1:
        return _sequence_lead(list(value[2]), state)
    if op is ATOMIC_GROUP:
        return _sequence_lead(list(value), state)
    return None


def skips_ahead(pattern: str) -> bool:
    """
    Whether C{re} can skip to where a match of C{pattern} may begin by
    itself: it begins with a literal, a class, or an alternation of
    literals (C{re}'s own prefix and first-character checks).
    """
    parsed = PARSER.parse(pattern)
    return _begins_with_characters(list(parsed))


def _begins_with_characters(items: list[tuple[Any, Any]]) -> bool:
    if not items:
        return False
    op, value = items[0]
    if op is CONSTANTS.LITERAL:
        return True
    if op is CONSTANTS.IN:
        return _narrow(value)
    if op is CONSTANTS.SUBPATTERN:
        return _begins_with_characters(list(value[-1]))
    if op is CONSTANTS.BRANCH:
        return all(len(branch) and branch[0][0] is CONSTANTS.LITERAL for branch in value[1])
    return False


_COMMON_CHARACTERS: Final = frozenset(map(ord, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n"))


def _narrow(items: list[tuple[Any, Any]]) -> bool:
    """
    Whether a class (the items of a parsed C{[...]}) accepts no letter,
    digit, space or line break of ASCII: C{re} skips ahead to where it
    matches, but a class such as C{[a-z$_]} matches at nearly every
    character of a text, so a pattern that begins with it is tried there
    (C{jailbreak.string_pieces}: about 55 us per 600-character window,
    against a few with its lead, C{=}).  Categories (C{\\w}, C{\\s}) and
    negated classes are taken as broad.
    """
    for op, value in items:
        if op is CONSTANTS.LITERAL:
            if value in _COMMON_CHARACTERS:
                return False
        elif op is CONSTANTS.RANGE:
            low, high = value
            if any(low <= code <= high for code in _COMMON_CHARACTERS):
                return False
        else:
            return False
    return True


class LeadSearch:
    """
    A regex searched only where its lead allows a match to begin (see the
    module's docstring), when that is worth it.
    """

    def __init__(self, regex: re.Pattern[str], lead: Lead) -> None:
        self.regex = regex
        self.literals = tuple(sorted(lead.literals))
        self.reach = lead.reach
        self._starts = re.compile(f"(?s:.{{0,{lead.reach}}}?)(?={regex.pattern})") if lead.reach else None
        """Matches up to C{reach} characters before a place where C{regex} matches, fewest first."""

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> LeadSearch | None:
        """
        A lead search for C{regex}, or C{None} when it has no lead (or one
        of too many literals), C{re} needs none, or it has flags (which its
        look-ahead could not keep).
        """
        if regex.flags & ~re.UNICODE or skips_ahead(regex.pattern):
            return None
        lead = lead_of(regex.pattern)
        if lead is None or not all(lead.literals) or len(lead.literals) > MOST_LITERALS:
            return None
        return cls(regex, lead)

    def search(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """
        The span of C{self.regex.search(text, start, end)}, or C{None}.

        Every match begins at most L{reach} characters before one of the
        literals, so the starts tried are those, in increasing order; a
        start is tried once, and the first that matches is the search's.
        """
        places = _places(text, self.literals, start, end, (end - start) // SPARSE)
        if places is None:
            found = self.regex.search(text, start, end)
            return None if found is None else found.span()
        tried = start
        for place in places:
            if place < tried:
                continue
            low = max(tried, place - self.reach)
            if self._starts is None:
                found = self.regex.match(text, low, end)
                tried = low + 1
            else:
                begin = self._starts.match(text, low, end)
                found = None if begin is None else self.regex.match(text, begin.end(), end)
                tried = low + self.reach + 1
            if found is not None:
                return found.span()
        return None


def _places(text: str, literals: Iterable[str], start: int, end: int, most: int) -> list[int] | None:
    """Where any of C{literals} begins within C{text[start:end]}, in order; C{None} past C{most} places."""
    places: list[int] = []
    for literal in literals:
        place = text.find(literal, start, end)
        while place >= 0:
            places.append(place)
            if len(places) > most:
                return None
            place = text.find(literal, place + 1, end)
    places.sort()
    return places


class ScreenedSearch:
    """
    A regex that begins with a check (C{\\b}, a look-behind) searched from
    where its L{relaxed} form first matches.

    Such a regex gives C{re} no characters to skip ahead to, so a search
    tries a match at every character of its window; the relaxed form,
    which begins with characters, finds in C{re}'s fast scan the first
    place where a match can begin (no match of the regex begins earlier),
    and the regex is searched from there, or not at all when the relaxed
    form finds nothing.  The look-behinds and word boundaries of a search
    from a later start still read the text before it, so the first match
    is the one a search of the whole window finds.  C{scoring.weigh}
    searches C{\\b(?:such as|for example|...)} in the 72 characters before
    every hit: about 10 us each, 2-3 us screened.
    """

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._screen: re.Pattern[str] | None = None
        """
        The relaxed form, when C{re} can skip ahead in it and not in
        C{regex}; else, for a regex with a lead, an alternation of the
        lead's literals.
        """
        self._reach = 0
        """How far before the screen's first match a match of C{regex} may begin."""
        if regex.flags & ~re.UNICODE or skips_ahead(regex.pattern):
            return
        parsed = without_checks(regex)
        if parsed is not None and _begins_with_characters(list(parsed)):
            self._screen = COMPILER.compile(parsed)
            return
        lead = lead_of(regex.pattern)
        if lead is not None and all(lead.literals):
            literals = sorted(lead.literals, key=lambda literal: (-len(literal), literal))
            self._screen = re.compile("|".join(map(re.escape, literals)))
            self._reach = lead.reach

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        """
        C{self.regex.search(text, start, end)}.

        No match begins before the screen's first match (less the lead's
        reach): every match is one of the relaxed form's, or holds one of
        the lead's literals within the window.
        """
        if self._screen is None:
            return self.regex.search(text, start, end)
        first = self._screen.search(text, start, end)
        if first is None:
            return None
        return self.regex.search(text, max(start, first.start() - self._reach), end)
