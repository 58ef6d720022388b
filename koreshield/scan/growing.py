"""
Matching secret and personal-data shapes in a text that grows at its end.

test-case-name: tests.test_scan_growing

An answer streamed to a client is a text known only up to its latest
character.  To pass on at once everything that is safe, and nothing that is
not, the output guard needs two things after every piece:

  - the matches that are I{settled}: no text still to come can change them;
  - where text must be I{held} from: the earliest character that might still
    become part of a match.

A shape's regex, tried at a position, reads the characters from there on;
its outcome there (a match and its extent, or none) can change with more
text only if it read up to the end of the text.  A shape's I{partial}
regex (L{TokenPattern.partial_regex}) fullmatches every beginning of
everything the shape can match: where the text from a position to the end
does not fullmatch it, the attempt there stopped short of the end and its
outcome is settled.  What a shape requires I{before} a position (its
look-behind, its context) is already known, so it settles an attempt at
once.  The partial regexes may accept more than the shapes do: that only
holds text a little longer, it never lets a match out early.

Every position is tried (overlapping matches are all found, to be merged by
the guard), so an attempt's outcome depends on the text around it and never
on matches elsewhere.  That is what makes the matches of a text fed in any
number of pieces the same as those of the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from koreshield.scan.patterns import CONTEXT_WINDOW, CompiledShape, TokenMatch, TokenPattern, literal_trie

KEEP_BEFORE: Final = CONTEXT_WINDOW + 16
"""Characters a scan needs before a shape's cursor: its look-behind and the context window."""


@dataclass(frozen=True)
class GrowingShape:
    """One shape, with what following a growing text needs besides its regex."""

    compiled: CompiledShape
    partial: re.Pattern[str]
    behind: re.Pattern[str] | None
    not_behind: re.Pattern[str] | None
    starts: re.Pattern[str] | None
    lead: re.Pattern[str] | None
    trailing_run: re.Pattern[str]
    reach: int
    context_words: tuple[str, ...] | None

    @classmethod
    def of(cls, shape: TokenPattern) -> GrowingShape:
        flags = re.IGNORECASE if shape.ignore_case else 0
        behind = shape.behind_class()
        return cls(
            compiled=CompiledShape.of(shape),
            partial=re.compile(shape.partial_regex(), flags),
            behind=re.compile(f"[{behind}]") if behind else None,
            not_behind=re.compile(f"[^{behind}]") if behind else None,
            starts=re.compile(f"[{shape.starts}]") if shape.starts else None,
            lead=re.compile(shape.lead, flags) if shape.lead else None,
            trailing_run=re.compile(f"[{shape.charset}]*"),
            reach=shape.max_length + 2,
            context_words=shape.context_words if shape.context and shape.context_words else None,
        )

    @property
    def shape(self) -> TokenPattern:
        return self.compiled.shape

    def open_at(self, text: str, position: int, end: int) -> bool:
        """Whether more text may still change what this shape matches at C{position}."""
        if position > 0 and self.behind is not None and self.behind.match(text, position - 1):
            return False
        if self.starts is not None and not self.starts.match(text, position):
            return False
        if self.partial.fullmatch(text, position, end) is None:
            return False
        return self.compiled.context_before(text, position)

    def held_from(self, text: str, position: int, end: int) -> int:
        """
        Where a match still open at C{position} could begin what it
        reports: there, or past its lead once the lead is complete (the
        keyword of C{password: ...} is never reported, only the value).
        """
        if self.lead is None:
            return position
        lead = self.lead.match(text, position, end)
        if lead is None or lead.end() >= end:
            return end
        return lead.end()

    def run_candidates(self, text: str, first: int, end: int) -> Iterator[int]:
        """Positions from C{first} where a shape without prefixes could start: after a character it allows."""
        if self.not_behind is None:
            yield from range(first, end)
            return
        yield first
        for allowed in self.not_behind.finditer(text, first, end - 1):
            yield allowed.end()

    def attempts(self, text: str, low: int, end: int) -> Iterator[tuple[int, int, int]]:
        """C{(position, start, end)} of every reported match tried at a position from C{low}."""
        regex = self.compiled.regex
        match = regex.search(text, low, end)
        while match is not None:
            span = self.compiled.reported_span(text, match)
            if span is not None:
                yield match.start(), span[0], span[1]
            match = regex.search(text, match.start() + 1, end)


class _ReversedTrie:
    """
    Strings (beginnings of key prefixes) stored back to front, to find in one
    short walk back from the end of a text every one the text ends with.
    """

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}

    def __bool__(self) -> bool:
        return bool(self._root)

    def add(self, string: str, index: int) -> None:
        node = self._root
        for char in reversed(string):
            node = node.setdefault(char, {})
        node.setdefault("", []).append(index)

    def ending(self, text: str, low: int, end: int, fold: bool) -> list[tuple[int, int]]:
        """C{(position, index)} for every string C{text[position:end]} is, position from C{low}."""
        endings: list[tuple[int, int]] = []
        node: dict[str, Any] | None = self._root
        position = end
        while position > low and node:
            position -= 1
            node = node.get(text[position].lower() if fold else text[position])
            if node and "" in node:
                endings.extend((position, index) for index in node[""])
        return endings


_DIGIT: Final = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Whether C{text} has a (Unicode) decimal digit: ten fast searches for ASCII text, a regex pass otherwise."""
    if text.isascii():
        return any(digit in text for digit in "0123456789")
    return _DIGIT.search(text) is not None


_FREQUENCY_ORDER: Final = "etaoinshrdlcumwfgypbvkjxqz"
"""Lower-case letters, most frequent in English prose first."""


def _rarity(char: str) -> int:
    """How rarely C{char} turns up in prose, roughly: spaces least rare, then letters by frequency, then the rest."""
    if char == " ":
        return -1
    if char in ".,":
        return 10
    rank = _FREQUENCY_ORDER.find(char)
    if rank >= 0:
        return rank
    return 22 if char.isalpha() else 30


def _pivot(prefix: str) -> int:
    """Where in C{prefix} its rarest character is (the first, on a tie)."""
    rarities = [_rarity(char) for char in prefix]
    return rarities.index(max(rarities))


def _pivoted_finder(prefixes: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """
    A regex that matches at the I{pivot} of every occurrence of any of
    C{prefixes}: the prefix's rarest character, with what comes before it
    checked by a look-behind.  CPython's engine tries a match only where the
    text has one of the regex's first characters; rare first characters
    (C{-}, C{_}, capitals, C{k}) make that a few positions of ordinary prose
    instead of every C{s}, C{e} or C{p}.

    The prefixes are grouped by their pivot (C{k(?:(?<=apik)ey|ey|...)}):
    where the text has a pivot, the engine tests one branch per pivot
    character, not one per prefix head (a third as many for the case-blind
    keywords), which is most of what a streamed piece's calm test costs.
    """
    rests: dict[tuple[str, str], list[str]] = {}
    for prefix in prefixes:
        pivot = _pivot(prefix)
        rests.setdefault((prefix[: pivot + 1], prefix[pivot]), []).append(prefix[pivot + 1 :])
    at_pivot: dict[str, list[str]] = {}
    for (head, char), tails in sorted(rests.items()):
        behind = f"(?<={re.escape(head)})" if len(head) > 1 else ""
        at_pivot.setdefault(char, []).append(behind + literal_trie(tails))
    branches = [
        re.escape(char) + (ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")")
        for char, ways in sorted(at_pivot.items())
    ]
    return re.compile("(?:" + "|".join(branches) + ")", flags)


class _Prefixes:
    """
    Where the key prefixes of a set of shapes occur, found fast: one regex
    for the exact prefixes and one for the lower-cased keywords (matched on
    the lower-cased text), each matching at a prefix's rarest character
    (L{_pivoted_finder}), so ordinary prose costs the engine little.
    """

    def __init__(self, shapes: list[TokenPattern]) -> None:
        self._owners: dict[tuple[str, bool], list[int]] = {}
        for index, shape in enumerate(shapes):
            for prefix in shape.prefixes:
                key = (prefix.lower(), True) if shape.ignore_case else (prefix, False)
                self._owners.setdefault(key, []).append(index)
        exact = [p for p, folded in self._owners if not folded]
        folded = [p for p, is_folded in self._owners if is_folded]
        self.strings = (*exact, *folded)
        """Every prefix (the case-blind ones lower-cased)."""
        self.folded_strings = tuple(folded)
        """The case-blind prefixes, lower-cased."""
        self.exact = _pivoted_finder(exact) if exact else None
        """Finds the exact prefixes (at their pivot)."""
        self.folded = _pivoted_finder(folded) if folded else None
        """Finds the case-blind prefixes (at their pivot) in a lower-cased text."""
        self._folded_any_case = _pivoted_finder(folded, re.IGNORECASE) if folded else None
        self._at_pivot: dict[tuple[str, bool], list[tuple[str, int, list[int]]]] = {}
        for (prefix, is_folded), owners in self._owners.items():
            pivot = _pivot(prefix)
            self._at_pivot.setdefault((prefix[pivot], is_folded), []).append((prefix, pivot, owners))

    def occurrences(self, text: str, low: int, end: int) -> dict[int, list[int]]:
        """For each shape, the positions from C{low} where one of its prefixes starts."""
        found: dict[int, list[int]] = {}
        if self.exact is not None:
            self._collect(self.exact, text, low, end, False, found)
        if self.folded is not None and self._folded_any_case is not None:
            lowered = text[low:end].lower()
            if len(lowered) == end - low:
                self._collect(self.folded, lowered, 0, end - low, True, found, shift=low)
            else:
                self._collect_any_case(self._folded_any_case, text, low, end, found)
        for positions in found.values():
            positions.sort()
        return found

    def _collect(
        self,
        finder: re.Pattern[str],
        text: str,
        low: int,
        end: int,
        folded: bool,
        found: dict[int, list[int]],
        shift: int = 0,
    ) -> None:
        """Every prefix whose pivot the finder matches, starting from C{low}; C{shift} maps C{text} back."""
        at_pivot = self._at_pivot
        match = finder.search(text, low, end)
        while match is not None:  # every pivot, overlapping ones too (finditer would skip those)
            position = match.start()
            for prefix, pivot, owners in at_pivot.get((text[position], folded), ()):
                start = position - pivot
                if start >= low and text.startswith(prefix, start, end):
                    for index in owners:
                        found.setdefault(index, []).append(start + shift)
            match = finder.search(text, position + 1, end)

    def _collect_any_case(
        self, finder: re.Pattern[str], text: str, low: int, end: int, found: dict[int, list[int]]
    ) -> None:
        """The lower-cased keywords, in a text whose lower-casing changes its length (rare: C{İ})."""
        match = finder.search(text, low, end)
        while match is not None:
            position = match.start()
            for prefix, pivot, owners in self._at_pivot.get((text[position].lower(), True), ()):
                start = position - pivot
                if start >= low and text[start : start + len(prefix)].lower() == prefix:
                    for index in owners:
                        found.setdefault(index, []).append(start)
            match = finder.search(text, position + 1, end)


def _prefix_beginnings(shape: TokenPattern) -> set[str]:
    """
    The beginnings of C{shape}'s prefixes short of a whole prefix
    (lower-cased for a case-blind shape): a text ending with one may still
    grow into a prefix.
    """
    prefixes = [prefix.lower() for prefix in shape.prefixes] if shape.ignore_case else shape.prefixes
    return {prefix[:length] for prefix in prefixes for length in range(1, len(prefix))}


_FOLDS_TO_ASCII: Final = re.compile("[\u00df\u0130\u0131\u017f\u212a\ufb00-\ufb06]")
"""
The characters beyond ASCII whose case mappings reach ASCII: U+0130 (capital
I with a dot) lower-cases to two characters (C{i} and a combining dot), U+212A
(the Kelvin sign) to C{k}, U+0131 (dotless i) and U+017F (long s) upper-case to
C{I} and C{S} (so C{re.IGNORECASE} matches them with ASCII letters), U+00DF
(sharp s) and the Latin ligatures U+FB00-U+FB06 upper-case to ASCII pairs.
Every other character lower-cases to one character beyond ASCII, so
lower-casing a text without these keeps every position, and leaves every
ASCII prefix or word where it was and makes no new one
(C{tests.test_scan_growing} checks the list against every code point).
"""


@dataclass(frozen=True)
class _CalmText:
    """
    A quick test for the usual piece of a streamed answer, plain prose:
    whether following the new part of a text could do anything at all
    (L{GrowingTextMatcher.scan}, with no attempt left open from before).
    It could only if the text from a context window before the new part
    (when none of its characters is in L{_FOLDS_TO_ASCII}, so that
    lower-casing it changes no position and makes no ASCII letter) has:

      - a prefix of some shape starting in the new part (C{exact}: the
        case-sensitive ones, found as L{_Prefixes} finds them).  The full
        path tries prefixes only from where it has settled (C{low}, with
        nothing open before it), so one that starts earlier and reaches
        into the new part counts only if the text before ended with its
        beginning, which the last test below caught then, or cannot
        match (the character before it rules a match out);
      - in the lower-cased text, a case-blind prefix or a context word of
        some shape without prefixes (C{folded}, one regex for both);
      - at its end, a beginning of a prefix, where the character before
        allows a match to start (C{exact_endings}, C{folded_endings},
        matched at the start of the reversed tail, the character before
        becoming the one after; each one trie whose leaves check that
        character, so the engine walks the tail once instead of trying
        every shape's trie in turn).

    The test may answer "could" more often than needed (it ignores other
    conditions and looks a window further back), which only sends the text
    down the full path.  When it answers "calm", the full path would settle
    everything and hold nothing: no prefix or beginning of one to start an
    attempt, no shape without prefixes in context.  Every regex here is
    case-sensitive: CPython's engine skips ahead to a literal's first
    character only then, which makes the test a few times cheaper.
    """

    exact: re.Pattern[str] | None
    folded: re.Pattern[str] | None
    exact_endings: re.Pattern[str] | None
    folded_endings: re.Pattern[str] | None
    tail: int
    reach: int
    """
    The longest prefix or context word, less one: where a text already
    found calm up to C{low} grows, only an occurrence reaching past C{low}
    is new, and it starts at most this far before C{low} (the window's
    start; the exact prefixes are searched from C{low} itself).
    """
    folded_tail: int = 0
    """C{tail} for the case-blind prefixes alone (C{folded_endings})."""
    folded_reach: int = 0
    """
    C{reach} for the case-blind prefixes and the context words alone
    (C{folded}): shorter than the longest exact prefix (a webhook's URL),
    so the lower-cased window of a text found calm is shorter too.
    """

    @classmethod
    def of(cls, shapes: tuple[GrowingShape, ...], prefixes: _Prefixes) -> _CalmText | None:
        """The test for C{shapes}, or L{None} when a shape without prefixes needs no context word to match."""
        words: set[str] = set()
        endings: dict[bool, dict[str, set[str]]] = {False: {}, True: {}}
        tails = {False: 0, True: 0}
        for growing in shapes:
            shape = growing.shape
            if not shape.prefixes:
                if growing.context_words is None:
                    return None
                words.update(word.lower() for word in growing.context_words)
                continue
            behind = shape.behind_class()
            after = f"(?![{behind}])" if behind else ""
            for beginning in _prefix_beginnings(shape):
                endings[shape.ignore_case].setdefault(beginning[::-1], set()).add(after)
                tails[shape.ignore_case] = max(tails[shape.ignore_case], len(beginning) + 1)
        blind = [*prefixes.folded_strings, *words]
        return cls(
            exact=prefixes.exact,
            folded=_pivoted_finder(blind) if blind else None,
            exact_endings=_ending_trie(endings[False]),
            folded_endings=_ending_trie(endings[True]),
            tail=max(tails.values()),
            reach=max(map(len, [*prefixes.strings, *words]), default=1) - 1,
            folded_tail=tails[True],
            folded_reach=max(map(len, blind), default=1) - 1,
        )

    def is_calm(self, text: str, low: int, end: int, calm_before: bool = False) -> bool:
        """
        Whether following C{text} from C{low} would settle everything and hold nothing.

        @param calm_before: the text up to C{low} was found calm as it grew
            (by this test, from the start of a context window before where
            it began): only what might reach past C{low} is looked at again,
            which is most of the cost for the short pieces of a stream.
        """
        # Written out, one question after the other: it runs for every piece of every streamed answer.
        if calm_before:
            start = low - self.reach
            if start > end - self.tail - 1:
                start = end - self.tail - 1
            folded_start = low - self.folded_reach  # the case-blind strings are shorter: a shorter window
            if folded_start > end - self.folded_tail - 1:
                folded_start = end - self.folded_tail - 1
        else:
            start = folded_start = low - CONTEXT_WINDOW
        if start < 0:
            start = 0
        window = text[start:end]
        if not window.isascii() and _FOLDS_TO_ASCII.search(window) is not None:
            return False
        exact, folded = self.exact, self.folded
        if exact is not None and exact.search(window, low - start) is not None:
            return False
        lowered = window[folded_start - start :].lower() if folded_start > start else window.lower()
        if folded is not None and folded.search(lowered) is not None:
            return False
        exact_endings, folded_endings = self.exact_endings, self.folded_endings
        if exact_endings is not None and exact_endings.match(window[: -self.tail - 1 : -1]) is not None:
            return False
        return folded_endings is None or folded_endings.match(lowered[: -self.folded_tail - 1 : -1]) is None


def _ending_trie(endings: dict[str, set[str]]) -> re.Pattern[str] | None:
    """
    One regex matching, at the start of a text, any key of C{endings}
    followed by what one of its values (a lookahead, or nothing) allows: a
    trie of the keys whose leaves check what comes after.
    """
    if not endings:
        return None
    root: dict[str, Any] = {}
    for ending, afters in endings.items():
        node = root
        for char in ending:
            node = node.setdefault(char, {})
        node.setdefault("", set()).update(afters)
    return re.compile(_ending_source(root))


def _ending_source(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _ending_source(child) for char, child in sorted(node.items()) if char]
    afters: set[str] = node.get("", set())
    if "" in afters:
        afters = {""}  # nothing to check: the shorter alternatives need not be tried
        branches = []
    branches.extend(sorted(afters))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class GrowingTextMatcher:
    """
    A set of shapes, compiled once, for following texts as they grow.

    Each text is followed by its own L{TokenFollower} (from L{follow}); the
    matcher is shared and holds no per-text state.

    Before a shape's regex is run over new text, a condition every match of
    it must meet is checked cheaply: one of its prefixes occurs, one of its
    context words is in the text before, its anchor (C{@}) occurs, or (for
    shapes with C{min_digits}) a digit does.  Each condition is a property
    of every reported match, so skipping the regex never changes a result.

    Following plain prose, most pieces need none of that: a quick test
    (L{_CalmText}, run by each L{TokenFollower} before it asks the matcher)
    sees that nothing can start there and skips it.

    @param sensitivity: shapes not active at it are left out.
    @param calm_test: whether to use that quick test; the answers are the
        same without it, only slower (tests compare the two).
    """

    def __init__(self, patterns: Iterable[TokenPattern], sensitivity: str, calm_test: bool = True) -> None:
        shapes = [shape for shape in patterns if shape.active_at(sensitivity)]
        self._shapes = tuple(GrowingShape.of(shape) for shape in shapes)
        self._prefixes = _Prefixes(shapes)
        self._endings = _ReversedTrie()
        self._folded_endings = _ReversedTrie()
        for index, shape in enumerate(shapes):
            endings = self._folded_endings if shape.ignore_case else self._endings
            for beginning in _prefix_beginnings(shape):
                endings.add(beginning, index)
        self._runs = tuple(i for i, shape in enumerate(shapes) if not shape.prefixes)
        self._runs_free = tuple(i for i in self._runs if self._shapes[i].context_words is None)
        """The shapes without prefixes that need no context word: always in context."""
        self._runs_with_words = [(i, words) for i in self._runs if (words := self._shapes[i].context_words) is not None]
        self._run_conditions = {
            i: (shape.anchors if not shape.context else (), shape.anchors_ignore_case, shape.min_digits)
            for i, shape in enumerate(shapes)
        }
        """Each shape's cheap condition (L{_possible}): anchors one of which it needs, and digits."""
        self._run_reach = max((self._shapes[i].reach for i in self._runs), default=0)
        self._runs_ending_with = {
            chr(point): frozenset(
                i for i in self._runs if self._shapes[i].trailing_run.fullmatch(chr(point)) is not None
            )
            for point in range(128)
        }
        """
        For an ASCII character, the shapes without prefixes whose run can
        end with it: the others have no trailing run in a text ending there,
        and their run regexes are not asked (most of a logged look at prose).
        """
        self._calm = _CalmText.of(self._shapes, self._prefixes) if calm_test else None

    @property
    def shapes(self) -> tuple[GrowingShape, ...]:
        """The shapes followed, in the order they were given."""
        return self._shapes

    @property
    def calm(self) -> _CalmText | None:
        """The quick test for plain prose (L{None} when these shapes have none, or it is off)."""
        return self._calm

    def follow(self) -> TokenFollower:
        """A follower for one new text."""
        return TokenFollower(self)

    def scan(
        self, settled: int, behind: dict[int, int], text: str, offset: int, complete: bool
    ) -> tuple[list[TokenMatch], int, dict[int, int]]:
        """
        Look at C{text} again after it grew.

        @param settled: the absolute position before which every shape's
            attempts are settled, except for the shapes in C{behind}, which
            are settled only up to their value there.
        @param text: the text held, whose first character is at absolute
            position C{offset}; it must start at least L{KEEP_BEFORE}
            characters before the lowest of those positions (or at the very
            beginning).
        @param complete: no more text will come: every attempt settles.
        @return: the newly settled matches, in absolute positions and
            sorted by start; the absolute position text must be held from
            (the end of C{text} when nothing can still become a match); and
            the new C{behind} (with everything else settled to the end).
        """
        end = len(text)
        base = max(0, settled - offset)
        lows = {index: max(0, cursor - offset) for index, cursor in behind.items()}
        low = min(base, *lows.values()) if lows else base
        if low >= end:
            return [], offset + end, {}
        prefixed = self._prefixes.occurrences(text, low, end)
        runs = self._runs_in_context(text, low, end)
        opens = {} if complete else self._open_attempts(text, base, lows, low, end, prefixed, runs)
        hold = end
        still_behind = {}
        for index, still_open in opens.items():
            still_behind[index] = offset + still_open[0][0]
            for _, held in still_open:
                hold = min(hold, held)
        found: list[TokenMatch] = []
        for index in self._possible(text, low, end, prefixed, runs):
            growing = self._shapes[index]
            settled_before = opens[index][0][0] if index in opens else end
            for position, start, stop in growing.attempts(text, max(lows.get(index, base), low), end):
                if position < settled_before:
                    found.append(TokenMatch(growing.shape, offset + start, offset + stop))
                else:
                    hold = min(hold, start)
        found.sort(key=lambda m: (m.start, m.end))
        return found, offset + hold, still_behind

    def _runs_in_context(self, text: str, low: int, end: int) -> Sequence[int]:
        """
        The shapes without prefixes that can match from C{low} as far as
        their context goes: one of their context words is somewhere in the
        text before (or they need none).
        """
        if not self._runs_with_words:
            return self._runs_free
        before = text[max(0, low - CONTEXT_WINDOW) : end].lower()
        runs = list(self._runs_free)
        for index, words in self._runs_with_words:
            if any(word in before for word in words):  # str.find's fast search, not a regex pass per word
                runs.append(index)
        return sorted(runs)

    def _possible(
        self, text: str, low: int, end: int, prefixed: dict[int, list[int]], runs: Sequence[int]
    ) -> list[int]:
        """The shapes that might match at a position from C{low}: those meeting their cheap condition."""
        possible = sorted(prefixed)
        if not runs:
            return possible
        window = text[low:end]
        folded: str | None = None
        digit: bool | None = None
        conditions = self._run_conditions
        for index in runs:
            anchors, anchors_ignore_case, min_digits = conditions[index]
            if anchors:
                seen = window
                if anchors_ignore_case:
                    folded = seen = window.lower() if folded is None else folded
                for anchor in anchors:
                    if anchor in seen:
                        break
                else:
                    continue
            if min_digits:
                if digit is None:
                    digit = _has_digit(window)
                if not digit:
                    continue
            possible.append(index)
        return possible

    def _open_attempts(
        self,
        text: str,
        base: int,
        lows: dict[int, int],
        low: int,
        end: int,
        prefixed: dict[int, list[int]],
        runs: Sequence[int],
    ) -> dict[int, list[tuple[int, int]]]:
        """For each shape, the positions whose outcome is still open, and where each would hold from."""
        opens: dict[int, list[tuple[int, int]]] = {}
        seen: set[tuple[int, int]] = set()

        def consider(index: int, position: int) -> bool:
            if position < lows.get(index, base) or (index, position) in seen:
                return False
            seen.add((index, position))
            growing = self._shapes[index]
            if not growing.open_at(text, position, end):
                return False
            opens.setdefault(index, []).append((position, growing.held_from(text, position, end)))
            return True

        for index, positions in prefixed.items():
            for position in positions:
                consider(index, position)
        for position, index in self._endings.ending(text, low, end, fold=False):
            consider(index, position)
        if self._folded_endings:
            for position, index in self._folded_endings.ending(text, low, end, fold=True):
                consider(index, position)
        ending = self._runs_ending_with.get(text[end - 1]) if runs else None
        if runs and (ending is None or ending):
            reversed_tail = text[max(low, end - self._run_reach) : end][::-1]
            for index in runs:
                if ending is not None and index not in ending:
                    continue
                growing = self._shapes[index]
                run = growing.trailing_run.match(reversed_tail)
                length = run.end() if run is not None else 0
                if length == 0:
                    continue
                start = max(lows.get(index, base), end - length, end - growing.reach)
                for position in growing.run_candidates(text, start, end):
                    if consider(index, position):
                        break
        for still_open in opens.values():
            still_open.sort()
        return opens


class TokenFollower:
    """
    Follows one growing text for a L{GrowingTextMatcher}: how far each shape
    has settled.  Most shapes settle up to the end of the text after every
    piece; the few with an attempt still open are kept apart.
    """

    __slots__ = ("_behind", "_calm", "_calm_to", "_matcher", "_restless_at", "_settled")

    def __init__(self, matcher: GrowingTextMatcher) -> None:
        self._matcher = matcher
        self._calm = matcher.calm
        self._settled = 0
        self._behind: dict[int, int] = {}
        self._calm_to = -1
        """Where the text was last found calm, if every piece before was too: the next test starts near there."""
        self._restless_at = -1
        """Where the text ended when the quick test last failed: not worth asking again before it grows."""

    @property
    def keep_from(self) -> int:
        """The absolute position before which the text is no longer needed."""
        return min([self._settled, *self._behind.values()]) - KEEP_BEFORE

    def settles_calmly(self, text: str, offset: int) -> bool:
        """
        Whether the quick test alone settles the text grown to C{text}: no
        match, nothing held, and this follower has then moved to its end,
        as L{scan} would have.  When it answers C{False} nothing changed.
        """
        calm = self._calm
        length = len(text)
        end = offset + length
        if calm is None or self._behind or self._restless_at == end:
            return False
        settled = self._settled
        if calm.is_calm(text, settled - offset if settled > offset else 0, length, self._calm_to == settled):
            self._settled = self._calm_to = end
            return True
        self._restless_at = end
        return False

    def scan(self, text: str, offset: int, complete: bool = False) -> tuple[list[TokenMatch], int]:
        """See L{GrowingTextMatcher.scan}: the settled matches and where to hold from."""
        end = offset + len(text)
        if self.settles_calmly(text, offset):
            return [], end
        found, hold, self._behind = self._matcher.scan(self._settled, self._behind, text, offset, complete)
        self._settled = end
        return found, hold


def could_start_match(tail: str, patterns: Iterable[TokenPattern]) -> int:
    """
    How many characters at the end of C{tail} might still become part of a
    match of one of C{patterns} (at any sensitivity): a guard that has
    sent everything before C{tail} can send all but this many characters of
    it at once.  0 means nothing at the end can start one.
    """
    _, hold = GrowingTextMatcher(patterns, "high").follow().scan(tail, 0)
    return len(tail) - hold
