"""
benchmarks/state_overhead.py measures what it says: its proxies differ only
in the state backend, and every request it sends goes through the key's
limits.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from benchmarks.state_overhead import BENCH_KEY, chat_request, state_config
from koreshield.config import settings_from_mapping


class StateBenchmarkTests(SynchronousTestCase):
    def test_the_two_configurations_differ_only_in_the_backend(self) -> None:
        memory = state_config(9, "memory", "redis://127.0.0.1:7/0", 50)
        redis = state_config(9, "redis", "redis://127.0.0.1:7/0", 50)
        self.assertEqual({**memory, "state": None}, {**redis, "state": None})
        self.assertEqual(settings_from_mapping(redis, {}).state.backend, "redis")

    def test_the_benchmark_key_has_a_rate_limit_and_a_budget(self) -> None:
        keys = settings_from_mapping(state_config(9, "redis", "redis://127.0.0.1:7/0", 50), {}).auth.keys
        bench = next(key for key in keys if key.key == BENCH_KEY)
        self.assertTrue(bench.rate_limit and bench.token_budget)

    def test_requests_carry_the_key_and_differ_from_each_other(self) -> None:
        first, second = chat_request(8000, BENCH_KEY, 1), chat_request(8000, BENCH_KEY, 2)
        self.assertIn(f"Authorization: Bearer {BENCH_KEY}".encode(), first)
        self.assertNotEqual(first.split(b"\r\n\r\n", 1)[1], second.split(b"\r\n\r\n", 1)[1])
