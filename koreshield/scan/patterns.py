"""
Secret and personal-data shapes as data, and the matcher compiled from them.

test-case-name: tests.test_scan_secrets

A L{TokenPattern} says what a credential or identifier looks like: literal
prefixes, the characters of its body and their count, the characters that
may not touch it, an optional validator (Luhn, mod 97, a decodable JWT
header) and an optional keyword that must precede it.  The same definitions
serve two callers: the scanner, which finds whole matches, and a streaming
output guard, which asks L{could_start_match} whether the tail of the text
sent so far might be the beginning of one and must be held back.

Every compiled pattern starts with a negative look-behind on its own
boundary class, so a long run of body characters is tried from its start
only, and all repetitions are bounded: matching is linear in the input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Final

from koreshield.scan.signals import count_digits, has_key_like_run, has_numeric_run, numeric_mask
from koreshield.scan.windows import anchor_windows

_SENSITIVITY_RANK: Final = {"low": 0, "medium": 1, "high": 2}
CONTEXT_WINDOW: Final = 48


@dataclass(frozen=True)
class TokenPattern:
    """
    The shape of one kind of secret or personal data.

    @ivar subtype: the finding's subtype and redaction label, e.g.
        C{"aws_access_key"}.
    @ivar category: C{"secret"} or C{"pii"}.
    @ivar prefixes: literal prefixes, one of which starts every match.
    @ivar charset: regex class body of the characters after the prefix.
    @ivar min_length: fewest body characters.
    @ivar max_length: most body characters.
    @ivar pattern: a complete regex, for shapes that are not prefix plus body
        (JWTs, key blocks); C{prefixes} then only feed L{could_start_match}.
    @ivar boundary: regex class body of characters that may not touch the
        match on either side; defaults to C{charset}.
    @ivar validator: called with the matched text (or group 1); the match
        counts only if it returns true.
    @ivar context: a regex that must match (case-insensitively) in the
        L{CONTEXT_WINDOW} characters before the match.
    @ivar value_group: report the span of this capture group instead of the
        whole match (e.g. only the value of C{password = ...}).
    @ivar confidence: how sure a valid match makes us.
    @ivar min_sensitivity: the lowest sensitivity at which it is reported.
    @ivar ignore_case: whether prefixes and pattern match in any case.
    @ivar starts: for shapes without prefixes, regex class body of the
        characters a match can begin with (for L{could_start_match});
        defaults to C{charset}.
    @ivar anchors: literals every match contains (default: the prefixes);
        the regex runs only near them (see L{koreshield.scan.windows}).
    @ivar reach: how far before an anchor a match may start.
    @ivar min_digits: skip texts with fewer digits than this.
    @ivar context_words: skip texts whose folded form contains none of these.
    @ivar max_span: for shapes given as a full C{pattern}, the longest match
        past its anchor.
    @ivar anchors_ignore_case: find C{anchors} in the lower-cased text.
    @ivar min_run: skip texts without this many digits or number separators
        in a row (see L{koreshield.scan.signals.numeric_mask}).
    @ivar needs_any: skip texts containing none of these literals.
    @ivar needs_words: skip texts whose words (when the caller knows them,
        see L{TokenMatcher.find}) include none of these.
    @ivar needs_run: skip texts without a run of
        L{koreshield.scan.signals.MIN_RUN} base64 characters holding a digit
        (see L{koreshield.scan.signals.has_key_like_run}).
    """

    subtype: str
    category: str
    prefixes: tuple[str, ...] = ()
    charset: str = ""
    min_length: int = 0
    max_length: int = 0
    pattern: str = ""
    boundary: str = ""
    validator: Callable[[str], bool] | None = field(default=None, compare=False)
    context: str = ""
    value_group: int = 0
    confidence: float = 0.9
    min_sensitivity: str = "low"
    ignore_case: bool = False
    starts: str = ""
    anchors: tuple[str, ...] = ()
    reach: int = 0
    min_digits: int = 0
    context_words: tuple[str, ...] = ()
    max_span: int = 512
    anchors_ignore_case: bool = False
    needs_run: bool = False
    min_run: int = 0
    needs_any: tuple[str, ...] = ()
    needs_words: frozenset[str] = frozenset()

    def regex(self) -> str:
        """
        The regex source for this shape.

        Prefix shapes begin with their literal prefixes, which C{re} finds
        fast; the character before a prefix is checked by a look-behind
        I{after} it (a leading look-behind would make C{re} try every
        position), so a prefix inside a longer run fails at once.
        """
        if self.pattern:
            return self.pattern
        edge = self.boundary or self.charset
        prefixes = "|".join(f"{re.escape(p)}(?<![{edge}]{re.escape(p)})" for p in self.prefixes)
        return rf"(?:{prefixes})[{self.charset}]{{{self.min_length},{self.max_length}}}(?![{edge}])"

    def anchor_literals(self) -> tuple[str, ...]:
        """The literals that gate this shape: C{anchors}, else C{prefixes}."""
        return self.anchors or self.prefixes

    def span_after_anchor(self) -> int:
        """How far past an anchor's start a match can end."""
        if self.pattern:
            return self.max_span
        return max((len(p) for p in self.prefixes), default=0) + self.max_length + 8

    def active_at(self, sensitivity: str) -> bool:
        """Whether this shape is reported at C{sensitivity}."""
        return _SENSITIVITY_RANK[sensitivity] >= _SENSITIVITY_RANK[self.min_sensitivity]


@dataclass(frozen=True, slots=True)
class TokenMatch:
    """A validated match of a L{TokenPattern} in a text."""

    pattern: TokenPattern
    start: int
    end: int


class TokenMatcher:
    """A set of L{TokenPattern}s compiled once, matched against texts."""

    def __init__(self, patterns: Iterable[TokenPattern]) -> None:
        self._compiled: list[_Compiled] = []
        for shape in patterns:
            flags = re.IGNORECASE if shape.ignore_case else 0
            context = re.compile(shape.context, re.IGNORECASE) if shape.context else None
            edge = None
            if shape.prefixes and not shape.pattern:
                edge = re.compile(f"[{shape.boundary or shape.charset}]")
            literals = () if shape.anchors_ignore_case else shape.anchor_literals()
            self._compiled.append(_Compiled(shape, re.compile(shape.regex(), flags), context, edge, literals))

    def find(
        self, text: str, sensitivity: str, folded: str | None = None, words: frozenset[str] | None = None
    ) -> list[TokenMatch]:
        """
        Every validated match in C{text}, overlaps resolved.

        Where two matches overlap, the one found by the earlier pattern wins,
        so specific shapes (listed first) beat generic ones.

        @param folded: the folded text, for the cheap C{context_words} check;
            folded here when not given.
        @param words: the text's tokens (L{koreshield.scan.tokens}), if known:
            shapes with C{needs_words} are then skipped in one set
            intersection instead of substring searches.
        """
        found: list[TokenMatch] = []
        taken = _Spans()
        digits = -1
        run: bool | None = None
        mask: bytes | None = None
        for compiled in self._compiled:
            shape = compiled.shape
            if not shape.active_at(sensitivity):
                continue
            if words is not None and shape.needs_words and shape.needs_words.isdisjoint(words):
                continue
            if shape.needs_run:
                if run is None:
                    run = has_key_like_run(text)
                if not run:
                    continue
            if shape.min_run:
                if mask is None:
                    mask = numeric_mask(text)
                if not has_numeric_run(mask, shape.min_run):
                    continue
            if shape.needs_any and not any(literal in text for literal in shape.needs_any):
                continue
            if compiled.literals and not any(literal in text for literal in compiled.literals):
                continue
            if shape.min_digits:
                if digits < 0:
                    digits = count_digits(text)
                if digits < shape.min_digits:
                    continue
            if shape.context_words:
                if folded is None:
                    folded = text.lower()
                if not any(word in folded for word in shape.context_words):
                    continue
            for start, end in compiled.matches(text):
                if taken.add(start, end):
                    found.append(TokenMatch(shape, start, end))
        found.sort(key=lambda m: m.start)
        return found


MAX_MATCHES: Final = 4096
"""Matches kept per shape and text: enough for any real message, bounded for hostile ones."""


class _Spans:
    """Disjoint spans, sorted, with an overlap test in logarithmic time."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> bool:
        """Add C{[start, end)} unless it overlaps a span already held."""
        index = bisect_right(self._starts, start)
        if index > 0 and self._ends[index - 1] > start:
            return False
        if index < len(self._starts) and self._starts[index] < end:
            return False
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        return True


@dataclass(frozen=True)
class _Compiled:
    shape: TokenPattern
    regex: re.Pattern[str]
    context: re.Pattern[str] | None
    edge: re.Pattern[str] | None
    literals: tuple[str, ...]

    def _windows(self, text: str) -> list[tuple[int, int]]:
        anchors = self.shape.anchor_literals()
        if not anchors:
            return [(0, len(text))]
        haystack = text
        if self.shape.anchors_ignore_case:
            haystack = text.lower()
            if len(haystack) != len(text):
                return [(0, len(text))]
        return anchor_windows(haystack, anchors, self.shape.reach, self.shape.span_after_anchor())

    def matches(self, text: str) -> list[tuple[int, int]]:
        shape = self.shape
        spans = []
        for low, high in self._windows(text):
            for match in self.regex.finditer(text, low, high):
                start, end = match.span(shape.value_group)
                if self.edge is not None and start > 0 and self.edge.match(text, start - 1):
                    continue
                if shape.validator is not None and not shape.validator(match.group(shape.value_group)):
                    continue
                if (
                    self.context is not None
                    and self.context.search(text, max(0, match.start() - CONTEXT_WINDOW), match.start()) is None
                ):
                    continue
                spans.append((start, end))
                if len(spans) >= MAX_MATCHES:
                    return spans
        return spans


def _prefix_viable(shape: TokenPattern, candidate: str, body_re: re.Pattern[str]) -> bool:
    for prefix in shape.prefixes:
        probe = candidate.lower() if shape.ignore_case else candidate
        wanted = prefix.lower() if shape.ignore_case else prefix
        if len(probe) <= len(wanted):
            if wanted.startswith(probe):
                return True
        elif probe.startswith(wanted):
            body = candidate[len(prefix) :]
            if len(body) <= shape.max_length and body_re.fullmatch(body):
                return True
    return False


def could_start_match(tail: str, patterns: Iterable[TokenPattern]) -> int:
    """
    How many characters at the end of C{tail} might begin a match.

    A streaming guard that has sent everything before C{tail} can safely send
    all but this many characters of it; the rest must wait for more text.
    The answer is the length of the I{longest} suffix that could still grow
    into a match of one of C{patterns}, so holding it back never lets part of
    a secret through; 0 means nothing at the end can start one.

    Shapes with prefixes are viable while the suffix is a prefix of a prefix,
    or a prefix followed by a short enough run of body characters.  Shapes
    without prefixes (e-mail addresses, card numbers) are viable over a
    trailing run of their body characters.
    """
    longest = 0
    for shape in patterns:
        if not shape.charset:
            continue
        body_re = re.compile(f"[{shape.charset}]*", re.IGNORECASE if shape.ignore_case else 0)
        edge_re = re.compile(f"[{shape.boundary or shape.charset}]")
        start_re = re.compile(f"[{shape.starts or shape.charset}]")
        reach = max((len(p) for p in shape.prefixes), default=0) + shape.max_length
        first = max(0, len(tail) - reach)
        for start in range(first, len(tail) - longest):
            if start > 0 and shape.prefixes and edge_re.fullmatch(tail[start - 1]):
                continue
            candidate = tail[start:]
            if shape.prefixes:
                viable = _prefix_viable(shape, candidate, body_re)
            else:
                viable = (
                    (start == 0 or not edge_re.fullmatch(tail[start - 1]))
                    and bool(start_re.fullmatch(candidate[0]))
                    and bool(body_re.fullmatch(candidate))
                )
            if viable:
                longest = len(tail) - start
                break
    return longest
