#!/usr/bin/env python3
"""
Scan latency per prompt size: a report, not a test.

    python benchmarks/scan_latency.py [DATA_DIR] [--profile SIZE]

Texts are built from the development rows of the evaluation data (ordinary
prompts and jailbreaks mixed, so cues and decoders do real work), each run a
different text so no cache helps; the scanner runs with the cache off, at
medium sensitivity, one thread.  Prints p50 and p99 in milliseconds.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import (
    DEVELOPMENT_FILES,
    LATENCY_SIZES,
    format_latency,
    load_rows,
    measure_latency,
    sample_text,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--profile", type=int, metavar="SIZE", help="profile 200 scans of SIZE characters instead")
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
    latency = measure_latency(lambda text: scanner.scan_text(text), rows, LATENCY_SIZES)
    print("Scan latency at medium, cache off, one thread (ms):")
    print(format_latency(latency))


if __name__ == "__main__":
    main()
