"""
What the scan clients raise: one small hierarchy, whatever the transport.

test-case-name: tests.test_client_errors

Every failure is a L{KoreshieldError}.  An answer from the proxy that is not
a success is an L{APIError} carrying the proxy's OpenAI-shaped error fields
(C{{"error": {"message", "type", "code", "param"}}}), narrowed to
L{AuthenticationError} for 401 and L{RateLimitError} for 429 so callers can
catch the two they are expected to handle.  Not reaching the proxy at all
is an L{APIConnectionError}.  The names follow the OpenAI SDK's, which apps
using this client already catch.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from typing import Any


class KoreshieldError(Exception):
    """Base of every exception the scan clients raise."""


class APIError(KoreshieldError):
    """
    The proxy answered, but not with a result.

    @ivar status: the HTTP status (a 2xx whose body was not a result keeps
        its status, with C{code} C{"unexpected_answer"}).
    @ivar code: the error's C{code}, e.g. C{"invalid_request"}, or L{None}.
    @ivar type: the error's C{type}, e.g. C{"invalid_request_error"}, or L{None}.
    @ivar param: the parameter at fault, or L{None}.
    @ivar request_id: the proxy's C{X-Request-Id} for this request, to quote
        when looking for it in the proxy's logs.
    @ivar body: the decoded JSON body, or L{None} when it was not JSON.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        type: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(f"{status} {code or 'error'}: {message}")
        self.status = status
        self.message = message
        self.code = code
        self.type = type
        self.param = param
        self.request_id = request_id
        self.body = body


class AuthenticationError(APIError):
    """401: no client key, or one the proxy does not know."""


class RateLimitError(APIError):
    """
    429: this client key is over its rate limit.

    @ivar retry_after: seconds to wait before trying again, from the
        C{Retry-After} header; L{None} when the proxy did not say.
    """

    def __init__(self, status: int, message: str, *, retry_after: float | None = None, **fields: Any) -> None:
        super().__init__(status, message, **fields)
        self.retry_after = retry_after


class APIConnectionError(KoreshieldError):
    """The proxy could not be reached, or the connection broke before its answer was whole."""


class APITimeoutError(APIConnectionError):
    """No whole answer within the client's C{timeout}."""


def error_from_answer(status: int, headers: Mapping[str, str], body: bytes) -> APIError:
    """
    The exception for a non-success answer.

    @param headers: response headers, names in lower case.
    """
    document: Any
    try:
        document = json.loads(body)
    except ValueError:
        document = None
    error = document.get("error") if isinstance(document, dict) else None
    if isinstance(error, dict):
        message = str(error.get("message") or f"HTTP {status}")
        fields: dict[str, Any] = {
            "code": _text_or_none(error.get("code")),
            "type": _text_or_none(error.get("type")),
            "param": _text_or_none(error.get("param")),
        }
    else:
        message = body[:200].decode("utf-8", "replace").strip() or f"HTTP {status}"
        fields = {}
    fields.update(request_id=headers.get("x-request-id"), body=document)
    if status == 401:
        return AuthenticationError(status, message, **fields)
    if status == 429:
        return RateLimitError(status, message, retry_after=retry_after_seconds(headers.get("retry-after")), **fields)
    return APIError(status, message, **fields)


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """
    C{Retry-After} in seconds: either form the header may take (a number of
    seconds, or an HTTP date), L{None} when absent or unreadable.
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
