"""
Per-key rate limits: token-bucket arithmetic.

test-case-name: tests.test_auth

A key limited to C{N/period} holds at most N tokens and regains N per
period, continuously; each request takes one.  A request that finds less
than one token is refused, and told how long until one is back
(C{Retry-After}, whole seconds rounded up).

The arithmetic is pure, so one process keeps buckets in memory
(L{koreshield.state.limits.MemoryKeyLimits}) and several processes keep the
same numbers in Redis, where a Lua script evaluates exactly this
arithmetic atomically (L{koreshield.state.redis_limits}).
"""

from __future__ import annotations

import dataclasses
import math


@dataclasses.dataclass(frozen=True)
class Bucket:
    tokens: float
    updated_at: float


@dataclasses.dataclass(frozen=True)
class Allowance:
    """Whether a request may go, and if not, when to retry (seconds)."""

    allowed: bool
    retry_after: int = 0


def retry_after_seconds(wait: float) -> int:
    """A wait in seconds as C{Retry-After}: whole seconds, rounded up, at least 1."""
    return max(1, math.ceil(wait - 1e-9))


def available(bucket: Bucket | None, count: int, period: float, now: float) -> float:
    """The tokens in C{bucket} at C{now}: refilled at C{count / period} per second, up to C{count}."""
    if bucket is None:
        return float(count)
    return min(float(count), bucket.tokens + max(0.0, now - bucket.updated_at) * (count / period))


def take(bucket: Bucket | None, count: int, period: float, now: float) -> tuple[Bucket, Allowance]:
    """
    Take one token from C{bucket} (full when L{None}) refilled at
    C{count / period} tokens per second.
    """
    tokens = available(bucket, count, period, now)
    if tokens >= 1.0:
        return Bucket(tokens - 1.0, now), Allowance(True)
    wait = (1.0 - tokens) / (count / period)
    return Bucket(tokens, now), Allowance(False, retry_after_seconds(wait))
