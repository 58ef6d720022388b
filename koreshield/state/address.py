"""
Where the shared state lives: a C{redis://} URL, parsed once at start-up.

test-case-name: tests.test_state_address

The forms are Redis' own (as redis-cli and most clients read them)::

    redis://[[username]:password@]host[:port][/db]
    rediss://...                      the same over TLS

The password is kept out of C{str()} so the address can be logged.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import unquote, urlsplit

DEFAULT_PORT = 6379
URL_FORM = "redis://[:password@]host:port/db (rediss:// for TLS)"


class BadRedisURL(ValueError):
    """The URL is not a Redis URL this proxy can use; C{str()} says why."""


@dataclasses.dataclass(frozen=True)
class RedisAddress:
    """A Redis server and the database to use on it."""

    host: str
    port: int = DEFAULT_PORT
    db: int = 0
    username: str | None = None
    password: str | None = dataclasses.field(default=None, repr=False)
    tls: bool = False

    def __str__(self) -> str:
        """The address without credentials, fit for a log line."""
        scheme = "rediss" if self.tls else "redis"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}/{self.db}"


def parse_redis_url(url: str) -> RedisAddress:
    """
    Parse a C{redis://} or C{rediss://} URL.

    @raise BadRedisURL: for another scheme, a missing host, a port or
        database that is not a number, or anything after the database.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise BadRedisURL(f"must look like {URL_FORM}") from None
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise BadRedisURL(f"must look like {URL_FORM}")
    if parts.query or parts.fragment:
        raise BadRedisURL(f"must look like {URL_FORM}; options after '?' are not supported")
    path = parts.path.strip("/")
    if path and not path.isdigit():
        raise BadRedisURL(f"the database must be a number (got {path!r})")
    return RedisAddress(
        host=parts.hostname,
        port=port if port is not None else DEFAULT_PORT,
        db=int(path) if path else 0,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        tls=parts.scheme == "rediss",
    )
