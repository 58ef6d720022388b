"""
The features the linear model reads: words and sentence marks, and character
pairs inside unspaced scripts.

test-case-name: tests.test_scan_model

Shared by the runtime scorer and the offline training script, so the two can
never disagree.  Features are binary (present or not) and the vector is
L2-normalised by the number of distinct features, which keeps a 50-character
prompt and a 20,000-character one on the same scale.

Words come from L{koreshield.scan.tokens}, already made for the cues, so the
model costs one dictionary probe per distinct word.  Word pairs were tried
too: out of fold on the development set they did no better (jailbreak recall
80.1 % with pairs, 82.6 % without; hard-benign false positives the same) and
cost a probe per pair, so they are left to the cues, whose prefilter uses
them.  Digits are C{0} in tokens, so numbers are one feature per length.
Character pairs are used only inside long runs of scripts written without
spaces (Chinese, Japanese, Thai), where words do not exist.
"""

from __future__ import annotations

from itertools import filterfalse
from typing import Final

from koreshield.scan.tokens import Tokens

_LONG_RUN: Final = 12
_MAX_RUN_PAIRS: Final = 4096


def extract(tokens: Tokens, ascii_only: bool) -> set[str]:
    """
    The feature set of a text, given its tokens (for training; the scanner
    scores the parts of L{feature_parts} without building their union).

    @param tokens: L{koreshield.scan.views.View.tokens} of the main view.
    @param ascii_only: whether the text is pure ASCII (no character pairs
        are then possible, and the search for long runs is skipped).
    """
    found: set[str] = set()
    for part in feature_parts(tokens, ascii_only):
        found.update(part)
    return found


def feature_parts(tokens: Tokens, ascii_only: bool) -> tuple[frozenset[str], ...]:
    """
    The features of a text as disjoint sets: words, and character pairs of
    long unspaced runs (they start with C{#}, which no token holds).
    """
    if ascii_only or tokens.marked.isascii():
        # Folded to ASCII (its typographic quotes and dashes made ASCII, as in 55 of the 118 ordinary 4 KB texts
        # outside ASCII), no token holds another character: one C pass over the folded bytes instead of a
        # Python-level call of str.isascii per distinct word (about 15 us per 4 KB; speed round seventeen).
        return (tokens.present,)
    # The words outside ASCII first, in C: a text with an emoji or an accent
    # has a few among hundreds, and a Python step per word cost about 10 us
    # per 4 KB.  The same words in the same order, so the same set.
    runs = frozenset(
        "#" + word[i : i + 2]
        for word in filterfalse(str.isascii, tokens.present)
        if len(word) > _LONG_RUN
        for i in range(min(len(word) - 1, _MAX_RUN_PAIRS))
    )
    return tokens.present, runs
