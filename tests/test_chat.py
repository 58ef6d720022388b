"""
End-to-end specification of C{POST /v1/chat/completions} over real loopback
sockets: client -> proxy -> fake provider and back.
"""

from __future__ import annotations

import itertools
import json
import socket
import time
from typing import Any

import treq
from twisted.internet import reactor
from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.internet.task import deferLater
from twisted.trial.unittest import TestCase

from tests.fake_provider import (
    API_KEY,
    DONE,
    Firehose,
    RawBytes,
    Reply,
    Silent,
    Stream,
    answer_events,
    chunk,
    completion,
)
from tests.proxy_harness import (
    CHAT,
    STREAM_CHAT,
    ArrivalRecorder,
    ProviderAndProxyMixin,
    assert_spread_out,
    events_of,
    posted_socket,
    sse_data,
    until_provider_stops_sending,
    userspace_buffered_bytes,
)


def sleep(seconds: float) -> Deferred[None]:
    return deferLater(reactor, seconds, lambda: None)


class NonStreamedTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def test_answer_is_relayed_with_the_providers_status_and_body(self) -> Any:
        self.provider.behaviour = Reply(body=completion("Forty-two."))
        response = yield self.post_chat(CHAT)
        body = yield response.content()
        self.assertEqual(response.code, 200)
        self.assertEqual(json.loads(body), completion("Forty-two."))
        self.assertEqual(response.headers.getRawHeaders(b"content-type"), [b"application/json"])

    @inlineCallbacks
    def test_body_reaches_the_provider_unchanged(self) -> Any:
        raw = b'{"model": "fake-model", "messages": [{"role": "user", "content": "hi"}], "x_custom": [1, 2]}'
        response = yield self.post_chat(raw)
        yield response.content()
        self.assertEqual(self.provider.requests[0].body, raw)
        self.assertEqual(self.provider.requests[0].path, "/v1/chat/completions")

    @inlineCallbacks
    def test_provider_key_replaces_the_clients_credentials(self) -> Any:
        response = yield self.post_chat(
            CHAT, headers={"Authorization": "Bearer client-secret", "Cookie": "session=abc", "X-Custom": "1"}
        )
        yield response.content()
        received = self.provider.requests[0]
        self.assertEqual(received.header("authorization"), f"Bearer {API_KEY}")
        self.assertIsNone(received.header("cookie"))
        self.assertIsNone(received.header("x-custom"))

    @inlineCallbacks
    def test_request_id_is_returned_and_sent_upstream(self) -> Any:
        response = yield self.post_chat(CHAT, headers={"X-Request-Id": "my-trace-123"})
        yield response.content()
        self.assertEqual(response.headers.getRawHeaders(b"x-request-id"), [b"my-trace-123"])
        self.assertEqual(self.provider.requests[0].header("x-request-id"), "my-trace-123")

    @inlineCallbacks
    def test_malformed_request_id_is_replaced(self) -> Any:
        response = yield self.post_chat(CHAT, headers={"X-Request-Id": "bad id with spaces"})
        yield response.content()
        [request_id] = response.headers.getRawHeaders(b"x-request-id")
        self.assertTrue(request_id.startswith(b"req_"), request_id)


class StreamedTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def test_events_arrive_unchanged_and_in_order(self) -> Any:
        events = answer_events(["One", " two", " three", " four"])
        self.provider.behaviour = Stream(events, gap=0.005)
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertEqual(response.code, 200)
        self.assertEqual(body, b"".join(events))

    @inlineCallbacks
    def test_stream_response_headers(self) -> Any:
        response = yield self.post_chat(STREAM_CHAT)
        yield response.content()
        headers = response.headers
        self.assertEqual(headers.getRawHeaders(b"content-type"), [b"text/event-stream; charset=utf-8"])
        self.assertEqual(headers.getRawHeaders(b"cache-control"), [b"no-cache"])
        self.assertEqual(headers.getRawHeaders(b"x-accel-buffering"), [b"no"])
        self.assertTrue(headers.getRawHeaders(b"x-request-id")[0].startswith(b"req_"))

    @inlineCallbacks
    def test_stream_relays_the_providers_rate_limit_headers(self) -> Any:
        events = b"".join(answer_events(["Hi"]))
        self.provider.behaviour = RawBytes(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nx-ratelimit-remaining-requests: 41\r\n"
            b"openai-processing-ms: 12\r\nContent-Length: %d\r\n\r\n" % len(events) + events
        )
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertEqual(body, events)
        self.assertEqual(response.headers.getRawHeaders(b"x-ratelimit-remaining-requests"), [b"41"])
        self.assertEqual(response.headers.getRawHeaders(b"openai-processing-ms"), [b"12"])

    @inlineCallbacks
    def test_events_arrive_spread_out_as_the_provider_sent_them(self) -> Any:
        events = answer_events(["a", "b", "c", "d"])
        self.provider.behaviour = Stream(events, gap=0.1)
        response = yield self.post_chat(STREAM_CHAT)
        recorder = ArrivalRecorder()
        response.deliverBody(recorder)
        yield recorder.done
        arrivals = []
        for at, piece in recorder.pieces:
            arrivals.extend([at] * piece.count(b"\n\n"))
        self.assertEqual(len(arrivals), len(events))
        gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
        assert_spread_out(self, gaps, 0.1)

    @inlineCallbacks
    def test_an_event_split_across_reads_is_written_whole(self) -> Any:
        event = chunk("split")
        pieces = [event[:10], event[10:25], event[25:], DONE]
        self.provider.behaviour = Stream(pieces, gap=0.05)
        response = yield self.post_chat(STREAM_CHAT)
        recorder = ArrivalRecorder()
        response.deliverBody(recorder)
        yield recorder.done
        received = [piece for _, piece in recorder.pieces]
        self.assertIn(event, received)
        self.assertEqual(recorder.body, event + DONE)

    @inlineCallbacks
    def test_client_disconnect_mid_stream_closes_the_upstream_connection(self) -> Any:
        self.provider.behaviour = Stream(answer_events(["w"] * 50), gap=0.05)
        response = yield self.post_chat(STREAM_CHAT)
        recorder = ArrivalRecorder()
        recorder.on_data = lambda r: r.hang_up()
        provider_saw_close = self.provider.next_disconnect()
        response.deliverBody(recorder)
        yield provider_saw_close
        sent = self.provider.events_sent
        yield sleep(0.2)
        self.assertEqual(self.provider.events_sent, sent)
        self.assertLess(sent, 10)

    @inlineCallbacks
    def test_client_disconnect_while_the_provider_thinks_closes_the_upstream_connection(self) -> Any:
        self.provider.behaviour = Silent()
        provider_saw_close = self.provider.next_disconnect()
        client = posted_socket(self.proxy.port, STREAM_CHAT)
        while not self.provider.requests:
            yield sleep(0.01)
        client.close()
        yield provider_saw_close
        self.assertEqual(self.provider.disconnects, 1)

    @inlineCallbacks
    def test_client_that_stops_reading_leaves_the_proxy_buffering_little(self) -> Any:
        total = 64 * 1024 * 1024
        self.provider.behaviour = Firehose(total_bytes=total, event_bytes=4096)
        client = posted_socket(self.proxy.port, STREAM_CHAT, receive_buffer=32 * 1024)
        self.addCleanup(client.close)
        yield until_provider_stops_sending(self.provider)
        self.assertLess(self.provider.bytes_sent, total // 2)
        self.assertLess(userspace_buffered_bytes(), 1024 * 1024)

    @inlineCallbacks
    def test_usage_and_finish_events_pass_through(self) -> Any:
        from tests.fake_provider import usage_chunk

        events = [chunk("", role="assistant"), chunk("Hi"), chunk(finish="stop"), usage_chunk(7, 1), DONE]
        self.provider.behaviour = Stream(events)
        response = yield self.post_chat({**STREAM_CHAT, "stream_options": {"include_usage": True}})
        body = yield response.content()
        self.assertEqual(body, b"".join(events))


class StreamFailureTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {"server": {"upstream_idle_timeout": 0.5}}

    def assertEndsWithStreamError(self, body: bytes) -> dict[str, Any]:
        payloads = sse_data(body)
        self.assertEqual(payloads[-1], "[DONE]")
        error = payloads[-2]["error"]
        self.assertEqual(error["code"], "STREAM_ERROR")
        self.assertEqual(error["type"], "stream_error")
        return error  # type: ignore[no-any-return]

    @inlineCallbacks
    def test_provider_reset_mid_stream_ends_with_an_error_event(self) -> Any:
        events = [chunk("", role="assistant"), chunk("Hel")]
        self.provider.behaviour = Stream(events, gap=0.01, ending="reset")
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertTrue(body.startswith(b"".join(events)))
        self.assertEndsWithStreamError(body)

    @inlineCallbacks
    def test_provider_silent_mid_stream_past_the_idle_timeout_ends_with_an_error_event(self) -> Any:
        events = [chunk("", role="assistant"), chunk("Hel")]
        self.provider.behaviour = Stream(events, ending="stall")
        started = time.monotonic()
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        elapsed = time.monotonic() - started
        error = self.assertEndsWithStreamError(body)
        self.assertIn("sent nothing", error["message"])
        self.assertGreaterEqual(elapsed, 0.45)
        self.assertLess(elapsed, 3)

    @inlineCallbacks
    def test_malformed_chunked_framing_ends_with_an_error_event(self) -> Any:
        good = chunk("ok")
        self.provider.behaviour = RawBytes(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
            + b"%x\r\n%s\r\n" % (len(good), good)
            + b"zz-not-a-chunk-size\r\n",
            close=False,
        )
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertTrue(body.startswith(good))
        self.assertEndsWithStreamError(body)

    @inlineCallbacks
    def test_stream_ending_without_done_after_close_is_an_error(self) -> Any:
        good = chunk("ok")
        self.provider.behaviour = RawBytes(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n" + good + b'data: {"partial', close=True
        )
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertEqual(events_of(body)[0], good)
        self.assertEndsWithStreamError(body)

    @inlineCallbacks
    def test_an_in_stream_error_event_never_echoes_the_provider_key(self) -> Any:
        leaky = b'data: {"error":{"message":"Overloaded for key ' + API_KEY.encode() + b'","type":"server_error"}}\n\n'
        self.provider.behaviour = Stream([chunk("", role="assistant"), leaky, DONE])
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertNotIn(API_KEY.encode(), body)
        self.assertIn(b"Overloaded for key [REDACTED]", body)

    @inlineCallbacks
    def test_an_event_that_is_not_json_ends_the_stream_with_an_error_event(self) -> Any:
        good = chunk("ok")
        self.provider.behaviour = Stream([good, b"data: {not json at all\n\n", chunk("more"), DONE])
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertEqual(events_of(body)[0], good)
        error = self.assertEndsWithStreamError(body)
        self.assertIn("malformed", error["message"])

    @inlineCallbacks
    def test_a_chunked_stream_ending_without_done_is_an_error(self) -> Any:
        events = [chunk("", role="assistant"), chunk("Hel")]
        self.provider.behaviour = Stream(events)  # ends its chunked body cleanly, but before [DONE]
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertTrue(body.startswith(b"".join(events)))
        self.assertEndsWithStreamError(body)

    @inlineCallbacks
    def test_a_json_answer_to_a_stream_request_is_a_502(self) -> Any:
        self.provider.behaviour = Reply(body=completion())  # a provider that ignored "stream": true
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertEqual(response.code, 502, body)
        self.assertEqual(json.loads(body)["error"]["code"], "malformed_upstream")

    @inlineCallbacks
    def test_proxy_keeps_serving_after_a_broken_stream(self) -> Any:
        self.provider.behaviour = Stream([chunk("x")], ending="reset")
        response = yield self.post_chat(STREAM_CHAT)
        yield response.content()
        self.provider.behaviour = Stream(answer_events(["fine"]))
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertEqual(sse_data(body)[-1], "[DONE]")
        self.assertNotIn(b"STREAM_ERROR", body)


class ErrorTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {"server": {"upstream_idle_timeout": 0.5, "max_body_bytes": 4096}}

    @inlineCallbacks
    def assertError(self, response: Any, status: int, code: str | None = None, param: str | None = None) -> Any:
        body = yield response.content()
        self.assertEqual(response.code, status, body)
        error = json.loads(body)["error"]
        self.assertEqual(set(error), {"message", "type", "code", "param"})
        if code is not None:
            self.assertEqual(error["code"], code)
        if param is not None:
            self.assertEqual(error["param"], param)
        return error

    @inlineCallbacks
    def test_invalid_json_is_400(self) -> Any:
        response = yield self.post_chat(b'{"model": ')
        yield self.assertError(response, 400, "invalid_json")
        self.assertEqual(self.provider.requests, [])

    @inlineCallbacks
    def test_missing_model_is_400(self) -> Any:
        response = yield self.post_chat({"messages": [{"role": "user", "content": "x"}]})
        yield self.assertError(response, 400, param="model")

    @inlineCallbacks
    def test_missing_messages_is_400(self) -> Any:
        response = yield self.post_chat({"model": "m"})
        yield self.assertError(response, 400, param="messages")

    @inlineCallbacks
    def test_empty_messages_is_400(self) -> Any:
        response = yield self.post_chat({"model": "m", "messages": []})
        yield self.assertError(response, 400, param="messages")

    @inlineCallbacks
    def test_messages_that_are_not_objects_are_400(self) -> Any:
        response = yield self.post_chat({"model": "m", "messages": ["hello"]})
        yield self.assertError(response, 400, param="messages[0]")

    @inlineCallbacks
    def test_stream_that_is_not_a_boolean_is_400(self) -> Any:
        response = yield self.post_chat({**CHAT, "stream": "yes"})
        yield self.assertError(response, 400, param="stream")

    @inlineCallbacks
    def test_wrong_method_is_405_with_allow(self) -> Any:
        response = yield treq.put(self.proxy.url + "/v1/chat/completions", persistent=False)
        yield self.assertError(response, 405, "method_not_allowed")
        self.assertEqual(response.headers.getRawHeaders(b"allow"), [b"GET, POST"])

    @inlineCallbacks
    def test_unknown_path_is_404(self) -> Any:
        response = yield treq.get(self.proxy.url + "/v1/nothing-here", persistent=False)
        yield self.assertError(response, 404, "not_found")

    @inlineCallbacks
    def test_body_over_the_limit_is_413(self) -> Any:
        big = {**CHAT, "messages": [{"role": "user", "content": "x" * 10_000}]}
        response = yield self.post_chat(big)
        yield self.assertError(response, 413, "request_too_large")
        self.assertEqual(self.provider.requests, [])

    @inlineCallbacks
    def test_chunked_body_over_the_limit_is_413(self) -> Any:
        client = socket.create_connection(("127.0.0.1", self.proxy.port))
        self.addCleanup(client.close)
        client.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        piece = b"x" * 3000
        for _ in range(3):
            client.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
        client.sendall(b"0\r\n\r\n")
        client.setblocking(False)
        received = b""
        for _ in range(200):
            yield sleep(0.01)
            try:
                data = client.recv(65536)
            except BlockingIOError:
                continue
            if not data:
                break
            received += data
        self.assertTrue(received.startswith(b"HTTP/1.1 413 "), received[:100])
        self.assertIn(b'"code":"request_too_large"', received)

    @inlineCallbacks
    def test_provider_4xx_is_relayed_with_its_status_and_body(self) -> Any:
        upstream_error = {"error": {"message": "bad temp", "type": "invalid_request_error", "code": None, "param": "t"}}
        self.provider.behaviour = Reply(status=400, body=upstream_error)
        response = yield self.post_chat(CHAT)
        body = yield response.content()
        self.assertEqual(response.code, 400)
        self.assertEqual(json.loads(body), upstream_error)

    @inlineCallbacks
    def test_provider_429_keeps_retry_after(self) -> Any:
        self.provider.behaviour = Reply(
            status=429,
            body={"error": {"message": "slow down", "type": "rate_limit_error", "code": "rate_limit", "param": None}},
            headers={"Retry-After": "7"},
        )
        response = yield self.post_chat(STREAM_CHAT)
        yield self.assertError(response, 429, "rate_limit")
        self.assertEqual(response.headers.getRawHeaders(b"retry-after"), [b"7"])

    @inlineCallbacks
    def test_provider_error_body_never_echoes_the_provider_key(self) -> Any:
        self.provider.behaviour = Reply(
            status=401,
            body={
                "error": {"message": f"Incorrect API key provided: {API_KEY}", "type": "x", "code": "y", "param": None}
            },
        )
        response = yield self.post_chat(CHAT)
        body = yield response.content()
        self.assertEqual(response.code, 401)
        self.assertNotIn(API_KEY.encode(), body)

    @inlineCallbacks
    def test_a_success_answer_that_is_not_json_is_a_502(self) -> Any:
        self.provider.behaviour = RawBytes(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\nthis is not json"
        )
        response = yield self.post_chat(CHAT)
        yield self.assertError(response, 502, "malformed_upstream")

    @inlineCallbacks
    def test_a_provider_4xx_without_a_json_body_keeps_its_status_in_openais_shape(self) -> Any:
        page = b"<html><body><h1>404 Not Found</h1>nginx</body></html>"
        self.provider.behaviour = RawBytes(
            b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(page) + page
        )
        response = yield self.post_chat(CHAT)
        error = yield self.assertError(response, 404, "upstream_error")
        self.assertIn("404", error["message"])

    @inlineCallbacks
    def test_a_provider_4xx_with_fastapis_detail_is_reshaped_keeping_its_status_and_text(self) -> Any:
        self.provider.behaviour = Reply(status=404, body={"detail": "Model 'x' does not exist"})
        response = yield self.post_chat(CHAT)
        error = yield self.assertError(response, 404, "upstream_error")
        self.assertEqual(error["message"], "Model 'x' does not exist")
        self.assertEqual(error["type"], "not_found_error")

    @inlineCallbacks
    def test_a_provider_4xx_with_a_detail_list_is_reshaped_with_the_list_as_its_text(self) -> Any:
        detail = [{"loc": ["body", "messages"], "msg": "field required", "type": "value_error.missing"}]
        self.provider.behaviour = Reply(status=422, body={"detail": detail})
        response = yield self.post_chat(CHAT)
        error = yield self.assertError(response, 422, "upstream_error")
        self.assertEqual(json.loads(error["message"]), detail)

    @inlineCallbacks
    def test_a_provider_4xx_with_a_top_level_message_is_reshaped(self) -> Any:
        vllm = {"object": "error", "message": "maximum context length is 4096 tokens", "type": "BadRequestError",
                "param": None, "code": 400}  # fmt: skip
        self.provider.behaviour = Reply(status=400, body=vllm)
        response = yield self.post_chat(STREAM_CHAT)
        error = yield self.assertError(response, 400, "upstream_error")
        self.assertEqual(error["message"], "maximum context length is 4096 tokens")

    @inlineCallbacks
    def test_a_provider_4xx_with_a_string_error_is_reshaped(self) -> Any:
        self.provider.behaviour = Reply(status=404, body={"error": "model 'llama9' not found"})
        response = yield self.post_chat(CHAT)
        error = yield self.assertError(response, 404, "upstream_error")
        self.assertEqual(error["message"], "model 'llama9' not found")

    @inlineCallbacks
    def test_a_reshaped_provider_4xx_never_echoes_the_provider_key(self) -> Any:
        self.provider.behaviour = Reply(status=401, body={"detail": f"Invalid key {API_KEY}"})
        response = yield self.post_chat(CHAT)
        error = yield self.assertError(response, 401, "upstream_error")
        self.assertNotIn(API_KEY, error["message"])

    @inlineCallbacks
    def test_a_502_quotes_a_provider_5xx_detail(self) -> Any:
        self.provider.behaviour = Reply(status=500, body={"detail": "CUDA out of memory"})
        response = yield self.post_chat(CHAT)
        error = yield self.assertError(response, 502, "upstream_error")
        self.assertIn("CUDA out of memory", error["message"])

    @inlineCallbacks
    def test_a_provider_redirect_is_a_502_naming_where_it_points(self) -> Any:
        self.provider.behaviour = RawBytes(
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://api.example.invalid/v1/chat/completions\r\n"
            b"Content-Type: text/html\r\nContent-Length: 5\r\n\r\nMoved"
        )
        response = yield self.post_chat(STREAM_CHAT)
        error = yield self.assertError(response, 502, "upstream_error")
        self.assertIn("https://api.example.invalid/v1/chat/completions", error["message"])

    @inlineCallbacks
    def test_provider_5xx_is_502(self) -> Any:
        self.provider.behaviour = Reply(status=503, body={"error": {"message": "overloaded"}})
        response = yield self.post_chat(STREAM_CHAT)
        error = yield self.assertError(response, 502, "upstream_error")
        self.assertIn("503", error["message"])

    @inlineCallbacks
    def test_a_502_from_a_provider_5xx_keeps_its_x_should_retry(self) -> Any:
        # The SDKs retry a 502 unless told not to: the provider's word must reach them.
        self.provider.behaviour = Reply(
            status=500, body={"error": {"message": "will not get better"}}, headers={"x-should-retry": "false"}
        )
        response = yield self.post_chat(CHAT)
        yield self.assertError(response, 502, "upstream_error")
        self.assertEqual(response.headers.getRawHeaders(b"x-should-retry"), [b"false"])

    @inlineCallbacks
    def test_a_502_from_a_provider_503_keeps_its_retry_after(self) -> Any:
        # Without it the SDKs retry at once, into the same overload.
        self.provider.behaviour = Reply(
            status=503,
            body={"error": {"message": "overloaded"}},
            headers={"Retry-After": "7", "retry-after-ms": "7000"},
        )
        response = yield self.post_chat(CHAT)
        yield self.assertError(response, 502, "upstream_error")
        self.assertEqual(response.headers.getRawHeaders(b"retry-after"), [b"7"])
        self.assertEqual(response.headers.getRawHeaders(b"retry-after-ms"), [b"7000"])

    @inlineCallbacks
    def test_provider_silent_before_the_first_byte_is_504(self) -> Any:
        self.provider.behaviour = Silent()
        provider_saw_close = self.provider.next_disconnect()
        started = time.monotonic()
        response = yield self.post_chat(STREAM_CHAT)
        yield self.assertError(response, 504, "upstream_timeout")
        self.assertLess(time.monotonic() - started, 3)
        yield provider_saw_close

    @inlineCallbacks
    def test_health(self) -> Any:
        response = yield treq.get(self.proxy.url + "/health", persistent=False)
        body = yield response.json()
        self.assertEqual((response.code, body), (200, {"status": "ok", "state": {"backend": "memory"}}))

    @inlineCallbacks
    def test_models_are_relayed(self) -> Any:
        response = yield treq.get(self.proxy.url + "/v1/models", persistent=False)
        body = yield response.json()
        self.assertEqual(body["data"][0]["id"], "fake-model")
        self.assertEqual(self.provider.requests[0].header("authorization"), f"Bearer {API_KEY}")


class UnreachableProviderTests(TestCase):
    @inlineCallbacks
    def check_502(self, base_url: str) -> Any:
        from tests.proxy_harness import RunningProxy

        proxy = RunningProxy.start(
            {
                "providers": {"gone": {"base_url": base_url, "api_key": "k"}},
                "server": {"upstream_connect_timeout": 2},
            }
        )
        self.addCleanup(proxy.stop)
        started = time.monotonic()
        response = yield treq.post(
            proxy.url + "/v1/chat/completions", data=json.dumps(STREAM_CHAT).encode(), persistent=False
        )
        body = yield response.json()
        self.assertEqual(response.code, 502)
        self.assertEqual(body["error"]["code"], "upstream_unreachable")
        self.assertLess(time.monotonic() - started, 5)

    def test_refused_connection_is_502(self) -> Any:
        unused = socket.socket()
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
        unused.close()
        return self.check_502(f"http://127.0.0.1:{port}/v1")

    def test_unresolvable_host_is_502(self) -> Any:
        return self.check_502("http://no-such-host.invalid/v1")


class HeartbeatTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {"server": {"sse_heartbeat": 0.1}}

    @inlineCallbacks
    def test_a_thinking_provider_keeps_the_connection_alive_with_comments(self) -> Any:
        events = [chunk("", role="assistant"), chunk("Thought"), chunk(finish="stop"), DONE]
        self.provider.behaviour = Stream(events, gap=0.35)
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertGreaterEqual(body.count(b": keep-alive\n\n"), 3)
        self.assertEqual(body.replace(b": keep-alive\n\n", b""), b"".join(events))
