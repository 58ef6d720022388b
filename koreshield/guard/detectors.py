"""
What the output guard looks for in a growing text, one detector per category.

test-case-name: tests.test_guard_detectors

Every detector follows one text (an answer's content, a tool call's
arguments) as it grows and answers the same two questions after each
piece (L{Detector.scan}): which detections are now settled, and from where
the text must still be held because it might become part of one.  The
guard (L{koreshield.guard.text}) combines the answers of its detectors.
Positions are absolute character offsets in the followed text; a detector
is handed the part of the text it asked to keep (L{Detector.keep_from}).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from koreshield.scan.growing import GrowingTextMatcher


@dataclass(frozen=True, slots=True)
class Detection:
    """A settled match: characters C{[start, end)} of the text are a C{subtype}."""

    start: int
    end: int
    subtype: str


class Detector(Protocol):
    """Follows one growing text for one category of findings."""

    @property
    def category(self) -> str: ...

    @property
    def keep_from(self) -> int:
        """The absolute position before which the detector needs no more text."""
        ...

    def scan(self, text: str, offset: int, complete: bool) -> tuple[list[Detection], int]:
        """
        Look at the text again after it grew.

        @param text: the text from absolute position C{offset} (at most
            L{keep_from}) to its current end.
        @param complete: no more text will come.
        @return: the detections settled since the last scan, and the
            absolute position from which text might still become part of
            one (the end of C{text} when nothing can).
        """
        ...

    def settles_calmly(self, text: str, offset: int) -> bool:
        """
        A cheaper L{scan} for the usual piece of clean text: C{True} when a
        quick test shows the text, grown, settles with no detection and
        nothing held (the detector has then moved on as L{scan} would
        have); C{False} when it cannot tell, having changed nothing.
        """
        ...


class ShapeDetector:
    """Secrets or personal data: the scanner's shapes, followed as the text grows."""

    __slots__ = ("_category", "_follower", "settles_calmly")

    def __init__(self, category: str, matcher: GrowingTextMatcher) -> None:
        self._category = category
        self._follower = matcher.follow()
        self.settles_calmly = self._follower.settles_calmly
        """L{Detector.settles_calmly}: the follower's own, one call less for every piece of a stream."""

    @property
    def category(self) -> str:
        return self._category

    @property
    def keep_from(self) -> int:
        return self._follower.keep_from

    def scan(self, text: str, offset: int, complete: bool) -> tuple[list[Detection], int]:
        found, hold = self._follower.scan(text, offset, complete)
        return [Detection(m.start, m.end, m.pattern.subtype) for m in found], hold


class CanarySet:
    """
    Strings that must never appear in an answer (a canary planted in a
    system prompt, say), compiled once for every text followed.

    Matching is exact and case-sensitive.  Where canaries overlap or one
    starts another, the longest found at a position is reported.
    """

    def __init__(self, canaries: Iterable[str]) -> None:
        ordered = sorted(set(canaries), key=len, reverse=True)
        self.canaries = tuple(ordered)
        self.finder = re.compile("(?=(" + "|".join(re.escape(c) for c in ordered) + "))") if ordered else None
        self.first_chars = frozenset(c[0] for c in ordered)
        self.beginnings = frozenset(c[:n] for c in ordered for n in range(1, len(c)))
        self.longest = max((len(c) for c in ordered), default=0)


class CanaryDetector:
    """Follows one text for the canaries of a L{CanarySet}."""

    category = "canary"

    def __init__(self, canaries: CanarySet) -> None:
        self._canaries = canaries
        self._cursor = 0

    @property
    def keep_from(self) -> int:
        return self._cursor

    def settles_calmly(self, text: str, offset: int) -> bool:
        return False  # canaries are rare and held only when blocked or redacted: L{scan} is quick enough

    def scan(self, text: str, offset: int, complete: bool) -> tuple[list[Detection], int]:
        canaries = self._canaries
        end = len(text)
        low = max(0, self._cursor - offset)
        open_from = end
        if not complete:
            for position in range(max(low, end - canaries.longest + 1), end):
                if text[position] in canaries.first_chars and text[position:end] in canaries.beginnings:
                    open_from = position
                    break
        found = []
        if canaries.finder is not None:
            for match in canaries.finder.finditer(text, low, end):
                if match.start() >= open_from:
                    break
                found.append(Detection(offset + match.start(), offset + match.end(1), "canary"))
        self._cursor = offset + open_from
        return found, offset + open_from
