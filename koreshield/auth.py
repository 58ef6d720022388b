"""
Client keys: who may use the proxy.

test-case-name: tests.test_auth

Client keys are separate from provider keys: a client proves itself to
KoreShield with C{Authorization: Bearer <key>}; KoreShield then talks to the
provider with the provider's key, which clients never see.  Keys are kept
only as SHA-256 digests (configuration may give the digest instead of the
key), and a presented key is compared with every configured digest in
constant time, so neither timing nor a memory dump gives a key away.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac

from koreshield.config import AuthSettings, parse_rate


@dataclasses.dataclass(frozen=True)
class ClientKey:
    """An authenticated caller: a name for logs and limits, and its limits."""

    name: str
    digest: bytes
    rate_limit: tuple[int, int] | None = None
    token_budget: tuple[int, int] | None = None


def digest_of(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8")).digest()


class KeyRing:
    """The configured client keys."""

    def __init__(self, settings: AuthSettings) -> None:
        self.keys = tuple(
            ClientKey(
                name=entry.name,
                digest=digest_of(entry.key) if entry.key else bytes.fromhex(entry.key_sha256),
                rate_limit=parse_rate(entry.rate_limit) if entry.rate_limit else None,
                token_budget=parse_rate(entry.token_budget) if entry.token_budget else None,
            )
            for entry in settings.keys
        )

    @property
    def enabled(self) -> bool:
        """Whether callers must present a key at all."""
        return bool(self.keys)

    def authenticate(self, authorization: bytes | None) -> ClientKey | None:
        """
        The key an C{Authorization} header value proves, or L{None}.

        Every configured digest is compared, whatever matches first, so the
        time taken says nothing about which key (or how much of one) matched.
        """
        if not authorization:
            return None
        scheme, _, token = authorization.partition(b" ")
        if scheme.lower() != b"bearer" or not token.strip():
            return None
        presented = hashlib.sha256(token.strip()).digest()
        found: ClientKey | None = None
        for key in self.keys:
            if hmac.compare_digest(presented, key.digest):
                found = key
        return found
