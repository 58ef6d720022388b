#!/usr/bin/env python3
"""
Which steps of a cold scan of the TTFT benchmark's request cost what: a report, not a test.

    python benchmarks/scan_cold_steps.py [--variants 30] [--rounds 3] [--evict 64]

C{benchmarks/scan_bench_prompt.py --evict MB} shows that a scan made after the CPU caches were emptied costs about
three times a warm one, as in the proxy.  Here, for every variant of the benchmark's request, a buffer is copied
(emptying the caches), then one step of the scanner is run on a I{different} variant's text (warming that step's
code and the tables it reads, but not this text's own memory), then the request is scanned and timed (CPU time).
What a step's warming saves against warming nothing is that step's share of the cold cost; warming a whole scan of
the other variant shows how much of the cold cost any scan pays, whatever its text.  Medians over variants and
rounds.  Only this tree is measured; run it in two trees for a before and after.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.prompts import prompt_text
from koreshield.scan import Scanner, ScanPolicy, features
from koreshield.scan.cache import cache_key
from koreshield.scan.views import expand

SYSTEM = "You are a helpful assistant for a cooking club."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variants", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--evict", type=int, default=64, metavar="MB", help="megabytes copied before each scan")
    args = parser.parse_args()
    scanner = Scanner(ScanPolicy())
    cues = scanner._cues
    requests = [
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt_text(2048, variant)}]
        for variant in range(args.variants)
    ]
    others = [prompt_text(2048, 500 + variant) for variant in range(args.variants)]
    views = [expand(text) for text in others]
    steps: dict[str, Callable[[int], object]] = {
        "nothing": lambda i: None,
        "cache key": lambda i: cache_key(scanner.version, "medium", "user", others[i]),
        "readings (expand)": lambda i: expand(others[i]),
        "phrase cues": lambda i: cues._chunks(views[i][0].tokens),
        "regex cues": lambda i: cues._match_regexes(views[i][0]),
        "model": lambda i: scanner._model.logit_of_parts(features.feature_parts(views[i][0].tokens, True)),
        "data shapes": lambda i: [
            matcher.find(others[i], "medium", words=views[i][0].tokens.present) for matcher in scanner._data_matchers
        ],
        "a whole scan": lambda i: scanner.scan_text(others[i]),
    }
    evict = bytearray(b"x" * (args.evict << 20))
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(args.rounds):
        for index, messages in enumerate(requests):
            for name, step in steps.items():
                scanner.cache._entries.clear()
                scanner.scan_messages(messages[:1])
                evict[:] = bytes(evict)
                step(index)
                started = time.thread_time()
                scanner.scan_messages(messages)
                times[name].append(time.thread_time() - started)
    cold = statistics.median(times["nothing"])
    print(f"cold scan of the request, median of {len(times['nothing'])}: {cold * 1e6:.0f} us")
    for name in steps:
        if name != "nothing":
            saved = cold - statistics.median(times[name])
            print(f"  {name} warmed first (on another variant): saves {saved * 1e6:.0f} us")


if __name__ == "__main__":
    main()
