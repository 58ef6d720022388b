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
from twisted.internet.testing import StringTransport
from twisted.python.failure import Failure
from twisted.trial.unittest import TestCase
from twisted.web._newclient import Request
from twisted.web.http_headers import Headers

from koreshield.flush import flush
from koreshield.upstream import BytesProducer, _ClientProtocol


class _Wrapper:
    """A protocol layer over a transport, as TLS is: its own C{transport} is the socket's."""

    def __init__(self, transport: Any) -> None:
        self.transport = transport


class FlushTests(TestCase):
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
