"""
The bodies of C{POST /v1/embeddings}, the legacy C{POST /v1/completions},
C{POST /v1/moderations} and C{POST /v1/images/generations}: validated, and
seen as chat messages by the scanner.

test-case-name: tests.test_inputs

Both endpoints carry their text in one field (C{input}, C{prompt}) that is
a string, a list of strings, a list of token ids, or a list of such lists.
Each string is scanned as one C{user} message, the role the scanner reads
most suspiciously, so the policy that guards chat guards these too, and a
redaction lands back in the string it came from.

Token ids are forwarded unscanned: the proxy has no tokenizer for the
provider's vocabulary, and decoding them with a guessed one would scan
text the model never sees.  A client that sends tokens has tokenised the
text itself; the policy applies to what KoreShield can read.

A legacy completion's C{suffix} (the text after the insertion point) is
read by the model as the prompt is: scanned as one more user message.

A moderation's C{input} is a string, a list of strings, or a list of
content parts (C{text} and C{image_url}, as in a chat message: scanned as
one user message's parts, images unread); an image generation's C{prompt}
is one string.  Both are text reaching the provider, scanned as above.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from koreshield.errors import bad_request
from koreshield.parse import (
    CHAT_FIELD_CHECKS,
    FieldCheck,
    JSONObject,
    check_optional_fields,
    encode_json,
    is_int,
    parse_json_object,
    parse_model,
    parse_stream,
)


@dataclasses.dataclass(frozen=True)
class PromptRequest:
    """
    A validated embeddings or legacy completions body.

    @ivar raw: the body exactly as the client sent it.
    @ivar field: the name of the field holding the text (C{input} or
        C{prompt}).
    @ivar messages: each string of that field as a C{user} message, in
        order; empty when the field holds token ids.
    """

    raw: bytes
    body: JSONObject
    model: str
    field: str
    messages: list[JSONObject]
    stream: bool = False
    user: str | None = None
    parts: bool = False
    """The field is a list of content parts, scanned as one message's C{content}."""
    suffix: bool = False
    """The last of L{messages} is a legacy completion's C{suffix} (text the model reads after its answer)."""

    def with_messages(self, messages: list[JSONObject]) -> PromptRequest:
        """
        The same request with the texts of C{messages} (a redacted copy of
        L{messages}) written back into its field, re-encoded.
        """
        texts = [message["content"] for message in messages]
        extra = {"suffix": texts.pop()} if self.suffix else {}
        value: Any = texts[0] if self.parts or isinstance(self.body[self.field], str) else texts
        if not texts:  # token ids, unread: only the suffix was text
            value = self.body[self.field]
        body = {**self.body, self.field: value, **extra}
        return dataclasses.replace(self, raw=encode_json(body), body=body, messages=messages)

    def with_body(self, body: JSONObject) -> PromptRequest:
        """The same request with another body (same text), re-encoded."""
        return dataclasses.replace(self, raw=encode_json(body), body=body)


def _is_tokens(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(is_int(token) for token in value)


def _texts(body: JSONObject, field: str) -> list[str]:
    """
    The strings of C{body[field]} (none for token ids).

    @raise APIError: 400 unless the field is a string, a non-empty list of
        strings, a non-empty list of token ids, or a non-empty list of
        non-empty lists of token ids.
    """
    value = body.get(field)
    if value is None:
        raise bad_request(f"Missing required parameter: '{field}'.", field, code="missing_required_parameter")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value:
        if all(isinstance(item, str) for item in value):
            return list(value)
        if _is_tokens(value) or all(_is_tokens(item) for item in value):
            return []
    raise bad_request(
        f"'{field}' must be a string, a non-empty list of strings, a non-empty list of token ids,"
        " or a non-empty list of non-empty lists of token ids.",
        field,
    )


def _as_user_messages(texts: list[str]) -> list[JSONObject]:
    return [{"role": "user", "content": text} for text in texts]


def _is_string(value: Any) -> bool:
    return isinstance(value, str)


EMBEDDINGS_FIELD_CHECKS: dict[str, FieldCheck] = {
    "dimensions": (lambda v: is_int(v) and v > 0, "a positive integer"),
    "encoding_format": (lambda v: v in ("float", "base64"), "'float' or 'base64'"),
    "user": CHAT_FIELD_CHECKS["user"],
}

COMPLETIONS_FIELD_CHECKS: dict[str, FieldCheck] = {
    **{
        name: CHAT_FIELD_CHECKS[name]
        for name in (
            "temperature",
            "top_p",
            "presence_penalty",
            "frequency_penalty",
            "n",
            "max_tokens",
            "seed",
            "stop",
            "user",
            "stream_options",
            "logit_bias",
        )
    },
    "logprobs": (is_int, "an integer"),
    "best_of": (is_int, "an integer"),
    "echo": (lambda v: isinstance(v, bool), "a boolean"),
    "suffix": (_is_string, "a string"),
}


def parse_embeddings_request(raw: bytes) -> PromptRequest:
    """
    Validate an embeddings body.

    @raise APIError: 400 naming the parameter at fault.
    """
    body = parse_json_object(raw)
    model = parse_model(body)
    texts = _texts(body, "input")
    check_optional_fields(body, EMBEDDINGS_FIELD_CHECKS)
    return PromptRequest(raw, body, model, "input", _as_user_messages(texts), user=body.get("user"))


def parse_completions_request(raw: bytes) -> PromptRequest:
    """
    Validate a legacy completions body.

    @raise APIError: 400 naming the parameter at fault.
    """
    body = parse_json_object(raw)
    model = parse_model(body)
    texts = _texts(body, "prompt")
    stream = parse_stream(body)
    check_optional_fields(body, COMPLETIONS_FIELD_CHECKS)
    suffix = body.get("suffix")
    if isinstance(suffix, str) and suffix:
        messages = _as_user_messages([*texts, suffix])
        return PromptRequest(raw, body, model, "prompt", messages, stream, body.get("user"), suffix=True)
    return PromptRequest(raw, body, model, "prompt", _as_user_messages(texts), stream, body.get("user"))


def _optional_model(body: JSONObject) -> str:
    """The C{model} of a body that may name none (the provider's default model): C{""} then."""
    return "" if body.get("model") is None else parse_model(body)


def _is_text_part(part: Any) -> bool:
    return isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)


def _is_image_part(part: Any) -> bool:
    return isinstance(part, dict) and part.get("type") == "image_url" and isinstance(part.get("image_url"), dict)


def parse_moderations_request(raw: bytes) -> PromptRequest:
    """
    Validate a moderations body (C{model} optional).

    @raise APIError: 400 naming the parameter at fault.
    """
    body = parse_json_object(raw)
    model = _optional_model(body)
    value = body.get("input")
    if isinstance(value, list) and value and all(_is_text_part(p) or _is_image_part(p) for p in value):
        return PromptRequest(raw, body, model, "input", [{"role": "user", "content": value}], parts=True)
    if value is None:
        raise bad_request("Missing required parameter: 'input'.", "input", code="missing_required_parameter")
    if isinstance(value, str) or (isinstance(value, list) and value and all(isinstance(v, str) for v in value)):
        texts = [value] if isinstance(value, str) else list(value)
        return PromptRequest(raw, body, model, "input", _as_user_messages(texts))
    raise bad_request(
        "'input' must be a string, a non-empty list of strings, or a non-empty list of 'text' and 'image_url' parts.",
        "input",
    )


def parse_image_generation_request(raw: bytes) -> PromptRequest:
    """
    Validate an image generation body (C{model} optional).  A streamed
    generation (partial images as events) is refused: its events are not
    relayed.

    @raise APIError: 400 naming the parameter at fault.
    """
    body = parse_json_object(raw)
    model = _optional_model(body)
    prompt = body.get("prompt")
    if prompt is None:
        raise bad_request("Missing required parameter: 'prompt'.", "prompt", code="missing_required_parameter")
    if not isinstance(prompt, str):
        raise bad_request("'prompt' must be a string.", "prompt")
    if parse_stream(body):
        raise bad_request(
            "Streamed image generation is not relayed by KoreShield; leave 'stream' out.",
            "stream",
            code="unsupported_parameter",
        )
    check_optional_fields(body, {"n": (is_int, "an integer"), "user": CHAT_FIELD_CHECKS["user"]})
    return PromptRequest(raw, body, model, "prompt", _as_user_messages([prompt]), user=body.get("user"))
