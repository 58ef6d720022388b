"""
Direct attacks and benign twins in 17 languages: how many of C{model15_rows.md}'s
rows the scanner flags, and the linear model's own probability per language.
A report, not a test:

    python benchmarks/model15_rows.py [--sensitivity medium] [--part tuning|held-out] [--show]

Verdicts as in C{planted_rows.py}, whose reader this uses; then, per section, the
model's probability of each language's rows (mean and lowest for attacks, mean and
highest for benign rows), scored as the scanner scores the main view.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.planted_rows import load_rows, report_rows
from koreshield.scan import features
from koreshield.scan.model import LinearModel
from koreshield.scan.views import expand

ROWS_FILE = Path(__file__).resolve().parent / "model15_rows.md"


def model_probability(model: LinearModel, text: str) -> float:
    """The model's probability of C{text}, from the same features the scanner reads."""
    return model.probability(features.extract(expand(text)[0].tokens, text.isascii()))


def report_model(part: str) -> None:
    """Per section of C{part}, per language: the model's mean and extreme probability."""
    model = LinearModel.load_shipped()
    for name, rows in load_rows(ROWS_FILE).items():
        if not name.lower().startswith(part):
            continue
        attack = "attack" in name.lower()
        by_language: dict[str, list[float]] = defaultdict(list)
        for language, _role, text in rows:
            by_language[language].append(model_probability(model, text))
        cells = []
        for language, scores in sorted(by_language.items()):
            extreme = min(scores) if attack else max(scores)
            cells.append(f"{language} {sum(scores) / len(scores):.2f}/{extreme:.2f}")
        everything = [s for scores in by_language.values() for s in scores]
        label = "mean/lowest" if attack else "mean/highest"
        print(f"{name}: model {label}: all {sum(everything) / len(everything):.2f}; " + ", ".join(cells))


def main() -> None:
    report_rows(ROWS_FILE, __doc__ or "")
    part = "held-out" if "held-out" in sys.argv else "tuning"
    report_model(part)


if __name__ == "__main__":
    main()
