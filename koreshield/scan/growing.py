"""
Matching secret and personal-data shapes in a text that grows at its end.

test-case-name: tests.test_scan_growing

An answer streamed to a client is a text known only up to its latest
character.  To pass on at once everything that is safe, and nothing that is
not, the output guard needs two things after every piece:

  - the matches that are I{settled}: no text still to come can change them;
  - where text must be I{held} from: the earliest character that might still
    become part of a match.

A shape's regex, tried at a position, reads the characters from there on;
its outcome there (a match and its extent, or none) can change with more
text only if it read up to the end of the text.  A shape's I{partial}
regex (L{TokenPattern.partial_regex}) fullmatches every beginning of
everything the shape can match: where the text from a position to the end
does not fullmatch it, the attempt there stopped short of the end and its
outcome is settled.  What a shape requires I{before} a position (its
look-behind, its context) is already known, so it settles an attempt at
once.  The partial regexes may accept more than the shapes do: that only
holds text a little longer, it never lets a match out early.

Every position is tried (overlapping matches are all found, to be merged by
the guard), so an attempt's outcome depends on the text around it and never
on matches elsewhere.  That is what makes the matches of a text fed in any
number of pieces the same as those of the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from koreshield.scan.patterns import CONTEXT_WINDOW, CompiledShape, TokenMatch, TokenPattern

KEEP_BEFORE: Final = CONTEXT_WINDOW + 16
"""Characters a scan needs before a shape's cursor: its look-behind and the context window."""


@dataclass(frozen=True)
class GrowingShape:
    """One shape, with what following a growing text needs besides its regex."""

    compiled: CompiledShape
    partial: re.Pattern[str]
    behind: re.Pattern[str] | None
    not_behind: re.Pattern[str] | None
    starts: re.Pattern[str] | None
    lead: re.Pattern[str] | None
    trailing_run: re.Pattern[str]
    reach: int

    @classmethod
    def of(cls, shape: TokenPattern) -> GrowingShape:
        flags = re.IGNORECASE if shape.ignore_case else 0
        behind = shape.behind_class()
        return cls(
            compiled=CompiledShape.of(shape),
            partial=re.compile(shape.partial_regex(), flags),
            behind=re.compile(f"[{behind}]") if behind else None,
            not_behind=re.compile(f"[^{behind}]") if behind else None,
            starts=re.compile(f"[{shape.starts}]") if shape.starts else None,
            lead=re.compile(shape.lead, flags) if shape.lead else None,
            trailing_run=re.compile(f"[{shape.charset}]*"),
            reach=shape.max_length + 2,
        )

    @property
    def shape(self) -> TokenPattern:
        return self.compiled.shape

    def open_at(self, text: str, position: int, end: int) -> bool:
        """Whether more text may still change what this shape matches at C{position}."""
        if position > 0 and self.behind is not None and self.behind.match(text, position - 1):
            return False
        if self.starts is not None and not self.starts.match(text, position):
            return False
        if self.partial.fullmatch(text, position, end) is None:
            return False
        return self.compiled.context_before(text, position)

    def held_from(self, text: str, position: int, end: int) -> int:
        """
        Where a match still open at C{position} could begin what it
        reports: there, or past its lead once the lead is complete (the
        keyword of C{password: ...} is never reported, only the value).
        """
        if self.lead is None:
            return position
        lead = self.lead.match(text, position, end)
        if lead is None or lead.end() >= end:
            return end
        return lead.end()

    def run_candidates(self, text: str, first: int, end: int) -> Iterator[int]:
        """Positions from C{first} where a shape without prefixes could start: after a character it allows."""
        if self.not_behind is None:
            yield from range(first, end)
            return
        yield first
        for allowed in self.not_behind.finditer(text, first, end - 1):
            yield allowed.end()

    def attempts(self, text: str, low: int, end: int) -> Iterator[tuple[int, int, int]]:
        """C{(position, start, end)} of every reported match tried at a position from C{low}."""
        regex = self.compiled.regex
        match = regex.search(text, low, end)
        while match is not None:
            span = self.compiled.reported_span(text, match)
            if span is not None:
                yield match.start(), span[0], span[1]
            match = regex.search(text, match.start() + 1, end)


class _ReversedTrie:
    """
    Strings (beginnings of key prefixes) stored back to front, to find in one
    short walk back from the end of a text every one the text ends with.
    """

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}

    def add(self, string: str, index: int) -> None:
        node = self._root
        for char in reversed(string):
            node = node.setdefault(char, {})
        node.setdefault("", []).append(index)

    def ending(self, text: str, low: int, end: int, fold: bool) -> Iterator[tuple[int, int]]:
        """C{(position, index)} for every string C{text[position:end]} is, position from C{low}."""
        node: dict[str, Any] | None = self._root
        position = end
        while position > low and node:
            position -= 1
            node = node.get(text[position].lower() if fold else text[position])
            for index in node.get("", ()) if node else ():
                yield position, index


def _scoped(shape: TokenPattern) -> str:
    source = shape.regex()
    return f"(?i:{source})" if shape.ignore_case else f"(?:{source})"


class GrowingTextMatcher:
    """
    A set of shapes, compiled once, for following texts as they grow.

    Each text is followed by its own L{TokenFollower} (from L{follow}); the
    matcher is shared and holds no per-text state.

    @param sensitivity: shapes not active at it are left out.
    """

    def __init__(self, patterns: Iterable[TokenPattern], sensitivity: str) -> None:
        shapes = [shape for shape in patterns if shape.active_at(sensitivity)]
        self._shapes = tuple(GrowingShape.of(shape) for shape in shapes)
        self._any = re.compile("|".join(_scoped(shape) for shape in shapes)) if shapes else None
        self._by_first_char: dict[str, list[tuple[str, bool, int]]] = {}
        self._endings = _ReversedTrie()
        self._folded_endings = _ReversedTrie()
        finders: list[str] = []
        for index, shape in enumerate(shapes):
            for prefix in shape.prefixes:
                folded = prefix.lower() if shape.ignore_case else prefix
                finders.append(f"(?i:{re.escape(prefix)})" if shape.ignore_case else re.escape(prefix))
                firsts = {prefix[0].lower(), prefix[0].upper()} if shape.ignore_case else {prefix[0]}
                for first in firsts:
                    self._by_first_char.setdefault(first, []).append((folded, shape.ignore_case, index))
                endings = self._folded_endings if shape.ignore_case else self._endings
                for length in range(1, len(prefix)):
                    endings.add(folded[:length], index)
        self._prefix_finder = re.compile("|".join(sorted(finders, key=len, reverse=True))) if finders else None
        self._runs = tuple(i for i, shape in enumerate(shapes) if not shape.prefixes)
        self._run_reach = max((self._shapes[i].reach for i in self._runs), default=0)

    @property
    def shapes(self) -> tuple[GrowingShape, ...]:
        """The shapes followed, in the order they were given."""
        return self._shapes

    def follow(self) -> TokenFollower:
        """A follower for one new text."""
        return TokenFollower(self)

    def scan(
        self, settled: int, behind: dict[int, int], text: str, offset: int, complete: bool
    ) -> tuple[list[TokenMatch], int, dict[int, int]]:
        """
        Look at C{text} again after it grew.

        @param settled: the absolute position before which every shape's
            attempts are settled, except for the shapes in C{behind}, which
            are settled only up to their value there.
        @param text: the text held, whose first character is at absolute
            position C{offset}; it must start at least L{KEEP_BEFORE}
            characters before the lowest of those positions (or at the very
            beginning).
        @param complete: no more text will come: every attempt settles.
        @return: the newly settled matches, in absolute positions and
            sorted by start; the absolute position text must be held from
            (the end of C{text} when nothing can still become a match); and
            the new C{behind} (with everything else settled to the end).
        """
        end = len(text)
        base = max(0, settled - offset)
        lows = {index: max(0, cursor - offset) for index, cursor in behind.items()}
        low = min(base, *lows.values()) if lows else base
        opens = {} if complete or low >= end else self._open_attempts(text, base, lows, low, end)
        hold = end
        still_behind = {}
        for index, still_open in opens.items():
            still_behind[index] = offset + still_open[0][0]
            for _, held in still_open:
                hold = min(hold, held)
        found: list[TokenMatch] = []
        first_match = self._any.search(text, low, end) if self._any is not None and low < end else None
        if first_match is not None:
            for index, growing in enumerate(self._shapes):
                settled_before = opens[index][0][0] if index in opens else end
                for position, start, stop in growing.attempts(
                    text, max(lows.get(index, base), first_match.start()), end
                ):
                    if position < settled_before:
                        found.append(TokenMatch(growing.shape, offset + start, offset + stop))
                    else:
                        hold = min(hold, start)
            found.sort(key=lambda m: (m.start, m.end))
        return found, offset + hold, still_behind

    def _open_attempts(
        self, text: str, base: int, lows: dict[int, int], low: int, end: int
    ) -> dict[int, list[tuple[int, int]]]:
        """For each shape, the positions whose outcome is still open, and where each would hold from."""
        opens: dict[int, list[tuple[int, int]]] = {}
        seen: set[tuple[int, int]] = set()

        def consider(index: int, position: int) -> bool:
            if position < lows.get(index, base) or (index, position) in seen:
                return False
            seen.add((index, position))
            growing = self._shapes[index]
            if not growing.open_at(text, position, end):
                return False
            opens.setdefault(index, []).append((position, growing.held_from(text, position, end)))
            return True

        if self._prefix_finder is not None:
            found = self._prefix_finder.search(text, low, end)
            while found is not None:
                position = found.start()
                for prefix, ignore_case, index in self._by_first_char.get(text[position], ()):
                    if ignore_case:
                        if text[position : position + len(prefix)].lower() == prefix:
                            consider(index, position)
                    elif text.startswith(prefix, position):
                        consider(index, position)
                found = self._prefix_finder.search(text, position + 1, end)
            for position, index in self._endings.ending(text, low, end, fold=False):
                consider(index, position)
            for position, index in self._folded_endings.ending(text, low, end, fold=True):
                consider(index, position)
        if self._runs:
            reversed_tail = text[max(low, end - self._run_reach) : end][::-1]
            for index in self._runs:
                growing = self._shapes[index]
                run = growing.trailing_run.match(reversed_tail)
                length = run.end() if run is not None else 0
                if length == 0:
                    continue
                start = max(lows.get(index, base), end - length, end - growing.reach)
                for position in growing.run_candidates(text, start, end):
                    if consider(index, position):
                        break
        for still_open in opens.values():
            still_open.sort()
        return opens


class TokenFollower:
    """
    Follows one growing text for a L{GrowingTextMatcher}: how far each shape
    has settled.  Most shapes settle up to the end of the text after every
    piece; the few with an attempt still open are kept apart.
    """

    def __init__(self, matcher: GrowingTextMatcher) -> None:
        self._matcher = matcher
        self._settled = 0
        self._behind: dict[int, int] = {}

    @property
    def keep_from(self) -> int:
        """The absolute position before which the text is no longer needed."""
        return min([self._settled, *self._behind.values()]) - KEEP_BEFORE

    def scan(self, text: str, offset: int, complete: bool = False) -> tuple[list[TokenMatch], int]:
        """See L{GrowingTextMatcher.scan}: the settled matches and where to hold from."""
        found, hold, self._behind = self._matcher.scan(self._settled, self._behind, text, offset, complete)
        self._settled = offset + len(text)
        return found, hold


def could_start_match(tail: str, patterns: Iterable[TokenPattern]) -> int:
    """
    How many characters at the end of C{tail} might still become part of a
    match of one of C{patterns} (at any sensitivity): a guard that has
    sent everything before C{tail} can send all but this many characters of
    it at once.  0 means nothing at the end can start one.
    """
    _, hold = GrowingTextMatcher(patterns, "high").follow().scan(tail, 0)
    return len(tail) - hold
