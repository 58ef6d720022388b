"""
See translated output the way an OpenAI SDK client does.

Chunks and completions are validated against the official SDK's models, and
streamed chunks are assembled by the SDK's own accumulator, so a test checks
what an application would actually get, not just dict keys.
"""

from __future__ import annotations

import json
from typing import Any

from openai.lib.streaming.chat import ChatCompletionStreamState
from openai.types.chat import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChatCompletionMessageFunctionToolCall,
)


def assembled(chunks: list[dict[str, Any]]) -> ChatCompletion:
    """Assemble streamed chunks into the completion an SDK client ends with."""
    state: ChatCompletionStreamState[None] = ChatCompletionStreamState()
    for chunk in chunks:
        list(state.handle_chunk(ChatCompletionChunk.model_validate(chunk, strict=False)))
    return state.get_final_completion()


def completion(body: dict[str, Any]) -> ChatCompletion:
    """Read a complete answer as the SDK would."""
    return ChatCompletion.model_validate(body)


def function_calls(message: ChatCompletionMessage) -> list[tuple[str, str, Any]]:
    """A message's tool calls as C{(id, name, parsed arguments)}, in order."""
    calls = []
    for call in message.tool_calls or []:
        assert isinstance(call, ChatCompletionMessageFunctionToolCall)
        calls.append((call.id, call.function.name, json.loads(call.function.arguments)))
    return calls
