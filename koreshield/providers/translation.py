# -*- test-case-name: tests.test_providers_translation -*-
"""
What translating between OpenAI and another provider can fail with, and the
pieces every translator shares.

Translators are pure: they take and return plain JSON-ready values and raise
the exceptions below; the web layer turns those into HTTP answers.  Two
families of failure matter to it:

  - L{UntranslatableRequest}: the client asked for something the provider
    cannot do faithfully.  The proxy answers 400 with L{openai_error} built
    from the exception, before anything is sent upstream.
  - L{MalformedUpstream}: the provider's answer broke its own protocol (bad
    JSON, a stream that ends early) or reported an error mid-stream.  Headers
    have usually been sent by then, so the relay ends the stream with its
    error event.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from types import TracebackType
from typing import Any, ClassVar

from koreshield.errors import APIError


def openai_error(message: str, *, type: str, code: str | None = None, param: str | None = None) -> dict[str, Any]:
    """
    Build the body OpenAI sends with every error, so SDKs parse ours the same.
    """
    return {"error": {"message": message, "type": type, "code": code, "param": param}}


class UntranslatableRequest(ValueError):
    """
    The request cannot be sent to the provider as it stands.

    @ivar param: the JSON path of the offending field, OpenAI style
        (C{"messages[2].content[0].image_url"}), for the error's C{param}.
    @ivar message: a sentence saying what does not translate and why.
    @cvar code: the OpenAI error code the proxy answers with.
    """

    code: ClassVar[str] = "invalid_value"

    def __init__(self, param: str | None, message: str) -> None:
        super().__init__(f"{param}: {message}" if param is not None else message)
        self.param = param
        self.message = message

    def as_openai_error(self) -> dict[str, Any]:
        """The 400 body for this refusal."""
        return openai_error(self.message, type="invalid_request_error", code=self.code, param=self.param)

    def as_api_error(self) -> APIError:
        """The proxy's 400 answer for this refusal."""
        return APIError(400, self.message, self.code, self.param, type="invalid_request_error")


class UnsupportedParameter(UntranslatableRequest):
    """
    A valid OpenAI parameter (or value) with no faithful equivalent upstream.

    Refusing is better than silently dropping it: the client asked for a
    behaviour and would otherwise get a different one without knowing.
    """

    code = "unsupported_parameter"


class UnsupportedEndpoint(UntranslatableRequest):
    """
    An OpenAI endpoint the provider's API has no counterpart for (the
    embeddings or legacy completions a chat-only API does not offer).  The
    C{param} is C{model}: the model chose the provider.
    """

    code = "unsupported_endpoint"

    def __init__(self, provider: str, path: str) -> None:
        super().__init__(
            "model",
            f"Provider {provider!r} does not offer {path}; route this model to an OpenAI-compatible provider.",
        )


class UnsupportedAtDefaultProvider(UnsupportedEndpoint):
    """
    The same refusal for a request that names no model (one about stored
    answers, by their id), which therefore went to the C{default_provider}:
    routing a model cannot help, changing the default provider can, and
    there is no C{param} to blame.
    """

    def __init__(self, provider: str, what: str) -> None:
        UntranslatableRequest.__init__(
            self,
            None,
            f"Provider {provider!r} does not offer {what}. A request about {what} names no model, so it goes to"
            " the default_provider: make that an OpenAI-compatible provider (type openai or azure) to use it.",
        )


class InvalidParameter(UntranslatableRequest):
    """
    A field that is not valid OpenAI to begin with (wrong type, dangling
    C{tool_call_id}), so there is nothing to translate.
    """

    code = "invalid_value"


class MalformedUpstream(ValueError):
    """
    The provider's answer does not follow its own protocol.
    """


class ReadingUpstream:
    """
    Context in which a provider's answer is read, turning any sign of a broken
    shape (bad JSON, a missing key, a wrong type) into L{MalformedUpstream}.

    Translators index parsed JSON directly, the fast way, and rely on this to
    keep their promise that only L{MalformedUpstream} escapes.  Stateless, so
    one instance per call site serves every call.

        with ReadingUpstream("Gemini stream event"):
            payload = json.loads(data)
            ...
    """

    __slots__ = ("_what",)

    def __init__(self, what: str) -> None:
        self._what = what

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        failure: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is not None and issubclass(kind, _SHAPE_ERRORS) and not issubclass(kind, MalformedUpstream):
            raise MalformedUpstream(f"unreadable {self._what}: {failure!r}") from failure


_SHAPE_ERRORS = (ValueError, KeyError, IndexError, TypeError, AttributeError)


class UpstreamStreamError(MalformedUpstream):
    """
    The provider reported an error inside a stream that had already begun.

    @ivar error: the OpenAI-shaped error body carrying the provider's message,
        for the relay's final error event.
    """

    def __init__(self, error: dict[str, Any]) -> None:
        super().__init__(error["error"]["message"])
        self.error = error


def error_type_for_status(status: int) -> str:
    """
    Name an OpenAI error C{type} for an upstream HTTP status.

    OpenAI's SDKs choose their exception class from the HTTP status, so the
    type is informative only; these are the names of those classes' families.
    """
    if status == 401:
        return "authentication_error"
    if status == 403:
        return "permission_error"
    if status == 404:
        return "not_found_error"
    if status == 429:
        return "rate_limit_error"
    if 400 <= status < 500:
        return "invalid_request_error"
    return "server_error"


def upstream_error(provider: str, status: int, body: bytes, *, code_key: str) -> dict[str, Any]:
    """
    Translate a provider's error answer into OpenAI's error body.

    Anthropic and Gemini both wrap their errors as C{{"error": {"message": ...}}}
    and differ in the field naming the kind of error (C{code_key}), which
    becomes the OpenAI C{code} so that the provider's own word survives.  A body
    that is not such JSON (a gateway's HTML page) is not echoed back: it says
    nothing useful to an API client and may be large.
    """
    try:
        parsed = json.loads(body)
    except ValueError:
        parsed = None
    error = parsed.get("error") if isinstance(parsed, dict) else None
    kind = error_type_for_status(status)
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        code = error.get(code_key)
        return openai_error(error["message"], type=kind, code=code if isinstance(code, str) else None)
    return openai_error(f"{provider} answered HTTP {status}", type=kind)


def merge_into_turns(turns: list[dict[str, Any]], role: str, items: Sequence[Any], items_key: str) -> None:
    """
    Append a turn to a provider conversation, merging it into the last turn
    when both have the same role.

    Anthropic and Gemini expect alternating roles, while OpenAI lets a client
    send several tool results (and a user message after them) in a row.
    Merging keeps their order and loses nothing.  Turns with no items are
    dropped: both providers reject empty turns, and an empty turn says nothing.
    """
    if not items:
        return
    if turns and turns[-1]["role"] == role:
        turns[-1][items_key].extend(items)
    else:
        turns.append({"role": role, items_key: list(items)})
