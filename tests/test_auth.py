"""
Client keys and per-key rate limits: nobody gets in who should not, and
nobody gets more than their share.
"""

from __future__ import annotations

import hashlib
import json
import socket
import time
from typing import Any

import openai
import treq
from twisted.internet import reactor
from twisted.internet.defer import Deferred, inlineCallbacks, succeed
from twisted.internet.threads import deferToThread
from twisted.trial.unittest import SynchronousTestCase, TestCase
from twisted.web.resource import Resource

from koreshield.auth import KeyRing
from koreshield.config import settings_from_mapping
from koreshield.http.access import AccessControl
from koreshield.http.site import Router, ShieldSite
from koreshield.ratelimit import Bucket, take
from koreshield.state.faults import FaultPolicy
from koreshield.state.limits import Admission
from tests.fake_provider import API_KEY
from tests.proxy_harness import CHAT, ProviderAndProxyMixin, in_thread, received_until_closed

TEAM_A_KEY = "ks-team-a-0123456789abcdef0123"
TEAM_B_KEY = "ks-team-b-fedcba9876543210fedc"


def keyring(*entries: dict[str, Any]) -> KeyRing:
    return KeyRing(settings_from_mapping({"auth": {"keys": list(entries)}}, {}).auth)


class KeyRingTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.keys = keyring(
            {"name": "team-a", "key": TEAM_A_KEY},
            {"name": "team-b", "key_sha256": hashlib.sha256(TEAM_B_KEY.encode()).hexdigest()},
        )

    def test_a_bearer_key_names_its_owner(self) -> None:
        self.assertEqual(self.keys.authenticate(b"Bearer " + TEAM_A_KEY.encode()).name, "team-a")  # type: ignore[union-attr]

    def test_keys_given_by_their_hash_work_the_same(self) -> None:
        self.assertEqual(self.keys.authenticate(b"bearer " + TEAM_B_KEY.encode()).name, "team-b")  # type: ignore[union-attr]

    def test_anything_else_is_nobody(self) -> None:
        for header in (
            None,
            b"",
            b"Bearer",
            b"Bearer ",
            b"Basic " + TEAM_A_KEY.encode(),
            b"Bearer wrong",
            TEAM_A_KEY.encode(),
        ):
            self.assertIsNone(self.keys.authenticate(header), header)

    def test_the_keyring_keeps_no_key_in_clear(self) -> None:
        self.assertNotIn(TEAM_A_KEY, repr(self.keys.keys))

    def test_without_keys_authentication_is_off(self) -> None:
        self.assertFalse(keyring().enabled)


class TokenBucketTests(SynchronousTestCase):
    def test_a_full_bucket_allows_its_count_then_refuses(self) -> None:
        bucket = None
        results = []
        for _ in range(6):
            bucket, allowance = take(bucket, 5, 60, now=100.0)
            results.append(allowance.allowed)
        self.assertEqual(results, [True] * 5 + [False])

    def test_retry_after_is_the_time_to_the_next_token_rounded_up(self) -> None:
        bucket = Bucket(tokens=0.0, updated_at=100.0)
        _, allowance = take(bucket, 5, 60, now=100.0)
        self.assertEqual(allowance.retry_after, 12)
        _, allowance = take(bucket, 5, 60, now=111.5)
        self.assertEqual(allowance.retry_after, 1)

    def test_tokens_come_back_continuously_up_to_the_count(self) -> None:
        bucket = Bucket(tokens=0.0, updated_at=0.0)
        bucket, allowance = take(bucket, 60, 60, now=1.0)
        self.assertTrue(allowance.allowed)
        self.assertAlmostEqual(bucket.tokens, 0.0)
        bucket, _ = take(bucket, 60, 60, now=10_000.0)
        self.assertAlmostEqual(bucket.tokens, 59.0)


class ClientKeyTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {
        "auth": {
            "keys": [
                {"name": "team-a", "key": TEAM_A_KEY},
                {"name": "limited", "key": TEAM_B_KEY, "rate_limit": "3/minute"},
            ]
        }
    }

    @inlineCallbacks
    def request(self, method: str, path: str, key: str | None, body: Any = None) -> Any:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        data = json.dumps(body).encode() if body is not None else None
        response = yield treq.request(method, self.proxy.url + path, data=data, headers=headers, persistent=False)
        content = yield response.content()
        return response, content

    @inlineCallbacks
    def test_every_endpoint_but_health_needs_a_key(self) -> Any:
        for method, path, body in (
            ("POST", "/v1/chat/completions", CHAT),
            ("POST", "/v1/embeddings", {"model": "fake-embedder", "input": "hello"}),
            ("POST", "/v1/completions", {"model": "fake-instruct", "prompt": "hello"}),
            ("GET", "/v1/models", None),
            ("POST", "/v1/scan", {"content": "hello"}),
            ("POST", "/v1/scan/batch", {"items": [{"content": "hello"}]}),
            ("GET", "/metrics", None),
        ):
            response, content = yield self.request(method, path, None, body)
            self.assertEqual(response.code, 401, path)
            error = json.loads(content)["error"]
            self.assertEqual((error["type"], error["code"]), ("authentication_error", "invalid_api_key"))
            self.assertEqual(response.headers.getRawHeaders(b"www-authenticate"), [b'Bearer realm="koreshield"'])
        response, _ = yield self.request("GET", "/health", None)
        self.assertEqual(response.code, 200)
        self.assertEqual(self.provider.requests, [])

    def expect_continue(self, key: str | None) -> bytes:
        """Send headers asking for 100-continue, no body yet: what comes back first, within a second."""
        body = json.dumps(CHAT).encode()
        authorization = b"Authorization: Bearer %s\r\n" % key.encode() if key else b""
        with socket.create_connection(("127.0.0.1", self.proxy.port), timeout=2) as client:
            client.sendall(
                b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                + authorization
                + b"Content-Length: %d\r\n\r\n" % len(body)
            )
            client.settimeout(1)
            return received_until_closed(client, or_quiet=True)

    @inlineCallbacks
    def test_expect_100_continue_without_a_key_is_401_before_the_body_is_read(self) -> Any:
        received = yield deferToThread(self.expect_continue, None)
        self.assertTrue(received.startswith(b"HTTP/1.1 401 "), received[:200])
        self.assertNotIn(b"100 Continue", received)
        self.assertIn(b'"code":"invalid_api_key"', received)
        self.assertEqual(self.provider.requests, [])

    @inlineCallbacks
    def test_expect_100_continue_with_a_valid_key_is_continued(self) -> Any:
        received = yield deferToThread(self.expect_continue, TEAM_A_KEY)
        self.assertTrue(received.startswith(b"HTTP/1.1 100 Continue\r\n\r\n"), received[:200])

    @inlineCallbacks
    def test_expect_100_continue_on_an_open_path_is_continued(self) -> Any:
        def ask() -> bytes:
            with socket.create_connection(("127.0.0.1", self.proxy.port), timeout=2) as client:
                client.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
                client.settimeout(1)
                return client.recv(100)

        received = yield deferToThread(ask)
        self.assertTrue(received.startswith(b"HTTP/1.1 100 Continue"), received)

    def expect_continue_then_send(self, key: str) -> bytes:
        """Ask for 100-continue; send the body only once it comes; everything received, until the server closes."""
        body = json.dumps({"content": "hello"}).encode()
        with socket.create_connection(("127.0.0.1", self.proxy.port), timeout=2) as client:
            client.sendall(
                b"POST /v1/scan HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n"
                + b"Authorization: Bearer %s\r\nContent-Length: %d\r\n\r\n" % (key.encode(), len(body))
            )
            received = client.recv(65536)
            if received.startswith(b"HTTP/1.1 100 Continue\r\n\r\n"):
                client.sendall(body)
            return received + received_until_closed(client, or_quiet=True)

    @inlineCallbacks
    def test_expect_100_continue_over_the_rate_limit_is_429_before_the_body_is_read(self) -> Any:
        answers = []
        for _ in range(4):
            received = yield deferToThread(self.expect_continue_then_send, TEAM_B_KEY)
            answers.append(received)
        for received in answers[:3]:  # admitted once each: the check before the body is the request's check
            self.assertTrue(received.startswith(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 "), received[:200])
        self.assertTrue(answers[3].startswith(b"HTTP/1.1 429 Too Many Requests\r\n"), answers[3][:200])
        self.assertIn(b"Retry-After: ", answers[3])
        self.assertIn(b'"code":"rate_limit_exceeded"', answers[3])

    @inlineCallbacks
    def test_a_wrong_key_is_refused(self) -> Any:
        response, _ = yield self.request("POST", "/v1/chat/completions", "ks-not-a-key", CHAT)
        self.assertEqual(response.code, 401)

    @inlineCallbacks
    def test_a_valid_key_gets_through_and_never_reaches_the_provider(self) -> Any:
        response, _ = yield self.request("POST", "/v1/chat/completions", TEAM_A_KEY, CHAT)
        self.assertEqual(response.code, 200)
        forwarded = self.provider.requests[0]
        self.assertEqual(forwarded.header("authorization"), f"Bearer {API_KEY}")
        self.assertNotIn(TEAM_A_KEY, json.dumps(forwarded.headers) + forwarded.body.decode())

    @inlineCallbacks
    def test_the_sdk_raises_authentication_error(self) -> Any:
        def call() -> Any:
            with openai.OpenAI(base_url=self.proxy.url + "/v1", api_key="wrong", max_retries=0) as client:
                return client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])

        yield self.assertFailure(in_thread(call), openai.AuthenticationError)

    @inlineCallbacks
    def test_a_key_over_its_rate_limit_gets_429_with_retry_after(self) -> Any:
        statuses = []
        for _ in range(4):
            response, content = yield self.request("POST", "/v1/scan", TEAM_B_KEY, {"content": "hello"})
            statuses.append(response.code)
        self.assertEqual(statuses, [200, 200, 200, 429])
        self.assertEqual(response.phrase, b"Too Many Requests")  # twisted.web knows no phrase for 429
        error = json.loads(content)["error"]
        self.assertEqual((error["type"], error["code"]), ("rate_limit_error", "rate_limit_exceeded"))
        retry_after = int(response.headers.getRawHeaders(b"retry-after")[0])
        self.assertTrue(1 <= retry_after <= 20, retry_after)

    @inlineCallbacks
    def test_limits_are_per_key(self) -> Any:
        for _ in range(4):
            yield self.request("POST", "/v1/scan", TEAM_B_KEY, {"content": "x"})
        response, _ = yield self.request("POST", "/v1/scan", TEAM_A_KEY, {"content": "x"})
        self.assertEqual(response.code, 200)

    @inlineCallbacks
    def test_the_sdk_raises_rate_limit_error(self) -> Any:
        for _ in range(3):
            yield self.request("POST", "/v1/scan", TEAM_B_KEY, {"content": "x"})

        def call() -> Any:
            with openai.OpenAI(base_url=self.proxy.url + "/v1", api_key=TEAM_B_KEY, max_retries=0) as client:
                return client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])

        yield self.assertFailure(in_thread(call), openai.RateLimitError)


class _SlowLimits:
    """Limits that take 0.2 s to decide (as Redis does), admitting or refusing as told."""

    def __init__(self, admission: Admission) -> None:
        self.admission = admission
        self.asked = 0
        self.calls: list[Any] = []

    def admit(self, key: Any, spends_tokens: bool) -> Deferred[Admission]:
        self.asked += 1
        decided: Deferred[Admission] = Deferred()
        self.calls.append(reactor.callLater(0.2, decided.callback, self.admission))
        # As Redis answers: a Deferred already called, whose result is another one still waiting.
        return succeed(None).addCallback(lambda _: decided)


class _Answer(Resource):
    isLeaf = True

    def render_POST(self, request: Any) -> bytes:
        return b'{"ok":true}'


class SlowLimitsExpectContinueTests(TestCase):
    """A decision that takes a while holds the 100 back: it comes after an admission, never before a refusal."""

    timeout = 10

    def listen(self, admission: Admission) -> _SlowLimits:
        limits = _SlowLimits(admission)
        self.addCleanup(lambda: [call.cancel() for call in limits.calls if call.active()])
        keys = keyring({"name": "limited", "key": TEAM_B_KEY, "rate_limit": "3/minute"})
        router = Router({b"/v1/scan": _Answer()}, AccessControl(keys, limits, FaultPolicy("open")))
        port = reactor.listenTCP(0, ShieldSite(router, 65536), interface="127.0.0.1")
        self.addCleanup(port.stopListening)
        self.port = port.getHost().port
        return limits

    def exchange(self, length: int = 2, version: bytes = b"1.1") -> Any:
        def talk() -> tuple[bytes, bytes]:
            with socket.create_connection(("127.0.0.1", self.port), timeout=2) as client:
                client.sendall(
                    b"POST /v1/scan HTTP/%s\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n"
                    b"Authorization: Bearer %s\r\nContent-Length: %d\r\n\r\n" % (version, TEAM_B_KEY.encode(), length)
                )
                if version == b"1.0":  # no 100 to wait for: the body, once the limits have decided
                    time.sleep(0.4)
                    client.sendall(b"{}")
                first = client.recv(65536)
                if first.startswith(b"HTTP/1.1 100 "):
                    client.sendall(b"{}")
                return first, received_until_closed(client)

        return deferToThread(talk)

    @inlineCallbacks
    def test_an_admission_is_continued_once_decided_and_asked_once(self) -> Any:
        limits = self.listen(Admission(True))
        first, rest = yield self.exchange()
        self.assertEqual(first, b"HTTP/1.1 100 Continue\r\n\r\n")
        self.assertTrue(rest.startswith(b"HTTP/1.1 200 "), rest[:100])
        self.assertEqual(limits.asked, 1)

    @inlineCallbacks
    def test_a_refusal_comes_without_a_100(self) -> Any:
        self.listen(Admission(False, retry_after=5))
        first, rest = yield self.exchange()
        received = first + rest
        self.assertTrue(received.startswith(b"HTTP/1.1 429 "), received[:100])
        self.assertIn(b"Retry-After: 5", received)

    @inlineCallbacks
    def test_a_body_too_large_is_413_at_once_and_never_continued(self) -> Any:
        self.listen(Admission(True))
        first, rest = yield self.exchange(length=99999999)
        received = first + rest
        self.assertTrue(received.startswith(b"HTTP/1.1 413 "), received[:100])
        self.assertNotIn(b"100 Continue", received)

    @inlineCallbacks
    def test_an_http_1_0_client_is_sent_no_100(self) -> Any:
        self.listen(Admission(True))
        first, rest = yield self.exchange(version=b"1.0")
        received = first + rest
        self.assertTrue(received.startswith(b"HTTP/1.0 200 "), received[:100])
        self.assertNotIn(b"100 Continue", received)
