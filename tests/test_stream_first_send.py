"""
A stream's first bytes to the client: the response headers leave together
with the events that came with the provider's headers, in one send.
"""

from __future__ import annotations

import json
import socket
from typing import Any

from twisted.internet import reactor
from twisted.internet.task import deferLater
from twisted.trial.unittest import TestCase

from tests.fake_provider import RawBytes, chunk
from tests.proxy_harness import STREAM_CHAT, ProviderAndProxyMixin


def _chunked(*events: bytes) -> bytes:
    return b"".join(b"%x\r\n%b\r\n" % (len(event), event) for event in events) + b"0\r\n\r\n"


FIRST_EVENT = chunk("Hello", role="assistant")
ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n" + _chunked(
    FIRST_EVENT, b"data: [DONE]\n\n"
)
"""The provider's whole answer, headers and events, written at once: the proxy reads it in one read."""


class FirstSendTests(ProviderAndProxyMixin, TestCase):
    async def test_the_headers_and_the_first_event_of_one_provider_read_leave_in_one_send(self) -> None:
        self.provider.behaviour = RawBytes(ANSWER, close=False)
        client = socket.create_connection(("127.0.0.1", self.proxy.port))
        self.addCleanup(client.close)
        for _ in range(200):
            if self.proxy.service.site.channels:
                break
            await deferLater(reactor, 0.005, lambda: None)
        (channel,) = self.proxy.service.site.channels
        sends: list[bytes] = []
        transport: Any = channel.transport
        send = transport.writeSomeData

        def recorded(data: Any) -> Any:
            sends.append(bytes(data))
            return send(data)

        transport.writeSomeData = recorded
        body = json.dumps(STREAM_CHAT).encode()
        client.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: proxy\r\nContent-Type: application/json\r\n"
            b"Connection: close\r\nContent-Length: %d\r\n\r\n%b" % (len(body), body)
        )
        client.setblocking(False)
        received = b""
        for _ in range(1000):
            try:
                data = client.recv(65536)
            except BlockingIOError:
                await deferLater(reactor, 0.005, lambda: None)
                continue
            if not data:
                break
            received += data
        self.assertIn(b"data: [DONE]", received)
        self.assertTrue(sends[0].startswith(b"HTTP/1.1 200 "), sends[0][:40])
        self.assertIn(FIRST_EVENT, sends[0])
