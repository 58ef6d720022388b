"""
The report of a round's rows script: flagged counts of named groups of C{(role, text)} rows, per sensitivity.

A group's name ends in C{attacks} or C{benign}; a row counts as flagged on any finding (secrets and personal data
too), as the held-out sets count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from koreshield.scan.policy import ScanPolicy
from koreshield.scan.scanner import Scanner

Row = tuple[str, str]
"""C{(role, text)}."""

Group = tuple[str, tuple[Row, ...]]
"""A group's name and its rows."""

LEVELS: Final = ("low", "medium", "high")


def levels_to_show(arguments: Sequence[str], usage: str | None) -> tuple[str, ...]:
    """
    The sensitivities named on a rows script's command line, at which its
    rows gone wrong are printed.  C{--help} prints the script's docstring
    and exits, instead of being taken for a level and scanning every row;
    any other word is refused.
    """
    if any(argument in ("-h", "--help") for argument in arguments):
        print(usage or "")
        raise SystemExit(0)
    unknown = [argument for argument in arguments if argument not in LEVELS]
    if unknown:
        raise SystemExit(f"unknown sensitivity {unknown[0]!r}: give low, medium or high (or nothing)")
    return tuple(arguments)


def report_groups(groups: Iterable[Group], levels: Iterable[str] = LEVELS, show_at: Iterable[str] = ()) -> None:
    """
    Print flagged counts (any finding) per sensitivity of C{levels} for each group, and at the levels of
    C{show_at} the rows gone wrong under their group: a missed attack (C{MISS}) or a flagged look-alike (C{FP}).
    """
    groups = tuple(groups)
    show_at = frozenset(show_at)
    for level in levels:
        scanner = Scanner(ScanPolicy(sensitivity=level, cache_size=0))
        for name, rows in groups:
            flags = [scanner.scan_text(text, role).threat_detected for role, text in rows]
            print(f"{level:6} {name:26} {sum(flags)}/{len(rows)}")
            if level in show_at:
                attacks = name.endswith("attacks")
                for (_, text), flagged in zip(rows, flags, strict=True):
                    if flagged != attacks:
                        print(f"    {'MISS' if attacks else 'FP  '} {text}")
