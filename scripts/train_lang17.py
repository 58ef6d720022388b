#!/usr/bin/env python3
"""
Train the scanner's second model, for text in other languages, and write
C{koreshield/scan/lang_model.json.gz} (round seventeen, lang17).

    /tmp/train/bin/python scripts/train_lang17.py            # writes the model, prints the bar's rows
    /tmp/train/bin/python scripts/train_lang17.py --out /tmp/x.json.gz

Rows: every row that reads as another language (L{reads_foreign}) among the
development files, C{synthetic_training_data.jsonl}, round fifteen's direct
attacks and twins (C{synthetic_multi15.py}), its planted orders and twins
(C{synthetic_docs15.py}, training part) and this round's benign rows
(C{synthetic_lang17.py}).  Never read: the report files, C{benchmarks/lang17_rows.md},
C{benchmarks/model15_rows.md} and the held-out part of C{synthetic_docs15.py}; the
last two are where the bar (L{LANG_THRESHOLDS}) is chosen, and this script prints
their scores.

Model: logistic regression over L{lang_features} (binary, L2-normalised), fitted
as C{train_scanner.py} fits the first (full-batch Adam, fixed steps, prune,
refit, 4 decimals, gzip with a zero timestamp): the same bytes every run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic_docs15
import synthetic_lang17
import synthetic_multi15
from make_synthetic_data import SEED as SYNTHETIC_SEED
from train_scanner import SYNTHETIC, build_matrix, fit, write_model

from koreshield.scan.evaluation import DEVELOPMENT_FILES, load_rows
from koreshield.scan.lang_model import LANG_THRESHOLDS, lang_features, reads_foreign
from koreshield.scan.model import MODEL_FORMAT, LinearModel
from koreshield.scan.views import expand

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "koreshield" / "scan" / "lang_model.json.gz"
MODEL15_ROWS = Path(__file__).resolve().parent.parent / "benchmarks" / "model15_rows.md"


def foreign_features(text: str) -> set[str] | None:
    """The second model's features of C{text}, or None when the scanner would not run it there."""
    main = expand(text)[0]
    if not reads_foreign(text, main.tokens):
        return None
    return lang_features(main.tokens)


def training_rows(data: Path) -> list[tuple[str, bool, str]]:
    """(text, is attack, origin) of every training row, deduplicated, in a fixed order."""
    rows: list[tuple[str, bool, str]] = []
    for row in load_rows(data, DEVELOPMENT_FILES) + load_rows(SYNTHETIC.parent, [SYNTHETIC.name]):
        rows.append((row.text, row.label == "attack", row.file))
    for item in synthetic_multi15.build(random.Random(SYNTHETIC_SEED + 15)):
        rows.append((item["text"], item["label"] == "attack", "multi15"))
    for item in synthetic_docs15.training_rows():
        rows.append((item["text"], item["label"] == "attack", "docs15"))
    for item in synthetic_lang17.rows():
        rows.append((item["text"], False, "lang17"))
    for item in synthetic_lang17.hard_rows():
        rows.append((item["text"], False, "lang17-hard"))
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            unique.append(row)
    return unique


def tuning_rows() -> list[tuple[str, bool, str]]:
    """Rows the bar is chosen on, never trained on: model15's rows as users send them, docs15's held-out rows."""
    rows = []
    section = ""
    for line in MODEL15_ROWS.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line
        elif line.startswith("- ") and " | " in line:
            _, role, text = line[2:].split(" | ", 2)
            if role == "user":
                rows.append((text.replace("\\n", "\n"), "attack" in section.lower(), "model15"))
    for _language, label, _shape, text in synthetic_docs15.held_out_rows():
        rows.append((text, label == "attack", "docs15-held-out"))
    return rows


def train(texts: list[set[str]], labels: np.ndarray, args: argparse.Namespace) -> dict[str, object]:
    """Fit, prune, refit; return the model file's JSON."""
    frequency: Counter[str] = Counter()
    for found in texts:
        frequency.update(found)
    vocabulary_list = sorted(f for f, n in frequency.items() if n >= args.min_df)
    vocabulary = {f: i for i, f in enumerate(vocabulary_list)}
    weights = np.where(labels > 0, (labels == 0).sum() / max(1, labels.sum()), 1.0)
    weights = weights / weights.mean()
    matrix = build_matrix(texts, vocabulary)
    w, b = fit(matrix, labels, weights, len(vocabulary), args.l2, args.steps)
    keep = np.argsort(-np.abs(w), kind="stable")[: args.max_features]
    kept = sorted(vocabulary_list[i] for i in keep if abs(w[i]) >= 5e-4)
    pruned = {f: i for i, f in enumerate(kept)}
    matrix = build_matrix(texts, pruned)
    start = (np.array([w[vocabulary[f]] for f in kept]), b)
    w, b = fit(matrix, labels, weights, len(pruned), args.l2, args.refit_steps, start)
    rounded = {f: round(float(w[i]), 4) for f, i in pruned.items() if round(float(w[i]), 4) != 0.0}
    body = json.dumps(rounded, sort_keys=True, separators=(",", ":"))
    return {
        "format": MODEL_FORMAT,
        "version": "lang-" + hashlib.sha256(body.encode()).hexdigest()[:12],
        "bias": round(float(b), 4),
        "weights": rounded,
        "training": {
            "rows": len(texts),
            "attacks": int(labels.sum()),
            "l2": args.l2,
            "steps": [args.steps, args.refit_steps],
            "min_df": args.min_df,
            "max_features": args.max_features,
            "features": "character 3-grams of words, short words, pairs in unspaced scripts; L2-normalised",
        },
    }


def report_bar(model: LinearModel) -> None:
    """The tuning rows' scores: how many each bar would flag, attacks and benign, by origin."""
    scored: dict[tuple[str, bool], list[float]] = {}
    for text, attack, origin in tuning_rows():
        found = foreign_features(text)
        if found is None:
            continue
        scored.setdefault((origin, attack), []).append(model.probability(found))
    bars = sorted({*LANG_THRESHOLDS.values(), 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99})
    print("tuning rows flagged by the second model alone at each bar:")
    print("  " + " ".join(f"{bar:>6}" for bar in bars) + "  rows")
    for (origin, attack), scores in sorted(scored.items()):
        counts = " ".join(f"{sum(s >= bar for s in scores):>6}" for bar in bars)
        print(f"  {counts}  {len(scores)} {origin} {'attacks' if attack else 'benign'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--l2", type=float, default=1e-5)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--refit-steps", type=int, default=150)
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--max-features", type=int, default=6000)
    parser.add_argument("--without", action="append", default=[], help="leave out the rows of this origin")
    args = parser.parse_args()
    started = time.process_time()
    texts, labels, origins = [], [], Counter()
    for text, attack, origin in training_rows(args.data):
        found = foreign_features(text)
        if found is None or origin in args.without:
            continue
        texts.append(found)
        labels.append(1.0 if attack else 0.0)
        origins[(origin, attack)] += 1
    model = train(texts, np.array(labels), args)
    write_model(model, args.out)
    print(f"trained on {len(texts)} rows in {time.process_time() - started:.1f} s CPU:")
    for (origin, attack), count in sorted(origins.items()):
        print(f"  {count:5} {origin} {'attacks' if attack else 'benign'}")
    size, count = args.out.stat().st_size, len(model["weights"])  # type: ignore[arg-type]
    print(f"wrote {args.out} ({size} bytes, {count} features, version {model['version']})")
    report_bar(LinearModel.from_dict(model))


if __name__ == "__main__":
    main()
