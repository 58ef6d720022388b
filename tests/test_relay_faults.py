"""
A fault of KoreShield's own while it relays a stream (a guard detector or a
provider translation raising on one odd event) must end that stream the way
a provider's failure mid-stream does: what was sent stays sent, the client's
SDK gets the in-stream error event (C{STREAM_ERROR}) at once, the
provider's connection is closed, the exchange is logged and counted as
KoreShield's fault (not the provider's), and the proxy goes on serving
every other stream.
"""

from __future__ import annotations

from typing import Any

import openai
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

from koreshield.guard.stream import StreamGuard
from koreshield.guard.text import TextGuard
from tests.fake_provider import API_KEY, ByRequest, ReceivedRequest, Stream, answer_events, chunk
from tests.prometheus_text import sample_value, scrape_text
from tests.proxy_harness import STREAM_CHAT, ProviderAndProxyMixin, in_thread, post_chat_to, sse_data
from tests.test_observe import CapturedLog

PROMPT = "Say hello, my marker is zebra-quokka-41."
WORDS = ["Hello", ",", " this", " is", " an", " odd", " answer", "."]
FAULT_MESSAGE = "KoreShield failed to relay the rest of this answer."


class _GuardFault(RuntimeError):
    """What a guard detector's bug raises."""


def _raising_on(word: bytes) -> Any:
    """StreamGuard.feed, raising L{_GuardFault} when its events hold C{word}."""
    original = StreamGuard.feed

    def feed(self: StreamGuard, events: bytes) -> bytes:
        if word in events:
            raise _GuardFault("a detector fault nobody foresaw")
        return original(self, events)

    return feed


def _raising_finish(self: StreamGuard) -> bytes:
    raise _GuardFault("a fault at the stream's end")


class StreamFaultTests(ProviderAndProxyMixin, TestCase):
    timeout = 30

    @inlineCallbacks
    def setUp(self) -> Any:
        yield super().setUp()
        self.log = CapturedLog(self)
        self.provider.behaviour = Stream(answer_events(WORDS), gap=0.02)

    def stream_words(self, received: list[str], model: str = "fake-model") -> Any:
        def call() -> None:
            client = openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="sk-client-side", max_retries=0, timeout=10)
            messages = [{"role": "user", "content": PROMPT}]
            stream = client.chat.completions.create(model=model, messages=messages, stream=True)
            for c in stream:
                received.append(c.choices[0].delta.content or "")

        return in_thread(call)

    @inlineCallbacks
    def test_a_guard_fault_mid_stream_is_a_stream_error_after_what_was_sent(self) -> Any:
        self.patch(StreamGuard, "feed", _raising_on(b" odd"))
        received: list[str] = []
        error = yield self.assertFailure(self.stream_words(received), openai.APIError)
        self.assertEqual((error.code, error.message), ("STREAM_ERROR", FAULT_MESSAGE))
        self.assertEqual("".join(received), "Hello, this is an")
        self.assertEqual(len(self.flushLoggedErrors(_GuardFault)), 1)

    @inlineCallbacks
    def test_a_guard_fault_closes_the_providers_connection(self) -> Any:
        self.patch(StreamGuard, "feed", _raising_on(b" odd"))
        disconnected = self.provider.next_disconnect()
        yield self.assertFailure(self.stream_words([]), openai.APIError)
        yield disconnected
        self.assertLess(self.provider.events_sent, len(WORDS) + 2)
        self.flushLoggedErrors(_GuardFault)

    @inlineCallbacks
    def test_a_fault_at_the_streams_end_ends_the_response_at_once_with_the_error(self) -> Any:
        # The SDK stops reading at [DONE]; the response must still end now, not at the provider's idle timeout.
        self.patch(StreamGuard, "finish", _raising_finish)
        response = yield post_chat_to(self.proxy.url, STREAM_CHAT)
        body = yield response.content()
        error = {"error": {"message": FAULT_MESSAGE, "type": "stream_error", "code": "STREAM_ERROR"}}
        self.assertEqual(sse_data(body)[-2:], [error, "[DONE]"])
        self.assertEqual(len(self.flushLoggedErrors(_GuardFault)), 1)

    @inlineCallbacks
    def test_a_fault_is_logged_and_counted_as_koreshields_without_the_prompt(self) -> Any:
        self.patch(StreamGuard, "feed", _raising_on(b" odd"))
        yield self.assertFailure(self.stream_words([]), openai.APIError)
        self.flushLoggedErrors(_GuardFault)
        [line] = self.log.events("stream_completed")
        self.assertEqual((line["error_type"], line["completed"]), ("internal_error", False))
        self.assertNotIn("zebra-quokka", self.log.text)
        self.assertNotIn(API_KEY, self.log.text)
        metrics = yield scrape_text(self.proxy.url)
        counted = sample_value(metrics, "koreshield_stream_errors_total", error_type="internal_error")
        blamed = sample_value(metrics, "koreshield_stream_errors_total", error_type="upstream_reset")
        self.assertEqual((counted, blamed), (1.0, 0.0))

    @inlineCallbacks
    def test_other_streams_go_on_while_one_fails_and_after(self) -> Any:
        self.patch(StreamGuard, "feed", _raising_on(b" odd"))
        plain = Stream(answer_events(["Fine", " and", " well", "."]), gap=0.05)
        odd = Stream(answer_events(WORDS), gap=0.02)

        def choose(request: ReceivedRequest) -> Stream:
            return odd if request.json["model"] == "odd-model" else plain

        self.provider.behaviour = ByRequest(choose)
        beside: list[str] = []
        running = self.stream_words(beside)
        yield self.assertFailure(self.stream_words([], model="odd-model"), openai.APIError)
        yield running
        after: list[str] = []
        yield self.stream_words(after)
        self.assertEqual(("".join(beside), "".join(after)), ("Fine and well.", "Fine and well."))
        self.flushLoggedErrors(_GuardFault)


def _raising_init(self: StreamGuard, *args: Any, **kwargs: Any) -> None:
    raise _GuardFault("a fault setting up the guard")


class StreamSetUpFaultTests(ProviderAndProxyMixin, TestCase):
    """A fault while setting up a stream's relay, before its first byte, is a 500 and closes the provider's answer."""

    timeout = 30

    @inlineCallbacks
    def test_a_fault_setting_up_the_relay_answers_500_and_closes_the_providers_connection(self) -> Any:
        log = CapturedLog(self)
        self.patch(StreamGuard, "__init__", _raising_init)
        self.provider.behaviour = Stream(answer_events(WORDS), gap=0.05)
        disconnected = self.provider.next_disconnect()
        response = yield post_chat_to(self.proxy.url, STREAM_CHAT)
        body = yield response.json()
        self.assertEqual((response.code, body["error"]["code"]), (500, "internal_error"))
        yield disconnected
        [line] = log.events("stream_completed")
        self.assertEqual((line["status"], line["error_type"]), (500, "internal_error"))
        self.assertEqual(len(self.flushLoggedErrors(_GuardFault)), 1)


def _raising_give_up(self: TextGuard, subtype: str) -> Any:
    raise _GuardFault("a fault giving up held text")


class HoldTimerFaultTests(ProviderAndProxyMixin, TestCase):
    """A fault in the guard's hold timer (text held while the provider stalls) ends the stream as one in the relay."""

    timeout = 30
    proxy_overrides = {"security": {"output": {"hold_timeout": 0.2}}}

    @inlineCallbacks
    def test_a_fault_when_held_text_times_out_ends_the_stream_with_the_error_and_closes_the_provider(self) -> Any:
        self.patch(TextGuard, "give_up", _raising_give_up)
        disconnected = self.provider.next_disconnect()
        self.provider.behaviour = Stream([chunk("", role="assistant"), chunk("key: AKIA")], ending="stall")
        response = yield post_chat_to(self.proxy.url, STREAM_CHAT)
        body = yield response.content()
        yield disconnected
        error = {"error": {"message": FAULT_MESSAGE, "type": "stream_error", "code": "STREAM_ERROR"}}
        self.assertEqual(sse_data(body)[-2:], [error, "[DONE]"])
        self.assertNotIn(b"AKIA", body)
        self.assertEqual(len(self.flushLoggedErrors(_GuardFault)), 1)
