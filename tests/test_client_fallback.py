"""
C{stream_with_fallback} with the official OpenAI SDK, through the real
proxy, in front of a provider that breaks its stream: before any content
the helper asks once more without streaming; after content it raises.  Text
is never duplicated.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import openai
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

from koreshield.client import stream_with_fallback, stream_with_fallback_async
from tests.fake_provider import ByStreaming, Reply, Stream, answer_events, chunk, completion
from tests.proxy_harness import ProviderAndProxyMixin, in_thread
from tests.scan_client_contract import ATTACK

MESSAGES = [{"role": "user", "content": "Say hello."}]
FALLBACK_TEXT = "Hello from the plain answer."
BROKEN_BEFORE_CONTENT = ByStreaming(
    streamed=Stream([chunk("", role="assistant")], ending="reset"), plain=Reply(body=completion(FALLBACK_TEXT))
)
BROKEN_AFTER_CONTENT = ByStreaming(
    streamed=Stream([chunk("", role="assistant"), chunk("Hal")], ending="reset"),
    plain=Reply(body=completion(FALLBACK_TEXT)),
)


class StreamWithFallbackTests(ProviderAndProxyMixin, TestCase):
    def collect(self, **create_kwargs: Any) -> Any:
        """Run the helper in a thread; fires with (texts, error or None)."""

        def run() -> tuple[list[str], Exception | None]:
            texts: list[str] = []
            with openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="x", max_retries=0) as client:
                try:
                    for text in stream_with_fallback(client, model="fake-model", messages=MESSAGES, **create_kwargs):
                        texts.append(text)
                except Exception as error:
                    return texts, error
            return texts, None

        return in_thread(run)

    def provider_asked_for_streams(self) -> list[bool]:
        return [bool(json.loads(r.body).get("stream")) for r in self.provider.requests]

    @inlineCallbacks
    def test_a_whole_stream_is_yielded_delta_by_delta(self) -> Any:
        self.provider.behaviour = Stream(answer_events(["Hello", " there", "."]))
        texts, error = yield self.collect()
        self.assertEqual((texts, error), (["Hello", " there", "."], None))
        self.assertEqual(self.provider_asked_for_streams(), [True])

    @inlineCallbacks
    def test_a_stream_broken_before_any_content_is_asked_again_without_streaming(self) -> Any:
        self.provider.behaviour = BROKEN_BEFORE_CONTENT
        texts, error = yield self.collect()
        self.assertEqual((texts, error), ([FALLBACK_TEXT], None))
        self.assertEqual(self.provider_asked_for_streams(), [True, False])

    @inlineCallbacks
    def test_a_stream_broken_after_content_raises_and_is_not_asked_again(self) -> Any:
        self.provider.behaviour = BROKEN_AFTER_CONTENT
        texts, error = yield self.collect()
        self.assertEqual(texts, ["Hal"])
        self.assertIsInstance(error, openai.APIError)
        self.assertEqual(error.code, "STREAM_ERROR")  # type: ignore[union-attr]
        self.assertEqual(self.provider_asked_for_streams(), [True])

    @inlineCallbacks
    def test_stream_options_are_left_out_of_the_plain_request(self) -> Any:
        self.provider.behaviour = BROKEN_BEFORE_CONTENT
        texts, _error = yield self.collect(stream_options={"include_usage": True}, temperature=0)
        self.assertEqual(texts, [FALLBACK_TEXT])
        plain = json.loads(self.provider.requests[1].body)
        self.assertEqual((plain.get("stream_options"), plain["temperature"]), (None, 0))

    @inlineCallbacks
    def test_a_blocked_prompt_is_raised_not_retried(self) -> Any:
        def run() -> Exception | None:
            with openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="x", max_retries=0) as client:
                messages = [{"role": "user", "content": ATTACK}]
                try:
                    list(stream_with_fallback(client, model="fake-model", messages=messages))
                except Exception as error:
                    return error
            return None

        error = yield in_thread(run)
        self.assertIsInstance(error, openai.PermissionDeniedError)
        self.assertEqual(self.provider.requests, [])


class AsyncStreamWithFallbackTests(ProviderAndProxyMixin, TestCase):
    def collect(self) -> Any:
        async def run() -> tuple[list[str], Exception | None]:
            texts: list[str] = []
            async with openai.AsyncOpenAI(base_url=self.proxy.url + "/v1", api_key="x", max_retries=0) as client:
                try:
                    async for text in stream_with_fallback_async(client, model="fake-model", messages=MESSAGES):
                        texts.append(text)
                except Exception as error:
                    return texts, error
            return texts, None

        return in_thread(asyncio.run, run())

    @inlineCallbacks
    def test_a_stream_broken_before_any_content_is_asked_again_without_streaming(self) -> Any:
        self.provider.behaviour = BROKEN_BEFORE_CONTENT
        texts, error = yield self.collect()
        self.assertEqual((texts, error), ([FALLBACK_TEXT], None))

    @inlineCallbacks
    def test_a_stream_broken_after_content_raises_and_is_not_asked_again(self) -> Any:
        self.provider.behaviour = BROKEN_AFTER_CONTENT
        texts, error = yield self.collect()
        self.assertEqual(texts, ["Hal"])
        self.assertEqual(getattr(error, "code", None), "STREAM_ERROR")
        self.assertEqual(len(self.provider.requests), 1)
