"""
Orders planted for an AI reader named by its task (a summarizing model, AI browsing agents, an AI analyst), and
look-alikes that give the same orders to people (rag40): how many of C{rag40_rows.md}'s rows the scanner flags.
A report, not a test:

    python benchmarks/rag40_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names: C{tool} or C{document} (third-party content), or C{user} for a
message that pastes such content.  A row counts as flagged when the verdict holds a prompt-attack finding, as in
C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "rag40_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
