"""
Keeping provider keys out of what KoreShield writes.

test-case-name: tests.test_chat

A provider may quote the key it was sent (C{Incorrect API key provided:
sk-...}) in an error body, or in an error event in the middle of a stream;
whatever of the provider's KoreShield relays passes through L{scrub} first.
"""

from __future__ import annotations

from collections.abc import Iterable

REDACTED = b"[REDACTED]"


def encoded_secrets(secrets: Iterable[str]) -> tuple[bytes, ...]:
    """The non-empty C{secrets} as UTF-8, once, for L{scrub} to look for in every event."""
    return tuple(secret.encode("utf-8") for secret in secrets if secret)


def scrub(body: bytes, secrets: tuple[bytes, ...]) -> bytes:
    """
    C{body} with every occurrence of every secret (L{encoded_secrets})
    replaced by C{[REDACTED]}; C{body} itself (no copy) when none occurs, as
    for nearly every event.

    Looked for with C{find}, not C{in}: CPython (3.11 at least) first tries
    the needle of C{bytes in bytes} as an integer and builds and drops a
    C{TypeError} with its formatted message, which doubles the cost of the
    search on an event (about 120 ns of 260 here).  The relay's other
    per-event searches do the same.
    """
    for secret in secrets:
        if body.find(secret) >= 0:
            body = body.replace(secret, REDACTED)
    return body
