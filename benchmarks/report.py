"""
Turning runs into figures: per-target summaries, differences against direct, a table and JSON.

test-case-name: tests.test_benchmark_tools

Every latency is in milliseconds.  Each target's row is followed, in the difference rows, by its
percentiles less direct's from the same run, and its throughput as a ratio of direct's.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from benchmarks.runner import ScenarioRun, TargetRun
from benchmarks.stats import Spread

MB = 1024 * 1024


@dataclass(frozen=True)
class TargetSummary:
    """The figures of one target in one scenario."""

    target: str
    unavailable: str | None = None
    requests: int = 0
    ok: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    first_error_body: str = ""
    ttft: Spread | None = None
    gap: Spread | None = None
    stream_max_gap: Spread | None = None
    total: Spread | None = None
    connect: Spread | None = None
    throughput: float | None = None
    elapsed_s: float = 0.0
    bytes_read: int = 0
    rss_idle_bytes: int | None = None
    rss_peak_bytes: int | None = None
    rss_per_stream_bytes: float | None = None
    cpu_s: float | None = None
    loadgen_cpu_s: float = 0.0
    provider_cpu_s: float | None = None
    other_cpu_s: float | None = None
    cpu_wait_s: float | None = None
    loadgen_cpu_wait_s: float = 0.0
    provider_cpu_wait_s: float | None = None
    rss_timeline: list[tuple[float, int]] = field(default_factory=list)

    @classmethod
    def of(cls, run: TargetRun, users: int) -> TargetSummary:
        result = run.result
        if result is None:
            return cls(run.target, unavailable=run.unavailable or "no result")
        idle = run.idle.rss_bytes if run.idle is not None else None
        peak = max(run.peak_rss, run.end.rss_bytes) if run.end is not None else None
        per_stream = (peak - idle) / users if peak is not None and idle is not None and users else None
        return cls(
            target=run.target,
            requests=result.requests,
            ok=result.ok,
            errors=dict(result.errors),
            first_error_body=result.first_error_body,
            ttft=Spread.of_seconds(result.ttft),
            gap=Spread.of_seconds(result.gaps),
            stream_max_gap=Spread.of_seconds(result.stream_max_gap),
            total=Spread.of_seconds(result.total),
            connect=Spread.of_seconds(result.connect),
            throughput=result.ok / result.elapsed_s if result.elapsed_s else None,
            elapsed_s=result.elapsed_s,
            bytes_read=result.bytes_read,
            rss_idle_bytes=idle,
            rss_peak_bytes=peak,
            rss_per_stream_bytes=per_stream,
            cpu_s=run.cpu_s,
            loadgen_cpu_s=result.cpu_s,
            provider_cpu_s=run.provider_cpu_s,
            other_cpu_s=_other_cpu(run),
            cpu_wait_s=run.cpu_wait_s,
            loadgen_cpu_wait_s=result.cpu_wait_s,
            provider_cpu_wait_s=run.provider_cpu_wait_s,
            rss_timeline=run.rss_timeline,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Difference:
    """One target against direct: percentiles less direct's, throughput as a ratio."""

    target: str
    ttft: Spread | None
    gap: Spread | None
    total: Spread | None
    throughput_ratio: float | None

    @classmethod
    def between(cls, summary: TargetSummary, direct: TargetSummary) -> Difference:
        def minus(mine: Spread | None, theirs: Spread | None) -> Spread | None:
            return None if mine is None or theirs is None else mine.minus(theirs)

        ratio = summary.throughput / direct.throughput if summary.throughput is not None and direct.throughput else None
        return cls(
            summary.target,
            minus(summary.ttft, direct.ttft),
            minus(summary.gap, direct.gap),
            minus(summary.total, direct.total),
            ratio,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ScenarioReport:
    key: str
    title: str
    goals: tuple[str, ...]
    notes: tuple[str, ...]
    workload: dict[str, Any]
    shows_rss_per_stream: bool
    summaries: list[TargetSummary]
    differences: list[Difference]

    @classmethod
    def of(cls, outcome: ScenarioRun) -> ScenarioReport:
        scenario = outcome.scenario
        summaries = [TargetSummary.of(run, scenario.workload.users) for run in outcome.runs]
        direct = next(
            (s for s in summaries if s.target == "direct" and s.unavailable is None),
            None,
        )
        differences = (
            [Difference.between(s, direct) for s in summaries if s is not direct and s.unavailable is None]
            if direct is not None
            else []
        )
        return cls(
            scenario.key,
            scenario.title,
            scenario.goals,
            scenario.notes,
            scenario.workload.to_json(),
            scenario.rss_per_stream,
            summaries,
            differences,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "goals": list(self.goals),
            "notes": list(self.notes),
            "workload": self.workload,
            "targets": [summary.to_json() for summary in self.summaries],
            "differences_vs_direct": [difference.to_json() for difference in self.differences],
        }


def _other_cpu(run: TargetRun) -> float | None:
    """Machine CPU seconds during the load not spent by the target, load generator or provider."""
    if run.machine_cpu_s is None or run.result is None:
        return None
    ours = run.result.cpu_s + (run.cpu_s or 0.0) + (run.provider_cpu_s or 0.0)
    return max(0.0, run.machine_cpu_s - ours)


def _waits(summary: TargetSummary) -> tuple[float | None, float | None, float | None]:
    """The target's, the load generator's and the fake provider's seconds waiting for a CPU."""
    return summary.cpu_wait_s, summary.loadgen_cpu_wait_s, summary.provider_cpu_wait_s


NOISY_CPU_WAIT_SHARE = 0.02
"""
A process that waited for a CPU this share of the load's time or more makes a noisy run.

On a quiet machine the proxy of scenario 2 waits about 0.005 s a second (tail_probe.py's
schedstat samples: 0-8 ms in each 200 ms window); while another job held a core it waited 0.2-1.0
s a second, and a few hundred ms of that put its TTFT p99 80 ms or more above direct's
(benchmarks/README.md, "Where scenario 2's TTFT tail comes from").
"""


def _busy_neighbours(summary: TargetSummary) -> str:
    """A warning when the target, the load generator or the provider waited long for a CPU, else ''."""
    if summary.elapsed_s <= 0:
        return ""
    names = ("the target", "the load generator", "the fake provider")
    noisy = [
        f"{name} {wait:.2f} s ({100 * wait / summary.elapsed_s:.0f} %)"
        for name, wait in zip(names, _waits(summary), strict=True)
        if wait is not None and wait >= NOISY_CPU_WAIT_SHARE * summary.elapsed_s
    ]
    if not noisy:
        return ""
    return (
        f"noisy: waited for a CPU during the {summary.elapsed_s:.1f} s load: {', '.join(noisy)}; its latencies "
        "are partly the machine's: compare only with runs that waited about as long"
    )


def _ms(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "-"
    text = f"{value:+.2f}" if signed else f"{value:.2f}"
    return text


def _spread(spread: Spread | None, parts: tuple[str, ...], signed: bool = False) -> list[str]:
    if spread is None:
        return ["-"] * len(parts)
    return [_ms(getattr(spread, part), signed) for part in parts]


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value / MB:.1f}"


HEADER = (
    "target",
    "ok/req",
    "err",
    "ttft50",
    "ttft90",
    "ttft99",
    "gap50",
    "gap90",
    "gap99",
    "gapmax",
    "tot50",
    "tot90",
    "tot99",
    "req/s",
    "rss idle>peak MB",
    "cpu s",
    "lg cpu",
    "fp cpu",
    "other cpu",
    "cpu wait t/lg/fp",
)
P3 = ("p50", "p90", "p99")
P3MAX = ("p50", "p90", "p99", "max")


def _summary_row(summary: TargetSummary) -> list[str]:
    errors = sum(summary.errors.values())
    throughput = "-" if summary.throughput is None else f"{summary.throughput:.1f}"
    rss = f"{_mb(summary.rss_idle_bytes)}>{_mb(summary.rss_peak_bytes)}" if summary.rss_idle_bytes else "-"
    return [
        summary.target,
        f"{summary.ok}/{summary.requests}",
        str(errors),
        *_spread(summary.ttft, P3),
        *_spread(summary.gap, P3MAX),
        *_spread(summary.total, P3),
        throughput,
        rss,
        "-" if summary.cpu_s is None else f"{summary.cpu_s:.2f}",
        f"{summary.loadgen_cpu_s:.2f}",
        "-" if summary.provider_cpu_s is None else f"{summary.provider_cpu_s:.2f}",
        "-" if summary.other_cpu_s is None else f"{summary.other_cpu_s:.2f}",
        "/".join("-" if wait is None else f"{wait:.2f}" for wait in _waits(summary)),
    ]


def _difference_row(difference: Difference) -> list[str]:
    ratio = "-" if difference.throughput_ratio is None else f"x{difference.throughput_ratio:.3f}"
    return [
        f"{difference.target}-direct",
        "",
        "",
        *_spread(difference.ttft, P3, signed=True),
        *_spread(difference.gap, P3MAX, signed=True),
        *_spread(difference.total, P3, signed=True),
        ratio,
        "",
        "",
        "",
        "",
        "",
        "",
    ]


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return [
        "  ".join(
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


def render_scenario(report: ScenarioReport) -> list[str]:
    workload = report.workload
    plan = workload["plan"]
    lines = [
        f"== S{report.key}: {report.title}",
        (
            f"   {workload['kind']}: users {workload['users']}, rounds {workload['rounds']}, "
            f"duration {workload['duration_s']} s, ramp {workload['ramp_s']} s, prompt {workload['prompt_bytes']} B; "
            f"answer {plan['events']} events x {plan['chunk_bytes']} B, gap {plan['gap_ms']} ms, "
            f"ttft {plan['ttft_ms']} ms"
        ),
    ]
    lines += [f"   goal: {goal}" for goal in report.goals]
    lines += [f"   note: {note}" for note in report.notes]
    rows = [list(HEADER)]
    available = [summary for summary in report.summaries if summary.unavailable is None]
    rows += [_summary_row(summary) for summary in available]
    rows += [_difference_row(difference) for difference in report.differences]
    if len(rows) > 1:
        lines += ["   " + line for line in _table(rows)]
    for summary in report.summaries:
        if summary.unavailable is not None:
            lines.append(f"   {summary.target}: not measured: {summary.unavailable}")
            continue
        if summary.errors:
            lines.append(f"   {summary.target} errors: {summary.errors}")
            if summary.first_error_body:
                lines.append(f"   {summary.target} first error body: {summary.first_error_body[:200]}")
        busy_neighbours = _busy_neighbours(summary)
        if busy_neighbours:
            lines.append(f"   {summary.target}: {busy_neighbours}")
        if summary.rss_per_stream_bytes is not None and report.shows_rss_per_stream:
            lines.append(
                f"   {summary.target}: RSS per stream {summary.rss_per_stream_bytes / 1024:.1f} KB "
                f"((peak - idle) / {workload['users']}); stream max gap p50/p99/max "
                + "/".join(_spread(summary.stream_max_gap, ("p50", "p99", "max")))
                + " ms; connect p50/p99/max "
                + "/".join(_spread(summary.connect, ("p50", "p99", "max")))
                + " ms"
            )
        if workload["kind"] == "slow-reader":
            timeline = summary.rss_timeline
            if timeline:
                first_rss = timeline[0][1]
                growth = max(rss for _, rss in timeline) - first_rss
                shown = ", ".join(
                    f"{when:.1f}s {rss / MB:.1f}" for when, rss in timeline[:: max(1, len(timeline) // 10)]
                )
                lines.append(
                    f"   {summary.target}: RSS MB over time: {shown}; growth over the run {growth / 1024:.0f} KB; "
                    f"client read {summary.bytes_read} B in {summary.elapsed_s:.1f} s"
                )
            else:
                lines.append(f"   {summary.target}: client read {summary.bytes_read} B in {summary.elapsed_s:.1f} s")
    return lines


def render(header: dict[str, Any], reports: list[ScenarioReport]) -> str:
    lines = ["KoreShield benchmarks"]
    lines += [f"  {key}: {value}" for key, value in header.items()]
    lines += [
        "  Times in ms. 'X-direct' rows: X's percentile less direct's; their req/s column is X/direct.",
        "  cpu s: the target's CPU seconds during the load; lg cpu, fp cpu: the load generator's and",
        "  the fake provider's; other cpu: CPU seconds anything else on the machine used meanwhile",
        "  (high means a noisy run: compare with care); cpu wait t/lg/fp: seconds the target's, the",
        "  load generator's and the fake provider's threads were runnable but had no CPU (schedstat):",
        "  the part of their latency that is the machine's, not theirs.",
    ]
    for report in reports:
        lines.append("")
        lines += render_scenario(report)
    return "\n".join(lines)
