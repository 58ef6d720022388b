"""
Planted instructions in content a user pastes: how many of C{pasted_rows.md}'s
attacks and benign twins the scanner flags.  A report, not a test:

    python benchmarks/pasted_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Every row is a user's message that frames someone else's content ("Summarise
this email:", a code fence, quotes, tags, "Summarise the above") and is
scanned as role C{user}.  A row counts as flagged when the verdict holds a
prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import load_rows
from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import is_flagged

ROWS_FILE = Path(__file__).resolve().parent / "pasted_rows.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sensitivity", default="medium", choices=("low", "medium", "high"))
    parser.add_argument("--part", default="tuning", choices=("tuning", "held-out"))
    parser.add_argument("--show", action="store_true", help="list every row with its verdict")
    args = parser.parse_args()
    scanner = Scanner(ScanPolicy(sensitivity=args.sensitivity, cache_size=0))
    for name, rows in load_rows(ROWS_FILE).items():
        if not name.lower().startswith(args.part):
            continue
        attack = "attack" in name.lower()
        flagged = 0
        for language, role, text in rows:
            verdict = scanner.scan_text(text, role=role)
            hit = is_flagged(verdict)
            flagged += hit
            if args.show or hit != attack:
                mark = "FLAG" if hit else "miss" if attack else "ok"
                short = text.replace("\n", " ")[:150]
                print(f"  {mark:4} {verdict.confidence:.2f} {language} {role:8} {short}")
        print(f"{name}: {flagged}/{len(rows)} flagged at {args.sensitivity}")


if __name__ == "__main__":
    main()
