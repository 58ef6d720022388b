"""
Token budgets: how many tokens a key may spend per period, and when it may
spend again.

test-case-name: tests.test_budget

A budget of C{N/day} is counted in fixed windows aligned to the epoch (a day
budget resets at 00:00 UTC, an hour budget on the hour), so every process
and host agrees on when a window starts without talking to the others, and
C{GET /v1/usage} can say when it resets.  A key whose window has used N
tokens is refused until the next window.  The tokens of an answer are only
known once it is over, so the request that crosses the budget is served and
the next one is refused.

The arithmetic is pure: L{koreshield.state.limits.MemoryKeyLimits} keeps
L{Spending}s in memory, and the Redis backend's Lua scripts do the same
arithmetic on Redis' clock.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class BudgetWindow:
    """One period of a budget: its number since the epoch and when it ends (epoch seconds)."""

    index: int
    resets_at: int


def budget_window(now: float, period: int) -> BudgetWindow:
    """The window of a C{period}-second budget that C{now} falls in."""
    index = int(now // period)
    return BudgetWindow(index, (index + 1) * period)


@dataclasses.dataclass(frozen=True)
class Spending:
    """Tokens used in one window."""

    window: int
    used: int


def used_in(spending: Spending | None, window: BudgetWindow) -> int:
    """Tokens used in C{window}: what an earlier window used does not count."""
    if spending is None or spending.window != window.index:
        return 0
    return spending.used


def spend(spending: Spending | None, window: BudgetWindow, tokens: int) -> Spending:
    """C{spending} after C{tokens} more were used in C{window}."""
    return Spending(window.index, used_in(spending, window) + tokens)
