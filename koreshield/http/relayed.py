"""
The OpenAI endpoints relayed through the scanner, and what sets them apart.

test-case-name: tests.test_embeddings

Chat completions, embeddings, legacy completions and the Responses API walk the same path
(parse -> screen -> route -> upstream with failover -> relay or answer, see
L{koreshield.http.chat}); a L{RelayedAPI} holds the few things that differ:
how a body is validated, what request a provider is sent, how a stream is
rewritten, and whether the output guard reads the answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from twisted.internet.interfaces import IReactorTime

from koreshield.guard import OutputPolicy
from koreshield.guard.answer import guard_image_answer
from koreshield.guard.cutting import Report
from koreshield.guard.responses import ResponsesStreamGuard, asks_for_json, guard_response
from koreshield.http.ownership import STORED_COMPLETION, STORED_RESPONSE, OwnedKind
from koreshield.inputs import (
    parse_completions_request,
    parse_embeddings_request,
    parse_image_generation_request,
    parse_moderations_request,
)
from koreshield.parse import RelayedRequest, parse_chat_request
from koreshield.providers.base import EventTransform, Provider, UpstreamRequest
from koreshield.responses_input import parse_responses_request
from koreshield.responses_stream import ResponsesStreamCheck

UpstreamRequestBuilder = Callable[[Provider, Any, str, str], UpstreamRequest]
StreamTransformBuilder = Callable[[Provider, Any, str, str], EventTransform | None]
AnswerGuard = Callable[[OutputPolicy, bytes, Any, Report], bytes]
"""Guards a whole answer: the policy, the body, the request it answers, whom to tell of findings."""
StreamGuardBuilder = Callable[[OutputPolicy, Any, Report, IReactorTime], Any]
"""Makes the guard stage of one stream (L{koreshield.guard.StreamGuard} or its like)."""


def _chat_answer_guard(policy: OutputPolicy, body: bytes, request: Any, report: Report) -> bytes:
    return policy.guard_answer(body, request.messages, report)


def _chat_stream_guard(policy: OutputPolicy, messages: Any, report: Report, clock: IReactorTime) -> Any:
    return policy.for_stream(messages, report, clock)


def _image_answer_guard(policy: OutputPolicy, body: bytes, request: Any, report: Report) -> bytes:
    return guard_image_answer(body, policy.text_guards(request.messages), report)


def responses_answer_guard(policy: OutputPolicy, body: bytes, request: Any, report: Report) -> bytes:
    return guard_response(body, policy.text_guards(request.messages), report, asks_for_json(request.body))


def responses_stream_guard(policy: OutputPolicy, messages: Any, report: Report, clock: IReactorTime) -> Any:
    return ResponsesStreamGuard(policy.text_guards(messages), report, clock, policy.settings.hold_timeout)


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
        messages and deltas, legacy completions' C{text}, the Responses
        API's output texts; not embeddings).
    @ivar answer_guard: how the output guard reads a whole answer.
    @ivar stream_guard: how the output guard reads a stream.
    @ivar usage_option: whether a stream reports its usage only when asked
        (C{stream_options.include_usage}, chat and legacy completions): a
        stream spending a token budget then asks for it.  The Responses
        API always reports it (in C{response.completed}) and has no such
        option.
    @ivar spends_tokens: whether the exchange's tokens are spent from its
        key's budget (not for reading a stored response: its tokens were
        spent when it was made).
    @ivar owned: the kind of stored object a create answer may make, whose
        id is remembered as the client key's (L{koreshield.http.ownership}).
    """

    endpoint: str
    parse: Callable[[bytes], RelayedRequest]
    upstream_request: UpstreamRequestBuilder
    stream_transform: StreamTransformBuilder
    guarded: bool
    answer_guard: AnswerGuard = _chat_answer_guard
    stream_guard: StreamGuardBuilder = _chat_stream_guard
    usage_option: bool = True
    spends_tokens: bool = True
    owned: OwnedKind | None = None


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


def responses_stream(provider: Provider, request: Any, model: str, request_id: str) -> EventTransform | None:
    """A Responses stream is relayed as it is, but it ends without C{[DONE]}: L{ResponsesStreamCheck} tells its end."""
    return ResponsesStreamCheck()


CHAT = RelayedAPI(
    "chat_completions",
    parse_chat_request,
    _chat_request,
    _chat_stream_transform,
    guarded=True,
    owned=STORED_COMPLETION,
)
EMBEDDINGS = RelayedAPI(
    "embeddings", parse_embeddings_request, _openai_request("/embeddings"), _untranslated, guarded=False
)
COMPLETIONS = RelayedAPI(
    "completions", parse_completions_request, _openai_request("/completions"), _untranslated, guarded=True
)
MODERATIONS = RelayedAPI(
    "moderations",
    parse_moderations_request,
    _openai_request("/moderations"),
    _untranslated,
    guarded=False,
    spends_tokens=False,
)
"""Scanned (the input reaches the provider); the answer is scores, no text to guard."""
IMAGE_GENERATIONS = RelayedAPI(
    "images_generations",
    parse_image_generation_request,
    _openai_request("/images/generations"),
    _untranslated,
    guarded=True,
    answer_guard=_image_answer_guard,
    spends_tokens=False,
)
"""
Scanned; the answer is images and, for each, a C{revised_prompt}: the
model's rewrite of the scanned prompt, text a model wrote that reaches the
app, which the output guard reads.  (A streamed generation is refused, so
there is no stream to guard.)
"""
RESPONSES = RelayedAPI(
    "responses",
    parse_responses_request,
    _openai_request("/responses"),
    responses_stream,
    guarded=True,
    answer_guard=responses_answer_guard,
    stream_guard=responses_stream_guard,
    usage_option=False,
    owned=STORED_RESPONSE,
)
