"""
Attacks in other languages by class of error (an answer stated by "we" under a
hypothetical, a privacy pretext, the password to confirm): how many of
C{multi21_rows.md}'s attacks and benign twins the scanner flags.  A report, not a test:

    python benchmarks/multi21_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Every row is a user's message, scanned with the role it names (C{user}).  A row
counts as flagged when the verdict holds a prompt-attack finding, as in
C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "multi21_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
