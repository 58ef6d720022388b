# -*- test-case-name: tests.test_providers_anthropic,tests.test_providers_gemini -*-
"""
The OpenAI answer shapes every translator produces: stream chunks, complete
chat completions, usage, tool calls and model listings.

Kept in one place so that both providers answer in exactly the same dialect,
and so that the relay can rely on one chunk layout.  Everything returned is a
fresh plain dict, ready for one C{json.dumps} by the caller.
"""

from __future__ import annotations

from typing import Any, Literal

FinishReason = Literal["stop", "length", "tool_calls", "content_filter"]


def usage(
    prompt_tokens: int,
    completion_tokens: int,
    *,
    cached_tokens: int | None = None,
    reasoning_tokens: int | None = None,
) -> dict[str, Any]:
    """
    OpenAI's usage object.  Cached prompt tokens and reasoning tokens are
    already included in the two counts, as OpenAI reports them; the details
    say how many of them there were.
    """
    counts: dict[str, Any] = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    if cached_tokens:
        counts["prompt_tokens_details"] = {"cached_tokens": cached_tokens}
    if reasoning_tokens:
        counts["completion_tokens_details"] = {"reasoning_tokens": reasoning_tokens}
    return counts


def tool_call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    """One entry of a complete message's C{tool_calls}."""
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": arguments},
    }


def completion_choice(
    index: int,
    text: str | None,
    tool_calls: list[dict[str, Any]],
    finish_reason: FinishReason,
) -> dict[str, Any]:
    """
    One choice of a complete answer.  C{content} is null when the model only
    called tools, and C{tool_calls} is absent when it called none, as OpenAI
    answers.
    """
    message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": None}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "index": index,
        "message": message,
        "logprobs": None,
        "finish_reason": finish_reason,
    }


def chat_completion(
    *,
    completion_id: str,
    created: int,
    model: str,
    choices: list[dict[str, Any]],
    usage: dict[str, Any] | None,
) -> dict[str, Any]:
    """A complete (non-streamed) C{chat.completion}."""
    completion: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": choices,
    }
    if usage is not None:
        completion["usage"] = usage
    return completion


def model_object(model_id: str, *, created: int, owned_by: str) -> dict[str, Any]:
    """One entry of OpenAI's C{GET /v1/models} listing."""
    return {"id": model_id, "object": "model", "created": created, "owned_by": owned_by}


class ChunkBuilder:
    """
    Build C{chat.completion.chunk} dicts for one streamed answer.

    The first chunk of each choice carries C{delta.role = "assistant"}, as
    OpenAI's does; SDKs take the message's role from it.  Tool-call deltas
    follow OpenAI's shape: the delta opening a call names it and carries empty
    arguments, later deltas carry argument fragments only.
    """

    def __init__(self, *, model: str, completion_id: str, created: int) -> None:
        self._model = model
        self._completion_id = completion_id
        self._created = created
        self._announced: set[int] = set()

    def chunk(
        self,
        delta: dict[str, Any],
        *,
        choice: int = 0,
        finish_reason: FinishReason | None = None,
    ) -> dict[str, Any]:
        """A chunk for one choice; the first of each choice is given the role."""
        if choice not in self._announced:
            self._announced.add(choice)
            delta = {"role": "assistant", **delta}
        return {
            "id": self._completion_id,
            "object": "chat.completion.chunk",
            "created": self._created,
            "model": self._model,
            "choices": [{"index": choice, "delta": delta, "finish_reason": finish_reason}],
        }

    def text(self, text: str, *, choice: int = 0) -> dict[str, Any]:
        return self.chunk({"content": text}, choice=choice)

    def tool_call_opened(self, index: int, call_id: str, name: str, *, choice: int = 0) -> dict[str, Any]:
        call = {
            "index": index,
            "id": call_id,
            "type": "function",
            "function": {"name": name, "arguments": ""},
        }
        return self.chunk({"tool_calls": [call]}, choice=choice)

    def tool_call_arguments(self, index: int, fragment: str, *, choice: int = 0) -> dict[str, Any]:
        return self.chunk(
            {"tool_calls": [{"index": index, "function": {"arguments": fragment}}]},
            choice=choice,
        )

    def finished(self, reason: FinishReason, *, choice: int = 0) -> dict[str, Any]:
        return self.chunk({}, choice=choice, finish_reason=reason)

    def usage(self, counts: dict[str, Any]) -> dict[str, Any]:
        """The closing chunk OpenAI sends when C{stream_options.include_usage} is set."""
        return {
            "id": self._completion_id,
            "object": "chat.completion.chunk",
            "created": self._created,
            "model": self._model,
            "choices": [],
            "usage": counts,
        }
