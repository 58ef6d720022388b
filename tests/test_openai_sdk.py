"""
The official OpenAI Python SDK, changing only C{base_url}, works through the
proxy: same answers, streamed as sent, and its usual exception classes for
every error KoreShield answers.

The SDK blocks, so each call runs in a thread while the reactor serves the
proxy and the fake provider.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

import openai
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

from tests.fake_provider import ByRequest, Reply, Silent, Stream, answer_events, chunk, completion
from tests.proxy_harness import ProviderAndProxyMixin, assert_spread_out, in_thread

MESSAGES = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "Say hello."},
]


class OpenAISDKTests(ProviderAndProxyMixin, TestCase):
    timeout = 30
    proxy_overrides = {"server": {"upstream_idle_timeout": 0.5, "max_body_bytes": 65536}}

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="sk-client-side", max_retries=0, timeout=10)

    @inlineCallbacks
    def test_non_streamed_completion(self) -> Any:
        self.provider.behaviour = Reply(body=completion("Hello from the fake."))

        def call() -> Any:
            return self.client().chat.completions.create(model="fake-model", messages=MESSAGES)

        result = yield in_thread(call)
        self.assertEqual(result.choices[0].message.content, "Hello from the fake.")
        self.assertEqual(result.usage.total_tokens, 8)

    @inlineCallbacks
    def test_streamed_completion_arrives_chunk_by_chunk_as_sent(self) -> Any:
        words = ["Hello", ",", " streaming", " world", "!"]
        self.provider.behaviour = Stream(answer_events(words), gap=0.1)

        def call() -> list[tuple[float, Any]]:
            stream = self.client().chat.completions.create(model="fake-model", messages=MESSAGES, stream=True)
            return [(time.monotonic(), c) for c in stream]

        arrivals = yield in_thread(call)
        content = "".join(c.choices[0].delta.content or "" for _, c in arrivals)
        self.assertEqual(content, "".join(words))
        self.assertEqual(arrivals[-1][1].choices[0].finish_reason, "stop")
        times = [at for at, _ in arrivals]
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert_spread_out(self, gaps, 0.1)

    @inlineCallbacks
    def test_mid_stream_provider_failure_raises_an_api_error_with_stream_error_code(self) -> Any:
        self.provider.behaviour = Stream([chunk("", role="assistant"), chunk("Hal")], ending="reset")
        received: list[str] = []

        def call() -> None:
            stream = self.client().chat.completions.create(model="fake-model", messages=MESSAGES, stream=True)
            for c in stream:
                received.append(c.choices[0].delta.content or "")

        error = yield self.assertFailure(in_thread(call), openai.APIError)
        self.assertEqual(error.code, "STREAM_ERROR")
        self.assertEqual("".join(received), "Hal")

    @inlineCallbacks
    def assertSDKRaises(self, exception: type[Exception], **create: Any) -> Any:
        def call() -> Any:
            return self.client().chat.completions.create(**{"model": "fake-model", "messages": MESSAGES, **create})

        error = yield self.assertFailure(in_thread(call), exception)
        return error

    @inlineCallbacks
    def test_invalid_request_raises_bad_request_error(self) -> Any:
        error = yield self.assertSDKRaises(openai.BadRequestError, messages=[])
        self.assertEqual(error.status_code, 400)

    @inlineCallbacks
    def test_provider_401_raises_authentication_error(self) -> Any:
        self.provider.behaviour = Reply(
            status=401, body={"error": {"message": "bad key", "type": "x", "code": "invalid_api_key"}}
        )
        yield self.assertSDKRaises(openai.AuthenticationError)

    @inlineCallbacks
    def test_provider_429_raises_rate_limit_error(self) -> Any:
        self.provider.behaviour = Reply(
            status=429,
            body={"error": {"message": "slow", "type": "rate_limit_error", "code": None}},
            headers={"Retry-After": "3"},
        )
        error = yield self.assertSDKRaises(openai.RateLimitError, stream=True)
        self.assertEqual(error.response.headers["retry-after"], "3")

    @inlineCallbacks
    def test_a_providers_no_retry_word_reaches_the_sdk_which_then_does_not_retry(self) -> Any:
        # OpenAI answers a spent quota with 429 and x-should-retry: false: retrying only costs time.
        self.provider.behaviour = Reply(
            status=429,
            body={"error": {"message": "quota", "type": "insufficient_quota", "code": "insufficient_quota"}},
            headers={"x-should-retry": "false"},
        )

        def call() -> Any:
            client = openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="sk-client-side", max_retries=2)
            return client.chat.completions.create(model="fake-model", messages=MESSAGES)

        yield self.assertFailure(in_thread(call), openai.RateLimitError)
        self.assertEqual(len(self.provider.requests), 1)

    @inlineCallbacks
    def test_provider_5xx_raises_internal_server_error(self) -> Any:
        self.provider.behaviour = Reply(status=500, body={"error": {"message": "boom"}})
        error = yield self.assertSDKRaises(openai.InternalServerError)
        self.assertEqual(error.status_code, 502)

    @inlineCallbacks
    def test_a_provider_5xx_that_says_do_not_retry_is_not_retried_by_the_sdk(self) -> Any:
        self.provider.behaviour = Reply(
            status=500, body={"error": {"message": "will not get better"}}, headers={"x-should-retry": "false"}
        )

        def call() -> Any:
            client = openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="sk-client-side", max_retries=2)
            return client.chat.completions.create(model="fake-model", messages=MESSAGES)

        yield self.assertFailure(in_thread(call), openai.InternalServerError)
        self.assertEqual(len(self.provider.requests), 1)

    @inlineCallbacks
    def test_a_provider_503_with_retry_after_is_retried_by_the_sdk_after_it(self) -> Any:
        # The SDK's own first backoff is under 0.5 s: a gap of a second is the provider's Retry-After, obeyed.
        busy = Reply(status=503, body={"error": {"message": "busy"}}, headers={"Retry-After": "1"})
        arrivals: list[float] = []

        def answer(received: Any) -> Reply:
            arrivals.append(time.monotonic())
            return busy

        self.provider.behaviour = ByRequest(answer)

        def call() -> Any:
            client = openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="sk-client-side", max_retries=1)
            return client.chat.completions.create(model="fake-model", messages=MESSAGES)

        yield self.assertFailure(in_thread(call), openai.InternalServerError)
        self.assertEqual(len(arrivals), 2)
        self.assertGreater(arrivals[1] - arrivals[0], 0.9)

    @inlineCallbacks
    def test_a_providers_fastapi_style_404_raises_not_found_with_its_text(self) -> Any:
        self.provider.behaviour = Reply(status=404, body={"detail": "Model 'fake-model' is not served here"})
        error = yield self.assertSDKRaises(openai.NotFoundError)
        self.assertEqual((error.code, error.type), ("upstream_error", "not_found_error"))
        self.assertIn("Model 'fake-model' is not served here", error.message)

    @inlineCallbacks
    def test_provider_timeout_raises_internal_server_error_504(self) -> Any:
        self.provider.behaviour = Silent()
        error = yield self.assertSDKRaises(openai.InternalServerError, stream=True)
        self.assertEqual(error.status_code, 504)

    @inlineCallbacks
    def test_body_too_large_raises_status_error_413(self) -> Any:
        error = yield self.assertSDKRaises(openai.APIStatusError, messages=[{"role": "user", "content": "x" * 100_000}])
        self.assertEqual(error.status_code, 413)

    @inlineCallbacks
    def test_models_list(self) -> Any:
        models = yield in_thread(lambda: [m.id for m in self.client().models.list()])
        self.assertEqual(models, ["fake-model"])


class ModelRetrievalTests(ProviderAndProxyMixin, TestCase):
    """C{client.models.retrieve}: C{GET /v1/models/{model}}, answered from the merged listing."""

    timeout = 30

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="sk-client-side", max_retries=0, timeout=10)

    @inlineCallbacks
    def test_a_listed_model_is_retrieved(self) -> Any:
        model = yield in_thread(lambda: self.client().models.retrieve("fake-model"))
        self.assertEqual((model.id, model.object), ("fake-model", "model"))

    @inlineCallbacks
    def test_an_unknown_model_is_a_404_model_not_found(self) -> Any:
        error = yield self.assertFailure(
            in_thread(lambda: self.client().models.retrieve("no-such-model")), openai.NotFoundError
        )
        self.assertEqual(error.code, "model_not_found")
        self.assertIn("no-such-model", error.message)
