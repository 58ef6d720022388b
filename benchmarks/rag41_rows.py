"""
Orders against the user planted for an AI reader (a coding agent, a notetaker, a reviewer bot, "an AI answering
from this document"), and honest rules for bots and people (rag41): how many of C{rag41_rows.md}'s rows the
scanner flags.  A report, not a test:

    python benchmarks/rag41_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names: C{tool} or C{document} (third-party content), or C{user} for a
message that pastes such content.  A row counts as flagged when the verdict holds a prompt-attack finding, as in
C{koreshield eval}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "rag41_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
