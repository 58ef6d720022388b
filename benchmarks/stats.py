"""
Percentiles and the per-target summary the report prints.

test-case-name: tests.test_benchmark_tools
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """
    The ``fraction`` quantile by linear interpolation between closest ranks; None for no values.

    Interpolation keeps p99 of a few hundred samples from jumping to the maximum.
    """
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class Spread:
    """p50, p90, p99 and maximum of one measure, in milliseconds."""

    p50: float | None
    p90: float | None
    p99: float | None
    max: float | None
    count: int

    @classmethod
    def of_seconds(cls, values: Sequence[float]) -> Spread:
        ms = [value * 1000.0 for value in values]
        return cls(
            percentile(ms, 0.50),
            percentile(ms, 0.90),
            percentile(ms, 0.99),
            max(ms, default=None),
            len(ms),
        )

    def minus(self, other: Spread) -> Spread:
        """This spread's percentiles less ``other``'s, point by point (None where either is)."""

        def sub(mine: float | None, theirs: float | None) -> float | None:
            return None if mine is None or theirs is None else mine - theirs

        return Spread(
            sub(self.p50, other.p50),
            sub(self.p90, other.p90),
            sub(self.p99, other.p99),
            sub(self.max, other.max),
            0,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
