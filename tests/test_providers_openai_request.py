"""
Specification of reading an OpenAI chat request, the part of the contract both
provider translations share.
"""

from __future__ import annotations

from typing import Any

from twisted.trial.unittest import SynchronousTestCase

from koreshield.providers.openai_request import (
    AssistantTurn,
    ContentPart,
    ForcedFunction,
    ImageLink,
    InlineFile,
    JsonOutput,
    TextPart,
    ToolCall,
    ToolResult,
    UserTurn,
    read_chat_request,
)
from koreshield.providers.translation import InvalidParameter, UnsupportedParameter

HELLO = {"role": "user", "content": "Hello"}


def read(**fields: Any) -> Any:
    return read_chat_request({"messages": [HELLO], **fields})


def read_user_parts(*parts: dict[str, Any]) -> tuple[ContentPart, ...]:
    [turn] = read_chat_request({"messages": [{"role": "user", "content": list(parts)}]}).turns
    assert isinstance(turn, UserTurn)
    return turn.parts


class ParameterTests(SynchronousTestCase):
    def test_unknown_parameter_is_refused_by_name(self) -> None:
        with self.assertRaises(UnsupportedParameter) as raised:
            read(top_k=5)
        self.assertEqual(
            (raised.exception.param, raised.exception.code),
            ("top_k", "unsupported_parameter"),
        )

    def test_refused_parameters_at_their_default_are_accepted(self) -> None:
        request = read(logprobs=False, logit_bias={}, modalities=["text"], functions=[], audio=None)
        self.assertEqual(request.turns, (UserTurn((TextPart("Hello"),)),))

    def test_wrongly_typed_number_is_invalid(self) -> None:
        with self.assertRaises(InvalidParameter) as raised:
            read(temperature="hot")
        self.assertEqual(
            (raised.exception.param, raised.exception.code),
            ("temperature", "invalid_value"),
        )

    def test_boolean_is_not_a_number(self) -> None:
        self.assertRaises(InvalidParameter, read, top_p=True)

    def test_zero_max_tokens_is_invalid(self) -> None:
        self.assertRaises(InvalidParameter, read, max_tokens=0)

    def test_stop_list_of_non_strings_is_invalid(self) -> None:
        self.assertRaises(InvalidParameter, read, stop=["a", 1])

    def test_sampling_fields_are_read(self) -> None:
        request = read(temperature=1, top_p=0.5, seed=3, n=2, stop="x", max_tokens=9, user="u")
        self.assertEqual(
            (
                request.temperature,
                request.top_p,
                request.seed,
                request.n,
                request.stop,
                request.max_tokens,
                request.end_user,
            ),
            (1.0, 0.5, 3, 2, ("x",), 9, "u"),
        )

    def test_tools_and_forced_choice_are_read(self) -> None:
        tool = {
            "type": "function",
            "function": {"name": "f", "parameters": {"type": "object"}},
        }
        request = read(tools=[tool], tool_choice={"type": "function", "function": {"name": "f"}})
        self.assertEqual((request.tools[0].name, request.tool_choice), ("f", ForcedFunction("f")))

    def test_non_function_tool_is_refused(self) -> None:
        with self.assertRaises(UnsupportedParameter) as raised:
            read(tools=[{"type": "custom", "custom": {"name": "grammar"}}])
        self.assertEqual(raised.exception.param, "tools[0].type")

    def test_allowed_tools_choice_is_refused(self) -> None:
        self.assertRaises(
            UnsupportedParameter,
            read,
            tool_choice={"type": "allowed_tools", "allowed_tools": {}},
        )

    def test_json_schema_response_format_is_read_with_its_schema(self) -> None:
        response_format = {
            "type": "json_schema",
            "json_schema": {"name": "x", "schema": {"type": "object"}},
        }
        self.assertEqual(
            read(response_format=response_format).response_format,
            JsonOutput({"type": "object"}),
        )

    def test_unknown_response_format_is_invalid(self) -> None:
        self.assertRaises(InvalidParameter, read, response_format={"type": "yaml"})


class MessageTests(SynchronousTestCase):
    def test_messages_must_not_be_empty(self) -> None:
        self.assertRaises(InvalidParameter, read_chat_request, {"messages": []})

    def test_unknown_role_is_invalid(self) -> None:
        with self.assertRaises(InvalidParameter) as raised:
            read_chat_request({"messages": [HELLO, {"role": "narrator", "content": "x"}]})
        self.assertEqual(raised.exception.param, "messages[1].role")

    def test_function_role_is_refused(self) -> None:
        self.assertRaises(
            UnsupportedParameter,
            read_chat_request,
            {"messages": [{"role": "function", "name": "f", "content": "1"}]},
        )

    def test_tool_message_needs_its_call_id(self) -> None:
        self.assertRaises(
            InvalidParameter,
            read_chat_request,
            {"messages": [{"role": "tool", "content": "1"}]},
        )

    def test_assistant_refusal_parts_are_kept_as_text(self) -> None:
        message = {
            "role": "assistant",
            "content": [{"type": "refusal", "refusal": "I can't."}],
        }
        self.assertEqual(
            read_chat_request({"messages": [message]}).turns,
            (AssistantTurn((TextPart("I can't."),), ()),),
        )

    def test_assistant_tool_calls_are_read_with_parsed_arguments(self) -> None:
        call = {
            "id": "c1",
            "type": "function",
            "function": {"name": "f", "arguments": '{"a": 1}'},
        }
        [turn] = read_chat_request({"messages": [{"role": "assistant", "tool_calls": [call]}]}).turns
        self.assertEqual(turn, AssistantTurn((), (ToolCall("c1", "f", {"a": 1}),)))

    def test_tool_call_arguments_that_are_a_json_list_are_invalid(self) -> None:
        call = {
            "id": "c1",
            "type": "function",
            "function": {"name": "f", "arguments": "[1]"},
        }
        self.assertRaises(
            InvalidParameter,
            read_chat_request,
            {"messages": [{"role": "assistant", "tool_calls": [call]}]},
        )

    def test_assistant_audio_is_refused(self) -> None:
        message = {"role": "assistant", "content": None, "audio": {"id": "audio_1"}}
        self.assertRaises(UnsupportedParameter, read_chat_request, {"messages": [message]})

    def test_tool_message_text_parts_are_joined(self) -> None:
        tool = {
            "role": "tool",
            "tool_call_id": "c1",
            "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
        }
        self.assertEqual(
            read_chat_request({"messages": [tool]}).turns,
            (ToolResult("c1", "ab", "messages[0].tool_call_id"),),
        )

    def test_system_message_with_an_image_is_invalid(self) -> None:
        system = {
            "role": "system",
            "content": [{"type": "image_url", "image_url": {"url": "https://x/y.png"}}],
        }
        self.assertRaises(InvalidParameter, read_chat_request, {"messages": [system, HELLO]})

    def test_empty_text_parts_are_dropped(self) -> None:
        self.assertEqual(
            read_user_parts({"type": "text", "text": ""}, {"type": "text", "text": "hi"}),
            (TextPart("hi"),),
        )


class ContentPartTests(SynchronousTestCase):
    def test_base64_data_url_is_split_into_media_type_and_data(self) -> None:
        part = {
            "type": "image_url",
            "image_url": {"url": "data:image/webp;base64,UklGR"},
        }
        self.assertEqual(
            read_user_parts(part),
            (InlineFile("image/webp", "UklGR", "messages[0].content[0].image_url.url"),),
        )

    def test_http_image_is_kept_as_a_link(self) -> None:
        part = {"type": "image_url", "image_url": {"url": "http://example.com/a.png"}}
        self.assertEqual(
            read_user_parts(part),
            (ImageLink("http://example.com/a.png", "messages[0].content[0].image_url.url"),),
        )

    def test_data_url_that_is_not_base64_is_refused(self) -> None:
        part = {
            "type": "image_url",
            "image_url": {"url": "data:image/svg+xml,%3Csvg%3E"},
        }
        self.assertRaises(UnsupportedParameter, read_user_parts, part)

    def test_image_url_of_another_scheme_is_invalid(self) -> None:
        part = {"type": "image_url", "image_url": {"url": "file:///etc/passwd"}}
        self.assertRaises(InvalidParameter, read_user_parts, part)

    def test_input_audio_is_refused(self) -> None:
        part = {
            "type": "input_audio",
            "input_audio": {"data": "UklGRg==", "format": "wav"},
        }
        with self.assertRaises(UnsupportedParameter) as raised:
            read_user_parts(part)
        self.assertEqual(raised.exception.param, "messages[0].content[0]")

    def test_file_id_is_refused(self) -> None:
        with self.assertRaises(UnsupportedParameter) as raised:
            read_user_parts({"type": "file", "file": {"file_id": "file-abc"}})
        self.assertEqual(raised.exception.param, "messages[0].content[0].file.file_id")

    def test_unknown_part_type_is_refused(self) -> None:
        self.assertRaises(
            UnsupportedParameter,
            read_user_parts,
            {"type": "video_url", "video_url": {}},
        )
