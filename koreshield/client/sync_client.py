"""
L{Koreshield}: the blocking scan client, standard library only.

test-case-name: tests.test_client_sync

Requests go over keep-alive connections kept in a small pool, so a scan
costs one round trip rather than a TCP handshake each time; the client is
safe to share between threads (each request borrows its own connection).
A kept connection the proxy has meanwhile closed is noticed before any
answer byte arrives, and the request is sent once more on a new one: scans
change nothing on the proxy, so sending one twice is harmless.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, TypeVar

from koreshield.client.calls import BatchItem, Call, batch_calls, messages_call, outcome, scan_call
from koreshield.client.errors import APIConnectionError, APITimeoutError
from koreshield.client.http11 import Answer, AnswerReader, ProtocolError
from koreshield.client.results import ScanResult
from koreshield.client.settings import ClientSettings

T = TypeVar("T")

MAX_IDLE_CONNECTIONS = 8
_READ_SIZE = 65536


class _StaleConnection(Exception):
    """A kept connection turned out closed before the answer began."""


class Koreshield:
    """
    A client for KoreShield's scan API (C{POST /v1/scan}, C{/v1/scan/batch}).

    @param api_key: the client key; defaults to C{$KORESHIELD_API_KEY}
        (none: for a proxy without client keys).
    @param base_url: the proxy; defaults to C{$KORESHIELD_BASE_URL}, else
        C{http://localhost:8000}.  The OpenAI-style form ending in C{/v1}
        works too.
    @param timeout: seconds for a whole request.
    @param ssl_context: for C{https} URLs, e.g. one trusting a private CA;
        defaults to the system's trust store.
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
        self._idle: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False

    def scan(self, content: str, sensitivity: str | None = None, *, role: str | None = None) -> ScanResult:
        """
        Scan one text.

        @param sensitivity: C{"low"}, C{"medium"} or C{"high"}; the proxy's
            configured level when L{None}.
        @param role: whose text it is (C{"user"}, the default; C{"system"},
            C{"assistant"}, C{"tool"}, C{"document"} for retrieved content).
        @raise KoreshieldError: see L{koreshield.client.errors}.
        """
        return self._perform(scan_call(content, sensitivity, role))

    def scan_messages(self, messages: Sequence[Mapping[str, Any]], sensitivity: str | None = None) -> ScanResult:
        """Scan a whole conversation, given as chat-completions messages."""
        return self._perform(messages_call(messages, sensitivity))

    def scan_batch(
        self, items: Iterable[BatchItem], sensitivity: str | None = None, *, role: str | None = None
    ) -> list[ScanResult]:
        """
        Scan many texts (or C{/v1/scan} request mappings) in one call; the
        results are in the same order.  More than 100 items are sent as
        several requests, one after another.
        """
        results: list[ScanResult] = []
        for call in batch_calls(items, sensitivity, role):
            results += self._perform(call)
        return results

    def close(self) -> None:
        """Close the kept connections; the client must not be used after."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    def __enter__(self) -> Koreshield:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def _perform(self, call: Call[T]) -> T:
        settings = self.settings
        request = call.request_bytes(settings)
        answer = self._exchange(request, time.monotonic() + settings.timeout)
        return outcome(call, answer.status, answer.headers, answer.body)

    def _exchange(self, request: bytes, deadline: float) -> Answer:
        connection = self._take_idle()
        if connection is not None:
            try:
                return self._exchange_on(connection, request, deadline, reused=True)
            except _StaleConnection:
                pass
        return self._exchange_on(self._connect(deadline), request, deadline, reused=False)

    def _exchange_on(self, connection: socket.socket, request: bytes, deadline: float, reused: bool) -> Answer:
        reader = AnswerReader()
        try:
            connection.settimeout(_remaining(deadline))
            connection.sendall(request)
            answer = None
            while answer is None:
                connection.settimeout(_remaining(deadline))
                data = connection.recv(_READ_SIZE)
                answer = reader.feed(data) if data else reader.feed_eof()
        except BaseException as error:
            connection.close()
            if isinstance(error, TimeoutError):
                raise APITimeoutError(f"no answer from {self.settings.base_url} within the timeout") from None
            if not isinstance(error, (OSError, ProtocolError)):
                raise
            if reused and not reader.received_anything:
                raise _StaleConnection() from error
            raise APIConnectionError(f"the exchange with {self.settings.base_url} failed: {error}") from error
        if answer.reusable:
            self._put_idle(connection)
        else:
            connection.close()
        return answer

    def _connect(self, deadline: float) -> socket.socket:
        settings = self.settings
        try:
            connection = socket.create_connection((settings.host, settings.port), timeout=_remaining(deadline))
        except TimeoutError:
            raise APITimeoutError(f"could not connect to {settings.base_url} within the timeout") from None
        except OSError as error:
            raise APIConnectionError(f"could not connect to {settings.base_url}: {error}") from error
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._ssl_context is None:
            return connection
        try:
            connection.settimeout(_remaining(deadline))
            return self._ssl_context.wrap_socket(connection, server_hostname=settings.host)
        except BaseException as error:
            connection.close()
            if isinstance(error, TimeoutError):
                raise APITimeoutError(f"TLS with {settings.base_url} did not complete within the timeout") from None
            if isinstance(error, OSError):
                raise APIConnectionError(f"TLS with {settings.base_url} failed: {error}") from error
            raise

    def _take_idle(self) -> socket.socket | None:
        with self._lock:
            if self._closed:
                raise APIConnectionError("the client is closed")
            return self._idle.pop() if self._idle else None

    def _put_idle(self, connection: socket.socket) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < MAX_IDLE_CONNECTIONS:
                self._idle.append(connection)
                return
        connection.close()


def _remaining(deadline: float) -> float:
    """Seconds left before C{deadline}; a timeout when none are."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError()
    return left
