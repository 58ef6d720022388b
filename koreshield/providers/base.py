# -*- test-case-name: tests.test_providers_routing -*-
"""
What every provider family offers the proxy, whatever API it speaks.

A L{Provider} builds requests and translates answers; it never sends or
receives anything, so each family is pure and testable without sockets.  The
proxy pairs each provider with its own connection pool (timeouts and limits
per provider) and relays what the provider's L{EventTransform} makes of the
stream.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections.abc import Callable
from typing import Any, Protocol

from koreshield.config import ProviderSettings
from koreshield.parse import ChatRequest, RelayedRequest, encode_json
from koreshield.providers.translation import MalformedUpstream, UnsupportedAtDefaultProvider, UnsupportedEndpoint
from koreshield.sse import DONE_EVENT, encode_event, parse_events

USER_AGENT = b"KoreShield/0.1"


@dataclasses.dataclass(frozen=True)
class UpstreamRequest:
    """One request to a provider, fully built (URL, headers with key, body)."""

    method: str
    url: str
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes | None = None


class EventTransform(Protocol):
    """
    Rewrites a provider's event stream into OpenAI's, event by event.

    L{feed} takes complete SSE events and returns what to write now (maybe
    nothing); L{finish} is called once at the provider's clean end and
    returns the last events, C{[DONE]} included.  Both raise
    L{MalformedUpstream} when the provider broke its own protocol.
    """

    def feed(self, events: bytes) -> bytes: ...

    def finish(self) -> bytes: ...


class ChunkTranslator(Protocol):
    def event(self, name: str | None, data: str) -> list[dict[str, Any]]: ...

    def finish(self) -> list[dict[str, Any]]: ...


def _encode_chunks(chunks: list[dict[str, Any]]) -> bytes:
    return b"".join(encode_event(encode_json(c)) for c in chunks)


class TranslatedStream:
    """An L{EventTransform} driving a provider's chunk translator."""

    def __init__(self, translator: ChunkTranslator) -> None:
        self._translator = translator

    def feed(self, events: bytes) -> bytes:
        chunks: list[dict[str, Any]] = []
        for name, data in parse_events(events):
            chunks.extend(self._translator.event(name, data))
        return _encode_chunks(chunks)

    def finish(self) -> bytes:
        return _encode_chunks(self._translator.finish()) + DONE_EVENT


class Provider(Protocol):
    """One configured provider."""

    name: str
    settings: ProviderSettings

    @property
    def secrets(self) -> tuple[str, ...]:
        """Credentials that must never appear in anything KoreShield writes."""
        ...

    def chat_request(self, chat: ChatRequest, model: str, request_id: str) -> UpstreamRequest:
        """
        The upstream request for C{chat}, sent to C{model}.

        @raise UntranslatableRequest: when this provider cannot honour it.
        """
        ...

    def stream_transform(self, chat: ChatRequest, model: str, request_id: str) -> EventTransform | None:
        """How to rewrite the streamed answer, or L{None} to relay it as it is."""
        ...

    def openai_request(self, path: str, request: RelayedRequest, model: str, request_id: str) -> UpstreamRequest:
        """
        The upstream request for an OpenAI endpoint relayed as it is
        (C{/embeddings}, C{/completions}), sent to C{model}; its answers
        and streams are OpenAI's own, relayed untranslated.

        @raise UntranslatableRequest: L{UnsupportedEndpoint} when this
            provider's API has no such endpoint.
        """
        ...

    def stored_response_request(
        self, method: str, path: str, query: bytes, stream: bool, request_id: str
    ) -> UpstreamRequest:
        """
        The upstream request reading or changing a response the provider
        stores (C{GET}/C{DELETE /responses/{id}}, C{POST /responses/{id}/cancel},
        C{GET /responses/{id}/input_items}): C{path} under the base URL, the
        client's C{query} passed on, no body; its answers are relayed untranslated.

        @raise UntranslatableRequest: L{UnsupportedAtDefaultProvider} when this
            provider's API has no Responses API.
        """
        ...

    def stored_completion_request(
        self, method: str, path: str, query: bytes, body: bytes | None, request_id: str
    ) -> UpstreamRequest:
        """
        The upstream request reading or changing a chat completion the
        provider stores (C{store: true}: C{GET /chat/completions} and
        C{/chat/completions/{id}}, its C{/messages}, C{POST} an update's
        C{body}, C{DELETE}): as L{stored_response_request}, with a body.

        @raise UntranslatableRequest: L{UnsupportedAtDefaultProvider} when this
            provider's API stores no chat completions.
        """
        ...

    def answer(self, status: int, body: bytes, model: str, request_id: str) -> bytes:
        """
        A non-streamed answer (success or error) as OpenAI would have sent it.

        @raise MalformedUpstream: when the body is not what the provider's API
            promises.
        """
        ...

    def models_request(self) -> UpstreamRequest:
        """The request listing this provider's models."""
        ...

    def models(self, body: bytes) -> list[dict[str, Any]]:
        """
        OpenAI model objects from the answer to L{models_request}.

        @raise MalformedUpstream: for a body that is not a listing.
        """
        ...


class TranslatingProvider:
    """
    What the providers whose API is not OpenAI's share: headers built once,
    requests and answers passed through the family's pure translators.

    A family says where requests go (L{path}, C{models_path}) and names its
    translators; this class does the HTTP-shaped work around them.
    """

    models_path: str
    stream_translator: Callable[..., ChunkTranslator]
    translate_answer: Callable[..., dict[str, Any]]
    translate_error: Callable[[int, bytes], dict[str, Any]]
    translate_models: Callable[[Any], list[dict[str, Any]]]

    def __init__(self, name: str, settings: ProviderSettings, family_headers: dict[str, str]) -> None:
        self.name = name
        self.settings = settings
        self._base_url = settings.base_url.rstrip("/")
        headers = {**family_headers, **settings.headers}
        self._headers = ((b"User-Agent", USER_AGENT), *header_pairs(headers))
        self._get_headers = tuple(h for h in self._headers if h[0].lower() != b"content-type")
        self._secrets = provider_secrets(settings)

    @property
    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    def path(self, model: str, stream: bool) -> str:
        raise NotImplementedError

    def translate_request(self, chat: ChatRequest, model: str) -> dict[str, Any]:
        raise NotImplementedError

    def chat_request(self, chat: ChatRequest, model: str, request_id: str) -> UpstreamRequest:
        body = encode_json(self.translate_request(chat, model))
        return UpstreamRequest("POST", self._base_url + self.path(model, chat.stream), self._headers, body)

    def openai_request(self, path: str, request: RelayedRequest, model: str, request_id: str) -> UpstreamRequest:
        raise UnsupportedEndpoint(self.name, path)

    def stored_response_request(
        self, method: str, path: str, query: bytes, stream: bool, request_id: str
    ) -> UpstreamRequest:
        raise UnsupportedAtDefaultProvider(self.name, "stored responses")

    def stored_completion_request(
        self, method: str, path: str, query: bytes, body: bytes | None, request_id: str
    ) -> UpstreamRequest:
        raise UnsupportedAtDefaultProvider(self.name, "stored chat completions")

    def stream_transform(self, chat: ChatRequest, model: str, request_id: str) -> EventTransform | None:
        options = chat.body.get("stream_options")
        include_usage = isinstance(options, dict) and bool(options.get("include_usage"))
        translator = self.stream_translator(
            model=model,
            completion_id=completion_id_for(request_id),
            created=int(time.time()),
            include_usage=include_usage,
        )
        return TranslatedStream(translator)

    def answer(self, status: int, body: bytes, model: str, request_id: str) -> bytes:
        if status >= 400:
            return encode_json(self.translate_error(status, body))
        translated = self.translate_answer(
            load_json(body, "answer"),
            model=model,
            completion_id=completion_id_for(request_id),
            created=int(time.time()),
        )
        return encode_json(translated)

    def models_request(self) -> UpstreamRequest:
        return UpstreamRequest("GET", self._base_url + self.models_path, self._get_headers)

    def models(self, body: bytes) -> list[dict[str, Any]]:
        return self.translate_models(load_json(body, "model listing"))


def body_for_model(chat: RelayedRequest, model: str) -> bytes:
    """
    The OpenAI body to forward: the client's own bytes when the model is
    unchanged (cheapest, and faithful), else the body with C{model} replaced.
    """
    if model == chat.model:
        return chat.raw
    return encode_json({**chat.body, "model": model})


def completion_id_for(request_id: str) -> str:
    """The C{chatcmpl-...} id of a translated answer, tied to the request id."""
    return "chatcmpl-" + request_id.removeprefix("req_")


def load_json(body: bytes, what: str) -> Any:
    """Parse a provider's JSON answer, or say it is malformed."""
    try:
        return json.loads(body)
    except ValueError:
        raise MalformedUpstream(f"the provider's {what} is not JSON") from None


_CREDENTIAL_HEADER = re.compile(r"auth|key|token|secret|password|cookie", re.IGNORECASE)
_SCHEME = re.compile(r"^(?:bearer|basic|token)\s+", re.IGNORECASE)
_SHORTEST_HEADER_SECRET = 8
"""Shorter header values are not scrubbed: a C{1} or a C{yes} would be cut out of every answer."""


def provider_secrets(settings: ProviderSettings) -> tuple[str, ...]:
    """
    What KoreShield must never write of a provider's configuration: its key,
    and the values of its extra headers whose names say they carry a
    credential (an AI gateway's C{cf-aig-authorization}, C{Helicone-Auth},
    an C{x-api-key}), without their C{Bearer} scheme, so the token is found
    however a provider echoes it.
    """
    secrets = [settings.api_key] if settings.api_key else []
    for name, value in settings.headers.items():
        token = _SCHEME.sub("", value.strip())
        if _CREDENTIAL_HEADER.search(name) and len(token) >= _SHORTEST_HEADER_SECRET:
            secrets.append(token)
    return tuple(secrets)


def header_pairs(headers: dict[str, str] | Any) -> tuple[tuple[bytes, bytes], ...]:
    """Header pairs from a str mapping (configuration, translator helpers)."""
    return tuple((k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items())
