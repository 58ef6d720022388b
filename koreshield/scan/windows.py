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
an anchor repeats.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

MAX_OCCURRENCES: Final = 48
OCCURRENCES_PER: Final = 256
"""Long texts may have one anchor occurrence per this many characters before they become one window."""


def anchor_windows(text: str, anchors: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
    """
    Merged windows C{[start, end)} around every occurrence of any anchor.

    @param before: how far before an anchor a match may start.
    @param after: how far after an anchor's start a match may end.
    @return: sorted, disjoint windows; empty when no anchor occurs.
    """
    length = len(text)
    cap = max(MAX_OCCURRENCES, length // OCCURRENCES_PER)
    starts: list[int] = []
    for anchor in anchors:
        position = text.find(anchor)
        while position >= 0:
            starts.append(position)
            if len(starts) > cap:
                return [(0, length)]
            position = text.find(anchor, position + 1)
    if not starts:
        return []
    starts.sort()
    windows: list[tuple[int, int]] = []
    for position in starts:
        low, high = max(0, position - before), min(length, position + after)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows
