"""
C{POST /v1/chat/completions}: parse, screen, forward, relay.

test-case-name: tests.test_chat

One L{ChatExchange} per request walks the path the package is named after:

    parse (400) -> screen (403) -> upstream (502/504, provider statuses)
        -> relay (stream) or answer (JSON)

and ends in exactly one of: answered, streamed to the end, stream cut with
an error event, or client gone.  A client that leaves at any step stops
the work of that step: the scan's result is ignored, the upstream request
is cancelled before or after it connects, the relay closes the provider's
connection.
"""

from __future__ import annotations

import enum
from typing import Any

from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IDelayedCall
from twisted.python.failure import Failure
from twisted.web.iweb import IResponse
from twisted.web.server import NOT_DONE_YET

from koreshield.errors import APIError
from koreshield.gateway import Gateway
from koreshield.http.respond import Endpoint, write_error
from koreshield.http.upstream_answer import answer_upstream_failure, collect_and_answer
from koreshield.parse import ChatRequest, parse_chat_request
from koreshield.relay import RequestSink, StreamRelay
from koreshield.screen import ScreenOutcome
from koreshield.stats import ExchangeRecord


class ExchangeState(enum.Enum):
    SCREENING = "screening"
    CONNECTING = "connecting"
    RELAYING = "relaying"
    DONE = "done"
    CLIENT_GONE = "client_gone"


_SSE_HEADERS = (
    (b"Content-Type", b"text/event-stream; charset=utf-8"),
    (b"Cache-Control", b"no-cache"),
    (b"X-Accel-Buffering", b"no"),
)


class ChatExchange:
    """One chat completion request, from its body to its last byte."""

    def __init__(self, request: Any, gateway: Gateway) -> None:
        self._request = request
        self._gateway = gateway
        self._clock = gateway.clock
        self.record = ExchangeRecord(
            request_id=request.request_id,
            endpoint="chat_completions",
            started_at=self._clock.seconds(),
        )
        self._state = ExchangeState.SCREENING
        self._pending: Deferred[Any] | None = None
        self._first_byte_timer: IDelayedCall | None = None
        self._timed_out = False
        self._relay: StreamRelay | None = None
        self._chat: ChatRequest | None = None
        self._cancel_collect: Any = None
        request.notifyFinish().addErrback(self._client_gone)

    @property
    def state(self) -> ExchangeState:
        return self._state

    def start(self) -> None:
        try:
            chat = parse_chat_request(self._request.content.read())
        except APIError as error:
            self._answer_error(error)
            return
        self._chat = chat
        self.record.model = chat.model
        self.record.stream = chat.stream
        self.record.user_id = chat.user or _header(self._request, b"x-koreshield-user")
        self._pending = self._gateway.screen.screen(chat, self.record.request_id)
        self._pending.addCallback(self._screened).addErrback(self._internal_failure)

    # Screening -> upstream.

    def _screened(self, outcome: ScreenOutcome) -> None:
        self._pending = None
        if self._state is not ExchangeState.SCREENING:
            return
        if outcome.error is not None:
            self._answer_error(outcome.error)
            return
        if outcome.warning is not None:
            self._request.setHeader(b"X-KoreShield-Warning", outcome.warning.encode("utf-8"))
        assert self._chat is not None
        provider = self._gateway.provider_for(self._chat.model)
        self.record.provider = provider.name
        upstream_request = provider.chat_request(
            self._chat, outcome.body if outcome.body is not None else self._chat.raw, self.record.request_id
        )
        self._state = ExchangeState.CONNECTING
        self.record.upstream_started_at = self._clock.seconds()
        self._pending = self._gateway.upstream.send(upstream_request)
        self._first_byte_timer = self._clock.callLater(
            self._gateway.settings.server.upstream_idle_timeout, self._first_byte_timeout
        )
        self._pending.addCallbacks(self._responded, self._upstream_failed)
        self._pending.addErrback(self._internal_failure)

    def _first_byte_timeout(self) -> None:
        self._first_byte_timer = None
        self._timed_out = True
        if self._pending is not None:
            self._pending.cancel()

    def _stop_first_byte_timer(self) -> None:
        if self._first_byte_timer is not None and self._first_byte_timer.active():
            self._first_byte_timer.cancel()
        self._first_byte_timer = None

    def _upstream_failed(self, failure: Failure) -> None:
        self._pending = None
        self._stop_first_byte_timer()
        if self._state is ExchangeState.CLIENT_GONE:
            return
        if self._timed_out:
            self.record.error_type = "upstream_timeout"
            waited = self._gateway.settings.server.upstream_idle_timeout
            self._answer_error(
                APIError(504, f"The provider did not answer within {waited:g} seconds.", "upstream_timeout")
            )
            return
        self.record.error_type = "upstream_unreachable"
        self._answer_error(answer_upstream_failure(failure, self.record.provider))

    # Upstream answered: relay a stream, or answer with its body.

    def _responded(self, response: IResponse) -> None:
        self._pending = None
        self._stop_first_byte_timer()
        self.record.upstream_answered_at = self._clock.seconds()
        if self._state is ExchangeState.CLIENT_GONE:
            response.deliverBody(_Discard())
            return
        assert self._chat is not None
        self.record.status = response.code
        is_event_stream = _is_event_stream(response)
        if self._chat.stream and response.code == 200 and is_event_stream:
            self._start_relay(response)
            return
        if response.code >= 400:
            self.record.error_type = "upstream_status"
        self._state = ExchangeState.RELAYING
        self._cancel_collect = collect_and_answer(
            self._request,
            response,
            self._gateway,
            on_done=self._answered,
        )

    def _start_relay(self, response: IResponse) -> None:
        self._state = ExchangeState.RELAYING
        self._gateway.observer.stream_started(self.record)
        request = self._request
        request.setResponseCode(200)
        for name, value in _SSE_HEADERS:
            request.setHeader(name, value)
        request.write(b"")
        self._relay = StreamRelay(
            RequestSink(request),
            self._clock,
            self._gateway.settings.server.upstream_idle_timeout,
            self.record,
            self._relayed,
        )
        response.deliverBody(self._relay)

    def _relayed(self, relay: StreamRelay) -> None:
        if self._state is not ExchangeState.CLIENT_GONE:
            self._state = ExchangeState.DONE
        self._finish()

    def _answered(self, status: int) -> None:
        self._cancel_collect = None
        if self._state is ExchangeState.CLIENT_GONE:
            return
        self.record.status = status
        self._state = ExchangeState.DONE
        self._finish()

    # Endings.

    def _answer_error(self, error: APIError) -> None:
        self.record.status = error.status
        self._state = ExchangeState.DONE
        write_error(self._request, error)
        self._finish()

    def _internal_failure(self, failure: Failure) -> None:
        if self._state is ExchangeState.CLIENT_GONE:
            return
        self._request.processingFailed(failure)
        self.record.status = 500
        self._state = ExchangeState.DONE
        self._finish()

    def _client_gone(self, reason: Failure) -> None:
        if self._state in (ExchangeState.DONE, ExchangeState.CLIENT_GONE):
            return
        self._state = ExchangeState.CLIENT_GONE
        self.record.error_type = "client_disconnect"
        self._stop_first_byte_timer()
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.cancel()
        if self._relay is not None:
            self._relay.client_gone()
            return
        if self._cancel_collect is not None:
            self._cancel_collect()
        self._finish()

    def _finish(self) -> None:
        self.record.ended_at = self.record.ended_at or self._clock.seconds()
        self._gateway.observer.exchange_finished(self.record)


class _Discard:
    """A body protocol for an answer nobody will read: close it at once."""

    transport: Any = None

    def makeConnection(self, transport: Any) -> None:
        transport.stopProducing()

    def dataReceived(self, data: bytes) -> None:
        pass

    def connectionLost(self, reason: Failure) -> None:
        pass


def _header(request: Any, name: bytes) -> str | None:
    value = request.requestHeaders.getRawHeaders(name)
    return value[-1].decode("utf-8", "replace") if value else None


def _is_event_stream(response: IResponse) -> bool:
    content_type = response.headers.getRawHeaders(b"content-type")
    return bool(content_type) and content_type[0].lower().startswith(b"text/event-stream")


class ChatCompletionsResource(Endpoint):
    """C{POST /v1/chat/completions}."""

    allowed_methods = ("POST",)

    def __init__(self, gateway: Gateway) -> None:
        super().__init__()
        self._gateway = gateway

    def render_POST(self, request: Any) -> object:
        ChatExchange(request, self._gateway).start()
        return NOT_DONE_YET
