"""
CPython's own parser of regular expressions, how far before its start a
pattern's search reads, and whether it reads some characters alike.

test-case-name: tests.test_scan_regexparse

Knowing that lets a caller reuse a search's result where the text it read is
unchanged (L{koreshield.scan.rules}), or changed only in characters the
pattern cannot tell apart, and try a pattern only where a match can begin
(L{koreshield.scan.leads}).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final


def _re_module(name: str, before_3_11: str) -> Any:
    try:
        return importlib.import_module(f"re.{name}")
    except ImportError:  # Python 3.10
        return importlib.import_module(before_3_11)


PARSER: Final[Any] = _re_module("_parser", "sre_parse")
CONSTANTS: Final[Any] = _re_module("_constants", "sre_constants")
COMPILER: Final[Any] = _re_module("_compiler", "sre_compile")
"""CPython's own parser and compiler of regular expressions (typeshed knows only their deprecated names)."""
REPEATS: Final = tuple(
    getattr(CONSTANTS, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(CONSTANTS, name)
)
ATOMIC_GROUP: Final = getattr(CONSTANTS, "ATOMIC_GROUP", None)
"""Absent before Python 3.11, like possessive repeats."""

UNBOUNDED: Final = 1 << 16
"""A width at least this is taken as unbounded (L{koreshield.scan.leads})."""


def reach_behind(pattern: str) -> int:
    """
    How many characters before a search's start C{pattern} can see: the
    widest look-behind (Python's are of bounded width), at least one for
    C{\\b} and C{^}.  What a search of C{[start, end)} finds depends on the
    text from C{start - reach_behind(pattern)} to C{end} only.
    """
    widths = [int(sub.getwidth()[1]) for direction, sub in _lookarounds(PARSER.parse(pattern)) if direction < 0]
    return max([1, *(width + 1 for width in widths)])


def reach(pattern: str) -> int:
    """
    How far past a match's start C{pattern} can read: its widest match and
    the widest look-ahead after it (C{UNBOUNDED} or more when unbounded).
    What a match at a place consumes and checks lies within this many
    characters from there.
    """
    parsed = PARSER.parse(pattern)
    ahead = [int(sub.getwidth()[1]) for direction, sub in _lookarounds(parsed) if direction > 0]
    return int(parsed.getwidth()[1]) + max(ahead, default=0)


def _lookarounds(parsed: Any) -> Iterator[tuple[int, Any]]:
    """Every look-ahead (direction 1) and look-behind (-1) of a parsed pattern, nested ones too."""
    stack = [parsed]
    while stack:
        for op, value in stack.pop():
            if op in (CONSTANTS.ASSERT, CONSTANTS.ASSERT_NOT):
                direction, sub = value
                yield direction, sub
                stack.append(sub)
            elif op is CONSTANTS.BRANCH:
                stack.extend(value[1])
            elif op is CONSTANTS.SUBPATTERN:
                stack.append(value[-1])
            elif op in REPEATS:
                stack.append(value[2])
            elif op is ATOMIC_GROUP:
                stack.append(value)
            elif op is CONSTANTS.GROUPREF_EXISTS:
                stack.extend(branch for branch in value[1:] if branch is not None)


def reads_alike(pattern: str, respellings: Iterable[tuple[str, str]]) -> bool:
    """
    Whether C{pattern} cannot tell apart the two characters of each of
    C{respellings}: every character it consumes, every look-around and word
    boundary accepts both or neither.  A search of a text, and of the text
    with some of those characters replaced by their partners one for one,
    then takes the same steps and finds the same match.

    Conservative: a back-reference, a flag set inside the pattern for part
    of it, or anything this does not know makes the answer C{False}.
    """
    parsed = PARSER.parse(pattern)
    pairs = tuple(respellings)
    flags = parsed.state.flags
    if not _alike(re.compile(r"\w", flags), pairs):
        boundaries: tuple[Any, ...] = (CONSTANTS.AT_BOUNDARY, CONSTANTS.AT_NON_BOUNDARY)
    else:
        boundaries = ()
    consuming = (CONSTANTS.LITERAL, CONSTANTS.NOT_LITERAL, CONSTANTS.IN, CONSTANTS.ANY)
    stack = [parsed]
    while stack:
        for item in stack.pop():
            op, value = item
            if op in consuming:
                if not _alike(COMPILER.compile(PARSER.SubPattern(parsed.state, [item])), pairs):
                    return False
            elif op is CONSTANTS.AT:
                if value in boundaries:
                    return False
            elif op in (CONSTANTS.ASSERT, CONSTANTS.ASSERT_NOT):
                stack.append(value[1])
            elif op is CONSTANTS.BRANCH:
                stack.extend(value[1])
            elif op is CONSTANTS.SUBPATTERN:
                if value[1] or value[2]:
                    return False
                stack.append(value[-1])
            elif op in REPEATS:
                stack.append(value[2])
            elif op is ATOMIC_GROUP:
                stack.append(value)
            else:
                return False
    return True


FEW_CLASS_CHARACTERS: Final = 16
"""A character class of more characters than this is no use as a set to look for (L{consumed_one_of})."""


def consumed_one_of(pattern: str, excluded: Iterable[str] = ()) -> frozenset[str]:
    """
    A small set of characters one of which every match of C{pattern} consumes, none of them a letter, a digit,
    a blank or one of C{excluded}; empty when none is found.  A text that holds none of them holds no match, which
    a C{memchr} per character says before any search: C{addressed.conversation_into_blank}'s blank is one of
    C{[ { <}, which most prompts lack, though they hold its anchor "where".

    Read off the parsed pattern: a literal, a class of a few literal characters, a group or a repeat of at least
    one holding such, and an alternation whose every branch holds one (the union) each give a set; the smallest
    is kept.  Look-arounds, optional or negated parts, groups with flags of their own and back-references give
    none, and a pattern with flags of its own gives an empty set.  Letters, digits and blanks are left out
    because nearly every text holds them.
    """
    parsed = PARSER.parse(pattern)
    if parsed.state.flags & ~re.UNICODE:
        return frozenset()
    sets = _consumed_sets(parsed, frozenset(excluded))
    return min(sets, key=len) if sets else frozenset()


def _consumed_sets(parsed: Any, excluded: frozenset[str]) -> list[frozenset[str]]:
    """
    Sets of characters, none a letter, digit, blank or one of C{excluded}, each of which every match of the items
    C{parsed} consumes one of.
    """
    sets: list[frozenset[str]] = []
    for op, value in parsed:
        if op is CONSTANTS.LITERAL:
            sets.append(frozenset(chr(value)))
        elif op is CONSTANTS.IN:
            sets.append(_class_members(value))
        elif op is CONSTANTS.SUBPATTERN:
            if not value[1] and not value[2]:
                sets.extend(_consumed_sets(value[-1], excluded))
        elif op in REPEATS:
            if value[0] >= 1:
                sets.extend(_consumed_sets(value[2], excluded))
        elif op is ATOMIC_GROUP:
            sets.extend(_consumed_sets(value, excluded))
        elif op is CONSTANTS.BRANCH:
            branches = [_consumed_sets(branch, excluded) for branch in value[1]]
            if all(branches):
                sets.append(frozenset().union(*(min(branch, key=len) for branch in branches)))
    return [found for found in sets if found and not any(_common(char) or char in excluded for char in found)]


def _common(char: str) -> bool:
    return char.isalnum() or char.isspace()


def _class_members(items: Any) -> frozenset[str]:
    """The characters of a class of literals and short ranges, or none for any other class (negated, categories)."""
    members: set[str] = set()
    for op, value in items:
        if op is CONSTANTS.LITERAL:
            members.add(chr(value))
        elif op is CONSTANTS.RANGE and value[1] - value[0] < FEW_CLASS_CHARACTERS:
            members.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return frozenset()
    return frozenset(members) if len(members) <= FEW_CLASS_CHARACTERS else frozenset()


def _alike(atom: re.Pattern[str], pairs: tuple[tuple[str, str], ...]) -> bool:
    return all((atom.fullmatch(one) is None) == (atom.fullmatch(other) is None) for one, other in pairs)


_CHECKS: Final = (CONSTANTS.AT, CONSTANTS.ASSERT, CONSTANTS.ASSERT_NOT)
"""What L{relaxed} drops: zero-width checks (word boundaries, anchors, look-arounds)."""
_COMMITTING: Final = tuple(op for op in (ATOMIC_GROUP, getattr(CONSTANTS, "POSSESSIVE_REPEAT", None)) if op is not None)
"""Items that give up paths once they have matched: a check dropped inside one may change what they keep."""


def relaxed(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """L{without_checks}, compiled."""
    parsed = without_checks(regex)
    if parsed is None:
        return None
    compiled: re.Pattern[str] = COMPILER.compile(parsed)
    return compiled


def without_checks(regex: re.Pattern[str]) -> Any | None:
    """
    C{regex}, parsed, with its zero-width checks dropped (word boundaries, C{^} and
    C{$}, look-aheads and look-behinds), or C{None} when it has none to
    drop, or has flags, a back-reference (a dropped look-around may set its
    group), an atomic group or a possessive repeat.

    A match of C{regex} takes a path through it that the relaxed pattern
    can take too, with the same span: where the relaxed pattern finds
    nothing, neither does C{regex}, and its first match begins no later.
    The point is speed: C{re} skips ahead to where a match may begin only
    when a pattern begins with characters, and C{\\b(?:such as|for
    example|...)} begins with a check (L{koreshield.scan.leads.ScreenedSearch}).
    """
    if regex.flags & ~re.UNICODE:
        return None
    parsed = PARSER.parse(regex.pattern)
    if parsed.state.flags & ~re.UNICODE:
        return None
    dropped = []

    def strip(sub: Any) -> Any:
        data = []
        for op, value in sub:
            if op in _CHECKS:
                dropped.append(op)
                continue
            if op in _COMMITTING or op in (CONSTANTS.GROUPREF, CONSTANTS.GROUPREF_EXISTS):
                raise _Unrelaxable
            if op is CONSTANTS.BRANCH:
                value = (value[0], [strip(branch) for branch in value[1]])
            elif op is CONSTANTS.SUBPATTERN:
                if value[1] or value[2]:
                    raise _Unrelaxable
                value = (*value[:-1], strip(value[-1]))
            elif op in REPEATS:
                value = (value[0], value[1], strip(value[2]))
            data.append((op, value))
        return PARSER.SubPattern(parsed.state, data)

    try:
        stripped = strip(parsed)
    except _Unrelaxable:
        return None
    return stripped if dropped else None


class _Unrelaxable(Exception):
    """A pattern L{relaxed} leaves alone."""
