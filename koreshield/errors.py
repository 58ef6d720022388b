"""
Errors as values with one shape: the OpenAI error body.

test-case-name: tests.test_bad_input

Every error KoreShield answers, whatever path produced it, is an L{APIError}
rendered by L{APIError.body}, so OpenAI SDKs raise their usual exception
classes (C{BadRequestError} for 400, C{PermissionDeniedError} for 403, ...).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

_TYPE_FOR_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    408: "timeout_error",
    411: "invalid_request_error",
    413: "invalid_request_error",
    414: "invalid_request_error",
    415: "invalid_request_error",
    429: "rate_limit_error",
    431: "invalid_request_error",
    502: "upstream_error",
    503: "service_unavailable_error",
    504: "timeout_error",
}


@dataclasses.dataclass(frozen=True)
class APIError(Exception):
    """
    An error answer: HTTP status, the OpenAI error fields, and any extra
    response headers (C{Allow}, C{Retry-After}) or top-level body keys.
    """

    status: int
    message: str
    code: str
    param: str | None = None
    type: str | None = None
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"

    @property
    def error_type(self) -> str:
        """The OpenAI C{type} field, derived from the status unless given."""
        if self.type is not None:
            return self.type
        return _TYPE_FOR_STATUS.get(self.status, "server_error" if self.status >= 500 else "invalid_request_error")

    def body(self) -> bytes:
        """The JSON body: C{{"error": {"message", "type", "code", "param"}}}."""
        document: dict[str, Any] = {
            "error": {
                "message": self.message,
                "type": self.error_type,
                "code": self.code,
                "param": self.param,
            }
        }
        document.update(self.extra)
        return json.dumps(document, separators=(",", ":")).encode("utf-8")


def bad_request(message: str, param: str | None = None, code: str = "invalid_request") -> APIError:
    return APIError(400, message, code, param)


def not_found(path: str) -> APIError:
    return APIError(404, f"Unknown path: {path}", "not_found")


def method_not_allowed(method: str, allowed: tuple[str, ...]) -> APIError:
    return APIError(
        405,
        f"Method {method} is not allowed here; use {' or '.join(allowed)}.",
        "method_not_allowed",
        headers={"Allow": ", ".join(allowed)},
    )


def body_too_large(limit: int) -> APIError:
    return APIError(413, f"Request body is larger than the limit of {limit} bytes.", "request_too_large")


def stream_error_event(message: str) -> bytes:
    """
    The SSE event that ends a stream the provider broke: an error object in
    OpenAI's shape, followed by the usual terminator.
    """
    error = {"error": {"message": message, "type": "stream_error", "code": "STREAM_ERROR"}}
    return b"data: " + json.dumps(error, separators=(",", ":")).encode("utf-8") + b"\n\ndata: [DONE]\n\n"


_OUTPUT_CATEGORY_NAMES = {
    "secret": "a secret",
    "pii": "personal data",
    "canary": "a canary string",
    "system_prompt_leak": "part of the system prompt",
}
UNDECIDED_OUTPUT = frozenset({"holdback_limit", "hold_timeout"})
"""Finding types of a block made because a possible finding could not be decided."""


def output_blocked_error(category: str, finding: str) -> dict[str, Any]:
    """
    The error object of an answer the output guard stopped: in the last
    event of a stream (the OpenAI SDKs raise an C{APIError} from it), or
    beside a cut non-streamed answer.  It names the kind of finding, never
    the text found.
    """
    what = _OUTPUT_CATEGORY_NAMES.get(category, category)
    if finding in UNDECIDED_OUTPUT:
        message = f"KoreShield stopped the answer: it could not rule out {what} in it in time ({finding})."
    else:
        message = f"KoreShield stopped the answer: {what} ({finding}) was detected in it."
    return {
        "message": message,
        "type": "output_blocked",
        "code": "output_blocked",
        "param": None,
        "finding": {"category": category, "type": finding},
    }
