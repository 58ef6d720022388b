"""
Every answer the proxy writes is counted once in C{koreshield_requests_total}
and logged as one C{request_completed} event, including the ones KoreShield
gives before any exchange begins: a missing or wrong client key, another
key's stored object, a refused stored reference, a refused listing, a wrong
method, an unknown or unsupported path, a body refused as it arrives, a
malformed request.  Paths that are no endpoint count under C{other}, never
under their raw path.  C{/health} and C{/metrics} answers are not counted.
"""

from __future__ import annotations

import socket
from typing import Any

import treq
from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.trial.unittest import TestCase

from koreshield.state.owners import MemoryOwners
from tests.fake_provider import FakeProvider, Reply, completion
from tests.prometheus_text import sample_value
from tests.proxy_harness import CHAT, RunningProxy, in_thread, post_json_to, proxy_config, received_until_closed
from tests.test_observe import CapturedLog
from tests.twistd_process import pause

TEAM_A = "sk-team-a-0123456789"
TEAM_B = "sk-team-b-0123456789"
WRONG_KEY = "sk-guessed-9876543210"
KEYS = {"keys": [{"name": "team-a", "key": TEAM_A}, {"name": "team-b", "key": TEAM_B}]}
MAX_BODY = 4096


class AnswersCountedTests(TestCase):
    timeout = 30

    def setUp(self) -> Any:
        self.provider = FakeProvider()
        self.provider.behaviour = Reply(body=completion("Hello."))
        self.provider.listen()
        self.addCleanup(self.provider.stop)
        self.log = CapturedLog(self)
        config = proxy_config(self.provider, auth=KEYS, server={"max_body_bytes": MAX_BODY})
        self.proxy = RunningProxy.start(config)
        self.addCleanup(self.proxy.stop)

    def request(self, method: str, path: str, key: str | None = TEAM_A, **options: Any) -> Any:
        headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
        headers.update(options.pop("headers", {}))
        return treq.request(method, self.proxy.url + path, headers=headers, persistent=False, **options)

    @inlineCallbacks
    def counted(self, endpoint: str, status: int) -> Any:
        response = yield self.request("GET", "/metrics")
        text = yield response.text()
        return sample_value(text, "koreshield_requests_total", endpoint=endpoint, status=str(status)) or 0.0

    @inlineCallbacks
    def assert_answered(
        self, response: Any, status: int, endpoint: str, error_type: str | None, key: str | None
    ) -> Any:
        """C{response} was C{status}, counted once under C{endpoint}, and logged once with its request id."""
        yield response.content()
        self.assertEqual(response.code, status)
        self.assertEqual((yield self.counted(endpoint, status)), 1.0)
        request_id = response.headers.getRawHeaders(b"x-request-id")[0].decode("ascii")
        events = [event for event in self.log.events("request_completed") if event["request_id"] == request_id]
        self.assertEqual(len(events), 1, self.log.text)
        event = events[0]
        self.assertEqual(
            (event["status"], event["endpoint"], event["error_type"], event["key"]),
            (status, endpoint, error_type, key),
        )
        for secret in (TEAM_A, TEAM_B, WRONG_KEY, "sk-team"):
            self.assertNotIn(secret, self.log.text)

    @inlineCallbacks
    def test_a_request_without_a_key_is_counted_and_logged(self) -> Any:
        response = yield post_json_to(self.proxy.url + "/v1/chat/completions", CHAT)
        yield self.assert_answered(response, 401, "chat_completions", "invalid_api_key", None)

    @inlineCallbacks
    def test_a_wrong_key_is_counted_and_logged_without_the_key(self) -> Any:
        response = yield post_json_to(
            self.proxy.url + "/v1/chat/completions", CHAT, {"Authorization": f"Bearer {WRONG_KEY}"}
        )
        yield self.assert_answered(response, 401, "chat_completions", "invalid_api_key", None)

    @inlineCallbacks
    def test_another_keys_stored_response_is_counted_and_logged_with_the_asking_key(self) -> Any:
        response = yield self.request("GET", "/v1/responses/resp_not_yours", key=TEAM_B)
        yield self.assert_answered(response, 404, "responses_retrieve", "not_owner", "team-b")

    @inlineCallbacks
    def test_another_keys_stored_completion_is_counted_under_its_endpoint(self) -> Any:
        response = yield self.request("DELETE", "/v1/chat/completions/chatcmpl-not-yours", key=TEAM_B)
        yield self.assert_answered(response, 404, "chat_completions_delete", "not_owner", "team-b")

    @inlineCallbacks
    def test_a_previous_response_of_another_key_is_counted_and_logged(self) -> Any:
        body = {"model": "fake-model", "input": "Hi.", "previous_response_id": "resp_not_yours"}
        response = yield post_json_to(self.proxy.url + "/v1/responses", body, {"Authorization": f"Bearer {TEAM_A}"})
        yield self.assert_answered(response, 400, "responses", "previous_response_not_found", "team-a")

    @inlineCallbacks
    def test_a_refused_stored_reference_is_counted_and_logged(self) -> Any:
        body = {"model": "fake-model", "input": "Hi.", "conversation": "conv_someone"}
        response = yield post_json_to(self.proxy.url + "/v1/responses", body, {"Authorization": f"Bearer {TEAM_A}"})
        yield self.assert_answered(response, 400, "responses", "stored_reference_not_allowed", "team-a")

    @inlineCallbacks
    def test_a_refused_listing_is_counted_and_logged(self) -> Any:
        response = yield self.request("GET", "/v1/chat/completions")
        yield self.assert_answered(response, 403, "chat_completions_list", "stored_listing_not_allowed", "team-a")

    @inlineCallbacks
    def test_a_wrong_method_is_counted_under_its_endpoint(self) -> Any:
        response = yield self.request("PUT", "/v1/embeddings")
        yield self.assert_answered(response, 405, "embeddings", "method_not_allowed", "team-a")

    @inlineCallbacks
    def test_a_wrong_method_on_a_stored_response_path_is_counted_under_that_paths_endpoint(self) -> Any:
        response = yield self.request("GET", "/v1/responses/resp_123/cancel")
        yield self.assert_answered(response, 405, "responses_cancel", "method_not_allowed", "team-a")

    @inlineCallbacks
    def test_a_wrong_method_on_a_stored_response_is_counted_under_its_retrieve_endpoint(self) -> Any:
        response = yield self.request("PUT", "/v1/responses/resp_123")
        yield self.assert_answered(response, 405, "responses_retrieve", "method_not_allowed", "team-a")

    @inlineCallbacks
    def test_a_wrong_method_on_a_stored_completion_is_counted_under_its_retrieve_endpoint(self) -> Any:
        response = yield self.request("PUT", "/v1/chat/completions/chatcmpl-123")
        yield self.assert_answered(response, 405, "chat_completions_retrieve", "method_not_allowed", "team-a")

    @inlineCallbacks
    def test_a_wrong_method_on_a_stored_completions_messages_is_counted_under_that_paths_endpoint(self) -> Any:
        response = yield self.request("DELETE", "/v1/chat/completions/chatcmpl-123/messages")
        yield self.assert_answered(response, 405, "chat_completions_messages", "method_not_allowed", "team-a")

    @inlineCallbacks
    def test_an_unknown_path_is_counted_as_other_never_by_its_path(self) -> Any:
        response = yield self.request("GET", "/v1/probe/../secret-path")
        yield self.assert_answered(response, 404, "other", "not_found", None)  # answered before the key is read
        text = yield (yield self.request("GET", "/metrics")).text()
        self.assertNotIn("secret-path", text)

    @inlineCallbacks
    def test_an_unknown_path_without_a_key_is_counted_as_other(self) -> Any:
        response = yield self.request("GET", "/v1/nothing", key=None)
        yield self.assert_answered(response, 404, "other", "not_found", None)

    @inlineCallbacks
    def test_an_unsupported_endpoint_is_counted_as_other(self) -> Any:
        response = yield self.request("POST", "/v1/audio/speech", data=b"{}")
        yield self.assert_answered(response, 404, "other", "unsupported_endpoint", "team-a")

    @inlineCallbacks
    def test_a_compressed_body_is_counted_under_its_endpoint(self) -> Any:
        response = yield post_json_to(
            self.proxy.url + "/v1/chat/completions",
            b"\x1f\x8b",
            {"Authorization": f"Bearer {TEAM_A}", "Content-Encoding": "gzip"},
        )
        yield self.assert_answered(response, 415, "chat_completions", "unsupported_encoding", None)

    @inlineCallbacks
    def test_a_body_refused_as_it_arrives_is_counted_and_logged(self) -> Any:
        def send() -> bytes:
            with socket.create_connection(("127.0.0.1", self.proxy.port), timeout=2) as client:
                client.sendall(
                    b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Request-Id: req-too-big\r\n"
                    b"Authorization: Bearer " + TEAM_A.encode() + b"\r\n"
                    b"Content-Length: %d\r\n\r\n" % (MAX_BODY + 1)
                )
                return received_until_closed(client, or_quiet=True)

        answer = yield in_thread(send)
        self.assertTrue(answer.startswith(b"HTTP/1.1 413 "), answer)
        self.assertEqual((yield self.counted("chat_completions", 413)), 1.0)
        events = [event for event in self.log.events("request_completed") if event["request_id"] == "req-too-big"]
        self.assertEqual([(event["status"], event["error_type"]) for event in events], [(413, "request_too_large")])

    @inlineCallbacks
    def test_a_malformed_request_is_counted_as_other(self) -> Any:
        def send() -> bytes:
            with socket.create_connection(("127.0.0.1", self.proxy.port), timeout=10) as client:
                client.sendall(b"GET /v1/models HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n")
                return received_until_closed(client)

        answer = yield in_thread(send)
        self.assertTrue(answer.startswith(b"HTTP/1.1 400 "), answer)
        self.assertEqual((yield self.counted("other", 400)), 1.0)
        events = self.log.events("request_completed")
        self.assertEqual(
            [(event["status"], event["error_type"]) for event in events], [(400, "malformed_http_request")]
        )

    @inlineCallbacks
    def test_an_exchange_is_counted_once(self) -> Any:
        response = yield post_json_to(
            self.proxy.url + "/v1/chat/completions", CHAT, {"Authorization": f"Bearer {TEAM_A}"}
        )
        yield self.assert_answered(response, 200, "chat_completions", None, "team-a")

    @inlineCallbacks
    def test_health_and_metrics_answers_are_not_counted_or_logged(self) -> Any:
        yield (yield self.request("GET", "/health")).content()
        yield (yield self.request("GET", "/metrics")).content()
        response = yield self.request("GET", "/metrics")
        text = yield response.text()
        self.assertNotIn('endpoint="health"', text)
        self.assertNotIn('endpoint="metrics"', text)
        self.assertEqual(self.log.events("request_completed"), [])

    @inlineCallbacks
    def test_a_key_refused_before_the_body_is_counted_and_logged(self) -> Any:
        def send() -> bytes:
            with socket.create_connection(("127.0.0.1", self.proxy.port), timeout=10) as client:
                client.sendall(
                    b"POST /v1/embeddings HTTP/1.1\r\nHost: x\r\nX-Request-Id: req-no-key\r\n"
                    b"Authorization: Bearer " + WRONG_KEY.encode() + b"\r\n"
                    b"Expect: 100-continue\r\nContent-Length: 100\r\n\r\n"
                )
                return received_until_closed(client)

        answer = yield in_thread(send)
        self.assertTrue(answer.startswith(b"HTTP/1.1 401 "), answer)
        self.assertEqual((yield self.counted("embeddings", 401)), 1.0)
        events = [event for event in self.log.events("request_completed") if event["request_id"] == "req-no-key"]
        self.assertEqual([(event["status"], event["error_type"]) for event in events], [(401, "invalid_api_key")])
        self.assertNotIn(WRONG_KEY, self.log.text)

    @inlineCallbacks
    def test_a_scan_api_answer_is_counted_as_scan(self) -> Any:
        response = yield self.request("POST", "/v1/scan", json={"content": "Hello there."})
        yield self.assert_answered(response, 200, "scan", None, "team-a")

    @inlineCallbacks
    def test_a_rate_limited_request_is_logged_with_its_key_name(self) -> Any:
        limited = {
            "keys": [{"name": "team-a", "key": TEAM_A}, {"name": "limited", "key": TEAM_B, "rate_limit": "1/minute"}]
        }
        proxy = RunningProxy.start(proxy_config(self.provider, auth=limited))
        self.addCleanup(proxy.stop)
        self.proxy = proxy
        first = yield self.request("POST", "/v1/moderations", key=TEAM_B, json={"input": "Hello."})
        yield first.content()
        response = yield self.request("POST", "/v1/moderations", key=TEAM_B, json={"input": "Hello."})
        yield self.assert_answered(response, 429, "moderations", "rate_limit_exceeded", "limited")


class ClientGoneBeforeAnAnswerTests(TestCase):
    """
    A request KoreShield is still deciding on when its client leaves (an
    owner or a rate limit being looked up in Redis) is counted and logged
    once, with status C{none}, as an exchange whose client left is.
    """

    timeout = 30

    def setUp(self) -> Any:
        self.provider = FakeProvider()
        self.provider.behaviour = Reply(body=completion("Hello."))
        self.provider.listen()
        self.addCleanup(self.provider.stop)
        self.log = CapturedLog(self)
        self.proxy = RunningProxy.start(proxy_config(self.provider, auth=KEYS))
        self.addCleanup(self.proxy.stop)

    @inlineCallbacks
    def test_a_client_gone_during_the_owner_lookup_is_counted_once_as_none(self) -> Any:
        lookups: list[Deferred[str | None]] = []

        def slow_owner(store: Any, kind: str, object_id: str) -> Deferred[str | None]:
            lookups.append(Deferred())
            return lookups[-1]

        self.patch(MemoryOwners, "owner", slow_owner)
        client = socket.create_connection(("127.0.0.1", self.proxy.port), timeout=5)
        client.sendall(
            b"GET /v1/responses/resp_gone HTTP/1.1\r\nHost: x\r\nX-Request-Id: req-gone\r\n"
            b"Authorization: Bearer " + TEAM_A.encode() + b"\r\n\r\n"
        )
        while not lookups:
            yield pause(0.01)
        client.close()
        yield pause(0.2)
        lookups[0].callback("team-a")
        yield pause(0.05)
        events = [event for event in self.log.events("request_completed") if event["request_id"] == "req-gone"]
        self.assertEqual(
            [(event["status"], event["endpoint"], event["error_type"], event["key"]) for event in events],
            [(None, "responses_retrieve", "client_disconnect", "team-a")],
        )
        self.assertEqual(self.provider.requests, [])
        response = yield treq.get(
            self.proxy.url + "/metrics", headers={"Authorization": f"Bearer {TEAM_A}"}, persistent=False
        )
        text = yield response.text()
        self.assertEqual(
            sample_value(text, "koreshield_requests_total", endpoint="responses_retrieve", status="none"), 1.0
        )

    @inlineCallbacks
    def test_a_request_the_drain_deadline_cuts_during_the_owner_lookup_is_logged_as_drain_deadline(self) -> Any:
        lookups: list[Deferred[str | None]] = []

        def slow_owner(store: Any, kind: str, object_id: str) -> Deferred[str | None]:
            lookups.append(Deferred())
            return lookups[-1]

        self.patch(MemoryOwners, "owner", slow_owner)
        client = socket.create_connection(("127.0.0.1", self.proxy.port), timeout=5)
        self.addCleanup(client.close)
        client.sendall(
            b"GET /v1/responses/resp_cut HTTP/1.1\r\nHost: x\r\nX-Request-Id: req-cut\r\n"
            b"Authorization: Bearer " + TEAM_A.encode() + b"\r\n\r\n"
        )
        while not lookups:
            yield pause(0.01)
        yield self.proxy.service.stopService()  # drain_timeout 0: the deadline cuts the request at once
        lookups[0].callback("team-a")
        events = [event for event in self.log.events("request_completed") if event["request_id"] == "req-cut"]
        self.assertEqual(
            [(event["status"], event["endpoint"], event["error_type"], event["key"]) for event in events],
            [(None, "responses_retrieve", "drain_deadline", "team-a")],
        )
        self.assertEqual(self.provider.requests, [])
