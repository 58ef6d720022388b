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
    relay's cut (and its way to end the stream for a fault of ours),
    L{close} ends it.  Subclasses set the five attributes in their
    C{__init__}, arm their timer with L{_timer_fired} and say in
    L{_held_too_long} what it does.
    """

    __slots__ = ("_cut", "_ended", "_fault", "_report", "_timer")

    _cut: Callable[[bytes], None] | None
    _ended: bool
    _fault: Callable[[], None] | None
    _report: Report
    _timer: IDelayedCall | None

    def bind(self, cut: Callable[[bytes], None], fault: Callable[[], None] | None = None) -> None:
        """
        How to end the stream from the timer: C{cut} writes these last
        events and closes the provider's connection; C{fault}, called in an
        C{except} block, ends it for an error of ours in the timer
        (L{koreshield.relay.StreamRelay.fault}), which otherwise would only
        reach the reactor's log while the client waited.
        """
        self._cut = cut
        self._fault = fault

    def close(self) -> None:
        """
        The stream is over: stop the timer, and let go of the relay and of
        whom findings were reported to, which hold this guard: reference
        counting then frees them all as soon as the stream ends, instead of
        the cyclic collector in a pause of every stream.
        """
        self._ended = True
        self._cut = None
        self._fault = None
        self._report = report_nothing
        if self._timer is not None and self._timer.active():
            self._timer.cancel()
        self._timer = None

    def _timer_fired(self) -> None:
        """The hold timer: L{_held_too_long}, with a fault of ours in it ending the stream (see L{bind})."""
        fault = self._fault
        try:
            self._held_too_long()
        except Exception:
            if fault is None:
                raise
            fault()

    def _held_too_long(self) -> None:
        """What the hold timer does: cut the stream if a text has been held too long."""
        raise NotImplementedError
