"""
The verdict cache: per-part results, keyed by content, in a bounded LRU.

test-case-name: tests.test_scan_cache

Chat clients resend the whole history every turn, so most of a request was
scanned before.  Results are cached per text part; a second level (Redis,
added by the web layer) plugs in around it: the web layer asks the scanner
for a conversation's keys (L{koreshield.scan.scanner.Scanner.message_keys}),
fetches them, L{VerdictCache.seed}s this cache, scans, and stores what
L{VerdictCache.export} returns.  Entries cross that boundary as the small
dicts of L{MessageResult.to_dict}.

Thread-safe: one lock guards the LRU, so a scanner may be shared by the
reactor thread and a thread pool.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

from koreshield.scan.signals import utf8
from koreshield.scan.verdict import MessageResult


def cache_key(version: str, sensitivity: str, role: str, text: str) -> str:
    """
    The cache key of one part: SHA-256 hex over everything its result depends on.

    C{version} covers the scanner code, the model and the policy's blocklist.
    The text is the original text, not the folded one: findings carry offsets
    into the original, and two texts that fold alike can differ there.
    """
    # One C call over the fields joined (the same bytes as updating with each
    # field and its NUL in turn): the hash's code is mostly out of the CPU
    # caches when a request arrives, and each further call into it paid for
    # that again (about 10 us a scan, cold).
    prefix = f"{version}\x00{sensitivity}\x00{role}\x00".encode()
    # The text's encoding is kept for the detectors that read its bytes next (L{utf8}).
    return hashlib.sha256(prefix + utf8(text)).hexdigest()


class VerdictCache:
    """A bounded, thread-safe LRU of L{MessageResult}s."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[str, MessageResult] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str) -> MessageResult | None:
        """The cached result for C{key}, marking it most recently used."""
        with self._lock:
            result = self._entries.get(key)
            if result is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return result

    def put(self, key: str, result: MessageResult) -> None:
        """Store C{result}, evicting the least recently used beyond the bound."""
        if self.size <= 0:
            return
        with self._lock:
            self._entries[key] = result
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def seed(self, entries: Mapping[str, Any]) -> int:
        """
        Load entries from a second-level cache, as C{key -> to_dict()}.

        Malformed entries are skipped (they will be rescanned).
        @return: how many entries were loaded.
        """
        loaded = 0
        for key, data in entries.items():
            try:
                result = MessageResult.from_dict(data)
            except ValueError:
                continue
            self.put(key, result)
            loaded += 1
        return loaded

    def export(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The cached entries among C{keys}, as C{key -> to_dict()}, for a second level."""
        with self._lock:
            return {key: self._entries[key].to_dict() for key in keys if key in self._entries}
