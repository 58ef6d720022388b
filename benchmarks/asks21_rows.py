"""
Plain asks for the assistant's setup and orders planted for an automated reader (asks21): how many of
C{asks21_rows.md}'s attacks and benign look-alikes the scanner flags.  A report, not a test:

    python benchmarks/asks21_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names: C{tool} or C{document} (third-party content), C{user} (a user's
own message) or C{system}.  The check sets are the C{held-out} part.  A row counts as flagged when the verdict
holds a prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "asks21_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
