"""
Ordinary traffic that talks about AI, prompts and rules, and real attacks in the same words (fp38): how many of
C{fp38_rows.md}'s rows the scanner flags.  A report, not a test:

    python benchmarks/fp38_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names: C{user}, C{system}, or C{tool} or C{document} (third-party content).
A row counts as flagged when the verdict holds a prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "fp38_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
