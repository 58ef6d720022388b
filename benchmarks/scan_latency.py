#!/usr/bin/env python3
"""
Scan latency per prompt size: a report, not a test.

    python benchmarks/scan_latency.py [DATA_DIR] [--profile SIZE] [--budget SECONDS] [--best-of N]

Texts are built from the development rows of the evaluation data, in three
kinds: ordinary prompts (chat and instruction questions, maths problems),
trigger-heavy benign prompts (NotInject, persona prompts: the cue words
without the attack), and attacks (jailbreaks and injections); then all
development rows mixed.  Each run scans a different text so no cache helps;
the scanner runs with the cache off, at medium sensitivity, one thread.
Prints p50 and p99 in milliseconds at 200 B, 1 KB, 2 KB, 4 KB, 64 KB and
1 MB.

On a shared machine other jobs inflate single timings; C{--best-of N} scans
each of 150 texts per size N times and keeps each text's fastest run, which
removes most of that noise (sizes up to 4 KB only).

The goal it measures: the proxy scans inline on the reactor, so a 2 KB
ordinary prompt should take about 0.2 ms at p50 and a 4 KB one at most 1 ms
at p99, growing linearly beyond.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import (
    DEVELOPMENT_FILES,
    Row,
    format_latency,
    load_rows,
    measure_latency,
    sample_text,
)

ORDINARY_FILES = frozenset({"fastchat_mtbench_vicuna.jsonl", "self_instruct_user_oriented.jsonl", "gsm8k_test.jsonl"})
TRIGGER_HEAVY_FILES = frozenset({"notinject.jsonl", "awesome_chatgpt_prompts.jsonl"})
SIZES = (200, 1024, 2048, 4096, 65536, 1 << 20)


def best_of_latency(scanner: Scanner, rows: list[Row], repeat: int) -> dict[int, tuple[float, float, int]]:
    """C{size -> (p50 ms, p99 ms, texts)} over 150 texts per size, each the fastest of C{repeat} scans."""
    results = {}
    for size in SIZES[:4]:
        texts = [sample_text(rows, size, offset) for offset in range(150)]
        best = [float("inf")] * len(texts)
        for _ in range(repeat):
            for index, text in enumerate(texts):
                started = time.perf_counter()
                scanner.scan_text(text)
                best[index] = min(best[index], time.perf_counter() - started)
        best.sort()
        results[size] = (best[len(best) // 2] * 1000.0, best[round(0.99 * (len(best) - 1))] * 1000.0, len(best))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--profile", type=int, metavar="SIZE", help="profile 200 scans of SIZE characters instead")
    parser.add_argument("--budget", type=float, default=3.0, help="seconds spent per size (at least 5 runs)")
    parser.add_argument("--best-of", type=int, default=0, metavar="N", help="fastest of N runs per text, 150 texts")
    args = parser.parse_args()

    rows = load_rows(args.data, DEVELOPMENT_FILES)
    if not rows:
        raise SystemExit(f"no development data in {args.data}")
    scanner = Scanner(ScanPolicy(cache_size=0))
    if args.profile:
        texts = [sample_text(rows, args.profile, offset) for offset in range(200)]
        profiler = cProfile.Profile()
        profiler.enable()
        for text in texts:
            scanner.scan_text(text)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return
    corpora = {
        "ordinary prompts": [r for r in rows if r.file in ORDINARY_FILES],
        "trigger-heavy benign prompts": [r for r in rows if r.file in TRIGGER_HEAVY_FILES],
        "attacks (jailbreaks, injections)": [r for r in rows if r.label == "attack"],
        "all development rows": rows,
    }
    for name, corpus in corpora.items():
        if args.best_of:
            latency = best_of_latency(scanner, corpus, args.best_of)
            print(f"\nScan latency at medium, cache off, one thread, fastest of {args.best_of}, {name} (ms):")
            print(format_latency(latency))
            continue
        latency = measure_latency(lambda text: scanner.scan_text(text), corpus, SIZES, budget_s=args.budget)
        print(f"\nScan latency at medium, cache off, one thread, {name} (ms):")
        print(format_latency(latency))


if __name__ == "__main__":
    main()
