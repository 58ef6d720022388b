"""
Stored chat completions (a completion made with C{store: true}):
C{GET /v1/chat/completions} (C{client.chat.completions.list}),
C{GET}/C{POST}/C{DELETE /v1/chat/completions/{id}} (C{.retrieve},
C{.update}, C{.delete}) and C{GET /v1/chat/completions/{id}/messages}
(C{.messages.list}).

test-case-name: tests.test_completions_stored

As the Responses API's stored responses (L{koreshield.http.stored_responses}),
they are relayed with the provider's key to the default provider (an id
names no model to route by), through the same exchange as every relayed
endpoint, spending no token budget.  A retrieved, updated or listed
completion is a model's output reaching the client: the output guard reads
each as a non-streamed answer (with no system prompt to look for leaks of:
the request that made it is not here).  The listed messages are what the
client sent, and a deletion answers no text: not guarded.

An update is the one request here with text of the client's: its
C{metadata} (keys and values) reaches the provider, so it is screened as a
prompt is (blocked, warned or redacted), and a body with anything but
C{metadata} is refused with a 400 rather than relayed unread.

With client keys configured, a key reaches only the completions it made
(L{koreshield.http.ownership}: any other id is the provider's 404), and
listing, which would show every key's, is refused (L{LISTING_REFUSED}).
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import partial
from typing import Any, Self

from twisted.internet.interfaces import IReactorTime
from twisted.web.server import NOT_DONE_YET

from koreshield.errors import APIError, bad_request, method_not_allowed, not_found
from koreshield.gateway import Gateway
from koreshield.guard import OutputPolicy
from koreshield.guard.cutting import Report
from koreshield.http.chat import RelayExchange
from koreshield.http.ownership import STORED_COMPLETION
from koreshield.http.references import CheckedCreateEndpoint, chat_unowned
from koreshield.http.relayed import CHAT, RelayedAPI
from koreshield.http.respond import Endpoint, write_error
from koreshield.http.site import OTHER_ENDPOINT
from koreshield.http.stored_responses import STORED_ID
from koreshield.parse import JSONObject, encode_json, parse_json_object
from koreshield.providers.base import EventTransform, Provider, UpstreamRequest
from koreshield.routing import RouteTarget

STORED_COMPLETION_PREFIX = b"/v1/chat/completions/"

_ONE = re.compile(rb"/v1/chat/completions/(" + STORED_ID + rb")")
_MESSAGES = re.compile(rb"/v1/chat/completions/(" + STORED_ID + rb")/messages")
"""An id is letters, digits, C{_} and C{-} (OpenAI's C{chatcmpl-...}): nothing that could step out of the path."""


@dataclasses.dataclass(frozen=True)
class StoredCompletionRequest:
    """
    A request about stored chat completions, shaped as the exchange wants a
    relayed request: no model, no stream; the texts of an update's
    C{metadata} as the C{messages} to screen (each key, then its value).
    """

    method: str
    path: str
    query: bytes
    raw: bytes = b""
    body: JSONObject = dataclasses.field(default_factory=dict)
    messages: list[JSONObject] = dataclasses.field(default_factory=list)
    model: str = ""
    stream: bool = False
    user: str | None = None

    def with_messages(self, messages: list[JSONObject]) -> Self:
        """The update with the (redacted) texts of C{messages} written back into its C{metadata}."""
        if not messages:
            return self
        texts = [message["content"] for message in messages]
        metadata = dict(zip(texts[0::2], texts[1::2], strict=True))
        return self.with_body({**self.body, "metadata": metadata})

    def with_body(self, body: JSONObject) -> Self:
        return dataclasses.replace(self, raw=encode_json(body), body=body)


def _parse_update(method: str, path: str, raw: bytes) -> StoredCompletionRequest:
    """
    Validate an update's body: C{{"metadata": {...}}} of strings (or
    C{null}), nothing else.

    @raise APIError: 400 naming the parameter at fault.
    """
    body = parse_json_object(raw)
    for name in body:
        if name != "metadata":
            raise bad_request(f"Unrecognized request argument supplied: {name}", name, "unknown_parameter")
    metadata = body.get("metadata")
    if metadata is None:
        return StoredCompletionRequest(method, path, b"", raw, body)
    if not isinstance(metadata, dict) or not all(isinstance(value, str) for value in metadata.values()):
        raise bad_request("metadata must be an object whose values are strings.", "metadata", "invalid_type")
    messages = [{"role": "user", "content": text} for pair in metadata.items() for text in pair]
    return StoredCompletionRequest(method, path, b"", raw, body, messages)


def _not_parsed(raw: bytes) -> Any:
    raise NotImplementedError("only an update has a body to parse")


def _stored_request(provider: Provider, request: Any, model: str, request_id: str) -> UpstreamRequest:
    body = request.raw if request.method == "POST" else None
    return provider.stored_completion_request(request.method, request.path, request.query, body, request_id)


def _untranslated(provider: Provider, request: Any, model: str, request_id: str) -> EventTransform | None:
    return None


def _completion_guard(policy: OutputPolicy, body: bytes, request: Any, report: Report) -> bytes:
    return policy.guard_answer(body, [], report)


def _listing_guard(policy: OutputPolicy, body: bytes, request: Any, report: Report) -> bytes:
    """Each completion of a listing guarded as one answer (the same bytes when nothing changed)."""
    try:
        listing = json.loads(body)
    except ValueError:
        return body
    data = listing.get("data") if isinstance(listing, dict) else None
    if not isinstance(data, list):
        return body
    changed = False
    for position, item in enumerate(data):
        if not isinstance(item, dict):
            continue
        encoded = encode_json(item)
        guarded = policy.guard_answer(encoded, [], report)
        if guarded is not encoded and guarded != encoded:
            data[position] = json.loads(guarded)
            changed = True
    return encode_json(listing) if changed else body


def _no_stream_guard(policy: OutputPolicy, messages: Any, report: Report, clock: IReactorTime) -> Any:
    raise NotImplementedError("stored chat completions are never streamed")


def _stored_api(endpoint: str, guard: Any = None) -> RelayedAPI:
    return RelayedAPI(
        endpoint,
        _not_parsed,
        _stored_request,
        _untranslated,
        guarded=guard is not None,
        answer_guard=guard or _completion_guard,
        stream_guard=_no_stream_guard,
        usage_option=False,
        spends_tokens=False,
    )


_LIST = _stored_api("chat_completions_list", _listing_guard)
_RETRIEVE = _stored_api("chat_completions_retrieve", _completion_guard)
_UPDATE = _stored_api("chat_completions_update", _completion_guard)
_DELETE = _stored_api("chat_completions_delete")
_MESSAGES_LIST = _stored_api("chat_completions_messages")
_ONE_APIS = {"GET": _RETRIEVE, "POST": _UPDATE, "DELETE": _DELETE}


LISTING_REFUSED = APIError(
    403,
    "Listing stored chat completions is not available when client keys are configured: the provider's list "
    "holds every key's completions. Retrieve yours by the id their create answer gave.",
    "stored_listing_not_allowed",
)
"""
C{GET /v1/chat/completions} with client keys configured.  Filtering the
provider's pages down to the caller's would make C{has_more}, C{last_id}
and page sizes lie (a page could come back empty with more to follow); a
plain refusal is what an app can act on.
"""


def _relay_owned(request: Any, gateway: Gateway, api: RelayedAPI, object_id: str, path: str) -> object:
    """Relay a request naming one stored completion: only its own key's, when client keys are configured."""
    relay = partial(_relay, request, gateway, api, path)
    request.endpoint = api.endpoint  # a refusal before the exchange is counted as this endpoint's
    if gateway.owners is None:
        return relay()
    return gateway.owners.admit(request, STORED_COMPLETION, object_id, relay)


def _relay(request: Any, gateway: Gateway, api: RelayedAPI, path: str) -> object:
    """Relay one request about stored completions to the default provider; an update screened first."""
    method = "GET" if request.method == b"HEAD" else request.method.decode("ascii")
    target = (RouteTarget(gateway.settings.default_provider, ""),)
    if api is _UPDATE:
        update = dataclasses.replace(api, parse=partial(_parse_update, method, path))
        RelayExchange(request, gateway, update).start(target)
    else:
        stored = StoredCompletionRequest(method, path, request.uri.partition(b"?")[2])
        RelayExchange(request, gateway, api).start_unscreened(stored, target)
    return NOT_DONE_YET


class StoredCompletionsResource(Endpoint):
    """Every path under C{/v1/chat/completions/}: one stored completion, its messages."""

    allowed_methods = ("GET", "POST", "DELETE")
    endpoint = OTHER_ENDPOINT
    """
    What a request under its prefix is counted under when refused before it
    (a wrong key): the path alone does not say which endpoint; the answers it
    gives itself name theirs (C{chat_completions_retrieve}, ...).
    """

    def __init__(self, gateway: Gateway) -> None:
        super().__init__()
        self._gateway = gateway

    def render(self, request: Any) -> Any:
        path = request.path.rstrip(b"/")
        method = request.method.decode("ascii", "replace")
        one = _ONE.fullmatch(path)
        if one is not None:
            if method not in (*_ONE_APIS, "HEAD"):
                request.endpoint = _RETRIEVE.endpoint  # the path's own endpoint, never other
                return write_error(request, method_not_allowed(method, tuple(_ONE_APIS)))
            api = _ONE_APIS["GET" if method == "HEAD" else method]
            object_id = one.group(1).decode("ascii")
            return _relay_owned(request, self._gateway, api, object_id, f"/chat/completions/{object_id}")
        messages = _MESSAGES.fullmatch(path)
        if messages is not None:
            if method not in ("GET", "HEAD"):
                request.endpoint = _MESSAGES_LIST.endpoint
                return write_error(request, method_not_allowed(method, ("GET",)))
            object_id = messages.group(1).decode("ascii")
            path_text = f"/chat/completions/{object_id}/messages"
            return _relay_owned(request, self._gateway, _MESSAGES_LIST, object_id, path_text)
        return write_error(request, not_found(request.path.decode("utf-8", "replace")))


class ChatCompletionsResource(Endpoint):
    """C{/v1/chat/completions}: C{POST} makes a completion (chat's own endpoint), C{GET} lists the stored ones."""

    allowed_methods = ("GET", "POST")
    endpoint = CHAT.endpoint
    """A listing's answers name their own (C{chat_completions_list})."""

    def __init__(self, gateway: Gateway) -> None:
        super().__init__()
        self._gateway = gateway
        self._create = CheckedCreateEndpoint(gateway, CHAT, chat_unowned)

    def render_POST(self, request: Any) -> object:
        return self._create.render_POST(request)

    def render_GET(self, request: Any) -> object:
        if request.client_key is not None:
            request.endpoint = _LIST.endpoint
            return write_error(request, LISTING_REFUSED)
        return _relay(request, self._gateway, _LIST, "/chat/completions")
