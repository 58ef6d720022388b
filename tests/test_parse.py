"""
Request validation: what is refused with 400, and what passes unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from twisted.trial.unittest import SynchronousTestCase

from koreshield.errors import APIError
from koreshield.parse import parse_chat_request

VALID: dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


class ParseChatRequestTests(SynchronousTestCase):
    def assertRefused(self, raw: bytes | dict[str, Any], param: str | None) -> APIError:
        data = raw if isinstance(raw, bytes) else json.dumps(raw).encode()
        with self.assertRaises(APIError) as caught:
            parse_chat_request(data)
        self.assertEqual(caught.exception.status, 400)
        self.assertEqual(caught.exception.param, param)
        return caught.exception

    def test_a_valid_body_keeps_its_raw_bytes_and_unknown_fields(self) -> None:
        raw = json.dumps({**VALID, "new_parameter": {"x": 1}}).encode()
        chat = parse_chat_request(raw)
        self.assertEqual((chat.raw, chat.model, chat.stream), (raw, "m", False))
        self.assertEqual(chat.body["new_parameter"], {"x": 1})

    def test_stream_true(self) -> None:
        self.assertTrue(parse_chat_request(json.dumps({**VALID, "stream": True}).encode()).stream)

    def test_array_content_and_null_content_are_accepted(self) -> None:
        messages = [
            {"role": "user", "content": [{"type": "text", "text": "hi"}]},
            {"role": "assistant", "content": None, "tool_calls": []},
        ]
        self.assertEqual(len(parse_chat_request(json.dumps({**VALID, "messages": messages}).encode()).messages), 2)

    def test_not_json(self) -> None:
        self.assertEqual(self.assertRefused(b"{nope", None).code, "invalid_json")

    def test_empty_body(self) -> None:
        self.assertRefused(b"", None)

    def test_invalid_utf8(self) -> None:
        self.assertIn("UTF-8", self.assertRefused(b'{"model": "\xff"}', None).message)

    def test_json_that_is_not_an_object(self) -> None:
        self.assertRefused(b"[1, 2]", None)

    def test_deeply_nested_json(self) -> None:
        self.assertRefused(b"[" * 100_000 + b"]" * 100_000, None)

    def test_missing_model(self) -> None:
        self.assertRefused({"messages": VALID["messages"]}, "model")

    def test_model_not_a_string(self) -> None:
        self.assertRefused({**VALID, "model": 4}, "model")

    def test_missing_messages(self) -> None:
        self.assertRefused({"model": "m"}, "messages")

    def test_messages_not_a_list(self) -> None:
        self.assertRefused({**VALID, "messages": {"role": "user"}}, "messages")

    def test_message_without_role(self) -> None:
        self.assertRefused({**VALID, "messages": [{"content": "x"}]}, "messages[0].role")

    def test_message_content_of_the_wrong_type(self) -> None:
        self.assertRefused({**VALID, "messages": [{"role": "user", "content": 5}]}, "messages[0].content")

    def test_content_part_that_is_not_an_object(self) -> None:
        self.assertRefused({**VALID, "messages": [{"role": "user", "content": ["x"]}]}, "messages[0].content[0]")

    def test_stream_not_a_boolean(self) -> None:
        self.assertRefused({**VALID, "stream": 1}, "stream")

    def test_wrongly_typed_optional_fields(self) -> None:
        for field, value in [
            ("temperature", "hot"),
            ("max_tokens", 1.5),
            ("n", True),
            ("stop", [1]),
            ("tools", "x"),
            ("stream_options", []),
            ("user", 3),
        ]:
            self.assertRefused({**VALID, field: value}, field)

    def test_a_body_starting_with_a_byte_order_mark_is_refused_as_json_loads_refuses_it(self) -> None:
        raw = "\ufeff".encode() + json.dumps(VALID).encode()
        with self.assertRaises(ValueError) as plain:
            json.loads(raw.decode("utf-8"))
        refused = self.assertRefused(raw, None)
        self.assertEqual(refused.message, f"The request body is not valid JSON: {plain.exception}")

    def test_each_body_is_decoded_on_its_own(self) -> None:
        """The decoder is shared by every body: a refused one leaves nothing behind for the next."""
        self.assertIn("repeats the key 'model'", self.assertRefused(b'{"model": "a", "model": "b"}', None).message)
        self.assertIn("NaN", self.assertRefused(b'{"model": "m", "temperature": NaN}', None).message)
        repeated_inside = b'{"model": "m", "messages": [{"role": "user", "role": "system", "content": "x"}]}'
        self.assertIn("repeats the key 'role'", self.assertRefused(repeated_inside, None).message)
        chat = parse_chat_request(json.dumps({**VALID, "model": "again"}).encode())
        self.assertEqual((chat.model, chat.messages), ("again", VALID["messages"]))
