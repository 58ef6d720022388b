"""
L{AsyncKoreshield}: the scan client for asyncio apps (FastAPI, aiohttp, ...).

test-case-name: tests.test_client_async

Native asyncio streams rather than the blocking client in a thread pool: a
scan then costs no thread hop, and a server handling a thousand requests
at once can have a thousand scans in flight instead of as many as the
pool has threads.  The framing is L{koreshield.client.http11}'s, shared with
the blocking client.  Kept connections belong to the event loop that made
them; used from another loop (one C{asyncio.run} after another), the
client makes new ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import ssl
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, TypeVar

from koreshield.client.calls import BatchItem, Call, batch_calls, messages_call, outcome, scan_call
from koreshield.client.errors import APIConnectionError, APITimeoutError
from koreshield.client.http11 import Answer, AnswerReader, ProtocolError
from koreshield.client.results import ScanResult
from koreshield.client.settings import ClientSettings

T = TypeVar("T")

MAX_IDLE_CONNECTIONS = 32
_READ_SIZE = 65536


class _StaleConnection(Exception):
    """A kept connection turned out closed before the answer began."""


@dataclasses.dataclass(frozen=True)
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    loop: asyncio.AbstractEventLoop

    def abort(self) -> None:
        with contextlib.suppress(RuntimeError):  # its loop may be closed already
            self.writer.transport.abort()


class AsyncKoreshield:
    """
    The asyncio twin of L{koreshield.client.Koreshield}: the same
    arguments and methods, each a coroutine.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float = 30,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = ClientSettings.resolve(api_key, base_url, timeout)
        self._ssl_context = self.settings.tls_context(ssl_context)
        self._idle: list[_Connection] = []
        self._closed = False

    async def scan(self, content: str, sensitivity: str | None = None, *, role: str | None = None) -> ScanResult:
        """Scan one text; see L{koreshield.client.Koreshield.scan}."""
        return await self._perform(scan_call(content, sensitivity, role))

    async def scan_messages(self, messages: Sequence[Mapping[str, Any]], sensitivity: str | None = None) -> ScanResult:
        """Scan a whole conversation, given as chat-completions messages."""
        return await self._perform(messages_call(messages, sensitivity))

    async def scan_batch(
        self, items: Iterable[BatchItem], sensitivity: str | None = None, *, role: str | None = None
    ) -> list[ScanResult]:
        """Scan many texts in one call; see L{koreshield.client.Koreshield.scan_batch}."""
        results: list[ScanResult] = []
        for call in batch_calls(items, sensitivity, role):
            results += await self._perform(call)
        return results

    async def aclose(self) -> None:
        """Close the kept connections; the client must not be used after."""
        self._closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            connection.abort()

    async def __aenter__(self) -> AsyncKoreshield:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _perform(self, call: Call[T]) -> T:
        settings = self.settings
        request = call.request_bytes(settings)
        try:
            answer = await asyncio.wait_for(self._exchange(request), settings.timeout)
        except asyncio.TimeoutError:
            raise APITimeoutError(f"no answer from {settings.base_url} within the timeout") from None
        return outcome(call, answer.status, answer.headers, answer.body)

    async def _exchange(self, request: bytes) -> Answer:
        connection = self._take_idle()
        if connection is not None:
            try:
                return await self._exchange_on(connection, request, reused=True)
            except _StaleConnection:
                pass
        return await self._exchange_on(await self._connect(), request, reused=False)

    async def _exchange_on(self, connection: _Connection, request: bytes, reused: bool) -> Answer:
        reader = AnswerReader()
        try:
            connection.writer.write(request)
            await connection.writer.drain()
            answer = None
            while answer is None:
                data = await connection.reader.read(_READ_SIZE)
                answer = reader.feed(data) if data else reader.feed_eof()
        except BaseException as error:
            connection.abort()
            if not isinstance(error, (OSError, ProtocolError)):
                raise
            if reused and not reader.received_anything:
                raise _StaleConnection() from error
            raise APIConnectionError(f"the exchange with {self.settings.base_url} failed: {error}") from error
        if answer.reusable and not self._closed and len(self._idle) < MAX_IDLE_CONNECTIONS:
            self._idle.append(connection)
        else:
            connection.abort()
        return answer

    async def _connect(self) -> _Connection:
        settings = self.settings
        try:
            reader, writer = await asyncio.open_connection(
                settings.host,
                settings.port,
                ssl=self._ssl_context,
                server_hostname=settings.host if self._ssl_context is not None else None,
            )
        except OSError as error:
            raise APIConnectionError(f"could not connect to {settings.base_url}: {error}") from error
        return _Connection(reader, writer, asyncio.get_running_loop())

    def _take_idle(self) -> _Connection | None:
        if self._closed:
            raise APIConnectionError("the client is closed")
        loop = asyncio.get_running_loop()
        while self._idle:
            connection = self._idle.pop()
            if connection.loop is loop and not connection.reader.at_eof():
                return connection
            connection.abort()
        return None
