"""
Direct prompt injections by technique (C{benchmarks/technique_rows.md}): how
many attacks the scanner flags and how many look-alikes it flags, as the
role user.  A report, not a test:

    python benchmarks/scan_technique_rows.py [--part tuning|held-out] [--sensitivity medium] [--show]

The held-out part was written with the tuning part, before any cue changed,
and is meant to be run once, at the end of the round that tunes on the other.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import is_flagged
from koreshield.scan.features import feature_parts
from koreshield.scan.model import LinearModel, sigmoid
from koreshield.scan.rules import CueMatcher
from koreshield.scan.views import expand

ROWS = Path(__file__).resolve().parent / "technique_rows.md"
_NUMBERED = re.compile(r"^\d+\. (.*)$", re.MULTILINE)


def numbered_rows(path: Path, part: str) -> tuple[list[str], list[str]]:
    """
    The attacks and benign look-alikes of one part ("tuning" or "held-out") of a rows file written like
    C{technique_rows.md} (numbered rows under "Attacks" and "Benign", the held-out part after "## Held-out"); a
    literal \\n is a line break.
    """
    text = path.read_text(encoding="utf-8")
    section = text.split("\n## Held-out", 1)[1 if part == "held-out" else 0]
    attacks, benign = section.split("\nAttacks", 1)[1].split("\nBenign", 1)

    def rows(block: str) -> list[str]:
        return [row.replace("\\n", "\n") for row in _NUMBERED.findall(block)]

    return rows(attacks), rows(benign)


def technique_rows(part: str) -> tuple[list[str], list[str]]:
    """The attacks and benign look-alikes of one part of C{technique_rows.md}."""
    return numbered_rows(ROWS, part)


def report_numbered_rows(path: Path, description: str) -> None:
    """The command line of a rows file written like C{technique_rows.md}: counts, and with --show the surprises."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=("tuning", "held-out"), default="tuning")
    parser.add_argument("--sensitivity", choices=("low", "medium", "high"), default="medium")
    parser.add_argument("--show", action="store_true", help="print every missed attack and flagged look-alike")
    args = parser.parse_args()
    scanner = Scanner(ScanPolicy(sensitivity=args.sensitivity, cache_size=0))
    attacks, benign = numbered_rows(path, args.part)
    missed, false_alarms = [], []
    for number, text in enumerate(attacks, 1):
        verdict = scanner.scan_text(text, "user")
        if not is_flagged(verdict):
            missed.append((number, verdict, text))
    for number, text in enumerate(benign, 1):
        verdict = scanner.scan_text(text, "user")
        if is_flagged(verdict):
            false_alarms.append((number, verdict, text))
    print(
        f"{args.part} at {args.sensitivity}: attacks flagged {len(attacks) - len(missed)}/{len(attacks)}, "
        f"look-alikes flagged {len(false_alarms)}/{len(benign)}"
    )
    if args.show:
        cues, model = CueMatcher(), LinearModel.load_shipped()
        for label, found in (("MISSED", missed), ("FALSE ALARM", false_alarms)):
            for number, verdict, text in found:
                views = expand(text)
                names = sorted({hit.cue.name for view in views for hit in cues.match(view)})
                probability = sigmoid(model.logit_of_parts(feature_parts(views[0].tokens, text.isascii())))
                print(f"{label} {number} conf={verdict.confidence:.3f} model={probability:.3f} {names}: {text[:140]!r}")


def main() -> None:
    report_numbered_rows(ROWS, __doc__ or "")


if __name__ == "__main__":
    main()
