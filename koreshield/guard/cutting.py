"""
What the two streamed guards (chat's L{koreshield.guard.stream.StreamGuard}
and the Responses API's L{koreshield.guard.responses.ResponsesStreamGuard})
share: whom findings are reported to, how a stream is cut from inside the
guard, and how a guard lets go of what it holds when its stream ends.

test-case-name: tests.test_guard_stream
"""

from __future__ import annotations

from collections.abc import Callable

from twisted.internet.interfaces import IDelayedCall

from koreshield.guard.text import OutputFinding

Report = Callable[[OutputFinding, str], None]
"""Told of every finding, with where in the answer it was made."""


def report_nothing(finding: OutputFinding, where: str) -> None:
    """Findings after the stream ended (none are made) go nowhere."""


class Blocked(Exception):
    """Raised inside a guard to end the stream with C{events}."""

    def __init__(self, events: bytes) -> None:
        super().__init__()
        self.events = events


class CuttableStream:
    """
    A guard of one stream that a timer may cut: L{bind} gives it the
    relay's cut, L{close} ends it.  Subclasses set the four attributes in
    their C{__init__}.
    """

    __slots__ = ("_cut", "_ended", "_report", "_timer")

    _cut: Callable[[bytes], None] | None
    _ended: bool
    _report: Report
    _timer: IDelayedCall | None

    def bind(self, cut: Callable[[bytes], None]) -> None:
        """How to end the stream from the timer: write these last events, close the provider's connection."""
        self._cut = cut

    def close(self) -> None:
        """
        The stream is over: stop the timer, and let go of the relay and of
        whom findings were reported to, which hold this guard: reference
        counting then frees them all as soon as the stream ends, instead of
        the cyclic collector in a pause of every stream.
        """
        self._ended = True
        self._cut = None
        self._report = report_nothing
        if self._timer is not None and self._timer.active():
            self._timer.cancel()
        self._timer = None
