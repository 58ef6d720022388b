"""
Per-key limits kept in this process (the memory backend), on a fake clock,
and what a failed state call means for a request.
"""

from __future__ import annotations

from twisted.internet.defer import fail, succeed
from twisted.internet.task import Clock
from twisted.python.failure import Failure
from twisted.trial.unittest import SynchronousTestCase

from koreshield.auth import ClientKey
from koreshield.errors import APIError
from koreshield.state.faults import STATE_UNAVAILABLE, FaultPolicy, StateUnavailable
from koreshield.state.limits import Admission, KeyUsage, MemoryKeyLimits

LIMITED = ClientKey("limited", b"", rate_limit=(2, 60))
BUDGETED = ClientKey("budgeted", b"", token_budget=(100, 3600))
BOTH = ClientKey("both", b"", rate_limit=(10, 60), token_budget=(100, 3600))
OPEN = ClientKey("open", b"")


class MemoryRateLimitTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.clock = Clock()
        self.clock.advance(1_000_000)
        self.limits = MemoryKeyLimits(self.clock)

    def admit(self, key: ClientKey, spends_tokens: bool = True) -> Admission:
        return self.successResultOf(self.limits.admit(key, spends_tokens))

    def test_a_key_gets_its_count_then_a_retry_after(self) -> None:
        self.assertEqual([self.admit(LIMITED) for _ in range(3)], [Admission(True)] * 2 + [Admission(False, 30)])

    def test_tokens_come_back_with_time(self) -> None:
        for _ in range(3):
            self.admit(LIMITED)
        self.clock.advance(30)
        self.assertTrue(self.admit(LIMITED).allowed)
        self.assertFalse(self.admit(LIMITED).allowed)

    def test_each_key_has_its_own_bucket(self) -> None:
        for _ in range(3):
            self.admit(LIMITED)
        self.assertTrue(self.admit(BOTH).allowed)

    def test_a_key_without_limits_is_always_admitted(self) -> None:
        self.assertEqual({self.admit(OPEN) for _ in range(100)}, {Admission(True)})


class MemoryBudgetTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.clock = Clock()
        self.clock.advance(3600 * 1000 + 600)
        self.limits = MemoryKeyLimits(self.clock)

    def admit(self, key: ClientKey = BUDGETED, spends_tokens: bool = True) -> Admission:
        return self.successResultOf(self.limits.admit(key, spends_tokens))

    def spend(self, key: ClientKey, tokens: int) -> None:
        self.successResultOf(self.limits.spend(key, tokens))

    def test_a_budget_stops_the_key_once_spent_until_the_window_ends(self) -> None:
        self.spend(BUDGETED, 60)
        self.assertTrue(self.admit().allowed)
        self.spend(BUDGETED, 40)
        self.assertEqual(self.admit(), Admission(False, 3000, quota_exhausted=True))

    def test_the_request_that_crosses_the_budget_was_served_and_the_next_is_not(self) -> None:
        self.spend(BUDGETED, 99)
        self.assertTrue(self.admit().allowed)
        self.spend(BUDGETED, 500)
        self.assertTrue(self.admit().quota_exhausted)

    def test_a_new_window_restores_the_budget(self) -> None:
        self.spend(BUDGETED, 100)
        self.clock.advance(3000)
        self.assertTrue(self.admit().allowed)

    def test_requests_that_spend_no_tokens_ignore_the_budget(self) -> None:
        self.spend(BUDGETED, 100)
        self.assertTrue(self.admit(spends_tokens=False).allowed)

    def test_an_exhausted_budget_takes_no_rate_limit_token(self) -> None:
        self.spend(BOTH, 100)
        for _ in range(20):
            self.assertTrue(self.admit(BOTH).quota_exhausted)
        usage = self.successResultOf(self.limits.usage(BOTH))
        self.assertEqual(usage.rate_remaining, 10)

    def test_usage_reports_the_window_and_the_bucket(self) -> None:
        self.spend(BOTH, 42)
        self.admit(BOTH)
        self.admit(BOTH)
        usage = self.successResultOf(self.limits.usage(BOTH))
        self.assertEqual(usage, KeyUsage(used=42, resets_at=3600 * 1001, rate_remaining=8))

    def test_usage_of_a_key_without_limits_is_empty(self) -> None:
        self.assertEqual(self.successResultOf(self.limits.usage(OPEN)), KeyUsage())


class FaultPolicyTests(SynchronousTestCase):
    def recover(self, on_error: str) -> object:
        failing = fail(StateUnavailable("admit", "no answer within 50 ms"))
        return failing.addErrback(FaultPolicy(on_error).recover, "fallback")

    def test_open_serves_with_the_fallback(self) -> None:
        self.assertEqual(self.successResultOf(self.recover("open")), "fallback")  # type: ignore[arg-type]

    def test_closed_answers_503(self) -> None:
        failure = self.failureResultOf(self.recover("closed"), APIError)  # type: ignore[arg-type]
        self.assertIs(failure.value, STATE_UNAVAILABLE)
        self.assertEqual((STATE_UNAVAILABLE.status, STATE_UNAVAILABLE.headers["Retry-After"]), (503, "1"))

    def test_other_failures_are_not_absorbed(self) -> None:
        failing = fail(Failure(ZeroDivisionError()))
        failing.addErrback(FaultPolicy("open").recover, "fallback")
        self.failureResultOf(failing, ZeroDivisionError)

    def test_a_successful_call_is_untouched(self) -> None:
        self.assertEqual(self.successResultOf(succeed(1).addErrback(FaultPolicy("closed").recover, 2)), 1)
