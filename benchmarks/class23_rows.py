"""
The word-class scorer's check set (class23): extraction, planted orders, overrides and framed jailbreaks: how many of
C{class23_rows.md}'s attacks and benign look-alikes the scanner flags.  A report, not a test:

    python benchmarks/class23_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names (C{user}, or C{tool} for planted rows).  The check sets are the
C{held-out} part.  A row counts as flagged when the verdict holds a prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "class23_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
