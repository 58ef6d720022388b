# -*- test-case-name: tests.test_providers_routing -*-
"""
The OpenAI-compatible provider family: OpenAI itself, Azure OpenAI, and every
API that copies OpenAI's (vLLM, Ollama, LM Studio, DeepSeek, Groq, Mistral,
...), and the built-in simulated provider.

The body is forwarded as the client sent it (re-encoded only when routing
renamed the model); only the credentials change.  The client's own
C{Authorization} is never forwarded: KoreShield holds the provider key.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, quote_from_bytes

from koreshield.config import ProviderSettings
from koreshield.parse import ChatRequest, RelayedRequest
from koreshield.providers.base import (
    USER_AGENT,
    EventTransform,
    UpstreamRequest,
    body_for_model,
    header_pairs,
    load_json,
    provider_secrets,
)
from koreshield.providers.translation import MalformedUpstream


class OpenAICompatibleProvider:
    """
    Builds requests for one OpenAI-compatible provider (C{type} openai,
    azure or simulated).

    Headers are computed once: every request to this provider carries the
    same credentials and extra headers.
    """

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        self.name = name
        self.settings = settings
        self._base_url = settings.base_url.rstrip("/")
        self._azure = settings.type == "azure"
        common: list[tuple[bytes, bytes]] = [(b"User-Agent", USER_AGENT)]
        if settings.api_key:
            key = settings.api_key.encode("utf-8")
            common.append((b"api-key", key) if self._azure else (b"Authorization", b"Bearer " + key))
        common.extend(header_pairs(settings.headers))
        self._common_headers = tuple(common)
        self._json_headers = (*self._common_headers, (b"Content-Type", b"application/json"))
        self._secrets = provider_secrets(settings)

    @property
    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    @property
    def base_url(self) -> str:
        return self._base_url

    def _url(self, path: str) -> str:
        if self._azure:
            return f"{self._base_url}{path}?api-version={quote(self.settings.api_version, safe='-.')}"
        return self._base_url + path

    def chat_request(self, chat: ChatRequest, model: str, request_id: str) -> UpstreamRequest:
        return self.openai_request("/chat/completions", chat, model, request_id)

    def openai_request(self, path: str, request: RelayedRequest, model: str, request_id: str) -> UpstreamRequest:
        """
        C{POST} to C{path} under the base URL (under the model's deployment
        on Azure, but for the Responses API, which Azure serves beside the
        deployments and routes by the body's C{model}), with this
        provider's credentials, the client's body renamed to C{model} when
        routing renamed it.
        """
        accept = b"text/event-stream" if request.stream else b"application/json"
        if self._azure and path != "/responses":
            path = f"/deployments/{quote(model, safe='-._~')}{path}"
        return UpstreamRequest(
            "POST",
            self._url(path),
            (*self._json_headers, (b"Accept", accept), (b"X-Request-Id", request_id.encode("ascii"))),
            body_for_model(request, model),
        )

    def stored_response_request(
        self, method: str, path: str, query: bytes, stream: bool, request_id: str
    ) -> UpstreamRequest:
        """
        C{method} to C{path} (a stored response, beside the deployments on
        Azure as C{/responses} is), with the client's query after ours
        (Azure's C{api-version} is this provider's, not the client's).
        """
        accept = b"text/event-stream" if stream else b"application/json"
        return self._stored(method, path, query, accept, b"" if method == "POST" else None, request_id)

    def stored_completion_request(
        self, method: str, path: str, query: bytes, body: bytes | None, request_id: str
    ) -> UpstreamRequest:
        """As L{stored_response_request}: a stored chat completion, beside the deployments on Azure."""
        return self._stored(method, path, query, b"application/json", body, request_id)

    def _stored(
        self, method: str, path: str, query: bytes, accept: bytes, body: bytes | None, request_id: str
    ) -> UpstreamRequest:
        url = self._url(path)
        if self._azure:
            query = b"&".join(p for p in query.split(b"&") if p and not p.startswith(b"api-version="))
        if query:
            url += ("&" if "?" in url else "?") + quote_from_bytes(query, safe="&=%+,;:@/?!$'()*~[]")
        headers = self._json_headers if body else self._common_headers
        headers = (*headers, (b"Accept", accept), (b"X-Request-Id", request_id.encode("ascii")))
        return UpstreamRequest(method, url, headers, body)

    def stream_transform(self, chat: ChatRequest, model: str, request_id: str) -> EventTransform | None:
        return None

    def answer(self, status: int, body: bytes, model: str, request_id: str) -> bytes:
        return body

    def models_request(self) -> UpstreamRequest:
        return UpstreamRequest("GET", self._url("/models"), self._common_headers)

    def models(self, body: bytes) -> list[dict[str, Any]]:
        listing = load_json(body, "model listing")
        data = listing.get("data") if isinstance(listing, dict) else None
        if not isinstance(data, list) or not all(isinstance(m, dict) and isinstance(m.get("id"), str) for m in data):
            raise MalformedUpstream(f"{self.name}'s model listing has no list of models")
        return data
