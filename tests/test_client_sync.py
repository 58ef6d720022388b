"""
L{koreshield.client.Koreshield}, the blocking client, against a real proxy:
the shared behaviours of L{tests.scan_client_contract}, and what is its own
(environment defaults, use from several threads).
"""

from __future__ import annotations

import os
import threading
from typing import Any
from unittest import mock

from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.trial.unittest import TestCase

from koreshield.client import Koreshield
from tests.proxy_harness import in_thread
from tests.scan_client_contract import ATTACK, CLEAN, ScanClientContract, Use


class BlockingClientTests(ScanClientContract, TestCase):
    def run_client(self, base_url: str, *uses: Use, **client_options: Any) -> Deferred[list[Any]]:
        def run() -> list[Any]:
            with Koreshield(base_url=base_url, **client_options) as client:
                return [use(client) for use in uses]

        return in_thread(run)

    @inlineCallbacks
    def test_key_and_url_default_to_the_environment(self) -> Any:
        environ = {"KORESHIELD_BASE_URL": self.proxy.url, "KORESHIELD_API_KEY": "ks-from-env"}
        with mock.patch.dict(os.environ, environ):
            client = Koreshield()
        self.addCleanup(client.close)
        result = yield in_thread(client.scan, ATTACK)
        self.assertTrue(result.threat_detected)
        self.assertEqual(client.settings.api_key, "ks-from-env")

    @inlineCallbacks
    def test_one_client_serves_several_threads_at_once(self) -> Any:
        client = Koreshield(base_url=self.proxy.url)
        self.addCleanup(client.close)
        barrier = threading.Barrier(4)

        def scan_together(text: str) -> bool:
            barrier.wait(timeout=10)
            return all(client.scan(text).threat_detected == (text == ATTACK) for _ in range(5))

        outcomes = yield gather_threads(scan_together, [CLEAN, ATTACK, CLEAN, ATTACK])
        self.assertEqual(outcomes, [True, True, True, True])

    @inlineCallbacks
    def test_sequential_scans_reuse_one_connection(self) -> Any:
        client = Koreshield(base_url=self.proxy.url)
        self.addCleanup(client.close)
        connected: list[int] = []
        original = client._connect

        def counting(deadline: float) -> Any:
            connected.append(1)
            return original(deadline)

        with mock.patch.object(client, "_connect", counting):
            for text in (CLEAN, ATTACK, CLEAN):
                yield in_thread(client.scan, text)
        self.assertEqual(len(connected), 1)


def gather_threads(function: Any, arguments: list[Any]) -> Deferred[list[Any]]:
    def run_all() -> list[Any]:
        results: list[Any] = [None] * len(arguments)

        def run(index: int) -> None:
            results[index] = function(arguments[index])

        threads = [threading.Thread(target=run, args=(i,)) for i in range(len(arguments))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        return results

    return in_thread(run_all)
