"""
Every reading of a text that the detectors should see.

test-case-name: tests.test_scan_views

One text becomes several I{views}: the folded text itself; the same with
letter-spacing collapsed, with leetspeak folded, and with HTML comments cut
out; the bodies of comments (hidden from a human reader); and each embedded
payload decoded (base64, hex, URL-encoding, escapes, entities, tag
characters, and Caesar-shifted (rot13 among them) or reversed text when
their cue words appear), and a request split into quoted pieces joined
again (L{koreshield.scan.joined}).  Views are only built when the text shows a reason
for them, so an ordinary prompt has exactly one.

Each view can map a span of its own text back to the original text: exactly
for rewrites of the whole text, and to the encoded stretch for payloads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from koreshield.scan.comments import Comment, html_comments, markdown_comments, without_comments
from koreshield.scan.decode import DecodeBudget, caesar, find_payloads, hint_words
from koreshield.scan.joined import joined_pieces
from koreshield.scan.normalise import (
    LEET_LETTERS,
    LEET_SYMBOLS,
    address_ats,
    collapse_letter_spacing,
    fold,
    fold_leetspeak,
)
from koreshield.scan.offsets import OffsetMap
from koreshield.scan.tokens import SHORT_TOKENS, Tokens, tokenise

_HINT_WORDS: Final = (
    "ignore",
    "instructions",
    "previous",
    "prompt",
    "system",
    "disregard",
    "forget",
    "reveal",
    "password",
    "secret",
    "jailbreak",
    "rules",
    "override",
    "assistant",
    "restrictions",
)
_REVERSED_PAYLOAD_WORDS: Final = (
    "bomb",
    "bank",
    "meth",
    "lock",
    "money",
    "napalm",
    "poison",
    "weapon",
    "drugs",
    "steal",
    "kill",
    "hack",
    "house",
    "malware",
)
"""
Words of harmful requests (L{koreshield.scan.cues_framing}) whose reversed spelling ("knab a bor") is worth a
reversed reading: a request hidden backwards for the AI to reverse and then carry out.  Reversed, none is a word.
"""
SHIFTED_HINTS, REVERSED_HINTS = hint_words(_HINT_WORDS)
REVERSED_HINTS = REVERSED_HINTS | frozenset(word[::-1] for word in _REVERSED_PAYLOAD_WORDS)
SHIFTED_HINT_WORDS: Final = frozenset(SHIFTED_HINTS)
RESPELLED: Final = frozenset(LEET_SYMBOLS + LEET_LETTERS)
"""
The characters in which the text of a view L{View.like_first} may differ
from the first view's (the leetspeak reading respells only those): a
literal holding none of them occurs at the same places in both.
"""
RESPELLINGS: Final = tuple(zip(LEET_SYMBOLS, LEET_LETTERS, strict=True))
"""
How the text of a view L{View.like_first} may differ from the first
view's, character for character: a pattern that cannot tell the two of
each pair apart (L{koreshield.scan.regexparse.reads_alike}) finds the same
matches in both.
"""


@dataclass(frozen=True, slots=True)
class View:
    """
    One folded reading of a text.

    @ivar text: the folded text the detectors read.
    @ivar tokens: its words and sentence marks (L{koreshield.scan.tokens}).
    @ivar origin: how it was obtained: C{"text"}, C{"spacing"}, C{"leet"},
        C{"uncommented"}, C{"comment"}, or an encoding name.
    @ivar hidden: whether a human reader of the original would not see it
        (comment bodies, tag characters).
    @ivar decoded: whether it came from decoding a payload.
    @ivar chain: offset maps from this text back to the original, innermost
        first; ignored when C{fixed_span} is set.
    @ivar fixed_span: for payloads, the span of the encoded stretch in the
        original text, which every span of this view maps to.
    @ivar like_first: whether its tokens are those of the first view (the
        plain folded text) with some words spelled otherwise, one for one
        (see L{_leet_aligns}), so cue results can be carried over (see
        L{koreshield.scan.rules.CueMatcher.match_views}).
    """

    text: str
    tokens: Tokens = field(compare=False)
    origin: str = "text"
    hidden: bool = False
    decoded: bool = False
    chain: tuple[OffsetMap, ...] = ()
    fixed_span: tuple[int, int] | None = None
    like_first: bool = False

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that C{[start, end)} of this view came from."""
        if self.fixed_span is not None:
            return self.fixed_span
        for offsets in self.chain:
            start, end = offsets.to_source(start, end)
        return start, end


def _view(
    text: str, origin: str, *, chain: tuple[OffsetMap, ...] = (), fixed: tuple[int, int] | None = None,
    hidden: bool = False, decoded: bool = False, like_first: bool = False,
) -> View:  # fmt: skip
    return View(text, tokenise(text, sets=not like_first), origin, hidden, decoded, chain, fixed, like_first)


def expand(text: str, budget: DecodeBudget | None = None) -> list[View]:
    """
    All views of C{text}; the first is always the plain folded text.

    @param budget: decoding allowance, shared by nested payloads.
    """
    return _expand(text, budget or DecodeBudget(), depth=0, fixed=None)


def _expand(text: str, budget: DecodeBudget, depth: int, fixed: tuple[int, int] | None) -> list[View]:
    folded, offsets = fold(text)
    main = _view(folded, "text", chain=(offsets,), fixed=fixed)
    views = [main]
    tokens = main.tokens
    # A short text's phrase gates build its pairs anyway; a long text's read the pairs of its tokens' codes,
    # and the spacing check reads its neighbours without building a pair (speed round seventeen).
    if len(tokens.words) <= SHORT_TOKENS:
        spaced = collapse_letter_spacing(folded, tokens.present, lambda: tokens.pairs)
    else:
        spaced = collapse_letter_spacing(folded, tokens.present, in_order=tokens.words)
    if spaced is not None:
        views.append(_view(spaced[0], "spacing", chain=(spaced[1], offsets), fixed=fixed))
    ats = address_ats(folded)
    leet = fold_leetspeak(folded, ats)
    if leet is not None:
        views.append(_leet_view(folded, leet, ats, offsets, fixed, depth))
    views.extend(_comment_views(text, fixed))
    if depth == 0:
        views.extend(_joined_views(text))
    if depth < budget.max_depth:
        for payload in find_payloads(text, budget):
            span = fixed or (payload.start, payload.end)
            for view in _expand(payload.text, budget, depth + 1, span):
                views.append(_as_payload(view, payload.encoding, hidden=payload.encoding == "tags"))
        views.extend(_cipher_views(text, main.tokens.present, budget, depth, fixed))
    return views


def _leet_view(
    folded: str, leet: str, ats: list[int], offsets: OffsetMap, fixed: tuple[int, int] | None, depth: int
) -> View:
    """
    The leetspeak view of C{folded}, whose text is C{leet}; C{ats} is L{address_ats} of C{folded}.

    Its tokens split at an e-mail address's C{@} (L{address_ats}) as the
    plain text's do, where its text reads the C{@} as C{a}: otherwise
    C{"name@host.tld"} is one word of the view and two of the text, the two
    token lists do not line up (L{_leet_aligns}), and every cue is matched
    again in full, about 1 ms for an ordinary 4 KB prompt (speed round
    seventeen).  No cue names a word joined at an address, so the phrase
    cues find what they found in the joined word; the regex cues read the
    text, unchanged (C{"@"} kept in the text, the exfiltration cue's
    address would be a new hit of the view).
    """
    like_first = depth == 0 and _leet_aligns(folded, ats)
    tokens = tokenise(_blanked(leet, ats) if ats else leet, sets=not like_first)
    return View(leet, tokens, "leet", chain=(offsets,), fixed_span=fixed, like_first=like_first)


def _blanked(text: str, places: list[int]) -> str:
    """C{text} with a blank at each of C{places} (in order): the same length, so every offset holds."""
    pieces: list[str] = []
    done = 0
    for place in places:
        pieces += (text[done:place], " ")
        done = place + 1
    pieces.append(text[done:])
    return "".join(pieces)


FEW_SYMBOLS: Final = 64
"""Texts with more C{@} and C{$} than this are not checked for alignment (a Python step each)."""


def _leet_aligns(folded: str, ats: list[int]) -> bool:
    """
    Whether the leetspeak view of C{folded} has its tokens one for one.

    Leet digits are word characters either way.  C{@} and C{$} separate
    words in the text and are letters in the view: a run of them between
    two words joins them there, and one between separators is a word of its
    own; a run that touches a word on one side only lengthens that word.
    An e-mail address's C{@} (C{ats}) separates words in both.
    """
    if folded.count("@") + folded.count("$") > FEW_SYMBOLS:
        return False
    at_signs = _positions(folded, "@")
    if ats:
        kept = set(ats)
        at_signs = [position for position in at_signs if position not in kept]
    symbols = sorted(at_signs + _positions(folded, "$"))
    for index, position in enumerate(symbols):
        if index and symbols[index - 1] == position - 1:
            continue
        end = position + 1
        while end < len(folded) and folded[end] in "@$":
            end += 1
        before = position > 0 and _is_word_character(folded[position - 1])
        after = end < len(folded) and _is_word_character(folded[end])
        if before == after:
            return False
    return True


def _positions(text: str, char: str) -> list[int]:
    found = []
    position = text.find(char)
    while position >= 0:
        found.append(position)
        position = text.find(char, position + 1)
    return found


def _is_word_character(char: str) -> bool:
    """As L{koreshield.scan.tokens.tokenise} sees it: ASCII letters and digits, and every other non-space."""
    return char.isalnum() if char.isascii() else not char.isspace()


def _as_payload(view: View, encoding: str, hidden: bool) -> View:
    origin = encoding if view.origin == "text" else f"{encoding}+{view.origin}"
    return View(view.text, view.tokens, origin, view.hidden or hidden, True, (), view.fixed_span)


def _comment_views(text: str, fixed: tuple[int, int] | None) -> list[View]:
    # "<" first: one memchr, where the search for "<!--" steps a few characters at a time (about 1.7 us per 2 KB).
    comments = html_comments(text) if "<" in text and "<!--" in text else []
    comments.extend(markdown_comments(text))
    if not comments:
        return []
    comments.sort(key=lambda c: c.start)
    views = []
    for comment in comments:
        folded, _ = fold(comment.body)
        views.append(_view(folded, "comment", fixed=fixed or (comment.start, comment.end), hidden=True))
    cut, cut_offsets = without_comments(text, _disjoint(comments))
    folded, offsets = fold(cut)
    views.append(_view(folded, "uncommented", chain=(offsets, cut_offsets), fixed=fixed))
    return views


def _joined_views(text: str) -> list[View]:
    """The request split into quoted pieces and joined again (L{koreshield.scan.joined}), read as a decoded payload."""
    found = joined_pieces(text)
    if found is None:
        return []
    joined, start, end = found
    folded, _ = fold(joined)
    return [_view(folded, "joined", fixed=(start, end), decoded=True)]


def _disjoint(comments: list[Comment]) -> list[Comment]:
    kept = []
    end = -1
    for comment in comments:
        if comment.start >= end:
            kept.append(comment)
            end = comment.end
    return kept


def _cipher_views(
    text: str, present: frozenset[str], budget: DecodeBudget, depth: int, fixed: tuple[int, int] | None
) -> list[View]:
    span = fixed or (0, len(text))
    shifts: list[int] = []
    if not present.isdisjoint(SHIFTED_HINT_WORDS):
        shifts = sorted({SHIFTED_HINTS[word] for word in present.intersection(SHIFTED_HINT_WORDS)})
    if not present.isdisjoint(REVERSED_HINTS):
        shifts.append(_REVERSED)
    views = []
    for shift in shifts:
        if not budget.take(len(text)):
            break
        if shift == _REVERSED:
            decoded, origin = _reverse(text), "reversed"
        else:
            decoded, origin = caesar(text, shift), "rot13" if shift == 13 else f"caesar{shift}"
        for view in _expand(decoded, budget, depth + 1, span):
            views.append(_as_payload(view, origin, hidden=False))
    return views


_REVERSED: Final = -1
"""In L{_cipher_views}' list of readings, the reversed text (the others are Caesar shifts)."""


def _reverse(text: str) -> str:
    return text[::-1]
