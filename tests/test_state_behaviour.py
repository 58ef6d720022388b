"""
What clients see of rate limits, token budgets and the verdict cache: the
same behaviour from the memory backend and from Redis, in one process
(tests/test_state_processes.py runs several processes on one Redis).
"""

from __future__ import annotations

import json
import time
from typing import Any

import openai
import treq
from twisted.internet import reactor
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase
from twisted.web.server import Site

from tests.fake_anthropic import FakeAnthropic
from tests.fake_provider import DONE, FakeProvider, Stream, answer_events, chunk, usage_chunk
from tests.fake_upstream import ScriptedAnswer, count_tokens
from tests.proxy_harness import CHAT, STREAM_CHAT, RunningProxy, in_thread, proxy_config, sse_data
from tests.redis_server import RedisServer
from tests.twistd_process import pause

LIMITED_KEY = "ks-limited-0123456789abcdef012345"
BUDGETED_KEY = "ks-budgeted-0123456789abcdef01234"
STREAMER_KEY = "ks-streamer-0123456789abcdef01234"
OPEN_KEY = "ks-open-0123456789abcdef0123456789"

KEYS = [
    {"name": "limited", "key": LIMITED_KEY, "rate_limit": "5/minute"},
    {"name": "budgeted", "key": BUDGETED_KEY, "rate_limit": "100/minute", "token_budget": "20/day"},
    {"name": "streamer", "key": STREAMER_KEY, "token_budget": "1000/day"},
    {"name": "open", "key": OPEN_KEY},
]

# The fake provider's non-streamed answer reports 5 prompt + 3 completion tokens.
TOKENS_PER_ANSWER = 8
STREAM_WITH_USAGE = [*answer_events(["Hello", " there", "."])[:-1], usage_chunk(11, 3), DONE]


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}


class StateBehaviour:
    """
    The behaviour both backends owe.  Subclasses say which backend in
    L{state_settings}; the proxy, a fake provider and a fake Anthropic are
    started for each test.
    """

    timeout = 60

    def state_settings(self) -> Any:
        raise NotImplementedError

    @inlineCallbacks
    def setUp(self) -> Any:
        yield self.start_backend()
        self.provider = FakeProvider()
        self.provider.listen()
        self.addCleanup(self.provider.stop)
        self.anthropic = FakeAnthropic("sk-ant-fake")
        port = reactor.listenTCP(0, Site(self.anthropic), interface="127.0.0.1")
        self.addCleanup(port.stopListening)
        config = proxy_config(self.provider, auth={"keys": KEYS}, state=self.state_settings())
        config["providers"]["anthropic"] = {
            "type": "anthropic",
            "base_url": f"http://127.0.0.1:{port.getHost().port}",
            "api_key": "sk-ant-fake",
        }
        config["routes"] = {"claude-*": "anthropic"}
        self.proxy = RunningProxy.start(config)
        self.addCleanup(self.proxy.stop)
        yield self.until_state_ready()

    def start_backend(self) -> Any:
        return None

    @inlineCallbacks
    def until_state_ready(self) -> Any:
        state = self.proxy.service.state
        assert state is not None
        deadline = time.monotonic() + 10
        while state.health().get("connected") is False:
            if time.monotonic() > deadline:
                raise AssertionError("the proxy did not connect to its state")
            yield pause(0.02)

    @inlineCallbacks
    def call(self, method: str, path: str, key: str, body: Any = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        response = yield treq.request(method, self.proxy.url + path, data=data, headers=bearer(key), persistent=False)
        content = yield response.content()
        return response, content

    @inlineCallbacks
    def usage(self, key: str) -> Any:
        response, content = yield self.call("GET", "/v1/usage", key)
        assert response.code == 200, content
        return json.loads(content)

    # Rate limits.

    @inlineCallbacks
    def test_a_key_limited_to_5_a_minute_gets_exactly_5_answers(self) -> Any:
        statuses = []
        for _ in range(7):
            response, _ = yield self.call("POST", "/v1/chat/completions", LIMITED_KEY, CHAT)
            statuses.append(response.code)
        self.assertEqual(statuses, [200] * 5 + [429] * 2)
        self.assertEqual(len(self.provider.requests), 5)
        self.assertTrue(1 <= int(response.headers.getRawHeaders(b"retry-after")[0]) <= 12)

    # Token budgets.

    @inlineCallbacks
    def test_the_budget_stops_a_key_after_its_tokens(self) -> Any:
        statuses = []
        for _ in range(4):
            response, content = yield self.call("POST", "/v1/chat/completions", BUDGETED_KEY, CHAT)
            statuses.append(response.code)
        # 8 + 8 = 16 < 20: served; 8 more = 24 >= 20: the fourth is refused.
        self.assertEqual(statuses, [200, 200, 200, 429])
        self.assertEqual(len(self.provider.requests), 3)
        error = json.loads(content)["error"]
        self.assertEqual((error["code"], error["type"]), ("insufficient_quota", "insufficient_quota"))
        self.assertEqual(response.headers.getRawHeaders(b"x-should-retry"), [b"false"])

    @inlineCallbacks
    def test_an_exhausted_budget_still_lets_the_key_scan_and_read_its_usage(self) -> Any:
        for _ in range(3):
            yield self.call("POST", "/v1/chat/completions", BUDGETED_KEY, CHAT)
        response, _ = yield self.call("POST", "/v1/scan", BUDGETED_KEY, {"content": "hello"})
        self.assertEqual(response.code, 200)
        self.assertEqual((yield self.usage(BUDGETED_KEY))["remaining"], 0)

    @inlineCallbacks
    def test_the_sdk_raises_rate_limit_error_for_the_quota_and_does_not_retry(self) -> Any:
        for _ in range(3):
            yield self.call("POST", "/v1/chat/completions", BUDGETED_KEY, CHAT)
        sent: list[Any] = []

        def call() -> Any:
            http = openai.DefaultHttpxClient(event_hooks={"request": [sent.append]})
            with openai.OpenAI(base_url=self.proxy.url + "/v1", api_key=BUDGETED_KEY, http_client=http) as client:
                return client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])

        error = yield self.assertFailure(in_thread(call), openai.RateLimitError)
        self.assertEqual((error.code, len(sent)), ("insufficient_quota", 1))

    @inlineCallbacks
    def test_a_stream_asks_for_usage_counts_it_and_hides_it_from_a_client_that_did_not_ask(self) -> Any:
        self.provider.behaviour = Stream(STREAM_WITH_USAGE)
        response, content = yield self.call("POST", "/v1/chat/completions", STREAMER_KEY, STREAM_CHAT)
        self.assertEqual(response.code, 200)
        forwarded = self.provider.requests[0].json
        self.assertEqual(forwarded["stream_options"], {"include_usage": True})
        payloads = sse_data(content)
        self.assertEqual([p for p in payloads if p != "[DONE]" and "usage" in p], [])
        self.assertEqual(payloads[-1], "[DONE]")
        self.assertEqual((yield self.usage(STREAMER_KEY))["used"], 14)

    @inlineCallbacks
    def test_a_client_that_asked_for_usage_gets_it(self) -> Any:
        self.provider.behaviour = Stream(STREAM_WITH_USAGE)
        body = {**STREAM_CHAT, "stream_options": {"include_usage": True}}
        _, content = yield self.call("POST", "/v1/chat/completions", STREAMER_KEY, body)
        usage = [p["usage"] for p in sse_data(content) if p != "[DONE]" and p.get("usage")]
        self.assertEqual(usage, [{"prompt_tokens": 11, "completion_tokens": 3, "total_tokens": 14}])

    @inlineCallbacks
    def test_a_stream_cut_short_counts_an_estimate_of_what_was_relayed(self) -> Any:
        events = [chunk("", role="assistant"), chunk("Hello"), chunk(" there")]
        self.provider.behaviour = Stream(events, ending="reset")
        _, content = yield self.call("POST", "/v1/chat/completions", STREAMER_KEY, STREAM_CHAT)
        self.assertIn(b"STREAM_ERROR", content)
        # "Say hello." is 10 characters: 3 tokens; "Hello" and " there": 2 deltas, 11 bytes: 3 tokens.
        self.assertEqual((yield self.usage(STREAMER_KEY))["used"], 6)

    @inlineCallbacks
    def test_a_translated_stream_is_counted_from_the_translators_usage(self) -> Any:
        self.anthropic.script(ScriptedAnswer(text="Hi from Claude, briefly."))
        body = {"model": "claude-sonnet-4-5", "stream": True, "messages": [{"role": "user", "content": "Hello?"}]}
        _, content = yield self.call("POST", "/v1/chat/completions", STREAMER_KEY, body)
        payloads = sse_data(content)
        text = "".join(
            p["choices"][0]["delta"].get("content") or "" for p in payloads if p != "[DONE]" and p["choices"]
        )
        self.assertEqual(text, "Hi from Claude, briefly.")
        self.assertEqual([p for p in payloads if p != "[DONE]" and p.get("usage")], [])
        used = (yield self.usage(STREAMER_KEY))["used"]
        reported = count_tokens(json.dumps(self.anthropic.received[0].body["messages"])) + count_tokens(text)
        self.assertEqual(used, reported)

    @inlineCallbacks
    def test_usage_shows_the_keys_own_figures(self) -> Any:
        yield self.call("POST", "/v1/chat/completions", BUDGETED_KEY, CHAT)
        figures = yield self.usage(BUDGETED_KEY)
        midnight = (int(time.time()) // 86400 + 1) * 86400
        self.assertEqual(
            {k: v for k, v in figures.items() if k != "reset_in"},
            {
                "object": "usage",
                "key": "budgeted",
                "budget": 20,
                "period": "day",
                "used": 8,
                "remaining": 12,
                "reset_at": midnight,
                "rate_limit": {"limit": 100, "period": "minute", "remaining": 98},
            },
        )
        self.assertLessEqual(abs(figures["reset_in"] - (midnight - time.time())), 2)

    @inlineCallbacks
    def test_usage_of_a_key_without_limits_is_null(self) -> Any:
        figures = yield self.usage(OPEN_KEY)
        self.assertEqual(figures["key"], "open")
        self.assertEqual({figures[k] for k in ("budget", "used", "remaining", "rate_limit")}, {None})

    # The verdict cache.

    @inlineCallbacks
    def test_a_prompt_scanned_once_is_a_cache_hit_the_second_time(self) -> Any:
        item = {"content": "Please summarise this quarterly report for the board."}
        first, second = [], []
        for results in (first, second):
            _, content = yield self.call("POST", "/v1/scan", OPEN_KEY, item)
            results.append(json.loads(content)["cached"])
        self.assertEqual((first, second), ([False], [True]))


class MemoryStateTests(StateBehaviour, TestCase):
    def state_settings(self) -> Any:
        return {"backend": "memory"}

    @inlineCallbacks
    def test_health_names_the_memory_backend(self) -> Any:
        response = yield treq.get(self.proxy.url + "/health", persistent=False)
        self.assertEqual((yield response.json()), {"status": "ok", "state": {"backend": "memory"}})


class RedisStateTests(StateBehaviour, TestCase):
    @inlineCallbacks
    def start_backend(self) -> Any:
        self.redis = RedisServer(self)
        yield self.redis.start()

    def state_settings(self) -> Any:
        # These tests are about what the limits do, not about a slow Redis
        # (tests.test_state_redis and tests.test_state_processes are): a
        # timeout a busy CI machine cannot trip, so a late answer is not
        # taken for a Redis fault (it once was, at 200 ms, under -j2 load).
        return {"backend": "redis", "redis_url": self.redis.url, "timeout_ms": 5000}

    @inlineCallbacks
    def test_health_says_redis_is_connected(self) -> Any:
        response = yield treq.get(self.proxy.url + "/health", persistent=False)
        expected = {"status": "ok", "state": {"backend": "redis", "connected": True, "on_error": "open"}}
        self.assertEqual((yield response.json()), expected)
