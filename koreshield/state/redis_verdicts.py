"""
The verdict cache's second level in Redis.

test-case-name: tests.test_state_redis

One C{MGET} fetches a request's parts; one pipeline of C{SET key value EX
ttl} stores what was scanned.  Values are the compact JSON of
L{koreshield.scan.verdict.MessageResult.to_dict}, under
C{koreshield:verdict:<the scanner's SHA-256 key>}.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from twisted.internet.defer import Deferred, succeed

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
            def send(pipeline: Any) -> Deferred[Any]:
                for name, value in values:
                    pipeline.set(name, value, expire=self._ttl)
                return pipeline.execute_pipeline()  # type: ignore[no-any-return]

            return redis.pipeline().addCallback(send)  # type: ignore[no-any-return]

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
