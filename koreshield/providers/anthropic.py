# -*- test-case-name: tests.test_providers_anthropic -*-
"""
Anthropic's Messages API behind OpenAI's chat completions.

Requests are translated field by field (see C{docs/providers.md} for the
table); answers come back as OpenAI chat completions, or, when streamed, event
by event as OpenAI chunks.  Pure: no I/O, no Twisted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from koreshield.config import ProviderSettings
from koreshield.parse import ChatRequest
from koreshield.providers.base import TranslatingProvider
from koreshield.providers.openai_request import (
    AssistantTurn,
    ContentPart,
    ForcedFunction,
    ImageLink,
    InlineFile,
    NeutralChat,
    TextPart,
    ToolChoice,
    UserTurn,
    read_chat_request,
)
from koreshield.providers.openai_response import (
    ChunkBuilder,
    FinishReason,
    chat_completion,
    completion_choice,
    model_object,
    tool_call,
    usage,
)
from koreshield.providers.translation import (
    MalformedUpstream,
    ReadingUpstream,
    UnsupportedParameter,
    UpstreamStreamError,
    error_type_for_status,
    merge_into_turns,
    openai_error,
    upstream_error,
)

ANTHROPIC_VERSION = "2023-06-01"
ANTHROPIC_MESSAGES_PATH = "/v1/messages"
ANTHROPIC_MODELS_PATH = "/v1/models"

_FINISH_REASONS: Mapping[str, FinishReason] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}

#: The HTTP status Anthropic gives each of its error types, to name the
#: OpenAI error type of an error that arrives inside a stream.
_ERROR_STATUS: Mapping[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "billing_error": 402,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "overloaded_error": 529,
}

_DOCUMENT_TYPES = frozenset({"application/pdf"})

_READING_MESSAGE = ReadingUpstream("Anthropic message")
_READING_MODELS = ReadingUpstream("Anthropic model listing")
_READING_EVENT = ReadingUpstream("Anthropic stream event")


def anthropic_headers(api_key: str, version: str = ANTHROPIC_VERSION) -> dict[str, str]:
    """The headers every Messages API request needs."""
    return {
        "x-api-key": api_key,
        "anthropic-version": version,
        "content-type": "application/json",
    }


def anthropic_request(
    body: Mapping[str, Any], *, model: str, stream: bool, default_max_tokens: int = 4096
) -> dict[str, Any]:
    """
    Translate an OpenAI chat-completions body into a Messages API body.

    @param model: the Anthropic model id the router chose; the body's own
        C{model} names the client's alias and is not sent.
    @param default_max_tokens: Anthropic requires C{max_tokens}; this is sent
        when the client gave neither C{max_tokens} nor C{max_completion_tokens}.
    @raise UnsupportedParameter: for what Anthropic cannot honour.
    @raise InvalidParameter: for a body that is not valid OpenAI.
    """
    request = read_chat_request(body)
    _refuse_untranslatable(request)
    translated: dict[str, Any] = {
        "model": model,
        "max_tokens": request.max_tokens or default_max_tokens,
        "messages": _messages(request),
        "stream": stream,
    }
    system = [{"type": "text", "text": text} for text in request.system if text]
    if system:
        translated["system"] = system
    if request.temperature is not None:
        translated["temperature"] = min(max(request.temperature, 0.0), 1.0)
    if request.top_p is not None:
        translated["top_p"] = request.top_p
    if request.stop:
        translated["stop_sequences"] = list(request.stop)
    if request.end_user:
        translated["metadata"] = {"user_id": request.end_user}
    if request.tools:
        translated["tools"] = [
            {
                "name": tool.name,
                **({"description": tool.description} if tool.description else {}),
                "input_schema": tool.parameters or {"type": "object", "properties": {}},
            }
            for tool in request.tools
        ]
        choice = _tool_choice(request.tool_choice, request.parallel_tool_calls)
        if choice is not None:
            translated["tool_choice"] = choice
    return translated


def _refuse_untranslatable(request: NeutralChat) -> None:
    if request.n != 1:
        raise UnsupportedParameter("n", "Anthropic returns a single choice per request")
    if request.presence_penalty:
        raise UnsupportedParameter("presence_penalty", "Anthropic has no presence penalty")
    if request.frequency_penalty:
        raise UnsupportedParameter("frequency_penalty", "Anthropic has no frequency penalty")
    if request.response_format is not None:
        raise UnsupportedParameter(
            "response_format",
            "Anthropic's Messages API has no JSON mode to hold the model to it",
        )


def _tool_choice(choice: ToolChoice | None, parallel: bool | None) -> dict[str, Any] | None:
    if choice == "none":
        return {"type": "none"}
    if choice is None and parallel is not False:
        return None
    if isinstance(choice, ForcedFunction):
        translated: dict[str, Any] = {"type": "tool", "name": choice.name}
    else:
        translated = {"type": "any" if choice == "required" else "auto"}
    if parallel is False:
        translated["disable_parallel_tool_use"] = True
    return translated


def _messages(request: NeutralChat) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    for turn in request.turns:
        if isinstance(turn, UserTurn):
            merge_into_turns(messages, "user", [_user_block(part) for part in turn.parts], "content")
        elif isinstance(turn, AssistantTurn):
            blocks: list[dict[str, Any]] = [{"type": "text", "text": part.text} for part in turn.parts]
            blocks.extend(
                {
                    "type": "tool_use",
                    "id": call.id,
                    "name": call.name,
                    "input": call.arguments,
                }
                for call in turn.tool_calls
            )
            merge_into_turns(messages, "assistant", blocks, "content")
        else:
            result: dict[str, Any] = {
                "type": "tool_result",
                "tool_use_id": turn.call_id,
            }
            if turn.text:
                result["content"] = turn.text
            merge_into_turns(messages, "user", [result], "content")
    return messages


def _user_block(part: ContentPart) -> dict[str, Any]:
    if isinstance(part, TextPart):
        return {"type": "text", "text": part.text}
    if isinstance(part, ImageLink):
        return {"type": "image", "source": {"type": "url", "url": part.url}}
    if isinstance(part, InlineFile):
        source = {"type": "base64", "media_type": part.media_type, "data": part.data}
        if part.media_type.startswith("image/"):
            return {"type": "image", "source": source}
        if part.media_type in _DOCUMENT_TYPES:
            return {"type": "document", "source": source}
        raise UnsupportedParameter(part.param, f"Anthropic does not accept {part.media_type} content")
    raise AssertionError(part)


def _usage(counts: Mapping[str, Any]) -> dict[str, Any]:
    """
    OpenAI counts cached prompt tokens inside C{prompt_tokens}; Anthropic
    reports them beside C{input_tokens}, so they are added back.
    """
    cached = counts.get("cache_read_input_tokens") or 0
    prompt = (counts.get("input_tokens") or 0) + (counts.get("cache_creation_input_tokens") or 0) + cached
    return usage(prompt, counts.get("output_tokens") or 0, cached_tokens=cached)


def _finish_reason(stop_reason: str | None) -> FinishReason:
    return _FINISH_REASONS.get(stop_reason or "end_turn", "stop")


def anthropic_response(body: Mapping[str, Any], *, model: str, completion_id: str, created: int) -> dict[str, Any]:
    """
    Translate a complete Messages API answer into an OpenAI chat completion.

    Thinking blocks are left out: OpenAI's message has no place for them.
    @raise MalformedUpstream: when the body is not a Messages API answer.
    """
    with _READING_MESSAGE:
        texts: list[str] = []
        calls: list[dict[str, Any]] = []
        for block in body["content"]:
            if block["type"] == "text":
                texts.append(block["text"])
            elif block["type"] == "tool_use":
                arguments = json.dumps(block["input"], ensure_ascii=False)
                calls.append(tool_call(block["id"], block["name"], arguments))
        choice = completion_choice(
            0,
            "".join(texts) if texts else None,
            calls,
            _finish_reason(body.get("stop_reason")),
        )
        counts = _usage(body["usage"])
    return chat_completion(
        completion_id=completion_id,
        created=created,
        model=model,
        choices=[choice],
        usage=counts,
    )


def anthropic_error(status: int, body: bytes) -> dict[str, Any]:
    """Translate an Anthropic error answer into OpenAI's error body."""
    return upstream_error("Anthropic", status, body, code_key="type")


def anthropic_models(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """
    Translate a C{GET /v1/models} page into OpenAI model objects.

    @raise MalformedUpstream: when the body is not a model listing.
    """
    with _READING_MODELS:
        return [
            model_object(
                entry["id"],
                created=_epoch(entry.get("created_at")),
                owned_by="anthropic",
            )
            for entry in body["data"]
        ]


def _epoch(timestamp: Any) -> int:
    try:
        return int(datetime.fromisoformat(timestamp).timestamp())
    except (TypeError, ValueError):
        return 0


class AnthropicStreamTranslator:
    """
    Translate one Messages API event stream into OpenAI chunks, event by event.

    Text and tool-use blocks become content and tool-call deltas; each
    C{tool_use} block is given the next OpenAI tool-call index, so parallel
    calls keep their order.  Thinking blocks and server-tool blocks produce
    nothing: OpenAI's chunk has no field for them.  Unknown event types are
    skipped, as Anthropic asks of clients, so that new ones do not break
    streams.
    """

    def __init__(self, *, model: str, completion_id: str, created: int, include_usage: bool) -> None:
        self._chunks = ChunkBuilder(model=model, completion_id=completion_id, created=created)
        self._include_usage = include_usage
        self._tool_of_block: dict[int, int] = {}
        self._usage: dict[str, Any] = {}
        self._stopped = False
        self._handlers: Mapping[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {
            "message_start": self._message_start,
            "content_block_start": self._block_start,
            "content_block_delta": self._block_delta,
            "message_delta": self._message_delta,
            "message_stop": self._message_stop,
            "error": self._error,
        }

    def event(self, name: str | None, data: str) -> list[dict[str, Any]]:
        """
        Translate one upstream SSE event.

        @param name: the SSE C{event:} field; the type inside C{data} is the
            one relied on, as both always agree on Anthropic's stream.
        @raise UpstreamStreamError: for an C{error} event.
        @raise MalformedUpstream: for an event that cannot be read.
        """
        with _READING_EVENT:
            payload = json.loads(data)
            handler = self._handlers.get(payload["type"])
            return handler(payload) if handler is not None else []

    def finish(self) -> list[dict[str, Any]]:
        """
        The upstream body ended cleanly.

        @raise MalformedUpstream: when it ended before C{message_stop}: the
            answer may be cut short, and the client must not take it as whole.
        """
        if not self._stopped:
            raise MalformedUpstream("the Anthropic stream ended before message_stop")
        return []

    def _message_start(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        self._count(payload["message"].get("usage"))
        return [self._chunks.text("")]

    def _block_start(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        block = payload["content_block"]
        if block["type"] == "tool_use":
            index = len(self._tool_of_block)
            self._tool_of_block[payload["index"]] = index
            return [self._chunks.tool_call_opened(index, block["id"], block["name"])]
        if block["type"] == "text" and block.get("text"):
            return [self._chunks.text(block["text"])]
        return []

    def _block_delta(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        delta = payload["delta"]
        kind = delta["type"]
        if kind == "text_delta":
            return [self._chunks.text(delta["text"])] if delta["text"] else []
        if kind == "input_json_delta":
            fragment = delta["partial_json"]
            if not fragment:
                return []
            return [self._chunks.tool_call_arguments(self._tool_of_block[payload["index"]], fragment)]
        return []

    def _message_delta(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        self._count(payload.get("usage"))
        stop_reason = payload["delta"].get("stop_reason")
        return [self._chunks.finished(_finish_reason(stop_reason))] if stop_reason else []

    def _count(self, counts: Mapping[str, Any] | None) -> None:
        """
        Keep the latest counts: C{message_start} has the input's, C{message_delta}
        the output's (cumulative), and may repeat the input's or leave them null.
        """
        for key, value in (counts or {}).items():
            if value is not None:
                self._usage[key] = value

    def _message_stop(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        self._stopped = True
        return [self._chunks.usage(_usage(self._usage))] if self._include_usage else []

    def _error(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        error = payload["error"]
        kind = error.get("type")
        status = _ERROR_STATUS.get(kind, 500)
        raise UpstreamStreamError(
            openai_error(str(error.get("message")), type=error_type_for_status(status), code=kind)
        )


class AnthropicProvider(TranslatingProvider):
    """A configured Anthropic provider: Messages API requests, OpenAI answers."""

    models_path = ANTHROPIC_MODELS_PATH
    stream_translator = AnthropicStreamTranslator

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        version = settings.api_version or ANTHROPIC_VERSION
        super().__init__(name, settings, anthropic_headers(settings.api_key, version))

    def path(self, model: str, stream: bool) -> str:
        return ANTHROPIC_MESSAGES_PATH

    def translate_request(self, chat: ChatRequest, model: str) -> dict[str, Any]:
        return anthropic_request(chat.body, model=model, stream=chat.stream)

    translate_answer = staticmethod(anthropic_response)
    translate_error = staticmethod(anthropic_error)
    translate_models = staticmethod(anthropic_models)
