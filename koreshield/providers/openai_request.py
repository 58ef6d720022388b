# -*- test-case-name: tests.test_providers_openai_request -*-
"""
Read an OpenAI chat-completions request into a provider-neutral L{NeutralChat}.

Both translators start here, so the OpenAI side of the contract (which fields
exist, what shapes they take, what no provider here can honour) is decided
once.  What each provider can or cannot do with the neutral request is decided
in its own module.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from koreshield.providers.translation import InvalidParameter, UnsupportedParameter


@dataclass(frozen=True, slots=True)
class TextPart:
    text: str


@dataclass(frozen=True, slots=True)
class InlineFile:
    """
    Content sent inside the request as base64 (an OpenAI C{data:} URL).

    @ivar param: where it sits in the request, for a provider that must refuse
        its media type.
    """

    media_type: str
    data: str
    param: str


@dataclass(frozen=True, slots=True)
class ImageLink:
    """
    An image the client names by an C{http(s)} URL.

    @ivar param: where it sits in the request, for a provider that must refuse it.
    """

    url: str
    param: str


ContentPart = TextPart | InlineFile | ImageLink


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A call the assistant made earlier in the conversation."""

    id: str
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True, slots=True)
class UserTurn:
    parts: tuple[ContentPart, ...]


@dataclass(frozen=True, slots=True)
class AssistantTurn:
    parts: tuple[TextPart, ...]
    tool_calls: tuple[ToolCall, ...]


@dataclass(frozen=True, slots=True)
class ToolResult:
    """
    The answer to an earlier L{ToolCall}.

    @ivar param: the C{tool_call_id} field's path, for a provider that has to
        resolve the call and cannot.
    """

    call_id: str
    text: str
    param: str


Turn = UserTurn | AssistantTurn | ToolResult


@dataclass(frozen=True, slots=True)
class FunctionTool:
    name: str
    description: str | None
    parameters: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class ForcedFunction:
    """C{tool_choice} naming the one function the model must call."""

    name: str


ToolChoice = Literal["auto", "none", "required"] | ForcedFunction


@dataclass(frozen=True, slots=True)
class JsonOutput:
    """
    C{response_format} asking for JSON: any object when C{schema} is None
    (C{json_object}), else conforming to the schema (C{json_schema}).
    """

    schema: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class NeutralChat:
    """
    Everything a provider translator needs from an OpenAI chat request.

    System and developer messages are collected in order into C{system}: the
    providers here take instructions apart from the conversation.
    """

    system: tuple[str, ...]
    turns: tuple[Turn, ...]
    max_tokens: int | None
    temperature: float | None
    top_p: float | None
    stop: tuple[str, ...]
    tools: tuple[FunctionTool, ...]
    tool_choice: ToolChoice | None
    parallel_tool_calls: bool | None
    end_user: str | None
    n: int
    seed: int | None
    presence_penalty: float | None
    frequency_penalty: float | None
    response_format: JsonOutput | None


#: Fields the proxy or the translator takes from elsewhere: the upstream model
#: and streaming come from the router; C{stream_options} is the relay's.
_ROUTED = frozenset({"model", "stream", "stream_options"})

#: Fields read into L{NeutralChat}; each provider decides what it does with them.
_READ = frozenset(
    {
        "messages",
        "max_tokens",
        "max_completion_tokens",
        "temperature",
        "top_p",
        "stop",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "user",
        "safety_identifier",
        "n",
        "seed",
        "presence_penalty",
        "frequency_penalty",
        "response_format",
    }
)

#: OpenAI-only fields that change nothing about the answer's content:
#: storage, billing tier, cache hints, latency hints, length hints.
IGNORED_PARAMETERS = frozenset(
    {
        "store",
        "metadata",
        "service_tier",
        "prompt_cache_key",
        "prompt_cache_retention",
        "prediction",
        "verbosity",
    }
)

#: Fields no provider here can honour, with the reason given to the client.
#: Each is refused only when set to something other than its default.
REFUSED_PARAMETERS: Mapping[str, str] = {
    "logprobs": "token log-probabilities are not returned by this provider's API",
    "top_logprobs": "token log-probabilities are not returned by this provider's API",
    "logit_bias": "this provider's API has no per-token bias",
    "audio": "audio output is not available through this translation",
    "modalities": "only text output is available through this translation",
    "functions": "the deprecated functions API is not translated; send tools instead",
    "function_call": "the deprecated functions API is not translated; send tool_choice instead",
    "web_search_options": "OpenAI's built-in web search has no equivalent here",
    "reasoning_effort": (
        "the provider's reasoning mode needs its signed reasoning replayed on later "
        "turns, which OpenAI chat messages cannot carry"
    ),
}

_DEFAULTS: Mapping[str, object] = {
    "logprobs": False,
    "logit_bias": {},
    "modalities": ["text"],
    "functions": [],
}

KNOWN_PARAMETERS = _ROUTED | _READ | IGNORED_PARAMETERS | frozenset(REFUSED_PARAMETERS)


def read_chat_request(body: Mapping[str, Any]) -> NeutralChat:
    """
    Validate an OpenAI chat-completions body and read it into a L{NeutralChat}.

    @raise UnsupportedParameter: for fields that exist in OpenAI's API but that
        no provider here can honour, and for fields this proxy does not know
        (a newer OpenAI parameter would otherwise be dropped without a word).
    @raise InvalidParameter: for fields of the wrong shape.
    """
    for key in body:
        if key not in KNOWN_PARAMETERS:
            raise UnsupportedParameter(
                key,
                f"{key!r} is not a chat-completions parameter this proxy translates",
            )
    for key, reason in REFUSED_PARAMETERS.items():
        value = body.get(key)
        if value is not None and value != _DEFAULTS.get(key):
            raise UnsupportedParameter(key, reason)

    system, turns = _read_messages(body.get("messages"))
    max_tokens = _integer(body, "max_completion_tokens", minimum=1)
    if max_tokens is None:
        max_tokens = _integer(body, "max_tokens", minimum=1)
    return NeutralChat(
        system=system,
        turns=turns,
        max_tokens=max_tokens,
        temperature=_number(body, "temperature"),
        top_p=_number(body, "top_p"),
        stop=_read_stop(body.get("stop")),
        tools=_read_tools(body.get("tools")),
        tool_choice=_read_tool_choice(body.get("tool_choice")),
        parallel_tool_calls=_boolean(body, "parallel_tool_calls"),
        end_user=_string(body, "safety_identifier") or _string(body, "user"),
        n=_integer(body, "n", minimum=1) or 1,
        seed=_integer(body, "seed"),
        presence_penalty=_number(body, "presence_penalty"),
        frequency_penalty=_number(body, "frequency_penalty"),
        response_format=_read_response_format(body.get("response_format")),
    )


def _number(body: Mapping[str, Any], key: str) -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameter(key, f"{key!r} must be a number")
    return float(value)


def _integer(body: Mapping[str, Any], key: str, *, minimum: int | None = None) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameter(key, f"{key!r} must be an integer")
    if minimum is not None and value < minimum:
        raise InvalidParameter(key, f"{key!r} must be at least {minimum}")
    return value


def _boolean(body: Mapping[str, Any], key: str) -> bool | None:
    value = body.get(key)
    if value is None or isinstance(value, bool):
        return value
    raise InvalidParameter(key, f"{key!r} must be a boolean")


def _string(body: Mapping[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InvalidParameter(key, f"{key!r} must be a string")


def _object(value: Any, param: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidParameter(param, f"{param} must be an object")
    return value


def _list(value: Any, param: str) -> Sequence[Any]:
    if not isinstance(value, list):
        raise InvalidParameter(param, f"{param} must be an array")
    return value


def _read_stop(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    stops = _list(value, "stop")
    if not all(isinstance(stop, str) for stop in stops):
        raise InvalidParameter("stop", "'stop' must be a string or an array of strings")
    return tuple(stops)


def _read_messages(value: Any) -> tuple[tuple[str, ...], tuple[Turn, ...]]:
    messages = _list(value, "messages")
    if not messages:
        raise InvalidParameter("messages", "'messages' must not be empty")
    system: list[str] = []
    turns: list[Turn] = []
    for index, raw in enumerate(messages):
        where = f"messages[{index}]"
        message = _object(raw, where)
        role = message.get("role")
        if role in ("system", "developer"):
            system.append(_text_only(message.get("content"), f"{where}.content"))
        elif role == "user":
            turns.append(UserTurn(_read_user_content(message.get("content"), f"{where}.content")))
        elif role == "assistant":
            turns.append(_read_assistant(message, where))
        elif role == "tool":
            call_id = message.get("tool_call_id")
            if not isinstance(call_id, str):
                raise InvalidParameter(f"{where}.tool_call_id", "a tool message needs its tool_call_id")
            text = _text_only(message.get("content"), f"{where}.content")
            turns.append(ToolResult(call_id, text, f"{where}.tool_call_id"))
        elif role == "function":
            raise UnsupportedParameter(
                f"{where}.role",
                "the deprecated 'function' role is not translated; use 'tool'",
            )
        else:
            raise InvalidParameter(f"{where}.role", f"unknown message role {role!r}")
    return tuple(system), tuple(turns)


def _text_only(content: Any, param: str) -> str:
    """Read content that OpenAI allows to be text only (system, tool)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    texts = []
    for index, raw in enumerate(_list(content, param)):
        part = _object(raw, f"{param}[{index}]")
        if part.get("type") != "text" or not isinstance(part.get("text"), str):
            raise InvalidParameter(f"{param}[{index}]", "only text parts are allowed here")
        texts.append(part["text"])
    return "".join(texts)


def _read_user_content(content: Any, param: str) -> tuple[ContentPart, ...]:
    if isinstance(content, str):
        return (TextPart(content),) if content else ()
    parts: list[ContentPart] = []
    for index, raw in enumerate(_list(content, param)):
        where = f"{param}[{index}]"
        part = _object(raw, where)
        kind = part.get("type")
        if kind == "text":
            text = part.get("text")
            if not isinstance(text, str):
                raise InvalidParameter(f"{where}.text", "a text part needs its text")
            if text:
                parts.append(TextPart(text))
        elif kind == "image_url":
            parts.append(_read_image(_object(part.get("image_url"), f"{where}.image_url"), where))
        elif kind == "file":
            parts.append(_read_file(_object(part.get("file"), f"{where}.file"), where))
        elif kind == "input_audio":
            raise UnsupportedParameter(where, "audio input is not translated")
        else:
            raise UnsupportedParameter(where, f"content part type {kind!r} is not translated")
    return tuple(parts)


def _read_image(image: Mapping[str, Any], where: str) -> ContentPart:
    url = image.get("url")
    param = f"{where}.image_url.url"
    if not isinstance(url, str):
        raise InvalidParameter(param, "an image_url part needs its url")
    if url.startswith("data:"):
        return _read_data_url(url, param)
    if url.startswith(("https://", "http://")):
        return ImageLink(url, param)
    raise InvalidParameter(param, "an image url must be an http(s) or a base64 data: URL")


def _read_file(file: Mapping[str, Any], where: str) -> InlineFile:
    if "file_id" in file:
        raise UnsupportedParameter(
            f"{where}.file.file_id",
            "OpenAI file ids mean nothing to this provider; send file_data",
        )
    data = file.get("file_data")
    param = f"{where}.file.file_data"
    if not isinstance(data, str) or not data.startswith("data:"):
        raise UnsupportedParameter(param, "file_data must be a base64 data: URL naming its media type")
    return _read_data_url(data, param)


def _read_data_url(url: str, param: str) -> InlineFile:
    """Split C{data:<media type>;base64,<data>} without copying the data twice."""
    header, comma, data = url.partition(",")
    media_type, _, encoding = header[len("data:") :].partition(";")
    if not comma or encoding != "base64" or not media_type:
        raise UnsupportedParameter(param, "only base64 data: URLs with a media type are translated")
    return InlineFile(media_type, data, param)


def _read_assistant(message: Mapping[str, Any], where: str) -> AssistantTurn:
    if message.get("audio") is not None:
        raise UnsupportedParameter(f"{where}.audio", "assistant audio is not translated")
    if message.get("function_call") is not None:
        raise UnsupportedParameter(
            f"{where}.function_call",
            "the deprecated functions API is not translated; use tool_calls",
        )
    content = message.get("content")
    parts: list[TextPart] = []
    if isinstance(content, str):
        if content:
            parts.append(TextPart(content))
    elif content is not None:
        for index, raw in enumerate(_list(content, f"{where}.content")):
            part = _object(raw, f"{where}.content[{index}]")
            text = part.get("text") if part.get("type") == "text" else part.get("refusal")
            if not isinstance(text, str):
                raise InvalidParameter(
                    f"{where}.content[{index}]",
                    "only text and refusal parts are allowed here",
                )
            if text:
                parts.append(TextPart(text))
    calls = message.get("tool_calls") or []
    tool_calls = tuple(
        _read_tool_call(
            _object(call, f"{where}.tool_calls[{index}]"),
            f"{where}.tool_calls[{index}]",
        )
        for index, call in enumerate(_list(calls, f"{where}.tool_calls"))
    )
    return AssistantTurn(tuple(parts), tool_calls)


def _read_tool_call(call: Mapping[str, Any], where: str) -> ToolCall:
    if call.get("type", "function") != "function":
        raise UnsupportedParameter(f"{where}.type", "only function tool calls are translated")
    function = _object(call.get("function"), f"{where}.function")
    call_id, name, arguments = (
        call.get("id"),
        function.get("name"),
        function.get("arguments"),
    )
    if not isinstance(call_id, str) or not isinstance(name, str):
        raise InvalidParameter(where, "a tool call needs its id and function name")
    if arguments is None or arguments == "":
        return ToolCall(call_id, name, {})
    try:
        parsed = json.loads(arguments) if isinstance(arguments, str) else None
    except ValueError:
        parsed = None
    if not isinstance(parsed, dict):
        raise InvalidParameter(
            f"{where}.function.arguments",
            "tool call arguments must be a JSON object: the provider keeps them as one",
        )
    return ToolCall(call_id, name, parsed)


def _read_tools(value: Any) -> tuple[FunctionTool, ...]:
    if value is None:
        return ()
    tools = []
    for index, raw in enumerate(_list(value, "tools")):
        where = f"tools[{index}]"
        tool = _object(raw, where)
        if tool.get("type") != "function":
            raise UnsupportedParameter(f"{where}.type", "only function tools are translated")
        function = _object(tool.get("function"), f"{where}.function")
        name, description = function.get("name"), function.get("description")
        parameters = function.get("parameters")
        if not isinstance(name, str) or not name:
            raise InvalidParameter(f"{where}.function.name", "a function tool needs a name")
        if description is not None and not isinstance(description, str):
            raise InvalidParameter(f"{where}.function.description", "must be a string")
        if parameters is not None:
            parameters = _object(parameters, f"{where}.function.parameters")
        tools.append(FunctionTool(name, description, parameters))
    return tuple(tools)


def _read_tool_choice(value: Any) -> ToolChoice | None:
    if value is None:
        return None
    if value == "auto" or value == "none" or value == "required":
        return value  # type: ignore[no-any-return]
    choice = _object(value, "tool_choice")
    if choice.get("type") == "function":
        name = _object(choice.get("function"), "tool_choice.function").get("name")
        if isinstance(name, str) and name:
            return ForcedFunction(name)
        raise InvalidParameter("tool_choice.function.name", "a forced tool choice needs a name")
    raise UnsupportedParameter("tool_choice", f"tool_choice type {choice.get('type')!r} is not translated")


def _read_response_format(value: Any) -> JsonOutput | None:
    if value is None:
        return None
    response_format = _object(value, "response_format")
    kind = response_format.get("type")
    if kind == "text":
        return None
    if kind == "json_object":
        return JsonOutput(None)
    if kind == "json_schema":
        spec = _object(response_format.get("json_schema"), "response_format.json_schema")
        return JsonOutput(_object(spec.get("schema"), "response_format.json_schema.schema"))
    raise InvalidParameter("response_format.type", f"unknown response_format type {kind!r}")
