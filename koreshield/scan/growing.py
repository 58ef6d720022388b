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
from typing import Final

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
        if not self.compiled.context_before(text, position):
            return False
        return self.partial.fullmatch(text, position, end) is not None

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
        self._beginnings: dict[str, list[int]] = {}
        finders: list[str] = []
        for index, shape in enumerate(shapes):
            for prefix in shape.prefixes:
                folded = prefix.lower() if shape.ignore_case else prefix
                escaped = re.escape(prefix)
                finders.append(f"(?i:{escaped})" if shape.ignore_case else escaped)
                firsts = {prefix[0].lower(), prefix[0].upper()} if shape.ignore_case else {prefix[0]}
                for first in firsts:
                    self._by_first_char.setdefault(first, []).append((folded, shape.ignore_case, index))
                for length in range(1, len(prefix)):
                    self._beginnings.setdefault(folded[:length], []).append(index)
        self._prefix_finder = re.compile("(?=" + "|".join(finders) + ")") if finders else None
        self._longest_prefix = max((len(p) for s in shapes for p in s.prefixes), default=0)
        self._runs = tuple(i for i, shape in enumerate(shapes) if not shape.prefixes)
        self._run_reach = max((self._shapes[i].reach for i in self._runs), default=0)

    @property
    def shapes(self) -> tuple[GrowingShape, ...]:
        """The shapes followed, in the order they were given."""
        return self._shapes

    def follow(self) -> TokenFollower:
        """A follower for one new text."""
        return TokenFollower(self)

    def scan(self, cursors: list[int], text: str, offset: int, complete: bool) -> tuple[list[TokenMatch], int]:
        """
        Advance C{cursors} (one per shape, absolute positions) over C{text}.

        @param text: the text held, whose first character is at absolute
            position C{offset}; it must start at least L{KEEP_BEFORE}
            characters before the lowest cursor (or at the very beginning).
        @param complete: no more text will come: every attempt settles.
        @return: the newly settled matches, in absolute positions and
            sorted by start, and the absolute position text must be held
            from (the end of C{text} when nothing can still become a match).
        """
        end = len(text)
        local = [max(0, cursor - offset) for cursor in cursors]
        opens = {} if complete else self._open_attempts(text, local, end)
        low = min(local, default=end)
        first_match = self._any.search(text, low, end) if self._any is not None and low < end else None
        found: list[TokenMatch] = []
        hold = end
        for index, growing in enumerate(self._shapes):
            still_open = opens.get(index, [])
            settled_before = min((position for position, _ in still_open), default=end)
            for _, held in still_open:
                hold = min(hold, held)
            if first_match is not None:
                for position, start, stop in growing.attempts(text, max(local[index], first_match.start()), end):
                    if position < settled_before:
                        found.append(TokenMatch(growing.shape, offset + start, offset + stop))
                    else:
                        hold = min(hold, start)
            cursors[index] = offset + settled_before
        found.sort(key=lambda m: (m.start, m.end))
        return found, offset + hold

    def _open_attempts(self, text: str, local: list[int], end: int) -> dict[int, list[tuple[int, int]]]:
        """For each shape, the positions whose outcome is still open, and where each would hold from."""
        opens: dict[int, list[tuple[int, int]]] = {}
        seen: set[tuple[int, int]] = set()

        def consider(index: int, position: int) -> bool:
            if position < local[index] or (index, position) in seen:
                return False
            seen.add((index, position))
            growing = self._shapes[index]
            if not growing.open_at(text, position, end):
                return False
            opens.setdefault(index, []).append((position, growing.held_from(text, position, end)))
            return True

        low = min(local, default=end)
        if self._prefix_finder is not None:
            for found in self._prefix_finder.finditer(text, low, end):
                position = found.start()
                for prefix, ignore_case, index in self._by_first_char.get(text[position], ()):
                    if ignore_case:
                        if text[position : position + len(prefix)].lower() == prefix:
                            consider(index, position)
                    elif text.startswith(prefix, position):
                        consider(index, position)
            for position in range(max(low, end - self._longest_prefix + 1), end):
                fragment = text[position:end]
                for index in self._beginnings.get(fragment, ()):
                    consider(index, position)
                folded = fragment.lower()
                if folded != fragment:
                    for index in self._beginnings.get(folded, ()):
                        if self._shapes[index].shape.ignore_case:
                            consider(index, position)
        if self._runs and low < end:
            first = max(low, end - self._run_reach)
            reversed_tail = text[first:end][::-1]
            for index in self._runs:
                growing = self._shapes[index]
                run = growing.trailing_run.match(reversed_tail)
                length = run.end() if run is not None else 0
                if length == 0:
                    continue
                start = max(local[index], end - length, end - growing.reach)
                for position in growing.run_candidates(text, start, end):
                    if consider(index, position):
                        break
        for still_open in opens.values():
            still_open.sort()
        return opens


class TokenFollower:
    """
    Follows one growing text for a L{GrowingTextMatcher}: where each shape
    has settled up to.
    """

    def __init__(self, matcher: GrowingTextMatcher) -> None:
        self._matcher = matcher
        self._cursors = [0] * len(matcher.shapes)

    @property
    def keep_from(self) -> int:
        """The absolute position before which the text is no longer needed."""
        return min(self._cursors, default=0) - KEEP_BEFORE

    def scan(self, text: str, offset: int, complete: bool = False) -> tuple[list[TokenMatch], int]:
        """See L{GrowingTextMatcher.scan}."""
        return self._matcher.scan(self._cursors, text, offset, complete)


def could_start_match(tail: str, patterns: Iterable[TokenPattern]) -> int:
    """
    How many characters at the end of C{tail} might still become part of a
    match of one of C{patterns} (at any sensitivity): a guard that has
    sent everything before C{tail} can send all but this many characters of
    it at once.  0 means nothing at the end can start one.
    """
    _, hold = GrowingTextMatcher(patterns, "high").follow().scan(tail, 0)
    return len(tail) - hold
