#!/usr/bin/env python3
"""
Train the scanner's linear model on the development set and write
C{koreshield/scan/model.json.gz}.

    python scripts/train_scanner.py --data /work/shared/eval/data
    python scripts/train_scanner.py --data /work/shared/eval/data --cv 5   # honest dev figures, writes nothing

Needs numpy (training time only; the scanner itself never imports it).  Only
the development files named in L{koreshield.scan.evaluation.DEVELOPMENT_FILES}
are read, plus the synthetic rows written by C{scripts/make_synthetic_data.py}
(C{--no-extra} leaves them out): the report set stays unseen.

Model: logistic regression over the binary, L2-normalised word and
word-pair features of L{koreshield.scan.features}, with L2 regularisation,
fitted by full-batch Adam for a fixed number of steps (deterministic: no
sampling, fixed summation order).  Rows are weighted so that attacks and
benign rows count equally overall and no single benign file dominates.  The
vocabulary is features seen in at least two rows; after fitting, the
C{--max-features} largest weights are kept, the model is refitted on them,
and weights are rounded to 4 decimals.  The output is gzip with a zero
timestamp, so the same data gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from koreshield.scan import features
from koreshield.scan.evaluation import DEVELOPMENT_FILES, Row, load_rows
from koreshield.scan.model import MODEL_FORMAT, LinearModel
from koreshield.scan.views import expand

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "koreshield" / "scan" / "model.json.gz"
SCRIPTS = Path(__file__).resolve().parent
SYNTHETIC = SCRIPTS / "synthetic_training_data.jsonl"
BENIGN_FILE_CAP = 1500
HARD_NEGATIVE_WEIGHT = 3.0
PLANTED_KINDS = frozenset({"indirect_injection", "benign_context"})
PLANTED_WEIGHT = 3.0
TWIN_WEIGHT = 0.3
PLAIN22_FILE = "synthetic_plain22"


@dataclass
class Matrix:
    """Rows as a CSR matrix of feature ids with L2-normalised binary values."""

    indptr: np.ndarray
    indices: np.ndarray
    values: np.ndarray
    row_ids: np.ndarray

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1


def featurise(rows: list[Row]) -> list[set[str]]:
    """Each row's feature set, exactly as the scanner computes it."""
    result = []
    for row in rows:
        main = expand(row.text)[0]
        result.append(features.extract(main.tokens, row.text.isascii()))
    return result


def build_matrix(feature_sets: list[set[str]], vocabulary: dict[str, int]) -> Matrix:
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for found in feature_sets:
        scale = 1.0 / math.sqrt(len(found)) if found else 0.0
        ids = sorted(vocabulary[f] for f in found if f in vocabulary)
        indices.extend(ids)
        values.extend([scale] * len(ids))
        indptr.append(len(indices))
    indptr_a = np.asarray(indptr, dtype=np.int64)
    row_ids = np.repeat(np.arange(len(feature_sets)), np.diff(indptr_a))
    return Matrix(indptr_a, np.asarray(indices, dtype=np.int64), np.asarray(values, dtype=np.float64), row_ids)


def row_weights(
    rows: list[Row],
    planted_weight: float = PLANTED_WEIGHT,
    twin_weight: float = TWIN_WEIGHT,
    plain22_weights: tuple[float, float] = (1.0, 1.0),
) -> np.ndarray:
    """
    Attacks and benign rows weigh the same in total; big benign files are
    capped, and hard negatives (trigger words, personas) count three times,
    as they are what separates an attack from its look-alike.

    Third-party content (C{indirect_injection} and C{benign_context}: the
    synthetic documents with planted orders and their clean twins) is
    balanced on its own, attacks against twins, and each of its rows counts
    C{planted_weight} times: its orders differ from their twins by one
    sentence in a long text, and balanced with the prompts they would take
    the weight of the jailbreaks (round fifteen, docs15).  The twins then
    count C{twin_weight} of that: at full weight they teach that text in
    another language is benign, and the direct injections of those languages
    lose the model's support (36 of the report's translated injections at
    C{low}).  Without twins in the data the weights are the ones before
    that round.

    Round twenty-two's plain-words rows (C{--plain22}, file
    C{PLAIN22_FILE}) are balanced with the rest, then their attacks and
    their look-alikes are scaled by C{plain22_weights} apart: at full weight
    their attacks took the jailbreaks' weight and loosened the hard benign
    file (data22), so each side can be turned down or up on its own.
    """
    per_file = Counter(row.file for row in rows if row.label == "benign")
    raw = np.array(
        [
            1.0
            if row.label == "attack"
            else HARD_NEGATIVE_WEIGHT
            if row.kind == "benign_hard"
            else min(1.0, BENIGN_FILE_CAP / per_file[row.file])
            for row in rows
        ]
    )
    labels = np.array([row.label == "attack" for row in rows])
    planted = np.array([row.kind in PLANTED_KINDS for row in rows])
    if not (planted & ~labels).any():
        planted[:] = False  # no twins: the few planted attacks are balanced with the prompts, as before docs15
    for group in (planted, ~planted):
        attacks, benign = group & labels, group & ~labels
        if attacks.any() and benign.any():
            raw[attacks] *= raw[benign].sum() / raw[attacks].sum()
    raw[planted] *= planted_weight
    raw[planted & ~labels] *= twin_weight
    plain22 = np.array([row.file == PLAIN22_FILE for row in rows])
    raw[plain22 & labels] *= plain22_weights[0]
    raw[plain22 & ~labels] *= plain22_weights[1]
    return raw / raw.mean()


def fit(
    matrix: Matrix, labels: np.ndarray, weights: np.ndarray, size: int, l2: float, steps: int,
    start: tuple[np.ndarray, float] | None = None,
) -> tuple[np.ndarray, float]:  # fmt: skip
    """Full-batch Adam on the weighted logistic loss with L2; deterministic."""
    w = np.zeros(size) if start is None else start[0].copy()
    b = 0.0 if start is None else start[1]
    m_w, v_w, m_b, v_b = np.zeros(size), np.zeros(size), 0.0, 0.0
    rate, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    total = weights.sum()
    for step in range(1, steps + 1):
        contributions = w[matrix.indices] * matrix.values
        scores = np.bincount(matrix.row_ids, weights=contributions, minlength=matrix.rows) + b
        probabilities = 1.0 / (1.0 + np.exp(-np.clip(scores, -35, 35)))
        residual = weights * (probabilities - labels) / total
        grad_w = np.bincount(matrix.indices, weights=residual[matrix.row_ids] * matrix.values, minlength=size)
        grad_w += l2 * w
        grad_b = residual.sum()
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w * grad_w
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b * grad_b
        correction1, correction2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (m_w / correction1) / (np.sqrt(v_w / correction2) + eps)
        b -= rate * (m_b / correction1) / (math.sqrt(v_b / correction2) + eps)
    return w, b


def train(rows: list[Row], feature_sets: list[set[str]], args: argparse.Namespace) -> dict[str, object]:
    """Fit, prune, refit; return the model file's JSON."""
    document_frequency: Counter[str] = Counter()
    for found in feature_sets:
        document_frequency.update(found)
    vocabulary_list = sorted(f for f, n in document_frequency.items() if n >= args.min_df)
    vocabulary = {f: i for i, f in enumerate(vocabulary_list)}
    labels = np.array([row.label == "attack" for row in rows], dtype=np.float64)
    weights = row_weights(rows, args.planted_weight, args.twin_weight, tuple(args.plain22_weights))
    matrix = build_matrix(feature_sets, vocabulary)
    w, b = fit(matrix, labels, weights, len(vocabulary), args.l2, args.steps)

    keep = np.argsort(-np.abs(w), kind="stable")[: args.max_features]
    kept = sorted(vocabulary_list[i] for i in keep if abs(w[i]) >= 5e-4)
    pruned = {f: i for i, f in enumerate(kept)}
    matrix = build_matrix(feature_sets, pruned)
    start = (np.array([w[vocabulary[f]] for f in kept]), b)
    w, b = fit(matrix, labels, weights, len(pruned), args.l2, args.refit_steps, start)

    training = {
        "l2": args.l2,
        "steps": [args.steps, args.refit_steps],
        "min_df": args.min_df,
        "max_features": args.max_features,
        "features": "binary word unigrams + bigrams (+ char pairs in unspaced scripts), L2-normalised",
    }
    return model_document(w, b, pruned, rows, labels, training)


def model_document(
    w: np.ndarray,
    b: float,
    vocabulary: dict[str, int],
    rows: list[Row],
    labels: np.ndarray,
    training: dict[str, object],
    version_prefix: str = "",
) -> dict[str, object]:
    """
    A model file's JSON: the weights rounded to 4 decimals (zeros left out),
    a version named by a hash of them (part of verdict cache keys), the bias,
    and how it was trained: the rows' files, their number and attacks, then
    C{training}'s own settings.
    """
    rounded = {f: round(float(w[i]), 4) for f, i in vocabulary.items() if round(float(w[i]), 4) != 0.0}
    body = json.dumps(rounded, sort_keys=True, separators=(",", ":"))
    return {
        "format": MODEL_FORMAT,
        "version": version_prefix + hashlib.sha256(body.encode()).hexdigest()[:12],
        "bias": round(float(b), 4),
        "weights": rounded,
        "training": {
            "files": sorted({row.file for row in rows}),
            "rows": len(rows),
            "attacks": int(labels.sum()),
            **training,
        },
    }


def plain22_rows(seen: set[str], families: list[str] | None = None) -> list[Row]:
    """
    Round twenty-two's rows, with the seed C{make_synthetic_data.py --data22}
    uses, as rows of C{PLAIN22_FILE} so that L{row_weights} can tell them
    apart; texts already in the data are left out, as that script does.
    C{families} keeps only those families' rows (the same rows they are in
    the whole build, as every family is drawn from one random stream).
    """
    import random

    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))  # as when run as a script: make_synthetic_data imports its siblings
    import make_synthetic_data
    import synthetic_plain22

    rows = []
    built = synthetic_plain22.build_families(random.Random(make_synthetic_data.SEED + 22))
    for family, family_rows in built.items():
        if families is not None and family not in families:
            continue
        for row in family_rows:
            if row["text"] not in seen:
                seen.add(row["text"])
                rows.append(Row(PLAIN22_FILE, row["text"], row["label"], row["kind"]))
    return rows


def write_model(model: dict[str, object], path: Path) -> None:
    data = json.dumps(model, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def near_duplicate_group(row: Row) -> str:
    """Rows sharing a normalised 150-character prefix are kept in one fold."""
    return " ".join(row.text.lower().split())[:150]


def folds_of(rows: list[Row], count: int) -> list[int]:
    """Each row's fold of C{count}, fixed by its L{near_duplicate_group}: the same rows, the same folds."""
    return [int(hashlib.sha256(near_duplicate_group(row).encode()).hexdigest(), 16) % count for row in rows]


def cross_validate(rows: list[Row], feature_sets: list[set[str]], args: argparse.Namespace) -> None:
    """Out-of-fold figures through the whole scanner, per file and kind, at each sensitivity."""
    from koreshield.scan import Scanner, ScanPolicy
    from koreshield.scan.evaluation import Evaluation, format_evaluation, has_data_finding, is_flagged

    folds = folds_of(rows, args.cv)
    evaluation = Evaluation()
    misses: dict[str, list[str]] = defaultdict(list)
    for fold in range(args.cv):
        train_index = [i for i, f in enumerate(folds) if f != fold]
        model_json = train([rows[i] for i in train_index], [feature_sets[i] for i in train_index], args)
        scanner = Scanner(ScanPolicy(cache_size=0), model=LinearModel.from_dict(model_json))
        for i, f in enumerate(folds):
            if f != fold:
                continue
            row = rows[i]
            for level in ("low", "medium", "high"):
                verdict = scanner.scan_text(row.text, role=row.role, sensitivity=level)
                flagged = is_flagged(verdict)
                evaluation.add(row, level, flagged, has_data_finding(verdict))
                if level == "medium" and flagged != (row.label == "attack"):
                    misses[f"{row.file} {row.kind}"].append(row.text[:150].replace("\n", " "))
        print(f"fold {fold + 1}/{args.cv} done", file=sys.stderr)
    print(f"Out-of-fold ({args.cv}-fold, grouped by 150-char prefix) on the development set:")
    print(format_evaluation(evaluation))
    if args.show_errors:
        for key, texts in sorted(misses.items()):
            print(f"\n{key}: {len(texts)} errors at medium")
            for text in texts[: args.show_errors]:
                print("   ", repr(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--extra",
        type=Path,
        default=SYNTHETIC,
        help="extra development rows (default: the synthetic rows of scripts/make_synthetic_data.py)",
    )
    parser.add_argument("--no-extra", dest="extra", action="store_const", const=None, help="train on the data alone")
    parser.add_argument("--cv", type=int, default=0, help="k-fold cross-validation instead of writing a model")
    parser.add_argument("--show-errors", type=int, default=0, help="with --cv, print this many errors per file")
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument(
        "--planted-weight", type=float, default=PLANTED_WEIGHT, help="weight of third-party rows (row_weights)"
    )
    parser.add_argument(
        "--twin-weight", type=float, default=TWIN_WEIGHT, help="their benign twins' share (row_weights)"
    )
    parser.add_argument(
        "--plain22",
        action="store_true",
        help="add round 22's plain-words rows (scripts/synthetic_plain22.py) as a group of their own (not shipped)",
    )
    parser.add_argument(
        "--plain22-weights",
        type=float,
        nargs=2,
        default=(1.0, 1.0),
        metavar=("ATTACKS", "LOOKALIKES"),
        help="with --plain22, scale its attacks and its look-alikes by these after balancing (row_weights)",
    )
    parser.add_argument(
        "--plain22-families",
        nargs="+",
        choices=("planted", "extraction", "override", "persona"),
        help="with --plain22, only these families (default: all four)",
    )
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--refit-steps", type=int, default=150)
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--max-features", type=int, default=6000)
    args = parser.parse_args()

    rows = load_rows(args.data, DEVELOPMENT_FILES)
    if not rows:
        raise SystemExit(f"no development files in {args.data}")
    if args.extra is not None:
        rows += load_rows(args.extra.parent, [args.extra.name])
    if args.plain22:
        rows += plain22_rows({row.text for row in rows}, args.plain22_families)
    feature_sets = featurise(rows)
    if args.cv:
        cross_validate(rows, feature_sets, args)
        return
    model = train(rows, feature_sets, args)
    write_model(model, args.out)
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(model['weights'])} features, "  # type: ignore[arg-type]
        f"version {model['version']})"
    )


if __name__ == "__main__":
    main()
