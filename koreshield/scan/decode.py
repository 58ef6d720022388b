"""
Finding and decoding payloads embedded in a text: base64, hex, URL-encoding,
escape sequences, HTML entities, Unicode tag characters, Morse code, 8-bit
binary, Caesar shifts (rot13 among them), reversal.

test-case-name: tests.test_scan_decode

An attacker who encodes an instruction hopes the scanner reads only the
surface.  These decoders turn each plausible payload into plain text that the
detectors read as an extra view.  Work is bounded: every candidate pattern is
anchored on a literal or a run start, each decoded payload must look like
text, and a L{DecodeBudget} caps the total decoded size and the nesting depth.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote

from koreshield.scan.signals import (
    BINARY_RUN,
    MIN_RUN,
    MORSE_RUN,
    base64_runs_of,
    binary_runs,
    character_spans,
    morse_runs,
    numeric_runs_of,
    utf8,
)
from koreshield.scan.spaced_hex import spaced_hex_dumps

MIN_BASE64_LENGTH: Final = MIN_RUN
MIN_HEX_LENGTH: Final = 16
MAX_PAYLOAD_SOURCE: Final = 1 << 16
"""A single encoded run longer than this is decoded only up to this length."""


@dataclass(frozen=True, slots=True)
class Payload:
    """
    Decoded text found in a source text.

    @ivar text: the decoded text.
    @ivar start: start of the encoded stretch in the source.
    @ivar end: end of the encoded stretch in the source.
    @ivar encoding: C{"base64"}, C{"hex"}, C{"morse"}, C{"binary"},
        C{"url"}, C{"escapes"}, C{"entities"} or C{"tags"}.
    """

    text: str
    start: int
    end: int
    encoding: str


class DecodeBudget:
    """
    How much decoding one scanned text may still do.

    Shared across the nested decoding of one text, so a base64 bomb that
    decodes into more base64 cannot multiply work.
    """

    def __init__(self, max_chars: int = 1 << 16, max_payloads: int = 32, max_depth: int = 2) -> None:
        self.chars_left = max_chars
        self.payloads_left = max_payloads
        self.max_depth = max_depth

    def take(self, size: int) -> bool:
        """Reserve room for one payload of C{size} characters, if there is any."""
        if self.payloads_left <= 0 or size > self.chars_left:
            return False
        self.payloads_left -= 1
        self.chars_left -= size
        return True


_BASE64_RUN_RE: Final = re.compile(r"(?<![A-Za-z0-9+/=_\-])[A-Za-z0-9+/_\-]{16,}={0,2}(?![A-Za-z0-9+/=_\-])")
_HEX_RUN_RE: Final = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{16,}(?![0-9A-Fa-f])")
_ESCAPE_RE: Final = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})")
_PERCENT_RE: Final = re.compile(r"%[0-9A-Fa-f]{2}")
_ENTITY_RE: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MORSE_RUN_RE: Final = re.compile(r"(?<![.\-/ ])[.\-]{1,7}(?:(?: {1,3}| ?/ ?)[.\-]{1,7}){7,2000}")
_BINARY_RUN_RE: Final = re.compile(r"(?<![01])[01]{8}(?: ?[01]{8}){3,4000}(?![01])")
_MORSE: Final = {
    ".-": "a",
    "-...": "b",
    "-.-.": "c",
    "-..": "d",
    ".": "e",
    "..-.": "f",
    "--.": "g",
    "....": "h",
    "..": "i",
    ".---": "j",
    "-.-": "k",
    ".-..": "l",
    "--": "m",
    "-.": "n",
    "---": "o",
    ".--.": "p",
    "--.-": "q",
    ".-.": "r",
    "...": "s",
    "-": "t",
    "..-": "u",
    "...-": "v",
    ".--": "w",
    "-..-": "x",
    "-.--": "y",
    "--..": "z",
    "-----": "0",
    ".----": "1",
    "..---": "2",
    "...--": "3",
    "....-": "4",
    ".....": "5",
    "-....": "6",
    "--...": "7",
    "---..": "8",
    "----.": "9",
    ".-.-.-": ".",
    "--..--": ",",
    "..--..": "?",
}
_TAG_RUN_RE: Final = re.compile("[\U000e0020-\U000e007e]+")
_GAP_TO_JOIN: Final = 48
_TEXT_SAMPLE: Final = 1024
_CONTEXT: Final = 256
_TAG_TO_ASCII: Final = {code: code - 0xE0000 for code in range(0xE0020, 0xE007F)}

_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
_SHIFTS: Final = tuple(
    str.maketrans(_LETTERS + _LETTERS.upper(), rotated + rotated.upper())
    for rotated in (_LETTERS[shift:] + _LETTERS[:shift] for shift in range(26))
)


def looks_like_text(decoded: str) -> bool:
    """
    Whether a decoding result reads as text rather than binary noise.

    Random bytes almost never survive strict UTF-8 decoding and this check,
    so ordinary long words and hashes that happen to be valid base64 or hex
    are not mistaken for payloads.
    """
    sample = decoded[:_TEXT_SAMPLE]
    if len(sample) < 4:
        return False
    printable = sum(map(str.isprintable, sample)) + sample.count("\n") + sample.count("\t")
    letters = sum(map(str.isalpha, sample))
    return printable >= 0.95 * len(sample) and letters >= 0.4 * len(sample)


def _decode_base64(run: str) -> str | None:
    run = run.rstrip("=")
    if len(run) % 4 == 1:
        run = run[:-1]
    chunk = run + "=" * (-len(run) % 4)
    try:
        if "-" in chunk or "_" in chunk:
            raw = base64.urlsafe_b64decode(chunk)
        else:
            raw = base64.b64decode(chunk, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _damaged_text(raw)


_DAMAGE_SHARE: Final = 25
"""At most one undecodable byte in this many for a damaged payload to count as text (L{_damaged_text})."""


def _damaged_text(raw: bytes) -> str | None:
    """
    C{raw} as UTF-8 text, a few damaged bytes shown as U+FFFD: an encoded payload copied, translated or retyped
    with one character changed ("...aHJlZpSJ..." for "...aHJlZj0i...") decodes to text with a few broken bytes,
    and strict decoding would hide all of it.  Random bytes (a hash or an id that happens to be valid base64)
    break on most of their bytes, far above one in L{_DAMAGE_SHARE}, and L{looks_like_text} still has to pass.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", "replace")
        if text.count("\ufffd") * _DAMAGE_SHARE > len(text):
            return None
        return text


def _decode_hex(run: str) -> str | None:
    try:
        return bytes.fromhex(run[: len(run) - len(run) % 2]).decode("utf-8")
    except ValueError:
        return None


def _decode_morse(run: str) -> str | None:
    words = re.split(r" {2,}| ?/ ?", run)
    decoded = " ".join("".join(_MORSE.get(letter, "?") for letter in word.split()) for word in words)
    return decoded if decoded.count("?") <= len(decoded) // 10 else None


def _decode_binary(run: str) -> str | None:
    bits = run.replace(" ", "")
    try:
        return bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8)).decode("utf-8")
    except ValueError:
        return None


def _decode_blob(run: str) -> str | None:
    """A base64-alphabet run: hex when it is only hex digits, else base64."""
    if _HEX_RUN_RE.fullmatch(run):
        return _decode_hex(run)
    return _decode_base64(run)


def _blob_kinds(text: str) -> list[tuple[Iterator[re.Match[str]], Callable[[str], str | None], str]]:
    """
    The blob encodings worth a regex pass over C{text}, by cheap counts, with their matches.

    Morse and binary runs are asked about only when the text holds a numeric run as long (its
    L{numeric_runs_of}, which the personal-data shapes read next): every character of a Morse run (C{. - /} and
    the space) and of a binary run (C{0 1} and the space) is one of the numeric mask's, so a run of them is a
    numeric run, and without one L{morse_runs} and L{binary_runs} would find none.  Exact, and nearly every
    prompt is spared both masks (two encodings of the text, two C{bytes.translate}, two searches): a search for
    15 C{d} skips up to 15 bytes at a time in a mask that is mostly blank.
    """
    kinds: list[tuple[Iterator[re.Match[str]], Callable[[str], str | None], str]] = []
    runs = base64_runs_of(text).runs
    if runs:
        kinds.append((_run_matches(_BASE64_RUN_RE, text, runs), _decode_blob, "base64"))
    numeric = numeric_runs_of(text)
    if numeric.has_run(MORSE_RUN):
        morse = morse_runs(text)
        if morse:
            kinds.append((_run_matches(_MORSE_RUN_RE, text, morse), _decode_morse, "morse"))
        if numeric.has_run(BINARY_RUN):
            binary = binary_runs(text)
            if binary:
                kinds.append((_matches_within(_BINARY_RUN_RE, text, binary), _decode_binary, "binary"))
    return kinds


def _run_matches(pattern: re.Pattern[str], text: str, runs: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """
    C{pattern.finditer(text)}, tried only where a maximal run of C{runs}
    starts (their UTF-8 byte offsets, in order), so ordinary words and
    blanks cost no regex attempt each.

    For L{_BASE64_RUN_RE} over L{base64_runs_of} and L{_MORSE_RUN_RE} over
    L{morse_runs}: a match begins with a look-behind that refuses every
    character of the runs, then at least the runs' shortest length of
    their characters, so it starts a maximal run that is in C{runs}; and no
    two matches start in one run.  The look-behind gives C{re} no first
    character to skip to: C{finditer} tried a match at every character.
    """
    for start, _ in _character_spans(text, runs):
        match = pattern.match(text, start)
        if match is not None:
            yield match


def _matches_within(pattern: re.Pattern[str], text: str, runs: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """
    C{pattern.finditer(text)} for L{_BINARY_RUN_RE} over L{binary_runs}
    (UTF-8 byte offsets, in order): every match is made of the runs'
    characters only and is as long as their shortest, so it lies inside one
    of them, and each run is searched alone (the look-behind still reads the
    character before it, which cannot be a digit of a run; the look-ahead at
    its end meets a character that is not one either).  A match can start
    inside a run (after a blank), so the run is searched, not matched at its
    start as L{_run_matches} does.
    """
    for start, end in _character_spans(text, runs):
        yield from pattern.finditer(text, start, end)


def _character_spans(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """C{runs}, UTF-8 byte offsets into C{text} in order, as character offsets."""
    return runs if text.isascii() else character_spans(utf8(text), runs)


def _blob_payloads(text: str, budget: DecodeBudget) -> list[Payload]:
    found: list[Payload] = []
    for matches, decoder, encoding in _blob_kinds(text):
        for match in matches:
            run = match.group()[:MAX_PAYLOAD_SOURCE]
            if encoding == "base64" and run.isalpha() and (run.islower() or run.isupper()):
                continue
            decoded = decoder(run)
            if decoded is None or not looks_like_text(decoded):
                continue
            if not budget.take(len(decoded)):
                return found
            label = "hex" if encoding == "base64" and _HEX_RUN_RE.fullmatch(run) else encoding
            found.append(Payload(decoded, match.start(), match.end(), label))
    return found


def _spans(pattern: re.Pattern[str], text: str, minimum: int) -> list[tuple[int, int]]:
    """Group nearby matches of C{pattern} into stretches with at least C{minimum} matches."""
    spans: list[tuple[int, int]] = []
    start = end = count = 0
    for match in pattern.finditer(text):
        if count and match.start() - end <= _GAP_TO_JOIN:
            end = match.end()
            count += 1
            continue
        if count >= minimum:
            spans.append((start, end))
        start, end, count = match.start(), match.end(), 1
    if count >= minimum:
        spans.append((start, end))
    return spans


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen C{[start, end)} to its line, at most L{_CONTEXT} characters each way."""
    left = text.rfind("\n", max(0, start - _CONTEXT), start) + 1 or max(0, start - _CONTEXT)
    right = text.find("\n", end, end + _CONTEXT)
    if right < 0:
        right = min(len(text), end + _CONTEXT)
    return left, right


def _unescape(segment: str) -> str:
    return _ESCAPE_RE.sub(lambda m: chr(int(m.group()[2:], 16)), segment)


def _substitution_payloads(text: str, budget: DecodeBudget) -> list[Payload]:
    found: list[Payload] = []
    for marker, pattern, decoder, encoding in (
        ("\\", _ESCAPE_RE, _unescape, "escapes"),
        ("%", _PERCENT_RE, unquote, "url"),
        ("&", _ENTITY_RE, html.unescape, "entities"),
    ):
        if marker not in text:
            continue
        for start, end in _spans(pattern, text, minimum=2):
            left, right = _line_around(text, start, end)
            decoded = decoder(text[left:right])
            if not budget.take(len(decoded)):
                return found
            found.append(Payload(decoded, start, end, encoding))
    return found


def _tag_payloads(text: str, budget: DecodeBudget) -> list[Payload]:
    found: list[Payload] = []
    for match in _TAG_RUN_RE.finditer(text):
        decoded = match.group()[:MAX_PAYLOAD_SOURCE].translate(_TAG_TO_ASCII)
        if not budget.take(len(decoded)):
            break
        found.append(Payload(decoded, match.start(), match.end(), "tags"))
    return found


def _spaced_hex_payloads(text: str, budget: DecodeBudget) -> list[Payload]:
    """Hex dumps written a byte at a time (L{koreshield.scan.spaced_hex}) that read as text."""
    found: list[Payload] = []
    for start, end, decoded in spaced_hex_dumps(text):
        if not looks_like_text(decoded):
            continue
        if not budget.take(len(decoded)):
            break
        found.append(Payload(decoded, start, end, "hex"))
    return found


def find_payloads(text: str, budget: DecodeBudget) -> list[Payload]:
    """
    Every embedded payload of C{text} that decodes to text, within C{budget}.

    Caesar shifts and reversal are not found here: any text "decodes" under
    them, so the caller asks for them only when cue words show up (see
    L{hint_words}).
    """
    payloads = _blob_payloads(text, budget)
    payloads.extend(_spaced_hex_payloads(text, budget))
    payloads.extend(_substitution_payloads(text, budget))
    if _may_hold_tags(text):
        payloads.extend(_tag_payloads(text, budget))
    return payloads


def _may_hold_tags(text: str) -> bool:
    """
    Whether C{text} may hold tag characters (U+E0020 to U+E007E).

    In UTF-8 every character from U+C0000 to U+FFFFF, tag characters among
    them, begins with the byte F3, which no emoji or other common character
    does: encoding and one C{memchr} cost about 2 us per 4 KB, against 30 for
    a regex pass over a prompt with emoji (characters beyond U+FFFF).
    """
    return not text.isascii() and b"\xf3" in utf8(text)


def caesar(text: str, shift: int) -> str:
    """Move every Latin letter C{shift} places on in the alphabet, wrapping around."""
    return text.translate(_SHIFTS[shift % 26])


def hint_words(words: tuple[str, ...]) -> tuple[dict[str, int], frozenset[str]]:
    """
    The spellings of lower-case cue words under every Caesar shift, and reversed.

    A text whose words include one of these is worth decoding that way: the
    first answer maps each shifted spelling to the shift that reads it back
    (13 for rot13, 23 for the classic shift of 3).  No shifted spelling of
    the cue words is an English word, so ordinary text never pays for a
    decoding (none occurs in the evaluation data's 14,000 benign rows).
    """
    shifted = {caesar(word, shift): (26 - shift) % 26 for shift in range(1, 26) for word in words}
    return shifted, frozenset(word[::-1] for word in words)
