"""
The OpenAI endpoints relayed through the scanner, and what sets them apart.

test-case-name: tests.test_embeddings

Chat completions, embeddings and legacy completions walk the same path
(parse -> screen -> route -> upstream with failover -> relay or answer, see
L{koreshield.http.chat}); a L{RelayedAPI} holds the few things that differ:
how a body is validated, what request a provider is sent, how a stream is
rewritten, and whether the output guard reads the answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from koreshield.inputs import parse_completions_request, parse_embeddings_request
from koreshield.parse import RelayedRequest, parse_chat_request
from koreshield.providers.base import EventTransform, Provider, UpstreamRequest

UpstreamRequestBuilder = Callable[[Provider, Any, str, str], UpstreamRequest]
StreamTransformBuilder = Callable[[Provider, Any, str, str], EventTransform | None]


@dataclasses.dataclass(frozen=True)
class RelayedAPI:
    """
    One relayed endpoint.

    @ivar endpoint: its name in metrics and logs (the C{endpoint} label).
    @ivar parse: validates a body (raising the 400 L{APIError}).
    @ivar upstream_request: the request for one provider, model and request
        id; raises L{UntranslatableRequest} when that provider cannot take it.
    @ivar stream_transform: what rewrites the provider's stream into
        OpenAI's (L{None}: relayed as it is).
    @ivar guarded: whether the output guard reads the answers (chat's
        messages and deltas, legacy completions' C{text}; not embeddings).
    """

    endpoint: str
    parse: Callable[[bytes], RelayedRequest]
    upstream_request: UpstreamRequestBuilder
    stream_transform: StreamTransformBuilder
    guarded: bool


def _chat_request(provider: Provider, chat: Any, model: str, request_id: str) -> UpstreamRequest:
    return provider.chat_request(chat, model, request_id)


def _chat_stream_transform(provider: Provider, chat: Any, model: str, request_id: str) -> EventTransform | None:
    return provider.stream_transform(chat, model, request_id)


def _openai_request(path: str) -> UpstreamRequestBuilder:
    def build(provider: Provider, request: Any, model: str, request_id: str) -> UpstreamRequest:
        return provider.openai_request(path, request, model, request_id)

    return build


def _untranslated(provider: Provider, request: Any, model: str, request_id: str) -> EventTransform | None:
    """Only OpenAI-compatible providers take these requests: their streams are OpenAI's already."""
    return None


CHAT = RelayedAPI("chat_completions", parse_chat_request, _chat_request, _chat_stream_transform, guarded=True)
EMBEDDINGS = RelayedAPI(
    "embeddings", parse_embeddings_request, _openai_request("/embeddings"), _untranslated, guarded=False
)
COMPLETIONS = RelayedAPI(
    "completions", parse_completions_request, _openai_request("/completions"), _untranslated, guarded=True
)
