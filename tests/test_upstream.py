"""
The client that talks to providers: which endpoint each provider address
gets, and requests over real loopback sockets, IPv4 and IPv6.
"""

from __future__ import annotations

import gzip
import socket
from collections.abc import Callable
from typing import Any

import treq
from twisted.internet import reactor
from twisted.internet.endpoints import HostnameEndpoint, TCP4ClientEndpoint, TCP6ClientEndpoint
from twisted.internet.protocol import Protocol, connectionDone
from twisted.internet.testing import MemoryReactorClock, StringTransport
from twisted.python.failure import Failure
from twisted.trial.unittest import SkipTest, TestCase
from twisted.web._newclient import BadHeaders, HTTP11ClientProtocol, Request
from twisted.web.client import URI
from twisted.web.http import _ChunkedTransferDecoder
from twisted.web.http_headers import Headers
from twisted.web.resource import Resource
from twisted.web.server import Site

from koreshield import upstream
from koreshield.providers.base import UpstreamRequest
from koreshield.upstream import (
    BytesProducer,
    UpstreamClient,
    _ChunkedDecoder,
    _ClientProtocol,
    _EndpointPerHost,
    _OutgoingHeaders,
    _Request,
)
from tests.fake_provider import FakeProvider
from tests.proxy_harness import STREAM_CHAT, RunningProxy, post_chat_to, proxy_config


class _Echo(Resource):
    isLeaf = True

    def render_POST(self, request: Any) -> bytes:
        return b"got " + request.content.read()


class _Recorder(Resource):
    """Answers gzip when asked for it, sets a cookie, and keeps every request's headers and body."""

    isLeaf = True

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[dict[bytes, list[bytes]], bytes]] = []

    def render_POST(self, request: Any) -> bytes:
        body = request.content.read()
        self.seen.append((dict(request.requestHeaders.getAllRawHeaders()), body))
        request.setHeader(b"Set-Cookie", b"session=provider-side; Path=/")
        answer = b"got " + body
        if b"gzip" in (request.getHeader(b"accept-encoding") or b""):
            request.setHeader(b"Content-Encoding", b"gzip")
            return gzip.compress(answer)
        return answer


def _endpoint(url: bytes) -> Any:
    return _EndpointPerHost(reactor, connect_timeout=5.0).endpointForURI(URI.fromBytes(url))


class EndpointPerAddressTests(TestCase):
    def test_an_ipv4_address_gets_a_plain_tcp_endpoint(self) -> None:
        self.assertIsInstance(_endpoint(b"http://127.0.0.1:8080/v1"), TCP4ClientEndpoint)

    def test_an_ipv6_address_gets_a_plain_tcp6_endpoint(self) -> None:
        self.assertIsInstance(_endpoint(b"http://[::1]:8080/v1"), TCP6ClientEndpoint)

    def test_a_hostname_is_resolved_for_every_new_connection(self) -> None:
        self.assertIsInstance(_endpoint(b"http://localhost:8080/v1"), HostnameEndpoint)

    def test_a_name_that_only_looks_numeric_is_still_a_hostname(self) -> None:
        self.assertIsInstance(_endpoint(b"http://10.0.0.1.example.com/v1"), HostnameEndpoint)

    def test_an_endpoint_is_made_once_per_scheme_host_and_port(self) -> None:
        endpoints = _EndpointPerHost(reactor, connect_timeout=5.0)
        first = endpoints.endpointForURI(URI.fromBytes(b"http://127.0.0.1:8080/a"))
        again = endpoints.endpointForURI(URI.fromBytes(b"http://127.0.0.1:8080/b"))
        other_port = endpoints.endpointForURI(URI.fromBytes(b"http://127.0.0.1:8081/a"))
        self.assertIs(first, again)
        self.assertIsNot(first, other_port)


class RequestsOverLoopbackTests(TestCase):
    def _serve(self, interface: str) -> int:
        tcp: Any = reactor
        port = tcp.listenTCP(0, Site(_Echo()), interface=interface)
        self.addCleanup(port.stopListening)
        return int(port.getHost().port)

    def _client(self) -> UpstreamClient:
        client = UpstreamClient(reactor, connect_timeout=5.0)
        self.addCleanup(client.close)
        return client

    async def _post(self, client: UpstreamClient, url: str) -> bytes:
        request = UpstreamRequest("POST", url, ((b"Content-Type", b"text/plain"),), b"hello")
        response = await client.send(request)
        body: bytes = await treq.content(response)
        return body

    async def test_a_provider_at_an_ipv4_address_answers(self) -> None:
        port = self._serve("127.0.0.1")
        body = await self._post(self._client(), f"http://127.0.0.1:{port}/v1/x")
        self.assertEqual(body, b"got hello")

    async def test_a_provider_at_an_ipv6_address_answers(self) -> None:
        if not socket.has_ipv6:
            raise SkipTest("no IPv6 on this machine")
        try:
            port = self._serve("::1")
        except Exception as error:  # a kernel without IPv6 loopback
            raise SkipTest(f"cannot listen on ::1: {error}") from error
        body = await self._post(self._client(), f"http://[::1]:{port}/v1/x")
        self.assertEqual(body, b"got hello")

    async def test_a_provider_by_hostname_answers(self) -> None:
        port = self._serve("127.0.0.1")
        body = await self._post(self._client(), f"http://localhost:{port}/v1/x")
        self.assertEqual(body, b"got hello")

    async def test_a_pooled_ip_connection_is_reused_for_the_next_request(self) -> None:
        port = self._serve("127.0.0.1")
        client = self._client()
        await self._post(client, f"http://127.0.0.1:{port}/v1/x")
        first = _only_cached_connection(client)
        await self._post(client, f"http://127.0.0.1:{port}/v1/x")
        self.assertIs(_only_cached_connection(client), first)


class TheRequestOnTheWireTests(TestCase):
    """What a provider receives and what comes back: treq's request, with the proxy's own headers."""

    async def _exchange(self, times: int = 1) -> tuple[_Recorder, list[bytes]]:
        recorder = _Recorder()
        tcp: Any = reactor
        port = tcp.listenTCP(0, Site(recorder), interface="127.0.0.1")
        self.addCleanup(port.stopListening)
        client = UpstreamClient(reactor, connect_timeout=5.0)
        self.addCleanup(client.close)
        bodies = []
        for _ in range(times):
            request = UpstreamRequest(
                "post", f"http://127.0.0.1:{port.getHost().port}/v1/chat", ((b"Authorization", b"Bearer k"),), b"hi"
            )
            response = await client.send(request)
            bodies.append(await treq.content(response))
        return recorder, bodies

    async def test_a_gzip_answer_is_decoded(self) -> None:
        recorder, bodies = await self._exchange()
        headers, _ = recorder.seen[0]
        self.assertIn(b"gzip", b",".join(headers[b"Accept-Encoding"]))
        self.assertEqual(bodies, [b"got hi"])

    async def test_host_length_and_the_callers_headers_are_sent_with_the_body(self) -> None:
        recorder, _ = await self._exchange()
        headers, body = recorder.seen[0]
        self.assertEqual(body, b"hi")
        self.assertEqual(headers[b"Content-Length"], [b"2"])
        self.assertEqual(headers[b"Authorization"], [b"Bearer k"])
        self.assertTrue(headers[b"Host"][0].startswith(b"127.0.0.1:"), headers[b"Host"])

    async def test_a_providers_cookie_is_never_sent_back(self) -> None:
        recorder, bodies = await self._exchange(times=2)
        self.assertEqual(bodies, [b"got hi", b"got hi"])
        self.assertNotIn(b"Cookie", recorder.seen[1][0])


class ProxyToAnIPv6ProviderTests(TestCase):
    async def test_a_stream_from_a_provider_at_an_ipv6_address_reaches_the_client(self) -> None:
        provider = FakeProvider()
        try:
            provider.listen("::1")
        except Exception as error:  # a kernel without IPv6 loopback
            raise SkipTest(f"cannot listen on ::1: {error}") from error
        self.addCleanup(provider.stop)
        self.assertTrue(provider.base_url.startswith("http://[::1]:"), provider.base_url)
        proxy = RunningProxy.start(proxy_config(provider))
        self.addCleanup(proxy.stop)
        response = await post_chat_to(proxy.url, STREAM_CHAT)
        body = (await treq.content(response)).decode()
        self.assertEqual(response.code, 200, body)
        self.assertIn("data: [DONE]", body)
        self.assertEqual(len(provider.requests), 1)


_EVENT = b'data: {"choices":[{"index":0,"delta":{"content":"Simmer the sauce"}}]}\n\n'
_CHUNKED_BODIES = {
    "events": b"%x\r\n%s\r\n" % (len(_EVENT), _EVENT) * 3 + b"0\r\n\r\n",
    "upper-case size, leading zeros": b"0A\r\n0123456789\r\n00003\r\nabc\r\n0\r\n\r\n",
    "an extension": b"3;name=value\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
    "trailers": b"3\r\nabc\r\n0\r\nExpires: never\r\n\r\nafter",
    "a size that is not hex": b"3\r\nabc\r\n0x3\r\nabc\r\n0\r\n\r\n",
    "a signed size": b"+3\r\nabc\r\n0\r\n\r\n",
    "an empty size line": b"3\r\nabc\r\n\r\nabc\r\n",
    "no CRLF after the data": b"3\r\nabcX\r\n0\r\n\r\n",
    "a chunk longer than its read": b"10\r\n0123456789abcdef\r\n0\r\n\r\n",
    "a size line too long": b"0" * 1030 + b"3\r\nabc\r\n",
}


def _decoded(decoder_class: type[_ChunkedTransferDecoder], reads: list[bytes]) -> list[tuple[str, bytes]]:
    """What a decoder tells its callbacks, and the error it raises, for C{reads} in order, each read's end marked."""
    told: list[tuple[str, bytes]] = []
    decoder = decoder_class(lambda data: told.append(("data", data)), lambda rest: told.append(("end", rest)))
    try:
        for read in reads:
            decoder.dataReceived(read)
            told.append(("read", b""))
        decoder.noMoreData()
    except Exception as error:
        told.append(("raised", type(error).__name__.encode()))
    return told


class ChunkedDecoderTests(TestCase):
    """
    The upstream parser's chunked decoder reads whole chunks in place, and
    tells its callbacks what Twisted's decoder tells them, for any split of
    a body into reads: the same bytes in the same order, the end and the
    errors at the same points, everything a read brings before that read
    is done; the data of a read's whole chunks in one call, where Twisted's
    makes one per chunk.
    """

    def test_every_split_into_two_or_three_reads_decodes_as_twisteds_decoder(self) -> None:
        for name, body in _CHUNKED_BODIES.items():
            step = max(5, len(body) // 30)  # three-way splits sampled, to keep the test quick
            splits = [[body]] + [[body[:i], body[i:]] for i in range(1, len(body))]
            splits += [
                [body[:i], body[i:j], body[j:]]
                for i in range(1, len(body), step)
                for j in range(i + 1, len(body), step)
            ]
            for reads in splits:
                self.assertEqual(
                    _by_read(_decoded(_ChunkedDecoder, reads)),
                    _by_read(_decoded(_ChunkedTransferDecoder, reads)),
                    (name, reads),
                )

    def test_one_byte_reads_decode_as_twisteds_decoder(self) -> None:
        for name, body in _CHUNKED_BODIES.items():
            reads = [body[i : i + 1] for i in range(len(body))]
            self.assertEqual(
                _by_read(_decoded(_ChunkedDecoder, reads)), _by_read(_decoded(_ChunkedTransferDecoder, reads)), name
            )

    def test_whole_chunks_in_one_read_reach_the_callback_in_one_call(self) -> None:
        body = _CHUNKED_BODIES["events"]
        self.assertEqual(_decoded(_ChunkedDecoder, [body]), [("data", _EVENT * 3), ("end", b""), ("read", b"")])

    def test_the_part_of_a_chunk_after_whole_ones_follows_them_as_twisteds_decoder_gives_it(self) -> None:
        body = _CHUNKED_BODIES["events"]
        cut = body.index(_EVENT, 2 * len(_EVENT)) + 10  # two whole chunks and the first bytes of the third's data
        self.assertEqual(
            _decoded(_ChunkedDecoder, [body[:cut], body[cut:]])[:3],
            [("data", _EVENT * 2), ("data", _EVENT[:10]), ("read", b"")],
        )

    def test_a_body_reaches_its_protocol_as_through_twisteds_own_client(self) -> None:
        for name, body in _CHUNKED_BODIES.items():
            for reads in (
                [body],
                [body[:i] for i in (5, 40)] + [body[40:]],
                [body[i : i + 9] for i in range(0, len(body), 9)],
            ):
                for reenter in (False, True):
                    self.assertEqual(
                        _by_read(_delivered(_ClientProtocol, reads, reenter)),
                        _by_read(_delivered(HTTP11ClientProtocol, reads, reenter)),
                        (name, reads, reenter),
                    )

    def test_the_upstream_connection_decodes_chunked_answers_with_it(self) -> None:
        protocol = _ClientProtocol(lambda connection: None)
        protocol.makeConnection(StringTransport())
        answer = protocol.request(Request(b"POST", b"/v1/chat", Headers({b"host": [b"p"]}), None))
        responses: list[Any] = []
        answer.addCallback(responses.append)
        protocol.dataReceived(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        self.assertEqual(len(responses), 1)
        self.assertIsInstance(protocol._parser.bodyDecoder, _ChunkedDecoder)  # type: ignore[union-attr]


class _PauseCountingTransport(StringTransport):
    """A connection that counts the pauses and resumptions it is asked for (each an C{epoll_ctl} on a socket)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def pauseProducing(self) -> None:
        self.asked.append("pause")
        super().pauseProducing()

    def resumeProducing(self) -> None:
        self.asked.append("resume")
        super().resumeProducing()


_STREAM_HEAD = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
_WHOLE_ANSWER = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"


def _reading(
    protocol_class: type[HTTP11ClientProtocol], first_read: bytes, on_response: Callable[[Any], None]
) -> tuple[HTTP11ClientProtocol, _PauseCountingTransport, list[Any]]:
    """A request answered by C{first_read}, C{on_response} called back with the response in that read."""
    protocol = protocol_class(lambda connection: None)
    transport = _PauseCountingTransport()
    protocol.makeConnection(transport)
    answer = protocol.request(Request(b"POST", b"/v1/chat", Headers({b"host": [b"p"]}), None, persistent=True))
    responses: list[Any] = []
    answer.addCallback(responses.append).addCallback(lambda _: on_response(responses[0]))
    protocol.dataReceived(first_read)
    return protocol, transport, responses


class ReadPauseTests(TestCase):
    """
    Twisted's response parser pauses the provider's connection at a
    response's headers until its body has a protocol; on the proxy's
    connection that pause starts at the end of the read, so a body given its
    protocol in the same read costs no pause and resumption, and the
    connection is otherwise paused and resumed as Twisted's would be.
    """

    def test_a_body_given_its_protocol_in_the_headers_read_never_pauses_the_connection(self) -> None:
        told: list[tuple[str, bytes]] = []
        _, transport, _ = _reading(_ClientProtocol, _STREAM_HEAD, lambda r: r.deliverBody(_BodyRecorder(told, None)))
        self.assertEqual((transport.asked, transport.producerState), ([], "producing"))
        _, twisteds, _ = _reading(HTTP11ClientProtocol, _STREAM_HEAD, lambda r: r.deliverBody(_BodyRecorder([], None)))
        self.assertEqual((twisteds.asked, twisteds.producerState), (["pause", "resume"], "producing"))

    def test_a_body_given_its_protocol_later_is_paused_from_the_reads_end_until_then(self) -> None:
        for protocol_class in (_ClientProtocol, HTTP11ClientProtocol):
            protocol, transport, responses = _reading(protocol_class, _STREAM_HEAD, lambda r: None)
            self.assertEqual(transport.producerState, "paused", protocol_class)
            told: list[tuple[str, bytes]] = []
            responses[0].deliverBody(_BodyRecorder(told, None))
            self.assertEqual(transport.producerState, "producing", protocol_class)
            protocol.dataReceived(b"2\r\nab\r\n")
            self.assertEqual(told[-1], ("data", b"ab"), protocol_class)

    def test_a_whole_answer_never_given_a_protocol_leaves_the_pooled_connection_reading(self) -> None:
        for protocol_class in (_ClientProtocol, HTTP11ClientProtocol):
            protocol, transport, _ = _reading(protocol_class, _WHOLE_ANSWER, lambda r: None)
            self.assertEqual((protocol.state, transport.producerState), ("QUIESCENT", "producing"), protocol_class)
        self.assertEqual(transport.asked, ["pause", "resume"])  # Twisted's

    def test_a_pause_the_body_asks_for_during_the_read_holds_after_it(self) -> None:
        def pausing(response: Any) -> None:
            response.deliverBody(_BodyRecorder([], None))
            response._transport.pauseProducing()  # the relay's, when its client is slow

        for protocol_class in (_ClientProtocol, HTTP11ClientProtocol):
            _, transport, responses = _reading(protocol_class, _STREAM_HEAD, pausing)
            self.assertEqual(transport.producerState, "paused", protocol_class)
            responses[0]._transport.resumeProducing()
            self.assertEqual(transport.producerState, "producing", protocol_class)

    def test_a_pause_asked_for_between_reads_takes_effect_at_once(self) -> None:
        _, transport, responses = _reading(
            _ClientProtocol, _STREAM_HEAD, lambda r: r.deliverBody(_BodyRecorder([], None))
        )
        responses[0]._transport.pauseProducing()
        self.assertEqual((transport.asked, transport.producerState), (["pause"], "paused"))


class RequestWritingTests(TestCase):
    def test_a_body_in_memory_is_sent_with_its_headers_before_the_response_parser_is_made(self) -> None:
        protocol = _ClientProtocol(lambda connection: None)
        transport = StringTransport()
        protocol.makeConnection(transport)
        sends: list[tuple[bytes, bool]] = []
        sending = upstream.sending

        def recorded(to: Any, write: Callable[[], Any]) -> Any:
            result = sending(to, write)
            sends.append((transport.value(), protocol._parser is None))
            return result

        self.patch(upstream, "sending", recorded)
        headers = Headers({b"host": [b"p"]})
        protocol.request(_Request(b"POST", b"/v1/chat", headers, BytesProducer(b'{"a":1}'), persistent=True))
        wire = b'POST /v1/chat HTTP/1.1\r\nContent-Length: 7\r\nHost: p\r\n\r\n{"a":1}'
        self.assertEqual(sends[0], (wire, True))
        self.assertIsNotNone(protocol._parser)

    def test_the_head_and_body_are_the_bytes_twisteds_request_writes(self) -> None:
        for persistent in (True, False):
            for body in (b"", b'{"a":1}'):
                headers = Headers({b"host": [b"p:8080"], b"x-two": [b"1", b"2"], b"Accept-Encoding": [b"gzip"]})
                ours, twisteds = StringTransport(), StringTransport()
                _Request(b"POST", b"/v1/chat?x=1", headers, None, persistent)._write_with_body(ours, body)
                request = Request(b"POST", b"/v1/chat?x=1", headers, None, persistent)
                request._writeHeaders(twisteds, b"Content-Length: %d\r\n" % len(body))
                twisteds.write(body)
                self.assertEqual(ours.value(), twisteds.value())

    def test_a_request_without_exactly_one_host_is_refused_as_twisted_refuses_it(self) -> None:
        for hosts in ([], [b"a", b"b"]):
            headers = Headers({b"host": hosts} if hosts else {})
            transport = StringTransport()
            self.assertRaises(BadHeaders, _Request(b"POST", b"/", headers, None, True)._write_with_body, transport, b"")
            self.assertEqual(transport.value(), b"")

    def test_outgoing_headers_made_at_once_are_twisteds_headers_added_one_by_one(self) -> None:
        pairs: list[tuple[Any, Any]] = [
            (b"authorization", b"Bearer k"),
            (b"X-Request-Id", b"req\r\nX-Injected: 1"),
            (b"x-request-id", b"two\nlines\r"),
            (b"Accept", b""),
            (b"accept", b"a\x0bb"),
            ("X-Text", "caf\u00e9\r\nx"),
        ]
        twisteds = Headers()
        for name, value in pairs:
            twisteds.addRawHeader(name, value)
        self.assertEqual(list(_OutgoingHeaders.of(pairs).getAllRawHeaders()), list(twisteds.getAllRawHeaders()))

    def test_outgoing_headers_copy_as_twisteds_headers_do(self) -> None:
        pairs = [(b"authorization", b"Bearer k"), (b"X-Request-Id", b"req\r\nX-Injected: 1"), (b"Accept", b"a")]
        ours, twisteds = _OutgoingHeaders(), Headers()
        for name, value in pairs:
            ours.addRawHeader(name, value)
            twisteds.addRawHeader(name, value)
        copied, copied_by_twisted = ours.copy(), twisteds.copy()
        copied.addRawHeader(b"accept", b"b")
        copied_by_twisted.addRawHeader(b"accept", b"b")
        self.assertIsInstance(copied, _OutgoingHeaders)
        self.assertEqual(list(copied.getAllRawHeaders()), list(copied_by_twisted.getAllRawHeaders()))
        self.assertEqual(list(ours.getAllRawHeaders()), list(twisteds.getAllRawHeaders()))


class IdleConnectionTests(TestCase):
    """A request to a provider with an idle pooled connection is written on it at once, without a Deferred between."""

    _KEY = (b"http", b"127.0.0.1", 9)

    def _pooled(self, client: UpstreamClient) -> tuple[_ClientProtocol, StringTransport]:
        pool = client._pool
        protocol = _ClientProtocol(lambda connection: pool._putConnection(self._KEY, connection))
        transport = StringTransport()
        protocol.makeConnection(transport)
        pool._putConnection(self._KEY, protocol)
        return protocol, transport

    def test_a_request_is_written_on_the_idle_connection_before_send_returns(self) -> None:
        clock = MemoryReactorClock()
        client = UpstreamClient(clock, connect_timeout=5.0)
        _, transport = self._pooled(client)
        client.send(UpstreamRequest("POST", "http://127.0.0.1:9/v1/chat", ((b"X-A", b"1"),), b"hi"))
        self.assertTrue(transport.value().startswith(b"POST /v1/chat HTTP/1.1\r\n"))
        self.assertTrue(transport.value().endswith(b"\r\n\r\nhi"))
        self.assertEqual(client._pool._connections[self._KEY], [])
        self.assertEqual(clock.getDelayedCalls(), [], "the idle timeout is cancelled")
        self.assertEqual(clock.tcpClients, [], "no new connection is made")

    def test_a_pooled_connection_that_is_not_quiescent_is_passed_over_for_a_new_one(self) -> None:
        clock = MemoryReactorClock()
        client = UpstreamClient(clock, connect_timeout=5.0)
        protocol, transport = self._pooled(client)
        protocol._state = "WAITING"
        self.assertIsNone(client._pool.take_idle(self._KEY))
        client.send(UpstreamRequest("POST", "http://127.0.0.1:9/v1/chat", (), b"hi"))
        self.assertEqual(transport.value(), b"")
        self.assertEqual(len(clock.tcpClients), 1)

    def test_a_pool_that_retries_takes_no_idle_connection_itself(self) -> None:
        clock = MemoryReactorClock()
        client = UpstreamClient(clock, connect_timeout=5.0)
        protocol, _ = self._pooled(client)
        client._pool.retryAutomatically = True
        self.assertIsNone(client._pool.take_idle(self._KEY))
        self.assertEqual(client._pool._connections[self._KEY], [protocol])


class _BodyRecorder(Protocol):
    """Keeps what a response body's protocol is told; with C{reenter}, hands its connection a read while told one."""

    def __init__(self, told: list[tuple[str, bytes]], reenter: Callable[[], None] | None) -> None:
        self.told = told
        self.reenter = reenter

    def dataReceived(self, data: bytes) -> None:
        self.told.append(("data", data))
        reenter, self.reenter = self.reenter, None
        if reenter is not None:
            reenter()

    def connectionLost(self, reason: Failure = connectionDone) -> None:
        self.told.append(("lost", type(reason.value).__name__.encode()))


def _by_read(told: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """C{told} with the data told one after the other (within one read: reads are marked) joined."""
    joined: list[tuple[str, bytes]] = []
    for kind, value in told:
        if kind == "data" and joined and joined[-1][0] == "data":
            joined[-1] = ("data", joined[-1][1] + value)
        else:
            joined.append((kind, value))
    return joined


def _delivered(
    protocol_class: type[HTTP11ClientProtocol], reads: list[bytes], reenter: bool
) -> list[tuple[str, bytes]]:
    """
    What a chunked response body's protocol is told when the provider's
    connection brings C{reads} (with C{reenter}, the second read arrives
    while the protocol is told of the first data), and whether the
    connection was closed.
    """
    protocol = protocol_class(lambda connection: None)
    transport = StringTransport()
    protocol.makeConnection(transport)
    answer = protocol.request(Request(b"POST", b"/v1/chat", Headers({b"host": [b"p"]}), None))
    responses: list[Any] = []
    answer.addCallback(responses.append)
    protocol.dataReceived(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    told: list[tuple[str, bytes]] = []
    rest = list(reads)
    if reenter and len(rest) > 1:
        second = rest.pop(1)
        responses[0].deliverBody(_BodyRecorder(told, lambda: protocol.dataReceived(second)))
    else:
        responses[0].deliverBody(_BodyRecorder(told, None))
    for read in rest:
        protocol.dataReceived(read)
        told.append(("read", b""))
    told.append(("closed", b"yes" if transport.disconnecting else b"no"))
    return told


def _only_cached_connection(client: UpstreamClient) -> object:
    connections = [c for cached in client._pool._connections.values() for c in cached]
    assert len(connections) == 1, connections
    return connections[0]
