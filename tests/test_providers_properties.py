"""
Properties of the translators that must hold for any input: the relay can rely
on which exceptions escape, and streamed pieces always add up to the answer
however the provider cuts them.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.providers.anthropic import AnthropicStreamTranslator, anthropic_request
from koreshield.providers.gemini import GeminiStreamTranslator, gemini_request
from koreshield.providers.translation import MalformedUpstream, UntranslatableRequest
from tests.openai_view import assembled, function_calls

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)

roles = st.sampled_from(["system", "developer", "user", "assistant", "tool", "x"])
part_types = st.sampled_from(["text", "image_url", "file", "input_audio", "refusal"])
message_like = st.fixed_dictionaries(
    {"role": roles},
    optional={
        "content": st.text()
        | st.lists(
            st.fixed_dictionaries(
                {"type": part_types},
                optional={
                    "text": json_values,
                    "image_url": json_values,
                    "file": json_values,
                },
            )
        ),
        "tool_call_id": json_values,
        "tool_calls": json_values,
    },
)
request_like = st.fixed_dictionaries(
    {"messages": st.lists(message_like, max_size=5) | json_values},
    optional={
        "temperature": json_values,
        "max_tokens": json_values,
        "stop": json_values,
        "tools": json_values,
        "tool_choice": json_values,
        "n": json_values,
        "response_format": json_values,
        "logprobs": json_values,
    },
)


anthropic_like = st.fixed_dictionaries(
    {
        "type": st.sampled_from(
            [
                "message_start",
                "content_block_start",
                "content_block_delta",
                "message_delta",
                "message_stop",
                "error",
            ]
        )
    },
    optional={
        "message": json_values,
        "index": json_values,
        "content_block": json_values,
        "delta": json_values,
        "usage": json_values,
        "error": json_values,
    },
)
gemini_part = st.fixed_dictionaries(
    {},
    optional={
        "text": st.text() | json_values,
        "functionCall": st.fixed_dictionaries({"name": st.text()}, optional={"args": json_values}) | json_values,
        "thought": st.booleans(),
    },
)
gemini_candidate = st.fixed_dictionaries(
    {
        "finishReason": st.sampled_from(["STOP", "SAFETY", None]),
        "content": st.fixed_dictionaries({"parts": st.lists(gemini_part, max_size=3)}),
    },
    optional={"index": st.integers(0, 1) | json_values},
)
gemini_like = st.fixed_dictionaries(
    {},
    optional={
        "candidates": st.lists(gemini_candidate, max_size=2) | json_values,
        "usageMetadata": st.dictionaries(
            st.sampled_from(["promptTokenCount", "candidatesTokenCount"]),
            st.integers(0, 100) | json_values,
        )
        | json_values,
        "promptFeedback": json_values,
    },
)


def events_for(shaped: st.SearchStrategy[Any]) -> st.SearchStrategy[list[str]]:
    """Streams mostly of events shaped like the provider's, some of anything."""
    return st.lists(shaped.map(json.dumps), max_size=6) | st.lists(events_like, max_size=3)


events_like = st.text() | (json_values | anthropic_like | gemini_like).map(json.dumps)


def cuts(text: str) -> st.SearchStrategy[list[str]]:
    """Every way of cutting text into consecutive non-empty pieces."""
    return st.sets(st.integers(1, max(1, len(text) - 1)), max_size=len(text)).map(
        lambda points: [
            text[start:end] for start, end in zip([0, *sorted(points)], [*sorted(points), len(text)], strict=True)
        ]
    )


class RequestRobustnessTests(SynchronousTestCase):
    @settings(deadline=None)
    @given(request_like)
    def test_anthropic_request_raises_only_untranslatable_request(self, body: dict[str, Any]) -> None:
        try:
            translated = anthropic_request(body, model="claude", stream=True)
        except UntranslatableRequest:
            return
        json.dumps(translated)

    @settings(deadline=None)
    @given(request_like)
    def test_gemini_request_raises_only_untranslatable_request(self, body: dict[str, Any]) -> None:
        try:
            translated = gemini_request(body)
        except UntranslatableRequest:
            return
        json.dumps(translated)


class StreamRobustnessTests(SynchronousTestCase):
    @settings(max_examples=200, deadline=None)
    @given(events_for(anthropic_like))
    def test_anthropic_stream_raises_only_malformed_upstream(self, events: list[str]) -> None:
        stream = AnthropicStreamTranslator(model="m", completion_id="c", created=0, include_usage=True)
        try:
            for data in events:
                stream.event(None, data)
            stream.finish()
        except MalformedUpstream:
            pass

    @settings(max_examples=200, deadline=None)
    @given(events_for(gemini_like))
    def test_gemini_stream_raises_only_malformed_upstream(self, events: list[str]) -> None:
        stream = GeminiStreamTranslator(model="m", completion_id="c", created=0, include_usage=True)
        try:
            for data in events:
                stream.event(None, data)
            stream.finish()
        except MalformedUpstream:
            pass


def anthropic_event(kind: str, **fields: Any) -> str:
    return json.dumps({"type": kind, **fields})


class StreamAssemblyTests(SynchronousTestCase):
    @given(st.text(min_size=1).flatmap(lambda text: st.tuples(st.just(text), cuts(text))))
    def test_anthropic_text_cut_anywhere_assembles_whole(self, case: tuple[str, list[str]]) -> None:
        text, pieces = case
        stream = AnthropicStreamTranslator(model="m", completion_id="c", created=0, include_usage=False)
        events = [
            anthropic_event("message_start", message={"usage": {"input_tokens": 1}}),
            anthropic_event(
                "content_block_start",
                index=0,
                content_block={"type": "text", "text": ""},
            ),
            *(
                anthropic_event(
                    "content_block_delta",
                    index=0,
                    delta={"type": "text_delta", "text": piece},
                )
                for piece in pieces
            ),
            anthropic_event(
                "message_delta",
                delta={"stop_reason": "end_turn"},
                usage={"output_tokens": 1},
            ),
            anthropic_event("message_stop"),
        ]
        chunks = [chunk for data in events for chunk in stream.event(None, data)] + stream.finish()
        self.assertEqual(assembled(chunks).choices[0].message.content, text)

    @given(
        json_values.filter(lambda value: isinstance(value, dict)).flatmap(
            lambda args: st.tuples(st.just(args), cuts(json.dumps(args)))
        )
    )
    def test_anthropic_tool_arguments_cut_anywhere_reassemble(self, case: tuple[dict[str, Any], list[str]]) -> None:
        arguments, fragments = case
        stream = AnthropicStreamTranslator(model="m", completion_id="c", created=0, include_usage=False)
        events = [
            anthropic_event("message_start", message={"usage": {}}),
            anthropic_event(
                "content_block_start",
                index=0,
                content_block={
                    "type": "tool_use",
                    "id": "toolu_1",
                    "name": "f",
                    "input": {},
                },
            ),
            *(
                anthropic_event(
                    "content_block_delta",
                    index=0,
                    delta={"type": "input_json_delta", "partial_json": fragment},
                )
                for fragment in fragments
            ),
            anthropic_event(
                "message_delta",
                delta={"stop_reason": "tool_use"},
                usage={"output_tokens": 1},
            ),
            anthropic_event("message_stop"),
        ]
        chunks = [chunk for data in events for chunk in stream.event(None, data)] + stream.finish()
        self.assertEqual(
            function_calls(assembled(chunks).choices[0].message),
            [("toolu_1", "f", arguments)],
        )

    @given(st.text(min_size=1).flatmap(lambda text: st.tuples(st.just(text), cuts(text))))
    def test_gemini_text_cut_anywhere_assembles_whole(self, case: tuple[str, list[str]]) -> None:
        text, pieces = case
        stream = GeminiStreamTranslator(model="m", completion_id="c", created=0, include_usage=False)
        events = [json.dumps({"candidates": [{"content": {"parts": [{"text": piece}]}}]}) for piece in pieces]
        events.append(json.dumps({"candidates": [{"content": {"parts": []}, "finishReason": "STOP"}]}))
        chunks = [chunk for data in events for chunk in stream.event(None, data)] + stream.finish()
        self.assertEqual(assembled(chunks).choices[0].message.content, text)
