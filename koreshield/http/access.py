"""
Access control in front of every route: client key, then rate limit and
token budget.

test-case-name: tests.test_auth

Runs before a resource sees the request, so no endpoint can forget it.  A
request without a valid key gets 401 (the OpenAI SDKs raise
C{AuthenticationError}); one over its key's rate limit gets 429 with
C{Retry-After} (C{RateLimitError}); a request that would spend tokens
(chat, legacy completions, embeddings, Responses) from a key whose token budget is used up gets 429 with
C{"code": "insufficient_quota"} before anything goes upstream.  With no
keys configured everyone is let in: the default listen address is loopback
for that reason.

Limits are asked of L{KeyLimits} (this process's memory, or Redis): one
call per request, and none for a key without limits.  When that call fails
the L{FaultPolicy} decides: admit anyway, or 503.
"""

from __future__ import annotations

from typing import Any

from twisted.internet.defer import Deferred, fail, succeed

from koreshield.auth import ClientKey, KeyRing
from koreshield.errors import APIError
from koreshield.state.faults import FaultPolicy
from koreshield.state.limits import ADMITTED, Admission, KeyLimits

UNAUTHENTICATED = APIError(
    401,
    "Missing or invalid API key: send 'Authorization: Bearer <your KoreShield key>'.",
    "invalid_api_key",
    headers={"WWW-Authenticate": 'Bearer realm="koreshield"'},
)

TOKEN_SPENDING_PATHS = frozenset({b"/v1/chat/completions", b"/v1/completions", b"/v1/embeddings", b"/v1/responses"})
"""Paths whose requests spend provider tokens: the only ones a token budget stops."""


def rate_limited(retry_after: int) -> APIError:
    return APIError(
        429,
        f"Rate limit reached for this API key; retry in {retry_after} s.",
        "rate_limit_exceeded",
        headers={"Retry-After": str(retry_after)},
    )


def quota_exhausted(retry_after: int) -> APIError:
    """
    OpenAI's answer for an account out of credit.  C{x-should-retry: false}
    stops the OpenAI SDKs from retrying a request that cannot succeed
    before the budget resets.
    """
    return APIError(
        429,
        f"This API key has used its token budget; it resets in {retry_after} s. See GET /v1/usage.",
        "insufficient_quota",
        type="insufficient_quota",
        headers={"Retry-After": str(retry_after), "x-should-retry": "false"},
    )


def refusal(admission: Admission) -> APIError:
    if admission.quota_exhausted:
        return quota_exhausted(admission.retry_after)
    return rate_limited(admission.retry_after)


class AccessControl:
    def __init__(
        self,
        keyring: KeyRing,
        limits: KeyLimits,
        faults: FaultPolicy,
        token_spending_paths: frozenset[bytes] = TOKEN_SPENDING_PATHS,
    ) -> None:
        self._keyring = keyring
        self._limits = limits
        self._faults = faults
        self._token_spending_paths = token_spending_paths

    @property
    def enabled(self) -> bool:
        return self._keyring.enabled

    def admit(self, request: Any, path: bytes) -> Deferred[ClientKey | None]:
        """
        The caller's key once admitted to C{path}; fails with the
        L{APIError} to answer (401, 429 or 503) otherwise.
        """
        if not self._keyring.enabled:
            return succeed(None)
        key = self._keyring.authenticate(request.getHeader(b"authorization"))
        if key is None:
            return fail(UNAUTHENTICATED)
        spends_tokens = (
            key.token_budget is not None and path in self._token_spending_paths and request.method == b"POST"
        )  # a GET there reads what is stored (C{GET /v1/chat/completions} lists), spending nothing
        if key.rate_limit is None and not spends_tokens:
            return succeed(key)

        def decided(admission: Admission) -> ClientKey:
            if not admission.allowed:
                request.client_key = key  # whose request it was, for the refusal's log line (its name only)
                raise refusal(admission)
            return key

        asking = self._limits.admit(key, spends_tokens)
        return asking.addErrback(self._faults.recover, ADMITTED).addCallback(decided)
