"""
Per-key rate limits: a token bucket per client key.

test-case-name: tests.test_ratelimit

A key limited to C{N/period} holds at most N tokens and regains N per
period, continuously; each request takes one.  A request that finds less
than one token is refused, and told how long until one is back
(C{Retry-After}, whole seconds rounded up).

The arithmetic (L{take}) is pure, so one process keeps buckets in memory
(L{MemoryRateLimiter}) and several processes can keep the same numbers in a
shared store instead: the limiter is asynchronous for that reason.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Protocol

from twisted.internet.defer import Deferred, succeed
from twisted.internet.interfaces import IReactorTime


@dataclasses.dataclass(frozen=True)
class Bucket:
    tokens: float
    updated_at: float


@dataclasses.dataclass(frozen=True)
class Allowance:
    """Whether a request may go, and if not, when to retry (seconds)."""

    allowed: bool
    retry_after: int = 0


def take(bucket: Bucket | None, count: int, period: float, now: float) -> tuple[Bucket, Allowance]:
    """
    Take one token from C{bucket} (full when L{None}) refilled at
    C{count / period} tokens per second.
    """
    rate = count / period
    if bucket is None:
        tokens = float(count)
    else:
        tokens = min(float(count), bucket.tokens + max(0.0, now - bucket.updated_at) * rate)
    if tokens >= 1.0:
        return Bucket(tokens - 1.0, now), Allowance(True)
    wait = (1.0 - tokens) / rate
    return Bucket(tokens, now), Allowance(False, max(1, math.ceil(wait - 1e-9)))


class RateLimiter(Protocol):
    def allow(self, key: str, count: int, period: float) -> Deferred[Allowance]: ...


class MemoryRateLimiter:
    """Buckets in this process's memory: exact for one process."""

    def __init__(self, clock: IReactorTime) -> None:
        self._clock = clock
        self._buckets: dict[str, Bucket] = {}

    def allow(self, key: str, count: int, period: float) -> Deferred[Allowance]:
        bucket, allowance = take(self._buckets.get(key), count, period, self._clock.seconds())
        self._buckets[key] = bucket
        return succeed(allowance)
