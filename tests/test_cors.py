"""
CORS for browser apps (the OpenAI TypeScript SDK with C{dangerouslyAllowBrowser}):
off unless C{cors.allow_origins} names the app's origin; then preflights are
answered before any client key is asked for, and every answer and stream
lets the app read it and the headers it needs.
"""

from __future__ import annotations

import json
from typing import Any

import treq
from twisted.internet import threads
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import SynchronousTestCase, TestCase

from koreshield.config import ConfigError, settings_from_mapping
from tests.fake_provider import DONE, Stream, chunk
from tests.proxy_harness import CHAT, STREAM_CHAT, ProviderAndProxyMixin

APP = "https://app.example.com"
KEY = "ks-browser-0123456789abcdef0123"


def preflight(url: str, origin: str, method: str = "POST", headers: str = "authorization,content-type") -> Any:
    return treq.request(
        "OPTIONS",
        url,
        headers={"Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers},
        persistent=False,
    )


def header(response: Any, name: str) -> str | None:
    values = response.headers.getRawHeaders(name.encode("ascii"))
    return values[-1].decode("latin-1") if values else None


class AllowedOriginTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {
        "cors": {"allow_origins": [APP, "http://localhost:5173"], "max_age": 300},
        "server": {"max_body_bytes": 65536, "client_body_timeout": 0.3},
        "auth": {"keys": [{"name": "browser", "key": KEY}]},
    }

    def raw(self, data: bytes) -> Any:
        """Send raw bytes from a thread; fires with the status line and headers of what came back (lower case)."""
        from tests.test_bad_input import raw_exchange

        received = threads.deferToThread(raw_exchange, self.proxy.port, data)
        return received.addCallback(lambda raw: raw.partition(b"\r\n\r\n")[0].lower())

    @inlineCallbacks
    def test_a_preflight_is_answered_without_a_key(self) -> Any:
        response = yield preflight(self.proxy.url + "/v1/chat/completions", APP, headers="authorization,x-stainless-os")
        yield response.content()
        self.assertEqual(response.code, 204)
        self.assertEqual(header(response, "access-control-allow-origin"), APP)
        self.assertIn("POST", header(response, "access-control-allow-methods") or "")
        self.assertEqual(header(response, "access-control-allow-headers"), "authorization,x-stainless-os")
        self.assertEqual(header(response, "access-control-max-age"), "300")
        self.assertIn("Origin", header(response, "vary") or "")
        self.assertIsNone(header(response, "access-control-allow-credentials"))
        self.assertEqual(self.provider.requests, [])

    @inlineCallbacks
    def test_a_preflight_from_another_origin_is_refused(self) -> Any:
        response = yield preflight(self.proxy.url + "/v1/chat/completions", "https://evil.example")
        body = yield response.json()
        self.assertEqual(response.code, 403)
        self.assertEqual(body["error"]["code"], "cors_origin_not_allowed")
        self.assertIsNone(header(response, "access-control-allow-origin"))

    @inlineCallbacks
    def test_an_answer_lets_the_app_read_it_and_its_headers(self) -> Any:
        response = yield self.post_chat(CHAT, headers={"Origin": APP, "Authorization": f"Bearer {KEY}"})
        yield response.content()
        self.assertEqual(response.code, 200)
        self.assertEqual(header(response, "access-control-allow-origin"), APP)
        exposed = {name.strip() for name in (header(response, "access-control-expose-headers") or "").split(",")}
        self.assertTrue(
            {"x-request-id", "x-koreshield-warning", "retry-after", "x-ratelimit-remaining-requests"} <= exposed
        )
        self.assertNotIn("authorization", exposed)

    @inlineCallbacks
    def test_a_stream_lets_the_app_read_it(self) -> Any:
        self.provider.behaviour = Stream([chunk("Hi"), chunk(finish="stop"), DONE])
        response = yield self.post_chat(STREAM_CHAT, headers={"Origin": APP, "Authorization": f"Bearer {KEY}"})
        body = yield response.content()
        self.assertIn(b"[DONE]", body)
        self.assertEqual(header(response, "access-control-allow-origin"), APP)

    @inlineCallbacks
    def test_a_refusal_lets_the_app_read_why(self) -> Any:
        response = yield self.post_chat(CHAT, headers={"Origin": APP})
        body = yield response.json()
        self.assertEqual((response.code, body["error"]["code"]), (401, "invalid_api_key"))
        self.assertEqual(header(response, "access-control-allow-origin"), APP)

    @inlineCallbacks
    def test_a_body_refused_while_it_arrives_lets_the_app_read_why(self) -> Any:
        big = {"model": "fake-model", "messages": [{"role": "user", "content": "x" * 70000}]}
        response = yield self.post_chat(big, headers={"Origin": APP, "Authorization": f"Bearer {KEY}"})
        yield response.content()
        self.assertEqual(response.code, 413)
        self.assertEqual(header(response, "access-control-allow-origin"), APP)

    @inlineCallbacks
    def test_a_body_too_slow_lets_the_app_read_why(self) -> Any:
        head = yield self.raw(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nOrigin: %s\r\nContent-Length: 100\r\n\r\n{"
            % APP.encode()
        )
        self.assertTrue(head.startswith(b"http/1.1 408 "), head)
        self.assertIn(b"access-control-allow-origin: " + APP.encode(), head)

    @inlineCallbacks
    def test_headers_too_large_let_the_app_read_why(self) -> Any:
        long_line = yield self.raw(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nOrigin: %s\r\nX-Big: %s\r\n\r\n"
            % (APP.encode(), b"a" * 20000)
        )
        many = yield self.raw(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nOrigin: %s\r\n%s\r\n"
            % (APP.encode(), b"".join(b"X-H%d: 1\r\n" % n for n in range(120)))
        )
        for head in (long_line, many):
            self.assertTrue(head.startswith(b"http/1.1 431 request header fields too large\r\n"), head)
            self.assertIn(b"access-control-allow-origin: " + APP.encode(), head)

    @inlineCallbacks
    def test_another_origins_answer_carries_no_cors_headers(self) -> Any:
        response = yield self.post_chat(
            CHAT, headers={"Origin": "https://evil.example", "Authorization": f"Bearer {KEY}"}
        )
        yield response.content()
        self.assertIsNone(header(response, "access-control-allow-origin"))


class AnyOriginTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {"cors": {"allow_origins": ["*"]}}

    @inlineCallbacks
    def test_any_origin_is_allowed_with_a_star(self) -> Any:
        response = yield preflight(self.proxy.url + "/v1/models", "https://anywhere.example", method="GET")
        yield response.content()
        self.assertEqual((response.code, header(response, "access-control-allow-origin")), (204, "*"))
        answer = yield self.post_chat(CHAT, headers={"Origin": "https://anywhere.example"})
        yield answer.content()
        self.assertEqual(header(answer, "access-control-allow-origin"), "*")


class CorsOffTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def test_off_by_default_an_options_request_is_still_405(self) -> Any:
        response = yield preflight(self.proxy.url + "/v1/chat/completions", APP)
        body = yield response.content()
        self.assertEqual(response.code, 405)
        self.assertEqual(json.loads(body)["error"]["code"], "method_not_allowed")
        self.assertIsNone(header(response, "access-control-allow-origin"))


class CorsSettingsTests(SynchronousTestCase):
    def test_an_origin_with_a_path_is_refused(self) -> None:
        with self.assertRaises(ConfigError) as raised:
            settings_from_mapping({"cors": {"allow_origins": ["https://app.example.com/path"]}}, {})
        self.assertIn("cors.allow_origins", str(raised.exception))

    def test_off_by_default(self) -> None:
        self.assertEqual(settings_from_mapping({}, {}).cors.allow_origins, ())
