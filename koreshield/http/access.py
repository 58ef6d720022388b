"""
Access control in front of every route: client key, then rate limit.

test-case-name: tests.test_auth

Runs before a resource sees the request, so no endpoint can forget it.  A
request without a valid key gets 401 (the OpenAI SDKs raise
C{AuthenticationError}); one over its key's rate limit gets 429 with
C{Retry-After} (C{RateLimitError}).  With no keys configured everyone is
let in: the default listen address is loopback for that reason.
"""

from __future__ import annotations

from typing import Any

from twisted.internet.defer import Deferred, fail, succeed

from koreshield.auth import ClientKey, KeyRing
from koreshield.errors import APIError
from koreshield.ratelimit import Allowance, RateLimiter

UNAUTHENTICATED = APIError(
    401,
    "Missing or invalid API key: send 'Authorization: Bearer <your KoreShield key>'.",
    "invalid_api_key",
    headers={"WWW-Authenticate": 'Bearer realm="koreshield"'},
)


def rate_limited(retry_after: int) -> APIError:
    return APIError(
        429,
        f"Rate limit reached for this API key; retry in {retry_after} s.",
        "rate_limit_exceeded",
        headers={"Retry-After": str(retry_after)},
    )


class AccessControl:
    def __init__(self, keyring: KeyRing, limiter: RateLimiter) -> None:
        self._keyring = keyring
        self._limiter = limiter

    @property
    def enabled(self) -> bool:
        return self._keyring.enabled

    def admit(self, request: Any) -> Deferred[ClientKey | None]:
        """
        The caller's key once admitted; fails with the L{APIError} to answer
        (401 or 429) otherwise.
        """
        if not self._keyring.enabled:
            return succeed(None)
        key = self._keyring.authenticate(request.getHeader(b"authorization"))
        if key is None:
            return fail(UNAUTHENTICATED)
        if key.rate_limit is None:
            return succeed(key)
        count, period = key.rate_limit

        def decided(allowance: Allowance) -> ClientKey:
            if not allowance.allowed:
                raise rate_limited(allowance.retry_after)
            return key

        return self._limiter.allow(key.name, count, period).addCallback(decided)
