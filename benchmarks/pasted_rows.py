"""
Planted instructions in content a user pastes: how many of C{pasted_rows.md}'s
attacks and benign twins the scanner flags.  A report, not a test:

    python benchmarks/pasted_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Every row is a user's message that frames someone else's content ("Summarise
this email:", a code fence, quotes, tags, "Summarise the above") and is
scanned as role C{user}.  A row counts as flagged when the verdict holds a
prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "pasted_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
