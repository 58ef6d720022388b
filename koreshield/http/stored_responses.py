"""
The Responses API's stored responses: C{GET}/C{DELETE /v1/responses/{id}}
(C{client.responses.retrieve}, also with C{?stream=true}, and
C{.delete}), C{POST /v1/responses/{id}/cancel} and
C{GET /v1/responses/{id}/input_items}.

test-case-name: tests.test_responses_stored

They carry no text of the client's, so nothing is screened; they are
relayed, with the provider's key, to the default provider (a response id
names no model to route by, and the provider that stores responses is the
default one in every configuration we know of), through the same exchange
as every relayed endpoint: errors reshaped, failures answered alike.

A retrieved response (and the one a cancel answers with) is a model's
output reaching the client: the output guard reads it as it reads a
non-streamed answer, and a replayed stream as a stream.  The system prompt
a leak is looked for is the stored response's own C{instructions} (the
request that made it is not here to read); a replayed stream has no such
prompt.  Deleting answers no text; input items are what the client sent,
and are not guarded.  Reading spends no token budget.

With client keys configured, a key reaches only the responses it made
(L{koreshield.http.ownership}): any other id is the provider's 404.
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import partial
from typing import Any, Self

from twisted.internet.interfaces import IReactorTime
from twisted.web.server import NOT_DONE_YET

from koreshield.errors import method_not_allowed, not_found
from koreshield.gateway import Gateway
from koreshield.guard import OutputPolicy
from koreshield.guard.cutting import Report
from koreshield.guard.responses import ResponsesStreamGuard, guard_response
from koreshield.http.chat import RelayExchange
from koreshield.http.ownership import STORED_RESPONSE
from koreshield.http.relayed import RelayedAPI, StreamGuardBuilder, responses_stream, responses_stream_guard
from koreshield.http.respond import Endpoint, write_error
from koreshield.http.site import OTHER_ENDPOINT
from koreshield.parse import JSONObject
from koreshield.providers.base import Provider, UpstreamRequest
from koreshield.routing import RouteTarget

STORED_RESPONSE_PREFIX = b"/v1/responses/"

STORED_ID = rb"[A-Za-z0-9_-]{1,256}"
"""A stored object's id in a path (responses and chat completions): letters, digits, C{_} and C{-}."""
_PATHS = (
    (re.compile(rb"/v1/responses/(" + STORED_ID + rb")"), "", ("GET", "DELETE")),
    (re.compile(rb"/v1/responses/(" + STORED_ID + rb")/cancel"), "/cancel", ("POST",)),
    (re.compile(rb"/v1/responses/(" + STORED_ID + rb")/input_items"), "/input_items", ("GET",)),
)
"""
The paths served, with what follows the id and their methods.  An id is
letters, digits, C{_} and C{-} (OpenAI's C{resp_...}): nothing that could
step out of C{/responses/} on the provider (no C{/}, C{.} or C{%}).
"""

_NOT_AN_ID = frozenset({b"input_tokens", b"compact"})
"""
The Responses API's other paths under C{/v1/responses/} (C{client.responses.input_tokens.count},
C{.compact}): they carry input, are not relayed, and are 404 rather than an id's 405.
"""


@dataclasses.dataclass(frozen=True)
class StoredResponseRequest:
    """
    A request about a stored response, shaped as the exchange wants a
    relayed request: no model, no messages, no body.
    """

    method: str
    path: str
    query: bytes
    stream: bool

    raw: bytes = b""
    model: str = ""
    user: str | None = None

    @property
    def body(self) -> JSONObject:
        return {}

    @property
    def messages(self) -> list[JSONObject]:
        return []

    def with_messages(self, messages: list[JSONObject]) -> Self:
        return self

    def with_body(self, body: JSONObject) -> Self:
        return self


def _not_parsed(raw: bytes) -> Any:
    raise NotImplementedError("a stored-response request has no body to parse")


def _stored_request(provider: Provider, request: Any, model: str, request_id: str) -> UpstreamRequest:
    return provider.stored_response_request(request.method, request.path, request.query, request.stream, request_id)


def _instructions(body: bytes) -> list[JSONObject]:
    """A stored response's C{instructions}, as the system message a leak of it is looked for."""
    try:
        document = json.loads(body)
    except ValueError:
        return []
    instructions = document.get("instructions") if isinstance(document, dict) else None
    return [{"role": "system", "content": instructions}] if isinstance(instructions, str) else []


def _stored_answer_guard(policy: OutputPolicy, body: bytes, request: Any, report: Report) -> bytes:
    return guard_response(body, policy.text_guards(_instructions(body)), report)


def _resumed_stream_guard(policy: OutputPolicy, messages: Any, report: Report, clock: IReactorTime) -> Any:
    return ResponsesStreamGuard(policy.text_guards(messages), report, clock, policy.settings.hold_timeout, resumed=True)


def _stored_api(endpoint: str, guarded: bool, stream_guard: StreamGuardBuilder = responses_stream_guard) -> RelayedAPI:
    return RelayedAPI(
        endpoint,
        _not_parsed,
        _stored_request,
        responses_stream,
        guarded=guarded,
        answer_guard=_stored_answer_guard,
        stream_guard=stream_guard,
        usage_option=False,
        spends_tokens=False,
    )


_RESPONSE = _stored_api("responses_retrieve", guarded=True)
_RESUMED = _stored_api("responses_retrieve", guarded=True, stream_guard=_resumed_stream_guard)
"""A replayed stream from C{starting_after}: its texts' first deltas went to the client before."""
_APIS = {
    ("GET", ""): _RESPONSE,
    ("DELETE", ""): _stored_api("responses_delete", guarded=False),
    ("POST", "/cancel"): _stored_api("responses_cancel", guarded=True),
    ("GET", "/input_items"): _stored_api("responses_input_items", guarded=False),
}


def _asks_for_a_stream(query: bytes) -> bool:
    return any(part.lower() in (b"stream=true", b"stream=1") for part in query.split(b"&"))


class StoredResponsesResource(Endpoint):
    """Every path under C{/v1/responses/}: one stored response, its cancel, its input items."""

    allowed_methods = ("GET", "POST", "DELETE")
    endpoint = OTHER_ENDPOINT
    """
    What a request under its prefix is counted under when refused before it
    (a wrong key): the path alone does not say which endpoint; the answers it
    gives itself name theirs (C{responses_retrieve}, ...).
    """

    def __init__(self, gateway: Gateway) -> None:
        super().__init__()
        self._gateway = gateway

    def render(self, request: Any) -> Any:
        path = request.path.rstrip(b"/")
        for pattern, suffix, methods in _PATHS:
            match = pattern.fullmatch(path)
            if match is None or match.group(1) in _NOT_AN_ID:
                continue
            method = request.method.decode("ascii", "replace")
            if method == "HEAD" and "GET" in methods:
                method = "GET"
            if method not in methods:
                # counted under the path's own endpoint (its first method's), never under other
                request.endpoint = _APIS[methods[0], suffix].endpoint
                return write_error(request, method_not_allowed(method, methods))
            object_id = match.group(1).decode("ascii")
            api = _APIS[method, suffix]
            request.endpoint = api.endpoint  # a refusal before the exchange is counted as this endpoint's
            relay = partial(self._relay, request, method, api, f"/responses/{object_id}{suffix}")
            if self._gateway.owners is None:
                return relay()
            return self._gateway.owners.admit(request, STORED_RESPONSE, object_id, relay)
        return write_error(request, not_found(request.path.decode("utf-8", "replace")))

    def _relay(self, request: Any, method: str, api: RelayedAPI, path: str) -> object:
        query = request.uri.partition(b"?")[2]
        stream = api is _RESPONSE and _asks_for_a_stream(query)
        if stream and any(part.startswith(b"starting_after=") for part in query.split(b"&")):
            api = _RESUMED
        stored = StoredResponseRequest(method, path, query, stream)
        target = RouteTarget(self._gateway.settings.default_provider, "")
        RelayExchange(request, self._gateway, api).start_unscreened(stored, (target,))
        return NOT_DONE_YET
