"""
Specification of the Gemini translation: OpenAI chat requests in,
generateContent bodies out; Gemini answers and SSE streams back into OpenAI
shapes.
"""

from __future__ import annotations

import json
from typing import Any

from twisted.trial.unittest import SynchronousTestCase, TestCase
from twisted.web.client import ResponseFailed

from koreshield.providers.gemini import (
    GEMINI_MODELS_PATH,
    THOUGHT_SIGNATURE_PLACEHOLDER,
    GeminiStreamTranslator,
    gemini_error,
    gemini_headers,
    gemini_models,
    gemini_path,
    gemini_request,
    gemini_response,
)
from koreshield.providers.translation import (
    InvalidParameter,
    MalformedUpstream,
    UnsupportedParameter,
    UpstreamStreamError,
)
from tests.fake_gemini import FakeGemini
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
SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}},
    "required": ["city"],
}
TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": SCHEMA,
    },
}


def translate(**fields: Any) -> dict[str, Any]:
    return gemini_request({"model": "my-alias", "messages": [USER_HELLO], **fields})


def contents(*messages: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = gemini_request({"messages": list(messages)})["contents"]
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
    def test_path_names_the_model_for_generate_content(self) -> None:
        self.assertEqual(
            gemini_path("gemini-2.5-flash", stream=False),
            "/models/gemini-2.5-flash:generateContent",
        )

    def test_streamed_path_asks_for_sse(self) -> None:
        self.assertEqual(
            gemini_path("gemini-2.5-flash", stream=True),
            "/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        )

    def test_path_accepts_a_model_resource_name(self) -> None:
        self.assertEqual(
            gemini_path("models/gemini-2.5-pro", stream=False),
            "/models/gemini-2.5-pro:generateContent",
        )

    def test_path_quotes_a_model_name_that_would_leave_its_segment(self) -> None:
        self.assertEqual(
            gemini_path("../files?x", stream=False),
            "/models/..%2Ffiles%3Fx:generateContent",
        )

    def test_headers_carry_the_key(self) -> None:
        self.assertEqual(
            gemini_headers("AIza"),
            {"x-goog-api-key": "AIza", "content-type": "application/json"},
        )

    def test_body_names_no_model_and_no_stream_flag(self) -> None:
        self.assertEqual(set(translate(stream=True)), {"contents"})

    def test_system_and_developer_messages_become_system_instruction(self) -> None:
        body = {
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "developer", "content": "In French."},
                USER_HELLO,
            ]
        }
        self.assertEqual(
            gemini_request(body)["systemInstruction"],
            {"parts": [{"text": "Be brief."}, {"text": "In French."}]},
        )

    def test_user_text_becomes_user_content(self) -> None:
        self.assertEqual(contents(USER_HELLO), [{"role": "user", "parts": [{"text": "Hello"}]}])

    def test_consecutive_user_messages_merge(self) -> None:
        self.assertEqual(
            contents(USER_HELLO, USER_HELLO),
            [{"role": "user", "parts": [{"text": "Hello"}, {"text": "Hello"}]}],
        )

    def test_assistant_becomes_model_with_function_calls_after_text(self) -> None:
        assistant = assistant_calling(("call_1", "get_weather", '{"city": "Paris"}'))
        assistant["content"] = "Checking."
        self.assertEqual(
            contents(USER_HELLO, assistant)[1],
            {
                "role": "model",
                "parts": [
                    {"text": "Checking."},
                    {
                        "functionCall": {
                            "name": "get_weather",
                            "args": {"city": "Paris"},
                        },
                        "thoughtSignature": THOUGHT_SIGNATURE_PLACEHOLDER,
                    },
                ],
            },
        )

    def test_only_the_first_parallel_call_carries_a_thought_signature(self) -> None:
        model = contents(USER_HELLO, assistant_calling(("a", "f", "{}"), ("b", "g", "{}")))[1]
        self.assertEqual(["thoughtSignature" in part for part in model["parts"]], [True, False])

    def test_tool_results_become_function_responses_named_after_their_call(
        self,
    ) -> None:
        turns = contents(
            USER_HELLO,
            assistant_calling(
                ("call_1", "get_weather", '{"city": "Paris"}'),
                ("call_2", "get_time", "{}"),
            ),
            {"role": "tool", "tool_call_id": "call_1", "content": "18C"},
            {"role": "tool", "tool_call_id": "call_2", "content": "noon"},
            {"role": "user", "content": "Thanks"},
        )
        self.assertEqual(
            turns[2],
            {
                "role": "user",
                "parts": [
                    {
                        "functionResponse": {
                            "name": "get_weather",
                            "response": {"output": "18C"},
                        }
                    },
                    {
                        "functionResponse": {
                            "name": "get_time",
                            "response": {"output": "noon"},
                        }
                    },
                    {"text": "Thanks"},
                ],
            },
        )

    def test_tool_result_for_an_unknown_call_is_invalid(self) -> None:
        with self.assertRaises(InvalidParameter) as raised:
            contents(USER_HELLO, {"role": "tool", "tool_call_id": "call_x", "content": "?"})
        self.assertEqual(raised.exception.param, "messages[1].tool_call_id")

    def test_base64_image_becomes_inline_data(self) -> None:
        part = {
            "type": "image_url",
            "image_url": {"url": "data:image/jpeg;base64,/9j/4A=="},
        }
        self.assertEqual(
            contents({"role": "user", "content": [part]})[0]["parts"],
            [{"inlineData": {"mimeType": "image/jpeg", "data": "/9j/4A=="}}],
        )

    def test_file_data_becomes_inline_data(self) -> None:
        part = {
            "type": "file",
            "file": {"file_data": "data:application/pdf;base64,JVBERi0="},
        }
        self.assertEqual(
            contents({"role": "user", "content": [part]})[0]["parts"],
            [{"inlineData": {"mimeType": "application/pdf", "data": "JVBERi0="}}],
        )

    def test_http_image_is_refused(self) -> None:
        part = {
            "type": "image_url",
            "image_url": {"url": "https://example.com/cat.jpg"},
        }
        with self.assertRaises(UnsupportedParameter) as raised:
            contents({"role": "user", "content": [part]})
        self.assertEqual(raised.exception.param, "messages[0].content[0].image_url.url")

    def test_max_completion_tokens_becomes_max_output_tokens(self) -> None:
        self.assertEqual(
            translate(max_completion_tokens=300, max_tokens=100)["generationConfig"],
            {"maxOutputTokens": 300},
        )

    def test_max_tokens_becomes_max_output_tokens(self) -> None:
        self.assertEqual(translate(max_tokens=100)["generationConfig"], {"maxOutputTokens": 100})

    def test_sampling_fields_translate(self) -> None:
        self.assertEqual(
            translate(temperature=1.7, top_p=0.9, stop="END", seed=7)["generationConfig"],
            {"temperature": 1.7, "topP": 0.9, "stopSequences": ["END"], "seed": 7},
        )

    def test_n_becomes_candidate_count(self) -> None:
        self.assertEqual(translate(n=3)["generationConfig"], {"candidateCount": 3})

    def test_penalties_translate(self) -> None:
        self.assertEqual(
            translate(presence_penalty=0.5, frequency_penalty=-0.5)["generationConfig"],
            {"presencePenalty": 0.5, "frequencyPenalty": -0.5},
        )

    def test_json_object_response_format_asks_for_json(self) -> None:
        self.assertEqual(
            translate(response_format={"type": "json_object"})["generationConfig"],
            {"responseMimeType": "application/json"},
        )

    def test_json_schema_response_format_sends_the_schema(self) -> None:
        response_format = {
            "type": "json_schema",
            "json_schema": {"name": "city", "schema": SCHEMA, "strict": True},
        }
        self.assertEqual(
            translate(response_format=response_format)["generationConfig"],
            {"responseMimeType": "application/json", "responseJsonSchema": SCHEMA},
        )

    def test_text_response_format_sends_nothing(self) -> None:
        self.assertNotIn("generationConfig", translate(response_format={"type": "text"}))

    def test_tools_become_function_declarations_with_json_schema(self) -> None:
        self.assertEqual(
            translate(tools=[TOOL])["tools"],
            [
                {
                    "functionDeclarations": [
                        {
                            "name": "get_weather",
                            "description": "Weather for a city",
                            "parametersJsonSchema": SCHEMA,
                        }
                    ]
                }
            ],
        )

    def test_tool_without_parameters_declares_none(self) -> None:
        self.assertEqual(
            translate(tools=[{"type": "function", "function": {"name": "now"}}])["tools"],
            [{"functionDeclarations": [{"name": "now"}]}],
        )

    def test_tool_choice_values_translate(self) -> None:
        for choice, mode in {"auto": "AUTO", "none": "NONE", "required": "ANY"}.items():
            self.assertEqual(
                translate(tools=[TOOL], tool_choice=choice)["toolConfig"],
                {"functionCallingConfig": {"mode": mode}},
                choice,
            )

    def test_forced_function_allows_only_that_function(self) -> None:
        choice = {"type": "function", "function": {"name": "get_weather"}}
        self.assertEqual(
            translate(tools=[TOOL], tool_choice=choice)["toolConfig"],
            {
                "functionCallingConfig": {
                    "mode": "ANY",
                    "allowedFunctionNames": ["get_weather"],
                }
            },
        )

    def test_parallel_tool_calls_false_is_refused(self) -> None:
        with self.assertRaises(UnsupportedParameter) as raised:
            translate(tools=[TOOL], parallel_tool_calls=False)
        self.assertEqual(raised.exception.param, "parallel_tool_calls")

    def test_parallel_tool_calls_false_without_tools_is_accepted(self) -> None:
        self.assertNotIn("tools", translate(parallel_tool_calls=False))

    def test_end_user_fields_are_dropped(self) -> None:
        self.assertEqual(set(translate(user="u", safety_identifier="s")), {"contents"})


def event(*candidates: dict[str, Any], usage: dict[str, int] | None = None) -> str:
    payload: dict[str, Any] = {
        "candidates": list(candidates),
        "modelVersion": "gemini-2.5-flash",
    }
    if usage is not None:
        payload["usageMetadata"] = usage
    return json.dumps(payload)


def candidate(*parts: dict[str, Any], finish: str | None = None, index: int = 0) -> dict[str, Any]:
    result: dict[str, Any] = {
        "content": {"role": "model", "parts": list(parts)},
        "index": index,
    }
    if finish:
        result["finishReason"] = finish
    return result


USAGE = {
    "promptTokenCount": 10,
    "candidatesTokenCount": 6,
    "thoughtsTokenCount": 20,
    "totalTokenCount": 36,
}
TEXT_STREAM = [
    event(
        candidate({"text": "Hello"}),
        usage={"promptTokenCount": 10, "totalTokenCount": 10},
    ),
    event(candidate({"text": ", world"}, finish="STOP"), usage=USAGE),
]
WEATHER = {
    "functionCall": {"name": "get_weather", "args": {"city": "Paris"}},
    "thoughtSignature": "c2ln",
}


def translator(include_usage: bool = False) -> GeminiStreamTranslator:
    return GeminiStreamTranslator(
        model="my-alias",
        completion_id="chatcmpl-1",
        created=1700000000,
        include_usage=include_usage,
    )


def run(events: list[str], include_usage: bool = False) -> list[dict[str, Any]]:
    stream = translator(include_usage)
    chunks = [chunk for data in events for chunk in stream.event(None, data)]
    return chunks + stream.finish()


class StreamTranslationTests(SynchronousTestCase):
    def test_first_text_chunk_carries_the_assistant_role(self) -> None:
        [chunk] = translator().event(None, TEXT_STREAM[0])
        self.assertEqual(
            chunk,
            {
                "id": "chatcmpl-1",
                "object": "chat.completion.chunk",
                "created": 1700000000,
                "model": "my-alias",
                "choices": [
                    {
                        "index": 0,
                        "delta": {"role": "assistant", "content": "Hello"},
                        "finish_reason": None,
                    }
                ],
            },
        )

    def test_text_stream_assembles_to_the_answer(self) -> None:
        choice = assembled(run(TEXT_STREAM)).choices[0]
        self.assertEqual((choice.message.content, choice.finish_reason), ("Hello, world", "stop"))

    def test_finish_reason_arrives_in_its_own_chunk(self) -> None:
        chunks = translator().event(None, TEXT_STREAM[1])
        self.assertEqual([chunk["choices"][0]["finish_reason"] for chunk in chunks], [None, "stop"])

    def test_thought_parts_produce_nothing(self) -> None:
        self.assertEqual(
            translator().event(None, event(candidate({"text": "pondering", "thought": True}))),
            [],
        )

    def test_function_call_opens_a_tool_call_then_sends_its_arguments(self) -> None:
        chunks = translator().event(None, event(candidate(WEATHER)))
        opened, arguments = (chunk["choices"][0]["delta"]["tool_calls"][0] for chunk in chunks)
        self.assertEqual(
            (opened["index"], opened["type"], opened["function"]),
            (0, "function", {"name": "get_weather", "arguments": ""}),
        )
        self.assertTrue(opened["id"].startswith("call_"))
        self.assertEqual(arguments, {"index": 0, "function": {"arguments": '{"city": "Paris"}'}})

    def test_function_call_keeps_the_id_gemini_gave(self) -> None:
        call = {"functionCall": {"id": "fc-7", "name": "f", "args": {}}}
        [opened, _] = translator().event(None, event(candidate(call)))
        self.assertEqual(opened["choices"][0]["delta"]["tool_calls"][0]["id"], "fc-7")

    def test_generated_call_ids_differ(self) -> None:
        chunks = translator().event(None, event(candidate(WEATHER, WEATHER)))
        ids = {chunk["choices"][0]["delta"]["tool_calls"][0].get("id") for chunk in chunks} - {None}
        self.assertEqual(len(ids), 2)

    def test_parallel_function_calls_assemble_with_tool_calls_finish(self) -> None:
        other = {"functionCall": {"name": "get_time", "args": {"tz": "CET"}}}
        choice = assembled(run([event(candidate(WEATHER, other, finish="STOP"), usage=USAGE)])).choices[0]
        self.assertEqual(choice.finish_reason, "tool_calls")
        self.assertEqual(
            [(name, arguments) for _, name, arguments in function_calls(choice.message)],
            [("get_weather", {"city": "Paris"}), ("get_time", {"tz": "CET"})],
        )

    def test_finish_reasons_map_to_openai(self) -> None:
        cases = {
            "STOP": "stop",
            "MAX_TOKENS": "length",
            "SAFETY": "content_filter",
            "RECITATION": "content_filter",
            "PROHIBITED_CONTENT": "content_filter",
            "BLOCKLIST": "content_filter",
            "SPII": "content_filter",
            "MALFORMED_FUNCTION_CALL": "stop",
            "OTHER": "stop",
        }
        for reason, expected in cases.items():
            [chunk] = translator().event(None, event(candidate(finish=reason)))
            self.assertEqual(chunk["choices"][0]["finish_reason"], expected, reason)

    def test_include_usage_ends_with_the_last_usage_counting_thoughts_as_completion(
        self,
    ) -> None:
        last = run(TEXT_STREAM, include_usage=True)[-1]
        self.assertEqual(
            (last["choices"], last["usage"]),
            (
                [],
                {
                    "prompt_tokens": 10,
                    "completion_tokens": 26,
                    "total_tokens": 36,
                    "completion_tokens_details": {"reasoning_tokens": 20},
                },
            ),
        )

    def test_no_usage_chunk_without_include_usage(self) -> None:
        self.assertTrue(all(chunk["choices"] for chunk in run(TEXT_STREAM)))

    def test_several_candidates_stream_as_several_choices(self) -> None:
        events = [
            event(candidate({"text": "A"}, index=0), candidate({"text": "B"}, index=1)),
            event(candidate(finish="STOP", index=0), candidate(finish="STOP", index=1)),
        ]
        answer = assembled(run(events))
        self.assertEqual([choice.message.content for choice in answer.choices], ["A", "B"])

    def test_stream_ending_before_every_candidate_finished_is_malformed(self) -> None:
        stream = translator()
        stream.event(
            None,
            event(candidate({"text": "A"}, index=0), candidate({"text": "B"}, index=1)),
        )
        stream.event(None, event(candidate(finish="STOP", index=0)))
        self.assertRaises(MalformedUpstream, stream.finish)

    def test_stream_ending_before_finish_reason_is_malformed(self) -> None:
        stream = translator()
        stream.event(None, TEXT_STREAM[0])
        self.assertRaises(MalformedUpstream, stream.finish)

    def test_empty_stream_is_malformed(self) -> None:
        self.assertRaises(MalformedUpstream, translator().finish)

    def test_blocked_prompt_finishes_with_content_filter(self) -> None:
        blocked = json.dumps(
            {
                "promptFeedback": {"blockReason": "SAFETY"},
                "usageMetadata": {"promptTokenCount": 5},
            }
        )
        [chunk] = run([blocked])
        self.assertEqual(
            chunk["choices"][0],
            {
                "index": 0,
                "delta": {"role": "assistant"},
                "finish_reason": "content_filter",
            },
        )

    def test_error_in_stream_raises_upstream_stream_error(self) -> None:
        error = json.dumps(
            {
                "error": {
                    "code": 503,
                    "message": "The model is overloaded.",
                    "status": "UNAVAILABLE",
                }
            }
        )
        with self.assertRaises(UpstreamStreamError) as raised:
            translator().event(None, error)
        self.assertEqual(
            raised.exception.error,
            {
                "error": {
                    "message": "The model is overloaded.",
                    "type": "server_error",
                    "code": "UNAVAILABLE",
                    "param": None,
                }
            },
        )

    def test_unreadable_usage_is_malformed_when_reported(self) -> None:
        stream = translator(include_usage=True)
        stream.event(
            None,
            event(candidate(finish="STOP"), usage={"promptTokenCount": "many"}),  # type: ignore[dict-item]
        )
        self.assertRaises(MalformedUpstream, stream.finish)

    def test_event_that_is_not_json_is_malformed(self) -> None:
        self.assertRaises(MalformedUpstream, translator().event, None, "[{")

    def test_event_with_unreadable_candidates_is_malformed(self) -> None:
        self.assertRaises(MalformedUpstream, translator().event, None, '{"candidates": [3]}')


ANSWER = {
    "candidates": [
        {
            "content": {
                "role": "model",
                "parts": [
                    {"text": "thinking...", "thought": True},
                    {"text": "Checking."},
                    WEATHER,
                ],
            },
            "finishReason": "STOP",
            "index": 0,
        }
    ],
    "usageMetadata": {
        "promptTokenCount": 10,
        "candidatesTokenCount": 5,
        "cachedContentTokenCount": 4,
        "totalTokenCount": 15,
    },
}


class ResponseTranslationTests(SynchronousTestCase):
    def translate(self, body: dict[str, Any]) -> dict[str, Any]:
        return gemini_response(body, model="my-alias", completion_id="chatcmpl-1", created=1700000000)

    def test_answer_becomes_a_chat_completion(self) -> None:
        translated = self.translate(ANSWER)
        [call] = translated["choices"][0]["message"]["tool_calls"]
        self.assertEqual(
            (
                translated["choices"][0]["message"]["content"],
                translated["choices"][0]["finish_reason"],
                call["function"],
            ),
            (
                "Checking.",
                "tool_calls",
                {"name": "get_weather", "arguments": '{"city": "Paris"}'},
            ),
        )
        self.assertEqual(
            translated["usage"],
            {
                "prompt_tokens": 10,
                "completion_tokens": 5,
                "total_tokens": 15,
                "prompt_tokens_details": {"cached_tokens": 4},
            },
        )

    def test_completion_is_valid_for_the_sdk(self) -> None:
        self.assertEqual(completion(self.translate(ANSWER)).object, "chat.completion")

    def test_each_candidate_becomes_a_choice(self) -> None:
        body = {
            "candidates": [
                candidate({"text": "A"}, finish="STOP"),
                candidate({"text": "B"}, finish="MAX_TOKENS", index=1),
            ]
        }
        self.assertEqual(
            [
                (choice["index"], choice["message"]["content"], choice["finish_reason"])
                for choice in self.translate(body)["choices"]
            ],
            [(0, "A", "stop"), (1, "B", "length")],
        )

    def test_blocked_prompt_becomes_an_empty_content_filter_choice(self) -> None:
        [choice] = self.translate({"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"}})["choices"]
        self.assertEqual(
            (choice["message"]["content"], choice["finish_reason"]),
            (None, "content_filter"),
        )

    def test_answer_without_candidates_or_block_reason_is_malformed(self) -> None:
        self.assertRaises(MalformedUpstream, self.translate, {"usageMetadata": {}})


class ErrorAndModelTests(SynchronousTestCase):
    def test_quota_error_keeps_gemini_message_and_status(self) -> None:
        body = (
            b'{"error": {"code": 429, "message": "Resource has been exhausted (e.g. check quota).",'
            b' "status": "RESOURCE_EXHAUSTED"}}'
        )
        self.assertEqual(
            gemini_error(429, body),
            {
                "error": {
                    "message": "Resource has been exhausted (e.g. check quota).",
                    "type": "rate_limit_error",
                    "code": "RESOURCE_EXHAUSTED",
                    "param": None,
                }
            },
        )

    def test_invalid_argument_is_an_invalid_request(self) -> None:
        body = b'{"error": {"code": 400, "message": "Invalid JSON payload", "status": "INVALID_ARGUMENT"}}'
        self.assertEqual(gemini_error(400, body)["error"]["type"], "invalid_request_error")

    def test_non_json_error_body_is_not_echoed(self) -> None:
        self.assertEqual(
            gemini_error(500, b"Internal Server Error")["error"]["message"],
            "Gemini answered HTTP 500",
        )

    def test_models_listing_keeps_only_chat_models(self) -> None:
        body = {
            "models": [
                {
                    "name": "models/gemini-2.5-flash",
                    "supportedGenerationMethods": ["generateContent", "countTokens"],
                },
                {
                    "name": "models/text-embedding-004",
                    "supportedGenerationMethods": ["embedContent"],
                },
            ]
        }
        self.assertEqual(
            gemini_models(body),
            [
                {
                    "id": "gemini-2.5-flash",
                    "object": "model",
                    "created": 0,
                    "owned_by": "google",
                }
            ],
        )

    def test_unreadable_listing_is_malformed(self) -> None:
        self.assertRaises(MalformedUpstream, gemini_models, {"data": []})


KEY = "AIza-test"
MODEL = "gemini-2.5-flash"
WEATHER_CALL = ScriptedToolCall("get_weather", {"city": "Paris"})


class FakeGeminiLoopbackTests(TestCase):
    """The fake speaks Gemini's wire format, and the translator reads it."""

    def setUp(self) -> None:
        self.fake = FakeGemini(api_key=KEY)
        self.loopback = Loopback(self, self.fake)

    def path(self, stream: bool) -> str:
        return "/v1beta" + gemini_path(MODEL, stream)

    async def stream(self, include_usage: bool = False, **fields: Any) -> list[dict[str, Any]]:
        stream = GeminiStreamTranslator(
            model="my-alias",
            completion_id="chatcmpl-9",
            created=1,
            include_usage=include_usage,
        )
        body = gemini_request({"messages": [USER_HELLO], **fields})
        return await self.loopback.stream(self.path(True), body, gemini_headers(KEY), stream)

    async def test_streamed_text_arrives_as_openai_chunks(self) -> None:
        self.fake.script(ScriptedAnswer(text="The quick brown fox jumps over the lazy dog."))
        chunks = await self.stream()
        self.assertEqual(
            assembled(chunks).choices[0].message.content,
            "The quick brown fox jumps over the lazy dog.",
        )

    async def test_streamed_thoughts_are_not_passed_on(self) -> None:
        self.fake.script(ScriptedAnswer(text="42", thinking="Six times seven."))
        self.assertEqual(assembled(await self.stream()).choices[0].message.content, "42")

    async def test_streamed_function_calls_arrive_as_openai_tool_calls(self) -> None:
        self.fake.script(ScriptedAnswer(text="", tool_calls=(WEATHER_CALL, ScriptedToolCall("get_time", {}))))
        choice = assembled(await self.stream(tools=[TOOL])).choices[0]
        self.assertEqual(
            (
                choice.finish_reason,
                [name for _, name, _ in function_calls(choice.message)],
            ),
            ("tool_calls", ["get_weather", "get_time"]),
        )

    async def test_streamed_usage_arrives_last(self) -> None:
        chunks = await self.stream(include_usage=True)
        self.assertEqual(chunks[-1]["choices"], [])
        self.assertGreater(chunks[-1]["usage"]["prompt_tokens"], 0)

    async def test_delayed_stream_arrives_in_several_deliveries(self) -> None:
        self.fake.script(ScriptedAnswer(text="one two three four five", delay=0.01))
        await self.stream()
        self.assertGreater(len(self.loopback.deliveries), 3)
        self.assertNotIn("finishReason", self.loopback.deliveries[0][0][1])

    async def test_non_streamed_answer_translates(self) -> None:
        self.fake.script(ScriptedAnswer(text="Hi there"))
        response = await self.loopback.post(
            self.path(False),
            gemini_request({"messages": [USER_HELLO]}),
            gemini_headers(KEY),
        )
        translated = gemini_response(await response.json(), model="my-alias", completion_id="c", created=1)
        self.assertEqual(completion(translated).choices[0].message.content, "Hi there")

    async def test_fake_receives_the_translated_request_on_the_sse_path(self) -> None:
        await self.stream(temperature=1.5)
        [received] = self.fake.received
        self.assertEqual(
            (
                received.path,
                received.query,
                received.headers["x-goog-api-key"],
                received.body["generationConfig"],
            ),
            (
                f"/v1beta/models/{MODEL}:streamGenerateContent",
                {"alt": ["sse"]},
                KEY,
                {"temperature": 1.5},
            ),
        )

    async def test_wrong_key_is_refused_in_gemini_format(self) -> None:
        response = await self.loopback.post(
            self.path(False),
            gemini_request({"messages": [USER_HELLO]}),
            gemini_headers("bad"),
        )
        error = gemini_error(response.code, await response.content())
        self.assertEqual((response.code, error["error"]["code"]), (403, "PERMISSION_DENIED"))

    async def test_scripted_429_carries_retry_after(self) -> None:
        self.fake.script(ScriptedFailure(429, "Resource has been exhausted", retry_after=30))
        response = await self.loopback.post(
            self.path(True),
            gemini_request({"messages": [USER_HELLO]}),
            gemini_headers(KEY),
        )
        error = gemini_error(response.code, await response.content())
        self.assertEqual(
            (
                response.code,
                response.headers.getRawHeaders("retry-after"),
                error["error"]["code"],
            ),
            (429, ["30"], "RESOURCE_EXHAUSTED"),
        )

    async def test_scripted_500_is_a_server_error(self) -> None:
        self.fake.script(ScriptedFailure(500, "An internal error has occurred."))
        response = await self.loopback.post(
            self.path(False),
            gemini_request({"messages": [USER_HELLO]}),
            gemini_headers(KEY),
        )
        error = gemini_error(response.code, await response.content())
        self.assertEqual(
            (response.code, error["error"]["type"], error["error"]["code"]),
            (500, "server_error", "INTERNAL"),
        )

    async def test_cut_stream_fails_and_is_never_whole(self) -> None:
        self.fake.script(
            ScriptedCut(
                after_events=2,
                answer=ScriptedAnswer(text="a long answer that will be cut"),
            )
        )
        stream = GeminiStreamTranslator(model="m", completion_id="c", created=1, include_usage=False)
        body = gemini_request({"messages": [USER_HELLO]})
        with self.assertRaises(ResponseFailed):
            await self.loopback.stream(self.path(True), body, gemini_headers(KEY), stream)
        self.assertRaises(MalformedUpstream, stream.finish)

    async def test_error_mid_stream_raises_upstream_stream_error(self) -> None:
        self.fake.script(ScriptedStreamError(after_events=2, message="The model is overloaded."))
        with self.assertRaises(UpstreamStreamError) as raised:
            await self.stream()
        self.assertEqual(raised.exception.error["error"]["code"], "UNAVAILABLE")

    async def test_models_listing_translates(self) -> None:
        response = await self.loopback.get("/v1beta" + GEMINI_MODELS_PATH, gemini_headers(KEY))
        self.assertEqual([model["id"] for model in gemini_models(await response.json())], [MODEL])
