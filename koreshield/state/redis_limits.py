"""
Per-key rate limits and token budgets kept in Redis, the same numbers for
every process and host.

test-case-name: tests.test_state_redis

Each operation is one Lua script, run atomically by Redis in one round
trip: two processes admitting the same key at the same moment cannot both
take its last token.  The scripts read Redis' own clock (C{TIME}), so the
processes' clocks do not matter, and do the arithmetic of
L{koreshield.ratelimit} and L{koreshield.budget}.  txredisapi sends a script
with C{EVAL} the first time on each connection and by its SHA-1
(C{EVALSHA}) after that, falling back to C{EVAL} when Redis answers
C{NOSCRIPT} (after a restart or C{SCRIPT FLUSH}).

Keys, per client key name N (the braces keep one key's entries in one
Redis Cluster slot)::

    koreshield:{N}:bucket            hash: tokens, at (seconds)    expires once full again
    koreshield:{N}:budget:<period>   hash: window, used            expires when its window ends
"""

from __future__ import annotations

from typing import Any

from twisted.internet.defer import Deferred, succeed

from koreshield.auth import ClientKey
from koreshield.ratelimit import retry_after_seconds
from koreshield.state.limits import Admission, KeyUsage
from koreshield.state.redis_connection import RedisConnection

_NOW = """
if redis.replicate_commands then redis.replicate_commands() end
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
"""

_BUDGET_USED = """
local function budget_used(key, period)
  local window = math.floor(now / period)
  local state = redis.call('HMGET', key, 'window', 'used')
  if tonumber(state[1]) == window then return tonumber(state[2]), window end
  return 0, window
end
"""

_AVAILABLE = """
local function available(key, count, period)
  local bucket = redis.call('HMGET', key, 'tokens', 'at')
  if not bucket[1] then return count end
  local elapsed = math.max(0, now - tonumber(bucket[2]))
  return math.min(count, tonumber(bucket[1]) + elapsed * count / period)
end
"""

ADMIT_SCRIPT = (
    _NOW
    + _BUDGET_USED
    + _AVAILABLE
    + """
-- KEYS: bucket, budget.  ARGV: rate count (0: none), rate period, budget (0: none), budget period.
-- Returns {allowed, microseconds to wait, quota exhausted}.
local budget = tonumber(ARGV[3])
if budget > 0 then
  local period = tonumber(ARGV[4])
  local used, window = budget_used(KEYS[2], period)
  if used >= budget then
    return {0, math.ceil(((window + 1) * period - now) * 1000000), 1}
  end
end
local count = tonumber(ARGV[1])
if count <= 0 then return {1, 0, 0} end
local period = tonumber(ARGV[2])
local tokens = available(KEYS[1], count, period)
local allowed, wait = 0, 0
if tokens >= 1 then
  allowed, tokens = 1, tokens - 1
else
  wait = (1 - tokens) * period / count
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.6f', now))
redis.call('PEXPIRE', KEYS[1], math.ceil(period * 1000))
return {allowed, math.ceil(wait * 1000000), 0}
"""
)

SPEND_SCRIPT = (
    _NOW
    + _BUDGET_USED
    + """
-- KEYS: budget.  ARGV: tokens, budget period.  Returns the tokens used in the window.
local tokens = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local used, window = budget_used(KEYS[1], period)
used = used + tokens
redis.call('HSET', KEYS[1], 'window', string.format('%d', window), 'used', string.format('%d', used))
redis.call('PEXPIRE', KEYS[1], math.ceil(((window + 1) * period - now) * 1000) + 1000)
return used
"""
)

USAGE_SCRIPT = (
    _NOW
    + _BUDGET_USED
    + _AVAILABLE
    + """
-- KEYS: bucket, budget.  ARGV: rate count (0: none), rate period, budget period (0: none).
-- Returns {whole tokens in the bucket, budget used, budget window}; -1 where none.
local remaining, used, window = -1, -1, -1
local count = tonumber(ARGV[1])
if count > 0 then remaining = math.floor(available(KEYS[1], count, tonumber(ARGV[2])) + 1e-9) end
local period = tonumber(ARGV[3])
if period > 0 then used, window = budget_used(KEYS[2], period) end
return {remaining, used, window}
"""
)


def bucket_key(key: ClientKey) -> str:
    return f"koreshield:{{{key.name}}}:bucket"


def budget_key(key: ClientKey, period: int) -> str:
    return f"koreshield:{{{key.name}}}:budget:{period}"


def _admission(reply: Any) -> Admission:
    allowed, wait_us, exhausted = (int(value) for value in reply)
    if allowed:
        return Admission(True)
    if exhausted:
        return Admission(False, max(1, -(-wait_us // 1_000_000)), quota_exhausted=True)
    return Admission(False, retry_after_seconds(wait_us / 1_000_000))


class RedisKeyLimits:
    """L{koreshield.state.limits.KeyLimits} in Redis."""

    def __init__(self, connection: RedisConnection) -> None:
        self._connection = connection

    def admit(self, key: ClientKey, spends_tokens: bool) -> Deferred[Admission]:
        count, period = key.rate_limit or (0, 1)
        budget, budget_period = key.token_budget if spends_tokens and key.token_budget else (0, 1)
        keys = [bucket_key(key), budget_key(key, budget_period)]
        arguments = [count, period, budget, budget_period]
        asking = self._connection.call("admit", lambda redis: redis.eval(ADMIT_SCRIPT, keys, arguments))
        return asking.addCallback(_admission)

    def spend(self, key: ClientKey, tokens: int) -> Deferred[None]:
        if key.token_budget is None or tokens <= 0:
            return succeed(None)
        _, period = key.token_budget
        keys = [budget_key(key, period)]
        spending = self._connection.call("spend", lambda redis: redis.eval(SPEND_SCRIPT, keys, [tokens, period]))
        return spending.addCallback(lambda _: None)

    def usage(self, key: ClientKey) -> Deferred[KeyUsage]:
        count, period = key.rate_limit or (0, 1)
        budget_period = key.token_budget[1] if key.token_budget else 0
        keys = [bucket_key(key), budget_key(key, budget_period or 1)]
        asking = self._connection.call(
            "usage", lambda redis: redis.eval(USAGE_SCRIPT, keys, [count, period, budget_period])
        )

        def figures(reply: Any) -> KeyUsage:
            remaining, used, window = (int(value) for value in reply)
            return KeyUsage(
                used=used if budget_period else None,
                resets_at=(window + 1) * budget_period if budget_period else None,
                rate_remaining=remaining if count else None,
            )

        return asking.addCallback(figures)
