#!/usr/bin/env python3
"""
The scan of the TTFT benchmark's request as the proxy makes it, two versions in one process: a report, not a test.

    python benchmarks/scan_bench_prompt.py REVISION [--size 2048] [--variants 40] [--best-of 7] [--profile]

C{benchmarks/ttft_breakdown.py} sends a system message and a benign filler prompt
(L{benchmarks.prompts.prompt_text}, a different variant per request) through the proxy, which calls
C{Scanner.scan_messages} with the scanner's cache on: the system message is scanned once and then found
in the cache, the user's prompt is scanned every time.  Here each variant's messages are scanned by the
package at C{REVISION} (exported as C{scan_ab.py} does) and by this tree, alternately, C{N} times each with
the user part's cache entry dropped before every scan, keeping each variant's fastest CPU time; the
medians over the variants are printed.  C{--profile} prints this tree's cProfile top list instead.

C{--evict MB} copies a buffer of that many megabytes before every scan, as the proxy's other work and the
machine's other processes do between two requests: the scanner's tables and code are then read from memory
instead of the CPU caches, and each variant's median time is kept instead of its fastest (the fastest of
several cold scans is the one whose data happened to stay cached).  In the proxy the scan of this prompt takes
about three times its warm time (C{benchmarks/ttft_breakdown.py}); C{--evict 64} comes near that.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.prompts import prompt_text
from benchmarks.scan_ab import BEFORE, export_before, findings
from koreshield.scan import Scanner, ScanPolicy

SYSTEM = "You are a helpful assistant for a cooking club."


def messages_of(size: int, variant: int) -> list[dict[str, str]]:
    """The two messages of the benchmark's request for C{variant}."""
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt_text(size, variant)}]


def timed_scan(scanner: Any, messages: list[dict[str, str]], evict: bytearray | None = None) -> tuple[float, Any]:
    """
    The CPU time of one C{scan_messages}, the user part's cached result dropped first, and with C{evict}
    copied over itself just before (see C{--evict}).
    """
    scanner.cache._entries.clear()
    scanner.scan_messages(messages[:1])
    if evict is not None:
        evict[:] = bytes(evict)
    started = time.thread_time()
    verdict = scanner.scan_messages(messages)
    return time.thread_time() - started, verdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision")
    parser.add_argument("--size", type=int, default=2048)
    parser.add_argument("--variants", type=int, default=40)
    parser.add_argument("--best-of", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="cProfile this tree's scans (CPU-time clock)")
    parser.add_argument("--evict", type=int, default=0, metavar="MB", help="copy MB megabytes before each scan")
    args = parser.parse_args()
    evict = bytearray(b"x" * (args.evict << 20)) if args.evict else None
    keep = statistics.median if evict is not None else min
    requests = [messages_of(args.size, variant) for variant in range(args.variants)]
    after = Scanner(ScanPolicy())
    if args.profile:
        profile = cProfile.Profile(time.thread_time)
        for _ in range(args.best_of):
            for messages in requests:
                after.cache._entries.clear()
                after.scan_messages(messages[:1])
                profile.runcall(after.scan_messages, messages)
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(45)
        return
    with tempfile.TemporaryDirectory() as folder:
        export_before(args.revision, Path(folder))
        sys.path.insert(0, folder)
        before_scan = __import__(f"{BEFORE}.scan", fromlist=["Scanner"])
        before = before_scan.Scanner(before_scan.ScanPolicy())
        times: list[list[list[float]]] = [[[] for _ in requests], [[] for _ in requests]]
        for run in range(args.best_of):
            for index, messages in enumerate(requests):
                verdicts: list[Any] = [None, None]
                for which in (0, 1) if (run + index) % 2 == 0 else (1, 0):
                    seconds, verdicts[which] = timed_scan((before, after)[which], messages, evict)
                    times[which][index].append(seconds)
                if findings(verdicts[0]) != findings(verdicts[1]):
                    raise SystemExit(f"the versions disagree on variant {index}")
        best = [[keep(variant) for variant in version] for version in times]
        medians = [statistics.median(version) * 1000.0 for version in best]
        ratios = statistics.median(a / b for a, b in zip(best[1], best[0], strict=True))
        kept = f"median of {args.best_of} after copying {args.evict} MB" if evict else f"fastest of {args.best_of}"
        print(
            f"{args.size}-character prompt + system message, {args.variants} variants, {kept}, CPU time: "
            f"{args.revision} {medians[0]:.3f} ms, this tree {medians[1]:.3f} ms"
            f" (per-variant median ratio {ratios:.3f})"
        )


if __name__ == "__main__":
    main()
