"""
Parse and validate request bodies before anything else looks at them.

test-case-name: tests.test_parse

A body that fails here never reaches the scanner or a provider; the caller
gets a 400 in the OpenAI error shape naming the offending parameter, the way
OpenAI itself answers.  Fields KoreShield does not know are forwarded
unchanged: providers add parameters faster than proxies learn them.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from typing import Any, Final, Protocol, Self

from koreshield.errors import bad_request

JSONObject = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class ChatRequest:
    """
    A validated C{POST /v1/chat/completions} body.

    @ivar raw: the body exactly as the client sent it, forwarded as-is when
        nothing needs rewriting (cheaper than re-encoding, and faithful).
    """

    raw: bytes
    body: JSONObject
    model: str
    messages: list[JSONObject]
    stream: bool
    user: str | None

    def with_messages(self, messages: list[JSONObject]) -> ChatRequest:
        """The same request with other messages (a redacted copy), re-encoded."""
        body = {**self.body, "messages": messages}
        return dataclasses.replace(self, raw=encode_json(body), body=body, messages=messages)

    def with_body(self, body: JSONObject) -> ChatRequest:
        """The same request with another body (same messages), re-encoded."""
        return dataclasses.replace(self, raw=encode_json(body), body=body)


class RelayedRequest(Protocol):
    """
    What the exchange needs of any validated body it relays (chat
    completions, embeddings, legacy completions): the model to route by,
    whether the answer streams, and the texts to scan as chat C{messages},
    with a way back from scanned (redacted) messages to a body.
    """

    @property
    def raw(self) -> bytes: ...

    @property
    def body(self) -> JSONObject: ...

    @property
    def model(self) -> str: ...

    @property
    def messages(self) -> list[JSONObject]: ...

    @property
    def stream(self) -> bool: ...

    @property
    def user(self) -> str | None: ...

    def with_messages(self, messages: list[JSONObject]) -> Self: ...

    def with_body(self, body: JSONObject) -> Self: ...


def parse_json_object(raw: bytes) -> JSONObject:
    """
    Decode a JSON request body that must be an object.

    @raise APIError: 400 for anything else: not UTF-8, not JSON (C{NaN} and
        C{Infinity} included, which Python's parser takes), an object
        repeating a key, nested too deeply for the parser, or not an object.
    """
    if not raw or raw.isspace():  # as `not raw.strip()`, without copying the body
        raise bad_request("The request body is empty; send a JSON object.", code="invalid_json")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("The request body is not valid UTF-8.", code="invalid_json") from None
    try:
        document = _decode_body(text)
    except NonJSONConstant as constant:
        raise bad_request(
            f"The request body is not valid JSON: {constant.name} is not a JSON number.", code="invalid_json"
        ) from None
    except RepeatedKey as repeated:
        raise bad_request(
            f"The request body repeats the key {repeated.key!r}; send each key once.", code="invalid_json"
        ) from None
    except RecursionError:
        raise bad_request("The request body is nested too deeply.", code="invalid_json") from None
    except ValueError as e:
        raise bad_request(f"The request body is not valid JSON: {e}", code="invalid_json") from None
    if not isinstance(document, dict):
        raise bad_request("The request body must be a JSON object.", code="invalid_json")
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and _depth(document) > MAX_JSON_DEPTH:
        raise bad_request(f"The request body is nested more than {MAX_JSON_DEPTH} levels deep.", code="invalid_json")
    return document


MAX_JSON_DEPTH = 64


class RepeatedKey(ValueError):
    """A JSON object names the same key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(f"repeated key {key!r}")
        self.key = key


class NonJSONConstant(ValueError):
    """The body holds C{NaN}, C{Infinity} or C{-Infinity}, which JSON does not have."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not JSON")
        self.name = name


def _refuse_non_json_constant(name: str) -> Any:
    """
    Refuse C{NaN} and the infinities: Python's parser takes them, but the
    body is forwarded as sent, and a provider's parser refuses them or
    reads them otherwise (a 500, or a temperature we never validated).
    """
    raise NonJSONConstant(name)


def _object_without_repeated_keys(pairs: list[tuple[str, Any]]) -> JSONObject:
    """
    An object of the request body, refused if it repeats a key.

    The body is forwarded as sent, and parsers disagree on repeated keys (ours
    keeps the last, others the first or refuse): with two C{messages}, the
    scanner and the provider could read different ones.
    """
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise RepeatedKey(key)
            seen.add(key)
    return document


_BODY_DECODER: Final = json.JSONDecoder(
    object_pairs_hook=_object_without_repeated_keys, parse_constant=_refuse_non_json_constant
)


def _decode_body(text: str) -> Any:
    """
    C{json.loads(text, ...)} with the body's hooks, by one decoder made
    once: C{json.loads} with hooks builds a decoder, and its scanner, for
    every body.  The decoder keeps nothing from one body to the next (its
    scanner's key memo is emptied after each).  A text starting with a
    byte order mark goes to C{json.loads}, which refuses it with its own
    message.
    """
    if text.startswith("\ufeff"):
        return json.loads(
            text, object_pairs_hook=_object_without_repeated_keys, parse_constant=_refuse_non_json_constant
        )
    return _BODY_DECODER.decode(text)


def _depth(document: Any) -> int:
    """How deeply C{document} nests lists and objects (iteratively: no recursion limit)."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > deepest:
            deepest = depth
            if deepest > MAX_JSON_DEPTH:
                break
        children = value.values() if isinstance(value, dict) else value
        pending.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_int(value: Any) -> bool:
    """An integer, and not a boolean (JSON's C{true} decodes to one)."""
    return isinstance(value, int) and not isinstance(value, bool)


FieldCheck = tuple[Callable[[Any], bool], str]
"""A field's test, and what it must be (for the error message)."""


def _is_string_or_strings(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


CHAT_FIELD_CHECKS: dict[str, FieldCheck] = {
    "temperature": (_is_number, "a number"),
    "top_p": (_is_number, "a number"),
    "presence_penalty": (_is_number, "a number"),
    "frequency_penalty": (_is_number, "a number"),
    "n": (is_int, "an integer"),
    "max_tokens": (is_int, "an integer"),
    "max_completion_tokens": (is_int, "an integer"),
    "seed": (is_int, "an integer"),
    "top_logprobs": (is_int, "an integer"),
    "logprobs": (lambda v: isinstance(v, bool), "a boolean"),
    "parallel_tool_calls": (lambda v: isinstance(v, bool), "a boolean"),
    "stop": (_is_string_or_strings, "a string or a list of strings"),
    "user": (lambda v: isinstance(v, str), "a string"),
    "tools": (lambda v: isinstance(v, list) and all(isinstance(t, dict) for t in v), "a list of objects"),
    "tool_choice": (lambda v: isinstance(v, (str, dict)), "a string or an object"),
    "stream_options": (lambda v: isinstance(v, dict), "an object"),
    "response_format": (lambda v: isinstance(v, dict), "an object"),
    "logit_bias": (lambda v: isinstance(v, dict), "an object"),
    "metadata": (lambda v: isinstance(v, dict), "an object"),
}


def check_optional_fields(body: JSONObject, checks: Mapping[str, FieldCheck]) -> None:
    """
    Refuse a body whose optional field named in C{checks} has the wrong
    type (absent and null fields pass).

    @raise APIError: 400 naming the field.
    """
    for name, value in body.items():  # a body has a few fields, the checks are many: the usual body passes here
        check = checks.get(name)
        if check is not None and value is not None and not check[0](value):
            break
    else:
        return
    for name, (is_valid, expected) in checks.items():  # the first wrong field in the checks' order is named
        value = body.get(name)
        if value is not None and not is_valid(value):
            raise bad_request(f"'{name}' must be {expected}.", name)


def parse_model(body: JSONObject) -> str:
    """
    The C{model} of a body, which every endpoint requires.

    @raise APIError: 400 when missing or not a non-empty string.
    """
    model = body.get("model")
    if model is None:
        raise bad_request("you must provide a model parameter", "model", code="missing_required_parameter")
    if not isinstance(model, str) or not model.strip():
        raise bad_request("'model' must be a non-empty string.", "model")
    return model


def parse_stream(body: JSONObject) -> bool:
    """
    The C{stream} flag of a body (absent or null: false).

    @raise APIError: 400 when not a boolean.
    """
    stream = body.get("stream", False)
    if stream is None:
        return False
    if not isinstance(stream, bool):
        raise bad_request("'stream' must be a boolean.", "stream")
    return stream


def check_message(index: int, message: Any, prefix: str = "") -> None:
    """
    Refuse a C{messages[index]} that is not an object with a role and
    content of a known shape; C{prefix} comes before the parameter's name
    (C{items[2].} in a scan batch).

    @raise APIError: 400 naming the parameter at fault.
    """
    param = f"{prefix}messages[{index}]"
    if not isinstance(message, dict):
        raise bad_request(f"'{param}' must be an object.", param)
    role = message.get("role")
    if not isinstance(role, str) or not role:
        raise bad_request(f"'{param}.role' must be a non-empty string.", f"{param}.role")
    content = message.get("content")
    if content is not None and not isinstance(content, (str, list)):
        raise bad_request(
            f"'{param}.content' must be a string, a list of content parts, or null.",
            f"{param}.content",
        )
    if isinstance(content, list):
        for part_index, part in enumerate(content):
            if not isinstance(part, dict):
                where = f"{param}.content[{part_index}]"
                raise bad_request(f"'{where}' must be an object.", where)


def parse_chat_request(raw: bytes, decoded: JSONObject | None = None) -> ChatRequest:
    """
    Validate a chat completions body.

    @param decoded: C{raw} already decoded by L{parse_json_object}, if it was.
    @raise APIError: 400 naming the parameter at fault.
    """
    body = parse_json_object(raw) if decoded is None else decoded
    model = parse_model(body)
    messages = body.get("messages")
    if messages is None:
        raise bad_request("Missing required parameter: 'messages'.", "messages", code="missing_required_parameter")
    if not isinstance(messages, list) or not messages:
        raise bad_request("'messages' must be a non-empty list of message objects.", "messages")
    for index, message in enumerate(messages):
        check_message(index, message)
    stream = parse_stream(body)
    check_optional_fields(body, CHAT_FIELD_CHECKS)
    user = body.get("user")
    return ChatRequest(raw=raw, body=body, model=model, messages=messages, stream=stream, user=user)


def encode_json(document: Any) -> bytes:
    """
    Compact JSON, the way bodies, answers and events are re-encoded when
    rewritten: non-ASCII text as UTF-8.  A lone surrogate (JSON may carry
    one as an escape, C{"\\ud800"}; UTF-8 cannot) keeps its escape: the
    document is then written all in ASCII escapes, meaning what it meant.
    """
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(document, separators=(",", ":")).encode("ascii")
