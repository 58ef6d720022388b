"""
E-mail addresses in the leet reading (leet17): how many of C{leet17_rows.md}'s
rows the scanner flags, and how many rows' leet reading lines up with the
plain reading token for token (L{koreshield.scan.views.View.like_first}, so
the second full cue pass is skipped).  A report, not a test:

    python benchmarks/leet17_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import load_rows
from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import is_flagged
from koreshield.scan.views import expand

ROWS_FILE = Path(__file__).resolve().parent / "leet17_rows.md"


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
        flagged = leet = aligned = 0
        for language, role, text in rows:
            verdict = scanner.scan_text(text, role=role)
            hit = is_flagged(verdict)
            flagged += hit
            origins = {view.origin: view.like_first for view in expand(text)}
            leet += "leet" in origins
            aligned += origins.get("leet", False)
            if args.show or hit != attack:
                mark = "FLAG" if hit else "miss" if attack else "ok"
                short = text.replace("\n", " ")[:150]
                print(f"  {mark:4} {verdict.confidence:.2f} {language} {role:8} {short}")
        print(
            f"{name}: {flagged}/{len(rows)} flagged at {args.sensitivity}; "
            f"{leet} with a leet reading, {aligned} of them aligned"
        )


if __name__ == "__main__":
    main()
