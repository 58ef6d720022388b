"""
Orders planted in tool results in the voice of the user an agent works for (dojo24): how many of
C{dojo24_rows.md}'s attacks and benign look-alikes the scanner flags.  A report, not a test:

    python benchmarks/dojo24_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names.  A row counts as flagged when the verdict holds a prompt-attack
finding, as in C{koreshield eval}.  The held-out measure of this round is AgentDojo's held-out half
(C{benchmarks/scan_agentdojo.py score --attacks held-out}); this file has tuning rows only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import report_rows

ROWS_FILE = Path(__file__).resolve().parent / "dojo24_rows.md"


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
