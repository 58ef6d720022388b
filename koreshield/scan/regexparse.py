"""
CPython's own parser of regular expressions, and how far before its start a
pattern's search reads.

test-case-name: tests.test_scan_regexparse

Knowing that lets a caller reuse a search's result where the text it read is
unchanged (L{koreshield.scan.rules}), and try a pattern only where a match can
begin (L{koreshield.scan.leads}).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any, Final


def _re_module(name: str, before_3_11: str) -> Any:
    try:
        return importlib.import_module(f"re.{name}")
    except ImportError:  # Python 3.10
        return importlib.import_module(before_3_11)


PARSER: Final[Any] = _re_module("_parser", "sre_parse")
CONSTANTS: Final[Any] = _re_module("_constants", "sre_constants")
"""CPython's own parser of regular expressions (typeshed knows only its deprecated names)."""
REPEATS: Final = tuple(
    getattr(CONSTANTS, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(CONSTANTS, name)
)
ATOMIC_GROUP: Final = getattr(CONSTANTS, "ATOMIC_GROUP", None)
"""Absent before Python 3.11, like possessive repeats."""

UNBOUNDED: Final = 1 << 16
"""A width at least this is taken as unbounded (L{koreshield.scan.leads})."""


def reach_behind(pattern: str) -> int:
    """
    How many characters before a search's start C{pattern} can see: the
    widest look-behind (Python's are of bounded width), at least one for
    C{\\b} and C{^}.  What a search of C{[start, end)} finds depends on the
    text from C{start - reach_behind(pattern)} to C{end} only.
    """
    widths = [int(sub.getwidth()[1]) for direction, sub in _lookarounds(PARSER.parse(pattern)) if direction < 0]
    return max([1, *(width + 1 for width in widths)])


def _lookarounds(parsed: Any) -> Iterator[tuple[int, Any]]:
    """Every look-ahead (direction 1) and look-behind (-1) of a parsed pattern, nested ones too."""
    stack = [parsed]
    while stack:
        for op, value in stack.pop():
            if op in (CONSTANTS.ASSERT, CONSTANTS.ASSERT_NOT):
                direction, sub = value
                yield direction, sub
                stack.append(sub)
            elif op is CONSTANTS.BRANCH:
                stack.extend(value[1])
            elif op is CONSTANTS.SUBPATTERN:
                stack.append(value[-1])
            elif op in REPEATS:
                stack.append(value[2])
            elif op is ATOMIC_GROUP:
                stack.append(value)
            elif op is CONSTANTS.GROUPREF_EXISTS:
                stack.extend(branch for branch in value[1:] if branch is not None)
