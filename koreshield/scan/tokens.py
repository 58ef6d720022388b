"""
Words and sentence marks of folded text: the one tokenisation every word
detector shares (cue phrases, the model, the cheap prefilter).

test-case-name: tests.test_scan_tokens

A regex that finds every word of a 4 KB prompt costs CPython about 130 us
here, most of it creating match objects; C{bytes.translate} followed by
C{split} gives the same words in about 20 us.  ASCII text (nearly every
prompt) takes that path: one 256-byte table lower-cases letters, maps every
digit to C{0} (the model then sees numbers as one shape per length, and no
cue names a number), turns sentence ends into L{BOUNDARY}, keeps colons and
commas as marks, and turns everything else into spaces.  Text that is not
ASCII goes through the same table as UTF-8 bytes: bytes above 127 are kept,
so letters of other scripts stay words (folding has already turned common
Unicode punctuation into ASCII).

The marks are tokens of their own, so a cue can require "at the start of a
sentence" or "followed by a colon", and no cue's gap runs across a sentence
end.  The token list always begins and ends with L{BOUNDARY}.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from itertools import pairwise
from typing import Final

from koreshield.scan.signals import utf8

BOUNDARY: Final = "|"
"""The token standing for a sentence end: C{. ! ? ;}, a line break, a start or end of text."""
COLON: Final = ":"
"""The token standing for a colon (headers such as C{NEW INSTRUCTIONS:})."""
COMMA: Final = ","
"""The token standing for a comma (C{"Assistant, ignore ..."}; C{"the password, please"})."""
MARKS: Final = frozenset({BOUNDARY, COLON, COMMA})

Pair = tuple[str, str]
"""Two neighbouring tokens."""

_SENTENCE_ENDS: Final = ".!?;\n\r"

SHORT_TOKENS: Final = 256
"""
A text of at most this many tokens (about 1 KB) meets the phrase cues' gates
with its words and pairs of words, as they are, in a short prompt usually
without coding a token; a longer text of one chunk with its tokens' codes
(L{koreshield.scan.tokencodes.TokenCodes.spell}), which it needs anyway: every word no sequence names
shares one code, so it has fewer distinct pairs, and the gate index keyed
by codes finds each code by identity.  The two indexes of the same
sequences number their gates alike (L{koreshield.scan.gates.GateIndex}), so the bits one met are
checked with the other's (a second reading,
L{koreshield.scan.rules.CueMatcher._match_like}).
A longer text keys dozens of sequences, so the index keyed by codes looks
up all its tokens and pairs at once, never its keys first
(L{koreshield.scan.gates.MANY_PAIRS}): a 2 KB text has fewer distinct
pairs of codes than that, and meeting the keys first only doubled its
lookups.  A text of several chunks meets them chunk by chunk with its words,
as before: with codes, 64 KB texts took 3 % longer (building the chunks'
pairs of codes cost more inside a scan than it saved).  (Defined here, beside L{Tokens.pairs}: the letter-spacing
check of L{koreshield.scan.views} reads a long text's pairs without building them, as nothing else will.)
"""


def _byte_table() -> bytes:
    table = bytearray(b" " * 128) + bytearray(range(128, 256))
    for code in range(128):
        char = chr(code)
        if "a" <= char <= "z" or "A" <= char <= "Z":
            table[code] = ord(char.lower())
        elif "0" <= char <= "9":
            table[code] = ord("0")
        elif char in _SENTENCE_ENDS:
            table[code] = ord(BOUNDARY)
        elif char in (COLON, COMMA):
            table[code] = code
    return bytes(table)


_BYTE_TABLE: Final = _byte_table()
_MARKS_AS_SPACES: Final = bytes.maketrans(b"|:,", b"   ")
SEPARATORS: Final = frozenset(" " + BOUNDARY + COLON + COMMA)
"""The only characters of L{Tokens.text} that are not part of a word."""


class Tokens:
    """
    The tokens of one folded text.

    @ivar words: words and marks in order, starting and ending with
        L{BOUNDARY}.
    @ivar text: a copy of the folded text, offset for offset, in which each
        word occurs as itself (digits as C{0}) between non-word characters;
        used to find where a token sequence sits (see L{word_offset}), and
        decoded from L{marked} on first use.
    @ivar marked: L{text} as UTF-8, as tokenising made it.
    @ivar size: the length of the folded text.
    @ivar present: the distinct tokens, for set intersections.

    The set of distinct tokens is built at once (the model, the data
    shapes and the cues all read it), the L{pairs} on first use: a short
    text's phrase gates read them, a longer text's read the pairs of its
    tokens' codes instead (L{koreshield.scan.rules.SHORT_TOKENS}), and
    otherwise only a short text that may be letter-spaced (a long one's
    check reads the joined tokens, L{koreshield.scan.normalise}), or a regex
    cue's needs in a second reading or a text of several chunks, ask for
    them.  L{LazyTokens}
    builds both on first use.
    """

    __slots__ = ("_lazy_pairs", "_lazy_text", "marked", "present", "size", "words")

    def __init__(self, words: list[str], marked: bytes, size: int) -> None:
        self.words = words
        self.marked = marked
        self.size = size
        self._lazy_text: str | None = None
        self.present = frozenset(words)
        self._lazy_pairs: frozenset[Pair] | None = None

    @property
    def text(self) -> str:
        """
        Decoded on first use (speed round fourteen): only locating a cue's hit reads it (L{WordLocator}),
        and most texts have none, so a clean prompt's reading no longer pays a decode of its whole text.
        """
        if self._lazy_text is None:
            self._lazy_text = self.marked.decode("utf-8", "surrogatepass")
        return self._lazy_text

    @property
    def pairs(self) -> frozenset[Pair]:
        """
        The distinct pairs of neighbouring tokens, as tuples (a third
        cheaper to build than joined strings, and sets keep their hashes):
        C{("system", "prompt")} is much rarer than C{"system"} and
        C{"prompt"} anywhere in the same text.
        """
        if self._lazy_pairs is None:
            self._lazy_pairs = frozenset(pairwise(self.words))
        return self._lazy_pairs


class LazyTokens(Tokens):
    """
    L{Tokens} whose set of distinct tokens is built on first use too: a
    second reading that takes most of its results from the first (see
    L{koreshield.scan.variants}) often needs neither set, and for a 4 KB
    text they cost more than splitting it into words.  (Plain L{Tokens}
    keep C{present} a plain attribute, which CPython reads fastest.)
    """

    __slots__ = ("_lazy_present",)

    def __init__(self, words: list[str], marked: bytes, size: int) -> None:
        self.words = words
        self.marked = marked
        self.size = size
        self._lazy_text = None
        self._lazy_present: frozenset[str] | None = None
        self._lazy_pairs = None

    @property
    def present(self) -> frozenset[str]:  # type: ignore[override]
        if self._lazy_present is None:
            self._lazy_present = frozenset(self.words)
        return self._lazy_present


def tokenise(folded: str, sets: bool = True) -> Tokens:
    """
    The L{Tokens} of C{folded} (already folded by L{koreshield.scan.normalise.fold}).

    @param sets: whether to build L{Tokens.present} now rather than on
        first use (L{LazyTokens}).
    """
    # The folded text's encoding is kept (L{utf8}): the leet hint reads the same bytes.
    raw = utf8(folded).translate(_BYTE_TABLE)
    # The marks are padded while still bytes: replacing in a string of wide
    # characters costs about three times as much.
    spaced = raw.replace(b"|", b" | ").replace(b":", b" : ").replace(b",", b" , ").decode("utf-8", "surrogatepass")
    words = ["|", *spaced.split(), "|"]
    return Tokens(words, raw, len(folded)) if sets else LazyTokens(words, raw, len(folded))


class WordLocator:
    """
    Finds where tokens of one text sit in its folded text.

    A token's place is found by counting earlier occurrences of the same
    word and stepping over as many whole-word occurrences: linear, and only
    asked for the few tokens that start or end a cue hit.  Whole words are
    found as C{" word "} in a copy of the text whose separators are all
    spaces, so C{str.find} skips the occurrences inside longer words.
    Every token located is remembered, and the next is looked for from the
    nearest one before it (the first whole-word occurrence after a token's
    offset belongs to a later token), so locating the hits of a text scans
    the stretches between them rather than the text from its start each time.
    """

    def __init__(self, tokens: Tokens, coded: str = "", codes: Mapping[str, str] | None = None) -> None:
        """
        @param coded: optionally, C{tokens.words} coded one character each,
            a distinct character for every word of C{codes}
            (L{koreshield.scan.tokencodes.TokenCodes.encode}): earlier
            occurrences of those words are then counted by C{str.count} on
            it, a C{memchr} instead of comparing every earlier word.
        """
        self._tokens = tokens
        self._spaced = ""
        self._indices: list[int] = []
        self._places: list[int] = []
        """The tokens located so far (indices, in order) and their offsets."""
        self._coded = coded
        self._codes: Mapping[str, str] = codes if coded and codes is not None else {}

    def offset(self, index: int) -> int:
        """
        The character offset of C{words[index]} in the folded text.

        Marks map to the position of the next word (or the end of the text).
        """
        words = self._tokens.words
        size = self._tokens.size
        while index < len(words) and words[index] in MARKS:
            index += 1
        if index >= len(words):
            return size
        if not self._spaced:
            raw = b" " + self._tokens.marked.translate(_MARKS_AS_SPACES) + b" "
            self._spaced = raw.decode("utf-8", "surrogatepass")
        word = words[index]
        at = bisect_left(self._indices, index)
        if at < len(self._indices) and self._indices[at] == index:
            return self._places[at]
        known, position = (self._indices[at - 1], self._places[at - 1]) if at else (-1, -1)
        code = self._codes.get(word)
        skip = self._coded.count(code, known + 1, index) if code else words[known + 1 : index].count(word)
        needle = f" {word} "
        position = self._spaced.find(needle, position + 1)
        while skip and position >= 0:
            skip -= 1
            position = self._spaced.find(needle, position + 1)
        if position < 0:
            return size
        self._indices.insert(at, index)
        self._places.insert(at, position)
        return position

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The character span of C{words[start:end]} in the folded text."""
        words = self._tokens.words
        first = self.offset(start)
        last = deciding_tokens(words, start, end)[1]
        return first, max(first, self.offset(last) + len(words[last]))


def deciding_tokens(words: list[str], start: int, end: int) -> tuple[int, int]:
    """
    The indices of the tokens whose places and lengths decide
    L{WordLocator.span}C{(start, end)}: the first word from C{start} on (or
    C{len(words)}), and the last token before C{end} that is not a mark
    (or C{start}).  Two aligned token lists with the same tokens there, at
    the same places, give the same span.
    """
    first = start
    while first < len(words) and words[first] in MARKS:
        first += 1
    last = end - 1
    while last > start and words[last] in MARKS:
        last -= 1
    return first, last


def word_offset(tokens: Tokens, index: int) -> int:
    """The character offset of C{tokens.words[index]} in the folded text (see L{WordLocator})."""
    return WordLocator(tokens).offset(index)


def span_offsets(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The character span of C{tokens.words[start:end]} in the folded text (see L{WordLocator})."""
    return WordLocator(tokens).span(start, end)
