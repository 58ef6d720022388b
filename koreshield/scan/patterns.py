"""
Secret and personal-data shapes as data, and the matcher compiled from them.

test-case-name: tests.test_scan_secrets

A L{TokenPattern} says what a credential or identifier looks like: literal
prefixes, the characters of its body and their count, the characters that
may not touch it, an optional validator (Luhn, mod 97, a decodable JWT
header) and an optional keyword that must precede it.  The same definitions
serve two callers: the scanner, which finds whole matches in a text, and the
streaming output guard, which follows a text as it grows
(L{koreshield.scan.growing}) and must know, besides the matches, which
beginnings might still become one.

Every compiled pattern starts with a negative look-behind on its own
boundary class, so a long run of body characters is tried from its start
only, and all repetitions are bounded: matching is linear in the input.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from koreshield.scan.regexparse import PARSER, UNBOUNDED, reach
from koreshield.scan.signals import (
    BASE64_CHARACTERS,
    MIN_RUN,
    Base64Runs,
    base64_runs_of,
    count_digits,
    longest_numeric_run,
    numeric_runs_of,
    shape_mask,
    utf8,
)
from koreshield.scan.windows import (
    MAX_OCCURRENCES,
    OCCURRENCES_PER,
    anchor_windows,
    marked_anchor_windows,
    merged,
    places_of,
)

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
    @ivar begins: for shapes given as a full C{pattern}, literals (lower
        case) every match begins with, in any case when C{ignore_case}: in a
        window of ASCII text the regex is then tried only where one of them
        occurs, not at every character (a case-insensitive alternation of
        words gives C{re} no prefix to skip to).
    @ivar reach: how far before an anchor a match may start.
    @ivar min_digits: skip texts with fewer digits than this.
    @ivar context_words: skip texts whose folded form contains none of these.
    @ivar max_span: for shapes given as a full C{pattern}, the longest match
        past its anchor.
    @ivar anchors_ignore_case: find C{anchors} in the lower-cased text.
    @ivar partial: for shapes given as a full C{pattern}, a regex that
        fullmatches every beginning of every text the pattern can match
        (it may accept more).  Derived for prefix shapes.  While the text
        from a position to its end still fullmatches it, more text may
        change what matches there (see L{koreshield.scan.growing}).
    @ivar behind: for shapes given as a full C{pattern}, regex class body of
        characters that, just before a position, rule out a match there (a
        subset of the pattern's own look-behind).  Derived for prefix shapes.
    @ivar lead: for shapes that report a C{value_group}, the regex of what
        precedes the value (C{password: }), which is never reported.
    @ivar lead_marks: characters one of which every match's C{lead} holds
        (C{:} or C{=} after C{password}): an anchor with none of them within
        the lead's reach after it starts no match (L{marked_anchor_windows}).
    @ivar min_run: skip texts without this many digits or number separators
        in a row (see L{koreshield.scan.signals.numeric_mask}).
    @ivar needs_any: skip texts containing none of these literals.
    @ivar needs_words: skip texts whose words (when the caller knows them,
        see L{TokenMatcher.find}) include none of these.
    @ivar shape_needs: skip texts whose L{koreshield.scan.signals.shape_mask}
        holds none of these (for
        shapes without anchors, whose regex would otherwise try every digit
        or capital letter of the text).
    @ivar needs_run: skip texts without a run of
        L{koreshield.scan.signals.MIN_RUN} base64 characters holding a digit
        (see L{koreshield.scan.signals.Base64Runs.key_like}).
    @ivar anchor_run: for shapes whose one anchor is one character: every
        character a match may hold before its anchor, listed (the local part
        of an e-mail address), when a match holds one to C{reach} of them
        there and its look-behind rules out one of them just before it.  A
        match then begins where the run of them ending at its anchor begins
        (its anchor is the first after its start: none of them is one), and
        the regex is tried only there in each window, not at every
        character (L{CompiledShape.anchor_run_starts}).
    @ivar starts_at_runs: every match begins with a run of base64
        characters at least L{koreshield.scan.signals.MIN_RUN} long and its
        look-behind rules out a base64 character just before it: a match
        then begins where a run of L{koreshield.scan.signals.base64_runs}
        begins, and the regex is tried only there, over the whole text (a
        few runs, already found for the C{needs_run} gate), instead of at
        every character of the windows around its anchors (finding those
        took more than the search: seven C{str.find}s of the folded text for
        the high-entropy token).  The windows only ever held every match
        the whole text holds (a match needs an anchor within its
        C{context}'s reach before it, and the window reaches past its end),
        so the matches are the same.
    @ivar run_tail: for shapes without anchors whose every match lies inside
        a run of L{koreshield.scan.signals.base64_runs} but for at most this
        many characters after it: the regex then runs only over those runs
        (and one more character, for its look-ahead), not the whole text.
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
    begins: tuple[str, ...] = ()
    reach: int = 0
    min_digits: int = 0
    context_words: tuple[str, ...] = ()
    max_span: int = 512
    anchors_ignore_case: bool = False
    partial: str = ""
    behind: str = ""
    lead: str = ""
    lead_marks: tuple[str, ...] = ()
    needs_run: bool = False
    min_run: int = 0
    needs_any: tuple[str, ...] = ()
    needs_words: frozenset[str] = frozenset()
    shape_needs: tuple[bytes, ...] = ()
    anchor_run: str = ""
    starts_at_runs: bool = False
    run_tail: int | None = None

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

    def partial_regex(self) -> str:
        """
        A regex fullmatching every beginning of a match: C{partial} if
        given; else, for prefix shapes, any part of a prefix or a prefix and
        up to C{max_length} body characters; else up to C{max_length}
        C{charset} characters.
        """
        if self.partial:
            return self.partial
        if self.prefixes:
            whole = "|".join(re.escape(p) for p in self.prefixes)
            return f"{literal_beginnings(self.prefixes)}|(?:{whole})[{self.charset}]{{0,{self.max_length}}}"
        return f"[{self.charset}]{{1,{self.max_length}}}"

    def behind_class(self) -> str:
        """
        Regex class body of characters that rule out a match just after
        them ("" when none is known): C{behind}, or for prefix shapes the
        class their regex looks behind at.
        """
        if self.behind or self.pattern:
            return self.behind
        return self.boundary or self.charset

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
        self._compiled = [CompiledShape.of(shape) for shape in patterns]
        self._active = {level: [c for c in self._compiled if c.shape.active_at(level)] for level in _SENSITIVITY_RANK}
        """The shapes reported at each sensitivity, in order."""
        self._run_lengths = {
            level: sorted({c.shape.min_run for c in active if c.shape.min_run})
            for level, active in self._active.items()
        }
        """The numeric run lengths the shapes of each sensitivity ask about (L{longest_numeric_run})."""
        self._asks_run = {level: any(c.shape.needs_run for c in active) for level, active in self._active.items()}
        """Whether some shape of each sensitivity needs a key-like run (L{TokenPattern.needs_run})."""
        self._plans: dict[tuple[str, bool, int], list[CompiledShape]] = {}

    def _plan(self, sensitivity: str, run: bool, longest_run: int) -> list[CompiledShape]:
        """
        The shapes of C{sensitivity}, in order, that a text with a key-like run or none (C{run}) and whose
        longest numeric run asked about is C{longest_run} may hold: the two signals every text computes rule
        out most shapes (a prompt without a key-like run, which is nearly every prompt, leaves 4 of the 26
        secret shapes), so a list per answer, built on first use, spares the others a Python step each.  A
        shape left out would have been skipped at its own check of the same signal, so the order, and which
        of two overlapping matches wins, are the same.
        """
        key = (sensitivity, run, longest_run)
        plan = self._plans.get(key)
        if plan is None:
            plan = [
                compiled
                for compiled in self._active[sensitivity]
                if (run or not compiled.shape.needs_run) and compiled.shape.min_run <= longest_run
            ]
            self._plans[key] = plan
        return plan

    def find(
        self, text: str, sensitivity: str, folded: str | None = None, words: frozenset[str] | None = None
    ) -> list[TokenMatch]:
        """
        Every validated match in C{text}, overlaps resolved.

        Where two matches overlap, the one found by the earlier pattern wins,
        so specific shapes (listed first) beat generic ones.

        @param folded: C{text.lower()}, if known (the scanner's folded reading of an ASCII text is exactly
            that), for the cheap C{context_words} check and the anchors of shapes that ignore case;
            lowered here when first needed otherwise, once for both.
        @param words: the text's tokens (L{koreshield.scan.tokens}), if known:
            shapes with C{needs_words} are then skipped in one set
            intersection instead of substring searches.
        """
        found: list[TokenMatch] = []
        taken: _Spans | None = None
        digits = -1
        runs: Base64Runs | None = None
        run = False
        if self._asks_run[sensitivity]:
            runs = base64_runs_of(text)
            run = runs.key_like()
        lengths = self._run_lengths[sensitivity]
        longest_run = longest_numeric_run(numeric_runs_of(text), lengths) if lengths else 0
        shapes: bytes | None = None
        shapes_known = False
        run_text: bytes | None = None
        for compiled in self._plan(sensitivity, run, longest_run):
            shape = compiled.shape
            if words is not None and shape.needs_words and shape.needs_words.isdisjoint(words):
                continue
            if shape.needs_any and not any(map(text.__contains__, shape.needs_any)):
                continue
            if compiled.run_literals:
                if run_text is None:
                    runs = runs or Base64Runs(text)
                    run_text = runs.joined()
                if not any(map(run_text.__contains__, compiled.run_literals)):
                    continue
            elif compiled.literals and not any(map(text.__contains__, compiled.literals)):
                continue
            if shape.min_digits:
                if digits < 0:
                    digits = count_digits(text)
                if digits < shape.min_digits:
                    continue
            if shape.context_words:
                if folded is None:
                    folded = text.lower()
                if not any(map(folded.__contains__, shape.context_words)):
                    continue
            if shape.shape_needs:
                if not shapes_known:
                    shapes, shapes_known = shape_mask(text), True
                if shapes is not None and not any(map(shapes.__contains__, shape.shape_needs)):
                    continue
            if shape.run_tail is not None:
                runs = runs or Base64Runs(text)
            if folded is None and compiled.shape.anchors_ignore_case:
                folded = text.lower()
            for start, end in compiled.matches(text, runs, folded, shapes):
                if taken is None:
                    taken = _Spans()
                if taken.add(start, end):
                    found.append(TokenMatch(shape, start, end))
        if len(found) > 1:
            found.sort(key=lambda m: m.start)
        return found


def mask_windows(text: str, mask: bytes, needs: tuple[bytes, ...], reach: int) -> list[tuple[int, int]]:
    """
    The windows of C{text} (C{mask} its L{koreshield.scan.signals.shape_mask}) that hold every match of a
    regex reading at most C{reach} characters from a match's start (L{koreshield.scan.regexparse.reach})
    whose every match's mask holds one of C{needs}: C{reach} characters either side of each need's place, or
    the whole text past L{MAX_OCCURRENCES} places (one per L{OCCURRENCES_PER} characters in long texts).

    The regex finds the same matches in them as in the whole text: a window holds every character a match
    there reads, and C{re} looks behind a window's start into the text; an attempt that would read past a
    window's end fails in both, since a match it made would hold a need, whose window reaches further.  The
    mask is UTF-8, a byte a character in ASCII text; elsewhere each need's place, which begins with a byte
    of ASCII (the mask shows every other byte as C{_}), is counted in characters (L{_character_places}).
    """
    length = len(text)
    cap = max(MAX_OCCURRENCES, length // OCCURRENCES_PER)
    places = places_of(mask, needs, cap)
    if places is None:
        return [(0, length)]
    if len(mask) != length:
        places = _character_places(utf8(text), places)
    return merged((max(0, place - reach), min(length, place + reach)) for place in places)


_NUMERIC_CHARSET: Final = re.compile(r"(?:\\d|\\?[ .()/\-])+")
"""A C{charset} of digits and the number separators of L{koreshield.scan.signals.numeric_mask} only."""
_RUN_END: Final = re.compile(rb"d*")


def numeric_run_windows(text: str, mask: bytes, length: int) -> list[tuple[int, int]]:
    """
    The runs of at least C{length} C{d}s of C{text}'s L{koreshield.scan.signals.numeric_mask} C{mask}, each
    with one character more for a look-ahead at a match's end, as windows of C{text}.

    A regex whose every match is at least C{length} digits and number separators (all of them ASCII, so C{\\d}
    matches no other digit: the caller makes sure the text holds none, as
    L{koreshield.scan.signals.shape_mask} does) and whose look-arounds read one character either side finds
    the same matches in them as in the whole text: each match lies inside such a run, the character after a
    run is none of them, and C{re} looks behind a window's start into the text.
    """
    needle = b"d" * length
    edges: list[int] = []
    place = mask.find(needle)
    while place >= 0:
        end = _RUN_END.match(mask, place).end()  # type: ignore[union-attr]
        edges += (place, end)
        place = mask.find(needle, end)
    if len(mask) != len(text):
        edges = _character_places(utf8(text), edges)
    return [(edges[i], min(len(text), edges[i + 1] + 1)) for i in range(0, len(edges), 2)]


def _character_places(raw: bytes, places: list[int]) -> list[int]:
    """The character offsets of the sorted byte offsets C{places} of UTF-8 C{raw}, each at a character's start."""
    characters = []
    counted = done = 0
    for place in places:
        counted += len(raw[done:place].decode("utf-8", "surrogatepass"))
        done = place
        characters.append(counted)
    return characters


def _run_windows(text: str, tail: int, runs: Base64Runs) -> list[tuple[int, int]]:
    """The base64 C{runs} of C{text} with C{tail} characters and one more after each, merged where they touch."""
    return merged((start, min(len(text), end + tail + 1)) for start, end in runs.spans())


def _within_base64_runs(shape: TokenPattern) -> bool:
    """
    Whether every match of C{shape} is a stretch of base64 characters at
    least L{MIN_RUN} long, so inside a run that L{base64_runs} finds: a
    prefix shape (prefix and body, case as written) whose prefixes and body
    class hold only base64 characters and whose shortest match is long
    enough.  The body class is read conservatively: ASCII, no escapes
    other than of punctuation, not negated, and then tried on every ASCII
    character (a class of ASCII characters and ranges matches nothing else).
    """
    if shape.pattern or shape.anchors or shape.ignore_case or not shape.prefixes:
        return False
    if any(not BASE64_CHARACTERS.issuperset(prefix) for prefix in shape.prefixes):
        return False
    if min(len(prefix) for prefix in shape.prefixes) + shape.min_length < MIN_RUN:
        return False
    body = shape.charset
    if not body.isascii() or body.startswith("^") or re.search(r"\\[A-Za-z0-9]", body):
        return False
    member = re.compile(f"[{body}]")
    return all(chr(code) in BASE64_CHARACTERS for code in range(128) if member.fullmatch(chr(code)))


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
class CompiledShape:
    """
    One L{TokenPattern} compiled: its regex, and the rule deciding whether a
    regex match is reported (the edge before it, the validator, the context
    before it), shared by the scanner and the streaming output guard.
    """

    shape: TokenPattern
    regex: re.Pattern[str]
    context: re.Pattern[str] | None
    edge: re.Pattern[str] | None
    literals: tuple[str, ...]
    run_literals: tuple[bytes, ...] = ()
    """
    The prefixes as UTF-8, when every match lies inside a run of
    L{koreshield.scan.signals.base64_runs} (see L{_within_base64_runs}):
    the text holds no match unless one of them is in
    L{koreshield.scan.signals.Base64Runs.joined}.
    """
    run_length: int = 0
    """
    For a shape without anchors or C{shape_needs} whose matches are made of
    digits and number separators only (its C{charset}: C{\\d}, blanks,
    C{- . ( ) /}), at least C{min_run} long (the parsed pattern's narrowest
    match), with a look-ahead of at most one character: that length, else 0.  Every
    match then lies inside a run of at least that many of the text's
    L{koreshield.scan.signals.numeric_mask}, and the regex runs only over
    those runs (L{numeric_run_windows}) instead of the whole text.
    """
    lead_reach: int = 0
    """How far past a match's start its C{lead} reads (L{koreshield.scan.regexparse.reach}), for C{lead_marks}."""
    mask_reach: int = 0
    """
    For a shape without anchors whose every match holds one of its
    C{shape_needs} in its L{koreshield.scan.signals.shape_mask}: how far
    past a match's start its regex reads (L{koreshield.scan.regexparse.reach};
    0 for other shapes, or an unbounded one).  Every match then lies, with
    what it reads, within that many characters of a need's place, and the
    regex runs only there (L{mask_windows}) instead of over the whole text.
    """

    @classmethod
    def of(cls, shape: TokenPattern) -> CompiledShape:
        flags = re.IGNORECASE if shape.ignore_case else 0
        context = re.compile(shape.context, re.IGNORECASE) if shape.context else None
        edge = None
        if shape.prefixes and not shape.pattern:
            edge = re.compile(f"[{shape.boundary or shape.charset}]")
        literals = () if shape.anchors_ignore_case else shape.anchor_literals()
        run_literals = tuple(p.encode() for p in shape.prefixes) if _within_base64_runs(shape) else ()
        mask_reach = 0
        if shape.shape_needs and not shape.anchor_literals() and shape.run_tail is None and not flags:
            widest = reach(shape.regex())
            mask_reach = widest if widest < UNBOUNDED else 0
        lead_reach = reach(shape.lead) if shape.lead_marks else 0
        run_length = 0
        if not shape.anchor_literals() and shape.run_tail is None and not mask_reach and shape.min_run:
            narrowest, widest = PARSER.parse(shape.regex()).getwidth()
            ahead = reach(shape.regex()) - widest
            if _NUMERIC_CHARSET.fullmatch(shape.charset) and narrowest >= shape.min_run and ahead <= 1:
                run_length = shape.min_run
        return cls(
            shape,
            re.compile(shape.regex(), flags),
            context,
            edge,
            literals,
            run_literals,
            run_length,
            lead_reach,
            mask_reach,
        )

    def reported_span(self, text: str, match: re.Match[str]) -> tuple[int, int] | None:
        """
        The span C{match} reports, or L{None} when the shape's conditions
        rule it out.  The context is searched in the L{CONTEXT_WINDOW}
        characters before the match as a text of their own, so a context
        anchored with C{^} means the start of that window wherever the
        match is.
        """
        shape = self.shape
        start, end = match.span(shape.value_group)
        if self.edge is not None and start > 0 and self.edge.match(text, start - 1):
            return None
        if shape.validator is not None and not shape.validator(match.group(shape.value_group)):
            return None
        if self.context is not None and not self.context_before(text, match.start()):
            return None
        return start, end

    def context_before(self, text: str, position: int) -> bool:
        """Whether the context this shape needs is in the window before C{position}."""
        if self.context is None:
            return True
        window = text[max(0, position - CONTEXT_WINDOW) : position]
        if self.shape.context_words:
            folded = window.lower()
            if not any(word in folded for word in self.shape.context_words):
                return False
        return self.context.search(window) is not None

    def _windows(
        self, text: str, runs: Base64Runs | None, lowered: str | None = None, mask: bytes | None = None
    ) -> list[tuple[int, int]]:
        if self.mask_reach and mask is not None:
            return mask_windows(text, mask, self.shape.shape_needs, self.mask_reach)
        if self.run_length and (text.isascii() or shape_mask(text) is not None):
            return numeric_run_windows(text, numeric_runs_of(text).mask, self.run_length)
        anchors = self.shape.anchor_literals()
        if not anchors and self.shape.run_tail is not None:
            return _run_windows(text, self.shape.run_tail, runs or Base64Runs(text))
        if not anchors:
            return [(0, len(text))]
        haystack = text
        if self.shape.anchors_ignore_case:
            haystack = text.lower() if lowered is None else lowered
            if len(haystack) != len(text):
                return [(0, len(text))]
        if self.lead_reach:
            return marked_anchor_windows(
                haystack,
                anchors,
                self.shape.lead_marks,
                self.lead_reach,
                self.shape.reach,
                self.shape.span_after_anchor(),
            )
        return anchor_windows(haystack, anchors, self.shape.reach, self.shape.span_after_anchor())

    def matches(
        self, text: str, runs: Base64Runs | None = None, lowered: str | None = None, mask: bytes | None = None
    ) -> list[tuple[int, int]]:
        """
        The spans this shape reports in C{text}, in order.

        @param runs: the text's base64 runs, if already found.
        @param lowered: C{text.lower()}, if known.
        @param mask: the text's L{koreshield.scan.signals.shape_mask}, if known.
        """
        spans = []
        shape = self.shape
        run_starts: list[int] | None = None
        windows = [(0, len(text))] if shape.starts_at_runs else self._windows(text, runs, lowered, mask)
        for low, high in windows:
            found: Iterable[re.Match[str]]
            if shape.begins:
                found = self._window_matches(text, low, high)
            elif shape.anchor_run and text.count(shape.anchors[0], low, high) <= MAX_OCCURRENCES:
                # A step of Python per anchor: past the cap (a text full of them) the regex's own scan is cheaper.
                found = self._matches_at(text, self.anchor_run_starts(text, low, high), high)
            elif shape.starts_at_runs:
                if run_starts is None:
                    run_starts = [start for start, _ in (runs or Base64Runs(text)).spans()]
                places = run_starts[bisect_left(run_starts, low) : bisect_left(run_starts, high)]
                found = self._matches_at(text, places, high)
            else:
                found = self.regex.finditer(text, low, high)
            for match in found:
                span = self.reported_span(text, match)
                if span is None:
                    continue
                spans.append(span)
                if len(spans) >= MAX_MATCHES:
                    return spans
        return spans

    def _window_matches(self, text: str, low: int, high: int) -> Iterator[re.Match[str]]:
        """
        C{self.regex.finditer(text, low, high)}: with L{TokenPattern.begins}
        and a window of ASCII text (where ignoring case is lower-casing), the
        same leftmost, non-overlapping matches, tried only where a match can
        begin.
        """
        window = text[low:high]
        if not window.isascii():
            yield from self.regex.finditer(text, low, high)
            return
        lowered = window.lower() if self.shape.ignore_case else window
        places = sorted({low + place for literal in self.shape.begins for place in _places(lowered, literal)})
        yield from self._matches_at(text, places, high)

    def anchor_run_starts(self, text: str, low: int, high: int) -> list[int]:
        """
        Where a match of a shape with an L{TokenPattern.anchor_run} can begin in the window C{[low, high)} of
        C{text}: for each anchor there, the start of the run of those characters that ends at it, at most
        C{reach} back and not before C{low} (a match beginning before the window is not the window's; a run
        reaching further back holds no match's start, or one C{reach} back, which the regex then checks).
        A C{str.rstrip} each, not a regex attempt at every character of the window.
        """
        anchor = self.shape.anchors[0]
        characters = self.shape.anchor_run
        reach = self.shape.reach
        starts = []
        place = text.find(anchor, low, high)
        while place >= 0:
            before = text[max(low, place - reach) : place]
            start = place - len(before) + len(before.rstrip(characters))
            if start < place:
                starts.append(start)
            place = text.find(anchor, place + 1, high)
        return starts

    def _matches_at(self, text: str, places: Iterable[int], high: int) -> Iterator[re.Match[str]]:
        """
        C{self.regex.finditer(text, low, high)} where C{places}, sorted, hold every place at or after C{low}
        where a match can begin: the same leftmost, non-overlapping matches, the regex tried only there.
        """
        resume = 0
        for place in places:
            if place < resume:
                continue
            match = self.regex.match(text, place, high)
            if match is not None:
                yield match
                resume = max(match.end(), place + 1)


def _places(text: str, literal: str) -> Iterator[int]:
    """Every place where C{literal} occurs in C{text}, overlapping ones too."""
    place = text.find(literal)
    while place >= 0:
        yield place
        place = text.find(literal, place + 1)


def literal_beginnings(literals: Iterable[str]) -> str:
    """
    Regex source fullmatching every non-empty beginning of any of
    C{literals}: C{("ab",)} gives C{a(?:b)?}.
    """
    alternatives = []
    for literal in literals:
        nested = ""
        for char in reversed(literal[1:]):
            nested = f"(?:{re.escape(char)}{nested})?"
        alternatives.append(re.escape(literal[0]) + nested)
    return "|".join(alternatives)


def literal_trie(literals: Iterable[str]) -> str:
    """
    Regex source matching any of C{literals}, factored as a trie
    (C{ab|ac} gives C{a(?:b|c)}): the engine then does at each position only
    as much work as the text there shares with some literal, instead of
    trying every literal in turn.
    """
    root: dict[str, dict[str, Any]] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_source(root)


def _trie_source(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_source(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
