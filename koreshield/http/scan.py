"""
C{POST /v1/scan} and C{POST /v1/scan/batch}: the proxy's scanner as an API.

test-case-name: tests.test_scan_api

The same scanner and policy as the chat path, so an app that scans first and
sends later gets the same verdict the proxy would have acted on.  Request:
C{{"content": "...", "sensitivity"?, "role"?}} or C{{"messages": [...]}};
answer: the verdict (C{threat_detected}, C{threat_type}, C{confidence},
C{findings}, C{scan_ms}, C{cached}).  A batch holds up to 100 such items.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from twisted.internet.defer import Deferred
from twisted.python.failure import Failure
from twisted.web.server import NOT_DONE_YET

from koreshield.errors import APIError, bad_request
from koreshield.http.respond import Endpoint, write_error, write_json
from koreshield.parse import check_message, encode_json, parse_json_object
from koreshield.scan import Scanner, ScanVerdict
from koreshield.screen import ScanRunner

MAX_BATCH_ITEMS = 100
SENSITIVITIES = ("low", "medium", "high")
ROLES = ("user", "system", "developer", "assistant", "tool", "document")


@dataclasses.dataclass(frozen=True)
class ScanItem:
    """One thing to scan: a text with a role, or whole messages."""

    sensitivity: str | None
    content: str | None = None
    role: str = "user"
    messages: list[Any] | None = None

    @property
    def size(self) -> int:
        if self.content is not None:
            return len(self.content)
        return sum(len(encode_json(m)) for m in self.messages or ())


def parse_scan_item(document: Any, where: str = "") -> ScanItem:
    """
    Validate one scan request.

    @raise APIError: 400 naming the parameter at fault.
    """
    prefix = f"{where}." if where else ""
    if not isinstance(document, dict):
        raise bad_request(f"'{where or 'body'}' must be a JSON object.", where or None)
    sensitivity = document.get("sensitivity")
    if sensitivity is not None and sensitivity not in SENSITIVITIES:
        raise bad_request(f"'{prefix}sensitivity' must be one of {', '.join(SENSITIVITIES)}.", prefix + "sensitivity")
    role = document.get("role", "user")
    if role not in ROLES:
        raise bad_request(f"'{prefix}role' must be one of {', '.join(ROLES)}.", prefix + "role")
    if "messages" in document:
        if "content" in document:  # one of them would go unscanned while the answer says "clean"
            raise bad_request(f"Give '{prefix}content' or '{prefix}messages', not both.", prefix + "content")
        messages = document["messages"]
        if not isinstance(messages, list):
            raise bad_request(f"'{prefix}messages' must be a list of message objects.", prefix + "messages")
        for index, message in enumerate(messages):
            check_message(index, message, prefix)
        return ScanItem(sensitivity=sensitivity, messages=messages)
    content = document.get("content")
    if not isinstance(content, str):
        raise bad_request(f"'{prefix}content' must be a string.", prefix + "content")
    return ScanItem(sensitivity=sensitivity, content=content, role=role)


def _keys(scanner: Scanner, item: ScanItem) -> list[str]:
    """The verdict cache keys of an item's parts, as the scanner will look them up."""
    if item.messages is not None:
        return scanner.message_keys(item.messages, item.sensitivity)
    return scanner.message_keys([{"role": item.role, "content": item.content or ""}], item.sensitivity)


def _scan(scanner: Scanner, item: ScanItem) -> ScanVerdict:
    if item.messages is not None:
        return scanner.scan_messages(item.messages, item.sensitivity)
    return scanner.scan_text(item.content or "", item.role, item.sensitivity)


class _ScanEndpoint(Endpoint):
    allowed_methods = ("POST",)

    def __init__(self, runner: ScanRunner) -> None:
        super().__init__()
        self._runner = runner

    def _answer(self, request: Any, scanning: Deferred[Any]) -> object:
        def failed(failure: Failure) -> None:
            if isinstance(failure.value, APIError):
                write_error(request, failure.value)
            else:
                request.processingFailed(failure)

        scanning.addCallback(lambda document: write_json(request, 200, encode_json(document)))
        scanning.addErrback(failed)
        return NOT_DONE_YET


class ScanResource(_ScanEndpoint):
    """C{POST /v1/scan}."""

    endpoint = "scan"

    def render_POST(self, request: Any) -> object:
        try:
            item = parse_scan_item(parse_json_object(request.content.read()))
        except APIError as error:
            return write_error(request, error)
        scanner = self._runner.scanner
        keys = _keys(scanner, item) if self._runner.shares_verdicts else []
        scanning = self._runner.run_shared(keys, item.size, _scan, scanner, item)
        return self._answer(request, scanning.addCallback(ScanVerdict.to_json))


class ScanBatchResource(_ScanEndpoint):
    """C{POST /v1/scan/batch}: C{{"items": [...]}} -> C{{"results": [...]}}, in order."""

    endpoint = "scan_batch"

    def render_POST(self, request: Any) -> object:
        try:
            document = parse_json_object(request.content.read())
            items = document.get("items")
            if not isinstance(items, list) or not items:
                raise bad_request("'items' must be a non-empty list of scan requests.", "items")
            if len(items) > MAX_BATCH_ITEMS:
                raise bad_request(f"'items' may hold at most {MAX_BATCH_ITEMS} scan requests.", "items")
            parsed = [parse_scan_item(item, f"items[{i}]") for i, item in enumerate(items)]
        except APIError as error:
            return write_error(request, error)
        scanner = self._runner.scanner

        def scan_all() -> dict[str, Any]:
            return {"results": [_scan(scanner, item).to_json() for item in parsed]}

        keys = [key for item in parsed for key in _keys(scanner, item)] if self._runner.shares_verdicts else []
        return self._answer(request, self._runner.run_shared(keys, sum(item.size for item in parsed), scan_all))
