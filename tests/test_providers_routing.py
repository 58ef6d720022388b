"""
Providers behind one OpenAI API: routing by model, translation end to end
with the OpenAI SDK, Azure's dialect, failover before the first byte (and
never after), per-provider limits and timeouts, and the merged model list.
"""

from __future__ import annotations

import json
import socket
from typing import Any

import openai
import treq
from twisted.internet import reactor
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import SynchronousTestCase, TestCase
from twisted.web.server import Site

from koreshield.config import ConfigError, settings_from_mapping
from koreshield.routing import ModelRouter, RouteTarget
from tests.fake_anthropic import FakeAnthropic
from tests.fake_gemini import FakeGemini
from tests.fake_provider import API_KEY, FakeProvider, Reply, Stream, answer_events, chunk
from tests.fake_upstream import ScriptedAnswer, ScriptedFailure
from tests.prometheus_text import sample_value
from tests.proxy_harness import STREAM_CHAT, RunningProxy, in_thread, sse_data
from tests.test_observe import CapturedLog


def router(routes: dict[str, Any], default: str = "openai") -> ModelRouter:
    providers = {name: {"base_url": "http://127.0.0.1:9/v1"} for name in ("openai", "anthropic", "gemini", "backup")}
    return ModelRouter(
        settings_from_mapping({"providers": providers, "default_provider": default, "routes": routes}, {})
    )


class ModelRouterTests(SynchronousTestCase):
    def test_unknown_models_go_to_the_default_provider(self) -> None:
        self.assertEqual(router({}).route("gpt-4o"), (RouteTarget("openai", "gpt-4o"),))

    def test_prefix_patterns_route_families(self) -> None:
        routes = router({"claude-*": "anthropic", "gemini-*": "gemini"})
        self.assertEqual(routes.route("claude-3-5-sonnet"), (RouteTarget("anthropic", "claude-3-5-sonnet"),))
        self.assertEqual(routes.route("gemini-2.0-flash"), (RouteTarget("gemini", "gemini-2.0-flash"),))

    def test_a_provider_name_prefix_is_stripped(self) -> None:
        self.assertEqual(
            router({}).route("anthropic/claude-3-5-sonnet"), (RouteTarget("anthropic", "claude-3-5-sonnet"),)
        )

    def test_a_slash_that_names_no_provider_is_part_of_the_model(self) -> None:
        self.assertEqual(router({}).route("meta-llama/Llama-3-8B"), (RouteTarget("openai", "meta-llama/Llama-3-8B"),))

    def test_exact_names_win_over_prefixes_and_longer_prefixes_over_shorter(self) -> None:
        routes = router({"gpt-*": "backup", "gpt-4o-*": "anthropic", "gpt-4o-mini": "gemini"})
        self.assertEqual(routes.route("gpt-4o-mini")[0].provider, "gemini")
        self.assertEqual(routes.route("gpt-4o-2024")[0].provider, "anthropic")
        self.assertEqual(routes.route("gpt-3.5")[0].provider, "backup")

    def test_a_route_lists_providers_in_failover_order(self) -> None:
        self.assertEqual(
            [t.provider for t in router({"gpt-*": ["openai", "backup"]}).route("gpt-4o")], ["openai", "backup"]
        )


class RouteConfigTests(SynchronousTestCase):
    def assertConfigError(self, raw: dict[str, Any], expected: str) -> None:
        with self.assertRaises(ConfigError) as caught:
            settings_from_mapping(raw, {})
        self.assertEqual(str(caught.exception), expected)

    def test_routes_must_name_defined_providers(self) -> None:
        self.assertConfigError(
            {"providers": {"a": {"base_url": "http://x/v1"}}, "routes": {"claude-*": "nope"}},
            "routes.claude-*: 'nope' is not defined under providers",
        )

    def test_at_most_three_providers_per_route(self) -> None:
        providers = {n: {"base_url": "http://x/v1"} for n in "abcd"}
        self.assertConfigError(
            {"providers": providers, "default_provider": "a", "routes": {"m": ["a", "b", "c", "d"]}},
            "routes.m: may list at most 3 providers",
        )

    def test_azure_needs_an_api_version(self) -> None:
        self.assertConfigError(
            {"providers": {"az": {"type": "azure", "base_url": "https://r.openai.azure.com/openai"}}},
            "providers.az.api_version: is required for Azure OpenAI",
        )

    def test_anthropic_and_gemini_have_default_base_urls(self) -> None:
        settings = settings_from_mapping(
            {"providers": {"a": {"type": "anthropic"}, "g": {"type": "gemini"}}, "default_provider": "a"}, {}
        )
        self.assertEqual(settings.providers["a"].base_url, "https://api.anthropic.com")
        self.assertEqual(settings.providers["g"].base_url, "https://generativelanguage.googleapis.com/v1beta")


def listen(resource: Any) -> tuple[Any, str]:
    port = reactor.listenTCP(0, Site(resource), interface="127.0.0.1")  # type: ignore[attr-defined]
    return port, f"http://127.0.0.1:{port.getHost().port}"


def closed_port_url() -> str:
    unused = socket.socket()
    unused.bind(("127.0.0.1", 0))
    port = unused.getsockname()[1]
    unused.close()
    return f"http://127.0.0.1:{port}/v1"


class TranslatedProvidersTests(TestCase):
    """The OpenAI SDK, through the proxy, to fake Anthropic and Gemini servers."""

    timeout = 30

    def setUp(self) -> None:
        self.anthropic = FakeAnthropic("sk-ant-fake")
        self.gemini = FakeGemini("gemini-fake-key")
        self.openai = FakeProvider()
        self.openai.listen()
        self.addCleanup(self.openai.stop)
        anthropic_port, anthropic_url = listen(self.anthropic)
        gemini_port, gemini_url = listen(self.gemini)
        self.addCleanup(anthropic_port.stopListening)
        self.addCleanup(gemini_port.stopListening)
        self.proxy = RunningProxy.start(
            {
                "providers": {
                    "openai": {"base_url": self.openai.base_url, "api_key": API_KEY},
                    "anthropic": {"type": "anthropic", "base_url": anthropic_url, "api_key": "sk-ant-fake"},
                    "gemini": {"type": "gemini", "base_url": gemini_url + "/v1beta", "api_key": "gemini-fake-key"},
                },
                "default_provider": "openai",
                "routes": {"claude-*": "anthropic", "gemini-*": "gemini"},
            }
        )
        self.addCleanup(self.proxy.stop)

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="client", max_retries=0, timeout=10)

    def stream(self, model: str) -> Any:
        def call() -> list[Any]:
            with self.client() as client:
                stream = client.chat.completions.create(
                    model=model,
                    messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello?"}],
                    stream=True,
                    stream_options={"include_usage": True},
                )
                return list(stream)

        return in_thread(call)

    @inlineCallbacks
    def test_streaming_to_anthropic_yields_openai_chunks(self) -> Any:
        self.anthropic.script(ScriptedAnswer(text="Hi from Claude, briefly.", delay=0.01))
        chunks = yield self.stream("claude-sonnet-4-5")
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        self.assertEqual(text, "Hi from Claude, briefly.")
        self.assertEqual([c.choices[0].finish_reason for c in chunks if c.choices][-1], "stop")
        self.assertGreater(chunks[-1].usage.total_tokens, 0)
        self.assertEqual(chunks[0].model, "claude-sonnet-4-5")
        received = self.anthropic.received[-1]
        self.assertEqual(received.path, "/v1/messages")
        self.assertEqual(received.body["system"], [{"type": "text", "text": "Be brief."}])
        self.assertNotIn("authorization", received.headers)

    @inlineCallbacks
    def test_streaming_to_gemini_yields_openai_chunks(self) -> Any:
        self.gemini.script(ScriptedAnswer(text="Gemini says hello.", delay=0.01))
        chunks = yield self.stream("gemini-2.5-flash")
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        self.assertEqual(text, "Gemini says hello.")
        self.assertEqual(self.gemini.received[-1].path, "/v1beta/models/gemini-2.5-flash:streamGenerateContent")

    @inlineCallbacks
    def test_non_streamed_anthropic_answer_is_a_chat_completion(self) -> Any:
        self.anthropic.script(ScriptedAnswer(text="Plain answer."))

        def call() -> Any:
            with self.client() as client:
                return client.chat.completions.create(
                    model="anthropic/claude-3-5-haiku-20241022", messages=[{"role": "user", "content": "Hi"}]
                )

        completion = yield in_thread(call)
        self.assertEqual(completion.choices[0].message.content, "Plain answer.")
        self.assertEqual(self.anthropic.received[-1].body["model"], "claude-3-5-haiku-20241022")

    @inlineCallbacks
    def test_provider_error_comes_back_in_openai_shape_with_its_status(self) -> Any:
        self.anthropic.script(ScriptedFailure(400, "max_tokens: too large"))

        def call() -> Any:
            with self.client() as client:
                return client.chat.completions.create(model="claude-x", messages=[{"role": "user", "content": "Hi"}])

        error = yield self.assertFailure(in_thread(call), openai.BadRequestError)
        self.assertIn("max_tokens: too large", str(error))

    @inlineCallbacks
    def test_what_does_not_translate_is_refused_with_400_before_the_provider_sees_it(self) -> Any:
        def call() -> Any:
            with self.client() as client:
                return client.chat.completions.create(
                    model="claude-x", messages=[{"role": "user", "content": "Hi"}], logprobs=True
                )

        error = yield self.assertFailure(in_thread(call), openai.BadRequestError)
        self.assertEqual(error.code, "unsupported_parameter")
        self.assertEqual(self.anthropic.received, [])

    @inlineCallbacks
    def test_models_merge_every_provider(self) -> Any:
        response = yield treq.get(self.proxy.url + "/v1/models", persistent=False)
        listing = yield response.json()
        ids = {m["id"] for m in listing["data"]}
        self.assertTrue({"fake-model", "claude-sonnet-4-5", "gemini-2.5-flash"} <= ids, ids)

    @inlineCallbacks
    def test_models_leave_out_a_failing_provider(self) -> Any:
        self.openai.behaviour = Reply(status=500, body={"error": {"message": "down"}})
        response = yield treq.get(self.proxy.url + "/v1/models", persistent=False)
        listing = yield response.json()
        ids = {m["id"] for m in listing["data"]}
        self.assertIn("claude-sonnet-4-5", ids)
        self.assertNotIn("fake-model", ids)

    @inlineCallbacks
    def test_a_provider_left_out_of_the_models_is_logged_once_by_name_without_its_key(self) -> Any:
        log = CapturedLog(self)
        self.openai.behaviour = Reply(status=500, body={"error": {"message": f"down (key {API_KEY})"}})
        response = yield treq.get(self.proxy.url + "/v1/models", persistent=False)
        yield response.content()
        [line] = log.events("models_listing_failed")
        self.assertEqual((line["provider"], line["level"], line["reason"]), ("openai", "warn", "answered 500"))
        self.assertNotIn(API_KEY, log.text)


class FailoverTests(TestCase):
    timeout = 30

    def start(self, first: dict[str, Any], **server: Any) -> None:
        self.second = FakeProvider()
        self.second.listen()
        self.addCleanup(self.second.stop)
        self.proxy = RunningProxy.start(
            {
                "providers": {"first": first, "second": {"base_url": self.second.base_url, "api_key": API_KEY}},
                "default_provider": "first",
                "routes": {"gpt-*": ["first", "second"]},
                "server": server,
            }
        )
        self.addCleanup(self.proxy.stop)

    def start_with_fake_first(self, **server: Any) -> FakeProvider:
        first = FakeProvider()
        first.listen()
        self.addCleanup(first.stop)
        self.start({"base_url": first.base_url, "api_key": API_KEY}, **server)
        return first

    @inlineCallbacks
    def post(self, body: dict[str, Any]) -> Any:
        response = yield treq.post(
            self.proxy.url + "/v1/chat/completions", data=json.dumps(body).encode(), persistent=False
        )
        content = yield response.content()
        return response, content

    @inlineCallbacks
    def test_refused_connection_fails_over_to_the_next_provider(self) -> Any:
        self.start({"base_url": closed_port_url(), "api_key": "k"})
        response, body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        self.assertEqual(response.code, 200)
        self.assertEqual(sse_data(body)[-1], "[DONE]")
        self.assertEqual(len(self.second.requests), 1)

    @inlineCallbacks
    def test_a_stream_failed_over_to_that_ends_well_is_logged_and_counted_without_an_error(self) -> Any:
        self.start({"base_url": closed_port_url(), "api_key": "k"})
        log = CapturedLog(self)
        response, body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        self.assertEqual((response.code, sse_data(body)[-1]), (200, "[DONE]"))
        [line] = log.events("stream_completed")
        self.assertEqual((line["completed"], line["error_type"]), (True, None))
        metrics = yield treq.get(self.proxy.url + "/metrics", persistent=False)
        text = yield metrics.text()
        self.assertEqual(sample_value(text, "koreshield_stream_errors_total", error_type="upstream_unreachable"), 0.0)

    @inlineCallbacks
    def test_a_provider_failed_over_to_that_never_answers_observes_no_upstream_latency(self) -> Any:
        first = self.start_with_fake_first()
        first.behaviour = Reply(status=500, body={"error": {"message": "boom"}})
        yield self.second.stop()
        response, _body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        self.assertEqual(response.code, 502)
        metrics = yield treq.get(self.proxy.url + "/metrics", persistent=False)
        text = yield metrics.text()
        self.assertIsNone(sample_value(text, "koreshield_upstream_latency_ms_count", provider="second"))

    @inlineCallbacks
    def test_a_5xx_fails_over(self) -> Any:
        first = self.start_with_fake_first()
        first.behaviour = Reply(status=500, body={"error": {"message": "boom"}})
        response, _body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        self.assertEqual(response.code, 200)
        self.assertEqual((len(first.requests), len(self.second.requests)), (1, 1))
        metrics = yield treq.get(self.proxy.url + "/metrics", persistent=False)
        text = yield metrics.text()
        self.assertIn('koreshield_upstream_failovers_total{provider="first",reason="status_500"} 1.0', text)

    @inlineCallbacks
    def test_a_429_fails_over(self) -> Any:
        first = self.start_with_fake_first()
        first.behaviour = Reply(status=429, body={"error": {"message": "slow"}}, headers={"Retry-After": "9"})
        response, _body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        self.assertEqual(response.code, 200)
        self.assertEqual(len(self.second.requests), 1)

    @inlineCallbacks
    def test_when_every_provider_fails_the_last_failure_is_answered(self) -> Any:
        first = self.start_with_fake_first()
        first.behaviour = Reply(status=503, body={"error": {"message": "a"}})
        self.second.behaviour = Reply(status=429, body={"error": {"message": "b"}}, headers={"Retry-After": "4"})
        response, _body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        self.assertEqual(response.code, 429)
        self.assertEqual(response.headers.getRawHeaders(b"retry-after"), [b"4"])

    @inlineCallbacks
    def test_a_4xx_other_than_429_is_answered_without_failover(self) -> Any:
        first = self.start_with_fake_first()
        first.behaviour = Reply(status=400, body={"error": {"message": "bad"}})
        response, _body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        self.assertEqual(response.code, 400)
        self.assertEqual(self.second.requests, [])

    @inlineCallbacks
    def test_no_failover_after_the_first_byte(self) -> Any:
        first = self.start_with_fake_first()
        first.behaviour = Stream([chunk("", role="assistant"), chunk("Par")], ending="reset")
        _response, body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        payloads = sse_data(body)
        self.assertEqual(payloads[-2]["error"]["code"], "STREAM_ERROR")
        self.assertEqual(self.second.requests, [])

    @inlineCallbacks
    def test_models_outside_the_route_do_not_fail_over(self) -> Any:
        self.start({"base_url": closed_port_url(), "api_key": "k"})
        response, _body = yield self.post({**STREAM_CHAT, "model": "other-model"})
        self.assertEqual(response.code, 502)
        self.assertEqual(self.second.requests, [])

    @inlineCallbacks
    def test_a_provider_at_its_connection_limit_fails_over(self) -> Any:
        first = FakeProvider()
        first.listen()
        self.addCleanup(first.stop)
        self.start({"base_url": first.base_url, "api_key": API_KEY, "max_connections": 1})
        first.behaviour = Stream(answer_events(["slow"] * 5), gap=0.1)
        slow = treq.post(
            self.proxy.url + "/v1/chat/completions",
            data=json.dumps({**STREAM_CHAT, "model": "gpt-4o"}).encode(),
            persistent=False,
        )
        response, _body = yield self.post({**STREAM_CHAT, "model": "gpt-4o"})
        self.assertEqual(response.code, 200)
        self.assertEqual(len(self.second.requests), 1)
        yield (yield slow).content()
        self.assertEqual(len(first.requests), 1)


class AzureTests(TestCase):
    timeout = 30

    @inlineCallbacks
    def test_azure_gets_its_deployment_path_api_version_and_api_key(self) -> Any:
        azure = FakeProvider()
        azure.listen()
        self.addCleanup(azure.stop)
        base = azure.base_url.removesuffix("/v1") + "/openai"
        proxy = RunningProxy.start(
            {"providers": {"az": {"type": "azure", "base_url": base, "api_key": "az-key", "api_version": "2024-10-21"}}}
        )
        self.addCleanup(proxy.stop)
        response = yield treq.post(
            proxy.url + "/v1/chat/completions",
            data=json.dumps({**STREAM_CHAT, "model": "my-gpt4o"}).encode(),
            persistent=False,
        )
        body = yield response.content()
        self.assertEqual(sse_data(body)[-1], "[DONE]")
        received = azure.requests[-1]
        self.assertEqual(received.uri, "/openai/deployments/my-gpt4o/chat/completions?api-version=2024-10-21")
        self.assertEqual(received.header("api-key"), "az-key")
        self.assertIsNone(received.header("authorization"))


class AzurePathTests(SynchronousTestCase):
    def test_azure_request_shape(self) -> None:
        from koreshield.parse import parse_chat_request
        from koreshield.providers.openai_compatible import OpenAICompatibleProvider

        settings = settings_from_mapping(
            {
                "providers": {
                    "az": {
                        "type": "azure",
                        "base_url": "https://res.openai.azure.com/openai",
                        "api_key": "az-key",
                        "api_version": "2024-10-21",
                    }
                }
            },
            {},
        )
        provider = OpenAICompatibleProvider("az", settings.providers["az"])
        chat = parse_chat_request(json.dumps({**STREAM_CHAT, "model": "my-gpt4o"}).encode())
        request = provider.chat_request(chat, "my-gpt4o", "req_1")
        self.assertEqual(
            request.url,
            "https://res.openai.azure.com/openai/deployments/my-gpt4o/chat/completions?api-version=2024-10-21",
        )
        headers = dict(request.headers)
        self.assertEqual(headers[b"api-key"], b"az-key")
        self.assertNotIn(b"Authorization", headers)
        self.assertEqual(
            provider.models_request().url, "https://res.openai.azure.com/openai/models?api-version=2024-10-21"
        )

    def test_azure_serves_the_responses_api_beside_its_deployments(self) -> None:
        from koreshield.providers.openai_compatible import OpenAICompatibleProvider
        from koreshield.responses_input import parse_responses_request

        settings = settings_from_mapping(
            {
                "providers": {
                    "az": {
                        "type": "azure",
                        "base_url": "https://res.openai.azure.com/openai",
                        "api_key": "az-key",
                        "api_version": "2025-04-01-preview",
                    }
                }
            },
            {},
        )
        provider = OpenAICompatibleProvider("az", settings.providers["az"])
        request = parse_responses_request(json.dumps({"model": "my-gpt4o", "input": "Hi"}).encode())
        upstream = provider.openai_request("/responses", request, "my-gpt4o", "req_1")
        self.assertEqual(upstream.url, "https://res.openai.azure.com/openai/responses?api-version=2025-04-01-preview")
        self.assertEqual(json.loads(upstream.body or b"")["model"], "my-gpt4o")


class PerProviderTimeoutTests(TestCase):
    timeout = 30

    @inlineCallbacks
    def test_a_providers_own_idle_timeout_overrides_the_servers(self) -> Any:
        from tests.fake_provider import Silent

        slow = FakeProvider()
        slow.listen()
        self.addCleanup(slow.stop)
        slow.behaviour = Silent()
        proxy = RunningProxy.start(
            {
                "providers": {"slow": {"base_url": slow.base_url, "idle_timeout": 0.3}},
                "server": {"upstream_idle_timeout": 60},
            }
        )
        self.addCleanup(proxy.stop)
        response = yield treq.post(
            proxy.url + "/v1/chat/completions", data=json.dumps(STREAM_CHAT).encode(), persistent=False
        )
        body = yield response.json()
        self.assertEqual((response.code, body["error"]["code"]), (504, "upstream_timeout"))
