"""
Run the real proxy in-process, on a real loopback port, for end-to-end tests.

The proxy, the fake provider and the test's client share the reactor, so a
test is deterministic about ordering yet every byte crosses real sockets.
Clients that block (the OpenAI SDK) run in a thread (L{in_thread}).
"""

from __future__ import annotations

import itertools
import json
import socket
import time
from typing import Any

import openai
import treq
from twisted.internet import reactor, threads
from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.internet.protocol import Protocol
from twisted.internet.task import deferLater
from twisted.python.failure import Failure

from koreshield.config import settings_from_mapping
from koreshield.service import KoreShieldService
from tests.fake_provider import API_KEY, FakeProvider


class RunningProxy:
    """A started L{KoreShieldService} listening on an ephemeral port."""

    def __init__(self, service: KoreShieldService) -> None:
        self.service = service
        self.port = service.public_port.getHost().port  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{self.port}"

    @classmethod
    def start(cls, config: dict[str, Any]) -> RunningProxy:
        config = dict(config)
        config.setdefault("server", {})
        config["server"] = {"listen": "tcp:0:interface=127.0.0.1", "drain_timeout": 0, **config["server"]}
        config.setdefault("logging", {"json_logs": True, "level": "warn"})
        service = KoreShieldService(settings_from_mapping(config, environ={}), reactor=reactor)
        service.privilegedStartService()
        service.startService()
        return cls(service)

    def stop(self) -> Deferred[Any]:
        return self.service.stopService()


def proxy_config(provider: FakeProvider, **overrides: Any) -> dict[str, Any]:
    """A configuration forwarding to C{provider}."""
    config: dict[str, Any] = {
        "providers": {"fake": {"base_url": provider.base_url, "api_key": API_KEY}},
        "default_provider": "fake",
    }
    for key, value in overrides.items():
        config[key] = value
    return config


class ProviderMixin:
    """setUp: a fake provider, stopped with the test (for tests that run the proxy themselves)."""

    timeout = 60

    def setUp(self) -> Any:
        self.provider = FakeProvider()
        self.provider.listen()
        self.addCleanup(self.provider.stop)  # type: ignore[attr-defined]
        return None


class ProviderAndProxyMixin:
    """
    setUp: a fake provider and a proxy in front of it; tearDown: both gone,
    and no connection left behind.
    """

    proxy_overrides: dict[str, Any] = {}
    timeout = 30

    @inlineCallbacks
    def setUp(self) -> Any:
        self.provider = FakeProvider()
        self.provider.listen()
        self.proxy = RunningProxy.start(proxy_config(self.provider, **self.proxy_overrides))
        self.addCleanup(self.provider.stop)
        self.addCleanup(self.proxy.stop)
        yield None

    def post_chat(self, body: dict[str, Any] | bytes, headers: dict[str, str] | None = None) -> Deferred[Any]:
        return post_chat_to(self.proxy.url, body, headers)

    def sdk(self, call: Any) -> Deferred[Any]:
        """C{call(client)} in a thread, with an OpenAI SDK client pointed at the proxy (no retries, 10 s timeout)."""

        def run() -> Any:
            client = openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="sk-client-side", max_retries=0, timeout=10)
            return call(client)

        return in_thread(run)


def post_chat_to(
    base_url: str, body: dict[str, Any] | bytes, headers: dict[str, str] | None = None, **treq_options: Any
) -> Deferred[Any]:
    """POST a chat completion to C{base_url} on a connection of its own; fires with the response."""
    return post_json_to(base_url + "/v1/chat/completions", body, headers, **treq_options)


def post_json_to(
    url: str, body: dict[str, Any] | bytes, headers: dict[str, str] | None = None, **treq_options: Any
) -> Deferred[Any]:
    """POST a JSON body (or raw bytes) to C{url} on a connection of its own; fires with the response."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    return treq.post(url, data=data, headers=all_headers, unbuffered=True, persistent=False, **treq_options)


CHAT = {"model": "fake-model", "messages": [{"role": "user", "content": "Say hello."}]}
STREAM_CHAT = {**CHAT, "stream": True}


class ArrivalRecorder(Protocol):
    """
    A response body protocol that records when each piece arrived, and
    can hang up on demand.
    """

    def __init__(self) -> None:
        self.pieces: list[tuple[float, bytes]] = []
        self.done: Deferred[None] = Deferred()
        self.first_piece: Deferred[None] = Deferred()
        self.reason: Failure | None = None
        self.on_data: Any = None

    def dataReceived(self, data: bytes) -> None:
        self.pieces.append((time.monotonic(), data))
        if not self.first_piece.called:
            self.first_piece.callback(None)
        if self.on_data is not None:
            self.on_data(self)

    def event_gaps(self) -> list[float]:
        """Seconds between the arrivals of consecutive SSE events (0 for events that came together)."""
        arrivals: list[float] = []
        for at, piece in self.pieces:
            arrivals.extend([at] * piece.count(b"\n\n"))
        return [later - earlier for earlier, later in itertools.pairwise(arrivals)]

    def connectionLost(self, reason: Failure) -> None:
        self.reason = reason
        self.done.callback(None)

    @property
    def body(self) -> bytes:
        return b"".join(piece for _, piece in self.pieces)

    def hang_up(self) -> None:
        self.transport.stopProducing()  # type: ignore[union-attr]


@inlineCallbacks
def stream_started(base_url: str, body: dict[str, Any] = STREAM_CHAT, **treq_options: Any) -> Any:
    """POST a streamed chat completion; fires with its L{ArrivalRecorder} once the first bytes arrived."""
    response = yield post_chat_to(base_url, body, **treq_options)
    recorder = ArrivalRecorder()
    response.deliverBody(recorder)
    yield recorder.first_piece
    return recorder


def in_thread(function: Any, *args: Any, **kwargs: Any) -> Deferred[Any]:
    """Run a blocking client call off the reactor thread."""
    return threads.deferToThread(function, *args, **kwargs)


def posted_socket(
    port: int,
    body: dict[str, Any],
    path: str = "/v1/chat/completions",
    headers: dict[str, str] | None = None,
    receive_buffer: int | None = None,
) -> socket.socket:
    """
    A blocking socket that has sent C{body} as a JSON POST to the proxy on
    C{port} and read nothing yet: a client that may leave at any moment or,
    with a small C{receive_buffer}, stop reading (the caller closes it).
    """
    client = socket.socket()
    if receive_buffer is not None:
        client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    client.connect(("127.0.0.1", port))
    data = json.dumps(body).encode()
    lines = [f"POST {path} HTTP/1.1", "Host: x", "Content-Type: application/json"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    lines.append(f"Content-Length: {len(data)}")
    client.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + data)
    return client


@inlineCallbacks
def until_provider_stops_sending(provider: FakeProvider, quiet: float = 0.3) -> Any:
    """Fires once C{provider} has sent nothing more for C{quiet} seconds (what it sent: C{bytes_sent})."""
    previous = -1
    while provider.bytes_sent != previous:
        previous = provider.bytes_sent
        yield deferLater(reactor, quiet, lambda: None)


def userspace_buffered_bytes() -> int:
    """Bytes waiting in every transport's write buffer in this process."""
    return sum(
        len(getattr(t, "dataBuffer", b"")) + getattr(t, "_tempDataLen", 0)
        for t in set(reactor.getWriters() + reactor.getReaders())  # type: ignore[attr-defined]
    )


def received_until_closed(client: socket.socket, *, or_quiet: bool = False) -> bytes:
    """
    Everything the server sends on C{client} (a blocking socket with a
    timeout) until it closes the connection, when a timeout is an error; or,
    with C{or_quiet}, until the socket's timeout passes with nothing new
    (for what must arrive without the server closing).
    """
    received = b""
    try:
        while piece := client.recv(65536):
            received += piece
    except TimeoutError:
        if not or_quiet:
            raise
    return received


def events_of(body: bytes) -> list[bytes]:
    """The SSE events in a body, each with its terminating blank line."""
    return [e + b"\n\n" for e in body.split(b"\n\n") if e]


def sse_data(body: bytes) -> list[Any]:
    """The decoded C{data:} payloads of a body (C{[DONE]} kept as a string)."""
    payloads: list[Any] = []
    for event in events_of(body):
        for line in event.split(b"\n"):
            if line.startswith(b"data: "):
                raw = line[6:]
                payloads.append("[DONE]" if raw == b"[DONE]" else json.loads(raw))
    return payloads


def assert_spread_out(test: Any, gaps: list[float], sent_apart: float) -> None:
    """
    Events the provider sent C{sent_apart} seconds apart arrived apart too:
    the typical gap is close to it, and at most one gap collapsed (a
    scheduling hiccup on a loaded machine can deliver two events in one read;
    a proxy that buffers or batches collapses many).
    """
    collapsed = [gap for gap in gaps if gap < sent_apart * 0.6]
    test.assertLessEqual(len(collapsed), 1, gaps)
    test.assertGreater(sorted(gaps)[len(gaps) // 2], sent_apart * 0.8, gaps)
