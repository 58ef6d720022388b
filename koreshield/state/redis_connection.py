"""
The process's connection pool to Redis, and the one way to call it.

test-case-name: tests.test_state_redis

txredisapi speaks Redis' protocol on the reactor (no thread per call) and
keeps a pool of connections that reconnect by themselves with a backoff.
This module adds what a proxy in a request path needs on top:

  - every call is bounded by C{state.timeout_ms}, and with no live
    connection (Redis down, restarting) a call fails at once instead of
    waiting;
  - once a call has timed out, calls fail at once until one call (a probe,
    one at a time, at most every C{timeout_ms}) is answered again: a
    request makes several state calls (admission, verdict fetch), and a
    stalled Redis must cost it one timeout, not one per call;
  - every failure is counted (L{StateObserver.call_failed}) and surfaces as
    L{StateUnavailable}, for the caller's L{FaultPolicy};
  - a Redis that accepts connections but stops answering (stopped, swapping,
    a blackholed route) would leave replies owed on the connections
    forever: after L{STALL_SECONDS} of nothing but timeouts the connections
    are dropped and made again;
  - reconnecting starts at once and backs off to at most
    L{RECONNECT_MAX_DELAY}, so limits apply again within about a second of
    Redis coming back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import txredisapi
from twisted.internet.defer import CancelledError, Deferred, TimeoutError, fail
from twisted.internet.endpoints import HostnameEndpoint, wrapClientTLS
from twisted.internet.interfaces import IDelayedCall
from twisted.internet.ssl import Certificate, optionsForClientTLS
from twisted.python.failure import Failure

from koreshield.observe import StateObserver
from koreshield.state.address import RedisAddress
from koreshield.state.faults import StateUnavailable

POOL_SIZE = 1
"""
One connection: every command a process sends in one reactor turn then goes
out in one write and comes back in one read (Redis answers in order, and
runs commands one at a time, so more connections add no parallelism, only
writes and reads).  Measured on a shared 2-CPU machine
(benchmarks/state_overhead.py, throughput, one process): 4 connections
cost 1.06-1.24 ms of proxy CPU per request, 1 connection 0.88-1.03 ms
(the memory backend: 0.71-0.84 ms).
"""
CONNECT_TIMEOUT = 2.0
UNREACHABLE_REPORT_DELAY = 2.0
STALL_SECONDS = 1.0
RECONNECT_MAX_DELAY = 1.0

_T = TypeVar("_T")


class _PoolFactory(txredisapi.RedisFactory):  # type: ignore[misc]
    """
    txredisapi's pool, reconnecting sooner than its defaults (1 s, growing
    to 10 s) and telling L{RedisConnection} when the pool empties and
    fills.
    """

    initialDelay = 0.05
    maxDelay = RECONNECT_MAX_DELAY

    def __init__(self, on_size_change: Callable[[int, int], None], **options: Any) -> None:
        super().__init__(**options)
        self._on_size_change = on_size_change

    def addConnection(self, conn: Any) -> None:
        before = self.size
        super().addConnection(conn)
        self._on_size_change(before, self.size)

    def delConnection(self, conn: Any) -> None:
        before = self.size
        super().delConnection(conn)
        self._on_size_change(before, self.size)


def _endpoint(reactor: Any, address: RedisAddress, ca_file: str) -> Any:
    """
    Where to connect: TCP, or for C{rediss://} TLS with the server's
    certificate checked (against the system's CAs, or C{ca_file}'s).
    """
    endpoint = HostnameEndpoint(reactor, address.host, address.port, timeout=CONNECT_TIMEOUT)
    if not address.tls:
        return endpoint
    trust = Certificate.loadPEM(Path(ca_file).read_bytes()) if ca_file else None
    return wrapClientTLS(optionsForClientTLS(address.host, trustRoot=trust), endpoint)


class RedisConnection:
    """
    One pool of connections to one Redis database, for the whole process.

    @param timeout: seconds any call may take (C{state.timeout_ms} / 1000).
    @param ca_file: for C{rediss://}, the PEM file of the CA to trust
        instead of the system's.
    """

    def __init__(
        self,
        reactor: Any,
        address: RedisAddress,
        timeout: float,
        observer: StateObserver,
        pool_size: int = POOL_SIZE,
        ca_file: str = "",
    ) -> None:
        self._reactor = reactor
        self._address = address
        self._endpoint = _endpoint(reactor, address, ca_file)
        self._timeout = timeout
        self._observer = observer
        self._factory = _PoolFactory(
            self._size_changed,
            uuid=f"{address.host}:{address.port}",
            dbid=address.db or None,
            poolsize=pool_size,
            isLazy=True,
            password=address.password,
            username=address.username,
            convertNumbers=False,
        )
        self._factory.deferred.addErrback(self._refused)
        self._client = self._factory.handler
        self._started_at: float | None = None
        self._ever_connected = False
        self._timing_out_since: float | None = None
        self._quiet_until: float | None = None
        self._probe: object | None = None
        self._unreachable_report: IDelayedCall | None = None

    @property
    def connected(self) -> bool:
        """Whether at least one connection is up."""
        return bool(self._factory.size)

    def start(self) -> None:
        """Connect, and keep reconnecting until L{close}."""
        self._started_at = self._reactor.seconds()
        self._factory.startConnecting(self._endpoint)
        self._unreachable_report = self._reactor.callLater(UNREACHABLE_REPORT_DELAY, self._report_unreachable)

    def close(self) -> Deferred[None]:
        """Stop reconnecting and close every connection."""
        if self._unreachable_report is not None and self._unreachable_report.active():
            self._unreachable_report.cancel()
        return self._factory.disconnect()  # type: ignore[no-any-return]

    def _report_unreachable(self) -> None:
        self._unreachable_report = None
        if not self._ever_connected:
            self._observer.unreachable(str(self._address))

    def call(self, op: str, command: Callable[[Any], Deferred[_T]]) -> Deferred[_T]:
        """
        Run C{command} with the txredisapi client, bounded by the timeout.

        @param op: what the call is for, as counted in
            C{koreshield_state_errors_total{op}}.
        @return: C{command}'s result, or a failure with L{StateUnavailable}.
        """
        if not self.connected and self._waited_long_enough():
            return fail(self._failure(op, "not connected"))
        token = object()
        if self._quiet_until is not None:
            if self._probe is not None or self._reactor.seconds() < self._quiet_until:
                return fail(self._failure(op, "not answering (a call timed out); trying again shortly"))
            self._probe = token
        try:
            calling = command(self._client)
        except Exception as e:
            self._end_probe(token)
            return fail(self._failure(op, str(e)))
        calling.addTimeout(self._timeout, self._reactor)
        return calling.addCallbacks(
            self._succeeded, self._call_failed, callbackArgs=(op, token), errbackArgs=(op, token)
        )

    def _waited_long_enough(self) -> bool:
        """
        Right after start-up the first connection is still being made:
        calls wait for it (bounded by the timeout).  Once it has been made,
        or could not be made in time, a missing connection fails calls at
        once.
        """
        if self._ever_connected or self._started_at is None:
            return True
        return bool(self._reactor.seconds() - self._started_at >= self._timeout)

    def _succeeded(self, result: _T, op: str, token: object) -> _T:
        self._timing_out_since = self._quiet_until = self._probe = None
        self._observer.call_succeeded(op)
        return result

    def _call_failed(self, failure: Failure, op: str, token: object) -> Failure:
        self._end_probe(token)
        if failure.check(CancelledError, TimeoutError):
            self._note_timeout()
            reason = f"no answer within {self._timeout * 1000:g} ms"
        else:
            reason = failure.getErrorMessage()
        return self._failure(op, reason)

    def _end_probe(self, token: object) -> None:
        if self._probe is token:
            self._probe = None

    def _failure(self, op: str, reason: str) -> Failure:
        """Count a failed call; the failure to hand its caller."""
        self._observer.call_failed(op, reason)
        return Failure(StateUnavailable(op, reason))

    def _note_timeout(self) -> None:
        now = self._reactor.seconds()
        self._quiet_until = now + self._timeout
        if self._timing_out_since is None:
            self._timing_out_since = now
        elif now - self._timing_out_since >= STALL_SECONDS:
            self._timing_out_since = None
            for connection in list(self._factory.pool):
                connection.transport.abortConnection()

    def _size_changed(self, before: int, after: int) -> None:
        if before == 0 and after > 0:
            self._ever_connected = True
            self._quiet_until = self._probe = None
            self._observer.connected(str(self._address))
        elif before > 0 and after == 0:
            self._observer.disconnected(str(self._address))

    def _refused(self, failure: Failure) -> None:
        """The pool gave up (Redis refused our password or database): say so once."""
        self._observer.refused(str(self._address), failure.getErrorMessage())
