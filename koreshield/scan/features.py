"""
The features the linear model reads: words, word pairs, character pairs.

test-case-name: tests.test_scan_model

Shared by the runtime scorer and the offline training script, so the two can
never disagree.  Features are binary (present or not) and the vector is
L2-normalised by the number of distinct features, which keeps a 50-character
prompt and a 20,000-character one on the same scale.  Character n-grams over
the whole text were measured at about 0.3 ms per 4 KB in CPython and left
out; character pairs are used only inside long runs of scripts written
without spaces (Chinese, Japanese, Thai), where words do not exist.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

_LONG_RUN: Final = 12
_MAX_RUN_PAIRS: Final = 4096


def extract(words: list[str], ascii_only: bool) -> set[str]:
    """
    The feature set of a text, given its folded words in order.

    @param words: L{koreshield.scan.views.View.words} of the main view.
    @param ascii_only: whether the text is pure ASCII (no character pairs
        are then possible, and the search for long runs is skipped).
    """
    tokens = ["0" if w.isdigit() else w for w in words] if any(map(str.isdigit, words)) else words
    found = set(tokens)
    found.update(map(" ".join, pairwise(tokens)))
    if not ascii_only:
        for word in {w for w in tokens if len(w) > _LONG_RUN and not w.isascii()}:
            found.update("#" + word[i : i + 2] for i in range(min(len(word) - 1, _MAX_RUN_PAIRS)))
    return found
