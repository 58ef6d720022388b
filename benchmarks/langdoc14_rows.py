"""
Orders planted in documents written in other languages: how many of C{langdoc14_rows.md}'s attacks and benign
twins the scanner flags.  A report, not a test:

    python benchmarks/langdoc14_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Every row (role C{content}) is scanned twice: as a C{document} (third-party content) and as a C{user} message
that is only the content, the way the evaluation scans CyberSecEval's indirect rows.  A row counts as flagged
when the verdict holds a prompt-attack finding, as in C{koreshield eval}.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import load_rows
from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import is_flagged

ROWS_FILE = Path(__file__).resolve().parent / "langdoc14_rows.md"
ROLES = ("document", "user")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sensitivity", default="medium", choices=("low", "medium", "high"))
    parser.add_argument("--part", default="tuning", choices=("tuning", "held-out"))
    parser.add_argument("--show", action="store_true", help="list every row with its verdicts")
    args = parser.parse_args()
    scanner = Scanner(ScanPolicy(sensitivity=args.sensitivity, cache_size=0))
    for name, rows in load_rows(ROWS_FILE).items():
        if not name.lower().startswith(args.part):
            continue
        attack = "attack" in name.lower()
        flagged = dict.fromkeys(ROLES, 0)
        for language, _, text in rows:
            marks = []
            surprise = False
            for role in ROLES:
                verdict = scanner.scan_text(text, role=role)
                hit = is_flagged(verdict)
                flagged[role] += hit
                surprise = surprise or hit != attack
                marks.append(f"{role[:3]} {'FLAG' if hit else 'miss' if attack else 'ok'} {verdict.confidence:.2f}")
            if args.show or surprise:
                print(f"  {' / '.join(marks)} {language} {text.replace(chr(10), ' ')[:110]}")
        counts = ", ".join(f"{role} {flagged[role]}/{len(rows)}" for role in ROLES)
        print(f"{name}: {counts} flagged at {args.sensitivity}")


if __name__ == "__main__":
    main()
