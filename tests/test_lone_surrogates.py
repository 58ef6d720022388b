"""
A JSON text may hold a lone surrogate escape (C{"\\ud800"}: valid JSON,
though no UTF-8 can carry it): a client's SDK or a provider that splits an
emoji's surrogate pair writes one.  Wherever KoreShield rewrites such a
document (a routed model renamed, a prompt redacted, an answer guarded) it
must still answer, with the escape as it came, never a 500 or a cut stream.
"""

from __future__ import annotations

import json
from typing import Any

from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

from tests.fake_provider import DONE, Reply, Stream, chunk, completion, response_events, response_object
from tests.proxy_harness import ProviderAndProxyMixin, post_json_to

AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
REDACTED = "[REDACTED:aws_access_key]"
SURROGATE = b"\\ud800"
"""A lone high surrogate, escaped as JSON carries it."""


def _with_surrogate(document: dict[str, Any], marker: str) -> bytes:
    """C{document} as JSON, with C{marker} in it turned into a lone surrogate escape."""
    return json.dumps(document).encode().replace(marker.encode(), SURROGATE)


class RequestTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {"security": {"categories": {"secret": {"action": "redact"}}}}

    @inlineCallbacks
    def test_a_renamed_model_forwards_the_body_with_its_surrogate(self) -> Any:
        body = {"model": "fake/fake-model", "messages": [{"role": "user", "content": "Hi MARK there."}]}
        response = yield post_json_to(self.proxy.url + "/v1/chat/completions", _with_surrogate(body, "MARK"))
        yield response.json()
        self.assertEqual(response.code, 200)
        forwarded = self.provider.requests[0].json
        self.assertEqual((forwarded["model"], forwarded["messages"][0]["content"]), ("fake-model", "Hi \ud800 there."))

    @inlineCallbacks
    def test_a_redacted_responses_input_keeps_its_surrogate(self) -> Any:
        self.provider.behaviour = Reply(body=response_object())
        body = {"model": "fake-model", "input": f"MARK Use {AWS_KEY}."}
        response = yield post_json_to(self.proxy.url + "/v1/responses", _with_surrogate(body, "MARK"))
        yield response.json()
        self.assertEqual(response.code, 200)
        self.assertEqual(self.provider.requests[0].json["input"], f"\ud800 Use {REDACTED}.")


class AnswerTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def test_a_guarded_chat_answer_with_a_surrogate_is_answered(self) -> Any:
        self.provider.behaviour = Reply(body=_with_surrogate(completion(f"MARK Use {AWS_KEY}."), "MARK"))
        response = yield post_json_to(
            self.proxy.url + "/v1/chat/completions",
            {"model": "m", "messages": []} | {"messages": [{"role": "user", "content": "Hi"}]},
        )
        answer = yield response.json()
        self.assertEqual(response.code, 200)
        self.assertEqual(answer["choices"][0]["message"]["content"], f"\ud800 Use {REDACTED}.")

    @inlineCallbacks
    def test_a_guarded_responses_answer_with_a_surrogate_is_answered(self) -> Any:
        self.provider.behaviour = Reply(body=_with_surrogate(response_object(f"MARK Use {AWS_KEY}."), "MARK"))
        response = yield post_json_to(self.proxy.url + "/v1/responses", {"model": "m", "input": "Hi"})
        answer = yield response.json()
        self.assertEqual(response.code, 200)
        self.assertEqual(answer["output"][0]["content"][0]["text"], f"\ud800 Use {REDACTED}.")

    @inlineCallbacks
    def test_a_guarded_responses_stream_with_a_surrogate_ends_completed(self) -> Any:
        events = [e.replace(b"MARK", SURROGATE) for e in response_events([f"MARK Use {AWS_KEY} now."])]
        self.provider.behaviour = Stream(events)
        response = yield post_json_to(self.proxy.url + "/v1/responses", {"model": "m", "input": "Hi", "stream": True})
        body = yield response.content()
        self.assertIn(b"response.completed", body)
        self.assertNotIn(AWS_KEY.encode(), body)
        self.assertNotIn(b"STREAM_ERROR", body)

    @inlineCallbacks
    def test_a_guarded_chat_stream_with_a_surrogate_ends_with_done(self) -> Any:
        events = [chunk("", role="assistant"), chunk(f"MARK Use {AWS_KEY} now."), chunk(finish="stop")]
        self.provider.behaviour = Stream([e.replace(b"MARK", SURROGATE) for e in events] + [DONE])
        chat = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "Hi"}]}
        response = yield post_json_to(self.proxy.url + "/v1/chat/completions", chat)
        body = yield response.content()
        self.assertTrue(body.endswith(DONE), body[-200:])
        self.assertNotIn(AWS_KEY.encode(), body)
        self.assertNotIn(b"STREAM_ERROR", body)
