"""
Keeping provider keys out of what KoreShield writes.

test-case-name: tests.test_chat

A provider may quote the key it was sent (C{Incorrect API key provided:
sk-...}) in an error body, or in an error event in the middle of a stream;
whatever of the provider's KoreShield relays passes through L{scrub} first.
"""

from __future__ import annotations

REDACTED = b"[REDACTED]"


def scrub(body: bytes, secrets: tuple[str, ...]) -> bytes:
    """
    C{body} with every occurrence of every secret replaced by C{[REDACTED]};
    C{body} itself (no copy) when none occurs, as for nearly every event.
    """
    for secret in secrets:
        if secret:
            encoded = secret.encode("utf-8")
            if encoded in body:
                body = body.replace(encoded, REDACTED)
    return body
