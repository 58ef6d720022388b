"""
The HTTP client that talks to providers: treq over one persistent pool.

test-case-name: tests.test_upstream

One L{UpstreamClient} per process keeps connections to each provider open
between requests (a TLS handshake per request would cost more than everything
else the proxy does), answers with unbuffered responses (the relay streams
the body itself), and never retries a request on its own: a chat completion
is not idempotent, and a retried one is billed twice.
"""

from __future__ import annotations

from typing import Any

import treq.client
from twisted.internet.defer import Deferred, succeed
from twisted.internet.interfaces import IConsumer, IReactorTime
from twisted.web.client import Agent, HTTPConnectionPool, _HTTP11ClientFactory
from twisted.web.http_headers import Headers
from twisted.web.iweb import UNKNOWN_LENGTH, IBodyProducer, IResponse
from zope.interface import implementer

from koreshield.providers.base import UpstreamRequest


@implementer(IBodyProducer)
class BytesProducer:
    """
    A request body that is already in memory, written in one go.

    treq's default producer for bytes goes through a cooperator, which
    writes the body one reactor turn after the headers: two packets and a
    turn of latency for what is one small write.
    """

    def __init__(self, body: bytes) -> None:
        self._body = body
        self.length: int = len(body) if body is not None else UNKNOWN_LENGTH

    def startProducing(self, consumer: IConsumer) -> Deferred[None]:
        consumer.write(self._body)
        return succeed(None)

    def pauseProducing(self) -> None:
        pass

    def resumeProducing(self) -> None:
        pass

    def stopProducing(self) -> None:
        pass


class _QuietClientFactory(_HTTP11ClientFactory):
    """No "Starting factory" log line per upstream connection."""

    noisy = False


class _QuietPool(HTTPConnectionPool):
    _factory = _QuietClientFactory


class UpstreamClient:
    """
    Sends L{UpstreamRequest}s to one provider through its own connection
    pool, so each provider has its own timeouts and limits.

    @param connect_timeout: seconds to establish a connection; past it the
        request fails with a connection error (the caller answers 502).
    @param max_connections: requests in flight at once; L{try_acquire}
        refuses more (the caller fails over or answers 503).
    @param max_idle_connections: idle connections kept for reuse.
    """

    def __init__(
        self,
        reactor: Any,
        connect_timeout: float,
        max_connections: int = 1024,
        max_idle_connections: int = 128,
        idle_connection_timeout: int = 60,
    ) -> None:
        self.max_connections = max_connections
        self.in_flight = 0
        self._pool = _QuietPool(reactor, persistent=True)
        self._pool.maxPersistentPerHost = max_idle_connections
        self._pool.cachedConnectionTimeout = idle_connection_timeout
        self._pool.retryAutomatically = False
        self._http = treq.client.HTTPClient(Agent(reactor, connectTimeout=connect_timeout, pool=self._pool))
        self._clock: IReactorTime = reactor

    def try_acquire(self) -> bool:
        """Take a slot for one request, if the provider's limit allows."""
        if self.in_flight >= self.max_connections:
            return False
        self.in_flight += 1
        return True

    def release(self) -> None:
        """Give back a slot taken by L{try_acquire}."""
        self.in_flight -= 1

    def send(self, request: UpstreamRequest) -> Deferred[IResponse]:
        """
        Start C{request}; fires with the response once its headers arrive.
        Cancelling the Deferred closes the connection.
        """
        headers = Headers()
        for name, value in request.headers:
            headers.addRawHeader(name, value)
        response: Deferred[IResponse] = self._http.request(  # type: ignore[assignment]
            request.method,
            request.url,
            headers=headers,
            data=BytesProducer(request.body) if request.body is not None else None,
            allow_redirects=False,
            unbuffered=True,
        )
        return response

    def close(self) -> Deferred[None]:
        """Close the idle pooled connections (on shutdown)."""
        return self._pool.closeCachedConnections()  # type: ignore[no-any-return]
