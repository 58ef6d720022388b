"""
The verdict cache's second level: what one process scanned, every process
knows.

test-case-name: tests.test_state_verdicts

The scanner caches per text part in a bounded in-process LRU
(L{koreshield.scan.cache.VerdictCache}), keyed by the SHA-256 of the part's
text with the scanner's version and the sensitivity.  Around a scan,
L{VerdictSharing}:

  1. asks the scanner for the parts' keys and keeps those the LRU lacks;
  2. fetches them from the store in one call (Redis: one C{MGET}) and
     seeds the LRU with what it finds;
  3. scans (parts now in the LRU are not scanned again, and a scan all of
     whose parts came from either level says C{"cached": true});
  4. writes the parts it scanned back to the store (Redis: pipelined
     C{SET ... EX}), without making the request wait for that.

Both calls are bounded by C{state.timeout_ms}.  A failed fetch means
scanning without the second level (C{on_error: open}) or a 503
(C{closed}); a failed write only means other processes scan that part
themselves.  Entries are small: the findings of a part as
L{koreshield.scan.verdict.MessageResult.to_dict} makes them, JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from twisted.internet.defer import Deferred
from twisted.logger import Logger
from twisted.python.failure import Failure

from koreshield.scan.cache import VerdictCache
from koreshield.state.faults import FaultPolicy, StateUnavailable

_T = TypeVar("_T")
_log = Logger(namespace="koreshield.state")


class VerdictStore(Protocol):
    """Where verdict entries are shared: C{key -> MessageResult.to_dict()}."""

    def fetch(self, keys: Sequence[str]) -> Deferred[dict[str, Any]]: ...

    def store(self, entries: dict[str, dict[str, Any]]) -> Deferred[None]: ...


class VerdictSharing:
    """Runs scans between the scanner's LRU and a shared L{VerdictStore}."""

    def __init__(self, cache: VerdictCache, store: VerdictStore, faults: FaultPolicy) -> None:
        self._cache = cache
        self._store = store
        self._faults = faults

    def around(self, keys: Sequence[str], scan: Callable[[], Deferred[_T]]) -> Deferred[_T]:
        """
        C{scan()}'s result, with the parts C{keys} fetched before and stored after.

        @param keys: the cache keys of the parts C{scan} will scan.
        """
        local = self._cache.export(keys)
        missing = [key for key in dict.fromkeys(keys) if key not in local]
        if not missing:
            return scan()
        fetching: Deferred[dict[str, Any]] = self._store.fetch(missing).addErrback(self._faults.recover, {})

        def seeded(found: dict[str, Any]) -> Deferred[_T]:
            self._cache.seed(found)
            scanned = [key for key in missing if key not in found]
            return scan().addCallback(self._write_back, scanned)

        return fetching.addCallback(seeded)

    def _write_back(self, result: _T, scanned: list[str]) -> _T:
        if scanned:
            self._store.store(self._cache.export(scanned)).addErrback(_store_failed)
        return result


def _store_failed(failure: Failure) -> None:
    if failure.check(StateUnavailable) is None:
        _log.failure("Storing verdicts failed", failure=failure)
