"""
Injections by technique and orders planted in documents, in other languages: how many of C{multi13_rows.md}'s
attacks and benign twins the scanner flags.  A report, not a test:

    python benchmarks/multi13_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names: C{user} (a direct injection, a message
that is only someone else's content, or content pasted into a user's message) or
C{document} (an indirect one).  A row counts as flagged when the verdict holds a
prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "multi13_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
