#!/usr/bin/env python3
"""
Scan latency of two versions of the scanner in one process, text by text: a report, not a test.

    python benchmarks/scan_ab.py REVISION [DATA_DIR] [--best-of N] [--rounds R] [--cpu-time]

On a shared machine, back-to-back runs of C{benchmarks/scan_latency.py} for two
versions drift with the other jobs' load by more than most changes are worth.
Here the package as it is at C{REVISION} (a git revision of this repository)
is exported to a temporary folder under another name, C{koreshield_before},
and both versions scan each text in turn (which one goes first alternates
from one pass to the next: the second scan of a text finds some of its data
in the CPU caches), C{N} times each, keeping each text's fastest time; the
texts are those of C{scan_latency.py} (150 per size and kind).  Each cell
printed is the median over C{R} rounds.  Both versions share the CPU
caches, so absolute times come out a little higher than when each runs
alone; the comparison is the point.

Both versions must give the same findings for every text scanned, or the
report stops: a speed change that changes verdicts is not a speed change.

C{--cpu-time} times each scan by the CPU time of this thread
(C{time.thread_time}) instead of the wall clock: on a machine whose other
jobs keep more processes runnable than it has CPUs, wall-clock times
include the moments this process waits for a CPU, and the same code
measured against itself then differs by several per cent; CPU time still
counts what the other jobs do to the CPU caches.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scan_latency import ORDINARY_FILES, SIZES, TRIGGER_HEAVY_FILES
from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import DEVELOPMENT_FILES, Row, load_rows, sample_text

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "koreshield_before"


def export_before(revision: str, into: Path) -> None:
    """Write the C{koreshield} package at C{revision} into C{into} as L{BEFORE}, its imports renamed."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "koreshield"], check=True, capture_output=True
    )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    (into / "koreshield").rename(into / BEFORE)
    for path in (into / BEFORE).rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bkoreshield(?=\.)", BEFORE, source), encoding="utf-8")


@contextmanager
def scanners_before_and_after(revision: str) -> Iterator[tuple[Any, Scanner]]:
    """
    A scanner of C{revision} (exported by L{export_before}) and one of
    this tree, both with the cache off, for as long as the export exists.
    """
    with tempfile.TemporaryDirectory() as folder:
        export_before(revision, Path(folder))
        sys.path.insert(0, folder)
        before_scan = __import__(f"{BEFORE}.scan", fromlist=["Scanner"])
        yield before_scan.Scanner(before_scan.ScanPolicy(cache_size=0)), Scanner(ScanPolicy(cache_size=0))


def findings(verdict: Any) -> list[tuple[Any, ...]]:
    """What the verdict digest compares of a verdict's findings."""
    return [(f.type, f.start, f.end, f.detector, round(f.confidence, 4)) for f in verdict.findings]


def compare(
    before: Any,
    after: Scanner,
    rows: list[Row],
    size: int,
    repeat: int,
    clock: Callable[[], float] = time.perf_counter,
    same_verdicts: bool = True,
    role: str = "user",
) -> tuple[float, ...]:
    """C{(p50 before, p50 after, p99 before, p99 after)} in ms over 150 texts of C{size}, timed by C{clock}."""
    texts = [sample_text(rows, size, offset) for offset in range(150)]
    best_before = [float("inf")] * len(texts)
    best_after = [float("inf")] * len(texts)
    for run in range(repeat):
        for index, text in enumerate(texts):
            # Measured against itself in one order only, the same code came out 2-8 % faster second.
            order = (0, 1) if run % 2 == 0 else (1, 0)
            verdicts: list[Any] = [None, None]
            seconds = [0.0, 0.0]
            for which in order:
                started = clock()
                verdicts[which] = (before, after)[which].scan_text(text, role)
                seconds[which] = clock() - started
            old, new = verdicts
            best_before[index] = min(best_before[index], seconds[0])
            best_after[index] = min(best_after[index], seconds[1])
            if same_verdicts and findings(old) != findings(new):
                raise SystemExit(f"the versions disagree on a {size}-character text (offset {index})")
    best_before.sort()
    best_after.sort()
    p50, p99 = len(texts) // 2, round(0.99 * (len(texts) - 1))
    return tuple(x * 1000.0 for x in (best_before[p50], best_after[p50], best_before[p99], best_after[p99]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision", help="the version to compare with, e.g. main")
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--best-of", type=int, default=5, metavar="N", help="scans of each text per version")
    parser.add_argument("--rounds", type=int, default=3, metavar="R", help="rounds; each cell is their median")
    parser.add_argument("--cpu-time", action="store_true", help="time scans by this thread's CPU time")
    parser.add_argument(
        "--role", default="user", help="the role every text is scanned as (tool: the third-party cues are matched too)"
    )
    parser.add_argument(
        "--verdicts-may-differ",
        action="store_true",
        help="time a change of what is detected too (by default differing findings stop the report)",
    )
    args = parser.parse_args()

    rows = load_rows(args.data, DEVELOPMENT_FILES)
    if not rows:
        raise SystemExit(f"no development data in {args.data}")
    corpora = {
        "ordinary prompts": [r for r in rows if r.file in ORDINARY_FILES],
        "trigger-heavy benign": [r for r in rows if r.file in TRIGGER_HEAVY_FILES],
        "attacks": [r for r in rows if r.label == "attack"],
        "all development rows": rows,
    }
    with scanners_before_and_after(args.revision) as (before, after):
        clock = time.thread_time if args.cpu_time else time.perf_counter
        timed = "CPU time" if args.cpu_time else "wall clock"
        print(
            f"{args.revision} (before) against this tree (after), fastest of {args.best_of}, median of {args.rounds}, "
            f"{timed}"
        )
        print("| text | size | p50 before | p50 after | p99 before | p99 after |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, corpus in corpora.items():
            for size in SIZES[:4]:
                cells = [
                    compare(before, after, corpus, size, args.best_of, clock, not args.verdicts_may_differ, args.role)
                    for _ in range(args.rounds)
                ]
                medians = [statistics.median(cell[i] for cell in cells) for i in range(4)]
                label = f"{size} B" if size < 1024 else f"{size // 1024} KB"
                print(f"| {name} | {label} | " + " | ".join(f"{m:.3f} ms" for m in medians) + " |", flush=True)


if __name__ == "__main__":
    main()
