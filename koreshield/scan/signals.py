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
from typing import Final

MIN_RUN: Final = 16
"""The shortest base64 blob worth decoding, and the shortest key body."""

_BASE64_CHARS: Final = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-"
_BASE64_MASK: Final = bytes(ord("a") if code in _BASE64_CHARS else ord(" ") for code in range(256))
_RUN: Final = b"a" * MIN_RUN
_DIGITS: Final = bytes(range(48, 58))
_RUN_RE: Final = re.compile(b"a{%d,}" % MIN_RUN)
_DIGITS_RE: Final = re.compile("[0-9]")
_MORSE_MASK: Final = bytes(ord("m") if chr(code) in ".-/ " else ord(" ") for code in range(256))
_MORSE_RUN: Final = b"m" * 15
_BINARY_MASK: Final = bytes(ord("b") if chr(code) in "01 " else ord(" ") for code in range(256))
_BINARY_RUN: Final = b"b" * 35
_LEET_MASK: Final = bytes(
    ord("d") if chr(code) in "0134578@$" else ord("l") if chr(code).isalpha() and code < 128 else ord(" ")
    for code in range(256)
)
_NUMERIC_MASK: Final = bytes(ord("d") if chr(code) in "0123456789 -.()/" else ord(" ") for code in range(256))


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def has_base64_run(text: str) -> bool:
    """
    Whether C{text} holds a run of at least L{MIN_RUN} base64 (or base64url) characters.

    One C{bytes.translate} marks the alphabet and one substring search looks
    for a long enough run.  Non-ASCII characters encode to bytes outside the
    alphabet, so they break runs exactly as a regex's boundaries would.
    Every encoded payload and nearly every credential shape needs such a run.
    """
    return _RUN in _utf8(text).translate(_BASE64_MASK)


def count_digits(text: str) -> int:
    """How many ASCII digits C{text} holds (C speed, no per-character loop)."""
    raw = _utf8(text)
    return len(raw) - len(raw.translate(None, _DIGITS))


def has_morse_run(text: str) -> bool:
    """
    Whether C{text} holds 15 characters in a row of dots, dashes, slashes and
    spaces: the shortest Morse stretch worth decoding (eight letters) has.
    """
    return _MORSE_RUN in _utf8(text).translate(_MORSE_MASK)


def has_binary_run(text: str) -> bool:
    """Whether C{text} holds 35 characters in a row of 0, 1 and spaces (four 8-bit groups)."""
    return _BINARY_RUN in _utf8(text).translate(_BINARY_MASK)


def numeric_mask(text: str) -> bytes:
    """
    C{text} with digits and the separators of numbers (space, dash, dot,
    parentheses, slash) as C{d} and all else blank: a
    card number, an IBAN's digits or a phone number is a long run of C{d}
    there, which one substring search finds (see L{has_numeric_run}).
    """
    return _utf8(text).translate(_NUMERIC_MASK)


def has_numeric_run(mask: bytes, length: int) -> bool:
    """Whether L{numeric_mask} C{mask} holds C{length} C{d}s in a row."""
    return b"d" * length in mask


def mixes_letters_and_leet(text: str) -> bool:
    """
    Whether a letter touches a leetspeak symbol (C{0 1 3 4 5 7 8 @ $})
    somewhere in C{text}: without that, no word can be leetspeak.
    """
    mask = _utf8(text).translate(_LEET_MASK)
    return b"ld" in mask or b"dl" in mask


def has_key_like_run(text: str) -> bool:
    """
    Whether C{text} holds a run of at least L{MIN_RUN} base64 characters
    with a digit in it: the body of nearly every API key and token (a
    random 32-character key has no digit about once in 250).
    """
    mask = _utf8(text).translate(_BASE64_MASK)
    if _RUN not in mask:
        return False
    return any(_DIGITS_RE.search(text, m.start(), m.end()) for m in _RUN_RE.finditer(mask))
