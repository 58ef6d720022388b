"""
The verdict cache's second level in Redis.

test-case-name: tests.test_state_redis

One C{MGET} fetches a request's parts; C{SET key value EX ttl} commands,
written together without waiting for each other's answers (a pipeline),
store what was scanned.  Values are the compact JSON of
L{koreshield.scan.verdict.MessageResult.to_dict}, under
C{koreshield:verdict:<the scanner's SHA-256 key>}.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from twisted.internet.defer import Deferred, FirstError, gatherResults, succeed
from twisted.python.failure import Failure

from koreshield.state.redis_connection import RedisConnection

KEY_PREFIX = "koreshield:verdict:"


class RedisVerdictStore:
    """Entries as JSON strings under C{koreshield:verdict:<key>}, expiring after C{ttl} seconds."""

    def __init__(self, connection: RedisConnection, ttl: int) -> None:
        self._connection = connection
        self._ttl = ttl

    def fetch(self, keys: Sequence[str]) -> Deferred[dict[str, Any]]:
        names = [KEY_PREFIX + key for key in keys]
        fetching = self._connection.call("verdict_fetch", lambda redis: redis.mget(names))
        return fetching.addCallback(lambda values: _decoded(keys, values))

    def store(self, entries: dict[str, dict[str, Any]]) -> Deferred[None]:
        if not entries:
            return succeed(None)
        values = [(KEY_PREFIX + key, json.dumps(entry, separators=(",", ":"))) for key, entry in entries.items()]

        def pipelined(redis: Any) -> Deferred[Any]:
            setting = [redis.set(name, value, expire=self._ttl) for name, value in values]
            return gatherResults(setting, consumeErrors=True).addErrback(_first_failure)

        return self._connection.call("verdict_store", pipelined).addCallback(lambda _: None)


def _decoded(keys: Sequence[str], values: Any) -> dict[str, Any]:
    """The entries found, decoded; an entry that is not JSON is left out (it will be rescanned)."""
    found: dict[str, Any] = {}
    for key, value in zip(keys, values or (), strict=False):
        if value is None:
            continue
        try:
            found[key] = json.loads(value)
        except (TypeError, ValueError):
            continue
    return found


def _first_failure(failure: Failure) -> Failure:
    """The failure of the first command that failed (a timeout stays recognisable as one)."""
    first = failure.value
    if isinstance(first, FirstError):
        return first.subFailure
    return failure
