"""
Embeddings C{input} and legacy completions C{prompt}: what is refused, and
how their strings are seen (and redacted) as user messages.
"""

from __future__ import annotations

import json
from typing import Any

from twisted.trial.unittest import SynchronousTestCase

from koreshield.errors import APIError
from koreshield.inputs import parse_completions_request, parse_embeddings_request
from koreshield.stream_usage import asks_for_usage, with_usage_requested


def encoded(body: dict[str, Any]) -> bytes:
    return json.dumps(body).encode()


class EmbeddingsInputTests(SynchronousTestCase):
    def test_a_string_is_one_user_message(self) -> None:
        request = parse_embeddings_request(encoded({"model": "m", "input": "hello"}))
        self.assertEqual(request.messages, [{"role": "user", "content": "hello"}])

    def test_each_string_of_a_list_is_a_user_message_in_order(self) -> None:
        request = parse_embeddings_request(encoded({"model": "m", "input": ["a", "b"]}))
        self.assertEqual([m["content"] for m in request.messages], ["a", "b"])

    def test_token_ids_give_nothing_to_scan(self) -> None:
        for tokens in ([1, 2, 3], [[1, 2], [3]]):
            self.assertEqual(parse_embeddings_request(encoded({"model": "m", "input": tokens})).messages, [])

    def test_redacted_messages_go_back_into_a_string_input(self) -> None:
        request = parse_embeddings_request(encoded({"model": "m", "input": "secret", "dimensions": 8}))
        redacted = request.with_messages([{"role": "user", "content": "[REDACTED]"}])
        self.assertEqual(json.loads(redacted.raw), {"model": "m", "input": "[REDACTED]", "dimensions": 8})

    def test_redacted_messages_go_back_into_a_list_input(self) -> None:
        request = parse_embeddings_request(encoded({"model": "m", "input": ["a", "b"]}))
        redacted = request.with_messages([{"role": "user", "content": "a"}, {"role": "user", "content": "[X]"}])
        self.assertEqual(redacted.body["input"], ["a", "[X]"])

    def test_an_empty_list_of_token_lists_is_refused(self) -> None:
        with self.assertRaises(APIError) as caught:
            parse_embeddings_request(encoded({"model": "m", "input": [[1], []]}))
        self.assertEqual((caught.exception.status, caught.exception.param), (400, "input"))

    def test_an_unknown_encoding_format_is_refused(self) -> None:
        with self.assertRaises(APIError) as caught:
            parse_embeddings_request(encoded({"model": "m", "input": "x", "encoding_format": "int8"}))
        self.assertEqual(caught.exception.param, "encoding_format")


class CompletionsPromptTests(SynchronousTestCase):
    def test_stream_and_prompt_are_read(self) -> None:
        request = parse_completions_request(encoded({"model": "m", "prompt": "Once", "stream": True}))
        self.assertEqual((request.stream, request.messages), (True, [{"role": "user", "content": "Once"}]))

    def test_a_missing_prompt_is_refused(self) -> None:
        with self.assertRaises(APIError) as caught:
            parse_completions_request(encoded({"model": "m"}))
        self.assertEqual((caught.exception.param, caught.exception.code), ("prompt", "missing_required_parameter"))

    def test_a_stream_that_is_not_a_boolean_is_refused(self) -> None:
        with self.assertRaises(APIError) as caught:
            parse_completions_request(encoded({"model": "m", "prompt": "x", "stream": "yes"}))
        self.assertEqual(caught.exception.param, "stream")

    def test_integer_logprobs_are_accepted_as_the_legacy_api_defines_them(self) -> None:
        request = parse_completions_request(encoded({"model": "m", "prompt": "x", "logprobs": 5}))
        self.assertEqual(request.body["logprobs"], 5)

    def test_a_stream_can_be_made_to_ask_for_usage_for_a_token_budget(self) -> None:
        request = parse_completions_request(encoded({"model": "m", "prompt": "x", "stream": True}))
        asking = with_usage_requested(request)
        self.assertEqual((asks_for_usage(request), asks_for_usage(asking)), (False, True))
        self.assertEqual(json.loads(asking.raw)["stream_options"], {"include_usage": True})
        self.assertEqual(asking.messages, request.messages)
