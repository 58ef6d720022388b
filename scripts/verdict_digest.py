#!/usr/bin/env python3
"""
A digest of the scanner's verdicts, to prove that a speed change changed none.

    python scripts/verdict_digest.py OUT.jsonl [--data DIR]
    python scripts/verdict_digest.py OUT.jsonl --compare BEFORE.jsonl

Scans every row of every C{.jsonl} file in the data folder (as the role
L{koreshield.scan.evaluation.Row.role} gives it) at low, medium and high,
plus a few long texts built from the rows (so the chunked matching of long
texts is covered), with the cache off.  Each line of the digest is one text
at one sensitivity: C{threat_detected}, C{threat_type}, the confidence
rounded to 4 places, and every finding's type, start, end and detector.

A second, stricter part is written per text (not per sensitivity): the raw
cue hits of every view (cue name, start, end, view origin) and the model's
probability rounded to 6 places, which would show a change in matching even
where scoring happened to hide it.

C{--compare} prints every line that differs and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import Row, load_rows, sample_text
from koreshield.scan.features import feature_parts
from koreshield.scan.model import LinearModel, sigmoid
from koreshield.scan.policy import SENSITIVITIES
from koreshield.scan.rules import CueMatcher
from koreshield.scan.views import expand

LONG_SIZES = (8192, 16384, 65536, 262144)
"""Long texts (4 offsets each) past the matcher's chunk size."""


def texts(data: Path) -> list[tuple[str, str, str]]:
    """C{(name, role, text)} for every row of every file, then the long texts."""
    files = sorted(path.name for path in data.glob("*.jsonl"))
    rows: list[Row] = load_rows(data, files)
    found = []
    counts: dict[str, int] = {}
    for row in rows:
        number = counts.get(row.file, 0)
        counts[row.file] = number + 1
        found.append((f"{row.file}:{number}", row.role, row.text))
    for size in LONG_SIZES:
        for offset in range(4):
            found.append((f"long:{size}:{offset}", "user", sample_text(rows, size, offset * 101)))
    return found


def digest(data: Path) -> list[dict[str, Any]]:
    """Every digest line, in a fixed order."""
    scanner = Scanner(ScanPolicy(cache_size=0))
    cues = CueMatcher()
    model = LinearModel.load_shipped()
    lines: list[dict[str, Any]] = []
    for name, role, text in texts(data):
        for level in SENSITIVITIES:
            verdict = scanner.scan_text(text, role, level)
            lines.append(
                {
                    "row": name,
                    "level": level,
                    "threat_detected": verdict.threat_detected,
                    "threat_type": verdict.threat_type,
                    "confidence": round(verdict.confidence, 4),
                    "findings": [[f.type, f.start, f.end, f.detector] for f in verdict.findings],
                }
            )
        views = expand(text)
        hits = [[view.origin, hit.cue.name, hit.start, hit.end] for view in views for hit in cues.match(view)]
        probability = sigmoid(model.logit_of_parts(feature_parts(views[0].tokens, text.isascii())))
        lines.append({"row": name, "level": "cues", "hits": sorted(hits), "model": round(probability, 6)})
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="where to write the digest (JSON lines)")
    parser.add_argument("--data", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--compare", type=Path, metavar="BEFORE", help="a digest to compare with")
    args = parser.parse_args()
    started = time.perf_counter()
    lines = digest(args.data)
    with args.out.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, sort_keys=True) + "\n")
    print(f"{len(lines)} lines in {time.perf_counter() - started:.1f} s -> {args.out}")
    if args.compare is None:
        return
    before = args.compare.read_text(encoding="utf-8").splitlines()
    after = [json.dumps(line, sort_keys=True) for line in lines]
    differences = 0
    if len(before) != len(after):
        print(f"line counts differ: {len(before)} before, {len(after)} now")
        differences += 1
    for old, new in zip(before, after, strict=False):
        if old != new:
            differences += 1
            if differences <= 20:
                print(f"- {old}\n+ {new}")
    print(f"{differences} differences")
    raise SystemExit(1 if differences else 0)


if __name__ == "__main__":
    main()
