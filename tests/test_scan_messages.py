"""
Specifications of text-part extraction from chat messages.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.messages import text_parts


class TextPartTests(SynchronousTestCase):
    def test_string_content(self) -> None:
        [part] = text_parts([{"role": "user", "content": "hi"}])
        self.assertEqual((part.message_index, part.part, part.role, part.text), (0, "content", "user", "hi"))

    def test_text_parts_of_array_content_keep_their_position(self) -> None:
        parts = text_parts([{"role": "user", "content": [{"type": "image_url"}, {"type": "text", "text": "a"}, "b"]}])
        self.assertEqual([(p.part, p.text) for p in parts], [("content[1]", "a"), ("content[2]", "b")])

    def test_tool_call_and_function_call_arguments(self) -> None:
        parts = text_parts(
            [
                {
                    "role": "assistant",
                    "content": "x",
                    "tool_calls": [{"function": {"arguments": "{}"}}, "junk"],
                    "function_call": {"arguments": "[]"},
                }
            ]
        )
        self.assertEqual(
            [p.part for p in parts], ["content", "tool_calls[0].function.arguments", "function_call.arguments"]
        )

    def test_a_messages_name_is_a_part_of_that_message(self) -> None:
        # Providers that take free-text names (vLLM, Ollama chat templates) show it to the model.
        parts = text_parts([{"role": "user", "content": "hi"}, {"role": "user", "name": "Ann Lee", "content": "yo"}])
        self.assertEqual(
            [(p.message_index, p.part, p.role, p.text) for p in parts],
            [(0, "content", "user", "hi"), (1, "content", "user", "yo"), (1, "name", "user", "Ann Lee")],
        )

    def test_a_name_that_is_not_text_is_skipped(self) -> None:
        parts = text_parts([{"role": "user", "name": None, "content": "hi"}, {"role": "user", "name": {}}])
        self.assertEqual([p.part for p in parts], ["content"])

    def test_function_role_is_kept_and_unknown_roles_become_user(self) -> None:
        parts = text_parts([{"role": "function", "content": "a"}, {"role": "oracle", "content": "b"}])
        self.assertEqual([p.role for p in parts], ["function", "user"])

    def test_numbers_become_text_and_booleans_are_skipped(self) -> None:
        parts = text_parts([{"role": "user", "content": 3.5}, {"role": "user", "content": True}])
        self.assertEqual([p.text for p in parts], ["3.5"])


class UsualMessageTests(SynchronousTestCase):
    def test_string_content_with_calls_keeps_both(self) -> None:
        """A message of one string takes no helper; with calls beside it, both are still found, content first."""
        parts = text_parts(
            [
                {"role": "tool", "content": "a"},
                {"role": "assistant", "content": "b", "function_call": {"arguments": "c"}},
            ]
        )
        self.assertEqual(
            [(p.message_index, p.part, p.role, p.text) for p in parts],
            [
                (0, "content", "tool", "a"),
                (1, "content", "assistant", "b"),
                (1, "function_call.arguments", "assistant", "c"),
            ],
        )

    def test_string_subclass_content_is_a_string(self) -> None:
        class Text(str):
            pass

        [part] = text_parts([{"role": "user", "content": Text("hi")}])
        self.assertEqual(part.text, "hi")
