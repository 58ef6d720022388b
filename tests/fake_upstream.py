"""
What the fake provider servers share: the script of behaviours a test gives
them, the record of requests they received, and streaming with delays.

A provider's fake (L{tests.fake_anthropic}, L{tests.fake_gemini}) only says
how that provider spells its paths, auth, answers, events and errors.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from twisted.internet.base import DelayedCall
from twisted.internet.interfaces import IReactorTime
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET, Request


@dataclass(frozen=True)
class ScriptedToolCall:
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True)
class ScriptedAnswer:
    """
    What the model answers.  Streamed, the text is cut into small pieces and
    each tool call's arguments into fragments, as real providers do; C{delay}
    seconds pass between events.  C{thinking} adds a reasoning block (Anthropic)
    or thought part (Gemini) before the text, which translators must not pass on.
    """

    text: str = "Hello from the fake provider."
    tool_calls: tuple[ScriptedToolCall, ...] = ()
    thinking: str = ""
    stop_reason: str | None = None
    delay: float = 0.0


@dataclass(frozen=True)
class ScriptedFailure:
    """Answer with an error status and a body in the provider's error format."""

    status: int
    message: str
    retry_after: int | None = None


@dataclass(frozen=True)
class ScriptedCut:
    """Stream C{after_events} events of the answer, then drop the connection."""

    after_events: int
    answer: ScriptedAnswer = ScriptedAnswer()


@dataclass(frozen=True)
class ScriptedStreamError:
    """Stream C{after_events} events, then the provider's in-stream error event."""

    after_events: int
    message: str = "Overloaded"
    answer: ScriptedAnswer = ScriptedAnswer()


Behaviour = ScriptedAnswer | ScriptedFailure | ScriptedCut | ScriptedStreamError


@dataclass(frozen=True)
class ReceivedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


@dataclass
class Stream:
    """Events being written to one client, one per tick when delayed."""

    request: Request
    events: Sequence[bytes]
    delay: float
    cut: bool
    written: int = 0
    pending: DelayedCall | None = None
    gone: bool = False


class FakeUpstream(Resource):
    """
    A scriptable provider: behaviours queued with L{script} are used by the
    next requests in turn, and with none queued the answer is a plain
    L{ScriptedAnswer}.  Every request is kept in L{received}.
    """

    isLeaf = True
    models_path: ClassVar[bytes]
    models_listing: ClassVar[dict[str, Any]]

    def __init__(self, api_key: str, reactor: IReactorTime | None = None) -> None:
        super().__init__()
        if reactor is None:
            from twisted.internet import reactor as default_reactor

            reactor = default_reactor  # type: ignore[assignment]
        self.api_key = api_key
        self.reactor: Any = reactor
        self.received: list[ReceivedRequest] = []
        self._script: deque[Behaviour] = deque()

    def script(self, *behaviours: Behaviour) -> None:
        self._script.extend(behaviours)

    # What each provider defines.

    def authorised(self, request: Request) -> ScriptedFailure | None:
        raise NotImplementedError

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        raise NotImplementedError

    def is_generation(self, request: Request) -> bool:
        raise NotImplementedError

    def is_streamed(self, request: Request, body: Any) -> bool:
        raise NotImplementedError

    def answer_body(self, request: Request, body: Any, answer: ScriptedAnswer) -> dict[str, Any]:
        raise NotImplementedError

    def answer_events(self, request: Request, body: Any, answer: ScriptedAnswer) -> list[bytes]:
        raise NotImplementedError

    def error_event(self, message: str) -> bytes:
        raise NotImplementedError

    # The shared machinery.

    def render(self, request: Request) -> bytes | int:
        raw = request.content.read() if request.content is not None else b""
        body = json.loads(raw) if raw else None
        args: dict[bytes, list[bytes]] = request.args or {}
        self.received.append(
            ReceivedRequest(
                method=request.method.decode(),
                path=request.path.decode(),
                query={key.decode(): [v.decode() for v in values] for key, values in args.items()},
                headers={
                    key.decode().lower(): values[0].decode()
                    for key, values in request.requestHeaders.getAllRawHeaders()
                },
                body=body,
            )
        )
        refusal = self.authorised(request)
        if refusal is not None:
            return self._fail(request, refusal)
        if request.method == b"GET" and request.path == self.models_path:
            return self._json(request, 200, self.models_listing)
        if request.method != b"POST" or not self.is_generation(request):
            return self._fail(request, ScriptedFailure(404, f"no route for {request.path.decode()}"))
        behaviour = self._script.popleft() if self._script else ScriptedAnswer()
        if isinstance(behaviour, ScriptedFailure):
            return self._fail(request, behaviour)
        answer = behaviour if isinstance(behaviour, ScriptedAnswer) else behaviour.answer
        if not self.is_streamed(request, body):
            return self._json(request, 200, self.answer_body(request, body, answer))
        events = self.answer_events(request, body, answer)
        cut = False
        if isinstance(behaviour, ScriptedCut):
            events, cut = events[: behaviour.after_events], True
        elif isinstance(behaviour, ScriptedStreamError):
            events = [
                *events[: behaviour.after_events],
                self.error_event(behaviour.message),
            ]
        request.setHeader(b"content-type", b"text/event-stream")
        request.setHeader(b"cache-control", b"no-cache")
        stream = Stream(request, events, answer.delay, cut)
        request.notifyFinish().addErrback(lambda _: self._gone(stream))
        self._write_next(stream)
        return NOT_DONE_YET

    def _write_next(self, stream: Stream) -> None:
        stream.pending = None
        while not stream.gone and stream.written < len(stream.events):
            stream.request.write(stream.events[stream.written])
            stream.written += 1
            if stream.delay:
                stream.pending = self.reactor.callLater(stream.delay, self._write_next, stream)
                return
        if stream.gone:
            return
        if stream.cut:
            stream.request.transport.abortConnection()  # type: ignore[union-attr]
        else:
            stream.request.finish()

    def _gone(self, stream: Stream) -> None:
        stream.gone = True
        if stream.pending is not None and stream.pending.active():
            stream.pending.cancel()

    def _fail(self, request: Request, failure: ScriptedFailure) -> bytes:
        if failure.retry_after is not None:
            request.setHeader(b"retry-after", str(failure.retry_after).encode())
        return self._json(request, failure.status, self.error_body(failure.status, failure.message))

    def _json(self, request: Request, status: int, body: dict[str, Any]) -> bytes:
        request.setResponseCode(status)
        request.setHeader(b"content-type", b"application/json")
        return json.dumps(body).encode()


def pieces(text: str, size: int = 8) -> list[str]:
    """Cut text as a provider streams it: in small consecutive pieces."""
    return [text[start : start + size] for start in range(0, len(text), size)]


def count_tokens(text: str) -> int:
    """A stand-in tokenizer: deterministic, roughly proportional to length."""
    return max(1, len(text) // 4)
