"""
Direct injections in plain English without "ignore all previous instructions", and their benign twins: how many
of C{hijack13_rows.md}'s rows the scanner flags.  A report, not a test:

    python benchmarks/hijack13_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Every row is scanned as C{user}.  A row counts as flagged when the verdict holds a prompt-attack finding, as in
C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "hijack13_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
