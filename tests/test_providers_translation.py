"""
Specification of the pieces both translators share: error bodies and merging
of same-role turns.
"""

from __future__ import annotations

import json
from typing import Any

from twisted.trial.unittest import SynchronousTestCase

from koreshield.providers.translation import (
    InvalidParameter,
    UnsupportedParameter,
    error_type_for_status,
    merge_into_turns,
    upstream_error,
)


class MergeIntoTurnsTests(SynchronousTestCase):
    def test_a_new_role_starts_a_turn(self) -> None:
        turns: list[dict[str, Any]] = [{"role": "user", "content": ["a"]}]
        merge_into_turns(turns, "assistant", ["b"], "content")
        self.assertEqual(
            turns,
            [
                {"role": "user", "content": ["a"]},
                {"role": "assistant", "content": ["b"]},
            ],
        )

    def test_the_same_role_extends_the_last_turn(self) -> None:
        turns: list[dict[str, Any]] = [{"role": "user", "parts": ["a"]}]
        merge_into_turns(turns, "user", ["b", "c"], "parts")
        self.assertEqual(turns, [{"role": "user", "parts": ["a", "b", "c"]}])

    def test_an_empty_turn_is_dropped(self) -> None:
        turns: list[dict[str, Any]] = []
        merge_into_turns(turns, "user", [], "content")
        self.assertEqual(turns, [])

    def test_the_first_turn_does_not_share_the_callers_list(self) -> None:
        items = ["a"]
        turns: list[dict[str, Any]] = []
        merge_into_turns(turns, "user", items, "content")
        merge_into_turns(turns, "user", ["b"], "content")
        self.assertEqual(items, ["a"])


class ErrorTests(SynchronousTestCase):
    def test_statuses_name_openai_error_types(self) -> None:
        cases = {
            400: "invalid_request_error",
            401: "authentication_error",
            403: "permission_error",
            404: "not_found_error",
            413: "invalid_request_error",
            429: "rate_limit_error",
            500: "server_error",
            529: "server_error",
        }
        self.assertEqual({status: error_type_for_status(status) for status in cases}, cases)

    def test_upstream_error_without_a_message_says_who_answered(self) -> None:
        self.assertEqual(
            upstream_error("Anthropic", 503, b'{"error": {"type": "x"}}', code_key="type"),
            {
                "error": {
                    "message": "Anthropic answered HTTP 503",
                    "type": "server_error",
                    "code": None,
                    "param": None,
                }
            },
        )

    def test_upstream_error_code_must_be_a_string(self) -> None:
        body = b'{"error": {"message": "m", "code": 400}}'
        self.assertIsNone(upstream_error("Gemini", 400, body, code_key="code")["error"]["code"])

    def test_invalid_parameter_becomes_openai_400_body(self) -> None:
        self.assertEqual(
            InvalidParameter("temperature", "'temperature' must be a number").as_openai_error(),
            {
                "error": {
                    "message": "'temperature' must be a number",
                    "type": "invalid_request_error",
                    "code": "invalid_value",
                    "param": "temperature",
                }
            },
        )

    def test_refusal_becomes_the_proxys_400_answer(self) -> None:
        error = UnsupportedParameter("n", "Anthropic returns a single choice per request").as_api_error()
        self.assertEqual(
            (error.status, json.loads(error.body())),
            (400, UnsupportedParameter("n", "Anthropic returns a single choice per request").as_openai_error()),
        )
