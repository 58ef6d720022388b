"""
The HTTP client that talks to providers: treq over one persistent pool.

test-case-name: tests.test_upstream

One L{UpstreamClient} per process keeps connections to each provider open
between requests (a TLS handshake per request would cost more than everything
else the proxy does), answers with unbuffered responses (the relay streams
the body itself), and never retries a request on its own: a chat completion
is not idempotent, and a retried one is billed twice.

Requests go through treq's C{HTTPClient.request(..., unbuffered=True,
allow_redirects=False)} (its gzip decoding included), over an Agent of our
own, L{_PreparedAgent}: what is the same for every request to a URL (its
parsed form, endpoint, pool key, C{Host}) is worked out once, and a body
already in memory is written with its headers and sent at once, before the
rest of the request's set-up.  A streamed answer's chunks
are read by L{_ChunkedDecoder}, which takes whole chunks without Twisted's
per-part states, and hands the data of a read's whole chunks to the relay in
one call, without the response's state dispatcher when it would only pass
them on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, TypeVar

import treq.client
from hyperlink import EncodedURL
from treq.cookies import IndexableCookieJar
from twisted.internet.abstract import isIPAddress, isIPv6Address
from twisted.internet.defer import Deferred, fail, succeed
from twisted.internet.endpoints import HostnameEndpoint, TCP4ClientEndpoint, TCP6ClientEndpoint, wrapClientTLS
from twisted.internet.interfaces import IAddress, IConsumer, IReactorTime, IStreamClientEndpoint
from twisted.python.failure import Failure
from twisted.web._newclient import (
    BODY,
    BadHeaders,
    HTTP11ClientProtocol,
    Request,
    Response,
    TransportProxyProducer,
    _ensureValidMethod,
    _ensureValidURI,
)
from twisted.web.client import URI, Agent, BrowserLikePolicyForHTTPS, HTTPConnectionPool, _HTTP11ClientFactory
from twisted.web.http import _ChunkedTransferDecoder
from twisted.web.http_headers import Headers, _nameEncoder
from twisted.web.iweb import UNKNOWN_LENGTH, IAgent, IAgentEndpointFactory, IBodyProducer, IResponse
from zope.interface import implementer

from koreshield.flush import held_sends, sending
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
    It is sent as soon as it is written (L{koreshield.flush.sending}), before
    Twisted sets up the parser of its response and the Deferreds of the
    agents above: the provider starts on it meanwhile.
    """

    def writeTo(self, transport: Any) -> Deferred[None]:
        producer = self.bodyProducer
        if type(producer) is not BytesProducer:
            written: Deferred[None] = super().writeTo(transport)
            return written
        sending(transport, partial(self._write_with_body, transport, producer.take()))
        return succeed(None)

    def _write_with_body(self, transport: Any, body: bytes) -> None:
        """
        The bytes Twisted's C{_writeHeaders} and a write of the body make,
        in one C{writeSequence}: the method and path are not checked again
        here, L{_PreparedAgent} checked them once (per method, and per URL).
        """
        if len(self.headers.getRawHeaders(b"Host", ())) != 1:
            raise BadHeaders("Exactly one Host header required")
        lines = [b"%s %s HTTP/1.1\r\n" % (self.method, self.uri)]
        if not self.persistent:
            lines.append(b"Connection: close\r\n")
        lines.append(b"Content-Length: %d\r\n" % len(body))
        for name, values in self.headers.getAllRawHeaders():
            for value in values:
                lines.append(b"%s: %s\r\n" % (name, value))
        lines.append(b"\r\n")
        if body:
            lines.append(body)
        transport.writeSequence(lines)


_LF, _CR = ord("\n"), ord("\r")
"""Line breaks as the bytes' ints: C{10 in value} is a byte search, C{b"\\n" in value} first fails as an int."""


class _OutgoingHeaders(Headers):
    """
    The headers of one upstream request, each name and value checked (as
    L{Headers.addRawHeader} does) once, when the request is built: treq's
    C{ContentDecoderAgent} copies them to add C{Accept-Encoding}, and
    L{Headers.copy} would check every one again.
    """

    __slots__ = ()

    @classmethod
    def of(cls, pairs: Iterable[tuple[bytes, bytes]]) -> _OutgoingHeaders:
        """
        The headers C{pairs} name, as L{addRawHeader} adds them one at a
        time.  A value with no line break, the usual one, is kept as it is:
        Twisted's check would only join its one line again.
        """
        headers = cls()
        raw = headers._rawHeaders
        encode_name = _nameEncoder.encode
        for name, value in pairs:
            if isinstance(value, bytes) and _LF not in value and _CR not in value:
                raw.setdefault(encode_name(name), []).append(value)
            else:
                headers.addRawHeader(name, value)
        return headers

    def copy(self) -> _OutgoingHeaders:
        copied = _OutgoingHeaders()
        copied._rawHeaders = {name: list(values) for name, values in self._rawHeaders.items()}
        return copied


_HEX_DIGITS = b"0123456789abcdefABCDEF"
_MAX_SIZE_DIGITS = 16
"""Longer chunk-size lines (leading zeros, extensions) go to Twisted's decoder, which bounds them."""


class _ChunkedDecoder(_ChunkedTransferDecoder):
    """
    Twisted's decoder of a chunked body, with a short road for what a
    provider's stream sends: whole chunks, each in one read (an event, or a
    few that one read brought).

    Twisted's decoder copies every read into its buffer and then walks a
    state per part of each chunk (its size line, its data, its closing
    CRLF), each a method found by name, with a Python loop over the size's
    digits: about a dozen Python calls per event.  Here a read that starts
    at a chunk's size line, with nothing of an earlier read waiting, is
    read in place: the data of its whole chunks (size line of hex digits
    only, no extension, data, CRLF) goes to the same callback, in order and
    in one call; the first thing that is not such a chunk (a part of one,
    the last chunk, an extension, anything malformed) goes with the rest of
    the read to Twisted's own decoder, which then decides (and raises)
    exactly as before.  When the callback is a L{Response}'s, connected to
    the protocol its body is delivered to, the data goes to that protocol
    as the response's state dispatcher would send it (two Python calls
    fewer).

    One call for the chunks of one read, where Twisted's decoder makes one
    per chunk: a body's bytes carry no meaning in where HTTP's chunks begin
    and end (any intermediary may chunk them again), and a proxy that falls
    behind reads several events at once (about ten per read in benchmark
    scenario 2 at 200 streams), each of which cost the relay, the output
    guard's set-up and the write to the client their own calls.  What
    arrives in one read is still passed on in that read, and nothing waits
    for a later one.
    """

    def __init__(self, dataCallback: Callable[[bytes], None], finishCallback: Callable[[bytes], None]) -> None:
        super().__init__(dataCallback, finishCallback)
        response = getattr(dataCallback, "__self__", None)
        self._response: Response | None = response if isinstance(response, Response) else None

    def dataReceived(self, data: bytes) -> None:
        if self.state != "CHUNK_LENGTH" or self._buffer:
            super().dataReceived(data)
            return
        start = 0
        size = len(data)
        first = b""  # the first whole chunk's data, and the others' with it when there are more
        more: list[bytes] | None = None
        while start < size:
            eol = data.find(b"\r\n", start, start + _MAX_SIZE_DIGITS + 2)
            if eol <= start:
                break
            digits = data[start:eol]
            if digits.strip(_HEX_DIGITS):  # not hex digits alone
                break
            length = int(digits, 16)
            begin = eol + 2
            end = begin + length
            if length == 0 or end + 2 > size or data[end : end + 2] != b"\r\n":
                break
            if not start:
                first = data[begin:end]
            elif more is None:
                more = [first, data[begin:end]]
            else:
                more.append(data[begin:end])
            start = end + 2
        if start:
            whole = first if more is None else b"".join(more)
            response = self._response
            if response is not None and response._state == "CONNECTED":
                response._bodyProtocol.dataReceived(whole)  # type: ignore[union-attr]  # its dispatcher's call
            else:
                self.dataCallback(whole)
        if start < size:
            super().dataReceived(data[start:] if start else data)


_TRANSFER_DECODERS: dict[bytes, type[_ChunkedTransferDecoder]] = {b"chunked": _ChunkedDecoder}
"""What the proxy's upstream parser decodes bodies with (Twisted's table, with L{_ChunkedDecoder})."""


class _PausedAtTheReadsEnd(TransportProxyProducer):
    """
    The connection as a response's parser and body see it, whose pause,
    asked for while a read that brings the response's headers is handled,
    takes effect at the end of that read, and not at all when it is resumed
    before then.

    Twisted's parser pauses the connection when a response's headers are
    parsed, until the response's body has a protocol to go to; the relay,
    and the collector of a whole answer, give it one in the callback the
    headers fire, in the same read, which resumes it.  Each is a system call
    (C{epoll_ctl}, deleting the socket from the reactor's set and adding it
    again), two per response for nothing: no bytes are read from a socket
    while one of its reads is handled, so a pause that starts at the read's
    end stops the same reads.  A pause asked for outside a read (the relay's,
    when a client is slow) takes effect at once, as before.
    """

    _reading = False
    _pause_waits = False

    def read_begins(self) -> None:
        """The connection's read is being handled: a pause asked for now waits for L{read_ends}."""
        self._reading = True

    def read_ends(self) -> None:
        """The read is handled: a pause asked for during it, and not undone, takes effect."""
        self._reading = False
        if self._pause_waits:
            self._pause_waits = False
            super().pauseProducing()

    def pauseProducing(self) -> None:
        if self._reading and self._producer is not None:
            self._pause_waits = True
        else:
            super().pauseProducing()

    def resumeProducing(self) -> None:
        if self._pause_waits:
            self._pause_waits = False  # the connection was never paused
        else:
            super().resumeProducing()

    def stopProxying(self) -> None:
        """
        The response is done with: a pause still waiting is dropped, where
        Twisted's would have been undone (the connection resumed before it
        goes back to the pool) or made moot (the connection closed).
        """
        self._pause_waits = False
        super().stopProxying()


class _ClientProtocol(HTTP11ClientProtocol):
    """
    An upstream connection that sends each request at once, sends what each
    read of the response brings to the client at the end of that read, and
    leaves nothing of a finished response to the cyclic garbage collector.

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
        if self._parser is not None:
            self._parser._transferDecoders = _TRANSFER_DECODERS
            proxy = _PausedAtTheReadsEnd(self.transport)
            self._transportProxy = proxy
            self._parser.transport = proxy  # type: ignore[assignment]  # as Twisted's own proxy, made in request()
        return response

    def dataReceived(self, bytes: bytes) -> None:
        """
        Handle one read from the provider; the events it brings are sent to
        their client once, at its end (see L{koreshield.flush.held_sends}),
        and, in a read that brings a response's headers, a pause of the
        connection asked for during it takes effect then
        (L{_PausedAtTheReadsEnd}).  A read of the body goes straight to the
        body's decoder (L{_body_read}), a pause (the relay's) at once.
        """
        parser, proxy = self._parser, self._transportProxy
        if parser is not None and parser.state == BODY:  # the parser pauses no more
            if parser._buffer or parser._busyReceiving or parser.paused or parser.line_mode:
                held_sends(super().dataReceived, bytes)
            else:
                held_sends(self._body_read, parser, bytes)
            return
        if parser is None or type(proxy) is not _PausedAtTheReadsEnd:
            held_sends(super().dataReceived, bytes)
            return
        proxy.read_begins()
        try:
            held_sends(super().dataReceived, bytes)
        finally:
            proxy.read_ends()

    def _body_read(self, parser: Any, data: bytes) -> None:
        """
        What this protocol's C{dataReceived}, its parser's and the parser's
        C{LineReceiver} do with a read of the body when nothing of an earlier
        read waits in the parser: the read goes to the body's decoder
        (C{rawDataReceived}), then what a read that came in meanwhile left in
        the parser's buffer is handled by Twisted's own loop; an exception
        gives the connection up.  Three Python calls fewer per event.
        """
        try:
            parser._busyReceiving = True
            try:
                parser.bodyDecoder.dataReceived(data)
            finally:
                parser._busyReceiving = False
            if parser._buffer:
                parser.dataReceived(b"")
        except BaseException:
            self._giveUp(Failure())

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

    def take_idle(self, key: tuple[bytes, bytes, int]) -> HTTP11ClientProtocol | None:
        """
        An idle connection for C{key}, taken out of the pool as
        L{getConnection} takes one (its idle timeout cancelled), or L{None}
        when there is none: the caller then asks L{getConnection} for a new
        one.  Without the L{Deferred} that L{getConnection} wraps an idle
        connection in, and the callback run through it, the request is
        written sooner.  A pool that retries (not ours) wraps its
        connections for their retries: it always answers L{None}.
        """
        if self.retryAutomatically:
            return None
        connections = self._connections.get(key)
        while connections:
            connection: HTTP11ClientProtocol = connections.pop(0)
            self._timeouts.pop(connection).cancel()
            if connection.state == "QUIESCENT":
                return connection
        return None


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
_K = TypeVar("_K")
_V = TypeVar("_V")


def _remembered(cache: dict[_K, _V], key: _K, make: Callable[[_K], _V]) -> _V:
    """
    C{make(key)}, worked out once per key: the cache is emptied when full,
    since model names in paths come from clients.
    """
    value = cache.get(key)
    if value is None:
        if len(cache) >= _MAX_CACHED_URLS:
            cache.clear()
        value = cache[key] = make(key)
    return value


class _NoCookies(IndexableCookieJar):
    """
    Providers' cookies are neither kept nor sent: they would be shared by
    every client of the proxy, and cookielib costs ~20 us per request.
    """

    def add_cookie_header(self, request: Any) -> None:
        pass

    def extract_cookies(self, response: Any, request: Any) -> None:
        pass


class _AsciiURL(EncodedURL):
    """
    A URL that is already plain ASCII (built from configuration and
    percent-quoted paths), so treq's IRI-to-URI conversion, which runs the
    host through IDNA on every request (~0.1 ms), has nothing to do.
    """

    _ks_text: str

    def to_uri(self) -> _AsciiURL:
        return self

    def to_text(self, with_password: bool = False) -> str:
        text: str = self._ks_text
        return text


def _ascii_url(url: str) -> EncodedURL:
    """
    The URL as treq takes it, with the conversions it would redo each time
    done once.  An IPv6 address is kept out of the IDNA step of the
    conversion, which refuses its colons (treq itself cannot send to
    C{http://[::1]:8000/} for that reason).
    """
    given = EncodedURL.from_text(url)
    host = given.host
    parsed = given.replace(host="").to_uri().replace(host=host) if isIPv6Address(host) else given.to_uri()
    prepared = _AsciiURL(
        scheme=parsed.scheme,
        host=parsed.host,
        path=parsed.path,
        query=parsed.query,
        fragment=parsed.fragment,
        port=parsed.port,
        rooted=parsed.rooted,
        userinfo=parsed.userinfo,
    )
    prepared._ks_text = parsed.to_text()
    return prepared


@dataclasses.dataclass(frozen=True)
class _Target:
    """What every request to one URL shares: its pool key, endpoint, parsed URI, path and C{Host}."""

    key: tuple[bytes, bytes, int]
    endpoint: IStreamClientEndpoint
    uri: URI
    request_path: bytes
    host: bytes


@implementer(IAgent)
class _PreparedAgent:
    """
    The Agent under treq: Twisted's own parses the URI, asks for its
    endpoint and works out C{Host} for every request; this one does it once
    per URL and sends the request straight to the pool, its body (when it
    is a L{BytesProducer}) written with the headers (L{_Request}).
    """

    def __init__(self, agent: Agent, pool: _QuietPool, endpoints: _EndpointPerHost) -> None:
        self._agent = agent
        self._pool = pool
        self._endpoints = endpoints
        self._targets: dict[bytes, _Target] = {}
        self._methods: dict[bytes, bytes] = {}

    def request(
        self,
        method: bytes,
        uri: bytes,
        headers: Headers | None = None,
        bodyProducer: IBodyProducer | None = None,
    ) -> Deferred[IResponse]:
        target = _remembered(self._targets, uri, self._target)
        if headers is None:
            headers = Headers()
        if not headers.hasHeader(b"host"):
            headers.addRawHeader(b"host", target.host)
        method = _remembered(self._methods, method, _ensureValidMethod)
        request = _Request._construct(
            method, target.request_path, headers, bodyProducer, self._pool.persistent, target.uri
        )
        idle = self._pool.take_idle(target.key)
        if idle is not None:
            try:
                return idle.request(request)
            except BaseException:
                return fail()  # as the callback it was on getConnection's Deferred would have
        connection: Deferred[HTTP11ClientProtocol] = self._pool.getConnection(target.key, target.endpoint)
        return connection.addCallback(lambda protocol: protocol.request(request))

    def _target(self, uri: bytes) -> _Target:
        """What every request to C{uri} shares, worked out as the Agent would for each."""
        parsed = URI.fromBytes(_ensureValidURI(uri.strip()))
        return _Target(
            key=(parsed.scheme, parsed.host, parsed.port),
            endpoint=self._endpoints.endpointForURI(parsed),
            uri=parsed,
            request_path=_ensureValidURI(parsed.originForm),
            host=self._agent._computeHostValue(parsed.scheme, parsed.host, parsed.port),
        )


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
        endpoints = _EndpointPerHost(reactor, connect_timeout)
        agent = Agent.usingEndpointFactory(reactor, endpoints, pool=self._pool)
        self._cookies = _NoCookies()
        self._http = treq.client.HTTPClient(_PreparedAgent(agent, self._pool, endpoints), cookiejar=self._cookies)
        self._clock: IReactorTime = reactor
        self._urls: dict[str, EncodedURL] = {}

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
        headers = _OutgoingHeaders.of(request.headers)
        url = _remembered(self._urls, request.url, _ascii_url)
        response: Deferred[IResponse] = self._http.request(  # type: ignore[assignment]
            request.method,
            url,
            headers=headers,
            data=BytesProducer(request.body) if request.body is not None else None,
            cookies=self._cookies,  # a jar already: treq then builds no new one per request
            allow_redirects=False,
            unbuffered=True,
        )
        return response

    def close(self) -> Deferred[None]:
        """Close the idle pooled connections (on shutdown)."""
        return self._pool.closeCachedConnections()  # type: ignore[no-any-return]
