"""
One text of an answer, guarded as it grows.

test-case-name: tests.test_guard_text

A L{TextGuard} is fed the pieces of one text (a choice's content, a tool
call's arguments) and answers each with the text that may go to the client
now.  It keeps back only what its blocking or redacting detectors say
might still become a finding, and releases everything before it at once;
clean text comes out the moment it goes in.

  - C{redact}: a settled finding is replaced by C{[REDACTED:<subtype>]}
    (overlapping findings by one placeholder, named after the first) and
    the text flows on.
  - C{block}: once everything before the first blocked finding is decided,
    the text ends just before it (L{GuardStep.blocked}).
  - C{log}: findings are reported, the text is untouched and never held
    (and looked at in batches of L{LOGGED_SCAN_CHARS} characters).

What comes out depends only on the text, never on how it was cut into
pieces: every detector's decisions are settled from the text alone.  The
held text is bounded: past C{max_holdback} characters the guard gives up
and blocks (L{HOLDBACK_LIMIT}), so a possible secret is never released
half-way and memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from koreshield.config import OUTPUT_CATEGORIES, OutputAction
from koreshield.guard.detectors import Detector

HOLDBACK_LIMIT: Final = "holdback_limit"
"""The subtype of a block made because a possible finding outgrew C{max_holdback}."""

ACTING: Final = frozenset({"block", "redact"})
"""Actions that change what the client receives, and so hold text back."""

FORGET_AFTER: Final = 1024
"""Characters held before the guard looks for text it no longer needs."""

LOGGED_SCAN_CHARS: Final = 256
"""
New characters a detector whose findings are only logged waits for before
it looks again: it never holds text, so it can look in batches (cheaper
per piece) and report a little later.
"""


@dataclass(frozen=True, slots=True)
class OutputFinding:
    """
    Something found in an answer: its category (C{secret}, C{pii},
    C{canary}, C{system_prompt_leak}), its subtype (C{aws_access_key},
    C{email}, ...), the action taken, and where in its text it lies.
    Never the text itself.
    """

    category: str
    subtype: str
    action: OutputAction
    start: int
    end: int

    @property
    def placeholder(self) -> str:
        """What replaces it when it is redacted."""
        return f"[REDACTED:{self.subtype}]"

    @property
    def order(self) -> tuple[int, int, int, str]:
        """
        Where it comes among findings: by start, the longest first, then by
        category and subtype, so which finding names a block or a merged
        redaction never depends on which detector settled first.
        """
        category = OUTPUT_CATEGORIES.index(self.category) if self.category in OUTPUT_CATEGORIES else -1
        return self.start, -self.end, category, self.subtype


@dataclass(frozen=True, slots=True)
class GuardStep:
    """
    What a piece (or the end) of a text gives: C{text} to send now, the
    findings settled meanwhile, and C{blocked} when the text must end after
    C{text}.
    """

    text: str
    findings: tuple[OutputFinding, ...] = ()
    blocked: OutputFinding | None = None


_NOTHING: Final = GuardStep("")
_NEVER: Final = 1 << 62


class TextGuard:
    """
    Guards one growing text with C{detectors}, each paired with the action
    for its category (C{off} categories have no detector).

    @param max_holdback: the most characters held back before giving up.
    """

    __slots__ = (
        "_acting",
        "_blocked",
        "_buffer",
        "_calm_tests",
        "_detectors",
        "_ended",
        "_holder",
        "_logged",
        "_logged_due",
        "_max_holdback",
        "_offset",
        "_redactions",
        "_released",
        "_scanned",
    )

    def __init__(self, detectors: Sequence[tuple[Detector, OutputAction]], max_holdback: int) -> None:
        self._detectors = tuple(detectors)
        self._acting = tuple(detector for detector, action in self._detectors if action in ACTING)
        self._logged = tuple(number for number, (_, action) in enumerate(self._detectors) if action not in ACTING)
        self._calm_tests = tuple(detector.settles_calmly for detector in self._acting)
        self._scanned = [0] * len(self._detectors)
        self._logged_due = LOGGED_SCAN_CHARS if self._logged else _NEVER
        """Where the text must have grown to for a logged detector to look again (the first of them)."""
        self._max_holdback = max_holdback
        self._buffer = ""
        self._offset = 0
        self._released = 0
        self._redactions: list[OutputFinding] = []
        self._blocked: OutputFinding | None = None
        self._holder: str | None = None
        self._ended = False

    @property
    def holding(self) -> bool:
        """Whether some text is held back."""
        return not self._ended and self._released < self._offset + len(self._buffer)

    @property
    def holder(self) -> str | None:
        """The category of what the held text might become."""
        return self._holder

    def feed(self, piece: str) -> GuardStep:
        """The text grew by C{piece}."""
        step = self.feed_quick(piece)
        return GuardStep(piece) if step is None else step

    def feed_quick(self, piece: str) -> GuardStep | None:
        """
        L{feed}, but L{None} for the usual piece, sent whole with nothing
        found (instead of a L{GuardStep} saying so): the stream's quick road
        writes its event as it came then.

        The usual piece is clean text after clean text all sent: when every
        acting detector settles it calmly (L{Detector.settles_calmly}), it
        goes as it came without the full L{_advance}, which is most of a
        stream's pieces at a fraction of the cost; the logged detectors look
        at it then only if they are due.  (Written out: it runs for every
        piece of every streamed answer.)
        """
        if self._ended:
            return _NOTHING
        buffer = self._buffer = self._buffer + piece
        offset = self._offset
        end = offset + len(buffer)
        if self._released == end - len(piece) and not self._redactions and self._blocked is None:
            for settles_calmly in self._calm_tests:
                if not settles_calmly(buffer, offset):
                    return self._advance(complete=False)
            found = self._look_logged(end) if end >= self._logged_due else ()
            self._released = end
            self._holder = None
            if len(buffer) >= FORGET_AFTER:
                self._forget()
            return GuardStep(piece, found) if found else None
        return self._advance(complete=False)

    def _look_logged(self, end: int) -> tuple[OutputFinding, ...]:
        """
        What the logged detectors due to look again find (as L{_advance}
        would, when the acting ones hold nothing: they never hold anything).
        """
        findings: list[OutputFinding] = []
        scanned = self._scanned
        for number in self._logged:
            if end - scanned[number] < LOGGED_SCAN_CHARS:
                continue
            scanned[number] = end
            detector, action = self._detectors[number]
            detections, _ = detector.scan(self._buffer, self._offset, False)
            findings.extend(OutputFinding(detector.category, d.subtype, action, d.start, d.end) for d in detections)
        self._logged_due = min(scanned[number] for number in self._logged) + LOGGED_SCAN_CHARS
        return tuple(findings)

    def whole(self, text: str) -> tuple[GuardStep, ...] | None:
        """
        A new guard's L{feed} of the whole C{text} and then its L{finish}
        (a non-streamed answer's text), as the steps they give; L{None} for
        a text in which the logged detectors find something, the guard then
        spent (a new guard's L{feed} and L{finish} report those findings in
        their order).

        The usual whole text is prose that every acting detector settles
        calmly: it goes as it came, and the logged detectors look at it
        once, complete, instead of once before its end (which asks where
        attempts are still open, most of a short text's cost) and once at
        it.  Neither changes what they find, only which of the two steps
        reports it; with nothing found, the two steps are this one.  A
        text that is not calm takes L{feed}'s own road from there.
        """
        self._buffer = text
        for settles_calmly in self._calm_tests:
            if not settles_calmly(text, 0):
                first = self._advance(complete=False)  # as feed(text): no text was released before it
                return (first,) if first.blocked is not None else (first, self.finish())
        self._ended = True
        for number in self._logged:
            detector, _ = self._detectors[number]
            detections, _ = detector.scan(text, 0, True)
            if detections:
                return None
        self._released = len(text)
        return (GuardStep(text),)

    def finish(self) -> GuardStep:
        """The text is complete: everything is decided and released (or blocked)."""
        if self._ended:
            return _NOTHING
        step = self._advance(complete=True)
        self._ended = True
        return step

    def _advance(self, complete: bool) -> GuardStep:
        end = self._offset + len(self._buffer)
        findings: list[OutputFinding] = []
        limit, holder = end, None
        for number, (detector, action) in enumerate(self._detectors):
            if action not in ACTING and not complete and end - self._scanned[number] < LOGGED_SCAN_CHARS:
                continue
            self._scanned[number] = end
            if number in self._logged:
                self._logged_due = min(self._scanned[n] for n in self._logged) + LOGGED_SCAN_CHARS
            detections, hold = detector.scan(self._buffer, self._offset, complete)
            for detection in detections:
                finding = OutputFinding(detector.category, detection.subtype, action, detection.start, detection.end)
                findings.append(finding)
                if action == "redact":
                    self._redactions.append(finding)
                elif action == "block" and (self._blocked is None or finding.order < self._blocked.order):
                    self._blocked = finding
            if action in ACTING and hold < limit:
                limit, holder = hold, detector.category
        found = tuple(findings)
        if self._blocked is not None and (limit > self._blocked.start or complete):
            self._ended = True
            return GuardStep(self._render(self._blocked.start), found, self._blocked)
        for start, stop, category, _ in self._groups() if self._redactions else ():
            if start < limit < stop:
                limit, holder = start, category
                break
        text = self._render(limit)
        self._holder = holder
        if end - self._released > self._max_holdback:
            cut = self.give_up(HOLDBACK_LIMIT)
            return GuardStep(text, (*found, cut), cut)
        self._forget()
        return GuardStep(text, found)

    def give_up(self, subtype: str) -> OutputFinding:
        """
        Stop guarding: the held text will never be released.  The block
        finding covering it, named C{subtype} (why the guard gave up).
        """
        self._ended = True
        end = self._offset + len(self._buffer)
        return OutputFinding(self._holder or "secret", subtype, "block", self._released, end)

    def _groups(self) -> list[tuple[int, int, str, str]]:
        """Pending redactions merged where they overlap: C{(start, end, category, placeholder)}."""
        groups: list[tuple[int, int, str, str]] = []
        for finding in sorted(self._redactions, key=lambda f: f.order):
            if groups and finding.start < groups[-1][1]:
                start, stop, category, placeholder = groups[-1]
                groups[-1] = (start, max(stop, finding.end), category, placeholder)
            else:
                groups.append((finding.start, finding.end, finding.category, finding.placeholder))
        return groups

    def _render(self, upto: int) -> str:
        """Release the text up to C{upto}, redactions replaced (one reaching past C{upto} whole)."""
        if not self._redactions:
            text = self._slice(self._released, upto)
            self._released = max(self._released, upto)
            return text
        pieces = []
        cursor = self._released
        for start, stop, _, placeholder in self._groups():
            if start >= upto:
                break
            pieces.append(self._slice(cursor, start))
            pieces.append(placeholder)
            cursor = max(cursor, stop)
        if cursor < upto:
            pieces.append(self._slice(cursor, upto))
        self._released = max(upto, cursor)
        self._redactions = [f for f in self._redactions if f.start >= self._released]
        return "".join(pieces)

    def _slice(self, start: int, stop: int) -> str:
        return self._buffer[start - self._offset : stop - self._offset]

    def _forget(self) -> None:
        """Drop the text nothing needs any more (once there is enough of it to be worth the work)."""
        if len(self._buffer) < FORGET_AFTER:
            return
        keep = min([self._released] + [detector.keep_from for detector, _ in self._detectors])
        if keep > self._offset:
            self._buffer = self._buffer[keep - self._offset :]
            self._offset = keep


def whole_text_steps(new_guard: Callable[[], TextGuard], text: str) -> tuple[GuardStep, ...]:
    """
    The steps of a whole text (a non-streamed answer's) through a new
    guard: its L{TextGuard.feed} of the text, then its L{TextGuard.finish}
    unless the feed blocked.  L{TextGuard.whole} gives them for the usual
    text; a text it leaves (something logged) goes through another new guard.
    """
    steps = new_guard().whole(text)
    if steps is not None:
        return steps
    guard = new_guard()
    first = guard.feed(text)
    return (first,) if first.blocked is not None else (first, guard.finish())
