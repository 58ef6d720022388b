"""
L{TwistedKoreshield}: the scan client for Twisted apps, answering with Deferreds.

test-case-name: tests.test_client_twisted

Built on treq, which KoreShield already depends on, over a persistent
connection pool of its own.  It builds the same L{Call}s and reads answers
with the same L{outcome} as the other two clients; only the transport
differs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from treq.client import HTTPClient
from treq.response import _Response
from twisted.internet.defer import CancelledError, Deferred, succeed
from twisted.internet.error import ConnectError, ConnectionClosed, ConnectionDone, ConnectionLost
from twisted.internet.interfaces import IReactorTime
from twisted.python.failure import Failure
from twisted.web._newclient import RequestNotSent, RequestTransmissionFailed
from twisted.web.client import Agent, HTTPConnectionPool, ResponseFailed, ResponseNeverReceived
from twisted.web.iweb import IAgent

from koreshield.client.calls import BatchItem, Call, batch_calls, messages_call, outcome, scan_call
from koreshield.client.errors import APIConnectionError, APITimeoutError
from koreshield.client.results import ScanResult
from koreshield.client.settings import ClientSettings

T = TypeVar("T")

_CONNECTION_FAILURES = (ConnectError, ConnectionClosed, ResponseFailed, ResponseNeverReceived, OSError)


class TwistedKoreshield:
    """
    The Twisted twin of L{koreshield.client.Koreshield}: the same
    arguments and methods, each returning a L{Deferred}.

    @param reactor: the reactor to run on; the global one by default.
    @param agent: an C{IAgent} to send requests with (for TLS settings of
        your own, say); by default an C{Agent} over a persistent pool that
        L{close} closes.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float = 30,
        *,
        reactor: Any = None,
        agent: IAgent | None = None,
    ) -> None:
        if reactor is None:
            from twisted.internet import reactor
        self.settings = ClientSettings.resolve(api_key, base_url, timeout)
        self._reactor: IReactorTime = reactor
        self._pool: HTTPConnectionPool | None = None
        if agent is None:
            self._pool = HTTPConnectionPool(reactor, persistent=True)
            agent = Agent(reactor, pool=self._pool)
        self._http = HTTPClient(agent)

    def scan(self, content: str, sensitivity: str | None = None, *, role: str | None = None) -> Deferred[ScanResult]:
        """Scan one text; see L{koreshield.client.Koreshield.scan}."""
        return self._perform(scan_call(content, sensitivity, role))

    def scan_messages(
        self, messages: Sequence[Mapping[str, Any]], sensitivity: str | None = None
    ) -> Deferred[ScanResult]:
        """Scan a whole conversation, given as chat-completions messages."""
        return self._perform(messages_call(messages, sensitivity))

    def scan_batch(
        self, items: Iterable[BatchItem], sensitivity: str | None = None, *, role: str | None = None
    ) -> Deferred[list[ScanResult]]:
        """Scan many texts in one call; see L{koreshield.client.Koreshield.scan_batch}."""
        calls = batch_calls(items, sensitivity, role)

        async def all_results() -> list[ScanResult]:
            results: list[ScanResult] = []
            for call in calls:
                results += await self._perform(call)
            return results

        return Deferred.fromCoroutine(all_results())

    def close(self) -> Deferred[None]:
        """Close the kept connections of the client's own pool."""
        if self._pool is None:
            return succeed(None)
        return self._pool.closeCachedConnections()  # type: ignore[no-any-return]

    def _perform(self, call: Call[T]) -> Deferred[T]:
        exchange = Deferred.fromCoroutine(self._exchange(call))
        expired: list[bool] = []

        def expire() -> None:
            expired.append(True)
            exchange.cancel()

        timer = self._reactor.callLater(self.settings.timeout, expire)

        def settle(result: T | Failure) -> T | Failure:
            if timer.active():
                timer.cancel()
            if not isinstance(result, Failure):
                return result
            if expired:
                raise APITimeoutError(f"no answer from {self.settings.base_url} within the timeout")
            if result.check(*_CONNECTION_FAILURES) and not result.check(CancelledError):
                raise APIConnectionError(f"the exchange with {self.settings.base_url} failed: {result.value}")
            return result

        return exchange.addBoth(settle)

    async def _exchange(self, call: Call[T]) -> T:
        try:
            response = await self._post(call)
        except (RequestNotSent, ResponseNeverReceived, RequestTransmissionFailed) as error:
            # Twisted resends only idempotent methods on a kept connection the
            # server has closed; a scan changes nothing, so this one may too.
            if not _closed_by_peer(error):
                raise
            response = await self._post(call)
        body = await response.content()
        headers = {
            name.decode("latin-1").lower(): ", ".join(value.decode("latin-1") for value in values)
            for name, values in response.headers.getAllRawHeaders()
        }
        return outcome(call, response.code, headers, body)

    def _post(self, call: Call[Any]) -> Deferred[_Response]:
        settings = self.settings
        request_headers: dict[bytes | str, bytes | str] = {k: v for k, v in settings.headers().items()}
        return self._http.post(
            settings.base_url + call.path, data=call.body(), headers=request_headers, unbuffered=True
        )


def _closed_by_peer(error: Exception) -> bool:
    """Whether a request failed only because the connection was closed under it."""
    if isinstance(error, RequestNotSent):
        return True
    reasons: list[Failure] = getattr(error, "reasons", [])
    return bool(reasons) and all(reason.check(ConnectionDone, ConnectionLost) for reason in reasons)
