#!/usr/bin/env python3
"""
Train the word-class model (C{scripts/wordclasses.py}) on the development
set, and report what it would add to the scanner.

    python scripts/train_classes.py --data /work/shared/eval/data --out /tmp/classmodel.json.gz
    python scripts/train_classes.py --added /tmp/classmodel.json.gz   # what it adds to the scanner at medium
    python scripts/train_classes.py --data /work/shared/eval/data --cv 5   # out-of-fold figures, writes nothing

The same fit as C{scripts/train_scanner.py} (its weighting of rows, its
deterministic full-batch Adam, gzip with a zero timestamp: the same data
gives the same bytes), over the class features of each row's main view
instead of its words.  Needs numpy.  The model is not shipped: mixed with the
word model it gained no recall on the class23 check set without raising the
report set's benign false alarms (docs/scanner.md, "A learned scorer over word
classes"); C{--added} prints those figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_scanner
import wordclasses

from koreshield.scan.evaluation import DEVELOPMENT_FILES, Row, load_rows
from koreshield.scan.model import LinearModel
from koreshield.scan.views import expand


def featurise(rows: list[Row], floor: int, table: dict[str, tuple[str, ...]]) -> list[set[str]]:
    """Each row's class features, exactly as the scanner computes them."""
    return [wordclasses.extract(expand(row.text)[0].tokens, floor, table) for row in rows]


def train(rows: list[Row], feature_sets: list[set[str]], args: argparse.Namespace) -> dict[str, object]:
    """Fit on every feature seen in C{--min-df} rows; return the model file's JSON."""
    frequency: Counter[str] = Counter()
    for found in feature_sets:
        frequency.update(found)
    kept = sorted(f for f, n in frequency.items() if n >= args.min_df and not f.startswith(wordclasses.PAD))
    vocabulary = {f: i for i, f in enumerate(kept)}
    labels = np.array([row.label == "attack" for row in rows], dtype=np.float64)
    weights = train_scanner.row_weights(rows)
    matrix = train_scanner.build_matrix(feature_sets, vocabulary)
    w, b = train_scanner.fit(matrix, labels, weights, len(vocabulary), args.l2, args.steps)
    training = {
        "l2": args.l2,
        "steps": args.steps,
        "min_df": args.min_df,
        "floor": args.floor,
        "dropped": sorted(args.drop_classes),
        "kinds": sorted(args.kinds or ()),
        "features": "word classes per sentence: classes, class bigrams and trigrams, ordered pairs in a window",
    }
    return train_scanner.model_document(w, b, vocabulary, rows, labels, training, version_prefix="classes-")


def cross_validate(rows: list[Row], feature_sets: list[set[str]], args: argparse.Namespace) -> None:
    """Out-of-fold probabilities: per file, the share of rows at or above each threshold."""
    folds = train_scanner.folds_of(rows, args.cv)
    scores = [0.0] * len(rows)
    for fold in range(args.cv):
        index = [i for i, f in enumerate(folds) if f != fold]
        model = LinearModel.from_dict(train([rows[i] for i in index], [feature_sets[i] for i in index], args))
        for i, f in enumerate(folds):
            if f == fold:
                scores[i] = model.probability(feature_sets[i])
                if args.score == "max":
                    sentences = wordclasses.extract_sentences(
                        expand(rows[i].text)[0].tokens,
                        args.floor,
                        wordclasses.class_table(frozenset(args.drop_classes)),
                    )
                    scores[i] = max([scores[i], *map(model.probability, sentences)])
    by_file: dict[tuple[str, str], list[float]] = defaultdict(list)
    for row, score in zip(rows, scores, strict=True):
        by_file[(row.file, row.label)].append(score)
    benign = [values for (name, label), values in by_file.items() if label == "benign" and len(values) >= 200]
    at = min(t / 1000 for t in range(500, 1000) if all(sum(v >= t / 1000 for v in b) <= 0.005 * len(b) for b in benign))
    attacks = [s for (name, label), values in by_file.items() if label == "attack" for s in values]
    recall = 100 * sum(s >= at for s in attacks) / len(attacks)
    print(f"lowest threshold with every benign file of 200+ rows <= 0.5 %: {at}; attack recall there {recall:.1f} %")
    thresholds = args.thresholds
    print(f"Out-of-fold ({args.cv}-fold) class model alone; % of rows flagged at " + ", ".join(map(str, thresholds)))
    for (name, label), values in sorted(by_file.items()):
        shares = " ".join(f"{100 * sum(v >= t for v in values) / len(values):6.1f}" for t in thresholds)
        print(f"  {name:45} {label:6} {len(values):6} {shares}")


MIXES: dict[str, Callable[[float, float], float]] = {
    "class alone": lambda classes, words: classes,
    "noisy-or": lambda classes, words: 1 - (1 - classes) * (1 - words),
    "geometric mean": lambda classes, words: math.sqrt(classes * words),
    "both (min)": min,
}
"""Ways of mixing the class model's probability with the word model's, each tried at several thresholds."""
MIX_THRESHOLDS = (0.7, 0.8, 0.9, 0.95, 0.98, 0.99)
CHECK_ROWS = Path(__file__).resolve().parent.parent / "benchmarks" / "class23_rows.md"


def report_added(data: Path, model_json: dict[str, Any]) -> None:
    """
    For each mix of L{MIXES} and threshold: the rows the scanner does not flag at C{medium} that the mix would
    (scaled by the role's model weight, as C{assess} does): on the class23 check set, and per benign file and on the
    attacks of the evaluation data (development files are in-sample for a model trained on them).
    """
    from benchmarks.planted_rows import load_rows as load_check_rows
    from koreshield.scan import Scanner, ScanPolicy, features
    from koreshield.scan.evaluation import is_flagged
    from koreshield.scan.evaluation import load_rows as load_all_rows
    from koreshield.scan.scoring import MODEL_WEIGHTS, role_group

    model = LinearModel.from_dict(model_json)
    floor = int(model_json["training"].get("floor", 0))
    table = wordclasses.class_table(frozenset(model_json["training"].get("dropped", ())))
    scanner = Scanner(ScanPolicy(sensitivity="medium", cache_size=0))
    words = LinearModel.load_shipped()
    scored: list[tuple[str, float, float]] = []

    def score(name: str, attack: bool, text: str, role: str, attacks: str) -> None:
        if is_flagged(scanner.scan_text(text, role=role)):
            return
        view = expand(text)[0]
        weight = MODEL_WEIGHTS[role_group(role)]
        classes = model.probability(wordclasses.extract(view.tokens, floor, table)) * weight
        scored.append(
            (
                attacks if attack else name + " benign",
                classes,
                words.probability(features.extract(view.tokens, text.isascii())) * weight,
            )
        )

    for row in load_all_rows(data):
        score(row.file, row.label == "attack", row.text, row.role, f"{row.split} attacks")
    for section, check_rows in load_check_rows(CHECK_ROWS).items():
        for _language, role, text in check_rows:
            score("class23 check", "attack" in section.lower(), text, role, "class23 check attacks")
    for mix_name, mix in MIXES.items():
        for threshold in MIX_THRESHOLDS:
            added: Counter[str] = Counter()
            for name, classes, word in scored:
                if mix(classes, word) >= threshold:
                    added[name] += 1
            parts = ", ".join(f"{name} +{n}" for name, n in sorted(added.items()))
            print(f"{mix_name:15} >= {threshold:4}: {parts or 'nothing'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--out", type=Path, help="where to write the trained model")
    parser.add_argument("--added", type=Path, metavar="MODEL", help="report what MODEL adds to the scanner at medium")
    parser.add_argument("--extra", type=Path, default=train_scanner.SYNTHETIC, help="extra development rows")
    parser.add_argument("--no-extra", dest="extra", action="store_const", const=None, help="train on the data alone")
    parser.add_argument("--cv", type=int, default=0, help="k-fold cross-validation instead of writing a model")
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.9, 0.95, 0.99])
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument(
        "--score",
        choices=("union", "max"),
        default="union",
        help="with --cv: score the union, or max(union, sentences)",
    )
    parser.add_argument("--kinds", nargs="+", metavar="KIND", help="train on the attacks of these kinds only")
    parser.add_argument("--drop-classes", nargs="+", default=[], metavar="CLASS", help="leave these classes out")
    parser.add_argument("--floor", type=int, default=20, help="pad feature sets to this many (wordclasses.extract)")
    args = parser.parse_args()

    if args.added is not None:
        report_added(args.data, json.loads(gzip.decompress(args.added.read_bytes())))
        return
    rows = load_rows(args.data, DEVELOPMENT_FILES)
    if not rows:
        raise SystemExit(f"no development files in {args.data}")
    if args.extra is not None:
        rows += load_rows(args.extra.parent, [args.extra.name])
    if args.kinds:
        rows = [row for row in rows if row.label == "benign" or row.kind in args.kinds]
    table = wordclasses.class_table(frozenset(args.drop_classes))
    feature_sets = featurise(rows, args.floor, table)
    if args.cv:
        cross_validate(rows, feature_sets, args)
        return
    if args.out is None:
        raise SystemExit("--out, --cv or --added is needed")
    model = train(rows, feature_sets, args)
    train_scanner.write_model(model, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(model['weights'])} features)")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
