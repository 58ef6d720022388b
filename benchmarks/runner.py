"""
Runs scenarios against targets: start the fake provider, then for each scenario each target.

test-case-name: tests.test_benchmark_tools

For every (scenario, target) pair the runner starts the target fresh, starts the load generator
workers, waits for their warm-up, samples the target's idle RSS and CPU, says ``go``, samples
while they run, and collects their figures.  Targets of one scenario run one after another,
against the same fake provider, so that every figure has its direct counterpart from the same run.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.children import spawn
from benchmarks.client import BenchConnection
from benchmarks.fake_provider import COLLECT_PATH
from benchmarks.loadgen import WorkerResult
from benchmarks.procstat import Usage, UsageSampler, machine_busy_cpu_s, read_usage
from benchmarks.scenarios import Scenario
from benchmarks.targets import Target, TargetUnavailable

REPO_ROOT = Path(__file__).resolve().parent.parent
WORKER_START_TIMEOUT_S = 120.0
RESULT_LINE_LIMIT = 1 << 28


@dataclass
class TargetRun:
    """What one target did in one scenario, or why it could not run."""

    target: str
    result: WorkerResult | None = None
    unavailable: str | None = None
    idle: Usage | None = None
    end: Usage | None = None
    peak_rss: int = 0
    rss_timeline: list[tuple[float, int]] = field(default_factory=list)
    provider_cpu_s: float | None = None
    provider_cpu_wait_s: float | None = None
    machine_cpu_s: float | None = None

    @property
    def cpu_s(self) -> float | None:
        if self.idle is None or self.end is None or not self.idle.processes:
            return None
        return self.end.cpu_s - self.idle.cpu_s

    @property
    def cpu_wait_s(self) -> float | None:
        """Seconds the target's threads waited for a CPU during the load (runnable, not running)."""
        if self.idle is None or self.end is None or not self.idle.processes:
            return None
        return self.end.cpu_wait_s - self.idle.cpu_wait_s


@dataclass
class ScenarioRun:
    scenario: Scenario
    runs: list[TargetRun] = field(default_factory=list)


class FakeProvider:
    """The fake provider as a child process; it prints the port it bound, which is read here."""

    def __init__(self, log: Path, port: int = 0) -> None:
        self._log = log
        self._requested_port = port
        self.port = 0
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        argv = [
            sys.executable,
            "-m",
            "benchmarks.fake_provider",
            "--port",
            str(self._requested_port),
        ]
        self.process = await spawn(argv, self._log, stdout=asyncio.subprocess.PIPE, cwd=REPO_ROOT)
        assert self.process.stdout is not None
        line = await asyncio.wait_for(self.process.stdout.readline(), 10.0)
        if not line.strip().isdigit():
            raise RuntimeError(f"fake provider did not start; see {self._log}")
        self.port = int(line)

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    async def collect_garbage(self) -> None:
        """Have the provider collect its garbage now, so that it does not during a measurement."""
        connection = await BenchConnection.open("127.0.0.1", self.port)
        request = f"POST {COLLECT_PATH} HTTP/1.1\r\nContent-Length: 0\r\n\r\n".encode()
        record = await connection.exchange(request, stream=False, timeout=30.0)
        connection.close()
        if record.status != 200:
            raise RuntimeError(f"fake provider could not collect garbage: {record.error(None)}")

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            await self.process.wait()


class LoadWorker:
    """One ``python -m benchmarks.loadgen`` process, driven over its stdin and stdout."""

    def __init__(self, job: dict[str, Any], log: Path) -> None:
        self._job = job
        self._log = log
        self._process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self._process = await spawn(
            [sys.executable, "-m", "benchmarks.loadgen"],
            self._log,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            cwd=REPO_ROOT,
            limit=RESULT_LINE_LIMIT,
        )
        await self._say(json.dumps(self._job))

    async def ready(self) -> None:
        line = await asyncio.wait_for(self._line(), WORKER_START_TIMEOUT_S)
        if line != "ready":
            raise RuntimeError(f"load generator worker failed to start: {line!r}; see {self._log}")

    async def go(self) -> None:
        await self._say("go")

    async def result(self, timeout: float) -> WorkerResult:
        line = await asyncio.wait_for(self._line(), timeout)
        if not line.startswith("{"):
            raise RuntimeError(f"load generator worker failed: {line!r}; see {self._log}")
        return WorkerResult.from_json(json.loads(line))

    async def stop(self) -> None:
        if self._process is not None and self._process.returncode is None:
            if self._process.stdin is not None:
                self._process.stdin.close()
            try:
                await asyncio.wait_for(self._process.wait(), 5.0)
            except TimeoutError:
                self._process.kill()
                await self._process.wait()

    async def _say(self, line: str) -> None:
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write(line.encode() + b"\n")
        await self._process.stdin.drain()

    async def _line(self) -> str:
        assert self._process is not None and self._process.stdout is not None
        return (await self._process.stdout.readline()).decode().strip()


def expected_duration_s(scenario: Scenario) -> float:
    """A generous bound on how long a scenario's load should take, for timeouts."""
    workload = scenario.workload
    plan = workload.plan
    stream_s = (plan.ttft_ms + plan.events * plan.gap_ms) / 1000.0 + 1.0
    rounds_s = workload.duration_s or workload.rounds * stream_s
    return workload.ramp_s + rounds_s + workload.timeout_s + 60.0


async def run_load(
    scenario: Scenario,
    target: Target,
    workdir: Path,
    provider: FakeProvider | None = None,
) -> TargetRun:
    """
    Run ``scenario``'s workload against a started ``target`` and sample its usage meanwhile.

    The fake provider collects its garbage once the workers have warmed up, and its CPU time
    is taken too: on a small machine a busy provider or load generator is noise in every
    target's figures, and the report shows how busy they were.
    """
    run = TargetRun(target.name)
    provider_pids = [provider.pid] if provider is not None and provider.pid else []
    workers = [
        LoadWorker(
            {
                "workload": scenario.workload.to_json(),
                "host": target.host,
                "port": target.port,
                "index": index,
                "workers": scenario.workers,
            },
            workdir / f"loadgen-s{scenario.key}-{target.name}-{index}.log",
        )
        for index in range(scenario.workers)
    ]
    try:
        for worker in workers:
            await worker.start()
        await asyncio.gather(*(worker.ready() for worker in workers))
        sampler = UsageSampler(target.pids, scenario.sample_interval_s)
        run.idle = read_usage(target.pids) if target.measures_usage else None
        if provider is not None:
            await provider.collect_garbage()
        provider_before = read_usage(provider_pids)
        machine_before = machine_busy_cpu_s()
        if target.measures_usage:
            sampler.start()
        await asyncio.gather(*(worker.go() for worker in workers))
        timeout = expected_duration_s(scenario)
        parts = await asyncio.gather(*(worker.result(timeout) for worker in workers))
        run.result = WorkerResult.merge(list(parts))
        run.machine_cpu_s = machine_busy_cpu_s() - machine_before
        if provider_pids:
            provider_after = read_usage(provider_pids)
            run.provider_cpu_s = provider_after.cpu_s - provider_before.cpu_s
            run.provider_cpu_wait_s = provider_after.cpu_wait_s - provider_before.cpu_wait_s
        if target.measures_usage:
            run.end = await sampler.stop()
            run.peak_rss = sampler.peak_rss
            first = sampler.samples[0][0]
            run.rss_timeline = [(when - first, usage.rss_bytes) for when, usage in sampler.samples]
    finally:
        for worker in workers:
            await worker.stop()
    return run


TargetFactory = Callable[[], Target]


async def run_scenario(
    scenario: Scenario,
    targets: list[tuple[str, TargetFactory]],
    workdir: Path,
    say: Callable[[str], None],
    provider: FakeProvider | None = None,
) -> ScenarioRun:
    """Run one scenario against each target in turn, each target started fresh and stopped after."""
    outcome = ScenarioRun(scenario)
    for name, make_target in targets:
        if name == "direct" and not scenario.needs_direct:
            continue
        say(f"scenario {scenario.key} / {name} ...")
        try:
            target = make_target()
            await target.start()
        except TargetUnavailable as error:
            outcome.runs.append(TargetRun(name, unavailable=str(error)))
            continue
        try:
            outcome.runs.append(await run_load(scenario, target, workdir, provider))
        except (TimeoutError, RuntimeError, OSError) as error:
            outcome.runs.append(TargetRun(name, unavailable=f"run failed: {error!r}"))
        finally:
            await target.stop()
    return outcome
