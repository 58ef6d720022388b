#!/usr/bin/env python3
"""
Cold scans of fresh 2 KB and 4 KB prompts, two versions of the scanner: a report, not a test.

    python benchmarks/scan_cold.py REVISION [DATA_DIR] [--texts 100] [--rounds 5] [--thrash MB]
    python benchmarks/scan_cold.py REVISION --cache-sim [--texts 30]

In the proxy a prompt's scan comes between a request's parsing, treq, JSON and
the other processes of the machine: the scanner's tables (token codes, gate
entries, the model's weights) and code are no longer in the CPU caches, and
the scan of a 2 KB prompt costs two to four times what it costs in a loop of
scans (C{benchmarks/ttft_breakdown.py}, step "scanned", against
C{benchmarks/scan_ab.py}).  Here, before every scan, a few megabytes of
unrelated Python objects (small dicts holding strings and numbers, as a JSON
body parses into) are read, which pushes the scanner's data out of the
per-core caches as that other work does, and the scan is timed by this
thread's CPU time.

The texts are C{scan_latency.py}'s (ordinary prompts and attacks, 2 KB and
4 KB, from the development rows, each one fresh: the cache is off).  The
package at C{REVISION} is exported beside this tree as C{scan_ab.py} does,
and both versions scan each text in turn, which one first alternating; each
text keeps the I{median} of its C{--rounds} cold scans (the fastest would be
the scan whose data happened to stay cached), and p50 / p99 over the texts
are printed.  Both versions must give the same findings.

C{--cache-sim} counts instead of timing: each version runs in its own process
under valgrind's callgrind with its cache simulation (C{--cache-sim=yes}: a
32 KB first-level data cache and a 1 MB last level, this machine's per-core
L1d and L2; the 32 MB L3 is shared with every other process).  Nothing is
counted while the scanner is built; then the same thrash precedes every scan,
and callgrind's counters are dumped at marks around each scan.  Printed per
version and kind of text, medians over the texts of the instructions (Ir),
data reads (Dr), first-level data read misses (D1mr) and last-level data read
misses (DLmr), first-level and last-level instruction misses (I1mr, ILmr) of one scan.
Both run with C{PYTHONHASHSEED=0}: with random string hashes the same build's
last-level misses moved by about 1 % between runs (where words fall in the
tables); what is left to vary is where the allocator puts things.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from operator import itemgetter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.callgrind import dumps, run_measured
from benchmarks.scan_ab import BEFORE, export_before, findings, scanners_before_and_after
from benchmarks.scan_latency import ORDINARY_FILES
from koreshield.scan.evaluation import DEVELOPMENT_FILES, load_rows, sample_text

ROOT = Path(__file__).resolve().parent.parent
SIZES = (2048, 4096)
CACHE_GEOMETRY = ["--I1=32768,8,64", "--D1=32768,8,64", "--LL=1048576,16,64"]
"""callgrind's simulated caches: this machine's per-core L1 and L2 (lscpu: 64 KiB L1d and 2 MiB L2 for 2 cores)."""
EVENTS = ("Ir", "Dr", "D1mr", "DLmr", "I1mr", "ILmr")


class Thrash:
    """
    Unrelated Python objects, about C{megabytes} of them, read in C loops by
    L{__call__}: the data the proxy's other work reads between two scans.
    """

    def __init__(self, megabytes: int) -> None:
        count = (megabytes << 20) // 400
        self._objects = [{"id": n, "text": f"filler {n} " * 4, "score": n / 7} for n in range(count)]
        self._text = itemgetter("text")

    def __call__(self) -> None:
        deque(map(len, map(self._text, self._objects)), 0)


def texts_by_kind(data: Path, count: int) -> dict[str, list[str]]:
    """C{count} fresh texts of each kind and size, as C{scan_latency.py} builds them."""
    rows = load_rows(data, DEVELOPMENT_FILES)
    if not rows:
        raise SystemExit(f"no development data in {data}")
    corpora = {
        "ordinary prompts": [r for r in rows if r.file in ORDINARY_FILES],
        "attacks": [r for r in rows if r.label == "attack"],
    }
    return {
        f"{name} {size // 1024} KB": [sample_text(corpus, size, offset) for offset in range(count)]
        for name, corpus in corpora.items()
        for size in SIZES
    }


def compare(before: Any, after: Any, texts: list[str], rounds: int, thrash: Thrash) -> tuple[float, ...]:
    """C{(p50 before, p50 after, p99 before, p99 after)} in ms of cold scans of C{texts}, CPU time."""
    times: list[list[list[float]]] = [[[] for _ in texts], [[] for _ in texts]]
    for run in range(rounds):
        for index, text in enumerate(texts):
            verdicts: list[Any] = [None, None]
            for which in (0, 1) if (run + index) % 2 == 0 else (1, 0):
                thrash()
                started = time.thread_time()
                verdicts[which] = (before, after)[which].scan_text(text)
                times[which][index].append(time.thread_time() - started)
            if findings(verdicts[0]) != findings(verdicts[1]):
                raise SystemExit(f"the versions disagree on text {index}")
    result = []
    for quantile in (0.5, 0.99):
        for version in times:
            medians = sorted(statistics.median(scans) for scans in version)
            result.append(medians[round(quantile * (len(medians) - 1))] * 1000.0)
    return result[0], result[1], result[2], result[3]


def simulated_worker(package: str, data: Path, count: int, megabytes: int) -> None:
    """Under callgrind: build C{package}'s scanner, warm it, then mark every scan (see C{--cache-sim})."""
    scan = __import__(f"{package}.scan", fromlist=["Scanner"])
    scanner = scan.Scanner(scan.ScanPolicy(cache_size=0))
    thrash = Thrash(megabytes)
    kinds = texts_by_kind(data, count)
    for texts in kinds.values():
        for text in texts[:3]:
            scanner.scan_text(text)
    print("ready", flush=True)
    sys.stdin.readline()
    for texts in kinds.values():
        for text in texts:
            thrash()
            bin(0)
            scanner.scan_text(text)
            oct(0)
    print("done", flush=True)
    sys.stdin.readline()


def simulate(revision: str, data: Path, count: int, megabytes: int) -> None:
    """Run both versions under callgrind's cache simulation side by side and print the medians per kind."""
    with tempfile.TemporaryDirectory() as folder:
        export_before(revision, Path(folder))
        versions = {revision: (BEFORE, folder), "this tree": ("koreshield", str(ROOT))}
        workers = {}
        for name, (package, path) in versions.items():
            out = Path(tempfile.mkdtemp(prefix="koreshield-cold-"))
            command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--cache-sim=yes", *CACHE_GEOMETRY]
            command += ["--dump-before=builtin_bin", "--dump-before=builtin_oct", f"--callgrind-out-file={out}/cg"]
            command += [sys.executable, __file__, "--worker", package, str(data), "--texts", str(count)]
            command += ["--thrash", str(megabytes)]
            process = subprocess.Popen(
                command,
                env={**os.environ, "PYTHONPATH": f"{path}{os.pathsep}{ROOT}", "PYTHONHASHSEED": "0"},
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            workers[name] = (process, out)
        run_measured([process for process, _ in workers.values()])
        kinds = list(texts_by_kind(data, count))
        print(f"medians per scan over {count} texts of each kind, {megabytes} MB of objects read before each scan")
        print("| text | version | " + " | ".join(EVENTS) + " |")
        print("|---|---|" + "---:|" * len(EVENTS))
        per_version = {name: scans_of(out, len(kinds) * count) for name, (_, out) in workers.items()}
        for number, kind in enumerate(kinds):
            for name, scans in per_version.items():
                mine = scans[number * count : (number + 1) * count]
                cells = [statistics.median(scan[event] for scan in mine) for event in EVENTS]
                print(f"| {kind} | {name} | " + " | ".join(f"{cell:,.0f}" for cell in cells) + " |")


def scans_of(out: Path, expected: int) -> list[dict[str, int]]:
    """Each scan's counters from callgrind's dumps, in order (the dumps made at the mark after each scan)."""
    scans = [dump.totals for dump in dumps(out, "cg") if "builtin_oct" in dump.trigger]
    if len(scans) != expected:
        raise SystemExit(f"{out}: {len(scans)} scans dumped, {expected} expected")
    return scans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision", help="the version to compare with, e.g. main")
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--texts", type=int, default=100, help="texts of each kind and size")
    parser.add_argument("--rounds", type=int, default=5, help="cold scans of each text per version")
    parser.add_argument("--thrash", type=int, default=8, metavar="MB", help="megabytes of objects read before a scan")
    parser.add_argument("--cache-sim", action="store_true", help="count cache misses under callgrind instead")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        simulated_worker(args.worker, args.data, args.texts, args.thrash)
        return
    if args.cache_sim:
        simulate(args.revision, args.data, args.texts, args.thrash)
        return
    kinds = texts_by_kind(args.data, args.texts)
    thrash = Thrash(args.thrash)
    with scanners_before_and_after(args.revision) as (before, after):
        print(
            f"{args.revision} (before) against this tree (after), cold: {args.thrash} MB of objects read before "
            f"each scan, median of {args.rounds} per text, {args.texts} texts, CPU time"
        )
        print("| text | p50 before | p50 after | p99 before | p99 after |")
        print("|---|---:|---:|---:|---:|")
        for kind, texts in kinds.items():
            cells = compare(before, after, texts, args.rounds, thrash)
            print(f"| {kind} | " + " | ".join(f"{cell:.3f} ms" for cell in cells) + " |", flush=True)


if __name__ == "__main__":
    main()
