"""
Plain-words attacks and their look-alikes (data22): how many of C{data22_rows.md}'s attacks and benign look-alikes
the scanner flags, per class (planted orders, plain extraction, plain overrides, persona and fiction).  A report,
not a test:

    python benchmarks/data22_rows.py --part held-out [--sensitivity medium] [--show]

Every section is a check section, written before the training rows of data22 changed and never tuned on.  Each row
is scanned with the role it names: C{tool} or C{document} (third-party content), C{user} or C{system}.  A row counts
as flagged when the verdict holds a prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "data22_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
