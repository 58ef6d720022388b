#!/usr/bin/env python3
"""
Why the slowest streams were slow: the load generator's streams joined with the proxy's timeline.

    python benchmarks/run.py --scenarios 2 --targets direct,proxy --trace DIR
    python benchmarks/tail_report.py DIR [--port PORT] [--slowest 20] [--bins MS]

Each client stream is matched to the proxy's request on the same client port that arrived first
at or after the stream was sent.  For the slowest streams (by the client's TTFT) the report says
where the time went, all in ms:

  wait      sent by the client -> first byte read by the proxy (accept, reactor busy elsewhere)
  parse     first byte -> twisted.web's ``process`` (body read, headers parsed)
  scan      the scan itself
  up        ``process`` -> the upstream send is done, less the scan
  provider  send done -> the relay of the first event starts (the provider, the loopback, the reactor)
  out       that relay starts -> the client read the event

and what the proxy did in the stream's TTFT window: how many other requests arrived, scans (count
and ms), relays of events (count and ms), collections (generation and ms), the time the reactor
spent out of epoll (``busy``) and the main thread's run-queue wait (``runq``: runnable, but another
process had the CPU).  Then the same window sums over all streams by round (a user's n-th stream):
the first round opens its connection, later ones reuse it.
"""

from __future__ import annotations

import argparse
import bisect
import json
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any


class Intervals:
    """Sorted [start, end] intervals; how many and how much of them fall in a window."""

    def __init__(self, pairs: Sequence[Sequence[float]]) -> None:
        ordered = sorted((float(pair[0]), float(pair[1])) for pair in pairs)
        self.starts = [start for start, _ in ordered]
        self.pairs = ordered

    def within(self, begin: float, end: float) -> tuple[int, float]:
        """Intervals overlapping [begin, end]: their count and the seconds of them inside it."""
        count, seconds = 0, 0.0
        index = max(0, bisect.bisect_left(self.starts, begin) - 1)
        while index < len(self.pairs) and self.pairs[index][0] <= end:
            start, stop = self.pairs[index]
            overlap = min(stop, end) - max(start, begin)
            if overlap > 0:
                count += 1
                seconds += overlap
            index += 1
        return count, seconds


def run_queue_wait(sched: list[list[float]], begin: float, end: float) -> float:
    """Seconds the proxy's main thread waited for a CPU between the samples around [begin, end]."""
    times = [row[0] for row in sched]
    first = max(0, bisect.bisect_right(times, begin) - 1)
    last = min(len(sched) - 1, bisect.bisect_left(times, end))
    if last <= first:
        return 0.0
    return (sched[last][2] - sched[first][2]) / 1e9


def _role(pid: int, name: str, proxy_pid: int) -> str | None:
    """Which of the measured processes ``pid`` is, by its command line."""
    if pid == proxy_pid:
        return "proxy_cpu"
    if "loadgen" in name:
        return "lg_cpu"
    if "fake_provider" in name:
        return "fp_cpu"
    return None


def cpu_shares(timeline: dict[str, Any], begin: float, end: float) -> dict[str, float]:
    """
    CPU ms in [begin, end]: proxy, lg, fp, other, steal.

    Measured between the machine samples around the window (the proxy takes them between two
    reactor turns, so a busy proxy takes few) in 10 ms ticks, and scaled to the window's length.
    """
    samples = timeline.get("machine") or []
    times = [row[0] for row in samples]
    first = max(0, bisect.bisect_right(times, begin) - 1)
    last = min(len(samples) - 1, bisect.bisect_left(times, end))
    if last <= first:
        return {}
    tick_ms = 1000 / timeline["clock_ticks"]
    before, after = samples[first], samples[last]
    shares = {"proxy_cpu": 0.0, "lg_cpu": 0.0, "fp_cpu": 0.0}
    for pid, ticks in after[3].items():
        name = timeline["names"].get(pid, "")
        key = _role(int(pid), name, timeline["pid"])
        if key is not None:
            shares[key] += (ticks - before[3].get(pid, ticks)) * tick_ms
    machine = (after[1] - before[1]) * tick_ms
    shares["other_cpu"] = machine - sum(shares.values())
    shares["steal"] = (after[2] - before[2]) * tick_ms
    span = after[0] - before[0]
    scaled = {name: value * (end - begin) / span for name, value in shares.items()}
    scaled["span"] = span * 1000
    return scaled


def load(directory: Path, port: str | None = None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The load generator's streams and the proxy's timeline of one proxy run (one port) in ``directory``."""
    proxies = sorted(directory.glob(f"proxy-{port or '*'}.json"))
    if len(proxies) != 1:
        found = ", ".join(path.stem.split("-", 1)[1] for path in proxies) or "none"
        raise SystemExit(f"expected one proxy timeline in {directory} (--port PORT picks one); found: {found}")
    port = proxies[0].stem.split("-", 1)[1]
    streams: list[dict[str, Any]] = []
    for path in sorted(directory.glob(f"streams-{port}-*.json")):
        for sent_at, ttft, client_port in json.loads(path.read_text())["streams"]:
            streams.append({"sent": sent_at, "ttft": ttft, "port": client_port})
    if not streams:
        raise SystemExit(f"no streams-{port}-*.json in {directory} (was BENCH_TRACE_DIR set?)")
    return streams, json.loads(proxies[0].read_text())


def join(streams: list[dict[str, Any]], requests: list[dict[str, Any]]) -> None:
    """Give each stream its proxy request (same client port, first to arrive at or after the send) and its round."""
    by_port: dict[int, list[dict[str, Any]]] = {}
    for request in requests:
        if request.get("arrival") is not None:
            by_port.setdefault(request["port"], []).append(request)
    for rows in by_port.values():
        rows.sort(key=lambda row: row["arrival"])
    for stream in streams:
        rows = by_port.get(stream["port"], [])
        arrivals = [row["arrival"] for row in rows]
        index = bisect.bisect_left(arrivals, stream["sent"])
        stream["request"] = rows[index] if index < len(rows) else None
    for_user: dict[int, int] = {}
    for stream in sorted(streams, key=lambda stream: stream["sent"]):
        # A user's connection is reused while it lives, so its port names the user after round one.
        stream["round"] = for_user.get(stream["port"], 0) + 1
        for_user[stream["port"]] = stream["round"]


def describe(stream: dict[str, Any], timeline: dict[str, Any], views: dict[str, Intervals]) -> dict[str, float]:
    begin, end = stream["sent"], stream["sent"] + stream["ttft"]
    request = stream["request"] or {}
    row: dict[str, float] = {"ttft": stream["ttft"] * 1000}
    arrival, process = request.get("arrival"), request.get("process")
    scan, send = request.get("scan"), request.get("send")
    first = request.get("first_event")
    if isinstance(first, list):  # the relay call's start and end (older timelines: its end alone)
        first = first[0]
    if arrival is not None and process is not None:
        row["wait"] = (arrival - begin) * 1000
        row["parse"] = (process - arrival) * 1000
    if scan is not None:
        row["scan"] = (scan[1] - scan[0]) * 1000
    if send is not None and process is not None:
        row["up"] = (send[1] - process) * 1000 - row.get("scan", 0.0)
        if first is not None:
            row["provider"] = (first - send[1]) * 1000
    if first is not None:
        row["out"] = (end - first) * 1000
    row["arrived"] = sum(1 for other in views["arrivals"].starts if begin < other < end) - 1
    row["scans"], scans_s = views["scans"].within(begin, end)
    row["scans_ms"] = scans_s * 1000
    row["relays"], relays_s = views["relays"].within(begin, end)
    row["relays_ms"] = relays_s * 1000
    _, gc_s = views["gc"].within(begin, end)
    row["gc_ms"] = gc_s * 1000
    row["gc_gen"] = max((gen for start, stop, gen, _ in timeline["gc"] if start < end and stop > begin), default=-1)
    _, idle_s = views["turns"].within(begin, end)
    row["busy"] = (end - begin - idle_s) * 1000
    row["runq"] = run_queue_wait(timeline["sched"], begin, end) * 1000
    row.update(cpu_shares(timeline, begin, end))
    return row


COLUMNS = (
    *("ttft", "wait", "parse", "scan", "up", "provider", "out", "arrived", "scans", "scans_ms", "relays"),
    *("relays_ms", "gc_gen", "gc_ms", "busy", "runq", "span", "proxy_cpu", "lg_cpu", "fp_cpu", "other_cpu", "steal"),
)
BIN_COLUMNS = (
    *("sent", "ttft", "scans", "scans_ms", "relays", "relays_ms", "gc_ms", "busy", "runq"),
    *("proxy_cpu", "lg_cpu", "fp_cpu", "other_cpu", "steal"),
)


def table(rows: list[dict[str, float]], labels: list[str]) -> None:
    print(f"{'':>10} " + " ".join(f"{name[:7]:>7}" for name in COLUMNS))
    for label, row in zip(labels, rows, strict=True):
        cells = [f"{row[name]:7.1f}" if name in row else f"{'-':>7}" for name in COLUMNS]
        print(f"{label:>10} " + " ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--port", help="the proxy run to read, when DIR holds several (one per scenario)")
    parser.add_argument("--slowest", type=int, default=20)
    parser.add_argument("--bins", type=float, default=0.0, metavar="MS", help="also print the whole run in bins of MS")
    args = parser.parse_args()
    streams, timeline = load(args.directory, args.port)
    join(streams, timeline["requests"])
    views = {
        "arrivals": Intervals([[row["arrival"], row["arrival"]] for row in timeline["requests"] if row.get("arrival")]),
        "scans": Intervals(timeline["scans"]),
        "relays": Intervals(timeline["relays"]),
        "gc": Intervals([[start, stop] for start, stop, _, _ in timeline["gc"]]),
        "turns": Intervals(timeline["turns"]),
    }
    go = min(stream["sent"] for stream in streams)
    ordered = sorted(streams, key=lambda stream: stream["ttft"], reverse=True)
    ttfts = sorted(stream["ttft"] * 1000 for stream in streams)
    matched = sum(1 for stream in streams if stream["request"])
    spread = " ".join(f"p{share} {ttfts[len(ttfts) * share // 100]:.1f}" for share in (50, 90, 99))
    print(f"streams {len(streams)}, matched {matched}; TTFT ms {spread}")
    gcs = timeline["gc"]
    measured = [gc for gc in gcs if gc[0] >= go]
    print(
        f"collections during the load: {len(measured)} "
        + ", ".join(f"gen{gen} {1000 * (stop - start):.1f} ms" for start, stop, gen, _ in measured[:20])
    )
    print(f"\nslowest {args.slowest} streams (sent: ms after the first send; round: the user's n-th stream)")
    slowest = ordered[: args.slowest]
    table(
        [describe(stream, timeline, views) for stream in slowest],
        [f"{(s['sent'] - go) * 1000:6.0f}/r{s['round']}" for s in slowest],
    )
    print("\nmedians by round")
    rounds = sorted({stream["round"] for stream in streams})
    medians = []
    for number in rounds:
        rows = [describe(stream, timeline, views) for stream in streams if stream["round"] == number]
        present = [name for name in COLUMNS if any(name in row for row in rows)]
        medians.append({name: statistics.median(row[name] for row in rows if name in row) for name in present})
        worst = sorted(row["ttft"] for row in rows)
        medians[-1]["ttft"] = worst[len(worst) // 2]
        print(
            f"  round {number}: {len(rows)} streams, TTFT p50 {worst[len(worst) // 2]:.1f} max {worst[-1]:.1f}, "
            f"of the 10 slowest overall: {sum(1 for s in ordered[:10] if s['round'] == number)}"
        )
    table(medians, [f"r{number}" for number in rounds])
    if args.bins:
        print(f"\nwhat the machine did, in {args.bins:g} ms bins from the first send (ms of each)")
        width = args.bins / 1000
        last = max(stream["sent"] + stream["ttft"] for stream in streams)
        starts = sorted(stream["sent"] for stream in streams)
        rows, labels = [], []
        at = go
        while at < last:
            row = {"sent": float(bisect.bisect_left(starts, at + width) - bisect.bisect_left(starts, at))}
            row["ttft"] = max((s["ttft"] * 1000 for s in streams if at <= s["sent"] < at + width), default=0.0)
            row["scans"], scans_s = views["scans"].within(at, at + width)
            row["relays"], relays_s = views["relays"].within(at, at + width)
            row["relays_ms"], row["scans_ms"] = relays_s * 1000, scans_s * 1000
            row["gc_ms"] = views["gc"].within(at, at + width)[1] * 1000
            row["busy"] = (width - views["turns"].within(at, at + width)[1]) * 1000
            row["runq"] = run_queue_wait(timeline["sched"], at, at + width) * 1000
            row.update(cpu_shares(timeline, at, at + width))
            rows.append(row)
            labels.append(f"{(at - go) * 1000:.0f}")
            at += width
        print(f"{'':>10} " + " ".join(f"{name[:7]:>7}" for name in BIN_COLUMNS))
        for label, row in zip(labels, rows, strict=True):
            print(f"{label:>10} " + " ".join(f"{row.get(name, float('nan')):7.1f}" for name in BIN_COLUMNS))


if __name__ == "__main__":
    main()
