"""
Mapping offsets in a rewritten text back to the text it was rewritten from.

test-case-name: tests.test_scan_normalise

Normalisation deletes, expands and collapses characters, but findings must
point into the caller's original text (redaction replaces those spans).  A
rewrite records only the stretches whose length changed; everything between
them maps one to one, so the common case (plain ASCII) costs nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """
    Offsets of a derived text, mapped back to its source.

    @ivar edits: C{(dst_start, dst_end, src_start, src_end)} for each
        stretch whose length changed, sorted by position.  An offset inside
        an edited stretch maps to the whole source stretch.
    @ivar starts: the C{dst_start} of each edit, for bisection.
    """

    edits: tuple[tuple[int, int, int, int], ...] = ()
    starts: tuple[int, ...] = ()

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the span C{[start, end)} of the derived text to the source."""
        if not self.edits:
            return start, end
        source_end = self._map(end, is_end=True)
        # An empty span at a deletion maps past it at the start and before it
        # at the end; it stays empty in the source.
        return min(self._map(start, is_end=False), source_end), source_end

    def _map(self, offset: int, is_end: bool) -> int:
        index = (bisect_left if is_end else bisect_right)(self.starts, offset) - 1
        if index < 0:
            return offset
        _, dst_end, src_start, src_end = self.edits[index]
        if is_end and offset <= dst_end:
            return src_end
        if not is_end and offset < dst_end:
            return src_start
        return offset - dst_end + src_end


class OffsetMapBuilder:
    """
    Collects edits while a text is rewritten left to right.

    Call L{replaced} for every stretch of the source that is replaced (in
    order); unchanged stretches need no call.
    """

    def __init__(self) -> None:
        self._edits: list[tuple[int, int, int, int]] = []
        self._delta = 0

    def replaced(self, src_start: int, src_end: int, new_length: int) -> None:
        """Record that C{source[src_start:src_end]} became C{new_length} characters."""
        old_length = src_end - src_start
        if old_length == new_length:
            return
        dst_start = src_start + self._delta
        self._edits.append((dst_start, dst_start + new_length, src_start, src_end))
        self._delta += new_length - old_length

    def build(self) -> OffsetMap:
        """The map of every edit recorded so far."""
        return OffsetMap(tuple(self._edits), tuple(edit[0] for edit in self._edits))
