"""
Planted instructions in third-party content: how many of C{planted_rows.md}'s
attacks and benign look-alikes the scanner flags.  A report, not a test:

    python benchmarks/planted_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Each row is scanned with the role it names (C{document}, or C{user} for a
message that pastes the content).  A row counts as flagged when the verdict
holds a prompt-attack finding, as in C{koreshield eval} (phone numbers and
links are personal data or nothing, not what these rows measure).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import is_flagged

ROWS_FILE = Path(__file__).resolve().parent / "planted_rows.md"


def load_rows(path: Path = ROWS_FILE) -> dict[str, list[tuple[str, str, str]]]:
    """The rows of every C{## section}: (language, role, text), C{\\n} unescaped."""
    sections: dict[str, list[tuple[str, str, str]]] = {}
    current: list[tuple[str, str, str]] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = sections.setdefault(line[3:].strip(), [])
        elif line.startswith("- ") and current is not None:
            language, role, text = line[2:].split(" | ", 2)
            current.append((language, role, text.replace("\\n", "\n")))
    return sections


def report_rows(rows_file: Path, description: str) -> None:
    """
    The command line of a rows file in this format: count, per section of
    the part asked for, the rows the scanner flags, and list the surprises.
    """
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sensitivity", default="medium", choices=("low", "medium", "high"))
    parser.add_argument("--part", default="tuning", choices=("tuning", "held-out"))
    parser.add_argument("--show", action="store_true", help="list every row with its verdict")
    args = parser.parse_args()
    scanner = Scanner(ScanPolicy(sensitivity=args.sensitivity, cache_size=0))
    for name, rows in load_rows(rows_file).items():
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


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")


if __name__ == "__main__":
    main()
