"""
L{koreshield.client.AsyncKoreshield} against a real proxy: the shared
behaviours of L{tests.scan_client_contract}, each run in an asyncio event
loop of its own (in a thread, beside the reactor serving the proxy), and
what is its own: many scans in flight at once, and use from several loops.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.trial.unittest import TestCase

from koreshield.client import AsyncKoreshield
from tests.proxy_harness import in_thread
from tests.scan_client_contract import ATTACK, CLEAN, ScanClientContract, Use


class AsyncClientTests(ScanClientContract, TestCase):
    def run_client(self, base_url: str, *uses: Use, **client_options: Any) -> Deferred[list[Any]]:
        async def run() -> list[Any]:
            async with AsyncKoreshield(base_url=base_url, **client_options) as client:
                results = []
                for use in uses:
                    outcome = use(client)
                    self.assertTrue(inspect.isawaitable(outcome))
                    results.append(await outcome)
                return results

        return in_thread(asyncio.run, run())

    @inlineCallbacks
    def test_many_scans_are_in_flight_at_once(self) -> Any:
        texts = [ATTACK if i % 2 else f"{CLEAN} {i}" for i in range(40)]

        async def run() -> list[bool]:
            async with AsyncKoreshield(base_url=self.proxy.url) as client:
                results = await asyncio.gather(*(client.scan(text) for text in texts))
                return [result.threat_detected for result in results]

        flagged = yield in_thread(asyncio.run, run())
        self.assertEqual(flagged, [bool(i % 2) for i in range(40)])

    @inlineCallbacks
    def test_one_client_works_from_one_event_loop_after_another(self) -> Any:
        client = AsyncKoreshield(base_url=self.proxy.url)
        first = yield in_thread(asyncio.run, client.scan(ATTACK))
        second = yield in_thread(asyncio.run, client.scan(CLEAN))
        yield in_thread(asyncio.run, client.aclose())
        self.assertEqual((first.threat_detected, second.threat_detected), (True, False))
