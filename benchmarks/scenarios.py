"""
The standard suite: five scenarios, each sized for a full run or for ``--quick``.

test-case-name: tests.test_benchmark_tools

A scenario is data: the workload the load generator runs and how the report should read it.  The
targets the proxy must meet are listed with each scenario so the report can show them beside the
figures; meeting them is the proxy's job, measuring them faithfully is this module's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from benchmarks.loadgen import Workload
from benchmarks.plan import ResponsePlan

FDS_PER_PROXIED_STREAM = 2
"""A proxy holds two sockets per open stream: the client's and the upstream's."""

FD_RESERVE = 2000
"""
Descriptors left over for an intermediary's listeners, logs, libraries and slack.

Measured, not guessed: with a 20000 limit, nginx (1 worker, worker_connections 19968) ran out
of connections and closed freshly accepted ones at 9950 and at 9500 streams, and held 9000.
"""


@dataclass(frozen=True)
class Scenario:
    """
    One scenario of the suite.

    @ivar workers: load generator processes to spread the users over.
    @ivar sample_interval_s: how often the target's RSS and CPU are sampled.
    @ivar needs_direct: False where a direct connection has nothing to compare (no process in
        the middle whose memory could grow).
    @ivar rss_per_stream: report (peak RSS - idle RSS) / users.
    @ivar rss_timeline: report RSS samples over time.
    @ivar multi_process: measure the proxy again with more processes on one port when possible.
    @ivar goals: the targets the proxy must meet, as the report prints them.
    """

    key: str
    title: str
    workload: Workload
    workers: int = 1
    sample_interval_s: float = 0.2
    needs_direct: bool = True
    rss_per_stream: bool = False
    rss_timeline: bool = False
    multi_process: bool = False
    goals: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def max_proxied_streams(open_file_limit: int) -> int:
    """How many concurrent streams an intermediary can hold under ``open_file_limit``."""
    return (open_file_limit - FD_RESERVE) // FDS_PER_PROXIED_STREAM


def standard_suite(
    quick: bool,
    open_file_limit: int,
    streams: int | None = None,
    concurrent_streams: int = 200,
    many_ramp_s: float | None = None,
) -> list[Scenario]:
    """
    The five scenarios, smaller in ``quick`` mode so that the whole suite ends within a minute.

    Scenario 3's stream count is capped by what an intermediary can hold under the hard
    RLIMIT_NOFILE, and the cap is stated in its notes.
    """
    sequential = Scenario(
        key="1",
        title="sequential, 2 KB prompt, 20-event stream (keep-alive, one client)",
        workload=Workload(
            kind="stream",
            users=1,
            rounds=100 if quick else 500,
            warmup=10 if quick else 30,
            plan=ResponsePlan(events=20, gap_ms=1, ttft_ms=0, chunk_bytes=16),
        ),
        goals=("TTFT added p50 <= 0.5 ms", "TTFT added p99 <= 2 ms"),
    )
    concurrent = Scenario(
        key="2",
        title=f"{concurrent_streams} concurrent streams x 50 events 20 ms apart (closed loop)",
        workload=Workload(
            kind="stream",
            users=concurrent_streams,
            rounds=2 if quick else 5,
            ramp_s=0.5 if quick else 1.0,
            # One warm-up request per user, all at once: a proxy that has been serving this load
            # holds that many provider connections in its pool; five left most to open mid-run.
            warmup=concurrent_streams,
            plan=ResponsePlan(events=50, gap_ms=20, ttft_ms=0, chunk_bytes=16),
        ),
        goals=(
            "TTFT p99 within 10 ms of direct",
            "gap p99 within 10 ms of direct",
            "gap p50 >= 15 ms",
        ),
        notes=("users start evenly over the ramp, then each sends its next stream when one ends",),
    )
    requested = streams if streams is not None else (1000 if quick else 10_000)
    capacity = max_proxied_streams(open_file_limit)
    many_notes = [
        "one event per second per stream; all streams are open together from the end of the ramp to the "
        "end of the first stream; arrivals run at users/ramp per second, and a target slower than that "
        "queues them, which shows in TTFT (and connect, if its listen backlog overflows)"
    ]
    if requested > capacity:
        many_notes.append(
            f"{requested} streams requested, {capacity} run: the hard RLIMIT_NOFILE is {open_file_limit} "
            f"and an intermediary needs {FDS_PER_PROXIED_STREAM} descriptors per stream"
        )
    if many_ramp_s is not None:
        # Streams outlast the ramp by 15 s, so all of them are still open together at its end.
        ramp_s, events = many_ramp_s, int(many_ramp_s) + 15
        many_notes.append(f"ramp {many_ramp_s:g} s (--many-ramp): streams of {events} events")
    else:
        ramp_s, events = (2.0, 4) if quick else (15.0, 30)
    many = Scenario(
        key="3",
        title="many concurrent slow streams held open in one process",
        workload=Workload(
            kind="stream",
            users=min(requested, capacity),
            ramp_s=ramp_s,
            warmup=2,
            timeout_s=120.0 + 2 * ramp_s,
            plan=ResponsePlan(events=events, gap_ms=1000, ttft_ms=0, chunk_bytes=16),
        ),
        workers=1 if quick else 2,
        sample_interval_s=0.5,
        rss_per_stream=True,
        goals=(
            "all complete",
            "RSS per stream <= 30 KB",
            "no stall: gap max near 1000 ms",
        ),
        notes=tuple(many_notes),
    )
    non_streamed = Scenario(
        key="4",
        title="non-streamed requests, 50 concurrent clients (closed loop)",
        workload=Workload(
            kind="json",
            users=50,
            duration_s=2.0 if quick else 10.0,
            ramp_s=0.1,
            warmup=20,
            plan=ResponsePlan(events=20, chunk_bytes=16),
        ),
        multi_process=True,
        goals=("throughput and p99 latency vs direct and nginx; 1, 2, 4 proxy processes",),
        notes=("TTFT here is the time to the whole JSON body, the same as total",),
    )
    slow_client = Scenario(
        key="5",
        title="slow client (1 KB/s) on a fast 10 MB stream: backpressure",
        workload=Workload(
            kind="slow-reader",
            users=1,
            duration_s=4.0 if quick else 20.0,
            read_rate=1024,
            receive_buffer=4096,
            timeout_s=30.0,
            plan=ResponsePlan(events=10_000, gap_ms=0, ttft_ms=0, chunk_bytes=1000),
        ),
        sample_interval_s=0.5,
        needs_direct=False,
        rss_timeline=True,
        goals=("RSS stays flat while the client reads slowly",),
        notes=("a direct connection has no process in the middle, so it is not run here",),
    )
    return [sequential, concurrent, many, non_streamed, slow_client]


def select(suite: list[Scenario], keys: list[str]) -> list[Scenario]:
    """The scenarios named by ``keys`` (``"1"`` .. ``"5"``), in suite order."""
    unknown = set(keys) - {scenario.key for scenario in suite}
    if unknown:
        raise ValueError(f"unknown scenarios: {sorted(unknown)}")
    return [scenario for scenario in suite if scenario.key in keys]


def with_workload(scenario: Scenario, **changes: object) -> Scenario:
    """A copy of ``scenario`` with some workload fields changed (used to shrink tests)."""
    return replace(scenario, workload=replace(scenario.workload, **changes))  # type: ignore[arg-type]
