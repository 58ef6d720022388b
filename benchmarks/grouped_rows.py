"""
The report of a round's rows script: flagged counts of named groups of C{(role, text)} rows, per sensitivity.

A group's name ends in C{attacks} or C{benign}; a row counts as flagged on any finding (secrets and personal data
too), as the held-out sets count.
"""

from __future__ import annotations

from collections.abc import Iterable

from koreshield.scan.policy import ScanPolicy
from koreshield.scan.scanner import Scanner

Row = tuple[str, str]
"""C{(role, text)}."""

Group = tuple[str, tuple[Row, ...]]
"""A group's name and its rows."""


def report_groups(groups: Iterable[Group]) -> None:
    """Print flagged counts (any finding) per sensitivity for each group."""
    groups = tuple(groups)
    for level in ("low", "medium", "high"):
        scanner = Scanner(ScanPolicy(sensitivity=level, cache_size=0))
        for name, rows in groups:
            hits = sum(1 for role, text in rows if scanner.scan_text(text, role).threat_detected)
            print(f"{level:6} {name:26} {hits}/{len(rows)}")
