"""
Cheap whole-text signals, each one pass in C, that decide which expensive
detectors a text needs at all.

test-case-name: tests.test_scan_signals

A regex pass over a 4 KB prompt costs tens of microseconds in CPython
whatever the pattern; a C{bytes.translate} plus a substring search costs a
few.  These signals are computed once per text and shared: the decoder asks
whether a base64 blob can be there, the secret shapes whether a key-like run
can be there, the personal-data shapes how many digits there are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

MIN_RUN: Final = 16
"""The shortest base64 blob worth decoding, and the shortest key body."""

_BASE64_CHARS: Final = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-"
BASE64_CHARACTERS: Final = frozenset(_BASE64_CHARS.decode())
"""The characters of base64 and base64url, whose runs L{base64_runs} finds."""
_BASE64_MASK: Final = bytes(ord("a") if code in _BASE64_CHARS else ord(" ") for code in range(256))
_RUN: Final = b"a" * MIN_RUN
_DIGITS: Final = bytes(range(48, 58))
_DIGITS_ANY_SCRIPT_RE: Final = re.compile(r"\d")
_MORSE_MASK: Final = bytes(ord("m") if chr(code) in ".-/ " else ord(" ") for code in range(256))
MORSE_RUN: Final = 15
"""The length of the runs L{has_morse_run} looks for."""
_MORSE_RUN: Final = b"m" * MORSE_RUN
_BINARY_MASK: Final = bytes(ord("b") if chr(code) in "01 " else ord(" ") for code in range(256))
BINARY_RUN: Final = 35
"""The length of the runs L{has_binary_run} looks for."""
_BINARY_RUN: Final = b"b" * BINARY_RUN
_LEET_MASK: Final = bytes(
    ord("d") if chr(code) in "0134578@$" else ord("l") if chr(code).isalpha() and code < 128 else ord(" ")
    for code in range(256)
)
_SHAPE_MASK: Final = bytes(
    ord("U") if 65 <= code <= 90 else ord("d") if 48 <= code <= 57 else code if chr(code) in " -.+()" else ord("_")
    for code in range(256)
)
_ASCII: Final = bytes(range(128))
_NUMERIC_MASK: Final = bytes(ord("d") if chr(code) in "0123456789 -.()/" else ord(" ") for code in range(256))


_last_encoded: tuple[tuple[str, bytes], tuple[str, bytes]] = (("", b""), ("", b""))
"""The last two texts that L{utf8} encoded (a text and its folded reading), with their encodings."""


def utf8(text: str) -> bytes:
    """
    C{text} in UTF-8 (lone surrogates kept).

    The detectors of one text ask for it about ten times, of the text (the
    decoder's signals, the secret and personal-data shapes') and of its
    folded reading (tokenising, the leet hint, the anchors' characters), and
    a 4 KB text outside ASCII costs about 2.6 us to encode each time: the
    last two such texts' encodings are kept, found by identity (each pair
    holds its text, so its identity cannot pass to another; a race between
    threads at worst encodes again).  ASCII texts are kept too (speed
    round fourteen): encoding one is a copy, cheaper than the check, but
    the scan of an ordinary prompt asked for six copies of its text and
    its folded reading (the cache key, tokenising, the decoder's and data
    shapes' masks, the leet hint), each a fresh 2-4 KB object to allocate
    and write, which a scan that starts with cold CPU caches pays for.
    """
    global _last_encoded
    newer, older = _last_encoded
    if newer[0] is text:
        return newer[1]
    if older[0] is text:
        return older[1]
    raw = text.encode("utf-8", "surrogatepass")
    _last_encoded = ((text, raw), newer)
    return raw


def base64_mask(text: str) -> bytes:
    """
    C{text} as UTF-8 with base64 (and base64url) characters as C{a} and all
    else blank: one C{bytes.translate}.  Every encoded payload and nearly
    every credential shape needs a run of at least L{MIN_RUN} of them (see
    L{base64_runs}); non-ASCII characters encode to bytes outside the
    alphabet, so they break runs exactly as a regex's boundaries would.
    """
    return utf8(text).translate(_BASE64_MASK)


def base64_runs(mask: bytes) -> list[tuple[int, int]]:
    """
    The maximal runs of at least L{MIN_RUN} base64 characters in a
    L{base64_mask}, as byte offsets, in order.

    Two substring searches per run instead of a regex pass: a regex tries
    every letter of the text as a possible start, which cost tens of
    microseconds per 4 KB of ordinary words.
    """
    return _mask_runs(mask, _RUN, MIN_RUN)


class Base64Runs:
    """
    The runs of L{base64_runs} in one text, found once for every detector
    that asks about them (a text with a key-like run is asked four times by
    the secret shapes alone).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._raw = utf8(text)
        self.runs = base64_runs(self._raw.translate(_BASE64_MASK))
        """The runs, as byte offsets into the text's UTF-8 encoding."""
        self._spans: list[tuple[int, int]] | None = None

    def key_like(self) -> bool:
        """
        Whether a run holds a digit: the body of nearly every API key and
        token has one (a random 32-character key has no digit about once in
        250).
        """
        raw = self._raw
        return bool(self.runs) and any(
            len(raw[start:end].translate(None, _DIGITS)) < end - start for start, end in self.runs
        )

    def joined(self) -> bytes:
        """
        The runs as UTF-8 bytes joined by blanks: usually a few dozen bytes,
        where a literal that can only occur inside such a run is looked for
        in nanoseconds instead of a pass over the text.
        """
        return b" ".join(self._raw[start:end] for start, end in self.runs)

    def spans(self) -> list[tuple[int, int]]:
        """The runs as character offsets."""
        if self._spans is None:
            self._spans = self._character_spans()
        return self._spans

    def _character_spans(self) -> list[tuple[int, int]]:
        return self.runs if len(self._raw) == len(self._text) else character_spans(self._raw, self.runs)


def character_spans(raw: bytes, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    C{runs} of a mask (UTF-8 byte offsets into C{raw}, a text's encoding, in
    order) as character offsets into the text: every byte of a run is an
    ASCII character, so only the stretches between runs are decoded.
    """
    spans = []
    done_bytes = done_chars = 0
    for start, end in runs:
        done_chars += len(raw[done_bytes:start].decode("utf-8", "surrogatepass"))
        spans.append((done_chars, done_chars + end - start))
        done_bytes, done_chars = end, done_chars + end - start
    return spans


_last_runs: tuple[Base64Runs, ...] = ()
"""The L{Base64Runs} of the last text L{base64_runs_of} was asked about."""


def base64_runs_of(text: str) -> Base64Runs:
    """
    The L{Base64Runs} of C{text}, shared by the detectors that ask about it: the decoder's signals and the
    secret shapes both look for the runs of the same text (its encoding, a C{bytes.translate} and two
    substring searches per run: about 3.5 us per 2 KB prompt each time).  The last text's are kept, found by
    identity (they hold the text, so its identity cannot pass to another; a race between threads at worst
    finds them again).
    """
    global _last_runs
    last = _last_runs
    if last and last[0]._text is text:
        return last[0]
    runs = Base64Runs(text)
    _last_runs = (runs,)
    return runs


def count_digits(text: str) -> int:
    """How many ASCII digits C{text} holds (C speed, no per-character loop)."""
    raw = utf8(text)
    return len(raw) - len(raw.translate(None, _DIGITS))


def has_morse_run(text: str) -> bool:
    """
    Whether C{text} holds 15 characters in a row of dots, dashes, slashes and
    spaces: the shortest Morse stretch worth decoding (eight letters) has.

    Dots, dashes, slashes and spaces are all characters of L{numeric_mask}:
    a text without a numeric run of L{MORSE_RUN} holds no Morse run
    (L{NumericRuns} answers that for the decoder without this mask).
    """
    return _MORSE_RUN in utf8(text).translate(_MORSE_MASK)


def morse_runs(text: str) -> list[tuple[int, int]]:
    """
    The maximal runs of at least L{MORSE_RUN} characters of L{has_morse_run}
    (dots, dashes, slashes, spaces) in C{text}, as UTF-8 byte offsets, in
    order.

    Every Morse run the decoder reads lies inside one of them and starts
    where it starts (see L{koreshield.scan.decode}): a run of 15 blanks
    (indented code, a padded table) holds no Morse, and the decoder's regex,
    which begins with a look-behind and so is tried at every character of
    the text, cost about 110 us per 4 KB text that held one (14 of 150
    ordinary 4 KB prompts; speed round twenty-seven).
    """
    return _mask_runs(utf8(text).translate(_MORSE_MASK), _MORSE_RUN, MORSE_RUN)


BINARY_MATCH: Final = 32
"""The fewest characters of an 8-bit binary run the decoder reads: four groups of eight, unspaced."""


def binary_runs(text: str) -> list[tuple[int, int]]:
    """
    The maximal runs of at least L{BINARY_MATCH} characters of
    L{has_binary_run} (C{0}, C{1}, spaces) in C{text}, as UTF-8 byte
    offsets, in order; none when no run reaches L{BINARY_RUN}, the length
    the decoder asks for.

    Every binary run the decoder reads lies inside one of them: 35 blanks
    of deep indentation made its regex, which begins with a look-behind,
    try a match at every character of the text (about 110 us per 4 KB).
    """
    mask = utf8(text).translate(_BINARY_MASK)
    if _BINARY_RUN not in mask:
        return []
    return _mask_runs(mask, b"b" * BINARY_MATCH, BINARY_MATCH)


def _mask_runs(mask: bytes, run: bytes, length: int) -> list[tuple[int, int]]:
    """The maximal runs of C{mask}'s non-blank bytes at least C{length} (C{run}: that many of them) long."""
    runs = []
    start = mask.find(run)
    while start >= 0:
        end = mask.find(b" ", start + length)
        if end < 0:
            end = len(mask)
        runs.append((start, end))
        start = mask.find(run, end)
    return runs


def has_binary_run(text: str) -> bool:
    """
    Whether C{text} holds 35 characters in a row of 0, 1 and spaces (four 8-bit groups).

    C{0}, C{1} and the space are characters of L{numeric_mask}: a text without a numeric run of L{BINARY_RUN}
    holds no binary run.
    """
    return _BINARY_RUN in utf8(text).translate(_BINARY_MASK)


def numeric_mask(text: str) -> bytes:
    """
    C{text} with digits and the separators of numbers (space, dash, dot,
    parentheses, slash) as C{d} and all else blank: a
    card number, an IBAN's digits or a phone number is a long run of C{d}
    there, which one substring search finds (see L{has_numeric_run}).
    """
    return utf8(text).translate(_NUMERIC_MASK)


def shape_mask(text: str) -> bytes | None:
    """
    C{text} as UTF-8 with capital letters as C{U}, digits as C{d}, the
    characters C{" -.+()"} kept and all else C{_}: the character classes
    of IBANs, national numbers and phone numbers, so a shape's necessary
    substring (C{UUdd} for an IBAN's country and check digits) is one
    substring search.  C{None} when the text holds decimal digits of other
    scripts, which a regex's C{\\d} matches and the mask cannot show.
    """
    raw = utf8(text)
    if len(raw) != len(text):
        others = raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")
        if _DIGITS_ANY_SCRIPT_RE.search(others) is not None:
            return None
    return raw.translate(_SHAPE_MASK)


def has_numeric_run(mask: bytes, length: int) -> bool:
    """Whether L{numeric_mask} C{mask} holds C{length} C{d}s in a row."""
    return b"d" * length in mask


class NumericRuns:
    """
    The L{numeric_mask} of one text and what is known of its runs, for
    every detector that asks: the decoder's Morse and binary checks (a run
    of their characters is a numeric run, L{has_morse_run}) and the
    personal-data shapes (L{longest_numeric_run}).  A run of I{n} holds
    every shorter one, so each answer also answers the lengths beyond it
    (no run) or below it (a run) without another search.
    """

    __slots__ = ("_absent", "_present", "_text", "mask")

    def __init__(self, text: str) -> None:
        self._text = text
        self.mask = numeric_mask(text)
        self._present = 0
        """The longest length known to have a run."""
        self._absent = len(self.mask) + 1
        """The shortest length known to have none."""

    def has_run(self, length: int) -> bool:
        """L{has_numeric_run} of the mask."""
        if length <= self._present:
            return True
        if length >= self._absent:
            return False
        if b"d" * length in self.mask:
            self._present = length
            return True
        self._absent = length
        return False


_last_numeric: tuple[NumericRuns, ...] = ()
"""The L{NumericRuns} of the last text L{numeric_runs_of} was asked about."""


def numeric_runs_of(text: str) -> NumericRuns:
    """
    The L{NumericRuns} of C{text}, kept for the last text asked about and found by identity, as
    L{base64_runs_of} keeps its runs: the decoder asks about the text before the data shapes do.
    """
    global _last_numeric
    last = _last_numeric
    if last and last[0]._text is text:
        return last[0]
    runs = NumericRuns(text)
    _last_numeric = (runs,)
    return runs


def longest_numeric_run(runs: NumericRuns, lengths: Sequence[int]) -> int:
    """
    The longest of C{lengths} (ascending, distinct) for which C{runs}'
    mask has a run (L{NumericRuns.has_run}), or 0 when none does.

    The personal-data shapes ask about six lengths (13, 12, 11, 6, 7, 8),
    each a search of the whole mask, whose blanks and separators make the
    search's skips short: about 20 us per 4 KB text.  A run of I{n} holds a
    run of every shorter length, so one search for the shortest answers
    every length when it fails (two texts of three), and a binary search
    over the others answers the rest in two or three.
    """
    has_run = runs.has_run
    if not lengths or not has_run(lengths[0]):
        return 0
    low, high = 0, len(lengths) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if has_run(lengths[middle]):
            low = middle
        else:
            high = middle - 1
    return lengths[low]


_LEET_BESIDE_LETTER: Final = re.compile(rb"d(?:l|(?<=ld))")
"""
A leet symbol (C{d} in a L{leet_mask}) with a letter (C{l}) after or before
it.  The pattern begins with a literal, which C{re} skips to a byte at a
time (about 2 us per 4 KB); the two searches for C{ld} and C{dl} it
replaces cost 14 us, the mask being nearly all C{l}, which the two-byte
search can seldom skip past.
"""


def leet_mask(text: str) -> bytes:
    """
    C{text} as UTF-8 with the leetspeak symbols (C{0 1 3 4 5 7 8 @ $}) as
    C{d}, ASCII letters as C{l} and all else blank.
    """
    return utf8(text).translate(_LEET_MASK)


def leet_beside_letters(mask: bytes) -> Iterator[int]:
    """
    The byte offsets, in order, of the leet symbols of a L{leet_mask} that
    touch a letter: where leetspeak inside a word can begin.
    """
    # A match that takes the letter after its symbol never takes a symbol,
    # so every symbol that touches a letter starts a match of its own.
    return map(re.Match.start, _LEET_BESIDE_LETTER.finditer(mask))


def mixes_letters_and_leet(text: str) -> bool:
    """
    Whether a letter touches a leetspeak symbol (C{0 1 3 4 5 7 8 @ $})
    somewhere in C{text}: without that, no word can be leetspeak.
    """
    mask = leet_mask(text)
    # One memchr first: most texts have no leet symbol at all.
    return b"d" in mask and _LEET_BESIDE_LETTER.search(mask) is not None
