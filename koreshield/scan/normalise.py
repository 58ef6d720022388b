# ruff: noqa: RUF001, RUF003 -- the look-alike letters are the point of this module
"""
Text normalisation: undo the cheap tricks that hide an attack from a matcher.

test-case-name: tests.test_scan_normalise

Every detector for instructions (rules, model, blocklist) reads the
I{folded} text, never the raw one, and every pattern is folded the same way
when it is compiled, so detector and text always agree.  Folding is

  - Unicode NFKC (full-width letters, ligatures, mathematical alphabets),
  - removal of combining accents, of the vowel marks of Arabic and Hebrew
    (L{VOWEL_MARKS}) and of invisible characters (zero-width spaces and
    joiners, bidi controls, variation selectors, tag characters),
  - case folding,
  - mapping Cyrillic, Greek and small-capital look-alikes to Latin letters,
    and letters spelled as emoji (flag halves, negative circled or squared
    capitals) to the letters,
  - reading box-drawing characters as spaces, and the line breaks of text
    wrapped inside a drawn box as spaces,
  - (third-party parts only, L{koreshield.scan.scanner}) reading a
    serialised tool result as the text it holds (L{unwrap_dump}): the
    escaped line breaks of a JSON or YAML string as line breaks, and the line
    breaks YAML folds a long string with as spaces.

All of it is length-preserving for ASCII text, which takes a fast path of
one C{str.lower()} call; non-ASCII stretches are folded one run at a time and
their length changes recorded in an L{OffsetMap}.

Two further rewrites are offered as extra views because they would damage
ordinary text if applied unconditionally: L{collapse_letter_spacing}
(C{"i g n o r e"}) and L{fold_leetspeak} (C{"1gn0r3"}).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Final

from koreshield.scan.offsets import OffsetMap, OffsetMapBuilder
from koreshield.scan.signals import leet_beside_letters, leet_mask, utf8

INVISIBLE_CHARACTERS: Final = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)
"""Format and invisible characters: zero-width, bidi controls, selectors, tags."""

VOWEL_MARKS: Final = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0640\u064b-\u0652\u0656-\u065f\u0670"
"""
Marks a word may be written with or without, as a Latin word with or without accents: Hebrew cantillation and niqqud
(not the maqaf, paseq, sof pasuq and nun hafukha among them, which are punctuation), Arabic harakat, the superscript
alef and the tatweel that stretches a word.  The Arabic maddah and hamza above and below (U+0653-U+0655) stay: NFKD
parts them from the letters they make (C{\u0623} is C{\u0627} and C{\u0654}) and NFKC joins them again, so a word
keeps its hamza as the lexicons spell it.
"""

_STRIP_RE: Final = re.compile("[\u0300-\u036f" + VOWEL_MARKS + INVISIBLE_CHARACTERS + "]")
_WORD_OR_SPACES_RE: Final = re.compile("[^ ]+| +")
_NON_ASCII_RUN_RE: Final = re.compile(r"[^\x00-\x7f][^\x00-\x1f\x21-\x7f]*")
_CAPITAL_SIGMA: Final = "\u03a3"
"""The one character whose lower case C{str.lower} chooses by its neighbours (final sigma)."""
_HIGH_BYTES: Final = bytes(ord("h") if code >= 128 else ord(" ") for code in range(256))
"""UTF-8 bytes outside ASCII (every byte of a character outside ASCII) as C{h}, all others blank."""

_HOMOGLYPH_PAIRS: Final = (
    # Cyrillic (as they look after case folding, e.g. "Н" -> "н" -> "h")
    "аa вb гr еe ёe ѐe кk мm нh оo рp сc тt уy хx ѕs іi їi јj һh ӏl ԁd ԛq ԝw ӧo ӓa ӱy ѵv ҫc ԍg үy "
    # Greek
    "αa βb γy εe ηn ιi κk μu νv οo ρp σo ςc τt υu χx ωw άa έe ήn ίi όo ύu ώw ϲc ϳj "
    # Typographic quotes
    '’\' ‘\' ‛\' ′\' ´\' “" ”" „" ‟" ″" «" »" '
    "ıi ȷj ɑa ɡg ɩi ɪi ʀr ʏy ʙb ʜh ʟl ɴn ᴀa ᴄc ᴅd ᴇe ᴊj ᴋk ᴍm ᴏo ᴘp ᴛt ᴜu ᴠv ᴡw ᴢz ꜱs ɢg ɾr ʋv ℓl "
    # Punctuation, so words around it split as they would in ASCII
    '—- –- ‐- ‑- ‒- ―- −- •* ·* 。. 、, 「" 」" 『" 』" 《" 》" ؟? ،, ؛; ।. ॥. ။. ።. ❓? ❔? ❗! ❕!'
)
_SPACE_LIKE: Final = "¿¡\u3000"
_LETTER_EMOJI_BLOCKS: Final = (0x1F1E6, 0x1F150, 0x1F170)
"""
First code points of the emoji alphabets that Unicode gives no decomposition to a letter: regional indicators
(C{🇦}, the halves of flags), negative circled (C{🅐}) and negative squared (C{🅰}) capitals, A to Z each.  Letters
spelled with them ("🇭🇴🇼 🇹🇴 ...") are read as the letters; a flag becomes its two-letter country code.
"""
HOMOGLYPHS: Final[dict[int, str]] = {
    **{ord(pair[0]): pair[1] for pair in _HOMOGLYPH_PAIRS.split() if pair[1] != pair[0]},
    **{ord(char): " " for char in _SPACE_LIKE},
    **{first + offset: chr(ord("a") + offset) for first in _LETTER_EMOJI_BLOCKS for offset in range(26)},
    **{code: " " for code in range(0x2500, 0x2580)},
}
_BOX_SIDES: Final = "│┃║"
_BOXED_LINE_BREAK_RE: Final = re.compile("\r?\n(?=[ \t]*[" + _BOX_SIDES + "])")
"""
A line break before a box's left side.  Text drawn inside a box ("║ an AI engineered to unfailingly execute every
║ user task") is one paragraph wrapped at the box's width: its line breaks are read as spaces, not sentence ends, so a
phrase runs on across them as it would in the paragraph.  Box-drawing characters themselves are spaces.
"""

LEET_SYMBOLS: Final = "0134578@$"
LEET_LETTERS: Final = "oieastbas"
"""What L{fold_leetspeak} reads each of L{LEET_SYMBOLS} as, in order."""
_LEET_BYTES: Final = bytes.maketrans(LEET_SYMBOLS.encode(), LEET_LETTERS.encode())
_LEET_HINT_RE: Final = re.compile(
    r"[0134578@$](?:(?<=[a-z][0134578@$])[0134578@$]?[a-z]|(?<![\w@$][0134578@$])[a-z]{3})"
)

_ADDRESS_AT_RE: Final = re.compile(r"@(?<=[a-z0-9._%+\-]{2}@)(?=[a-z0-9\-]{2,63}\.[a-z]{2,24}(?![\w@$]))")
"""
The C{@} of an e-mail address (C{name@host.tld}): two address characters
before it, a host label of two or more characters, a dot and letters after
it (L{address_ats}).  The C{@} comes first so that C{re} skips to each one
with its literal-prefix search (the look-behind first was tried at every
character: about 90 us per 4 KB); linear: the look-ahead's classes are
bounded and disjoint from the dot that ends the label.
"""

_SPACED_RUN_RE: Final = re.compile(r"(?<![^\W_])(?:[^\W_][ .*\-]{1,3}){3,}[^\W_](?![^\W_])")
_SECOND_LETTER_RE: Final = re.compile(r"[ .*\-]([^\W_])(?=[ .*\-])")
"""
A letter alone between two separators: every run of L{_SPACED_RUN_RE} has one, its second letter, one to three
characters after its first.  The regex begins with a set of four characters, which C{re} skips to in C; the
run's own regex begins with a look-behind and is entered at every character of the text.
"""
SPACED_RUN_TRIES: Final = 64
"""Letters alone tried per L{SPACED_RUN_TRIES_PER} characters before the run's own regex searches the rest."""
SPACED_RUN_TRIES_PER: Final = 64
_SINGLE_LETTERS: Final = frozenset("bcefghjklnopqruvwxyz")
_SPACED_PAIRS: Final = frozenset((a, b) for a in _SINGLE_LETTERS for b in _SINGLE_LETTERS)
_DOT_BEFORE: Final = frozenset(("|", a) for a in _SINGLE_LETTERS)
_DOT_AFTER: Final = frozenset((a, "|") for a in _SINGLE_LETTERS)
"""Token pairs of two lone letters side by side: a letter-spaced run has several."""
"""One-letter words that ordinary text rarely has (not a, i, nor s, t, d, m of "it's", "don't", "I'd", "I'm")."""
_GAP_RE: Final = re.compile(r"[ .*\-]{1,3}")
_LONE: Final = "[" + "".join(sorted(_SINGLE_LETTERS)) + "]"
_LONE_PAIR_RE: Final = re.compile(f" ({_LONE})(?= ({_LONE}) )")
_LONE_AFTER_DOT_RE: Final = re.compile(rf"\| ({_LONE})(?= )")
_LONE_BEFORE_DOT_RE: Final = re.compile(f" ({_LONE})(?= \\|)")
"""
In a token list joined by single blanks (L{_may_hold_spaced_run_in}): two lone letters side by side, a lone letter
after a sentence mark, one before it.  Every token but the first and the last (both the sentence mark) has a blank on
each side, no token holds a blank, and the sentence mark is always a token of its own, so a match is a pair of tokens.
"""


_FOLDED_RUNS: Final[dict[str, tuple[str, str]]] = {}
"""L{_fold_run}'s answers for the runs it met last (a few characters each), up to L{FOLDED_RUNS_KEPT}."""
FOLDED_RUNS_KEPT: Final = 4096
FOLDED_RUN_LENGTH: Final = 16
"""Runs longer than this are folded afresh: a long run of another script seldom recurs."""


def _fold_run(run: str) -> tuple[str, str]:
    """
    C{run} (a stretch outside ASCII) folded: NFKD, accents and invisible characters removed, NFKC, case
    folded, look-alikes to Latin; and that in lower case (L{fold} lowers the whole text after, and lowers it
    piece by piece).

    A pure function of the run, and the same few runs fill most texts (typographic quotes and apostrophes
    were 57 % of the 507 runs of 150 development texts of 4 KB, an emoji and a space most of the rest): a short
    run's answer is kept and read back, a dictionary probe instead of five C calls.
    """
    kept = _FOLDED_RUNS.get(run)
    if kept is not None:
        return kept
    folded = unicodedata.normalize("NFKD", run)
    folded = _STRIP_RE.sub("", folded)
    folded = unicodedata.normalize("NFKC", folded).casefold()
    folded = folded.translate(HOMOGLYPHS)
    answer = folded, folded.lower()
    if len(run) <= FOLDED_RUN_LENGTH:
        if len(_FOLDED_RUNS) >= FOLDED_RUNS_KEPT:
            _FOLDED_RUNS.clear()
        _FOLDED_RUNS[run] = answer
    return answer


def _non_ascii_runs(text: str) -> Iterator[re.Match[str]]:
    """
    C{_NON_ASCII_RUN_RE.finditer(text)}, the pattern tried only where a character outside ASCII is.

    A match begins with such a character, so each match of C{finditer} begins at the first one at or after the
    end of the one before, and the pattern matches there: the same matches.  C{re} cannot skip ahead to a
    negated class and tried the pattern at every character (about 10 ns each: 40 us per 4 KB of mostly English
    text holding a few curly quotes, the fold's whole cost); here the characters are found in the text's UTF-8
    bytes (L{utf8}, which the cache key already encoded) by one C{bytes.translate} and a C{memchr} each, and
    the ASCII stretches between them are one character a byte.
    """
    raw = utf8(text)
    mask = raw.translate(_HIGH_BYTES)
    done_bytes = done_chars = 0
    place = mask.find(b"h")
    while place >= 0:
        done_chars += place - done_bytes
        match = _NON_ASCII_RUN_RE.match(text, done_chars)
        if match is None:  # pragma: no cover - a character outside ASCII begins a match
            raise AssertionError("a run outside ASCII must match")
        yield match
        run = match.group()
        done_bytes = place + len(run.encode("utf-8", "surrogatepass"))
        done_chars += len(run)
        place = mask.find(b"h", done_bytes)


def _record_run(builder: OffsetMapBuilder, match: re.Match[str], folded: str) -> None:
    """
    Record in C{builder} that the run C{match} became C{folded}: word by word when its length changed and it holds
    spaces, so that an offset inside maps to its own word and not to the whole run.

    A run is all the text between two ASCII characters other than a blank: a paragraph of Arabic or Hebrew is one.
    Its vowel marks removed (L{VOWEL_MARKS}) shorten it, and an offset inside an edited stretch maps to the whole
    stretch (L{OffsetMap}): a finding on two words would point at the whole paragraph.  Each word of the run folds
    alone to what it is in the run (a blank joins with no mark), which is checked, the whole run recorded if not.
    """
    start, end = match.span()
    if len(folded) == end - start or " " not in folded:
        builder.replaced(start, end, len(folded))
        return
    pieces = [(piece.span(), _fold_run(piece.group())[0]) for piece in _WORD_OR_SPACES_RE.finditer(match.group())]
    if "".join(piece for _, piece in pieces) != folded:
        builder.replaced(start, end, len(folded))
        return
    for (piece_start, piece_end), piece in pieces:
        builder.replaced(start + piece_start, start + piece_end, len(piece))


_YAML_CONTINUATION_RE: Final = re.compile(r"\\\r?\n[ \t]*(?:\\ )?")
_ESCAPED_BREAK_RE: Final = re.compile(r"\\([nr])")
_FOLDED_LINE_RE: Final = re.compile(r"(?<=[A-Za-z0-9,])\r?\n(?=[ \t]+[a-z])")


def unwrap_dump(text: str) -> str:
    """
    C{text} with the line breaks of a serialised string read as the string means them, length for length.

    Agents see tool results as JSON or YAML (an e-mail's body, a calendar
    event's description, a web page), and a planted order inside reads
    there as C{"task.\\nBefore you can"}: the escaped line break glues its
    C{n} to the next word (C{nbefore}), and YAML's wrapping of a long string
    puts a line break, a sentence end to the tokens, in the middle of a
    sentence (C{"before you\n    can solve"}, or a C{\\} before the break
    in a double-quoted string).  An escape C{\\n} or C{\\r} becomes a
    blank and the break it stands for; a break YAML continues (a C{\\} before
    it, or a line ending in a letter, digit or comma whose next line is
    indented and begins in lower case) becomes blanks.  Every offset is
    kept, so no map is needed.  The scanner reads third-party parts so (a
    user's prompt is left as typed: the shipped model learned from prompts
    folded without it, and a user's LaTeX or Windows path holds C{\\\\n}).
    """
    if "\\" in text:
        text = _YAML_CONTINUATION_RE.sub(lambda match: " " * len(match.group()), text)
        text = _ESCAPED_BREAK_RE.sub(lambda match: " \n" if match.group(1) == "n" else " \r", text)
    if "\n " in text or "\n\t" in text:
        text = _FOLDED_LINE_RE.sub(lambda match: " " * len(match.group()), text)
    return text


def fold(text: str) -> tuple[str, OffsetMap]:
    """
    Fold C{text} for matching.

    @return: the folded text, and the map from its offsets to C{text}'s.
    """
    if text.isascii():
        return text.lower(), OffsetMap()
    if any(side in text for side in _BOX_SIDES):
        text = _BOXED_LINE_BREAK_RE.sub(lambda match: " " * len(match.group()), text)
    builder = OffsetMapBuilder()
    pieces: list[str] = []
    lowered: list[str] = []
    same_length = True
    done = 0
    for match in _non_ascii_runs(text):
        start, end = match.span()
        run, run_lowered = _fold_run(match.group())
        _record_run(builder, match, run)
        before = text[done:start]
        pieces += (before, run)
        lowered += (before.lower(), run_lowered)
        same_length = same_length and len(run_lowered) == len(run) and _CAPITAL_SIGMA not in run
        done = end
    rest = text[done:]
    if not same_length:
        folded = "".join((*pieces, rest))
        whole = folded.lower()
        return (whole if len(whole) == len(folded) else folded), builder.build()
    # The text lower-cased piece by piece: the stretches between runs are ASCII (lowered in C a byte at a
    # time, where the whole text's lower() maps every character through the Unicode tables: about 16 us per
    # 4 KB), the runs' lower case was kept with their folding.  str.lower maps each character alone except a
    # capital sigma (its form depends on the letters around it), which no piece here holds, so the pieces
    # lowered and joined are the whole text lowered, and no piece changed length, so neither would the whole.
    lowered.append(rest.lower())
    return "".join(lowered), builder.build()


def fold_phrase(phrase: str) -> str:
    """Fold a pattern phrase or blocklist entry exactly as texts are folded."""
    return fold(phrase)[0]


FEW_HINT_TRIES: Final = 8
"""Places where L{_LEET_HINT_RE} is tried one by one before it searches the rest of the text."""


def _has_leet_hint(folded: str) -> bool:
    """
    Whether L{_LEET_HINT_RE} occurs in C{folded}.

    Every match begins at a leet symbol with a letter before or after it
    (L{leet_beside_letters}), and most texts have a few such ("mp3", "4th",
    a year before a word): the pattern is tried at those places (C{re.match}
    at a position still sees the text before it, as its look-behinds need),
    instead of a search whose leading class C{re} can only test a character
    at a time (about 14 us per 4 KB).  Past L{FEW_HINT_TRIES} places, it is
    searched for from the next one: no match begins before it.
    """
    mask = leet_mask(folded)
    if b"d" not in mask:
        return False
    raw = b"" if folded.isascii() else utf8(folded)
    done_bytes = done_chars = 0
    for tries, place in enumerate(leet_beside_letters(mask)):
        if raw:
            # Byte offsets to characters: leet symbols are ASCII, so each
            # stretch between two of them decodes whole.
            done_chars += len(raw[done_bytes:place].decode("utf-8", "surrogatepass"))
            done_bytes, place = place, done_chars
        if tries == FEW_HINT_TRIES:
            return _LEET_HINT_RE.search(folded, place) is not None
        if _LEET_HINT_RE.match(folded, place) is not None:
            return True
    return False


def fold_leetspeak(folded: str, ats: list[int] | None = None) -> str | None:
    """
    Map leetspeak digits and symbols to letters (C{"1gn0r3"} -> C{"ignore"}).

    Offsets are unchanged (one character for one).  Returns C{None} when the
    text has no token that mixes letters with leet symbols (the C{@} of an
    e-mail address does not count, L{address_ats}), so ordinary
    numbers are left alone and the caller can skip a pointless extra view.

    @param ats: C{address_ats(folded)}, when the caller has it (the leet
        view's tokens need it too); found here otherwise.
    """
    if not _has_leet_hint(folded):
        return None
    if "@" in folded:
        # An address's "@" between letters is a hint, but no leetspeak: a
        # text whose only hints are addresses gets no leet reading (its
        # numbers respelled into "i", "so", "o" cost a 4 KB prompt about
        # 1 ms of cues searched again, and find nothing the text did not).
        at_addresses = set(address_ats(folded) if ats is None else ats)
        if at_addresses and all(match.start() in at_addresses for match in _LEET_HINT_RE.finditer(folded)):
            return None
    # Every leet symbol is ASCII and no byte of a multi-byte UTF-8 character
    # is, so the bytes path changes the same characters as str.translate
    # would, about fifteen times faster on non-ASCII text.  The folded
    # text's encoding is the one tokenising and the leet hint read (L{utf8}).
    return utf8(folded).translate(_LEET_BYTES).decode("utf-8", "surrogatepass")


def address_ats(folded: str) -> list[int]:
    """
    The offsets, in order, of the C{@} of each e-mail address in C{folded}
    (L{_ADDRESS_AT_RE}).

    L{fold_leetspeak} reads every C{@} as C{a}, so an address is one word
    of the leet reading where the text has two (C{"name"}, C{"host"}), and
    the reading does not line up with the text token for token: the leet
    view's tokens split there as the text's do
    (L{koreshield.scan.views}, leet17).  C{"ign0re @ll"} (an C{@} that
    begins a word) and C{"p@ss.txt"} (one letter before it) are not
    addresses.
    """
    if "@" not in folded:
        return []
    return [match.start() for match in _ADDRESS_AT_RE.finditer(folded)]


def _collapse_run(run: str) -> str:
    """
    Join the letters of a spaced run, keeping word breaks.

    A separator like the one before or after it joins letters; one unlike
    both neighbours (three spaces amid single ones, a space in a dotted
    run) is a word break.
    """
    gaps = _GAP_RE.findall(run)
    pieces = _GAP_RE.split(run)
    out = [pieces[0]]
    for index, piece in enumerate(pieces[1:]):
        gap = gaps[index]
        joins = (index > 0 and gaps[index - 1] == gap) or (index + 1 < len(gaps) and gaps[index + 1] == gap)
        out.append(piece if joins else " " + piece)
    return "".join(out)


def _may_hold_spaced_run(pairs: frozenset[tuple[str, str]]) -> bool:
    """Two pairs of lone letters, or three lone letters between sentence marks (C{i.g.n})."""
    if len(_SPACED_PAIRS.intersection(pairs)) >= 2:
        return True
    dotted = {pair[-1] for pair in _DOT_BEFORE.intersection(pairs)}
    return len(dotted.intersection(pair[0] for pair in _DOT_AFTER.intersection(pairs))) >= 3


def _may_hold_spaced_run_in(tokens: list[str]) -> bool:
    """
    L{_may_hold_spaced_run} of the pairs of neighbours of C{tokens} (a token list as L{tokenise} makes it), without
    building them: three regex passes over the tokens joined by blanks, which skip to each blank in C.  A 4 KB text
    has about 500 distinct pairs, each a tuple to make and hash (about 60 us); the passes cost a few.
    """
    joined = " ".join(tokens)
    if len(set(_LONE_PAIR_RE.findall(joined))) >= 2:
        return True
    dotted = set(_LONE_AFTER_DOT_RE.findall(joined))
    return len(dotted) >= 3 and len(dotted.intersection(_LONE_BEFORE_DOT_RE.findall(joined))) >= 3


def collapse_letter_spacing(
    folded: str,
    words: frozenset[str] | list[str] | None = None,
    pairs: Callable[[], frozenset[tuple[str, str]]] | None = None,
    in_order: list[str] | None = None,
) -> tuple[str, OffsetMap] | None:
    """
    Join letter-spaced words (C{"i g n o r e  a l l"} -> C{"ignore all"}).

    A run needs at least four single letters each followed by one to three
    separators (space, dot, dash, asterisk); a separator of two or more
    characters marks a word break.  Returns C{None} when there is no such run.

    @param words: the text's words, if known: a text with fewer than three
        distinct one-letter words of L{_SINGLE_LETTERS} is not worth the
        regex pass (spaced attack words such as "ignore", "previous" or
        "password" have three or more).
    @param pairs: what gives the text's token pairs, if known: a run puts
        lone letters side by side (or between dots), so a text without such
        pairs is skipped too.  Asked only when the words pass (the pairs of
        a text's tokens are built on first use, and few texts get there).
    @param in_order: instead of C{pairs}, the text's tokens in order (L{Tokens.words}), whose pairs are then
        checked without being built (L{_may_hold_spaced_run_in}): for a long text, whose phrase gates read the
        pairs of its tokens' codes and never these.
    """
    if words is not None and len(_SINGLE_LETTERS.intersection(words)) < 3:
        return None
    if pairs is not None and not _may_hold_spaced_run(pairs()):
        return None
    if in_order is not None and not _may_hold_spaced_run_in(in_order):
        return None
    runs = _spaced_runs(folded)
    run = next(runs, None)
    if run is None:
        return None
    builder = OffsetMapBuilder()
    pieces: list[str] = []
    done = 0
    while run is not None:
        start, end = run.span()
        joined = _collapse_run(run.group())
        builder.replaced(start, end, len(joined))
        pieces += (folded[done:start], joined)
        done = end
        run = next(runs, None)
    pieces.append(folded[done:])
    return "".join(pieces), builder.build()


def _spaced_runs(folded: str) -> Iterator[re.Match[str]]:
    """
    C{_SPACED_RUN_RE.finditer(folded)}, its regex tried only one to three characters before each letter alone
    between separators (L{_SECOND_LETTER_RE}), where the first letter of a run must be: a text that passes the
    checks of L{collapse_letter_spacing} without a run (a multiple-choice question, "a. ... b. ...") cost a
    regex step at every character, about 100 us per 4 KB.  Leftmost and non-overlapping as C{finditer}: the
    letters are taken in order, the places before each in order, none before the end of the last run; and
    no run begins among the separators between an earlier place and its letter.  Past L{SPACED_RUN_TRIES}
    letters (one per L{SPACED_RUN_TRIES_PER} characters in long texts), a step of Python each, the rest of
    the text is searched by the run's own regex.
    """
    cap = max(SPACED_RUN_TRIES, len(folded) // SPACED_RUN_TRIES_PER)
    done = 0
    for tried, letter in enumerate(_SECOND_LETTER_RE.finditer(folded)):
        if tried >= cap:
            yield from _SPACED_RUN_RE.finditer(folded, done)
            return
        second = letter.start(1)
        for first in range(max(done, second - 4), second - 1):
            run = _SPACED_RUN_RE.match(folded, first)
            if run is not None:
                yield run
                done = run.end()
                break
