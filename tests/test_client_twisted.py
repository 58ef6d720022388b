"""
C{TwistedKoreshield} against a real proxy, on the reactor that serves it:
the shared behaviours of L{tests.scan_client_contract}.
"""

from __future__ import annotations

from typing import Any

from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.trial.unittest import TestCase

from koreshield.client.twisted_client import TwistedKoreshield
from tests.scan_client_contract import ATTACK, ScanClientContract, Use


class TwistedClientTests(ScanClientContract, TestCase):
    @inlineCallbacks
    def run_client(self, base_url: str, *uses: Use, **client_options: Any) -> Any:
        client = TwistedKoreshield(base_url=base_url, **client_options)
        try:
            results = []
            for use in uses:
                outcome = use(client)
                self.assertIsInstance(outcome, Deferred)
                results.append((yield outcome))
            return results
        finally:
            yield client.close()

    @inlineCallbacks
    def test_a_scan_answers_with_a_deferred(self) -> Any:
        client = TwistedKoreshield(base_url=self.proxy.url)
        self.addCleanup(client.close)
        scanning = client.scan(ATTACK)
        self.assertIsInstance(scanning, Deferred)
        result = yield scanning
        self.assertTrue(result.threat_detected)
