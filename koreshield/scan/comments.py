"""
Exposing text hidden in HTML and Markdown comments.

test-case-name: tests.test_scan_decode

Comments do not render, so a page or a README can carry instructions a human
reviewer never sees but a model reads.  Their bodies become extra views that
the detectors treat as hidden content, and a copy of the text with every
comment cut out undoes words split by comments (C{"ig<!-- -->nore"}).
Comment delimiters are found with C{str.find}, never a lazy regex, so a text
of a million C{"<!--"} costs one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from koreshield.scan.offsets import OffsetMap, OffsetMapBuilder

MAX_COMMENTS: Final = 256
_FEW_LINES: Final = 64

_MARKDOWN_COMMENT_RE: Final = re.compile(r"(?m)^\[[^\]\n]{0,64}\]:[ \t]{0,8}(?:#|<>)[ \t]{0,8}\(([^)\n]{1,2048})\)")


@dataclass(frozen=True, slots=True)
class Comment:
    """The body of one comment and the span of the whole comment in the text."""

    body: str
    start: int
    end: int


def html_comments(text: str) -> list[Comment]:
    """
    The HTML comments of C{text}, at most L{MAX_COMMENTS}.

    An unterminated C{<!--} hides the rest of the text from a browser, so it
    counts as a comment running to the end.
    """
    comments: list[Comment] = []
    position = text.find("<!--")
    while position >= 0 and len(comments) < MAX_COMMENTS:
        close = text.find("-->", position + 4)
        end = len(text) if close < 0 else close + 3
        comments.append(Comment(text[position + 4 : end - 3 if close >= 0 else end], position, end))
        position = text.find("<!--", end)
    return comments


def markdown_comments(text: str) -> list[Comment]:
    """
    Markdown link-reference comments: C{[//]: # (hidden text)}.

    One starts a line with C{[} and never spans a line break, so the regex
    is tried only at the lines that start with C{[} (found by substring
    search), in order: the matches of a pass over the whole text, without
    an attempt at every character of it (persona prompts, which often hold
    C{"[DAN]:"}, cost about 20 us per 4 KB that way).  A text with more
    such lines than L{_FEW_LINES} gets the one pass: no Python loop grows
    with hostile input.

    A text without C{]} holds no C{]:}: the one character is a C{memchr}
    (about 0.1 us per 2 KB), the pair a search that steps two characters
    at a time through ordinary prose (about 2.6 us).
    """
    if "]" not in text or "]:" not in text:
        return []
    if text.count("\n[") > _FEW_LINES:
        matches = list(_MARKDOWN_COMMENT_RE.finditer(text))
    else:
        found = (_MARKDOWN_COMMENT_RE.match(text, line) for line in _lines_starting_with_bracket(text))
        matches = [match for match in found if match is not None]
    return [Comment(match.group(1), match.start(), match.end()) for match in matches[:MAX_COMMENTS]]


def _lines_starting_with_bracket(text: str) -> Iterator[int]:
    if text.startswith("["):
        yield 0
    newline = text.find("\n[")
    while newline >= 0:
        yield newline + 1
        newline = text.find("\n[", newline + 1)


def without_comments(text: str, comments: list[Comment]) -> tuple[str, OffsetMap]:
    """C{text} with every comment in C{comments} cut out."""
    builder = OffsetMapBuilder()
    pieces: list[str] = []
    cursor = 0
    for comment in comments:
        pieces.append(text[cursor : comment.start])
        builder.replaced(comment.start, comment.end, 0)
        cursor = comment.end
    pieces.append(text[cursor:])
    return "".join(pieces), builder.build()
