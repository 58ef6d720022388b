"""
Flushing a connection: what was written leaves at once, on a real loopback
socket, instead of on the reactor's next turn.
"""

from __future__ import annotations

import socket
import struct
from typing import Any

from twisted.internet import reactor
from twisted.internet.defer import Deferred
from twisted.internet.error import ConnectionLost
from twisted.internet.interfaces import IPushProducer
from twisted.internet.protocol import ClientFactory, Protocol, connectionDone
from twisted.internet.task import deferLater
from twisted.internet.testing import StringTransport
from twisted.python.failure import Failure
from twisted.trial.unittest import TestCase
from twisted.web._newclient import Request
from twisted.web.http_headers import Headers
from zope.interface import implementer

from koreshield.flush import flush, held_sends, sending, socket_connection, write_held
from koreshield.relay import RequestSink
from koreshield.upstream import BytesProducer, _ClientProtocol


class _Wrapper:
    """A protocol layer over a transport, as TLS is: its own C{transport} is the socket's."""

    def __init__(self, transport: Any) -> None:
        self.transport = transport


class _Connections(TestCase):
    async def connect(self, protocol: Protocol | None = None) -> tuple[Any, socket.socket]:
        """A Twisted TCP connection to a plain socket: (Twisted's transport, the socket at the other end)."""
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        self.addCleanup(listener.close)
        connected: Deferred[None] = Deferred()
        closed: Deferred[None] = Deferred()
        client = protocol or Protocol()
        made, lost = client.connectionMade, client.connectionLost

        def connection_made() -> None:
            made()
            connected.callback(None)

        def connection_lost(reason: Failure) -> None:
            lost(reason)
            closed.callback(None)

        client.connectionMade = connection_made  # type: ignore[method-assign]
        client.connectionLost = connection_lost  # type: ignore[method-assign]
        tcp: Any = reactor
        tcp.connectTCP("127.0.0.1", listener.getsockname()[1], ClientFactory.forProtocol(lambda: client))
        await connected
        peer, _ = listener.accept()
        peer.setblocking(False)
        self.addCleanup(peer.close)

        def close() -> Deferred[None]:
            if client.transport.connected:
                client.transport.abortConnection()
            return closed

        self.addCleanup(close)
        return client.transport, peer


class FlushTests(_Connections):
    async def test_written_bytes_wait_for_the_reactor_unless_flushed(self) -> None:
        transport, peer = await self.connect()
        transport.write(b"hello")
        self.assertRaises(BlockingIOError, peer.recv, 100)
        flush(transport)
        self.assertEqual(peer.recv(100), b"hello")

    async def test_a_transport_under_protocol_layers_is_reached(self) -> None:
        transport, peer = await self.connect()
        transport.write(b"through TLS, say")
        flush(_Wrapper(_Wrapper(transport)))
        self.assertEqual(peer.recv(100), b"through TLS, say")

    async def test_a_closing_connection_is_left_to_the_reactor(self) -> None:
        transport, peer = await self.connect()
        transport.write(b"last words")
        transport.loseConnection()
        flush(transport)
        self.assertRaises(BlockingIOError, peer.recv, 100)

    def test_a_transport_without_a_socket_is_left_alone(self) -> None:
        memory = StringTransport()
        memory.write(b"kept")
        flush(memory)
        flush(object())
        self.assertEqual(memory.value(), b"kept")

    async def test_a_request_to_the_provider_leaves_as_soon_as_it_is_written(self) -> None:
        protocol = _ClientProtocol()
        _, provider = await self.connect(protocol)
        request = Request(b"POST", b"/v1/chat/completions", Headers({b"host": [b"p"]}), BytesProducer(b'{"a":1}'))
        response = protocol.request(request)
        response.addErrback(lambda failure: None)  # the connection is cut at the end of the test
        sent = provider.recv(65536)
        self.assertTrue(sent.startswith(b"POST /v1/chat/completions HTTP/1.1\r\n"), sent)
        self.assertTrue(sent.endswith(b'\r\n\r\n{"a":1}'), sent)


def _watched_for_writing(transport: Any) -> bool:
    """Whether the reactor watches C{transport}'s socket for writability."""
    return transport in reactor.getWriters()  # type: ignore[attr-defined]


async def _read_until_closed(peer: socket.socket) -> bytes:
    """All that C{peer} receives until the other end closes, the reactor running meanwhile."""
    received = b""
    for _ in range(5000):
        try:
            chunk = peer.recv(1 << 20)
        except BlockingIOError:
            await deferLater(reactor, 0.001, lambda: None)
            continue
        if not chunk:
            return received
        received += chunk
    raise AssertionError("the connection was not closed")


async def _receive(peer: socket.socket, size: int) -> int:
    """Receive C{size} bytes on C{peer}, the reactor running meanwhile; the count received."""
    received = 0
    while received < size:
        try:
            received += len(peer.recv(1 << 20))
        except BlockingIOError:
            await deferLater(reactor, 0.001, lambda: None)
    return received


class SendingTests(_Connections):
    """L{sending}: what a write puts on an idle connection is sent at once, without the reactor's help."""

    async def test_what_the_write_wrote_is_sent_and_nothing_is_left_watched(self) -> None:
        transport, peer = await self.connect()
        self.assertEqual(sending(transport, lambda: transport.write(b"hello") or 7), 7)
        self.assertEqual(peer.recv(100), b"hello")
        self.assertFalse(_watched_for_writing(transport))

    async def test_what_the_socket_does_not_take_is_sent_by_the_reactor(self) -> None:
        transport, peer = await self.connect()
        transport.getHandle().setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        big = b"x" * (4 * 1024 * 1024)
        sending(transport, lambda: transport.write(big))
        self.assertTrue(_watched_for_writing(transport))
        self.assertEqual(await _receive(peer, len(big)), len(big))
        self.assertFalse(_watched_for_writing(transport))

    async def test_a_close_asked_for_while_writing_still_happens(self) -> None:
        transport, peer = await self.connect()

        def write_and_close() -> None:
            transport.write(b"last words")
            transport.loseConnection()

        sending(transport, write_and_close)
        self.assertEqual(await _read_until_closed(peer), b"last words")

    async def test_a_connection_with_bytes_waiting_is_flushed_as_before(self) -> None:
        transport, peer = await self.connect()
        transport.write(b"first ")
        sending(transport, lambda: transport.write(b"second"))
        self.assertEqual(peer.recv(100), b"first second")
        self.assertFalse(_watched_for_writing(transport))

    def test_a_transport_without_a_socket_just_gets_the_write(self) -> None:
        memory = StringTransport()
        sending(memory, lambda: memory.write(b"kept"))
        self.assertEqual(memory.value(), b"kept")


class HeldSendsTests(_Connections):
    """
    L{held_sends} and L{write_held}: what one read from a provider brings is
    sent to each client once, at the end of the read, without the reactor's
    watch.
    """

    async def test_writes_during_a_read_leave_together_at_its_end(self) -> None:
        transport, peer = await self.connect()

        def read() -> str:
            write_held(socket_connection(transport), transport.write, b"data: one\n\n")
            write_held(socket_connection(transport), transport.write, b"data: two\n\n")
            self.assertRaises(BlockingIOError, peer.recv, 100)  # not yet: the read is not over
            self.assertFalse(_watched_for_writing(transport))
            return "read"

        self.assertEqual(held_sends(read), "read")
        self.assertEqual(peer.recv(100), b"data: one\n\ndata: two\n\n")
        self.assertFalse(_watched_for_writing(transport))

    async def test_each_connection_written_to_gets_its_bytes(self) -> None:
        first, first_peer = await self.connect()
        second, second_peer = await self.connect()

        def read() -> None:
            write_held(socket_connection(first), first.write, b"to the first")
            write_held(socket_connection(second), second.write, b"to the second")

        held_sends(read)
        self.assertEqual(first_peer.recv(100), b"to the first")
        self.assertEqual(second_peer.recv(100), b"to the second")

    async def test_outside_a_read_it_is_an_ordinary_write(self) -> None:
        transport, peer = await self.connect()
        write_held(socket_connection(transport), transport.write, b"later")
        self.assertTrue(_watched_for_writing(transport))
        self.assertRaises(BlockingIOError, peer.recv, 100)
        await deferLater(reactor, 0.01, lambda: None)
        self.assertEqual(peer.recv(100), b"later")

    async def test_a_read_inside_a_read_leaves_the_sending_to_the_outer_one(self) -> None:
        transport, peer = await self.connect()

        def inner() -> None:
            write_held(socket_connection(transport), transport.write, b"inner ")

        def outer() -> None:
            held_sends(inner)
            self.assertRaises(BlockingIOError, peer.recv, 100)
            write_held(socket_connection(transport), transport.write, b"outer")

        held_sends(outer)
        self.assertEqual(peer.recv(100), b"inner outer")

    async def test_what_was_written_is_sent_even_when_the_read_fails(self) -> None:
        transport, peer = await self.connect()

        def read() -> None:
            write_held(socket_connection(transport), transport.write, b"before the error")
            raise ValueError("a bad read")

        self.assertRaises(ValueError, held_sends, read)
        self.assertEqual(peer.recv(100), b"before the error")
        self.assertFalse(_watched_for_writing(transport))

    async def test_what_the_socket_does_not_take_is_sent_by_the_reactor(self) -> None:
        transport, peer = await self.connect()
        transport.getHandle().setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        big = b"x" * (4 * 1024 * 1024)
        held_sends(lambda: write_held(socket_connection(transport), transport.write, big))
        self.assertTrue(_watched_for_writing(transport))
        self.assertEqual(await _receive(peer, len(big)), len(big))

    async def test_a_close_asked_for_during_the_read_still_happens(self) -> None:
        transport, peer = await self.connect()

        def read() -> None:
            write_held(socket_connection(transport), transport.write, b"last words")
            write_held(socket_connection(transport), lambda _: transport.loseConnection(), None)

        held_sends(read)
        self.assertEqual(await _read_until_closed(peer), b"last words")

    async def test_a_connection_already_waiting_for_the_reactor_is_left_to_it(self) -> None:
        transport, peer = await self.connect()
        transport.write(b"first ")
        held_sends(lambda: write_held(socket_connection(transport), transport.write, b"second"))
        self.assertTrue(_watched_for_writing(transport))
        await deferLater(reactor, 0.01, lambda: None)
        self.assertEqual(peer.recv(100), b"first second")

    def test_a_transport_without_a_socket_just_gets_the_write(self) -> None:
        memory = StringTransport()
        held_sends(lambda: write_held(socket_connection(memory), memory.write, b"kept"))
        self.assertEqual(memory.value(), b"kept")

    async def test_a_providers_read_is_handled_with_its_sends_held(self) -> None:
        protocol = _ClientProtocol()
        _, provider = await self.connect(protocol)
        client, client_peer = await self.connect()
        request = Request(b"POST", b"/v1/chat/completions", Headers({b"host": [b"p"]}), BytesProducer(b"{}"))
        response = await _answered(protocol, request, provider)
        received: list[bytes] = []

        class Body(Protocol):
            def dataReceived(self, data: bytes) -> None:
                write_held(socket_connection(client), client.write, data)
                watched = b" (watched)" if _watched_for_writing(client) else b""
                try:
                    received.append(client_peer.recv(100) + watched)
                except BlockingIOError:
                    received.append(b"(not yet)" + watched)

        response.deliverBody(Body())
        provider.send(b"5\r\nfirst\r\n6\r\nsecond\r\n")
        for _ in range(500):
            if received:
                break
            await deferLater(reactor, 0.001, lambda: None)
        self.assertEqual(received, [b"(not yet)"])  # the read's two chunks, in one call
        self.assertEqual(client_peer.recv(100), b"firstsecond")
        self.assertFalse(_watched_for_writing(client))


async def _answered(protocol: _ClientProtocol, request: Request, provider: socket.socket) -> Any:
    """The response to C{request}, whose chunked body the test sends from C{provider}."""
    response = protocol.request(request)
    provider.recv(65536)
    provider.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    return await response


class _Request:
    """What L{RequestSink} uses of a twisted.web request on a connection: C{write}, C{finish}, C{channel.transport}."""

    def __init__(self, transport: Any) -> None:
        self.channel = _Wrapper(transport)
        self._disconnected = False
        self.finished = False

    def write(self, data: bytes) -> None:
        self.channel.transport.write(data)

    def finish(self) -> None:
        self.channel.transport.write(b"0\r\n\r\n")
        self.finished = True


class RequestSinkTests(_Connections):
    async def test_a_streams_events_and_its_end_leave_at_the_end_of_the_providers_read(self) -> None:
        transport, peer = await self.connect()
        sink = RequestSink(_Request(transport))

        def read() -> None:
            sink.write(b"data: [DONE]\n\n")
            sink.finish()
            self.assertFalse(_watched_for_writing(transport))
            self.assertRaises(BlockingIOError, peer.recv, 100)

        held_sends(read)
        self.assertEqual(peer.recv(100), b"data: [DONE]\n\n0\r\n\r\n")
        self.assertFalse(_watched_for_writing(transport))


async def _receive_bytes(peer: socket.socket, size: int) -> bytes:
    """The C{size} bytes C{peer} receives, the reactor running meanwhile."""
    received = b""
    while len(received) < size:
        try:
            received += peer.recv(1 << 20)
        except BlockingIOError:
            await deferLater(reactor, 0.001, lambda: None)
    return received


@implementer(IPushProducer)
class _Producer:
    """A producer that records what its consumer tells it."""

    def __init__(self) -> None:
        self.told: list[str] = []

    def pauseProducing(self) -> None:
        self.told.append("pause")

    def resumeProducing(self) -> None:
        self.told.append("resume")

    def stopProducing(self) -> None:
        self.told.append("stop")


class SentAtOnceTests(_Connections):
    """
    What a read's writes left in the transport's buffer is sent in one
    C{send()} (L{koreshield.flush._sent}) where the transport's C{doWrite}
    would do no more than that, and by C{doWrite} otherwise: the bytes, the
    buffer left behind, the reactor's watch and the producer are as
    C{doWrite} leaves them.
    """

    async def test_what_the_socket_takes_in_part_waits_in_the_buffer_for_the_reactor(self) -> None:
        transport, peer = await self.connect()
        transport.getHandle().setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        data = bytes(range(256)) * 400  # 100 KB: one send, which the socket takes only part of
        held_sends(lambda: write_held(socket_connection(transport), transport.write, data))
        self.assertTrue(_watched_for_writing(transport))
        self.assertEqual(len(transport.dataBuffer) - transport.offset, len(data) - transport.offset)
        self.assertGreater(transport.offset, 0)
        transport.write(b"and after it")
        self.assertEqual(await _receive_bytes(peer, len(data) + 12), data + b"and after it")
        self.assertFalse(_watched_for_writing(transport))

    async def test_a_producer_paused_by_the_write_is_resumed_once_the_bytes_are_sent(self) -> None:
        transport, peer = await self.connect()
        transport.getHandle().setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
        producer = _Producer()
        transport.registerProducer(producer, True)
        data = b"x" * (transport.bufferSize + 1)  # past the buffer's size: the write pauses the producer
        held_sends(lambda: write_held(socket_connection(transport), transport.write, data))
        self.assertEqual(await _receive(peer, len(data)), len(data))
        await deferLater(reactor, 0.01, lambda: None)
        self.assertEqual(producer.told, ["pause", "resume"])
        self.assertFalse(transport.producerPaused)

    async def test_a_pull_producer_is_asked_for_more_once_the_bytes_are_sent(self) -> None:
        transport, peer = await self.connect()
        producer = _Producer()
        transport.registerProducer(producer, False)  # asks it for the first bytes
        held_sends(lambda: write_held(socket_connection(transport), transport.write, b"pulled"))
        self.assertEqual(peer.recv(100), b"pulled")
        self.assertEqual(producer.told, ["resume", "resume"])

    async def test_a_connection_the_peer_reset_is_lost_the_usual_way(self) -> None:
        lost: Deferred[None] = Deferred()
        reasons: list[Failure] = []

        class Told(Protocol):
            def connectionLost(self, reason: Failure = connectionDone) -> None:
                reasons.append(reason)
                lost.callback(None)

        transport, peer = await self.connect(Told())
        transport.stopReading()  # so that the send, not a read, meets the reset
        peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        peer.close()  # a reset, not a close: the next send fails
        await deferLater(reactor, 0.01, lambda: None)
        held_sends(lambda: write_held(socket_connection(transport), transport.write, b"to nobody"))
        await lost
        self.assertIsInstance(reasons[0].value, ConnectionLost)

    test_a_connection_the_peer_reset_is_lost_the_usual_way.timeout = 10  # type: ignore[attr-defined]
