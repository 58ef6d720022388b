"""
Owners of stored objects in Redis: every process and host knows which key
made an object, whichever process relayed its creation.

test-case-name: tests.test_stored_owners

C{SET koreshield:owner:<kind>:<id> <key name> EX ttl} when an object is
made, C{GET} when it is addressed; both bounded by C{state.timeout_ms} as
every state call is.
"""

from __future__ import annotations

from typing import Any

from twisted.internet.defer import Deferred

from koreshield.state.owners import OWNER_TTL
from koreshield.state.redis_connection import RedisConnection

KEY_PREFIX = "koreshield:owner:"


class RedisOwners:
    """Owners as strings under C{koreshield:owner:<kind>:<id>}, expiring after C{ttl} seconds."""

    def __init__(self, connection: RedisConnection, ttl: int = OWNER_TTL) -> None:
        self._connection = connection
        self._ttl = ttl

    def remember(self, kind: str, object_id: str, owner: str) -> Deferred[None]:
        name = f"{KEY_PREFIX}{kind}:{object_id}"
        setting = self._connection.call("owner_store", lambda redis: redis.set(name, owner, expire=self._ttl))
        return setting.addCallback(lambda _: None)

    def owner(self, kind: str, object_id: str) -> Deferred[str | None]:
        name = f"{KEY_PREFIX}{kind}:{object_id}"
        return self._connection.call("owner_fetch", lambda redis: redis.get(name)).addCallback(_text)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)
