"""
Fresh benign text, a second batch (round sixteen): how many of C{fp16_rows.md}'s
benign rows (chats quoting earlier turns, code reviews, long documents, customer
support in 17 languages, AI safety in class, game rules) and near attacks the scanner flags.  A report, not a test:

    python benchmarks/fp16_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Rows and counting as in C{planted_rows.py}, whose reader this uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "fp16_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
