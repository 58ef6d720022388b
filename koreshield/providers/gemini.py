# -*- test-case-name: tests.test_providers_gemini -*-
"""
Google Gemini's generateContent API behind OpenAI's chat completions.

Requests are translated field by field (see C{docs/providers.md} for the
table); answers come back as OpenAI chat completions, or, when streamed with
C{alt=sse}, event by event as OpenAI chunks.  Pure: no I/O, no Twisted.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from koreshield.config import ProviderSettings
from koreshield.parse import ChatRequest
from koreshield.providers.base import TranslatingProvider
from koreshield.providers.openai_request import (
    AssistantTurn,
    ContentPart,
    ForcedFunction,
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
    InvalidParameter,
    MalformedUpstream,
    ReadingUpstream,
    UnsupportedParameter,
    UpstreamStreamError,
    error_type_for_status,
    merge_into_turns,
    openai_error,
    upstream_error,
)

#: Relative to the API base, which includes the version (C{.../v1beta}).
GEMINI_MODELS_PATH = "/models"

#: The value Google documents for function calls Gemini did not itself just
#: produce.  Gemini 3 refuses history whose function calls lack a thought
#: signature, and OpenAI messages cannot carry the real one back to us.
THOUGHT_SIGNATURE_PLACEHOLDER = "skip_thought_signature_validator"

_READING_ANSWER = ReadingUpstream("Gemini answer")
_READING_MODELS = ReadingUpstream("Gemini model listing")
_READING_EVENT = ReadingUpstream("Gemini stream event")
_READING_USAGE = ReadingUpstream("Gemini usage")

_FILTERED: FinishReason = "content_filter"
_FINISH_REASONS: Mapping[str, FinishReason] = {
    "STOP": "stop",
    "MAX_TOKENS": "length",
    "SAFETY": _FILTERED,
    "RECITATION": _FILTERED,
    "LANGUAGE": _FILTERED,
    "BLOCKLIST": _FILTERED,
    "PROHIBITED_CONTENT": _FILTERED,
    "SPII": _FILTERED,
    "IMAGE_SAFETY": _FILTERED,
    "IMAGE_PROHIBITED_CONTENT": _FILTERED,
    "IMAGE_RECITATION": _FILTERED,
}


def gemini_headers(api_key: str) -> dict[str, str]:
    """The headers every Gemini API request needs."""
    return {"x-goog-api-key": api_key, "content-type": "application/json"}


def gemini_path(model: str, stream: bool) -> str:
    """
    The request path for a model, relative to the versioned API base.

    Gemini names the model and chooses streaming in the URL, not the body.
    The model id is quoted so that a name from configuration cannot reach
    another path.
    """
    name = quote(model.removeprefix("models/"), safe="-._~")
    if stream:
        return f"{GEMINI_MODELS_PATH}/{name}:streamGenerateContent?alt=sse"
    return f"{GEMINI_MODELS_PATH}/{name}:generateContent"


def gemini_request(body: Mapping[str, Any]) -> dict[str, Any]:
    """
    Translate an OpenAI chat-completions body into a generateContent body.

    The model and streaming are not part of Gemini's body; see L{gemini_path}.
    @raise UnsupportedParameter: for what Gemini cannot honour.
    @raise InvalidParameter: for a body that is not valid OpenAI.
    """
    request = read_chat_request(body)
    translated: dict[str, Any] = {"contents": _contents(request)}
    system = [{"text": text} for text in request.system if text]
    if system:
        translated["systemInstruction"] = {"parts": system}
    config = _generation_config(request)
    if config:
        translated["generationConfig"] = config
    if request.tools:
        if request.parallel_tool_calls is False:
            raise UnsupportedParameter(
                "parallel_tool_calls",
                "Gemini cannot be told to call one function at a time",
            )
        declarations = []
        for tool in request.tools:
            declaration: dict[str, Any] = {"name": tool.name}
            if tool.description:
                declaration["description"] = tool.description
            if tool.parameters is not None:
                declaration["parametersJsonSchema"] = tool.parameters
            declarations.append(declaration)
        translated["tools"] = [{"functionDeclarations": declarations}]
        if request.tool_choice is not None:
            translated["toolConfig"] = {"functionCallingConfig": _calling_config(request.tool_choice)}
    return translated


def _generation_config(request: NeutralChat) -> dict[str, Any]:
    config: dict[str, Any] = {}
    if request.max_tokens is not None:
        config["maxOutputTokens"] = request.max_tokens
    if request.temperature is not None:
        config["temperature"] = request.temperature
    if request.top_p is not None:
        config["topP"] = request.top_p
    if request.stop:
        config["stopSequences"] = list(request.stop)
    if request.n != 1:
        config["candidateCount"] = request.n
    if request.seed is not None:
        config["seed"] = request.seed
    if request.presence_penalty:
        config["presencePenalty"] = request.presence_penalty
    if request.frequency_penalty:
        config["frequencyPenalty"] = request.frequency_penalty
    if request.response_format is not None:
        config["responseMimeType"] = "application/json"
        if request.response_format.schema is not None:
            config["responseJsonSchema"] = request.response_format.schema
    return config


def _calling_config(choice: ToolChoice) -> dict[str, Any]:
    if isinstance(choice, ForcedFunction):
        return {"mode": "ANY", "allowedFunctionNames": [choice.name]}
    return {"mode": {"auto": "AUTO", "none": "NONE", "required": "ANY"}[choice]}


def _contents(request: NeutralChat) -> list[dict[str, Any]]:
    """
    Build Gemini's conversation.  Gemini's function responses name the
    function, not the call, so each OpenAI C{tool_call_id} is resolved through
    the assistant turn that made the call.
    """
    contents: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    for turn in request.turns:
        if isinstance(turn, UserTurn):
            merge_into_turns(contents, "user", [_user_part(part) for part in turn.parts], "parts")
        elif isinstance(turn, AssistantTurn):
            parts: list[dict[str, Any]] = [{"text": part.text} for part in turn.parts]
            for position, call in enumerate(turn.tool_calls):
                names[call.id] = call.name
                part: dict[str, Any] = {"functionCall": {"name": call.name, "args": call.arguments}}
                if position == 0:
                    part["thoughtSignature"] = THOUGHT_SIGNATURE_PLACEHOLDER
                parts.append(part)
            merge_into_turns(contents, "model", parts, "parts")
        else:
            name = names.get(turn.call_id)
            if name is None:
                raise InvalidParameter(turn.param, "names no tool call of an earlier assistant message")
            response = {"functionResponse": {"name": name, "response": {"output": turn.text}}}
            merge_into_turns(contents, "user", [response], "parts")
    return contents


def _user_part(part: ContentPart) -> dict[str, Any]:
    if isinstance(part, TextPart):
        return {"text": part.text}
    if isinstance(part, InlineFile):
        return {"inlineData": {"mimeType": part.media_type, "data": part.data}}
    raise UnsupportedParameter(
        part.param,
        "Gemini takes images inline, and the proxy does not fetch URLs on a client's behalf: "
        "send the image as a base64 data: URL",
    )


def _usage(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """
    OpenAI counts reasoning inside C{completion_tokens} and tool-use prompts
    inside C{prompt_tokens}; Gemini reports both apart.
    """
    prompt = (metadata.get("promptTokenCount") or 0) + (metadata.get("toolUsePromptTokenCount") or 0)
    thoughts = metadata.get("thoughtsTokenCount") or 0
    return usage(
        prompt,
        (metadata.get("candidatesTokenCount") or 0) + thoughts,
        cached_tokens=metadata.get("cachedContentTokenCount"),
        reasoning_tokens=thoughts,
    )


def _finish_reason(reason: str, called_functions: bool) -> FinishReason:
    """Gemini finishes a function-calling answer with C{STOP}; OpenAI says so."""
    if called_functions and reason == "STOP":
        return "tool_calls"
    return _FINISH_REASONS.get(reason, "stop")


def _new_call_id() -> str:
    """
    Gemini's function calls usually carry no id, and OpenAI clients need one to
    answer the call; random, so that ids never repeat within a conversation.
    """
    return f"call_{secrets.token_hex(12)}"


def _visible_parts(candidate: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A candidate's parts, less thought summaries, which OpenAI has no place for."""
    parts = (candidate.get("content") or {}).get("parts") or []
    return [part for part in parts if not part.get("thought")]


def _blocked(body: Mapping[str, Any]) -> bool:
    return bool((body.get("promptFeedback") or {}).get("blockReason"))


def gemini_response(body: Mapping[str, Any], *, model: str, completion_id: str, created: int) -> dict[str, Any]:
    """
    Translate a complete generateContent answer into an OpenAI chat completion,
    one choice per candidate.  A prompt Gemini blocked outright (no candidates,
    a C{promptFeedback.blockReason}) becomes one empty C{content_filter} choice.

    @raise MalformedUpstream: when the body is not a generateContent answer.
    """
    with _READING_ANSWER:
        candidates = body.get("candidates") or []
        if not candidates and not _blocked(body):
            raise MalformedUpstream("a Gemini answer with no candidate and no block reason")
        choices = [_choice(candidate) for candidate in candidates] or [completion_choice(0, None, [], _FILTERED)]
        counts = _usage(body.get("usageMetadata") or {})
    return chat_completion(
        completion_id=completion_id,
        created=created,
        model=model,
        choices=choices,
        usage=counts,
    )


def _choice(candidate: Mapping[str, Any]) -> dict[str, Any]:
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for part in _visible_parts(candidate):
        if "text" in part:
            texts.append(part["text"])
        elif "functionCall" in part:
            call = part["functionCall"]
            arguments = json.dumps(call.get("args") or {}, ensure_ascii=False)
            calls.append(tool_call(call.get("id") or _new_call_id(), call["name"], arguments))
    reason = _finish_reason(candidate.get("finishReason") or "STOP", bool(calls))
    return completion_choice(candidate.get("index", 0), "".join(texts) if texts else None, calls, reason)


def gemini_error(status: int, body: bytes) -> dict[str, Any]:
    """Translate a Gemini error answer into OpenAI's error body."""
    return upstream_error("Gemini", status, body, code_key="status")


def gemini_models(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """
    Translate a C{GET /models} page into OpenAI model objects, keeping only
    models that can answer chat (those offering C{generateContent}).  Gemini
    gives no creation date, so C{created} is 0.

    @raise MalformedUpstream: when the body is not a model listing.
    """
    with _READING_MODELS:
        return [
            model_object(entry["name"].removeprefix("models/"), created=0, owned_by="google")
            for entry in body["models"]
            if "generateContent" in (entry.get("supportedGenerationMethods") or ())
        ]


class GeminiStreamTranslator:
    """
    Translate one C{streamGenerateContent?alt=sse} stream into OpenAI chunks.

    Each event is a whole C{GenerateContentResponse} holding the next pieces of
    each candidate.  Text parts become content deltas.  Gemini sends a function
    call whole, so it becomes the opening tool-call delta followed by one delta
    with all its arguments.  A candidate's C{finishReason} closes its choice;
    the usage chunk (usage comes with every event, the last one is final) is
    sent when the stream ends, since Gemini's stream has no closing event.
    """

    def __init__(self, *, model: str, completion_id: str, created: int, include_usage: bool) -> None:
        self._chunks = ChunkBuilder(model=model, completion_id=completion_id, created=created)
        self._include_usage = include_usage
        self._tool_calls: dict[int, int] = {}
        self._open: set[int] = set()
        self._finished: set[int] = set()
        self._usage: Mapping[str, Any] = {}

    def event(self, name: str | None, data: str) -> list[dict[str, Any]]:
        """
        Translate one upstream SSE event (Gemini's events are unnamed).

        @raise UpstreamStreamError: for an error reported inside the stream.
        @raise MalformedUpstream: for an event that cannot be read.
        """
        with _READING_EVENT:
            payload = json.loads(data)
            if "error" in payload:
                raise UpstreamStreamError(_stream_error(payload["error"]))
            self._usage = payload.get("usageMetadata") or self._usage
            candidates = payload.get("candidates")
            if not candidates:
                return self._prompt_blocked() if _blocked(payload) else []
            chunks: list[dict[str, Any]] = []
            for candidate in candidates:
                self._candidate(candidate, chunks)
            return chunks

    def finish(self) -> list[dict[str, Any]]:
        """
        The upstream body ended cleanly.

        @raise MalformedUpstream: when some candidate never got its
            C{finishReason}: Gemini's stream has no end marker, so that is the
            only sign that the answer is whole.
        """
        if not self._finished or self._open - self._finished:
            raise MalformedUpstream("the Gemini stream ended before its finishReason")
        if not self._include_usage:
            return []
        with _READING_USAGE:
            return [self._chunks.usage(_usage(self._usage))]

    def _candidate(self, candidate: Mapping[str, Any], chunks: list[dict[str, Any]]) -> None:
        choice = candidate.get("index", 0)
        self._open.add(choice)
        for part in _visible_parts(candidate):
            if "text" in part:
                if part["text"]:
                    chunks.append(self._chunks.text(part["text"], choice=choice))
            elif "functionCall" in part:
                call = part["functionCall"]
                index = self._tool_calls.get(choice, 0)
                self._tool_calls[choice] = index + 1
                call_id = call.get("id") or _new_call_id()
                arguments = json.dumps(call.get("args") or {}, ensure_ascii=False)
                chunks.append(self._chunks.tool_call_opened(index, call_id, call["name"], choice=choice))
                chunks.append(self._chunks.tool_call_arguments(index, arguments, choice=choice))
        reason = candidate.get("finishReason")
        if reason:
            self._finished.add(choice)
            finish = _finish_reason(reason, choice in self._tool_calls)
            chunks.append(self._chunks.finished(finish, choice=choice))

    def _prompt_blocked(self) -> list[dict[str, Any]]:
        self._open.add(0)
        self._finished.add(0)
        return [self._chunks.finished(_FILTERED)]


def _stream_error(error: Mapping[str, Any]) -> dict[str, Any]:
    status = error.get("code")
    return openai_error(
        str(error.get("message")),
        type=error_type_for_status(status if isinstance(status, int) else 500),
        code=error.get("status"),
    )


class GeminiProvider(TranslatingProvider):
    """A configured Gemini provider: generateContent requests, OpenAI answers."""

    models_path = GEMINI_MODELS_PATH
    stream_translator = GeminiStreamTranslator

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        super().__init__(name, settings, gemini_headers(settings.api_key))

    def path(self, model: str, stream: bool) -> str:
        return gemini_path(model, stream)

    def translate_request(self, chat: ChatRequest, model: str) -> dict[str, Any]:
        return gemini_request(chat.body)

    translate_answer = staticmethod(gemini_response)
    translate_error = staticmethod(gemini_error)
    translate_models = staticmethod(gemini_models)
