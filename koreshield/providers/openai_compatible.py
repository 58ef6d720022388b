"""
The OpenAI-compatible provider family: OpenAI itself and every API that
copies it (vLLM, Ollama, LM Studio, DeepSeek, Groq, Mistral, ...).

test-case-name: tests.test_providers_openai

The body is forwarded as the client sent it; only the credentials change.
The client's own C{Authorization} is never forwarded: KoreShield holds the
provider key, the client holds (at most) a KoreShield key.
"""

from __future__ import annotations

from koreshield.config import ProviderSettings
from koreshield.parse import ChatRequest
from koreshield.upstream import UpstreamRequest

_USER_AGENT = b"KoreShield/0.1"


class OpenAICompatibleProvider:
    """
    Builds requests for one configured OpenAI-compatible provider.

    Headers are computed once: every request to this provider carries the
    same credentials and extra headers.
    """

    def __init__(self, name: str, settings: ProviderSettings) -> None:
        self.name = name
        self._base_url = settings.base_url.rstrip("/")
        common: list[tuple[bytes, bytes]] = [(b"User-Agent", _USER_AGENT)]
        if settings.api_key:
            common.append((b"Authorization", b"Bearer " + settings.api_key.encode("utf-8")))
        for header, value in settings.headers.items():
            common.append((header.encode("latin-1"), value.encode("latin-1")))
        self._common_headers = tuple(common)
        self._json_headers = (*self._common_headers, (b"Content-Type", b"application/json"))
        self.secrets: tuple[str, ...] = (settings.api_key,) if settings.api_key else ()

    @property
    def base_url(self) -> str:
        return self._base_url

    def chat_request(self, chat: ChatRequest, body: bytes, request_id: str) -> UpstreamRequest:
        """
        The upstream request for a chat completion.

        @param body: the JSON body to send (the client's bytes, or a rewrite).
        """
        accept = b"text/event-stream" if chat.stream else b"application/json"
        return UpstreamRequest(
            "POST",
            self._base_url + "/chat/completions",
            (*self._json_headers, (b"Accept", accept), (b"X-Request-Id", request_id.encode("ascii"))),
            body,
        )

    def models_request(self) -> UpstreamRequest:
        """The upstream request listing the provider's models."""
        return UpstreamRequest("GET", self._base_url + "/models", self._common_headers)
