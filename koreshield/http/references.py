"""
What a create request may name of the account's stored objects, when
client keys are configured.

test-case-name: tests.test_stored_references

A create request can bring a stored object of KoreShield's one provider
account into the model's context: C{previous_response_id} has the provider
read that response's whole conversation into the new answer, C{conversation}
a conversation's items, an C{item_reference} input item one stored item, a
C{file_id} a file.  With several tenants behind one account, each of these
would read another tenant's data.  So, with client keys configured:

  - C{previous_response_id} is admitted when the caller's key made that
    response (L{koreshield.http.ownership}); any other id is answered what
    OpenAI answers for a response it does not know (400
    C{previous_response_not_found}, L{previous_response_not_found}),
    without reaching the provider;
  - so is C{prompt_cache_options.comparison_response_id} (the response a
    prompt cache diagnosis compares with), any other id being refused
    (400 C{stored_reference_not_allowed});
  - an object whose creation KoreShield does not relay (conversations,
    items by reference, a reasoning item or a generated image by id alone
    (the provider reads the stored one), files, vector stores, containers, stored
    prompts, a chat answer's audio) has no owner KoreShield could know, and is
    refused (400 C{stored_reference_not_allowed}, naming the parameter);
    stored prompts are relayed when the operator allows them
    (C{auth.allow_stored_prompts}: they are usually its own templates).

Without client keys (one tenant) nothing is read or refused here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, Protocol, cast

from twisted.web.server import NOT_DONE_YET

from koreshield.errors import APIError
from koreshield.gateway import Gateway
from koreshield.http.chat import RelayExchange
from koreshield.http.ownership import STORED_RESPONSE, Ownership
from koreshield.http.relayed import RelayedAPI
from koreshield.http.respond import Endpoint, write_error
from koreshield.http.stored_responses import STORED_ID
from koreshield.parse import JSONObject, RelayedRequest, parse_json_object

PREVIOUS_RESPONSE = "previous_response_id"
COMPARED_RESPONSE = "prompt_cache_options.comparison_response_id"
"""
A response the provider compares the new request with, to tell how much of
its prompt cache would be reused: another key's would answer whether a
prompt begins as that response's conversation did.
"""
_AN_ID = re.compile(STORED_ID.decode("ascii"))
"""What a stored response's id may be (as in its paths): anything else is no id to look up."""


@dataclasses.dataclass(frozen=True)
class Unowned:
    """A stored object a request names whose owner KoreShield cannot know: where, and what it is."""

    param: str
    what: str


def previous_response_not_found(response_id: str) -> APIError:
    """What OpenAI answers a C{previous_response_id} it does not know."""
    return APIError(
        400,
        f"Previous response with id '{response_id}' not found.",
        "previous_response_not_found",
        PREVIOUS_RESPONSE,
    )


def compared_response_refused(response_id: str) -> APIError:
    """The 400 for a C{comparison_response_id} the caller's key did not make (or no id at all)."""
    return APIError(
        400,
        f"'{COMPARED_RESPONSE}' names '{response_id}', which is no response this client key made.",
        "stored_reference_not_allowed",
        COMPARED_RESPONSE,
    )


def _compared_response(body: JSONObject) -> Any:
    options = body.get("prompt_cache_options")
    return options.get("comparison_response_id") if isinstance(options, dict) else None


def reference_refused(unowned: Unowned) -> APIError:
    """The 400 for a stored object KoreShield cannot tell the owner of."""
    return APIError(
        400,
        f"'{unowned.param}' names {unowned.what} of the provider account; KoreShield cannot tell which client key"
        " made it, so it is not accepted when client keys are configured. Send its content in the request instead.",
        "stored_reference_not_allowed",
        unowned.param,
    )


def _file_parts(content: Any, where: str) -> Iterator[Unowned]:
    """Content parts naming an uploaded file (Responses' C{input_file}/C{input_image}, chat's C{file})."""
    if not isinstance(content, list):
        return
    for index, part in enumerate(content):
        if not isinstance(part, dict):
            continue
        inner = part.get("file")
        named: dict[str, Any] = inner if part.get("type") == "file" and isinstance(inner, dict) else part
        if named.get("file_id") is not None:
            yield Unowned(f"{where}[{index}]", "an uploaded file")


_STORED_IN_TOOLS = frozenset({"file_id", "file_ids", "vector_store_ids"})
"""What a built-in tool's settings name stored files and vector stores by, at any depth."""
_OWN_SCHEMA_TOOLS = frozenset({"function", "custom"})
"""Tools whose settings are the app's own schema (a parameter may well be called C{file_id}): not read."""


def _stored_in_settings(value: Any, where: str) -> Iterator[Unowned]:
    """Every C{file_id}, C{file_ids} or C{vector_store_ids} with a value, anywhere in a built-in tool's settings."""
    if isinstance(value, dict):
        for name, inner in value.items():
            if name in _STORED_IN_TOOLS and inner:
                yield Unowned(f"{where}.{name}", "an uploaded file or vector store")
            else:
                yield from _stored_in_settings(inner, f"{where}.{name}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _stored_in_settings(inner, f"{where}[{index}]")


_BY_ID_ALONE = {"reasoning": "encrypted_content", "image_generation_call": "result"}
"""
Input items the provider reads a stored one of when given by C{id} without
their content (which field): a reasoning item's reasoning, an earlier
generated image (how a multi-turn image edit names it).
"""


def responses_unowned(body: JSONObject, stored_prompts: bool = False) -> Iterator[Unowned]:
    """
    Every stored object a Responses create body names that has no owner
    KoreShield knows; a stored prompt only when C{stored_prompts} are not
    allowed.
    """
    if body.get("conversation") is not None:
        yield Unowned("conversation", "a conversation")
    if not stored_prompts and isinstance(body.get("prompt"), dict) and body["prompt"].get("id") is not None:
        yield Unowned("prompt.id", "a stored prompt")
    given = body.get("input")
    for index, item in enumerate(given if isinstance(given, list) else ()):
        if not isinstance(item, dict):
            continue
        kind = item.get("type")
        if kind == "item_reference" or (kind is None and item.get("role") is None and item.get("id") is not None):
            yield Unowned(f"input[{index}]", "a stored item")  # an item reference's type is optional
        content_field = _BY_ID_ALONE.get(kind) if isinstance(kind, str) else None
        if content_field is not None and item.get("id") is not None and not item.get(content_field):
            yield Unowned(f"input[{index}]", f"a stored {item['type']} item (one without its {content_field})")
        yield from _file_parts(item.get("content"), f"input[{index}].content")
        output = item.get("output")
        yield from _file_parts(output, f"input[{index}].output")
        if isinstance(output, dict) and output.get("file_id") is not None:  # a computer call's screenshot
            yield Unowned(f"input[{index}].output", "an uploaded file")
        yield from _tools_unowned(item.get("tools"), f"input[{index}].tools")
    yield from _tools_unowned(body.get("tools"), "tools")


def _tools_unowned(tools: Any, where: str) -> Iterator[Unowned]:
    """
    What a list of tools names of the account: a body's C{tools}, and the
    same list in an input item (the tools a C{tool_search_output} loaded,
    an C{additional_tools} item's), which the provider reads alike.
    """
    for index, tool in enumerate(tools if isinstance(tools, list) else ()):
        if not isinstance(tool, dict):
            continue
        if tool.get("type") not in _OWN_SCHEMA_TOOLS:
            yield from _stored_in_settings(tool, f"{where}[{index}]")
        if isinstance(tool.get("container"), str):
            yield Unowned(f"{where}[{index}].container", "a container")


def chat_unowned(body: JSONObject) -> Iterator[Unowned]:
    """Every stored object a chat create body names that has no owner KoreShield knows."""
    messages = body.get("messages")
    for index, message in enumerate(messages if isinstance(messages, list) else ()):
        if not isinstance(message, dict):
            continue
        yield from _file_parts(message.get("content"), f"messages[{index}].content")
        if isinstance(message.get("audio"), dict):
            yield Unowned(f"messages[{index}].audio", "a stored audio answer")


class ReferenceCheck:
    """
    Admits a create request to C{proceed} unless it names a stored object
    its key may not reach; answers the refusal otherwise.
    """

    def __init__(
        self, gateway: Gateway, unowned: Callable[[JSONObject], Iterator[Unowned]], chains: bool = False
    ) -> None:
        """
        @param unowned: finds what a body names that has no owner to know.
        @param chains: whether the body may name a C{previous_response_id}
            (the Responses API).
        """
        self._gateway = gateway
        self._unowned = unowned
        self._chains = chains

    def admit(self, request: Any, proceed: Callable[[JSONObject | None], object]) -> object:
        """
        C{proceed(body)} with the body decoded here (so the exchange does not
        decode it again), or C{proceed(None)} when nothing is checked (no
        client keys) or the body is no JSON object (the exchange answers its
        400); the refusal otherwise.
        """
        owners = self._gateway.owners
        if owners is None or request.client_key is None:
            return proceed(None)
        try:
            body = parse_json_object(request.content.getvalue())
        except APIError:
            return proceed(None)
        unowned = next(self._unowned(body), None)
        if unowned is not None:
            return write_error(request, reference_refused(unowned))
        if not self._chains:
            return proceed(body)
        named: list[tuple[str, APIError]] = []
        previous = body.get(PREVIOUS_RESPONSE)
        if isinstance(previous, str):
            named.append((previous, previous_response_not_found(previous)))
        compared = _compared_response(body)
        if compared is not None:
            named.append((str(compared), compared_response_refused(str(compared))))
        for response_id, refusal in named:
            if not _AN_ID.fullmatch(response_id):  # ASCII letters, digits, _ and - only
                return write_error(request, refusal)  # no id anyone could have made
        return _admit_each(owners, request, named, partial(proceed, body))


def _admit_each(
    owners: Ownership, request: Any, named: list[tuple[str, APIError]], proceed: Callable[[], object]
) -> object:
    """C{proceed()} once the caller's key is known to have made every response named, one after the other."""
    if not named:
        return proceed()
    (response_id, refusal), rest = named[0], named[1:]
    then = partial(_admit_each, owners, request, rest, proceed)
    return owners.admit(request, STORED_RESPONSE, response_id, then, refusal)


class ParsesDecoded(Protocol):
    """A body's validation that can be handed the body decoded already (chat's, the Responses API's)."""

    def __call__(self, raw: bytes, decoded: JSONObject | None = None) -> RelayedRequest: ...


class CheckedCreateEndpoint(Endpoint):
    """
    C{POST} to a relayed endpoint whose body may name stored objects (chat
    completions, the Responses API): the L{ReferenceCheck}, then the exchange,
    which reads the body the check decoded (the API's C{parse} is a
    L{ParsesDecoded}).
    """

    allowed_methods = ("POST",)

    def __init__(
        self,
        gateway: Gateway,
        api: RelayedAPI,
        unowned: Callable[[JSONObject], Iterator[Unowned]],
        chains: bool = False,
    ) -> None:
        super().__init__()
        self._gateway = gateway
        self._api = api
        self._check = ReferenceCheck(gateway, unowned, chains)

    @property
    def endpoint(self) -> str:
        """Its API's: what its answers are counted and logged under."""
        return self._api.endpoint

    def render_POST(self, request: Any) -> object:
        return self._check.admit(request, partial(self._start, request))

    def _start(self, request: Any, decoded: JSONObject | None) -> object:
        api = self._api
        if decoded is not None:
            parse = cast(ParsesDecoded, api.parse)
            api = dataclasses.replace(api, parse=partial(parse, decoded=decoded))
        RelayExchange(request, self._gateway, api).start()
        return NOT_DONE_YET
