"""
Round twelve of a user's own words: how many of C{own_words12_rows.md}'s
attacks and benign look-alikes the scanner flags.  A report, not a test:

    python benchmarks/own_words12_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Rows and counting as in C{planted_rows.py}, whose reader this uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "own_words12_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
