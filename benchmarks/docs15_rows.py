"""
Planted orders in documents, per language (round fifteen, docs15): the model's probability and the scanner's
verdicts on the rows of C{scripts/synthetic_docs15.py} that are never trained on (C{--part held-out}, the
default), on the rows it trains on (C{--part training}), or on the hand-written rows of C{docs15_rows.md}
(C{--part hand}).  A report, not a test:

    python benchmarks/docs15_rows.py [--part held-out|training|hand] [--sensitivity medium] [--show]

A request with a document in it (C{request}) is scanned as a C{user} message, the way the evaluation scans
CyberSecEval's indirect rows; a document alone is scanned as a C{document} and as a C{user} message.  Per
language: attacks and benign twins flagged, and the model's mean probability on each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import synthetic_docs15

from benchmarks.planted_rows import load_rows
from koreshield.scan import Scanner, ScanPolicy, features
from koreshield.scan.evaluation import is_flagged
from koreshield.scan.model import LinearModel, sigmoid
from koreshield.scan.views import expand

ROWS_FILE = Path(__file__).resolve().parent / "docs15_rows.md"


def _rows(part: str) -> list[tuple[str, str, str, str]]:
    """(language, label, shape, text) of the part asked for."""
    if part == "held-out":
        return synthetic_docs15.held_out_rows()
    if part == "training":
        return [
            ("train", row["label"], "request" if "\n\n" in row["text"] else "document", row["text"])
            for row in synthetic_docs15.training_rows()
        ]
    result = []
    for name, rows in load_rows(ROWS_FILE).items():
        label = "attack" if "attack" in name.lower() else "benign"
        result.extend((language, label, role, text) for language, role, text in rows)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", default="held-out", choices=("held-out", "training", "hand"))
    parser.add_argument("--sensitivity", default="medium", choices=("low", "medium", "high"))
    parser.add_argument("--show", action="store_true", help="list the rows whose verdict is wrong")
    args = parser.parse_args()
    scanner = Scanner(ScanPolicy(sensitivity=args.sensitivity, cache_size=0))
    model = LinearModel.load_shipped()
    flagged: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    probabilities: dict[tuple[str, str], list[float]] = defaultdict(list)
    for language, label, shape, text in _rows(args.part):
        main_view = expand(text)[0]
        probability = sigmoid(model.logit_of_parts(features.feature_parts(main_view.tokens, text.isascii())))
        probabilities[(language, label)].append(probability)
        roles = ("user",) if shape in ("request", "user") else ("document", "user")
        for role in roles:
            hit = is_flagged(scanner.scan_text(text, role=role))
            key = "request/user" if shape in ("request", "user") else f"document/{role}"
            flagged[(language, label, key)].append(hit)
            if args.show and hit != (label == "attack"):
                print(f"  {label} {key} {probability:.2f} {language} {text.replace(chr(10), ' ')[:140]}")
    languages = sorted({key[0] for key in probabilities}, key=lambda code: (code != "en", code))
    keys = ("request/user", "document/document", "document/user")
    print(f"{'lang':8} {'label':7} {'p mean':>6}  " + "  ".join(f"{k:>17}" for k in keys))
    totals: dict[tuple[str, str], list[int]] = defaultdict(list)
    for language in languages:
        for label in ("attack", "benign"):
            cells = []
            for key in keys:
                hits = flagged.get((language, label, key), [])
                totals[(label, key)].extend(hits)
                cells.append(f"{sum(hits):>3}/{len(hits):<3}" if hits else "    -  ")
            mean = statistics.fmean(probabilities[(language, label)]) if probabilities[(language, label)] else 0.0
            print(f"{language:8} {label:7} {mean:6.2f}  " + "  ".join(f"{cell:>17}" for cell in cells))
    for label in ("attack", "benign"):
        cells = [f"{sum(totals[(label, k)]):>4}/{len(totals[(label, k)]):<4}" for k in keys]
        everything = [p for (_, row_label), values in probabilities.items() if row_label == label for p in values]
        mean = statistics.fmean(everything) if everything else 0.0
        print(f"{'all':8} {label:7} {mean:6.2f}  " + "  ".join(f"{cell:>17}" for cell in cells))


if __name__ == "__main__":
    main()
