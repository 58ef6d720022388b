"""
Where the scan clients send requests and with which key: resolved once.

test-case-name: tests.test_client_settings

The constructors' defaults come from the environment (C{KORESHIELD_API_KEY},
C{KORESHIELD_BASE_URL}), read here and nowhere else, at construction, so a
client's behaviour never changes under it.
"""

from __future__ import annotations

import dataclasses
import os
import ssl
import urllib.parse
from collections.abc import Mapping

from koreshield import __version__

DEFAULT_BASE_URL = "http://localhost:8000"
USER_AGENT = f"koreshield-python/{__version__}"


@dataclasses.dataclass(frozen=True)
class ClientSettings:
    """
    @ivar api_key: the client key sent as C{Authorization: Bearer}, or L{None}
        for a proxy without client keys.
    @ivar base_url: the proxy's origin and any path it is mounted under,
        without a trailing slash or C{/v1}.
    @ivar timeout: seconds for a whole request: connecting, sending, answer.
    """

    api_key: str | None
    scheme: str
    host: str
    port: int
    base_path: str
    timeout: float

    @classmethod
    def resolve(
        cls,
        api_key: str | None,
        base_url: str | None,
        timeout: float,
        environ: Mapping[str, str] = os.environ,
    ) -> ClientSettings:
        """
        Settings from the constructor's arguments, defaulted from C{environ}.

        A C{base_url} ending in C{/v1} (the form the OpenAI SDK takes) is
        accepted too: the paths below it are the same.

        @raise ValueError: for a URL that is not http(s), or a timeout that is not positive.
        """
        url = base_url or environ.get("KORESHIELD_BASE_URL") or DEFAULT_BASE_URL
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be an http(s) URL, got {url!r}")
        if parts.query or parts.fragment:
            raise ValueError(f"base_url must not have a query or fragment, got {url!r}")
        if not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
        path = parts.path.rstrip("/")
        path = path.removesuffix("/v1")
        key = api_key if api_key is not None else environ.get("KORESHIELD_API_KEY")
        return cls(
            api_key=key or None,
            scheme=parts.scheme,
            host=parts.hostname,
            port=parts.port or (443 if parts.scheme == "https" else 80),
            base_path=path,
            timeout=float(timeout),
        )

    @property
    def authority(self) -> str:
        """The C{Host} header: the port only when it is not the scheme's default."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.authority}{self.base_path}"

    def tls_context(self, given: ssl.SSLContext | None) -> ssl.SSLContext | None:
        """The TLS context for this proxy: C{given}, else the system's trust store for C{https}, else none."""
        if given is None and self.scheme == "https":
            return ssl.create_default_context()
        return given

    def target(self, path: str) -> str:
        """The request target for an API path such as C{/v1/scan}."""
        return self.base_path + path

    def headers(self) -> dict[str, str]:
        """Headers every request carries (C{Host} and C{Content-Length} aside)."""
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers
