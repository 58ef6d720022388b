"""
The shared state one process uses, built from the C{state} settings.

test-case-name: tests.test_state_redis

C{memory}: limits and stored objects' owners in this process, no second
cache level, nothing to connect to.  C{redis}: one connection pool for the
process (started with the service, closed after its drain), limits,
verdicts and owners in Redis.  Only
then is txredisapi imported.
"""

from __future__ import annotations

from typing import Any, Protocol

from twisted.internet.defer import Deferred, succeed

from koreshield.config import StateSettings
from koreshield.observe import StateObserver
from koreshield.state.address import parse_redis_url
from koreshield.state.faults import FaultPolicy
from koreshield.state.limits import KeyLimits, MemoryKeyLimits
from koreshield.state.owners import MemoryOwners, OwnerStore
from koreshield.state.verdicts import VerdictStore


class Pool(Protocol):
    @property
    def connected(self) -> bool: ...

    def start(self) -> None: ...

    def close(self) -> Deferred[None]: ...


class SharedState:
    """
    @ivar limits: per-key rate limits and token budgets.
    @ivar verdicts: the verdict cache's second level, or L{None}.
    @ivar faults: what a failed call means (C{state.on_error}).
    @ivar owners: which client key made each stored response and completion.
    """

    def __init__(
        self,
        settings: StateSettings,
        limits: KeyLimits,
        verdicts: VerdictStore | None = None,
        pool: Pool | None = None,
        owners: OwnerStore | None = None,
    ) -> None:
        self.settings = settings
        self.limits = limits
        self.verdicts = verdicts
        self.faults = FaultPolicy(settings.on_error)
        self.owners: OwnerStore = owners if owners is not None else MemoryOwners()
        self._pool = pool

    def start(self) -> None:
        if self._pool is not None:
            self._pool.start()

    def close(self) -> Deferred[None]:
        return self._pool.close() if self._pool is not None else succeed(None)

    def health(self) -> dict[str, Any]:
        """What C{/health} says about the state: the backend, and whether Redis is connected."""
        if self._pool is None:
            return {"backend": self.settings.backend}
        return {"backend": self.settings.backend, "connected": self._pool.connected, "on_error": self.settings.on_error}


def build_state(settings: StateSettings, reactor: Any, observer: StateObserver) -> SharedState:
    """The L{SharedState} the settings ask for (not started)."""
    if settings.backend == "memory":
        return SharedState(settings, MemoryKeyLimits(reactor))
    from koreshield.state.redis_connection import RedisConnection
    from koreshield.state.redis_limits import RedisKeyLimits
    from koreshield.state.redis_owners import RedisOwners
    from koreshield.state.redis_verdicts import RedisVerdictStore

    connection = RedisConnection(
        reactor,
        parse_redis_url(settings.redis_url),
        settings.timeout_ms / 1000.0,
        observer,
        ca_file=settings.redis_ca_file,
    )
    return SharedState(
        settings,
        RedisKeyLimits(connection),
        RedisVerdictStore(connection, settings.verdict_ttl),
        connection,
        RedisOwners(connection),
    )
