"""
C{POST /v1/chat/completions}, C{/v1/embeddings}, C{/v1/completions} and C{/v1/responses}:
parse, screen, route, forward, relay.

test-case-name: tests.test_chat, tests.test_embeddings, tests.test_completions, tests.test_responses

One L{RelayExchange} per request walks the path the package is named after
(what differs between the endpoints is in their L{RelayedAPI}):

    parse (400) -> screen (403) -> route -> upstream (502/503/504, provider
        statuses; failover to the route's next provider before any byte has
        been sent) -> relay (stream) or answer (JSON)

(requests that carry no text of the client's, the Responses API's stored
responses, start at route: L{RelayExchange.start_unscreened}), and ends in
exactly one of: answered, streamed to the end, stream cut with
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
from koreshield.flush import client_transport, socket_connection, write_held
from koreshield.gateway import Gateway
from koreshield.guard import OutputFinding, StreamGuard
from koreshield.http.ownership import HeldSink, recording_owner
from koreshield.http.relayed import CHAT, RelayedAPI
from koreshield.http.respond import Endpoint, write_error
from koreshield.http.upstream_answer import answer_upstream_failure, collect_and_answer, relayed_headers
from koreshield.parse import RelayedRequest
from koreshield.providers.base import EventTransform, Provider
from koreshield.providers.translation import UntranslatableRequest
from koreshield.relay import ClientSink, RelayState, RequestSink, StreamRelay
from koreshield.routing import RouteTarget
from koreshield.scan.messages import text_parts
from koreshield.screen import ScreenOutcome
from koreshield.stats import ExchangeRecord
from koreshield.stream_usage import UsageHidingSink, asks_for_usage, with_usage_requested
from koreshield.upstream import UpstreamClient


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


def _fails_over(status: int) -> bool:
    """Provider answers that another provider of the route may do better on."""
    return status >= 500 or status == 429


class RelayExchange:
    """One request to a relayed endpoint (chat by default), from its body to its last byte."""

    def __init__(self, request: Any, gateway: Gateway, api: RelayedAPI = CHAT) -> None:
        self._request = request
        self._gateway = gateway
        self._api = api
        self._clock = gateway.clock
        self.record = ExchangeRecord(
            request_id=request.request_id,
            endpoint=api.endpoint,
            started_at=self._clock.seconds(),
        )
        request.accounted = True  # by this record
        self._state = ExchangeState.SCREENING
        self._pending: Deferred[Any] | None = None
        self._first_byte_timer: IDelayedCall | None = None
        self._timed_out = False
        self._relay: StreamRelay | None = None
        self._held_sink: HeldSink | None = None  # a created object's stream, held while its owner is written
        self._guard: StreamGuard | None = None
        self._chat: RelayedRequest | None = None
        self._cancel_collect: Any = None
        self._targets: tuple[RouteTarget, ...] = ()
        self._attempt = -1
        self._target: RouteTarget | None = None
        self._provider: Provider | None = None
        self._client: UpstreamClient | None = None
        self._last_failure: APIError | None = None
        self._hide_usage = False
        self._owner: str | None = None
        request.notifyFinish().addErrback(self._client_gone)

    @property
    def state(self) -> ExchangeState:
        return self._state

    def start(self, targets: tuple[RouteTarget, ...] | None = None) -> None:
        """Parse, screen and relay the body, to C{targets} (by default: where its model is routed)."""
        self._targets = targets or ()
        try:
            chat = self._api.parse(self._request.take_body())
        except APIError as error:
            self._answer_error(error)
            return
        self._take(chat)
        key = self._request.client_key
        if key is not None and key.token_budget is not None:
            self.record.prompt_chars = sum(len(part.text) for part in text_parts(chat.messages))
        screened = self._gateway.screen.screen(chat, self.record)
        if isinstance(screened, Deferred):
            self._pending = screened
            screened.addCallback(self._screened).addErrback(self._internal_failure)
            return
        try:  # decided at once: as the callbacks above would run, without a Deferred
            self._screened(screened)
        except Exception:
            self._internal_failure(Failure())

    def start_unscreened(self, request: RelayedRequest, targets: tuple[RouteTarget, ...]) -> None:
        """
        Relay C{request}, which holds no text of the client's (nothing to
        screen: reading a stored response), to C{targets}.
        """
        self._take(request)
        self._targets = targets
        self._state = ExchangeState.CONNECTING
        self._try_next_provider()

    def _take(self, chat: RelayedRequest) -> None:
        """Hold the request, and tell the record whose it is."""
        self._chat = chat
        self.record.model = chat.model or None
        self.record.stream = chat.stream
        self.record.user_id = chat.user or _header(self._request, b"x-koreshield-user")
        key = self._request.client_key
        if key is not None:
            self.record.key_name = key.name
            owned = self._api.owned
            if self._gateway.owners is not None and owned is not None and owned.stores(chat.body):
                self._owner = key.name

    # Screening -> routing.

    def _screened(self, outcome: ScreenOutcome[Any]) -> None:
        self._pending = None
        if self._state is not ExchangeState.SCREENING:
            return
        if outcome.error is not None:
            self._answer_error(outcome.error)
            return
        if outcome.warning is not None:
            self._request.setHeader(b"X-KoreShield-Warning", outcome.warning.encode("utf-8"))
        if outcome.chat is not None:
            self._chat = outcome.chat
        assert self._chat is not None
        self._ask_for_usage()
        self._targets = self._targets or self._gateway.router.route(self._chat.model)
        self._state = ExchangeState.CONNECTING
        self._try_next_provider()

    def _ask_for_usage(self) -> None:
        """
        A stream spending a key's token budget asks the provider for its
        usage chunk, hidden from a client that did not ask for it.
        """
        assert self._chat is not None
        key = self._request.client_key
        if not self._api.usage_option:
            return
        if key is None or key.token_budget is None or not self._chat.stream or asks_for_usage(self._chat):
            return
        self._chat = with_usage_requested(self._chat)
        self._hide_usage = True

    # Upstream attempts, with failover before the first byte.

    def _try_next_provider(self) -> None:
        """Send to the route's next provider; answer the last failure if none is left."""
        assert self._chat is not None
        while self._attempt + 1 < len(self._targets):
            self._attempt += 1
            target = self._targets[self._attempt]
            provider = self._gateway.providers[target.provider]
            try:
                upstream_request = self._api.upstream_request(
                    provider, self._chat, target.model, self.record.request_id
                )
            except UntranslatableRequest as refusal:
                if self._attempt == 0:
                    self._answer_error(refusal.as_api_error())
                    return
                self._attempt_failed(target.provider, "untranslatable", None)
                continue
            client = self._gateway.clients[target.provider]
            if not client.try_acquire():
                self._attempt_failed(
                    target.provider,
                    "at_capacity",
                    APIError(
                        503,
                        f"Provider {target.provider!r} is at its connection limit.",
                        "provider_at_capacity",
                        headers={"Retry-After": "1"},
                    ),
                )
                continue
            self._send(target, provider, client, upstream_request)
            return
        assert self._last_failure is not None
        self._answer_error(self._last_failure)

    def _send(self, target: RouteTarget, provider: Provider, client: UpstreamClient, upstream_request: Any) -> None:
        self._target, self._provider, self._client = target, provider, client
        self.record.provider = target.provider
        self.record.attempts += 1
        self.record.upstream_started_at = self._clock.seconds()
        # What an attempt failed over from recorded is not this attempt's: its answer, or its failure, is.
        self.record.upstream_answered_at = None
        self.record.error_type = None
        self._timed_out = False
        self._pending = client.send(upstream_request)
        self._prepare_stream_guard()
        self._first_byte_timer = self._clock.callLater(
            self._gateway.idle_timeout(target.provider), self._first_byte_timeout
        )
        self._pending.addCallbacks(self._responded, self._upstream_failed)
        self._pending.addErrback(self._internal_failure)

    def _prepare_stream_guard(self) -> None:
        """
        Make the output guard of a stream while the provider works on the
        request, the request being sent: the guard, and the index of a system
        prompt not seen lately (about a millisecond per 2 KB), are then made
        off the way to the first token instead of on it, and so is the guard
        of the answer's first text (L{StreamGuard.prepare}).  It serves every
        attempt (the messages are the client's); a fault in making it is
        left for L{_new_relay} to meet again, where it answers 500 as it did,
        or for the first event, where the first text's guard was made.
        """
        assert self._chat is not None
        if not self._chat.stream:
            return
        try:
            self._make_stream_guard()
            if isinstance(self._guard, StreamGuard):
                self._guard.prepare()
        except Exception:
            self._guard = None

    def _make_stream_guard(self) -> None:
        """The stream's output guard, made once (when the gateway guards answers and this API's are guarded)."""
        assert self._chat is not None
        output = self._gateway.output
        if self._guard is None and output is not None and self._api.guarded:
            self._guard = self._api.stream_guard(output, self._chat.messages, self._report_output, self._clock)

    def _attempt_failed(self, provider: str, reason: str, error: APIError | None) -> None:
        if error is not None:
            self._last_failure = error
        self._gateway.observer.upstream_attempt_failed(self.record, provider, reason)

    def _release_slot(self) -> None:
        if self._client is not None:
            self._client.release()
            self._client = None

    def _more_providers(self) -> bool:
        return self._attempt + 1 < len(self._targets)

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
        self._release_slot()
        if self._state is ExchangeState.CLIENT_GONE:
            return
        assert self._target is not None
        if self._timed_out:
            self.record.error_type = "upstream_timeout"
            waited = self._gateway.idle_timeout(self._target.provider)
            self._answer_error(
                APIError(504, f"The provider did not answer within {waited:g} seconds.", "upstream_timeout")
            )
            return
        self.record.error_type = "upstream_unreachable"
        self._attempt_failed(
            self._target.provider, "unreachable", answer_upstream_failure(failure, self._target.provider)
        )
        self._try_next_provider()

    # Upstream answered: fail over, relay a stream, or answer with its body.

    def _responded(self, response: IResponse) -> None:
        self._pending = None
        self._stop_first_byte_timer()
        self.record.upstream_answered_at = self._clock.seconds()
        if self._state is ExchangeState.CLIENT_GONE:
            response.deliverBody(_Discard())
            self._release_slot()
            return
        assert self._chat is not None and self._target is not None and self._provider is not None
        self.record.status = response.code
        if _fails_over(response.code) and self._more_providers():
            response.deliverBody(_Discard())
            self._release_slot()
            error = APIError(
                429 if response.code == 429 else 502,
                f"Provider {self._target.provider!r} answered with status {response.code}.",
                "rate_limited" if response.code == 429 else "upstream_error",
                headers=dict(relayed_headers(response, only=(b"retry-after",))),
            )
            self._attempt_failed(self._target.provider, f"status_{response.code}", error)
            self._try_next_provider()
            return
        if self._chat.stream and response.code == 200 and _is_event_stream(response):
            self._start_relay(response)
            return
        if self._chat.stream and 200 <= response.code < 300:
            # The client's SDK would read a JSON body as an empty stream: a silent, complete-looking nothing.
            response.deliverBody(_Discard())
            self.record.error_type = "malformed_upstream"
            self._answer_error(
                APIError(502, "The provider answered a streamed request without an event stream.", "malformed_upstream")
            )
            return
        if response.code >= 400:
            self.record.error_type = "upstream_status"
        self._state = ExchangeState.RELAYING
        self._cancel_collect = collect_and_answer(
            self._request,
            response,
            self._gateway,
            self._provider,
            self._target.model,
            on_done=self._answered,
            record=self.record,
            guard=self._guard_answer if self._guarded else None,
            hold=self._remember_answer if self._owner is not None else None,
        )

    def _start_relay(self, response: IResponse) -> None:
        try:
            self._relay = self._new_relay()
        except Exception:
            # A fault of ours before the first byte (setting up a guard or a translation): the exchange
            # answers 500 (L{_internal_failure}), and nobody will read the provider's answer: close it.
            response.deliverBody(_Discard())
            self.record.error_type = "internal_error"
            raise
        if self._guard is not None:
            self._guard.bind(self._relay.cut, self._relay.fault)
        self._state = ExchangeState.RELAYING
        self._gateway.observer.stream_started(self.record)
        request = self._request
        request.setResponseCode(200)
        for name, value in _SSE_HEADERS:
            request.setHeader(name, value)
        for header, text in relayed_headers(response):  # rate limits: as on a non-streamed answer
            request.setHeader(header, text)
        self._chat = None  # nothing fails over once the stream started: its body and messages can go
        # The headers leave with the first events, in one send at the end of the provider's read that brought
        # its headers (write_held): the body bytes of that read are parsed only after this returns.
        write_held(socket_connection(client_transport(request)), self._open_stream, response)

    def _new_relay(self) -> StreamRelay:
        """The relay of this stream: to the client, through the provider's translation and the output guard."""
        assert self._chat is not None and self._target is not None and self._provider is not None
        sink: ClientSink = RequestSink(self._request)
        if self._hide_usage:
            sink = UsageHidingSink(sink)
        self._make_stream_guard()
        guard: EventTransform | None = self._guard
        if self._owner is not None:
            self._held_sink, guard = recording_owner(
                sink, self._guard, self._remember_streamed, self._first_byte_released
            )
            sink = self._held_sink
        return StreamRelay(
            sink,
            self._clock,
            self._gateway.idle_timeout(self._target.provider),
            self.record,
            self._relayed,
            transform=self._api.stream_transform(
                self._provider, self._chat, self._target.model, self.record.request_id
            ),
            heartbeat=self._gateway.settings.server.sse_heartbeat,
            guard=guard,
            secrets=self._gateway.provider_secrets,
        )

    def _first_byte_released(self) -> None:
        """The stream's first events, held while their owner was written, reach the client now: its first byte."""
        self.record.first_byte_at = self._clock.seconds()

    def _remember_streamed(self, object_id: str) -> Deferred[None] | None:
        """The id a stream's first events carry: the key's stored object."""
        assert self._gateway.owners is not None and self._api.owned is not None and self._owner is not None
        return self._gateway.owners.remember(self._api.owned, object_id, self._owner)

    def _open_stream(self, response: IResponse) -> None:
        """Write the stream's headers and hand the provider's body to the relay."""
        self._request.write(b"")
        response.deliverBody(self._relay)

    @property
    def _guarded(self) -> bool:
        return self._gateway.output is not None and self._api.guarded

    def _report_output(self, finding: OutputFinding, where: str) -> None:
        self._gateway.observer.output_finding(self.record, finding, where)

    def _remember_answer(self, body: bytes) -> Deferred[None] | None:
        """A successful answer's stored object, remembered as the key's: the answer is sent once it is."""
        assert self._gateway.owners is not None and self._api.owned is not None and self._owner is not None
        return self._gateway.owners.remember_answer(self._api.owned, body, self._owner)

    def _guard_answer(self, body: bytes) -> bytes:
        """A successful answer, read by the output guard."""
        assert self._chat is not None and self._gateway.output is not None
        return self._api.answer_guard(self._gateway.output, body, self._chat, self._report_output)

    def _relayed(self, relay: StreamRelay) -> None:
        held = self._held_sink
        if held is not None and held.holding:
            # The end is still held: the exchange is still relaying, and ends when the end reaches the
            # client, or when the client leaves first (_client_gone).
            held.after_release(self._held_stream_sent)
            return
        if self._state is not ExchangeState.CLIENT_GONE:
            self._state = ExchangeState.DONE
        self._finish()

    def _held_stream_sent(self) -> None:
        """
        A stream whose end was held while its owner was written has now
        reached the client, or the client left before it did (and was sent
        none of it): it ends now.
        """
        if self._state is ExchangeState.CLIENT_GONE:
            self.record.completed = False  # the provider's answer was complete; the client's is not
        else:
            self._state = ExchangeState.DONE
        self.record.ended_at = self._clock.seconds()
        self._finish()

    def _answered(self, status: int) -> None:
        self._cancel_collect = None
        if self._state is ExchangeState.CLIENT_GONE:
            return
        self.record.status = status
        self.record.completed = status < 500  # a 502 or 504 is KoreShield's answer, not the provider's
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
        if not self._stream_ended_with_an_error:
            self.record.error_type = "client_disconnect"
        if self._relay is None:
            self.record.status = None  # the provider's, of an answer the client was never sent
        self._stop_first_byte_timer()
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.cancel()
        if self._relay is not None:
            if self._relay.state is RelayState.STREAMING:
                self._relay.client_gone()  # closes the provider's connection; its end tells the hold and this exchange
            elif self._held_sink is not None:
                self._held_sink.client_gone()  # the stream ended into its hold: dropped, and this exchange ends now
            return
        if self._cancel_collect is not None:
            self._cancel_collect()
        self._finish()

    @property
    def _stream_ended_with_an_error(self) -> bool:
        """
        Whether the stream had ended with an error of its own (the
        provider's, the output guard's, ours) before the client left: its
        end held (an owner being written), the client was sent none of it.
        That error is what ended the exchange, as it is when the end was
        not held and the client leaves after it: the record keeps it.
        """
        relay = self._relay
        return relay is not None and relay.state is not RelayState.STREAMING and self.record.error_type is not None

    def _finish(self) -> None:
        self._release_slot()
        if self._guard is not None:
            self._guard.close()  # a guard made for a stream that never came holds this exchange too
        cut_by = getattr(self._request, "cut_by", None)
        if cut_by is not None and self.record.error_type == "client_disconnect":
            self.record.error_type = cut_by  # the connection was closed by us, not by the client
        if self._held_sink is not None and not self._held_sink.sent_an_event:
            self.record.first_byte_at = None  # stamped when the relay wrote into the hold: the client got none of it
        self.record.ended_at = self.record.ended_at or self._clock.seconds()
        self._gateway.observer.exchange_finished(self.record)
        if self._gateway.meter is not None and self._api.spends_tokens:
            self._gateway.meter.exchange_finished(self._request.client_key, self.record)
        # The stream's pieces refer back to this exchange (the owner recorder, the hold, the guard): let go
        # of them, so no cycle is left for the garbage collector to find before the request can go.
        self._relay = self._held_sink = self._guard = None


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


class RelayedEndpoint(Endpoint):
    """C{POST} to one relayed endpoint: C{/v1/chat/completions} unless told otherwise."""

    allowed_methods = ("POST",)

    def __init__(self, gateway: Gateway, api: RelayedAPI = CHAT) -> None:
        super().__init__()
        self._gateway = gateway
        self._api = api

    @property
    def endpoint(self) -> str:
        """Its API's: what its answers are counted and logged under."""
        return self._api.endpoint

    def render_POST(self, request: Any) -> object:
        RelayExchange(request, self._gateway, self._api).start()
        return NOT_DONE_YET
