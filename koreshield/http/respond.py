"""
Writing answers: JSON bodies and errors, one way for every resource.

test-case-name: tests.test_bad_input, tests.test_drain
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from twisted.web.http import RESPONSES
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET

from koreshield.errors import APIError, method_not_allowed

SERVER_NAME = b"KoreShield"
JSON_CONTENT_TYPE = b"application/json"

_REASONS = {429: b"Too Many Requests", 431: b"Request Header Fields Too Large"}
"""Reason phrases twisted.web lacks (it writes C{429 Unknown Status}, which curl and logs show)."""


def reason_phrase(status: int) -> bytes:
    """The status line's reason phrase for C{status}."""
    return _REASONS.get(status) or RESPONSES.get(status, b"Error")


def write_json(
    request: Any,
    status: int,
    body: bytes,
    headers: Iterable[tuple[bytes, bytes]] = (),
    content_type: bytes = JSON_CONTENT_TYPE,
    error_type: str | None = None,
) -> object:
    """
    Answer C{request} with C{body} and finish it.  Does nothing if the
    client has gone.

    An answer no exchange accounts for (one KoreShield gives before an
    exchange begins) is counted and logged here, with C{error_type} (an
    error's code), once: see L{koreshield.http.site.ShieldRequest.account}.

    @return: L{NOT_DONE_YET}, so a C{render} method can return this.
    """
    if request._disconnected or request.finished:
        return NOT_DONE_YET
    if not getattr(request, "accounted", True):
        request.account(status, error_type)
    request.setResponseCode(status, _REASONS.get(status))
    request.setHeader(b"Content-Type", content_type)
    request.setHeader(b"Content-Length", b"%d" % len(body))
    for name, value in headers:
        request.setHeader(name, value)
    request.write(body)
    request.finish()
    return NOT_DONE_YET


def write_error(request: Any, error: APIError) -> object:
    """Answer C{request} with C{error} in the OpenAI shape."""
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in error.headers.items()]
    return write_json(request, error.status, error.body(), headers, error_type=error.code)


def error_response_bytes(error: APIError, request_id: str) -> bytes:
    """
    A whole HTTP/1.1 error response, for the rare answers written before a
    request object can answer (a body refused while it is still arriving).
    The connection is closed after it.
    """
    body = error.body()
    reason = reason_phrase(error.status)
    head = [
        b"HTTP/1.1 %d %s" % (error.status, reason),
        b"Server: " + SERVER_NAME,
        b"Content-Type: " + JSON_CONTENT_TYPE,
        b"Content-Length: %d" % len(body),
        b"X-Request-Id: " + request_id.encode("ascii"),
        b"Connection: close",
    ]
    head.extend(k.encode("latin-1") + b": " + v.encode("latin-1") for k, v in error.headers.items())
    return b"\r\n".join(head) + b"\r\n\r\n" + body


class Endpoint(Resource):
    """
    A resource answering a fixed set of methods; any other gets 405 with
    C{Allow}, in the OpenAI error shape.  C{HEAD} is answered wherever
    C{GET} is.
    """

    isLeaf = True
    allowed_methods: tuple[str, ...] = ()

    def render(self, request: Any) -> Any:
        method = request.method.decode("ascii", "replace")
        allowed = self.allowed_methods + (("HEAD",) if "GET" in self.allowed_methods else ())
        if method not in allowed:
            return write_error(request, method_not_allowed(method, self.allowed_methods))
        return super().render(request)
