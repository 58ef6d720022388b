"""
Cutting a very long text into overlapping pieces that are scanned one by one.

test-case-name: tests.test_scan_chunks

A scan's cost per character grows with the text: its word and pair sets
outgrow the CPU caches, and one text's views, windows and decoded payloads
all grow together.  Measured on texts built from the development rows
(CPU time, the same 1 MB cut into pieces): 0.38-0.45 ms per KB in 4 KB
pieces, 0.51-0.55 in 64 KB pieces, 0.76-0.80 in 256 KB and 1.0-1.07 for
the whole megabyte.  Scanning a long text as pieces of at most
L{CHUNK_CHARS} keeps the cost per character at the 64 KB figure however
long the text is: linear growth, where a whole-text scan was not.

Pieces overlap by L{CHUNK_OVERLAP} characters, so anything shorter than
that (every cue's reach, a sentence, a key, an encoded payload that small)
lies whole in at least one piece, and each cut falls on white space when
the overlap has some, so a run without white space (a base64 payload, a
key) up to the overlap's length is never cut.  No text shorter than
L{CHUNK_CHARS} is cut: their verdicts are exactly those of a whole-text
scan (the longest development row is 55 KB).
"""

from __future__ import annotations

from typing import Final

CHUNK_CHARS: Final = 1 << 16
CHUNK_OVERLAP: Final = 4096


def chunk_spans(text: str, size: int = CHUNK_CHARS, overlap: int = CHUNK_OVERLAP) -> list[tuple[int, int]]:
    """
    The pieces C{[start, end)} to scan C{text} in.

    One piece, the whole text, when it is at most C{size} long.  Otherwise
    each piece ends just after the last space or line break in its final
    C{overlap} characters (or at C{size} when there is none), and the next
    one starts C{overlap} characters before that end: consecutive pieces
    share C{overlap} characters, every piece is at most C{size} long, and
    any stretch of at most C{overlap} characters lies whole in one piece.

    @param size: more than twice C{overlap}, so that every piece moves on.
    """
    length = len(text)
    if length <= size:
        return [(0, length)]
    spans = []
    start = 0
    while start + size < length:
        end = start + size
        cut = max(text.rfind(" ", end - overlap, end), text.rfind("\n", end - overlap, end))
        if cut >= 0:
            end = cut + 1
        spans.append((start, end))
        start = end - overlap
    spans.append((start, length))
    return spans
