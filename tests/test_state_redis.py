"""
The Redis backend against a real redis-server: the same limits whichever
connection asks, scripts that survive Redis losing them, verdicts shared,
and every call bounded however Redis fails.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from twisted.internet import reactor
from twisted.internet.defer import gatherResults, inlineCallbacks
from twisted.trial.unittest import TestCase

from koreshield.auth import ClientKey
from koreshield.config import settings_from_mapping
from koreshield.metrics import ExchangeMetrics
from koreshield.observe import StateObserver
from koreshield.state.address import parse_redis_url
from koreshield.state.backend import build_state
from koreshield.state.faults import StateUnavailable
from koreshield.state.limits import Admission, KeyUsage
from koreshield.state.redis_connection import STALL_SECONDS, RedisConnection
from koreshield.state.redis_limits import RedisKeyLimits
from koreshield.state.redis_verdicts import RedisVerdictStore
from tests.redis_server import RedisServer
from tests.test_tls import make_certificates
from tests.twistd_process import pause

TIMEOUT = 0.05
MARGIN = 0.25
FIVE_A_MINUTE = ClientKey("five", b"", rate_limit=(5, 60))
BUDGETED = ClientKey("budgeted", b"", rate_limit=(100, 60), token_budget=(1000, 86400))


def errors(metrics: ExchangeMetrics, op: str) -> float:
    return float(metrics.registry.get_sample_value("koreshield_state_errors_total", {"op": op}) or 0.0)


class RecordingObserver(StateObserver):
    disconnects = 0
    refusal: str | None = None

    def disconnected(self, address: str) -> None:
        self.disconnects += 1
        super().disconnected(address)

    def refused(self, address: str, reason: str) -> None:
        self.refusal = reason
        super().refused(address, reason)


class RedisTestCase(TestCase):
    timeout = 60
    call_timeout = 2.0
    """Seconds a Redis call may take: generous, unless the test is about the timeout itself (L{RedisFaultTests})."""

    @inlineCallbacks
    def setUp(self) -> Any:
        self.redis = RedisServer(self)
        yield self.redis.start()
        self.metrics = ExchangeMetrics()
        self.connection = yield self.connect()

    @inlineCallbacks
    def connect(self, pool_size: int = 4) -> Any:
        """A started connection pool, once it is connected."""
        address = parse_redis_url(self.redis.url)
        connection = RedisConnection(reactor, address, self.call_timeout, StateObserver(self.metrics), pool_size)
        connection.start()
        self.addCleanup(connection.close)
        yield self.until(lambda: connection.connected)
        return connection

    @inlineCallbacks
    def until(self, condition: Any, within: float = 10.0) -> Any:
        deadline = time.monotonic() + within
        while not condition():
            if time.monotonic() > deadline:
                self.fail(f"not true within {within}s")
            yield pause(0.02)


class RedisRateLimitTests(RedisTestCase):
    @inlineCallbacks
    def test_a_key_gets_exactly_its_count_across_connections(self) -> Any:
        other = yield self.connect()
        first, second = RedisKeyLimits(self.connection), RedisKeyLimits(other)
        admissions = yield gatherResults([(first if i % 2 else second).admit(FIVE_A_MINUTE, False) for i in range(12)])
        self.assertEqual(sum(a.allowed for a in admissions), 5)

    @inlineCallbacks
    def test_the_refusal_says_when_the_next_token_comes(self) -> Any:
        limits = RedisKeyLimits(self.connection)
        for _ in range(5):
            yield limits.admit(FIVE_A_MINUTE, False)
        refused = yield limits.admit(FIVE_A_MINUTE, False)
        self.assertFalse(refused.allowed)
        self.assertFalse(refused.quota_exhausted)
        self.assertTrue(1 <= refused.retry_after <= 12, refused.retry_after)

    @inlineCallbacks
    def test_the_bucket_lives_in_redis_and_expires_once_full_again(self) -> Any:
        yield RedisKeyLimits(self.connection).admit(FIVE_A_MINUTE, False)
        self.assertAlmostEqual(float(self.redis.command("HGET", "koreshield:{five}:bucket", "tokens")), 4.0, places=2)
        self.assertTrue(0 < self.redis.command("PTTL", "koreshield:{five}:bucket") <= 60_000)

    @inlineCallbacks
    def test_scripts_go_by_sha_and_are_sent_again_when_redis_lost_them(self) -> Any:
        limits = RedisKeyLimits((yield self.connect(pool_size=1)))
        yield limits.admit(FIVE_A_MINUTE, False)
        yield limits.admit(FIVE_A_MINUTE, False)
        self.redis.command("SCRIPT", "FLUSH")
        admission = yield limits.admit(FIVE_A_MINUTE, False)
        self.assertEqual(admission, Admission(True))
        stats = self.redis.command("INFO", "commandstats")
        self.assertIn("cmdstat_evalsha:calls=2,", stats)
        self.assertIn("cmdstat_eval:calls=2,", stats)
        self.assertAlmostEqual(float(self.redis.command("HGET", "koreshield:{five}:bucket", "tokens")), 2.0, places=2)


class RedisBudgetTests(RedisTestCase):
    @inlineCallbacks
    def test_spending_past_the_budget_refuses_with_the_time_to_the_reset(self) -> Any:
        limits = RedisKeyLimits(self.connection)
        yield limits.spend(BUDGETED, 999)
        self.assertTrue((yield limits.admit(BUDGETED, True)).allowed)
        yield limits.spend(BUDGETED, 1)
        refused = yield limits.admit(BUDGETED, True)
        seconds_to_midnight = 86400 - int(time.time()) % 86400
        self.assertTrue(refused.quota_exhausted)
        self.assertLessEqual(abs(refused.retry_after - seconds_to_midnight), 2)

    @inlineCallbacks
    def test_requests_that_spend_no_tokens_pass_an_exhausted_budget(self) -> Any:
        limits = RedisKeyLimits(self.connection)
        yield limits.spend(BUDGETED, 5000)
        self.assertTrue((yield limits.admit(BUDGETED, False)).allowed)

    @inlineCallbacks
    def test_usage_reports_what_was_spent_and_the_bucket(self) -> Any:
        limits = RedisKeyLimits(self.connection)
        yield limits.spend(BUDGETED, 30)
        yield limits.spend(BUDGETED, 12)
        yield limits.admit(BUDGETED, True)
        usage = yield limits.usage(BUDGETED)
        midnight = (int(time.time()) // 86400 + 1) * 86400
        self.assertEqual(usage, KeyUsage(used=42, resets_at=midnight, rate_remaining=99))

    @inlineCallbacks
    def test_the_budget_expires_with_its_window(self) -> Any:
        yield RedisKeyLimits(self.connection).spend(BUDGETED, 1)
        ttl = self.redis.command("PTTL", "koreshield:{budgeted}:budget:86400")
        self.assertTrue(0 < ttl <= (86400 - int(time.time()) % 86400 + 2) * 1000, ttl)


class RedisOverTLSTests(TestCase):
    timeout = 60

    @inlineCallbacks
    def setUp(self) -> Any:
        directory = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, directory, ignore_errors=True)
        self.ca_file, certificate, key = make_certificates(directory)
        self.redis = RedisServer(self, tls=(self.ca_file, certificate, key))
        yield self.redis.start()
        self.metrics = ExchangeMetrics()

    def state(self, **settings: Any) -> Any:
        config = {"backend": "redis", "redis_url": self.redis.url, **settings}
        state = build_state(settings_from_mapping({"state": config}, {}).state, reactor, StateObserver(self.metrics))
        state.start()
        self.addCleanup(state.close)
        return state

    @inlineCallbacks
    def test_rediss_checks_the_certificate_against_the_configured_ca(self) -> Any:
        state = self.state(redis_ca_file=str(self.ca_file))
        deadline = time.monotonic() + 10
        while not state.health()["connected"]:
            self.assertLess(time.monotonic(), deadline, "not connected over TLS")
            yield pause(0.02)
        allowed = []
        for _ in range(6):
            allowed.append((yield state.limits.admit(FIVE_A_MINUTE, False)).allowed)
        self.assertEqual(allowed, [True] * 5 + [False])

    @inlineCallbacks
    def test_rediss_refuses_a_certificate_it_does_not_trust(self) -> Any:
        state = self.state()
        yield pause(0.5)
        yield self.assertFailure(state.limits.admit(FIVE_A_MINUTE, False), StateUnavailable)
        self.assertFalse(state.health()["connected"])


class RedisVerdictStoreTests(RedisTestCase):
    @inlineCallbacks
    def test_stored_entries_are_fetched_by_any_connection(self) -> Any:
        entries = {"a" * 64: {"f": []}, "b" * 64: {"f": [["pii", 0, 3, "pattern:email", 0.95, "email"]]}}
        yield RedisVerdictStore(self.connection, 60).store(entries)
        other = yield self.connect()
        found = yield RedisVerdictStore(other, 60).fetch(["a" * 64, "c" * 64, "b" * 64])
        self.assertEqual(found, entries)

    @inlineCallbacks
    def test_entries_expire_after_the_ttl(self) -> Any:
        yield RedisVerdictStore(self.connection, 90).store({"d" * 64: {"f": []}})
        self.assertTrue(85 <= self.redis.command("TTL", "koreshield:verdict:" + "d" * 64) <= 90)

    @inlineCallbacks
    def test_an_entry_that_is_not_json_is_a_miss(self) -> Any:
        self.redis.command("SET", "koreshield:verdict:" + "e" * 64, "{not json")
        self.assertEqual((yield RedisVerdictStore(self.connection, 60).fetch(["e" * 64])), {})


class RedisFaultTests(RedisTestCase):
    call_timeout = TIMEOUT

    @inlineCallbacks
    def test_a_stalled_redis_costs_a_call_its_timeout_and_is_counted(self) -> Any:
        limits = RedisKeyLimits(self.connection)
        self.redis.freeze()
        self.addCleanup(self.redis.thaw)
        started = time.monotonic()
        failure = yield self.assertFailure(limits.admit(FIVE_A_MINUTE, False), StateUnavailable)
        waited = time.monotonic() - started
        self.assertTrue(TIMEOUT <= waited < TIMEOUT + MARGIN, waited)
        self.assertIn("no answer within 50 ms", str(failure))
        self.assertEqual(errors(self.metrics, "admit"), 1.0)

    @inlineCallbacks
    def test_a_stalled_verdict_store_is_a_timeout_and_counted(self) -> Any:
        self.redis.freeze()
        self.addCleanup(self.redis.thaw)
        storing = RedisVerdictStore(self.connection, 60).store({"a" * 64: {"f": []}, "b" * 64: {"f": []}})
        failure = yield self.assertFailure(storing, StateUnavailable)
        self.assertIn("no answer within 50 ms", str(failure))
        self.assertEqual(errors(self.metrics, "verdict_store"), 1.0)

    @inlineCallbacks
    def test_after_a_timeout_calls_fail_at_once_until_redis_answers_again(self) -> Any:
        limits = RedisKeyLimits(self.connection)
        self.redis.freeze()
        yield self.assertFailure(limits.admit(FIVE_A_MINUTE, False), StateUnavailable)
        started = time.monotonic()
        failure = yield self.assertFailure(limits.admit(FIVE_A_MINUTE, False), StateUnavailable)
        self.assertLess(time.monotonic() - started, TIMEOUT / 2)
        self.assertIn("trying again shortly", str(failure))
        self.redis.thaw()
        yield self.until_answered(limits)
        self.assertEqual((yield limits.admit(ClientKey("after", b"", rate_limit=(1, 60)), False)), Admission(True))

    @inlineCallbacks
    def test_a_redis_that_stays_stalled_gets_its_connections_replaced(self) -> Any:
        observer = RecordingObserver(self.metrics)
        connection = RedisConnection(reactor, parse_redis_url(self.redis.url), TIMEOUT, observer)
        connection.start()
        self.addCleanup(connection.close)
        yield self.until(lambda: connection.connected)
        limits = RedisKeyLimits(connection)
        self.redis.freeze()
        deadline = time.monotonic() + STALL_SECONDS + 0.5
        while time.monotonic() < deadline:
            yield self.assertFailure(limits.admit(FIVE_A_MINUTE, False), StateUnavailable)
            yield pause(0.005)
        self.assertEqual(observer.disconnects, 1)
        self.redis.thaw()
        yield self.until_answered(limits)

    @inlineCallbacks
    def until_answered(self, limits: RedisKeyLimits, within: float = 5.0) -> Any:
        """Fires once a call is answered again (the first ones may still fail at once, until a probe is answered)."""
        deadline = time.monotonic() + within
        while True:
            try:
                yield limits.admit(ClientKey("other", b"", rate_limit=(1000, 60)), False)
                return
            except StateUnavailable:
                if time.monotonic() > deadline:
                    raise
                yield pause(0.01)

    @inlineCallbacks
    def test_with_redis_down_calls_fail_at_once(self) -> Any:
        limits = RedisKeyLimits(self.connection)
        self.redis.kill()
        yield self.until(lambda: not self.connection.connected)
        started = time.monotonic()
        yield self.assertFailure(limits.admit(FIVE_A_MINUTE, False), StateUnavailable)
        self.assertLess(time.monotonic() - started, TIMEOUT)
        self.assertEqual(errors(self.metrics, "admit"), 1.0)

    @inlineCallbacks
    def test_limits_apply_again_once_redis_is_back(self) -> Any:
        limits = RedisKeyLimits(self.connection)
        self.redis.kill()
        yield self.until(lambda: not self.connection.connected)
        yield self.redis.start()
        yield self.until(lambda: self.connection.connected, within=5.0)
        allowed = []
        for _ in range(6):
            allowed.append((yield limits.admit(FIVE_A_MINUTE, False)).allowed)
        self.assertEqual(allowed, [True] * 5 + [False])

    @inlineCallbacks
    def test_a_wrong_password_leaves_the_state_unavailable(self) -> Any:
        protected = RedisServer(self, password="right")
        yield protected.start()
        url = f"redis://:wrong@127.0.0.1:{protected.port}/0"
        settings = settings_from_mapping({"state": {"backend": "redis", "redis_url": url}}, {}).state
        observer = RecordingObserver(self.metrics)
        state = build_state(settings, reactor, observer)
        state.start()
        self.addCleanup(state.close)
        yield self.until(lambda: observer.refusal is not None)
        self.assertIn("WRONGPASS", observer.refusal)
        self.assertNotIn("wrong", str(observer.refusal).replace("WRONGPASS", ""))
        yield self.assertFailure(state.limits.admit(FIVE_A_MINUTE, False), StateUnavailable)
        self.assertFalse(state.health()["connected"])

    @inlineCallbacks
    def test_a_redis_unreachable_from_the_start_fails_calls_within_the_timeout(self) -> Any:
        self.redis.kill()
        settings = settings_from_mapping({"state": {"backend": "redis", "redis_url": self.redis.url}}, {}).state
        state = build_state(settings, reactor, StateObserver(self.metrics))
        state.start()
        self.addCleanup(state.close)
        started = time.monotonic()
        yield self.assertFailure(state.limits.admit(FIVE_A_MINUTE, False), StateUnavailable)
        self.assertLess(time.monotonic() - started, TIMEOUT + MARGIN)
        self.assertEqual(state.health(), {"backend": "redis", "connected": False, "on_error": "open"})
