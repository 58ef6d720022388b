"""
The scan clients over TLS: against a proxy listening with C{ssl:}, trusting
its private CA through the C{ssl_context} (blocking, asyncio) or C{agent}
(Twisted) they are given, and refusing it otherwise.
"""

from __future__ import annotations

import asyncio
import shutil
import ssl
import tempfile
from pathlib import Path
from typing import Any

from twisted.internet import reactor
from twisted.internet.defer import inlineCallbacks
from twisted.internet.ssl import Certificate
from twisted.trial.unittest import TestCase
from twisted.web.client import Agent, BrowserLikePolicyForHTTPS, HTTPConnectionPool

from koreshield.client import APIConnectionError, AsyncKoreshield, Koreshield
from koreshield.client.twisted_client import TwistedKoreshield
from tests.proxy_harness import ProviderAndProxyMixin, in_thread
from tests.scan_client_contract import ATTACK
from tests.test_tls import make_certificates


class ClientTLSTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def setUp(self) -> Any:
        directory = Path(tempfile.mkdtemp(prefix="koreshield-client-tls-"))
        self.addCleanup(shutil.rmtree, directory, True)
        self.ca_file, cert_file, key_file = make_certificates(directory)
        self.proxy_overrides = {
            "server": {"listen": f"ssl:0:interface=127.0.0.1:privateKey={key_file}:certKey={cert_file}"},
        }
        yield super().setUp()
        self.https_url = f"https://localhost:{self.proxy.port}"
        self.trusting = ssl.create_default_context(cafile=str(self.ca_file))

    def blocking_scan(self, ssl_context: ssl.SSLContext | None) -> Any:
        def scan() -> Any:
            with Koreshield(base_url=self.https_url, ssl_context=ssl_context) as client:
                return client.scan(ATTACK)

        return in_thread(scan)

    @inlineCallbacks
    def test_the_blocking_client_scans_trusting_a_private_ca(self) -> Any:
        result = yield self.blocking_scan(self.trusting)
        self.assertTrue(result.threat_detected)

    @inlineCallbacks
    def test_the_blocking_client_refuses_a_certificate_it_does_not_trust(self) -> Any:
        error = yield self.assertFailure(self.blocking_scan(None), APIConnectionError)
        self.assertIsInstance(error.__cause__, ssl.SSLCertVerificationError)

    @inlineCallbacks
    def test_the_asyncio_client_scans_trusting_a_private_ca(self) -> Any:
        async def scan() -> Any:
            async with AsyncKoreshield(base_url=self.https_url, ssl_context=self.trusting) as client:
                return await client.scan(ATTACK)

        result = yield in_thread(asyncio.run, scan())
        self.assertTrue(result.threat_detected)

    @inlineCallbacks
    def test_the_twisted_client_scans_with_an_agent_trusting_a_private_ca(self) -> Any:
        pool = HTTPConnectionPool(reactor, persistent=False)
        self.addCleanup(pool.closeCachedConnections)
        trust = BrowserLikePolicyForHTTPS(trustRoot=Certificate.loadPEM(self.ca_file.read_bytes()))
        client = TwistedKoreshield(base_url=self.https_url, agent=Agent(reactor, contextFactory=trust, pool=pool))
        result = yield client.scan(ATTACK)
        self.assertTrue(result.threat_detected)
