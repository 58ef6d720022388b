"""
Attacks and benign twins in 17 languages for the second model (round seventeen, lang17): how many of
C{lang17_rows.md}'s rows the scanner flags.  A report, not a test:

    python benchmarks/lang17_rows.py [--sensitivity medium] [--part held-out] [--show]

Verdicts as in C{planted_rows.py}, whose reader this uses.  Every row of the file is held out: it was
scanned only once the second model and its bar were fixed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "lang17_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
