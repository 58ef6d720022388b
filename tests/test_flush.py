"""
Flushing a connection: what was written leaves at once, on a real loopback
socket, instead of on the reactor's next turn.
"""

from __future__ import annotations

import socket
from typing import Any

from twisted.internet import reactor
from twisted.internet.defer import Deferred
from twisted.internet.protocol import ClientFactory, Protocol
from twisted.internet.task import deferLater
from twisted.internet.testing import StringTransport
from twisted.python.failure import Failure
from twisted.trial.unittest import TestCase
from twisted.web._newclient import Request
from twisted.web.http_headers import Headers

from koreshield.flush import flush, sending
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
        received = 0
        while received < len(big):
            try:
                received += len(peer.recv(1 << 20))
            except BlockingIOError:
                await deferLater(reactor, 0.001, lambda: None)
        self.assertEqual(received, len(big))
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
