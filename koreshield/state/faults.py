"""
What a failed state call means for the request that made it.

test-case-name: tests.test_state_limits

A call to the shared state that fails, or takes longer than
C{state.timeout_ms}, fails with L{StateUnavailable} (and is counted in
C{koreshield_state_errors_total{op}} where it failed).  The request then
goes on without that state (C{on_error: open}: served, unlimited, scanned
without the shared cache) or is refused with 503 (C{on_error: closed}),
whichever the operator chose: L{FaultPolicy.recover} is the one place
that decides.
"""

from __future__ import annotations

from typing import TypeVar

from twisted.python.failure import Failure

from koreshield.errors import APIError

STATE_OPERATIONS = ("admit", "spend", "usage", "verdict_fetch", "verdict_store", "owner_store", "owner_fetch")
"""The state calls, as C{op} labels: exported at 0 from the start."""


class StateUnavailable(Exception):
    """A state call failed or timed out; C{str()} says how (never with a password)."""

    def __init__(self, op: str, reason: str) -> None:
        super().__init__(f"{op}: {reason}")
        self.op = op
        self.reason = reason


STATE_UNAVAILABLE = APIError(
    503,
    "KoreShield's shared state is unavailable; retry shortly.",
    "state_unavailable",
    headers={"Retry-After": "1"},
)

_T = TypeVar("_T")


class FaultPolicy:
    """
    C{state.on_error}: serve without the state (open) or answer 503 (closed).
    """

    def __init__(self, on_error: str) -> None:
        self.fails_open = on_error == "open"

    def recover(self, failure: Failure, fallback: _T) -> _T:
        """
        Use as an errback: C{fallback} in place of what a failed state call
        would have returned, or the 503 L{APIError} when failing closed.
        Any failure other than L{StateUnavailable} is passed on.
        """
        failure.trap(StateUnavailable)
        if self.fails_open:
            return fallback
        raise STATE_UNAVAILABLE
