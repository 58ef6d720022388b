"""
Where in a text a pattern is worth running: windows around literal anchors.

test-case-name: tests.test_scan_rules

CPython's C{re} costs tens of microseconds per pattern for every 4 KB it
scans, whatever the pattern.  Most patterns here contain a literal that is
rare in ordinary text (a trigger word, a key prefix, an C{@}); finding that
literal with C{str.find} is nearly free, and the pattern then only runs on
the few hundred characters around each occurrence.  Overlapping windows are
merged, and past a cap of occurrences (48, or one per 256 characters in long
texts) the whole text is one window, so the work stays linear however often
an anchor repeats.  Occurrences of one-character anchors (C{=}, C{[}, a
quote), which cannot overlap, are counted first in one C{str.count} each, so
a text full of them is one window without a step per occurrence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import AnyStr, Final

from koreshield.scan.signals import utf8

MAX_OCCURRENCES: Final = 48
OCCURRENCES_PER: Final = 256
"""Long texts may have one anchor occurrence per this many characters before they become one window."""


def anchor_windows(text: str, anchors: Sequence[str], before: int, after: int) -> list[tuple[int, int]]:
    """
    Merged windows C{[start, end)} around every occurrence of any anchor.

    @param before: how far before an anchor a match may start.
    @param after: how far after an anchor's start a match may end.
    @return: sorted, disjoint windows; empty when no anchor occurs.
    """
    length = len(text)
    cap = max(MAX_OCCURRENCES, length // OCCURRENCES_PER)
    if sum(text.count(anchor) for anchor in anchors if len(anchor) == 1) > cap:
        return [(0, length)]
    if len(anchors) == 1 and len(anchors[0]) == 1:
        return _reaching_windows(text, anchors[0], before, after)
    starts = places_of(text, anchors, cap)
    if starts is None:
        return [(0, length)]
    return merged((max(0, position - before), min(length, position + after)) for position in starts)


def places_of(haystack: AnyStr, literals: Iterable[AnyStr], cap: int) -> list[int] | None:
    """
    Every place where one of C{literals} begins in C{haystack} (text, or a
    byte mask), sorted; L{None} past C{cap} of them, where the caller takes
    the whole text instead (a text full of them).
    """
    places: list[int] = []
    for literal in literals:
        place = haystack.find(literal)
        while place >= 0:
            places.append(place)
            if len(places) > cap:
                return None
            place = haystack.find(literal, place + 1)
    places.sort()
    return places


def marked_anchor_windows(
    text: str, anchors: Sequence[str], marks: Sequence[str], within: int, before: int, after: int
) -> list[tuple[int, int]]:
    """
    L{anchor_windows} of the occurrences of C{anchors} that begin fewer than C{within} characters before one
    of the one-character C{marks}, for a pattern whose every match holds an anchor and, within C{within}
    characters of the match's start and after that anchor, a mark (the password shape: C{key} ... C{:}).

    The other occurrences start no match, and every match's own anchor keeps the window it had, so a search
    of these windows finds what a search of all anchors' windows finds.  Each of a few marks (a C{memchr}
    each) is looked behind for the anchors, a search of a few dozen characters each, instead of a search
    of the whole text for every anchor (about 3 us each per 4 KB): a prompt that says "key" and has a
    colon somewhere rarely has one beside the other.  Past L{MAX_OCCURRENCES} marks (one per
    L{OCCURRENCES_PER} characters in long texts), all anchors' windows, as before.
    """
    length = len(text)
    cap = max(MAX_OCCURRENCES, length // OCCURRENCES_PER)
    any_anchor = _any_of(tuple(anchors))
    starts: list[int] = []
    seen = 0
    for mark in marks:
        place = text.find(mark)
        while place >= 0:
            seen += 1
            if seen > cap:
                return anchor_windows(text, anchors, before, after)
            low = max(0, place - within + 1)
            if any_anchor.search(text, low, place) is not None:
                stretch = text[low:place]
                for anchor in anchors:
                    position = stretch.find(anchor)
                    while position >= 0:
                        starts.append(low + position)
                        position = stretch.find(anchor, position + 1)
            place = text.find(mark, place + 1)
    starts.sort()
    return merged((max(0, position - before), min(length, position + after)) for position in starts)


@functools.lru_cache(maxsize=64)
def _any_of(literals: tuple[str, ...]) -> re.Pattern[str]:
    """A regex that finds any of C{literals}: one search of a short stretch where a search per literal cost more."""
    return re.compile("|".join(map(re.escape, literals)))


def _reaching_windows(text: str, anchor: str, before: int, after: int) -> list[tuple[int, int]]:
    """
    L{anchor_windows} of one anchor, without a step per occurrence: from
    each window's first occurrence, the last occurrence whose window would
    touch it (one C{str.rfind} within reach) extends it, until none does.
    A regex cue anchored on C{[}, C{=} or C{+} meets dozens of them in a
    list or a table, mostly a few characters apart.  Its occurrences were
    counted first (L{anchor_windows}), so no cap needs checking here.
    """
    length = len(text)
    windows = []
    position = text.find(anchor)
    while position >= 0:
        start, end = max(0, position - before), min(length, position + after)
        while (position := text.rfind(anchor, position + 1, end + before + len(anchor))) >= 0:
            end = min(length, position + after)
        windows.append((start, end))
        position = text.find(anchor, end + before + 1)
    return windows


def merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows C{[start, end)} given in order of their starts, those that overlap or touch made one."""
    result: list[tuple[int, int]] = []
    for low, high in windows:
        if result and low <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], high))
        else:
            result.append((low, high))
    return result


FEW_LEADS: Final = 8
"""Up to this many places where an anchor of a group begins are compared anchor by anchor (see L{present_anchors})."""
SHORT_TEXT: Final = 1024
"""A text shorter than this is searched for each anchor: its searches cost less than finding places."""


AnchorGroup = tuple[str, tuple[str, ...], re.Pattern[str] | None, tuple[str, ...] | None]
"""
A first character, the anchors that begin with it, (for two or more that
begin with a mark) a regex that matches where one of them begins, and (for
a first character outside ASCII) each anchor's L{leading_other_run}, when
every one of them is at least two characters (L{anchors_by_first}).
"""


def anchors_by_first(anchors: Iterable[str]) -> tuple[AnchorGroup, ...]:
    """
    C{anchors} grouped by their first character, for L{present_anchors}.

    A group of several anchors that begin with a mark (C{<}, C{[}) comes
    with a regex that begins with the mark itself, so C{re} skips to its
    occurrences as fast as C{str.find}, and looks ahead for the rest of any
    anchor of the group: one pass finds every place where an anchor of the
    group begins.  Not for a letter or a digit: the regex would be tried at
    every word that begins with it, where a substring search per anchor
    skips ahead.
    """
    groups: dict[str, list[str]] = {}
    for anchor in anchors:
        groups.setdefault(anchor[0], []).append(anchor)
    return tuple(
        (first, tuple(group), _starts_regex(first, group), _leads(first, group)) for first, group in groups.items()
    )


def leading_other_run(anchor: str) -> str:
    """The characters outside ASCII that C{anchor} begins with, up to its first ASCII character."""
    for index, char in enumerate(anchor):
        if char.isascii():
            return anchor[:index]
    return anchor


def _leads(first: str, group: list[str]) -> tuple[str, ...] | None:
    if first.isascii():
        return None
    leads = tuple(map(leading_other_run, group))
    return leads if all(len(lead) > 1 for lead in leads) else None


def _starts_regex(first: str, group: list[str]) -> re.Pattern[str] | None:
    if len(group) < 2 or first.isalnum():
        return None
    rests = "|".join(re.escape(anchor[1:]) for anchor in group)
    return re.compile(f"{re.escape(first)}(?=(?:{rests}))")


FEW_OTHER_BYTES: Final = 4096
"""
A text with more bytes outside ASCII than this (in UTF-8) is not listed by
L{other_characters}: it is in another script, and most anchors of that
script's cues are worth looking for anyway.  Round fifteen raised it from
256: a 4 KB text that mixes English with a few hundred characters of
Chinese and an emoji (NotInject's rows, joined) is stored four bytes a
character, where each anchor group's C{str.find} costs about 2 us, and the
unspaced cues' 280 groups cost far more than listing its few hundred other
characters once (about 20 us).  A thousand characters of Chinese (3 KB)
cost about as much listed as searched for anchor by anchor.
"""
_ASCII_BYTES: Final = bytes(range(128))


def other_characters(text: str) -> frozenset[str] | None:
    """
    The characters of C{text} outside ASCII, when they are few (an emoji,
    a name), else C{None}.

    Most texts are English with a character or two from elsewhere, and the
    cues of unspaced scripts have dozens of anchors whose first characters
    are all outside ASCII: one pass that lists those few characters (the
    UTF-8 bytes with the ASCII ones deleted, in C) lets
    L{present_anchors} skip every anchor whose first character is not
    among them, instead of searching the text for each.
    """
    rest = other_text(text)
    return None if rest is None else frozenset(rest)


def other_text(text: str) -> str | None:
    """
    The characters of C{text} outside ASCII in their order, the ASCII ones
    left out, when they are few (L{FEW_OTHER_BYTES}), else C{None}.

    A run of characters outside ASCII in C{text} is a run of this string
    too, so an anchor whose L{leading_other_run} is not in it is not in
    C{text} (L{present_anchors}): a search of these few hundred characters
    instead of the whole text.
    """
    if text.isascii():
        return ""
    rest = utf8(text).translate(None, _ASCII_BYTES)
    return rest.decode("utf-8", "surrogatepass") if len(rest) <= FEW_OTHER_BYTES else None


def present_anchors(
    text: str,
    anchors: tuple[str, ...],
    groups: tuple[AnchorGroup, ...],
    others: frozenset[str] | None = None,
    others_text: str | None = None,
) -> list[str]:
    """
    The C{anchors} that occur in C{text}, given also as C{groups} (from
    L{anchors_by_first}).

    A substring search costs about a nanosecond per character, so asking
    for each of a dozen anchors that share a first character (C{<system},
    C{<im_}, C{<|}) scans the text a dozen times.  Instead the group's
    regex finds, in one pass, the places where one of its anchors begins
    (for a group without one, the places of the first character, up to
    L{FEW_LEADS}), and each anchor is compared at those few places (an
    anchor occurs exactly where its first character does and the rest
    follows); only past L{FEW_LEADS} such places is each anchor searched for.

    @param others: the text's characters outside ASCII, if known
        (L{other_characters}): an anchor beginning with any other character
        outside ASCII is not looked for.
    @param others_text: with C{others}, those characters in their order
        (L{other_text}): an anchor of a group with leads (L{AnchorGroup}) is
        looked for in the text only when its lead is in this string.  A text
        that mixes English with some Chinese (NotInject's rows, joined) holds
        the first characters of dozens of groups of the unspaced-script
        cues, and each anchor not in it cost a search of the whole text, 2-4
        us in the four bytes a character an emoji makes (gates23).
    """
    if len(text) < SHORT_TEXT:
        if others is None:
            return [anchor for anchor in anchors if anchor in text]
        return [anchor for anchor in anchors if (anchor[0] < "\x80" or anchor[0] in others) and anchor in text]
    found: list[str] = []
    for first, group, starts, leads in groups:
        if others is not None and first >= "\x80":
            if first not in others:
                continue
            if leads is not None and others_text is not None:
                found.extend(
                    anchor for anchor, lead in zip(group, leads, strict=True) if lead in others_text and anchor in text
                )
                continue
        position = text.find(first)
        if position < 0:
            continue
        if len(group) > 1:
            places = [position]
            while len(places) <= FEW_LEADS and (position := text.find(first, position + 1)) >= 0:
                places.append(position)
            position = places[0]
            if starts is not None:
                # A few places of the mark (each a memchr) are checked with the
                # regex's look-ahead one by one; past that, its pass finds them
                # (it steps a character at a time, about 0.7 ns each: 3-4 us
                # per 4 KB for "<" and "[" where a few memchr cost 0.1).
                if len(places) <= FEW_LEADS:
                    places = [place for place in places if starts.match(text, place)]
                    if not places:
                        continue
                else:
                    places = [match.start() for match in starts.finditer(text, position)]
            if len(places) <= FEW_LEADS:
                found.extend(anchor for anchor in group if any(text.startswith(anchor, place) for place in places))
                continue
        found.extend(anchor for anchor in group if text.find(anchor, position) >= 0)
    return found
