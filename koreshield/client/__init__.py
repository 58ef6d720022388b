"""
Clients for KoreShield's scan API, and a streaming helper for the OpenAI SDK.

test-case-name: tests.test_client_sync

    from koreshield.client import Koreshield

    koreshield = Koreshield()                       # $KORESHIELD_API_KEY, $KORESHIELD_BASE_URL
    scan = koreshield.scan(user_message, sensitivity="high")
    if scan.threat_detected:
        raise PermissionError(f"Blocked: {scan.threat_type}")

L{Koreshield} blocks, L{AsyncKoreshield} is for asyncio, and
C{koreshield.client.twisted_client.TwistedKoreshield} answers with
Deferreds (imported from there, so that the other two load no Twisted).
All three use only the standard library beyond what KoreShield already
depends on.
"""

from koreshield.client.async_client import AsyncKoreshield
from koreshield.client.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    KoreshieldError,
    RateLimitError,
)
from koreshield.client.fallback import stream_with_fallback, stream_with_fallback_async
from koreshield.client.results import ScanFinding, ScanResult
from koreshield.client.sync_client import Koreshield

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncKoreshield",
    "AuthenticationError",
    "Koreshield",
    "KoreshieldError",
    "RateLimitError",
    "ScanFinding",
    "ScanResult",
    "stream_with_fallback",
    "stream_with_fallback_async",
]
