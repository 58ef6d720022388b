"""
Specification of the Anthropic translation: OpenAI chat requests in, Messages
API bodies out; Messages answers and event streams back into OpenAI shapes.
"""

from __future__ import annotations

import json
from typing import Any

from twisted.trial.unittest import SynchronousTestCase, TestCase
from twisted.web.client import ResponseFailed

from koreshield.providers.anthropic import (
    ANTHROPIC_MESSAGES_PATH,
    ANTHROPIC_MODELS_PATH,
    AnthropicStreamTranslator,
    anthropic_error,
    anthropic_headers,
    anthropic_models,
    anthropic_request,
    anthropic_response,
)
from koreshield.providers.translation import (
    InvalidParameter,
    MalformedUpstream,
    UnsupportedParameter,
    UpstreamStreamError,
)
from tests.fake_anthropic import FakeAnthropic
from tests.fake_upstream import (
    ScriptedAnswer,
    ScriptedCut,
    ScriptedFailure,
    ScriptedStreamError,
    ScriptedToolCall,
)
from tests.loopback import Loopback
from tests.openai_view import assembled, completion, function_calls

USER_HELLO = {"role": "user", "content": "Hello"}
TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
PNG = "iVBORw0KGgo="


def translate(**fields: Any) -> dict[str, Any]:
    body = {"model": "my-alias", "messages": [USER_HELLO], **fields}
    return anthropic_request(body, model="claude-sonnet-4-5", stream=False)


def translate_messages(*messages: dict[str, Any]) -> list[dict[str, Any]]:
    body = {"model": "my-alias", "messages": list(messages)}
    result: list[dict[str, Any]] = anthropic_request(body, model="claude-sonnet-4-5", stream=False)["messages"]
    return result


def assistant_calling(*calls: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": call_id,
                "type": "function",
                "function": {"name": name, "arguments": arguments},
            }
            for call_id, name, arguments in calls
        ],
    }


class RequestTranslationTests(SynchronousTestCase):
    def test_model_comes_from_the_router_not_the_body(self) -> None:
        self.assertEqual(translate()["model"], "claude-sonnet-4-5")

    def test_stream_flag_comes_from_the_caller(self) -> None:
        body = {"model": "m", "messages": [USER_HELLO], "stream": False}
        self.assertIs(anthropic_request(body, model="claude", stream=True)["stream"], True)

    def test_system_and_developer_messages_become_system_blocks_in_order(self) -> None:
        body = {
            "messages": [
                {"role": "system", "content": "Be brief."},
                USER_HELLO,
                {
                    "role": "developer",
                    "content": [{"type": "text", "text": "Answer in French."}],
                },
            ]
        }
        translated = anthropic_request(body, model="claude", stream=False)
        self.assertEqual(
            translated["system"],
            [
                {"type": "text", "text": "Be brief."},
                {"type": "text", "text": "Answer in French."},
            ],
        )
        self.assertEqual(
            translated["messages"],
            [{"role": "user", "content": [{"type": "text", "text": "Hello"}]}],
        )

    def test_empty_system_message_is_left_out(self) -> None:
        body = {"messages": [{"role": "system", "content": ""}, USER_HELLO]}
        self.assertNotIn("system", anthropic_request(body, model="claude", stream=False))

    def test_consecutive_user_messages_merge_into_one_turn(self) -> None:
        messages = translate_messages(
            USER_HELLO,
            {"role": "user", "content": [{"type": "text", "text": "Still there?"}]},
        )
        self.assertEqual(
            messages,
            [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Hello"},
                        {"type": "text", "text": "Still there?"},
                    ],
                }
            ],
        )

    def test_assistant_tool_calls_become_tool_use_blocks_after_its_text(self) -> None:
        assistant = assistant_calling(("call_1", "get_weather", '{"city": "Paris"}'))
        assistant["content"] = "Let me check."
        messages = translate_messages(USER_HELLO, assistant)
        self.assertEqual(
            messages[1],
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "Let me check."},
                    {
                        "type": "tool_use",
                        "id": "call_1",
                        "name": "get_weather",
                        "input": {"city": "Paris"},
                    },
                ],
            },
        )

    def test_tool_call_with_empty_arguments_sends_empty_input(self) -> None:
        messages = translate_messages(USER_HELLO, assistant_calling(("call_1", "now", "")))
        self.assertEqual(
            messages[1]["content"],
            [{"type": "tool_use", "id": "call_1", "name": "now", "input": {}}],
        )

    def test_tool_messages_become_tool_results_in_one_user_turn_with_what_follows(
        self,
    ) -> None:
        messages = translate_messages(
            USER_HELLO,
            assistant_calling(
                ("call_1", "get_weather", '{"city": "Paris"}'),
                ("call_2", "get_weather", '{"city": "Oslo"}'),
            ),
            {"role": "tool", "tool_call_id": "call_1", "content": "18C"},
            {
                "role": "tool",
                "tool_call_id": "call_2",
                "content": [{"type": "text", "text": "4C"}],
            },
            {"role": "user", "content": "Thanks"},
        )
        self.assertEqual(
            messages[2],
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "call_1", "content": "18C"},
                    {"type": "tool_result", "tool_use_id": "call_2", "content": "4C"},
                    {"type": "text", "text": "Thanks"},
                ],
            },
        )

    def test_empty_tool_result_has_no_content(self) -> None:
        messages = translate_messages(
            USER_HELLO,
            assistant_calling(("call_1", "ping", "{}")),
            {"role": "tool", "tool_call_id": "call_1", "content": ""},
        )
        self.assertEqual(messages[2]["content"], [{"type": "tool_result", "tool_use_id": "call_1"}])

    def test_base64_image_becomes_base64_image_block(self) -> None:
        part = {
            "type": "image_url",
            "image_url": {"url": f"data:image/png;base64,{PNG}", "detail": "high"},
        }
        messages = translate_messages({"role": "user", "content": [part]})
        self.assertEqual(
            messages[0]["content"],
            [
                {
                    "type": "image",
                    "source": {
                        "type": "base64",
                        "media_type": "image/png",
                        "data": PNG,
                    },
                }
            ],
        )

    def test_http_image_becomes_url_image_block(self) -> None:
        part = {
            "type": "image_url",
            "image_url": {"url": "https://example.com/cat.jpg"},
        }
        messages = translate_messages({"role": "user", "content": [part]})
        self.assertEqual(
            messages[0]["content"],
            [
                {
                    "type": "image",
                    "source": {"type": "url", "url": "https://example.com/cat.jpg"},
                }
            ],
        )

    def test_pdf_file_becomes_document_block(self) -> None:
        part = {
            "type": "file",
            "file": {
                "filename": "a.pdf",
                "file_data": "data:application/pdf;base64,JVBERi0=",
            },
        }
        messages = translate_messages({"role": "user", "content": [part]})
        self.assertEqual(
            messages[0]["content"],
            [
                {
                    "type": "document",
                    "source": {
                        "type": "base64",
                        "media_type": "application/pdf",
                        "data": "JVBERi0=",
                    },
                }
            ],
        )

    def test_inline_media_anthropic_cannot_read_is_refused(self) -> None:
        part = {"type": "file", "file": {"file_data": "data:audio/wav;base64,UklGRg=="}}
        with self.assertRaises(UnsupportedParameter) as raised:
            translate_messages({"role": "user", "content": [part]})
        self.assertEqual(raised.exception.param, "messages[0].content[0].file.file_data")

    def test_max_completion_tokens_becomes_max_tokens(self) -> None:
        self.assertEqual(translate(max_completion_tokens=300, max_tokens=100)["max_tokens"], 300)

    def test_max_tokens_becomes_max_tokens(self) -> None:
        self.assertEqual(translate(max_tokens=100)["max_tokens"], 100)

    def test_max_tokens_defaults_when_absent(self) -> None:
        body = {"messages": [USER_HELLO]}
        self.assertEqual(
            anthropic_request(body, model="c", stream=False, default_max_tokens=777)["max_tokens"],
            777,
        )

    def test_stop_string_becomes_stop_sequences(self) -> None:
        self.assertEqual(translate(stop="END")["stop_sequences"], ["END"])

    def test_stop_list_becomes_stop_sequences(self) -> None:
        self.assertEqual(translate(stop=["END", "STOP"])["stop_sequences"], ["END", "STOP"])

    def test_temperature_within_anthropic_range_is_kept(self) -> None:
        self.assertEqual(translate(temperature=0.3)["temperature"], 0.3)

    def test_temperature_above_one_is_clamped_to_one(self) -> None:
        self.assertEqual(translate(temperature=1.7)["temperature"], 1.0)

    def test_top_p_is_kept(self) -> None:
        self.assertEqual(translate(top_p=0.9)["top_p"], 0.9)

    def test_user_becomes_metadata_user_id(self) -> None:
        self.assertEqual(translate(user="u-42")["metadata"], {"user_id": "u-42"})

    def test_safety_identifier_wins_over_user(self) -> None:
        self.assertEqual(
            translate(user="u-42", safety_identifier="s-1")["metadata"],
            {"user_id": "s-1"},
        )

    def test_function_tools_become_anthropic_tools(self) -> None:
        self.assertEqual(
            translate(tools=[TOOL])["tools"],
            [
                {
                    "name": "get_weather",
                    "description": "Weather for a city",
                    "input_schema": TOOL["function"]["parameters"],  # type: ignore[index]
                }
            ],
        )

    def test_tool_without_parameters_gets_an_empty_object_schema(self) -> None:
        tool = {"type": "function", "function": {"name": "now"}}
        self.assertEqual(
            translate(tools=[tool])["tools"],
            [{"name": "now", "input_schema": {"type": "object", "properties": {}}}],
        )

    def test_tool_choice_values_translate(self) -> None:
        cases = {
            "auto": {"type": "auto"},
            "required": {"type": "any"},
            "none": {"type": "none"},
        }
        for choice, expected in cases.items():
            self.assertEqual(
                translate(tools=[TOOL], tool_choice=choice)["tool_choice"],
                expected,
                choice,
            )

    def test_forced_function_becomes_tool_choice_tool(self) -> None:
        choice = {"type": "function", "function": {"name": "get_weather"}}
        self.assertEqual(
            translate(tools=[TOOL], tool_choice=choice)["tool_choice"],
            {"type": "tool", "name": "get_weather"},
        )

    def test_no_tool_choice_leaves_anthropic_default(self) -> None:
        self.assertNotIn("tool_choice", translate(tools=[TOOL]))

    def test_parallel_tool_calls_false_disables_parallel_tool_use(self) -> None:
        self.assertEqual(
            translate(tools=[TOOL], parallel_tool_calls=False)["tool_choice"],
            {"type": "auto", "disable_parallel_tool_use": True},
        )

    def test_tool_choice_without_tools_is_dropped(self) -> None:
        self.assertNotIn("tool_choice", translate(tool_choice="auto"))

    def test_seed_is_dropped(self) -> None:
        self.assertNotIn("seed", translate(seed=7))

    def test_n_above_one_is_refused(self) -> None:
        with self.assertRaises(UnsupportedParameter) as raised:
            translate(n=2)
        self.assertEqual(raised.exception.param, "n")

    def test_n_of_one_is_accepted(self) -> None:
        self.assertNotIn("n", translate(n=1))

    def test_presence_penalty_is_refused(self) -> None:
        with self.assertRaises(UnsupportedParameter):
            translate(presence_penalty=0.5)

    def test_frequency_penalty_is_refused(self) -> None:
        with self.assertRaises(UnsupportedParameter):
            translate(frequency_penalty=0.5)

    def test_zero_penalties_are_accepted(self) -> None:
        self.assertNotIn("presence_penalty", translate(presence_penalty=0, frequency_penalty=0.0))

    def test_json_object_response_format_is_refused(self) -> None:
        with self.assertRaises(UnsupportedParameter) as raised:
            translate(response_format={"type": "json_object"})
        self.assertEqual(raised.exception.param, "response_format")

    def test_json_schema_response_format_is_refused(self) -> None:
        schema = {
            "type": "json_schema",
            "json_schema": {"name": "x", "schema": {"type": "object"}},
        }
        with self.assertRaises(UnsupportedParameter):
            translate(response_format=schema)

    def test_text_response_format_is_accepted(self) -> None:
        self.assertNotIn("response_format", translate(response_format={"type": "text"}))

    def test_tool_call_arguments_that_are_not_a_json_object_are_invalid(self) -> None:
        with self.assertRaises(InvalidParameter) as raised:
            translate_messages(USER_HELLO, assistant_calling(("call_1", "f", '{"cut')))
        self.assertEqual(raised.exception.param, "messages[1].tool_calls[0].function.arguments")

    def test_refusal_becomes_openai_400_body(self) -> None:
        with self.assertRaises(UnsupportedParameter) as raised:
            translate(n=3)
        self.assertEqual(
            raised.exception.as_openai_error(),
            {
                "error": {
                    "message": "Anthropic returns a single choice per request",
                    "type": "invalid_request_error",
                    "code": "unsupported_parameter",
                    "param": "n",
                }
            },
        )

    def test_headers_carry_key_and_version(self) -> None:
        self.assertEqual(
            anthropic_headers("sk-ant"),
            {
                "x-api-key": "sk-ant",
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
        )


def event(kind: str, **fields: Any) -> tuple[str, str]:
    return kind, json.dumps({"type": kind, **fields})


MESSAGE_START = event(
    "message_start",
    message={
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {
            "input_tokens": 25,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 100,
            "output_tokens": 1,
        },
    },
)
MESSAGE_STOP = event("message_stop")


def text_block(index: int, *texts: str) -> list[tuple[str, str]]:
    return [
        event(
            "content_block_start",
            index=index,
            content_block={"type": "text", "text": ""},
        ),
        *(
            event(
                "content_block_delta",
                index=index,
                delta={"type": "text_delta", "text": text},
            )
            for text in texts
        ),
        event("content_block_stop", index=index),
    ]


def tool_block(index: int, call_id: str, name: str, *fragments: str) -> list[tuple[str, str]]:
    return [
        event(
            "content_block_start",
            index=index,
            content_block={
                "type": "tool_use",
                "id": call_id,
                "name": name,
                "input": {},
            },
        ),
        *(
            event(
                "content_block_delta",
                index=index,
                delta={"type": "input_json_delta", "partial_json": fragment},
            )
            for fragment in fragments
        ),
        event("content_block_stop", index=index),
    ]


def message_delta(stop_reason: str, output_tokens: int = 12) -> tuple[str, str]:
    return event(
        "message_delta",
        delta={"stop_reason": stop_reason, "stop_sequence": None},
        usage={"output_tokens": output_tokens},
    )


def translator(include_usage: bool = False) -> AnthropicStreamTranslator:
    return AnthropicStreamTranslator(
        model="my-alias",
        completion_id="chatcmpl-1",
        created=1700000000,
        include_usage=include_usage,
    )


def run(events: list[tuple[str, str]], include_usage: bool = False) -> list[dict[str, Any]]:
    stream = translator(include_usage)
    chunks = [chunk for name, data in events for chunk in stream.event(name, data)]
    return chunks + stream.finish()


TEXT_STREAM = [
    MESSAGE_START,
    event("ping"),
    *text_block(0, "Hello", ", world"),
    message_delta("end_turn"),
    MESSAGE_STOP,
]


class StreamTranslationTests(SynchronousTestCase):
    def test_message_start_yields_the_assistant_role_chunk(self) -> None:
        chunks = translator().event(*MESSAGE_START)
        self.assertEqual(
            chunks,
            [
                {
                    "id": "chatcmpl-1",
                    "object": "chat.completion.chunk",
                    "created": 1700000000,
                    "model": "my-alias",
                    "choices": [
                        {
                            "index": 0,
                            "delta": {"role": "assistant", "content": ""},
                            "finish_reason": None,
                        }
                    ],
                }
            ],
        )

    def test_text_deltas_become_content_deltas(self) -> None:
        deltas = [chunk["choices"][0]["delta"] for chunk in run(TEXT_STREAM)]
        self.assertEqual(deltas[1:3], [{"content": "Hello"}, {"content": ", world"}])

    def test_text_stream_assembles_to_the_answer(self) -> None:
        answer = assembled(run(TEXT_STREAM)).choices[0]
        self.assertEqual(
            (answer.message.role, answer.message.content, answer.finish_reason),
            ("assistant", "Hello, world", "stop"),
        )

    def test_ping_and_unknown_events_produce_nothing(self) -> None:
        stream = translator()
        self.assertEqual(
            stream.event(*event("ping")) + stream.event(*event("some_future_event", x=1)),
            [],
        )

    def test_tool_use_block_opens_a_tool_call_with_empty_arguments(self) -> None:
        stream = translator()
        stream.event(*MESSAGE_START)
        [chunk] = stream.event(*tool_block(0, "toolu_1", "get_weather")[0])
        self.assertEqual(
            chunk["choices"][0]["delta"],
            {
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "toolu_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": ""},
                    }
                ]
            },
        )

    def test_input_json_deltas_become_argument_fragments(self) -> None:
        chunks = run(
            [
                MESSAGE_START,
                *tool_block(0, "toolu_1", "get_weather", "", '{"city":', ' "Paris"}'),
                message_delta("tool_use"),
                MESSAGE_STOP,
            ]
        )
        fragments = [
            chunk["choices"][0]["delta"]["tool_calls"][0]
            for chunk in chunks
            if "arguments" in chunk["choices"][0]["delta"].get("tool_calls", [{}])[0].get("function", {})
            and "id" not in chunk["choices"][0]["delta"]["tool_calls"][0]
        ]
        self.assertEqual(
            fragments,
            [
                {"index": 0, "function": {"arguments": '{"city":'}},
                {"index": 0, "function": {"arguments": ' "Paris"}'}},
            ],
        )

    def test_parallel_tool_calls_get_consecutive_indexes_after_text(self) -> None:
        chunks = run(
            [
                MESSAGE_START,
                *text_block(0, "Checking both."),
                *tool_block(1, "toolu_a", "get_weather", '{"city": "Paris"}'),
                *tool_block(2, "toolu_b", "get_weather", '{"city": "Oslo"}'),
                message_delta("tool_use"),
                MESSAGE_STOP,
            ]
        )
        message = assembled(chunks).choices[0].message
        self.assertEqual(message.content, "Checking both.")
        self.assertEqual(
            function_calls(message),
            [
                ("toolu_a", "get_weather", {"city": "Paris"}),
                ("toolu_b", "get_weather", {"city": "Oslo"}),
            ],
        )

    def test_thinking_blocks_produce_nothing(self) -> None:
        stream = translator()
        thinking = [
            event(
                "content_block_start",
                index=0,
                content_block={"type": "thinking", "thinking": ""},
            ),
            event(
                "content_block_delta",
                index=0,
                delta={"type": "thinking_delta", "thinking": "Let me think"},
            ),
            event(
                "content_block_delta",
                index=0,
                delta={"type": "signature_delta", "signature": "EqQB"},
            ),
            event("content_block_stop", index=0),
            event(
                "content_block_start",
                index=1,
                content_block={"type": "redacted_thinking", "data": "xx"},
            ),
        ]
        self.assertEqual([chunk for name, data in thinking for chunk in stream.event(name, data)], [])

    def test_stop_reasons_map_to_finish_reasons(self) -> None:
        cases = {
            "end_turn": "stop",
            "stop_sequence": "stop",
            "max_tokens": "length",
            "tool_use": "tool_calls",
            "refusal": "content_filter",
            "pause_turn": "stop",
            "model_context_window_exceeded": "length",
        }
        for stop_reason, finish_reason in cases.items():
            [chunk] = translator().event(*message_delta(stop_reason))
            self.assertEqual(chunk["choices"][0]["finish_reason"], finish_reason, stop_reason)

    def test_include_usage_ends_with_the_usage_chunk(self) -> None:
        last = run(TEXT_STREAM, include_usage=True)[-1]
        self.assertEqual(last["choices"], [])
        self.assertEqual(
            last["usage"],
            {
                "prompt_tokens": 125,
                "completion_tokens": 12,
                "total_tokens": 137,
                "prompt_tokens_details": {"cached_tokens": 100},
            },
        )

    def test_usage_chunk_is_what_the_sdk_reports(self) -> None:
        usage = assembled(run(TEXT_STREAM, include_usage=True)).usage
        assert usage is not None
        self.assertEqual((usage.prompt_tokens, usage.completion_tokens), (125, 12))

    def test_null_counts_in_message_delta_keep_the_earlier_ones(self) -> None:
        delta = event(
            "message_delta",
            delta={"stop_reason": "end_turn"},
            usage={"input_tokens": None, "output_tokens": 7},
        )
        last = run([MESSAGE_START, delta, MESSAGE_STOP], include_usage=True)[-1]
        self.assertEqual(
            (last["usage"]["prompt_tokens"], last["usage"]["completion_tokens"]),
            (125, 7),
        )

    def test_no_usage_chunk_without_include_usage(self) -> None:
        self.assertTrue(all(chunk["choices"] for chunk in run(TEXT_STREAM)))

    def test_error_event_raises_upstream_stream_error_with_its_message(self) -> None:
        stream = translator()
        stream.event(*MESSAGE_START)
        with self.assertRaises(UpstreamStreamError) as raised:
            stream.event(*event("error", error={"type": "overloaded_error", "message": "Overloaded"}))
        self.assertEqual(
            raised.exception.error,
            {
                "error": {
                    "message": "Overloaded",
                    "type": "server_error",
                    "code": "overloaded_error",
                    "param": None,
                }
            },
        )

    def test_stream_ending_before_message_stop_is_malformed(self) -> None:
        stream = translator()
        for name, data in [MESSAGE_START, *text_block(0, "Hel")]:
            stream.event(name, data)
        self.assertRaises(MalformedUpstream, stream.finish)

    def test_stream_ending_after_message_stop_finishes_cleanly(self) -> None:
        stream = translator()
        for name, data in TEXT_STREAM:
            stream.event(name, data)
        self.assertEqual(stream.finish(), [])

    def test_event_that_is_not_json_is_malformed(self) -> None:
        self.assertRaises(MalformedUpstream, translator().event, "message_start", "{not json")

    def test_event_without_its_fields_is_malformed(self) -> None:
        self.assertRaises(
            MalformedUpstream,
            translator().event,
            *event("content_block_delta", index=0),
        )

    def test_arguments_for_a_block_never_opened_are_malformed(self) -> None:
        fragment = event(
            "content_block_delta",
            index=3,
            delta={"type": "input_json_delta", "partial_json": "{}"},
        )
        self.assertRaises(MalformedUpstream, translator().event, *fragment)


MESSAGE = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [
        {"type": "thinking", "thinking": "hmm", "signature": "EqQB"},
        {"type": "text", "text": "Checking."},
        {
            "type": "tool_use",
            "id": "toolu_1",
            "name": "get_weather",
            "input": {"city": "Paris"},
        },
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {
        "input_tokens": 20,
        "cache_creation_input_tokens": 5,
        "cache_read_input_tokens": 0,
        "output_tokens": 9,
    },
}


class ResponseTranslationTests(SynchronousTestCase):
    def translate(self, body: dict[str, Any]) -> dict[str, Any]:
        return anthropic_response(body, model="my-alias", completion_id="chatcmpl-1", created=1700000000)

    def test_message_becomes_a_chat_completion(self) -> None:
        self.assertEqual(
            self.translate(MESSAGE),
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": 1700000000,
                "model": "my-alias",
                "choices": [
                    {
                        "index": 0,
                        "message": {
                            "role": "assistant",
                            "content": "Checking.",
                            "refusal": None,
                            "tool_calls": [
                                {
                                    "id": "toolu_1",
                                    "type": "function",
                                    "function": {
                                        "name": "get_weather",
                                        "arguments": '{"city": "Paris"}',
                                    },
                                }
                            ],
                        },
                        "logprobs": None,
                        "finish_reason": "tool_calls",
                    }
                ],
                "usage": {
                    "prompt_tokens": 25,
                    "completion_tokens": 9,
                    "total_tokens": 34,
                },
            },
        )

    def test_completion_is_valid_for_the_sdk(self) -> None:
        self.assertEqual(completion(self.translate(MESSAGE)).choices[0].message.content, "Checking.")

    def test_tool_only_message_has_null_content(self) -> None:
        body = {**MESSAGE, "content": [MESSAGE["content"][2]]}  # type: ignore[index]
        self.assertIsNone(self.translate(body)["choices"][0]["message"]["content"])

    def test_message_without_content_is_malformed(self) -> None:
        self.assertRaises(MalformedUpstream, self.translate, {"type": "message"})


class ErrorAndModelTests(SynchronousTestCase):
    def test_rate_limit_error_keeps_anthropic_message_and_type(self) -> None:
        body = (
            b'{"type":"error","error":{"type":"rate_limit_error",'
            b'"message":"Number of requests has exceeded your rate limit"}}'
        )
        self.assertEqual(
            anthropic_error(429, body),
            {
                "error": {
                    "message": "Number of requests has exceeded your rate limit",
                    "type": "rate_limit_error",
                    "code": "rate_limit_error",
                    "param": None,
                }
            },
        )

    def test_overloaded_error_is_a_server_error(self) -> None:
        body = b'{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'
        self.assertEqual(anthropic_error(529, body)["error"]["type"], "server_error")

    def test_non_json_error_body_is_not_echoed(self) -> None:
        self.assertEqual(
            anthropic_error(502, b"<html>Bad Gateway</html>")["error"]["message"],
            "Anthropic answered HTTP 502",
        )

    def test_models_listing_becomes_openai_models(self) -> None:
        body = {
            "data": [
                {
                    "type": "model",
                    "id": "claude-sonnet-4-5",
                    "display_name": "S",
                    "created_at": "2025-09-29T00:00:00Z",
                }
            ]
        }
        self.assertEqual(
            anthropic_models(body),
            [
                {
                    "id": "claude-sonnet-4-5",
                    "object": "model",
                    "created": 1759104000,
                    "owned_by": "anthropic",
                }
            ],
        )

    def test_model_with_unreadable_date_has_created_zero(self) -> None:
        [model] = anthropic_models({"data": [{"id": "claude-x", "created_at": "yesterday"}]})
        self.assertEqual(model["created"], 0)


KEY = "sk-ant-test"
WEATHER_CALL = ScriptedToolCall("get_weather", {"city": "Paris", "unit": "celsius"})


class FakeAnthropicLoopbackTests(TestCase):
    """The fake speaks Anthropic's wire format, and the translator reads it."""

    def setUp(self) -> None:
        self.fake = FakeAnthropic(api_key=KEY)
        self.loopback = Loopback(self, self.fake)

    def body(self, stream: bool, **fields: Any) -> dict[str, Any]:
        return anthropic_request(
            {"messages": [USER_HELLO], **fields},
            model="claude-sonnet-4-5",
            stream=stream,
        )

    async def stream(self, include_usage: bool = False, **fields: Any) -> list[dict[str, Any]]:
        stream = AnthropicStreamTranslator(
            model="my-alias",
            completion_id="chatcmpl-9",
            created=1,
            include_usage=include_usage,
        )
        return await self.loopback.stream(
            ANTHROPIC_MESSAGES_PATH,
            self.body(True, **fields),
            anthropic_headers(KEY),
            stream,
        )

    async def test_streamed_text_arrives_as_openai_chunks(self) -> None:
        self.fake.script(ScriptedAnswer(text="The quick brown fox jumps over the lazy dog."))
        chunks = await self.stream()
        self.assertEqual(
            assembled(chunks).choices[0].message.content,
            "The quick brown fox jumps over the lazy dog.",
        )

    async def test_streamed_thinking_is_not_passed_on(self) -> None:
        self.fake.script(ScriptedAnswer(text="42", thinking="Six times seven is forty-two."))
        chunks = await self.stream()
        self.assertEqual(assembled(chunks).choices[0].message.content, "42")

    async def test_streamed_parallel_tool_calls_arrive_as_openai_tool_calls(
        self,
    ) -> None:
        self.fake.script(
            ScriptedAnswer(
                text="",
                tool_calls=(WEATHER_CALL, ScriptedToolCall("get_time", {"tz": "CET"})),
            )
        )
        choice = assembled(await self.stream(tools=[TOOL])).choices[0]
        self.assertEqual(choice.finish_reason, "tool_calls")
        self.assertEqual(
            [(name, arguments) for _, name, arguments in function_calls(choice.message)],
            [("get_weather", WEATHER_CALL.arguments), ("get_time", {"tz": "CET"})],
        )

    async def test_streamed_usage_arrives_last(self) -> None:
        chunks = await self.stream(include_usage=True)
        usage = assembled(chunks).usage
        assert usage is not None
        self.assertGreater(usage.completion_tokens, 0)
        self.assertEqual(chunks[-1]["choices"], [])

    async def test_delayed_stream_arrives_in_several_deliveries(self) -> None:
        self.fake.script(ScriptedAnswer(text="one two three four", delay=0.01))
        await self.stream()
        self.assertGreater(len(self.loopback.deliveries), 3)
        self.assertNotIn("message_stop", [name for name, _ in self.loopback.deliveries[0]])

    async def test_non_streamed_answer_translates(self) -> None:
        self.fake.script(ScriptedAnswer(text="Hi there"))
        response = await self.loopback.post(ANTHROPIC_MESSAGES_PATH, self.body(False), anthropic_headers(KEY))
        body = await response.json()
        translated = anthropic_response(body, model="my-alias", completion_id="chatcmpl-2", created=1)
        self.assertEqual(completion(translated).choices[0].message.content, "Hi there")

    async def test_fake_receives_the_translated_request_and_auth_headers(self) -> None:
        await self.stream(temperature=1.5)
        [received] = self.fake.received
        self.assertEqual(
            (
                received.path,
                received.headers["x-api-key"],
                received.headers["anthropic-version"],
            ),
            (ANTHROPIC_MESSAGES_PATH, KEY, "2023-06-01"),
        )
        self.assertEqual(received.body["temperature"], 1.0)

    async def test_wrong_key_is_refused_in_anthropic_format(self) -> None:
        response = await self.loopback.post(ANTHROPIC_MESSAGES_PATH, self.body(False), anthropic_headers("wrong"))
        error = anthropic_error(response.code, await response.content())
        self.assertEqual((response.code, error["error"]["code"]), (401, "authentication_error"))

    async def test_scripted_429_carries_retry_after(self) -> None:
        self.fake.script(ScriptedFailure(429, "Rate limited", retry_after=7))
        response = await self.loopback.post(ANTHROPIC_MESSAGES_PATH, self.body(True), anthropic_headers(KEY))
        error = anthropic_error(response.code, await response.content())
        self.assertEqual(
            (
                response.code,
                response.headers.getRawHeaders("retry-after"),
                error["error"]["message"],
            ),
            (429, ["7"], "Rate limited"),
        )

    async def test_scripted_500_is_a_server_error(self) -> None:
        self.fake.script(ScriptedFailure(500, "Internal server error"))
        response = await self.loopback.post(ANTHROPIC_MESSAGES_PATH, self.body(False), anthropic_headers(KEY))
        error = anthropic_error(response.code, await response.content())
        self.assertEqual(
            (response.code, error["error"]["type"], error["error"]["code"]),
            (500, "server_error", "api_error"),
        )

    async def test_scripted_400_is_an_invalid_request(self) -> None:
        self.fake.script(ScriptedFailure(400, "messages: roles must alternate"))
        response = await self.loopback.post(ANTHROPIC_MESSAGES_PATH, self.body(False), anthropic_headers(KEY))
        error = anthropic_error(response.code, await response.content())
        self.assertEqual(error["error"]["type"], "invalid_request_error")

    async def test_script_is_used_in_order_then_default_answer(self) -> None:
        self.fake.script(ScriptedFailure(503, "busy"))
        first = await self.loopback.post(ANTHROPIC_MESSAGES_PATH, self.body(False), anthropic_headers(KEY))
        second = await self.loopback.post(ANTHROPIC_MESSAGES_PATH, self.body(False), anthropic_headers(KEY))
        self.assertEqual((first.code, second.code), (503, 200))
        await first.content()
        await second.content()

    async def test_cut_stream_fails_and_is_never_whole(self) -> None:
        self.fake.script(
            ScriptedCut(
                after_events=4,
                answer=ScriptedAnswer(text="a long answer that will be cut"),
            )
        )
        stream = AnthropicStreamTranslator(model="m", completion_id="c", created=1, include_usage=False)
        with self.assertRaises(ResponseFailed):
            await self.loopback.stream(ANTHROPIC_MESSAGES_PATH, self.body(True), anthropic_headers(KEY), stream)
        self.assertRaises(MalformedUpstream, stream.finish)

    async def test_error_event_mid_stream_raises_upstream_stream_error(self) -> None:
        self.fake.script(ScriptedStreamError(after_events=4, message="Overloaded"))
        with self.assertRaises(UpstreamStreamError) as raised:
            await self.stream()
        self.assertEqual(raised.exception.error["error"]["message"], "Overloaded")

    async def test_models_listing_translates(self) -> None:
        response = await self.loopback.get(ANTHROPIC_MODELS_PATH, anthropic_headers(KEY))
        models = anthropic_models(await response.json())
        self.assertEqual(
            [model["id"] for model in models],
            ["claude-sonnet-4-5", "claude-3-5-haiku-20241022"],
        )
