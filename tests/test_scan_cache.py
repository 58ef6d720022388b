"""
Specifications of the verdict cache.
"""

from __future__ import annotations

import hashlib
import threading

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.cache import VerdictCache, cache_key
from koreshield.scan.verdict import Finding, MessageResult

RESULT = MessageResult((Finding("pii", 0, 3, 10, "pattern:email", 0.95, "email"),))


class VerdictCacheTests(SynchronousTestCase):
    def test_miss_then_hit(self) -> None:
        cache = VerdictCache(4)
        self.assertIsNone(cache.get("k"))
        cache.put("k", RESULT)
        self.assertEqual(cache.get("k"), RESULT)
        self.assertEqual((cache.hits, cache.misses), (1, 1))

    def test_least_recently_used_entry_is_evicted(self) -> None:
        cache = VerdictCache(2)
        cache.put("a", RESULT)
        cache.put("b", RESULT)
        cache.get("a")
        cache.put("c", RESULT)
        self.assertIsNone(cache.get("b"))
        self.assertIsNotNone(cache.get("a"))
        self.assertEqual(len(cache), 2)

    def test_size_zero_caches_nothing(self) -> None:
        cache = VerdictCache(0)
        cache.put("a", RESULT)
        self.assertEqual(len(cache), 0)

    def test_export_and_seed_round_trip(self) -> None:
        source = VerdictCache(4)
        source.put("a", RESULT)
        target = VerdictCache(4)
        self.assertEqual(target.seed(source.export(["a", "missing"])), 1)
        self.assertEqual(target.get("a"), RESULT)

    def test_malformed_seed_entries_are_skipped(self) -> None:
        cache = VerdictCache(4)
        self.assertEqual(cache.seed({"a": {"f": [["nonsense"]]}, "b": "junk", "c": RESULT.to_dict()}), 1)
        self.assertIsNone(cache.get("a"))

    def test_concurrent_use_keeps_the_bound(self) -> None:
        cache = VerdictCache(50)

        def work(offset: int) -> None:
            for i in range(500):
                cache.put(f"{offset}-{i}", RESULT)
                cache.get(f"{offset}-{i // 2}")

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(len(cache), 50)


class CacheKeyTests(SynchronousTestCase):
    def test_key_is_sha256_hex(self) -> None:
        key = cache_key("v", "medium", "user", "hello")
        self.assertEqual(len(key), 64)
        int(key, 16)

    def test_every_input_changes_the_key(self) -> None:
        base = cache_key("v", "medium", "user", "hello")
        for other in (
            cache_key("w", "medium", "user", "hello"),
            cache_key("v", "high", "user", "hello"),
            cache_key("v", "medium", "tool", "hello"),
            cache_key("v", "medium", "user", "hello!"),
        ):
            self.assertNotEqual(base, other)

    def test_fields_cannot_run_together(self) -> None:
        self.assertNotEqual(cache_key("v", "medium", "user", "x"), cache_key("v", "mediumuser", "", "x"))

    def test_key_hashes_each_field_then_a_nul_then_the_text(self) -> None:
        """The one-call key is the digest the fields fed one by one gave: keys in a second-level cache still match."""
        digest = hashlib.sha256()
        for field in ("v1", "medium", "user"):
            digest.update(field.encode("utf-8"))
            digest.update(b"\x00")
        digest.update("caf\u00e9 \ud800".encode("utf-8", "surrogatepass"))
        self.assertEqual(cache_key("v1", "medium", "user", "caf\u00e9 \ud800"), digest.hexdigest())
