"""
The verdict cache's second level around a scan: only what the LRU lacks is
fetched, what is found is not scanned again, only what was scanned is
stored, and a store that fails costs a request its shared cache (open) or
a 503 (closed), never its scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from twisted.internet.defer import Deferred, fail, succeed
from twisted.trial.unittest import SynchronousTestCase

from koreshield.errors import APIError
from koreshield.scan import Scanner, ScanPolicy, ScanVerdict
from koreshield.state.faults import STATE_UNAVAILABLE, FaultPolicy, StateUnavailable
from koreshield.state.verdicts import VerdictSharing

MESSAGES = [
    {"role": "system", "content": "You answer questions about the club's recipes."},
    {"role": "user", "content": "How long should the lemon cake bake?"},
]


class DictStore:
    """A L{VerdictStore} in a dict, recording what it was asked; C{failing} makes every call fail."""

    def __init__(self) -> None:
        self.entries: dict[str, Any] = {}
        self.fetched: list[list[str]] = []
        self.stored: list[dict[str, Any]] = []
        self.failing = False

    def fetch(self, keys: Sequence[str]) -> Deferred[dict[str, Any]]:
        self.fetched.append(list(keys))
        if self.failing:
            return fail(StateUnavailable("verdict_fetch", "not connected"))
        return succeed({key: self.entries[key] for key in keys if key in self.entries})

    def store(self, entries: dict[str, dict[str, Any]]) -> Deferred[None]:
        self.stored.append(entries)
        if self.failing:
            return fail(StateUnavailable("verdict_store", "not connected"))
        self.entries.update(entries)
        return succeed(None)


class VerdictSharingTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.store = DictStore()

    def process(self, on_error: str = "open") -> tuple[Scanner, VerdictSharing]:
        """One proxy process: its own scanner and LRU, the shared store."""
        scanner = Scanner(ScanPolicy())
        return scanner, VerdictSharing(scanner.cache, self.store, FaultPolicy(on_error))

    def scan(self, scanner: Scanner, sharing: VerdictSharing) -> Deferred[ScanVerdict]:
        keys = scanner.message_keys(MESSAGES)
        return sharing.around(keys, lambda: succeed(scanner.scan_messages(MESSAGES)))

    def test_what_one_process_scanned_is_cached_on_another(self) -> None:
        first = self.successResultOf(self.scan(*self.process()))
        second = self.successResultOf(self.scan(*self.process()))
        self.assertEqual((first.cached, second.cached), (False, True))
        self.assertEqual(len(self.store.entries), 2)

    def test_parts_the_lru_holds_are_not_fetched(self) -> None:
        scanner, sharing = self.process()
        self.successResultOf(self.scan(scanner, sharing))
        self.successResultOf(self.scan(scanner, sharing))
        self.assertEqual(len(self.store.fetched), 1)

    def test_only_parts_scanned_here_are_stored(self) -> None:
        scanner, sharing = self.process()
        key = scanner.message_keys(MESSAGES[:1])[0]
        other_scanner, _ = self.process()
        other_scanner.scan_messages(MESSAGES[:1])
        self.store.entries[key] = other_scanner.cache.export([key])[key]
        self.successResultOf(self.scan(scanner, sharing))
        self.assertEqual([list(entries) for entries in self.store.stored], [scanner.message_keys(MESSAGES)[1:]])

    def test_a_failing_store_open_scans_without_it(self) -> None:
        self.store.failing = True
        verdict = self.successResultOf(self.scan(*self.process("open")))
        self.assertFalse(verdict.cached)

    def test_a_failing_store_closed_refuses_with_503(self) -> None:
        self.store.failing = True
        failure = self.failureResultOf(self.scan(*self.process("closed")), APIError)
        self.assertIs(failure.value, STATE_UNAVAILABLE)

    def test_a_failed_write_back_does_not_fail_the_scan(self) -> None:
        scanner, sharing = self.process("closed")
        self.store.fetch = lambda keys: succeed({})  # type: ignore[method-assign]
        self.store.failing = True
        self.assertFalse(self.successResultOf(self.scan(scanner, sharing)).cached)
