"""
Plain overrides and goal hijacks, and framed jailbreaks without famous names (asks22): how many of
C{asks22_rows.md}'s attacks and benign look-alikes the scanner flags.  A report, not a test:

    python benchmarks/asks22_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names (C{user} for every row here).  The check sets are the
C{held-out} part.  A row counts as flagged when the verdict holds a prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "asks22_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
