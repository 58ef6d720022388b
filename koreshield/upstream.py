"""
The HTTP client that talks to providers: Twisted's Agent over one persistent pool.

test-case-name: tests.test_upstream

One L{UpstreamClient} per process keeps connections to each provider open
between requests (a TLS handshake per request would cost more than everything
else the proxy does), answers with unbuffered responses (the relay streams
the body itself), and never retries a request on its own: a chat completion
is not idempotent, and a retried one is billed twice.

It sends what treq's C{HTTPClient.request(..., unbuffered=True,
allow_redirects=False)} sent (the same headers, C{Accept-Encoding: gzip}
and gzip answers decoded included) without treq's per-request layers: the
URL conversions, a cookie agent and a decoding agent built for every
request, the response wrapper.  What is the same for every request to a URL
(its parsed form, endpoint, pool key, C{Host}) is worked out once.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Any

from hyperlink import EncodedURL
from twisted.internet.abstract import isIPAddress, isIPv6Address
from twisted.internet.defer import Deferred, succeed
from twisted.internet.endpoints import HostnameEndpoint, TCP4ClientEndpoint, TCP6ClientEndpoint, wrapClientTLS
from twisted.internet.interfaces import IAddress, IConsumer, IReactorTime, IStreamClientEndpoint
from twisted.python.failure import Failure
from twisted.web._newclient import HTTP11ClientProtocol, Request, _ensureValidMethod, _ensureValidURI
from twisted.web.client import (
    URI,
    Agent,
    BrowserLikePolicyForHTTPS,
    ContentDecoderAgent,
    GzipDecoder,
    HTTPConnectionPool,
    _HTTP11ClientFactory,
)
from twisted.web.http_headers import Headers
from twisted.web.iweb import UNKNOWN_LENGTH, IAgentEndpointFactory, IBodyProducer, IResponse
from zope.interface import implementer

from koreshield.flush import sending
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
        consumer.write(self.take())
        return succeed(None)

    def take(self) -> bytes:
        """The body, handed over once (no automatic retries): the request holds no copy."""
        body, self._body = self._body, b""
        return body

    def pauseProducing(self) -> None:
        pass

    def resumeProducing(self) -> None:
        pass

    def stopProducing(self) -> None:
        pass


class _Request(Request):
    """
    A request whose body, when it is a L{BytesProducer}, is written with
    its headers as bytes: no consumer enforcing a length already known, no
    producer registered with the transport and unregistered at once, no
    Deferreds to combine (Twisted's way, for bodies that arrive over time).
    """

    def writeTo(self, transport: Any) -> Deferred[None]:
        producer = self.bodyProducer
        if type(producer) is not BytesProducer:
            written: Deferred[None] = super().writeTo(transport)
            return written
        body = producer.take()
        self._writeHeaders(transport, b"Content-Length: %d\r\n" % len(body))
        if body:
            transport.write(body)
        return succeed(None)


class _ClientProtocol(HTTP11ClientProtocol):
    """
    An upstream connection that sends each request at once, and leaves
    nothing of a finished response to the cyclic garbage collector.

    Twisted's response parser and its body decoder refer to each other (the
    decoder calls the parser back when the body ends), so without this every
    response (parser, decoder, request, response, headers: about 30 objects)
    waited for a collection, which then paused every stream for tens of
    milliseconds under load.
    """

    def request(self, request: Any) -> Deferred[IResponse]:
        """
        Write C{request} and send it at once: the provider starts on it
        while the proxy handles the rest of this reactor turn (see
        L{koreshield.flush}).
        """
        response: Deferred[IResponse] = sending(self.transport, partial(super().request, request))
        return response

    def _disconnectParser(self, reason: Failure) -> None:
        parser = self._parser
        super()._disconnectParser(reason)
        if parser is not None:
            parser.bodyDecoder = None


class _QuietClientFactory(_HTTP11ClientFactory):
    """No "Starting factory" log line per upstream connection."""

    noisy = False

    def buildProtocol(self, addr: IAddress | None) -> HTTP11ClientProtocol:
        return _ClientProtocol(self._quiescentCallback)


class _QuietPool(HTTPConnectionPool):
    _factory = _QuietClientFactory


@implementer(IAgentEndpointFactory)
class _EndpointPerHost:
    """
    One client endpoint per scheme, host and port, made once: the Agent
    otherwise builds (and IDNA-encodes) a new one for every request, even
    when a pooled connection will be used.

    A provider given by IP address gets a plain TCP endpoint: there is no
    name to resolve and no other address to race.  L{HostnameEndpoint}
    would still send the literal through C{getaddrinfo} in a thread and set
    up its address race for every new connection, about 0.3 ms of CPU
    each (measured: 0.54 against 0.23 ms per new connection), which
    counts when thousands of streams open together.
    """

    def __init__(self, reactor: Any, connect_timeout: float) -> None:
        self._reactor = reactor
        self._connect_timeout = connect_timeout
        self._tls = BrowserLikePolicyForHTTPS()
        self._endpoints: dict[tuple[bytes, bytes, int], IStreamClientEndpoint] = {}

    def endpointForURI(self, uri: URI) -> IStreamClientEndpoint:
        key = (uri.scheme, uri.host, uri.port)
        endpoint = self._endpoints.get(key)
        if endpoint is None:
            endpoint = self._plain_endpoint(uri.host.decode("ascii"), uri.port)
            if uri.scheme == b"https":
                endpoint = wrapClientTLS(self._tls.creatorForNetloc(uri.host, uri.port), endpoint)
            self._endpoints[key] = endpoint
        return endpoint

    def _plain_endpoint(self, host: str, port: int) -> IStreamClientEndpoint:
        if isIPAddress(host):
            return TCP4ClientEndpoint(self._reactor, host, port, timeout=self._connect_timeout)
        if isIPv6Address(host):
            return TCP6ClientEndpoint(self._reactor, host, port, timeout=self._connect_timeout)
        return HostnameEndpoint(self._reactor, host, port, timeout=self._connect_timeout)


_MAX_CACHED_URLS = 1024
_METHODS: dict[str, bytes] = {}
"""Request methods as the Agent checks and sends them."""


def _uri_bytes(url: str) -> bytes:
    """
    The URL as treq sent it: converted from IRI to URI (the host through
    IDNA), as ASCII bytes.  An IPv6 address is kept out of the IDNA step of
    the conversion, which refuses its colons (treq itself cannot send to
    C{http://[::1]:8000/} for that reason).
    """
    given = EncodedURL.from_text(url)
    host = given.host
    parsed = given.replace(host="").to_uri().replace(host=host) if isIPv6Address(host) else given.to_uri()
    return parsed.to_text().encode("ascii")


@dataclasses.dataclass(frozen=True)
class _Target:
    """What every request to one URL shares: its pool key, endpoint, parsed URI, path and C{Host}."""

    key: tuple[bytes, bytes, int]
    endpoint: IStreamClientEndpoint
    uri: URI
    request_path: bytes
    host: bytes


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
        self._endpoints = _EndpointPerHost(reactor, connect_timeout)
        self._agent = Agent.usingEndpointFactory(reactor, self._endpoints, pool=self._pool)
        self._decoder = ContentDecoderAgent(self._agent, [(b"gzip", GzipDecoder)])
        self._clock: IReactorTime = reactor
        self._targets: dict[str, _Target] = {}

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
        target = self._targets.get(request.url)
        if target is None:
            if len(self._targets) >= _MAX_CACHED_URLS:  # model names in paths come from clients
                self._targets.clear()
            target = self._targets[request.url] = self._target(request.url)
        headers = Headers()
        add = headers.addRawHeader
        for name, value in request.headers:
            add(name, value)
        add(b"Accept-Encoding", b"gzip")  # what treq's ContentDecoderAgent asks for, and decodes
        if not headers.hasHeader(b"Host"):
            add(b"Host", target.host)
        method = _METHODS.get(request.method)
        if method is None:
            method = _METHODS[request.method] = _ensureValidMethod(request.method.encode("ascii").upper())
        body = BytesProducer(request.body) if request.body is not None else None
        persistent = self._pool.persistent

        def connected(protocol: HTTP11ClientProtocol) -> Deferred[IResponse]:
            return protocol.request(
                _Request._construct(method, target.request_path, headers, body, persistent, target.uri)
            )

        connection: Deferred[HTTP11ClientProtocol] = self._pool.getConnection(target.key, target.endpoint)
        return connection.addCallback(connected).addCallback(self._decoded)

    def _target(self, url: str) -> _Target:
        """What every request to C{url} shares, worked out as treq and the Agent would for each."""
        encoded = _ensureValidURI(_uri_bytes(url).strip())
        uri = URI.fromBytes(encoded)
        endpoint = self._endpoints.endpointForURI(uri)
        return _Target(
            key=(uri.scheme, uri.host, uri.port),
            endpoint=endpoint,
            uri=uri,
            request_path=uri.originForm,
            host=self._agent._computeHostValue(uri.scheme, uri.host, uri.port),
        )

    def _decoded(self, response: IResponse) -> IResponse:
        """A gzip answer decoded, as treq's ContentDecoderAgent did (any other answer as it came)."""
        if response.headers.hasHeader(b"content-encoding"):
            decoded: IResponse = self._decoder._handleResponse(response)
            return decoded
        return response

    def close(self) -> Deferred[None]:
        """Close the idle pooled connections (on shutdown)."""
        return self._pool.closeCachedConnections()  # type: ignore[no-any-return]
