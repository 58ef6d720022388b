"""
What the scan clients send: the documented C{/v1/scan} request forms, and
batches split at the proxy's limit without losing order.
"""

from __future__ import annotations

import json

from twisted.trial.unittest import SynchronousTestCase

from koreshield.client.calls import MAX_BATCH_ITEMS, batch_calls, messages_call, outcome, scan_call
from koreshield.client.errors import APIError

CLEAN = {
    "threat_detected": False,
    "threat_type": None,
    "confidence": 0,
    "findings": [],
    "scan_ms": 0.1,
    "cached": False,
}


class RequestFormTests(SynchronousTestCase):
    def test_a_text_scan_sends_only_what_was_given(self) -> None:
        self.assertEqual(scan_call("hi").document, {"content": "hi"})
        self.assertEqual(
            scan_call("hi", "high", "document").document, {"content": "hi", "sensitivity": "high", "role": "document"}
        )

    def test_a_conversation_scan_sends_the_messages(self) -> None:
        messages = [{"role": "user", "content": "hi"}]
        self.assertEqual(messages_call(messages, "low").document, {"messages": messages, "sensitivity": "low"})

    def test_content_that_is_not_text_is_refused_before_sending(self) -> None:
        self.assertRaises(TypeError, scan_call, b"bytes")

    def test_the_body_is_utf8_json(self) -> None:
        self.assertEqual(json.loads(scan_call("héllo").body().decode("utf-8")), {"content": "héllo"})

    def test_a_lone_surrogate_is_sent_as_its_escape_not_raised(self) -> None:
        body = scan_call("half a pair: \ud800, héllo").body()
        self.assertEqual(json.loads(body.decode("ascii")), {"content": "half a pair: \ud800, héllo"})


class BatchTests(SynchronousTestCase):
    def test_a_long_batch_is_split_at_the_limit_in_order(self) -> None:
        calls = batch_calls([f"text {i}" for i in range(MAX_BATCH_ITEMS * 2 + 1)])
        self.assertEqual([len(call.document["items"]) for call in calls], [MAX_BATCH_ITEMS, MAX_BATCH_ITEMS, 1])
        self.assertEqual(calls[2].document["items"], [{"content": f"text {MAX_BATCH_ITEMS * 2}"}])

    def test_an_empty_batch_sends_nothing(self) -> None:
        self.assertEqual(batch_calls([]), [])

    def test_defaults_apply_only_where_an_item_says_nothing(self) -> None:
        [call] = batch_calls(["a", {"content": "b", "role": "user"}, {"messages": []}], "high", "document")
        self.assertEqual(
            call.document["items"],
            [
                {"content": "a", "sensitivity": "high", "role": "document"},
                {"content": "b", "role": "user", "sensitivity": "high"},
                {"messages": [], "sensitivity": "high"},
            ],
        )


class OutcomeTests(SynchronousTestCase):
    def test_a_success_is_read_into_a_result(self) -> None:
        self.assertFalse(outcome(scan_call("hi"), 200, {}, json.dumps(CLEAN).encode()).threat_detected)

    def test_a_success_that_is_not_a_verdict_is_an_api_error(self) -> None:
        error = self.assertRaises(APIError, outcome, scan_call("hi"), 200, {"x-request-id": "req_9"}, b'{"ok": 1}')
        self.assertEqual((error.status, error.code, error.request_id), (200, "unexpected_answer", "req_9"))

    def test_a_success_that_is_not_json_is_an_api_error(self) -> None:
        error = self.assertRaises(APIError, outcome, scan_call("hi"), 200, {}, b"<html>")
        self.assertEqual(error.code, "unexpected_answer")
