"""
The benchmark's attribution tools: the wait for a CPU, the per-stream trace and the proxy's timeline.

Reports, not tests, are what these tools make; these tests only make sure they record what they
claim to (over real loopback sockets and a real proxy process where it matters), so that a slow
stream is explained by what happened and not by a bookkeeping slip.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

from twisted.trial.unittest import SynchronousTestCase

from benchmarks import tail_report
from benchmarks.fake_provider import start_fake_provider
from benchmarks.loadgen import TRACE_DIR_VARIABLE, Worker, WorkerResult, Workload
from benchmarks.plan import ResponsePlan
from benchmarks.procstat import Usage, cpu_wait_seconds, read_usage
from benchmarks.report import ScenarioReport, render_scenario
from benchmarks.run import traced_command
from benchmarks.runner import FakeProvider, ScenarioRun, TargetRun, run_scenario
from benchmarks.scenarios import Scenario
from benchmarks.targets import DEFAULT_PROXY_CMD, proxy_config, proxy_target

REPOSITORY = Path(__file__).resolve().parent.parent


class CpuWaitTests(SynchronousTestCase):
    def test_a_live_process_has_a_wait_that_never_goes_back(self) -> None:
        first = cpu_wait_seconds(os.getpid())
        sum(range(200_000))
        self.assertGreaterEqual(first, 0.0)
        self.assertGreaterEqual(cpu_wait_seconds(os.getpid()), first)

    def test_a_process_that_is_gone_waited_nothing(self) -> None:
        self.assertEqual(cpu_wait_seconds(2**22 + 12345), 0.0)

    def test_usage_of_a_tree_carries_its_wait(self) -> None:
        before = cpu_wait_seconds(os.getpid())
        self.assertGreaterEqual(read_usage([os.getpid()]).cpu_wait_s, before)

    def test_the_table_shows_the_waits_of_target_load_generator_and_provider(self) -> None:
        result = WorkerResult(ttft=[0.001], ok=1, requests=1, elapsed_s=1.0, cpu_s=0.5, cpu_wait_s=0.25)
        run = TargetRun(
            "proxy",
            result=result,
            idle=Usage(1 << 20, 1.0, 1, cpu_wait_s=2.0),
            end=Usage(1 << 20, 3.0, 1, cpu_wait_s=2.75),
            provider_cpu_s=0.5,
            provider_cpu_wait_s=0.125,
        )
        scenario = Scenario("t", "tiny", Workload(kind="stream", users=1, plan=ResponsePlan()))
        lines = render_scenario(ScenarioReport.of(ScenarioRun(scenario, [run])))
        header = next(line for line in lines if "cpu wait t/lg/fp" in line)
        row = next(line for line in lines if line.strip().startswith("proxy"))
        self.assertTrue(row.rstrip().endswith("0.75/0.25/0.12"), (header, row))

    def test_a_run_whose_target_waited_long_for_a_cpu_is_called_noisy(self) -> None:
        lines = self.render(target_wait=0.75, elapsed_s=10.0)
        self.assertIn(
            "proxy: noisy: waited for a CPU during the 10.0 s load: the target 0.75 s (8 %)", "\n".join(lines)
        )

    def test_a_run_with_short_waits_is_not(self) -> None:
        lines = self.render(target_wait=0.05, elapsed_s=10.0)
        self.assertNotIn("noisy", "\n".join(lines))

    def render(self, target_wait: float, elapsed_s: float) -> list[str]:
        result = WorkerResult(ttft=[0.001], ok=1, requests=1, elapsed_s=elapsed_s, cpu_wait_s=0.01)
        run = TargetRun(
            "proxy",
            result=result,
            idle=Usage(1 << 20, 1.0, 1, cpu_wait_s=1.0),
            end=Usage(1 << 20, 3.0, 1, cpu_wait_s=1.0 + target_wait),
            provider_cpu_wait_s=0.01,
        )
        scenario = Scenario("t", "tiny", Workload(kind="stream", users=1, plan=ResponsePlan()))
        return render_scenario(ScenarioReport.of(ScenarioRun(scenario, [run])))


class StreamTraceTests(SynchronousTestCase):
    def test_a_traced_worker_records_each_stream_with_its_connection_port(self) -> None:
        workload = Workload(kind="stream", users=2, rounds=3, ramp_s=0.01, plan=ResponsePlan(events=2, gap_ms=1))

        async def main() -> WorkerResult:
            server = await start_fake_provider()
            try:
                return await Worker(workload, "127.0.0.1", server.sockets[0].getsockname()[1], trace=True).run()
            finally:
                server.close()

        result = asyncio.run(main())
        ports = [port for _, _, port in result.streams]
        self.assertEqual(sorted(ttft for _, ttft, _ in result.streams), sorted(result.ttft))
        self.assertEqual(sorted(ports.count(port) for port in set(ports)), [3, 3])
        self.assertNotIn(0, ports)

    def test_an_untraced_worker_records_none(self) -> None:
        workload = Workload(kind="stream", users=1, rounds=1, plan=ResponsePlan(events=1))

        async def main() -> WorkerResult:
            server = await start_fake_provider()
            try:
                return await Worker(workload, "127.0.0.1", server.sockets[0].getsockname()[1]).run()
            finally:
                server.close()

        self.assertEqual(asyncio.run(main()).streams, [])


class TailReportTests(SynchronousTestCase):
    def test_intervals_count_and_clip_to_the_window(self) -> None:
        intervals = tail_report.Intervals([[5.0, 7.0], [0.0, 2.0], [9.0, 9.5]])
        count, seconds = intervals.within(1.0, 6.0)
        self.assertEqual(count, 2)
        self.assertAlmostEqual(seconds, 2.0)
        self.assertEqual(intervals.within(2.5, 4.5), (0, 0.0))

    def test_a_stream_is_joined_to_the_first_request_on_its_port_after_it_was_sent(self) -> None:
        requests = [
            {"port": 1000, "arrival": 1.001},
            {"port": 1000, "arrival": 2.001},
            {"port": 2000, "arrival": 1.0005},
        ]
        streams = [
            {"sent": 2.0, "ttft": 0.01, "port": 1000},
            {"sent": 1.0, "ttft": 0.01, "port": 1000},
            {"sent": 1.0, "ttft": 0.01, "port": 2000},
        ]
        tail_report.join(streams, requests)
        self.assertEqual([stream["request"] for stream in streams], [requests[1], requests[0], requests[2]])
        self.assertEqual([stream["round"] for stream in streams], [2, 1, 1])

    def test_run_queue_wait_is_the_schedstat_difference_around_the_window(self) -> None:
        sched = [[0.0, 0, 0], [1.0, 0, 1_000_000], [2.0, 0, 4_000_000], [3.0, 0, 9_000_000]]
        self.assertAlmostEqual(tail_report.run_queue_wait(sched, 1.0, 2.0), 0.003)
        self.assertAlmostEqual(tail_report.run_queue_wait(sched, 1.5, 2.5), 0.008)


class ProxyTimelineTests(SynchronousTestCase):
    def test_every_stream_is_explained_by_the_proxy_timeline(self) -> None:
        """
        A tiny scenario through the real proxy under tail_probe.py: every stream the load generator
        traced is matched to the proxy's request on its port, and that request went through the
        steps the report splits the time into, in order, inside the client's TTFT window.
        """
        trace = Path(tempfile.mkdtemp())
        self.addCleanup(os.environ.pop, TRACE_DIR_VARIABLE, None)
        os.environ[TRACE_DIR_VARIABLE] = str(trace)
        command = traced_command(DEFAULT_PROXY_CMD, str(trace))
        scenario = Scenario(
            key="t",
            title="tiny",
            workload=Workload(kind="stream", users=2, rounds=2, warmup=1, plan=ResponsePlan(events=3, gap_ms=1)),
        )

        async def main() -> ScenarioRun:
            workdir = Path(tempfile.mkdtemp())
            provider = FakeProvider(workdir / "provider.log")
            await provider.start()
            try:
                config = proxy_config(provider.port, {"logging": {"level": "warn"}})
                targets = [("proxy", lambda: proxy_target("proxy", command, config, workdir, REPOSITORY))]
                return await run_scenario(scenario, targets, workdir, lambda _: None, provider)
            finally:
                await provider.stop()

        run = asyncio.run(main()).runs[0]
        assert run.result is not None, run.unavailable
        self.assertEqual(run.result.ok, 4)
        streams, timeline = tail_report.load(trace)
        tail_report.join(streams, timeline["requests"])
        self.assertEqual(len(streams), 4)
        for stream in streams:
            request = stream["request"]
            self.assertIsNotNone(request, stream)
            steps = [request["arrival"], request["process"], *request["scan"], *request["send"]]
            steps += request["first_event"]
            self.assertEqual(steps, sorted(steps))
            self.assertTrue(stream["sent"] <= request["arrival"], (stream, request))
            self.assertTrue(request["first_event"][0] <= stream["sent"] + stream["ttft"], (stream, request))
        self.assertTrue(timeline["turns"] and timeline["relays"] and timeline["sched"])
        self.assertIn("tail_probe.py", timeline["names"][str(timeline["pid"])])

    def test_tracing_needs_a_proxy_command_that_runs_twistd(self) -> None:
        self.assertRaises(SystemExit, traced_command, "{python} -m something {port}", "/tmp/trace")
