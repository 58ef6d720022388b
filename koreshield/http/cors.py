"""
CORS: what lets a browser app on another origin call the proxy and read
its answers.

test-case-name: tests.test_cors

A browser asks first (a preflight: C{OPTIONS} with C{Origin} and
C{Access-Control-Request-Method}, and never a client key), then sends the
request and lets the app read the answer only if the answer names its
origin.  Preflights are answered before the access control, as they must
be; the request itself is checked as any other.  No credentials mode:
the SDKs send their key in C{Authorization}, not in cookies, so
C{Access-Control-Allow-Credentials} is never sent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from twisted.web.server import NOT_DONE_YET

from koreshield.config import CorsSettings
from koreshield.errors import APIError
from koreshield.http.respond import write_error
from koreshield.http.upstream_answer import RELAYED_RESPONSE_HEADERS

EXPOSED_HEADERS = b", ".join((b"x-request-id", b"x-koreshield-warning", *RELAYED_RESPONSE_HEADERS))
"""The answer headers an app may read: ours and the provider's relayed ones, never a key."""

ORIGIN_NOT_ALLOWED = APIError(403, "This origin is not in KoreShield's cors.allow_origins.", "cors_origin_not_allowed")


class CorsPolicy:
    """The configured origins, and the headers that answer them."""

    def __init__(self, settings: CorsSettings) -> None:
        self._any = "*" in settings.allow_origins
        self._origins = frozenset(origin.rstrip("/").lower().encode("ascii") for origin in settings.allow_origins)
        self._max_age = b"%d" % settings.max_age

    def _allowed(self, origin: bytes) -> bytes | None:
        """The C{Access-Control-Allow-Origin} value for C{origin}; L{None} when it is not allowed."""
        if self._any:
            return b"*"
        return origin if origin.lower() in self._origins else None

    def answer_headers(self, request: Any) -> list[tuple[bytes, bytes]]:
        """The headers letting an allowed origin's app read an answer to C{request} (none for another origin)."""
        origin = request.getHeader(b"origin")
        allowed = self._allowed(origin) if origin is not None else None
        if allowed is None:
            return []
        headers = [(b"Access-Control-Allow-Origin", allowed), (b"Access-Control-Expose-Headers", EXPOSED_HEADERS)]
        if not self._any:
            headers.append((b"Vary", b"Origin"))
        return headers

    def with_answer_headers(self, error: APIError, request: Any) -> APIError:
        """
        C{error} with the headers that let an allowed origin's app read it:
        for an error written as bytes before any response object can carry
        headers (a refused body, a request too slow or too large).
        """
        allowed = self.answer_headers(request)
        if not allowed:
            return error
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in allowed}
        return dataclasses.replace(error, headers={**error.headers, **headers})

    def add_answer_headers(self, request: Any) -> None:
        """Let an allowed origin's app read this answer (a stream too) and its headers."""
        for name, value in self.answer_headers(request):
            request.setHeader(name, value)

    @staticmethod
    def is_preflight(request: Any) -> bool:
        return bool(
            request.method == b"OPTIONS"
            and request.getHeader(b"origin") is not None
            and request.getHeader(b"access-control-request-method") is not None
        )

    def answer_preflight(self, request: Any, methods: tuple[str, ...]) -> object:
        """
        204 with what the browser asked to send (its requested headers are
        echoed: C{*} does not cover C{Authorization}), or 403 for an origin
        not allowed.
        """
        origin = request.getHeader(b"origin")
        if self._allowed(origin) is None:
            return write_error(request, ORIGIN_NOT_ALLOWED)
        request.setResponseCode(204)
        request.setHeader(b"Access-Control-Allow-Methods", ", ".join(methods).encode("ascii"))
        asked = request.getHeader(b"access-control-request-headers")
        if asked:
            request.setHeader(b"Access-Control-Allow-Headers", asked)
        request.setHeader(b"Access-Control-Max-Age", self._max_age)
        request.setHeader(b"Vary", b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
        request.setHeader(b"Content-Length", b"0")
        request.finish()
        return NOT_DONE_YET
