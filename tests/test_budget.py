"""
Token-budget arithmetic: fixed windows aligned to the epoch, spending that
an earlier window does not carry over.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.budget import BudgetWindow, Spending, budget_window, spend, used_in

DAY = 86400


class BudgetWindowTests(SynchronousTestCase):
    def test_a_day_window_runs_from_midnight_utc_to_midnight(self) -> None:
        # 2026-11-25T15:41:50Z
        self.assertEqual(budget_window(1795621310.0, DAY), BudgetWindow(20782, 1795651200))

    def test_the_last_instant_of_a_window_belongs_to_it(self) -> None:
        self.assertEqual(budget_window(3599.999, 3600).index, 0)
        self.assertEqual(budget_window(3600.0, 3600).index, 1)


class SpendingTests(SynchronousTestCase):
    def test_nothing_spent_yet_is_zero(self) -> None:
        self.assertEqual(used_in(None, BudgetWindow(5, 360)), 0)

    def test_spending_adds_up_within_a_window(self) -> None:
        window = BudgetWindow(5, 360)
        spending = spend(spend(None, window, 100), window, 23)
        self.assertEqual((spending, used_in(spending, window)), (Spending(5, 123), 123))

    def test_a_new_window_starts_from_zero(self) -> None:
        spending = spend(None, BudgetWindow(5, 360), 100)
        later = BudgetWindow(6, 420)
        self.assertEqual(used_in(spending, later), 0)
        self.assertEqual(spend(spending, later, 7), Spending(6, 7))
