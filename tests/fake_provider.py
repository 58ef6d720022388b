"""
A small OpenAI-compatible provider for end-to-end tests, scripted per test.

It listens on a real loopback port, records every request it receives, and
answers according to its current L{Behaviour}: stream events with gaps,
answer JSON with any status, break the connection at a chosen moment, or
say nothing at all.  It also tells the test when the proxy closed a
connection it was still answering on.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from twisted.internet import reactor as global_reactor
from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IDelayedCall, IPushProducer
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET, Site
from zope.interface import implementer

API_KEY = "sk-fake-provider-key-0123456789abcdef"


def chunk(content: str | None = None, role: str | None = None, finish: str | None = None, index: int = 0) -> bytes:
    """One chat.completion.chunk event, encoded as the provider sends it."""
    delta: dict[str, Any] = {}
    if role is not None:
        delta["role"] = role
    if content is not None:
        delta["content"] = content
    event = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "fake-model",
        "choices": [{"index": index, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


def usage_chunk(prompt_tokens: int, completion_tokens: int) -> bytes:
    event = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "fake-model",
        "choices": [],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


DONE = b"data: [DONE]\n\n"


def answer_events(words: list[str]) -> list[bytes]:
    """A whole, well-formed streamed answer: role, one chunk per word, stop, DONE."""
    return [chunk("", role="assistant")] + [chunk(w) for w in words] + [chunk(finish="stop"), DONE]


def completion(content: str = "Hello there.") -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "fake-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
    }


def embeddings(*vectors: list[float], model: str = "fake-embedder") -> dict[str, Any]:
    """An embeddings answer, one vector per input."""
    data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": 4, "total_tokens": 4}}


_TEXT_COMPLETION_HEAD = {
    "id": "cmpl-fake",
    "object": "text_completion",
    "created": 1700000000,
    "model": "fake-instruct",
}


def text_completion(text: str = "Once upon a time.") -> dict[str, Any]:
    """A legacy (C{/v1/completions}) answer."""
    choice = {"text": text, "index": 0, "logprobs": None, "finish_reason": "stop"}
    usage = {"prompt_tokens": 5, "completion_tokens": 4, "total_tokens": 9}
    return {**_TEXT_COMPLETION_HEAD, "choices": [choice], "usage": usage}


def text_chunk(text: str, finish: str | None = None) -> bytes:
    """One event of a streamed legacy completion."""
    choice = {"text": text, "index": 0, "logprobs": None, "finish_reason": finish}
    event = {**_TEXT_COMPLETION_HEAD, "choices": [choice]}
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


RESPONSE_USAGE = {"input_tokens": 7, "output_tokens": 4, "total_tokens": 11}


def response_object(text: str = "Hello there.", status: str = "completed") -> dict[str, Any]:
    """A Responses API (C{/v1/responses}) answer: one message item with one output_text part."""
    content = [{"type": "output_text", "text": text, "annotations": []}]
    item = {"id": "msg_fake", "type": "message", "status": status, "role": "assistant", "content": content}
    return {
        "id": "resp_fake",
        "object": "response",
        "created_at": 1700000000,
        "status": status,
        "error": None,
        "incomplete_details": None,
        "model": "fake-model",
        "output": [item],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": RESPONSE_USAGE,
    }


def typed_event(event: dict[str, Any]) -> bytes:
    """One Responses API stream event: named by its type, compact JSON."""
    data = json.dumps(event, separators=(",", ":")).encode()
    return b"event: " + event["type"].encode() + b"\ndata: " + data + b"\n\n"


def response_events(pieces: list[str], completed: bool = True) -> list[bytes]:
    """
    A streamed Responses answer as OpenAI sends it: created, the message
    item and its part added, one delta per piece, the closing events that
    repeat the whole text, and (unless not C{completed}) response.completed
    with the usage.  No C{[DONE]}.
    """
    text = "".join(pieces)
    where = {"item_id": "msg_fake", "output_index": 0, "content_index": 0}
    whole = response_object(text)
    events = [
        {"type": "response.created", "response": {**whole, "status": "in_progress", "output": [], "usage": None}},
        {"type": "response.output_item.added", "output_index": 0, "item": {**whole["output"][0], "content": []}},
        {"type": "response.content_part.added", **where, "part": {"type": "output_text", "text": ""}},
        *({"type": "response.output_text.delta", **where, "delta": piece} for piece in pieces),
        {"type": "response.output_text.done", **where, "text": text},
        {"type": "response.content_part.done", **where, "part": whole["output"][0]["content"][0]},
        {"type": "response.output_item.done", "output_index": 0, "item": whole["output"][0]},
    ]
    if completed:
        events.append({"type": "response.completed", "response": whole})
    return [typed_event({**event, "sequence_number": number}) for number, event in enumerate(events)]


@dataclasses.dataclass
class Behaviour:
    """Base: answer a normal chat completion, streamed or not, at once."""


@dataclasses.dataclass
class Stream(Behaviour):
    """
    Stream C{events}, C{gap} seconds apart after C{first_delay}; then
    C{ending}: "finish" (normal end), "reset" (abort the TCP connection),
    "stall" (send nothing more, keep the connection open).
    """

    events: list[bytes]
    gap: float = 0.0
    first_delay: float = 0.0
    ending: str = "finish"


@dataclasses.dataclass
class Reply(Behaviour):
    """Answer C{status} with a JSON C{body} (and extra headers)."""

    status: int = 200
    body: Any = dataclasses.field(default_factory=completion)
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    content_type: str = "application/json"


@dataclasses.dataclass
class ByStreaming(Behaviour):
    """Answer requests asking for a stream with C{streamed}, the others with C{plain}."""

    streamed: Behaviour
    plain: Behaviour


@dataclasses.dataclass
class ByRequest(Behaviour):
    """Answer each request as C{choose(request)} says: by path, model, body..."""

    choose: Callable[[ReceivedRequest], Behaviour]


@dataclasses.dataclass
class Silent(Behaviour):
    """Read the request, never answer."""


@dataclasses.dataclass
class RawBytes(Behaviour):
    """Write C{data} straight to the socket (status line and all), then close or not."""

    data: bytes
    close: bool = True


@dataclasses.dataclass
class Firehose(Behaviour):
    """
    Stream C{total_bytes} of events as fast as the proxy will take them,
    respecting backpressure (so what it has written is what the proxy and
    the kernel have accepted).  Each event's content begins with its number
    (L{firehose_numbers}), eight digits, so their order can be checked.
    """

    total_bytes: int
    event_bytes: int = 1024


def firehose_numbers(body: bytes) -> list[int]:
    """The numbers of the L{Firehose} events in a stream's C{body}, in the order they came."""
    numbers = []
    for line in body.split(b"\n"):
        if line.startswith(b"data: {"):
            content = json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
            numbers.append(int(content[:8]))
    return numbers


@dataclasses.dataclass
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, list[str]]
    body: bytes
    uri: str = ""

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[-1] if values else None


class _ChatResource(Resource):
    isLeaf = True

    def __init__(self, provider: FakeProvider) -> None:
        super().__init__()
        self._provider = provider

    def render_GET(self, request: Any) -> Any:
        return self.render_POST(request)

    def render_DELETE(self, request: Any) -> Any:
        return self.render_POST(request)

    def render_POST(self, request: Any) -> Any:
        provider = self._provider
        body = request.content.read()
        headers = {k.decode().lower(): [v.decode() for v in vs] for k, vs in request.requestHeaders.getAllRawHeaders()}
        provider.requests.append(
            ReceivedRequest(request.method.decode(), request.path.decode(), headers, body, request.uri.decode())
        )
        provider.answering += 1
        request.notifyFinish().addBoth(provider._request_ended)
        behaviour = provider.behaviour
        if request.path.endswith(b"/models") and not isinstance(behaviour, (Reply, RawBytes, Silent)):
            behaviour = Reply(body={"object": "list", "data": [{"id": "fake-model", "object": "model"}]})
        wants_stream = b'"stream":true' in body.replace(b" ", b"")
        if isinstance(behaviour, ByRequest):
            behaviour = behaviour.choose(provider.requests[-1])
        if isinstance(behaviour, ByStreaming):
            behaviour = behaviour.streamed if wants_stream else behaviour.plain
        if type(behaviour) is Behaviour:
            behaviour = Stream(answer_events(["Hello", " there", "."])) if wants_stream else Reply()
        if isinstance(behaviour, Reply):
            request.setResponseCode(behaviour.status)
            request.setHeader(b"Content-Type", behaviour.content_type.encode())
            for name, value in behaviour.headers.items():
                request.setHeader(name.encode(), value.encode())
            payload = behaviour.body if isinstance(behaviour.body, bytes) else json.dumps(behaviour.body).encode()
            return payload
        if isinstance(behaviour, Silent):
            return NOT_DONE_YET
        if isinstance(behaviour, RawBytes):
            request.channel.transport.write(behaviour.data)
            if behaviour.close:
                request.channel.transport.loseConnection()
            return NOT_DONE_YET
        request.setHeader(b"Content-Type", b"text/event-stream")
        request.setHeader(b"Cache-Control", b"no-cache")
        if isinstance(behaviour, Firehose):
            _FirehoseWriter(provider, request, behaviour).start()
        else:
            _StreamWriter(provider, request, behaviour).start()
        return NOT_DONE_YET


class _StreamWriter:
    def __init__(self, provider: FakeProvider, request: Any, behaviour: Stream) -> None:
        self._provider = provider
        self._request = request
        self._behaviour = behaviour
        self._next = 0
        self._call: IDelayedCall | None = None
        self._gone = False
        request.notifyFinish().addErrback(self._reader_gone)

    def start(self) -> None:
        self._request.write(b"")
        self._call = self._provider.clock.callLater(self._behaviour.first_delay, self._send)

    def _send(self) -> None:
        self._call = None
        if self._gone:
            return
        events = self._behaviour.events
        if self._next < len(events):
            self._request.write(events[self._next])
            self._provider.events_sent += 1
            self._next += 1
            if self._next < len(events):
                self._call = self._provider.clock.callLater(self._behaviour.gap, self._send)
                return
        ending = self._behaviour.ending
        if ending == "finish":
            self._request.finish()
        elif ending == "reset":
            # Let the events written so far leave first: an abort drops
            # whatever is still in the write buffer.
            transport = self._request.channel.transport
            self._provider.clock.callLater(0.05, transport.abortConnection)
        # "stall": do nothing, ever.

    def _reader_gone(self, reason: Any) -> None:
        self._gone = True
        if self._call is not None and self._call.active():
            self._call.cancel()


@implementer(IPushProducer)
class _FirehoseWriter:
    def __init__(self, provider: FakeProvider, request: Any, behaviour: Firehose) -> None:
        self._provider = provider
        self._request = request
        self._behaviour = behaviour
        self._paused = False
        self._done = False
        padding = "x" * max(0, behaviour.event_bytes - 128)
        self._before, self._after = chunk("NNNNNNNN" + padding).split(b"NNNNNNNN", 1)
        request.notifyFinish().addErrback(lambda _: self.stopProducing())

    def start(self) -> None:
        self._request.registerProducer(self, True)
        self._provider.clock.callLater(0, self._pump)

    def _pump(self) -> None:
        while not self._paused and not self._done:
            if self._provider.bytes_sent >= self._behaviour.total_bytes:
                self._done = True
                self._request.unregisterProducer()
                self._request.write(DONE)
                self._request.finish()
                return
            event = b"%s%08d%s" % (self._before, self._provider.events_sent, self._after)
            self._request.write(event)
            self._provider.bytes_sent += len(event)
            self._provider.events_sent += 1

    def pauseProducing(self) -> None:
        self._paused = True

    def resumeProducing(self) -> None:
        if self._paused and not self._done:
            self._paused = False
            self._provider.clock.callLater(0, self._pump)

    def stopProducing(self) -> None:
        self._done = True


class FakeProvider:
    """
    The fake provider.  Set L{behaviour} before the request arrives; read
    L{requests}, L{disconnects} and counters afterwards.
    """

    def __init__(self, clock: Any = global_reactor) -> None:
        self.clock = clock
        self.behaviour: Behaviour = Behaviour()
        self.requests: list[ReceivedRequest] = []
        self.answering = 0
        self.events_sent = 0
        self.bytes_sent = 0
        self.disconnects = 0
        self._disconnect_waiters: list[Deferred[None]] = []
        self._port: Any = None

    def listen(self, interface: str = "127.0.0.1") -> int:
        """Answer on any path ending in /chat/completions or /models (Azure's too)."""
        site = Site(_ChatResource(self))
        site.log = lambda request: None  # type: ignore[method-assign]
        site.noisy = False
        self._port = global_reactor.listenTCP(0, site, interface=interface)
        return int(self._port.getHost().port)

    @property
    def base_url(self) -> str:
        address = self._port.getHost()
        host = f"[{address.host}]" if ":" in address.host else address.host
        return f"http://{host}:{address.port}/v1"

    def stop(self) -> Deferred[None]:
        return self._port.stopListening()  # type: ignore[no-any-return]

    def _request_ended(self, result: Any) -> None:
        self.answering -= 1
        if result is not None:
            self.disconnects += 1
            waiters, self._disconnect_waiters = self._disconnect_waiters, []
            for waiter in waiters:
                waiter.callback(None)

    def next_disconnect(self) -> Deferred[None]:
        """Fires when the proxy next closes a connection mid-answer."""
        waiter: Deferred[None] = Deferred()
        self._disconnect_waiters.append(waiter)
        return waiter
