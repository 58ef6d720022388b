"""
End-to-end specification of the output guard over real loopback sockets:
a fake provider streams answers holding secrets, the client reads what the
proxy sends, byte for byte.

Every key below is made up for these tests.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import openai
from twisted.internet import reactor
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase
from twisted.web.server import Site

from tests.fake_anthropic import FakeAnthropic
from tests.fake_provider import DONE, Reply, Stream, answer_events, chunk, completion
from tests.fake_upstream import ScriptedAnswer
from tests.prometheus_text import sample_value, scrape_text
from tests.proxy_harness import (
    STREAM_CHAT,
    ArrivalRecorder,
    ProviderAndProxyMixin,
    RunningProxy,
    assert_spread_out,
    in_thread,
    post_chat_to,
    sse_data,
)
from tests.test_observe import CapturedLog

AWS_KEY = "AKIAZ7QX3N5PLM2RTV8W"
BETWEEN = chunk()
"""A non-content event (an empty delta) the provider sends in the middle of the secret."""

ANSWERS = {
    "start": ("", " was found in the logs."),
    "middle": ("The logs show ", " as the culprit."),
    "end": ("The culprit is ", ""),
}
BLOCKED = {
    "message": "KoreShield stopped the answer: a secret (aws_access_key) was detected in it.",
    "type": "output_blocked",
    "code": "output_blocked",
    "param": None,
    "finding": {"category": "secret", "type": "aws_access_key"},
}


def provider_events(position: str, size: int) -> list[bytes]:
    """The answer with the key at C{position}, the key in C{size}-character pieces, an empty event halfway."""
    before, after = ANSWERS[position]
    pieces = [AWS_KEY[i : i + size] for i in range(0, len(AWS_KEY), size)]
    halfway = len(pieces) // 2
    events = [chunk("", role="assistant")] + ([chunk(before)] if before else [])
    events += [chunk(p) for p in pieces[:halfway]] + [BETWEEN] + [chunk(p) for p in pieces[halfway:]]
    events += [chunk(after)] if after else []
    return [*events, chunk(finish="stop"), DONE]


def while_the_key_is_held(position: str, size: int) -> list[bytes]:
    """
    What the client receives until the key settles: the events before it
    unchanged, then each piece of the key's event with its content held
    back (an empty content), the empty event passing through between them.
    """
    before, _ = ANSWERS[position]
    pieces = -(-len(AWS_KEY) // size)
    halfway = pieces // 2
    received = [chunk("", role="assistant")] + ([chunk(before)] if before else [])
    return received + [chunk("")] * halfway + [BETWEEN] + [chunk("")] * (pieces - halfway)


def last_event(error: dict[str, Any]) -> bytes:
    event = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "fake-model",
        "choices": [{"index": 0, "delta": {}, "finish_reason": "content_filter"}],
        "error": error,
    }
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


class GuardedProxyMixin(ProviderAndProxyMixin):
    @inlineCallbacks
    def received(self, events: list[bytes], gap: float = 0.0) -> Any:
        self.provider.behaviour = Stream(events, gap=gap)
        response = yield self.post_chat(STREAM_CHAT)
        recorder = ArrivalRecorder()
        response.deliverBody(recorder)
        yield recorder.done
        return recorder


class RedactedStreamTests(GuardedProxyMixin, TestCase):
    @inlineCallbacks
    def test_a_secret_in_1_2_and_3_character_pieces_is_redacted_wherever_it_is(self) -> Any:
        for position, size in itertools.product(ANSWERS, (1, 2, 3)):
            _, after = ANSWERS[position]
            expected = while_the_key_is_held(position, size)
            expected += [chunk("[REDACTED:aws_access_key]" + after), chunk(finish="stop"), DONE]
            recorder = yield self.received(provider_events(position, size))
            self.assertEqual(recorder.body, b"".join(expected), f"key at the {position}, {size} at a time")

    @inlineCallbacks
    def test_a_clean_stream_arrives_unchanged_and_spread_out_as_sent(self) -> Any:
        events = answer_events(["Simmer", " the", " sauce", " gently", "."])
        recorder = yield self.received(events, gap=0.1)
        self.assertEqual(recorder.body, b"".join(events))
        assert_spread_out(self, recorder.event_gaps(), 0.1)

    @inlineCallbacks
    def test_a_redaction_is_logged_and_counted_without_the_secret(self) -> Any:
        log = CapturedLog(self)
        yield self.received(provider_events("middle", 2))
        [event] = log.events("output_redacted")
        self.assertEqual(
            {k: event[k] for k in ("category", "finding", "action", "where", "start", "end")},
            {
                "category": "secret",
                "finding": "aws_access_key",
                "action": "redact",
                "where": "choices[0].content",
                "start": 14,
                "end": 34,
            },
        )
        self.assertNotIn(AWS_KEY[:8], log.text)
        metrics = yield scrape_text(self.proxy.url)
        self.assertEqual(sample_value(metrics, "koreshield_output_findings_total", type="secret", action="redact"), 1)

    @inlineCallbacks
    def test_a_non_streamed_answer_is_redacted_too(self) -> Any:
        self.provider.behaviour = Reply(body=completion(f"The key is {AWS_KEY}."))
        response = yield self.post_chat({**STREAM_CHAT, "stream": False})
        answer = json.loads((yield response.content()))
        self.assertEqual(answer["choices"][0]["message"]["content"], "The key is [REDACTED:aws_access_key].")


class BlockedStreamTests(GuardedProxyMixin, TestCase):
    proxy_overrides = {"security": {"output": {"action": "block"}}}

    @inlineCallbacks
    def test_a_secret_in_1_2_and_3_character_pieces_ends_the_stream_before_it(self) -> Any:
        for position, size in itertools.product(ANSWERS, (1, 2, 3)):
            expected = [*while_the_key_is_held(position, size), last_event(BLOCKED), DONE]
            recorder = yield self.received(provider_events(position, size))
            self.assertEqual(recorder.body, b"".join(expected), f"key at the {position}, {size} at a time")

    @inlineCallbacks
    def test_a_block_closes_the_providers_connection(self) -> Any:
        events = [chunk("", role="assistant"), chunk(f"{AWS_KEY} ")] + [chunk(" more")] * 50 + [DONE]
        disconnected = self.provider.next_disconnect()
        recorder = yield self.received(events, gap=0.05)
        yield disconnected
        self.assertLess(self.provider.events_sent, 10)
        self.assertEqual(sse_data(recorder.body)[-1], "[DONE]")

    @inlineCallbacks
    def test_the_openai_sdk_raises_an_api_error_naming_the_block(self) -> Any:
        self.provider.behaviour = Stream(provider_events("middle", 3))
        received: list[str] = []

        def call() -> None:
            client = openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="unused", max_retries=0, timeout=10)
            stream = client.chat.completions.create(model="fake-model", messages=STREAM_CHAT["messages"], stream=True)
            for piece in stream:
                received.append(piece.choices[0].delta.content or "")

        error = yield self.assertFailure(in_thread(call), openai.APIError)
        self.assertEqual(error.code, "output_blocked")
        self.assertEqual("".join(received), "The logs show ")

    @inlineCallbacks
    def test_a_non_streamed_answer_is_cut_before_the_secret(self) -> Any:
        self.provider.behaviour = Reply(body=completion(f"The key is {AWS_KEY}."))
        response = yield self.post_chat({**STREAM_CHAT, "stream": False})
        answer = json.loads((yield response.content()))
        self.assertEqual(answer["choices"][0]["message"]["content"], "The key is ")
        self.assertEqual(answer["choices"][0]["finish_reason"], "content_filter")
        self.assertEqual(answer["error"], BLOCKED)


class HeldTooLongTests(GuardedProxyMixin, TestCase):
    proxy_overrides = {"security": {"output": {"hold_timeout": 0.2}}}

    @inlineCallbacks
    def test_text_held_while_the_provider_stalls_ends_the_stream_without_it(self) -> Any:
        disconnected = self.provider.next_disconnect()
        self.provider.behaviour = Stream([chunk("", role="assistant"), chunk("key: AKIA")], ending="stall")
        response = yield self.post_chat(STREAM_CHAT)
        recorder = ArrivalRecorder()
        response.deliverBody(recorder)
        yield recorder.done
        yield disconnected
        *_, last, done = sse_data(recorder.body)
        self.assertEqual(
            (last["choices"][0]["finish_reason"], last["error"]["finding"]["type"]), ("content_filter", "hold_timeout")
        )
        self.assertEqual(done, "[DONE]")
        self.assertNotIn(b"AKIA", recorder.body)


class TranslatedStreamTests(TestCase):
    """The guard sees a translated provider's answer as OpenAI chunks, after the translation."""

    timeout = 30

    def setUp(self) -> None:
        self.anthropic = FakeAnthropic("sk-ant-fake")
        port = reactor.listenTCP(0, Site(self.anthropic), interface="127.0.0.1")
        self.addCleanup(port.stopListening)
        url = f"http://127.0.0.1:{port.getHost().port}"
        self.proxy = RunningProxy.start(
            {
                "providers": {"anthropic": {"type": "anthropic", "base_url": url, "api_key": "sk-ant-fake"}},
                "default_provider": "anthropic",
            }
        )
        self.addCleanup(self.proxy.stop)

    @inlineCallbacks
    def test_a_key_in_an_anthropic_stream_is_redacted(self) -> Any:
        self.anthropic.script(ScriptedAnswer(text=f"Your key is {AWS_KEY}, keep it safe."))
        response = yield post_chat_to(self.proxy.url, {**STREAM_CHAT, "model": "claude-sonnet-4-5"})
        body = yield response.content()
        content = "".join(
            c["choices"][0]["delta"].get("content") or ""
            for c in sse_data(body)
            if isinstance(c, dict) and c.get("choices")
        )
        self.assertEqual(content, "Your key is [REDACTED:aws_access_key], keep it safe.")
