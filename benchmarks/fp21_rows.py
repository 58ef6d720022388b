"""
Greetings that name an AI without an order to it, and the user's own instructions asked back (fp21): how many of
C{fp21_rows.md}'s attacks and benign look-alikes the scanner flags.  A report, not a test:

    python benchmarks/fp21_rows.py [--sensitivity medium] [--show]

Each row is scanned with the role it names: C{tool} or C{document} (third-party content) or C{user}.  A row counts
as flagged when the verdict holds a prompt-attack finding, as in C{koreshield eval}.  Every section is a tuning
one: this round had no check set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "fp21_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
