"""
Round seventeen jailbreaks in the wild (C{benchmarks/jail17_rows.md}): how many
attacks the scanner flags and how many look-alikes it flags, as the role user.
A report, not a test:

    python benchmarks/jail17_rows.py [--part tuning|held-out] [--sensitivity medium] [--show]

The held-out part was written with the tuning part, before any cue changed,
and is meant to be run once, at the end of the round that tunes on the other.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scan_technique_rows import numbered_rows, report_numbered_rows

ROWS = Path(__file__).resolve().parent / "jail17_rows.md"


def jail17_rows(part: str) -> tuple[list[str], list[str]]:
    """The attacks and benign look-alikes of one part ("tuning" or "held-out"); a literal \\n is a line break."""
    return numbered_rows(ROWS, part)


def main() -> None:
    report_numbered_rows(ROWS, __doc__ or "")


if __name__ == "__main__":
    main()
