"""
Per-key limits: what the access layer asks of the shared state, and the
in-memory implementation.

test-case-name: tests.test_state_limits

Three questions, each one call (one Redis round trip with the Redis
backend):

  - L{KeyLimits.admit}: may this key send a request now?  Takes a token
    from its rate-limit bucket and, for requests that spend tokens, checks
    its budget first (an exhausted budget takes no token).
  - L{KeyLimits.spend}: a finished exchange used this many tokens.
  - L{KeyLimits.usage}: the key's own figures, for C{GET /v1/usage}.

Every call returns a Deferred, so a backend across the network fits the
same interface; a call that fails fails with
L{koreshield.state.faults.StateUnavailable}, and the caller's
L{koreshield.state.faults.FaultPolicy} decides what that means.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Protocol

from twisted.internet.defer import Deferred, succeed
from twisted.internet.interfaces import IReactorTime

from koreshield.auth import ClientKey
from koreshield.budget import Spending, budget_window, spend, used_in
from koreshield.ratelimit import Bucket, available, take


@dataclasses.dataclass(frozen=True)
class Admission:
    """
    The answer to L{KeyLimits.admit}.

    @ivar retry_after: when refused, whole seconds until the request may be
        retried: until the next token, or until the budget's window resets.
    @ivar quota_exhausted: refused because the token budget is spent (else,
        when refused, because of the rate limit).
    """

    allowed: bool
    retry_after: int = 0
    quota_exhausted: bool = False


ADMITTED = Admission(True)


@dataclasses.dataclass(frozen=True)
class KeyUsage:
    """
    A key's figures now.  L{None} where the key has no such limit.

    @ivar used: tokens spent in the budget's current window.
    @ivar resets_at: when that window ends, in epoch seconds.
    @ivar rate_remaining: whole requests the key may send right now.
    """

    used: int | None = None
    resets_at: int | None = None
    rate_remaining: int | None = None


class KeyLimits(Protocol):
    """Rate limits and token budgets of client keys, wherever they are kept."""

    def admit(self, key: ClientKey, spends_tokens: bool) -> Deferred[Admission]: ...

    def spend(self, key: ClientKey, tokens: int) -> Deferred[None]: ...

    def usage(self, key: ClientKey) -> Deferred[KeyUsage]: ...


def seconds_until(moment: float, now: float) -> int:
    """Whole seconds from C{now} until C{moment}, rounded up, at least 1."""
    return max(1, math.ceil(moment - now - 1e-9))


class MemoryKeyLimits:
    """
    Buckets and budgets in this process's memory: exact for one process,
    wrong by the number of processes when there are several (use the Redis
    backend then).  Time is the reactor's clock, so tests drive it with a
    L{twisted.internet.task.Clock}.
    """

    def __init__(self, clock: IReactorTime) -> None:
        self._clock = clock
        self._buckets: dict[str, Bucket] = {}
        self._spending: dict[tuple[str, int], Spending] = {}

    def admit(self, key: ClientKey, spends_tokens: bool) -> Deferred[Admission]:
        now = self._clock.seconds()
        if spends_tokens and key.token_budget is not None:
            budget, period = key.token_budget
            window = budget_window(now, period)
            if used_in(self._spending.get((key.name, period)), window) >= budget:
                return succeed(Admission(False, seconds_until(window.resets_at, now), quota_exhausted=True))
        if key.rate_limit is None:
            return succeed(ADMITTED)
        count, period = key.rate_limit
        bucket, allowance = take(self._buckets.get(key.name), count, period, now)
        self._buckets[key.name] = bucket
        return succeed(Admission(allowance.allowed, allowance.retry_after))

    def spend(self, key: ClientKey, tokens: int) -> Deferred[None]:
        if key.token_budget is not None and tokens > 0:
            _, period = key.token_budget
            window = budget_window(self._clock.seconds(), period)
            spot = (key.name, period)
            self._spending[spot] = spend(self._spending.get(spot), window, tokens)
        return succeed(None)

    def usage(self, key: ClientKey) -> Deferred[KeyUsage]:
        now = self._clock.seconds()
        figures = KeyUsage()
        if key.token_budget is not None:
            _, period = key.token_budget
            window = budget_window(now, period)
            used = used_in(self._spending.get((key.name, period)), window)
            figures = dataclasses.replace(figures, used=used, resets_at=window.resets_at)
        if key.rate_limit is not None:
            count, period = key.rate_limit
            remaining = int(available(self._buckets.get(key.name), count, period, now) + 1e-9)
            figures = dataclasses.replace(figures, rate_remaining=remaining)
        return succeed(figures)
