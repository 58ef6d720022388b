"""
Serve a fake provider on a loopback port and talk to it with treq, for tests
that need the real bytes on a real socket.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import treq
from twisted.internet import reactor
from twisted.trial.unittest import TestCase
from twisted.web.client import HTTPConnectionPool
from twisted.web.iweb import IResponse
from twisted.web.resource import Resource
from twisted.web.server import Site

from koreshield.sse import EventFramer, parse_events


class Loopback:
    """
    A resource listening on 127.0.0.1, port 0, torn down with the test.

    @ivar deliveries: for the last L{stream}, the events of each chunk of body
        bytes as it arrived, so tests can see that events came apart in time.
    """

    def __init__(self, test: TestCase, resource: Resource) -> None:
        tcp: Any = reactor  # twisted's reactor module attribute is untyped
        port = tcp.listenTCP(0, Site(resource), interface="127.0.0.1")
        test.addCleanup(port.stopListening)
        self.base = f"http://127.0.0.1:{port.getHost().port}"
        self._pool = HTTPConnectionPool(reactor, persistent=False)
        test.addCleanup(self._pool.closeCachedConnections)
        self.deliveries: list[list[tuple[str | None, str]]] = []

    async def post(self, path: str, body: dict[str, Any], headers: Mapping[str, str]) -> IResponse:
        return await treq.post(self.base + path, json=body, headers=_headers(headers), pool=self._pool)

    async def get(self, path: str, headers: Mapping[str, str]) -> IResponse:
        return await treq.get(self.base + path, headers=_headers(headers), pool=self._pool)

    async def stream(
        self, path: str, body: dict[str, Any], headers: dict[str, str], translator: Any
    ) -> list[dict[str, Any]]:
        """
        POST, split the SSE answer as it arrives and feed each event to the
        translator, returning its chunks.  Ends with C{translator.finish()},
        as the relay will on a clean end of body.  A connection lost midway
        fails with treq's error after the chunks that did arrive were fed.
        """
        response = await self.post(path, body, headers)
        framer = EventFramer()
        chunks: list[dict[str, Any]] = []
        self.deliveries = []

        def received(data: bytes) -> None:
            events = list(parse_events(framer.feed(data)))
            self.deliveries.append(events)
            for name, event_data in events:
                chunks.extend(translator.event(name, event_data))

        await treq.collect(response, received)
        chunks.extend(translator.finish())
        return chunks


def _headers(headers: Mapping[str, str]) -> dict[bytes | str, bytes | str]:
    return {name: value for name, value in headers.items()}
