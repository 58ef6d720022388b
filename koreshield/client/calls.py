"""
What each client method sends, and how its answer becomes a result.

test-case-name: tests.test_client_calls

A L{Call} is transport-free: the blocking, asyncio and Twisted clients all
build the same calls and read answers with the same L{outcome}, so the
three cannot drift apart in what they send or accept.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from koreshield.client.errors import APIError, error_from_answer
from koreshield.client.http11 import encode_request
from koreshield.client.results import ScanResult, UnexpectedAnswer, results_from_batch
from koreshield.client.settings import ClientSettings
from koreshield.parse import encode_json

MAX_BATCH_ITEMS = 100
"""The proxy's limit per C{/v1/scan/batch} request; longer batches are split."""

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
BatchItem = str | Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class Call(Generic[T_co]):
    """
    One request: a path, a JSON document, and how a success is read.

    @ivar read: turns the decoded JSON of a 2xx answer into the result;
        raises L{UnexpectedAnswer} when it cannot.
    """

    path: str
    document: Mapping[str, Any]
    read: Callable[[Any], T_co]

    def body(self) -> bytes:
        """UTF-8 JSON; a text holding a lone surrogate is sent as its escape (L{encode_json}), never raised."""
        return encode_json(self.document)

    def request_bytes(self, settings: ClientSettings) -> bytes:
        """The whole HTTP/1.1 request, for the clients that frame their own."""
        return encode_request("POST", settings.target(self.path), settings.authority, settings.headers(), self.body())


def scan_call(content: str, sensitivity: str | None = None, role: str | None = None) -> Call[ScanResult]:
    """C{POST /v1/scan} for one text."""
    return Call("/v1/scan", _text_item(content, sensitivity, role), ScanResult.from_json)


def messages_call(messages: Sequence[Mapping[str, Any]], sensitivity: str | None = None) -> Call[ScanResult]:
    """C{POST /v1/scan} for a whole conversation, in chat-completions message form."""
    document: dict[str, Any] = {"messages": [dict(message) for message in messages]}
    if sensitivity is not None:
        document["sensitivity"] = sensitivity
    return Call("/v1/scan", document, ScanResult.from_json)


def batch_calls(
    items: Iterable[BatchItem], sensitivity: str | None = None, role: str | None = None
) -> list[Call[list[ScanResult]]]:
    """
    C{POST /v1/scan/batch} requests for C{items}, at most L{MAX_BATCH_ITEMS}
    each; their results, concatenated, are in the order of C{items}.

    An item is a text, or a mapping in C{/v1/scan}'s request form
    (C{{"content", "sensitivity", "role"}} or C{{"messages"}}); C{sensitivity}
    and C{role} apply to the items that do not say their own.
    """
    documents = [_batch_item(item, sensitivity, role) for item in items]
    return [
        Call("/v1/scan/batch", {"items": documents[start : start + MAX_BATCH_ITEMS]}, results_from_batch)
        for start in range(0, len(documents), MAX_BATCH_ITEMS)
    ]


def outcome(call: Call[T], status: int, headers: Mapping[str, str], body: bytes) -> T:
    """
    The result of C{call} from its answer.

    @param headers: response headers, names in lower case.
    @raise APIError: (or a subclass) for anything but a readable success.
    """
    if not 200 <= status < 300:
        raise error_from_answer(status, headers, body)
    try:
        return call.read(json.loads(body))
    except (UnexpectedAnswer, ValueError) as error:
        raise APIError(
            status,
            f"the proxy's answer to {call.path} is not what it documents: {error}",
            code="unexpected_answer",
            request_id=headers.get("x-request-id"),
        ) from None


def _text_item(content: str, sensitivity: str | None, role: str | None) -> dict[str, Any]:
    if not isinstance(content, str):
        raise TypeError(f"content must be a str, not {type(content).__name__}")
    document: dict[str, Any] = {"content": content}
    if sensitivity is not None:
        document["sensitivity"] = sensitivity
    if role is not None:
        document["role"] = role
    return document


def _batch_item(item: BatchItem, sensitivity: str | None, role: str | None) -> dict[str, Any]:
    if isinstance(item, str):
        return _text_item(item, sensitivity, role)
    if not isinstance(item, Mapping):
        raise TypeError(f"a batch item is a str or a mapping, not {type(item).__name__}")
    document = dict(item)
    if sensitivity is not None:
        document.setdefault("sensitivity", sensitivity)
    if role is not None and "messages" not in document:
        document.setdefault("role", role)
    return document
