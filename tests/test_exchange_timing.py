"""
C{RelayExchange} timing with a fake clock: the first-byte timeout, and what a
client leaving does to work still in flight.
"""

from __future__ import annotations

import dataclasses
import io
import json
from typing import Any

from twisted.internet.defer import Deferred
from twisted.internet.task import Clock
from twisted.trial.unittest import SynchronousTestCase
from twisted.web.test.requesthelper import DummyRequest

from koreshield.config import settings_from_mapping
from koreshield.gateway import Gateway, build_output_policy
from koreshield.http.chat import ExchangeState, RelayExchange
from koreshield.http.relayed import CHAT
from koreshield.observe import ExchangeObserver
from koreshield.providers.openai_compatible import OpenAICompatibleProvider
from koreshield.screen import CLEAN, ScreenOutcome


class Request(DummyRequest):
    _disconnected = False
    request_id = "req_test"
    client_key = None

    def __init__(self, body: bytes) -> None:
        super().__init__([b""])
        self.content = io.BytesIO(body)
        self.method = b"POST"

    def take_body(self) -> bytes:
        """What koreshield.http.site.ShieldRequest does: the body, once."""
        body, self.content = self.content.getvalue(), io.BytesIO()
        return body

    def connectionLost(self, reason: Exception) -> None:
        """The client went away: what twisted.web's Request does."""
        from twisted.python.failure import Failure

        self._disconnected = True
        observers, self._finishedDeferreds = self._finishedDeferreds, None
        for observer in observers or []:
            observer.errback(Failure(reason))


class PendingUpstream:
    """An upstream client whose requests never answer, and notice cancels."""

    def __init__(self) -> None:
        self.sent: list[Any] = []
        self.cancelled = 0

    def try_acquire(self) -> bool:
        return True

    def release(self) -> None:
        pass

    def send(self, request: Any) -> Deferred[Any]:
        self.sent.append(request)

        def cancel(d: Deferred[Any]) -> None:
            self.cancelled += 1

        return Deferred(cancel)


class ControlledScreen:
    def __init__(self) -> None:
        self.pending: Deferred[ScreenOutcome] | None = None

    def screen(self, chat: Any, record: Any) -> Deferred[ScreenOutcome]:
        self.pending = Deferred()
        return self.pending


class RecordingObserver(ExchangeObserver):
    def __init__(self) -> None:
        self.records: list[Any] = []

    def exchange_finished(self, record: Any) -> None:
        self.records.append(record)


BODY = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": True}).encode()


class RelayExchangeTimingTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.clock = Clock()
        self.upstream = PendingUpstream()
        self.screen = ControlledScreen()
        self.observer = RecordingObserver()
        settings = settings_from_mapping(
            {"providers": {"p": {"base_url": "http://127.0.0.1:1/v1"}}, "server": {"upstream_idle_timeout": 30}}, {}
        )
        self.gateway = Gateway(
            settings=settings,
            clock=self.clock,
            providers={"p": OpenAICompatibleProvider("p", settings.providers["p"])},
            clients={"p": self.upstream},  # type: ignore[dict-item]
            screen=self.screen,
            observer=self.observer,
        )
        self.request = Request(BODY)
        self.exchange = RelayExchange(self.request, self.gateway)
        self.exchange.start()

    def test_provider_silent_until_the_idle_timeout_gets_504(self) -> None:
        assert self.screen.pending is not None
        self.screen.pending.callback(CLEAN)
        self.assertEqual(self.exchange.state, ExchangeState.CONNECTING)
        self.clock.advance(29.9)
        self.assertEqual(self.request.finished, 0)
        self.clock.advance(0.2)
        self.assertEqual(self.upstream.cancelled, 1)
        self.assertEqual(self.request.responseCode, 504)
        self.assertEqual(json.loads(b"".join(self.request.written))["error"]["code"], "upstream_timeout")
        self.assertEqual(self.observer.records[0].error_type, "upstream_timeout")

    def test_client_gone_during_the_scan_never_opens_upstream(self) -> None:
        self.request.processingFailed = lambda reason: self.fail(f"unexpected failure {reason}")  # type: ignore[method-assign]
        self.request.connectionLost(Exception("gone"))
        assert self.screen.pending is not None
        self.assertTrue(self.screen.pending.called)
        self.assertEqual(self.upstream.sent, [])
        self.assertEqual(self.exchange.state, ExchangeState.CLIENT_GONE)
        self.assertEqual(self.observer.records[0].error_type, "client_disconnect")

    def test_client_gone_while_connecting_cancels_the_upstream_request(self) -> None:
        assert self.screen.pending is not None
        self.screen.pending.callback(CLEAN)
        self.request.connectionLost(Exception("gone"))
        self.assertEqual(self.upstream.cancelled, 1)
        self.assertEqual(self.clock.getDelayedCalls(), [])
        self.assertEqual(self.request.written, [])

    def test_a_refused_screen_answers_without_going_upstream(self) -> None:
        from koreshield.errors import APIError

        assert self.screen.pending is not None
        self.screen.pending.callback(ScreenOutcome(error=APIError(403, "blocked", "threat_detected")))
        self.assertEqual(self.request.responseCode, 403)
        self.assertEqual(self.upstream.sent, [])


class StreamGuardMadeWhileTheProviderWorksTests(SynchronousTestCase):
    """
    The output guard of a stream (and the index of its system prompt, about a
    millisecond per 2 KB when new) is made once the request has gone to the
    provider, before its answer: off the way to the first token.
    """

    def setUp(self) -> None:
        self.clock = Clock()
        self.upstream = PendingUpstream()
        self.screen = ControlledScreen()
        settings = settings_from_mapping({"providers": {"p": {"base_url": "http://127.0.0.1:1/v1"}}}, {})
        self.gateway = Gateway(
            settings=settings,
            clock=self.clock,
            providers={"p": OpenAICompatibleProvider("p", settings.providers["p"])},
            clients={"p": self.upstream},  # type: ignore[dict-item]
            screen=self.screen,
            observer=RecordingObserver(),
            output=build_output_policy(settings),
        )
        self.guards_made: list[int] = []

    def exchange(self, body: bytes, make_guard: Any = None) -> RelayExchange:
        def stream_guard(policy: Any, messages: Any, report: Any, clock: Any) -> Any:
            self.guards_made.append(len(self.upstream.sent))
            if make_guard is not None:
                return make_guard(policy, messages, report, clock)
            return policy.for_stream(messages, report, clock)

        self.request = Request(body)
        exchange = RelayExchange(self.request, self.gateway, dataclasses.replace(CHAT, stream_guard=stream_guard))
        exchange.start()
        assert self.screen.pending is not None
        self.screen.pending.callback(CLEAN)
        return exchange

    def test_the_guard_of_a_stream_is_made_once_the_request_is_sent(self) -> None:
        exchange = self.exchange(BODY)
        self.assertEqual(exchange.state, ExchangeState.CONNECTING)
        self.assertEqual(self.guards_made, [1])

    def test_a_request_not_streamed_makes_no_stream_guard(self) -> None:
        self.exchange(json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode())
        self.assertEqual(len(self.upstream.sent), 1)
        self.assertEqual(self.guards_made, [])

    def test_a_fault_making_the_guard_early_leaves_the_request_waiting_for_its_answer(self) -> None:
        def broken(policy: Any, messages: Any, report: Any, clock: Any) -> Any:
            raise RuntimeError("a bug of ours")

        exchange = self.exchange(BODY, broken)
        self.assertEqual(exchange.state, ExchangeState.CONNECTING)
        self.assertEqual(self.request.finished, 0)
