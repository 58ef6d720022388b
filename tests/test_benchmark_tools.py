"""
The benchmark harness's own tools: the fake provider, the SSE client and its parsers.

Benchmarks are reports, not tests; these tests only make sure the harness still measures what it
claims to, over real loopback sockets.  Each exchange is run with C{asyncio.run}: the harness is
plain asyncio on purpose, so it shares nothing with the Twisted code it measures.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from twisted.trial.unittest import SynchronousTestCase

from benchmarks.client import BenchConnection, ResponseRecord
from benchmarks.fake_provider import start_fake_provider
from benchmarks.grouped_rows import levels_to_show
from benchmarks.http_wire import ChunkedDecoder
from benchmarks.loadgen import Worker, Workload, request_bytes
from benchmarks.plan import ResponsePlan
from benchmarks.prompts import prompt_text
from benchmarks.report import Difference, TargetSummary
from benchmarks.runner import FakeProvider, ScenarioRun, TargetRun, run_scenario
from benchmarks.scenarios import Scenario
from benchmarks.sse import EventKind, EventSplitter, classify_event
from benchmarks.stats import Spread, percentile
from benchmarks.targets import Target, direct_target, floor_target, listening_on

T = TypeVar("T")


def with_provider(body: Callable[[int], Awaitable[T]]) -> T:
    """Run C{body(port)} against a fake provider listening on a free loopback port."""

    async def main() -> T:
        server = await start_fake_provider()
        try:
            return await body(server.sockets[0].getsockname()[1])
        finally:
            server.close()

    return asyncio.run(main())


def exchange(
    plan: ResponsePlan,
    stream: bool = True,
    include_usage: bool = False,
    prompt_bytes: int = 2048,
) -> ResponseRecord:
    """One request for C{plan} on a fresh connection, as the load generator sends it."""
    workload = Workload(
        kind="stream" if stream else "json",
        users=1,
        plan=plan,
        include_usage=include_usage,
        prompt_bytes=prompt_bytes,
    )

    async def body(port: int) -> ResponseRecord:
        connection = await BenchConnection.open("127.0.0.1", port, keep_body=True)
        record = await connection.exchange(request_bytes(workload, "127.0.0.1", port, 1), stream, 5.0)
        connection.close()
        return record

    return with_provider(body)


class FakeProviderStreamTests(SynchronousTestCase):
    def test_stream_delivers_planned_number_of_events_then_done(self) -> None:
        record = exchange(ResponsePlan(events=7, chunk_bytes=10))
        self.assertEqual((record.status, len(record.event_times), record.done), (200, 7, True))
        self.assertIsNone(record.error(7))

    def test_events_arrive_gap_apart(self) -> None:
        record = exchange(ResponsePlan(events=6, gap_ms=20))
        median_gap = statistics.median(record.gaps())
        self.assertTrue(0.010 < median_gap < 0.040, median_gap)

    def test_last_event_is_not_sent_before_its_time(self) -> None:
        record = exchange(ResponsePlan(events=4, gap_ms=15, ttft_ms=30))
        self.assertGreaterEqual(record.event_times[-1] - record.sent_at, 0.030 + 3 * 0.015)

    def test_first_event_waits_for_ttft(self) -> None:
        record = exchange(ResponsePlan(events=2, ttft_ms=50))
        assert record.ttft is not None
        self.assertGreaterEqual(record.ttft, 0.050)

    def test_usage_chunk_only_when_asked(self) -> None:
        plan = ResponsePlan(events=3)
        self.assertEqual(
            (
                exchange(plan, include_usage=True).usage_events,
                exchange(plan).usage_events,
            ),
            (1, 0),
        )

    def test_chunk_bytes_sets_content_per_event(self) -> None:
        record = exchange(ResponsePlan(events=1, chunk_bytes=1000))
        self.assertGreater(record.body_bytes, 1000)
        self.assertLess(record.body_bytes, 1400)

    def test_non_streamed_answer_is_one_chat_completion(self) -> None:
        record = exchange(ResponsePlan(events=4, chunk_bytes=25), stream=False)
        completion = json.loads(record.body)
        self.assertEqual(completion["object"], "chat.completion")
        self.assertEqual(len(completion["choices"][0]["message"]["content"]), 100)

    def test_prompt_size_is_reported_in_usage(self) -> None:
        small = json.loads(exchange(ResponsePlan(), stream=False, prompt_bytes=100).body)
        large = json.loads(exchange(ResponsePlan(), stream=False, prompt_bytes=8000).body)
        self.assertGreater(large["usage"]["prompt_tokens"], small["usage"]["prompt_tokens"] + 1500)

    def test_unknown_bench_key_is_a_400(self) -> None:
        async def body(port: int) -> ResponseRecord:
            connection = await BenchConnection.open("127.0.0.1", port, keep_body=True)
            payload = b'{"model":"m","messages":[],"bench":{"nonsense":1}}'
            request = b"POST /v1/chat/completions HTTP/1.1\r\nContent-Length: %d\r\n\r\n%s" % (
                len(payload),
                payload,
            )
            return await connection.exchange(request, False, 5.0)

        self.assertEqual(with_provider(body).status, 400)


class FailureInjectionTests(SynchronousTestCase):
    def test_reset_cuts_the_stream_with_a_connection_reset(self) -> None:
        record = exchange(ResponsePlan(events=5, gap_ms=2, failure="reset", fail_after=3))
        self.assertEqual((record.error(5), len(record.event_times)), ("connection reset", 3))

    def test_stall_holds_back_the_chosen_event(self) -> None:
        record = exchange(ResponsePlan(events=4, gap_ms=2, failure="stall", fail_after=2, stall_ms=80))
        # Events are due on a schedule: event 2 at 2 gaps + the stall after the start.  The gap
        # before it is 82 ms less however late event 1 went out, a few ms on a busy machine.
        self.assertGreaterEqual(record.event_times[2] - record.event_times[1], 0.060)
        self.assertIsNone(record.error(4))

    def test_malformed_replaces_the_chosen_event(self) -> None:
        record = exchange(ResponsePlan(events=4, failure="malformed", fail_after=1))
        self.assertEqual((record.malformed_events, len(record.event_times)), (1, 3))
        self.assertEqual(record.error(None), "malformed event")

    def test_client_timeout_is_an_error(self) -> None:
        async def body(port: int) -> ResponseRecord:
            connection = await BenchConnection.open("127.0.0.1", port)
            plan = ResponsePlan(events=2, failure="stall", fail_after=1, stall_ms=5000)
            workload = Workload(kind="stream", users=1, plan=plan)
            return await connection.exchange(request_bytes(workload, "127.0.0.1", port, 1), True, 0.1)

        self.assertEqual(with_provider(body).error(2), "timeout")


class KeepAliveTests(SynchronousTestCase):
    def test_one_connection_carries_sequential_requests(self) -> None:
        workload = Workload(kind="stream", users=1, plan=ResponsePlan(events=3))

        async def body(port: int) -> list[str | None]:
            connection = await BenchConnection.open("127.0.0.1", port)
            errors = []
            for variant in range(3):
                request = request_bytes(workload, "127.0.0.1", port, variant)
                errors.append((await connection.exchange(request, True, 5.0)).error(3))
            errors.append(None if connection.reusable else "connection not reusable")
            return errors

        self.assertEqual(with_provider(body), [None, None, None, None])


class WorkerTests(SynchronousTestCase):
    def test_worker_measures_every_stream_of_every_user(self) -> None:
        workload = Workload(
            kind="stream",
            users=4,
            rounds=2,
            ramp_s=0.01,
            plan=ResponsePlan(events=3, gap_ms=2),
        )

        async def body(port: int) -> tuple[int, int, int, int]:
            result = await Worker(workload, "127.0.0.1", port).run()
            return (
                result.ok,
                len(result.ttft),
                len(result.gaps),
                sum(result.errors.values()),
            )

        self.assertEqual(with_provider(body), (8, 8, 16, 0))

    def test_workers_share_users_round_robin(self) -> None:
        workload = Workload(kind="stream", users=5, plan=ResponsePlan())
        shares = [list(Worker(workload, "h", 1, index, 2).users) for index in range(2)]
        self.assertEqual(shares, [[0, 2, 4], [1, 3]])

    def test_slow_reader_reads_at_its_rate(self) -> None:
        workload = Workload(
            kind="slow-reader",
            users=1,
            duration_s=0.3,
            read_rate=10_000,
            plan=ResponsePlan(events=1000, chunk_bytes=1000),
        )

        async def body(port: int) -> int:
            return (await Worker(workload, "127.0.0.1", port).run()).bytes_read

        self.assertTrue(1024 <= with_provider(body) <= 5000)


class ChunkedDecoderTests(SynchronousTestCase):
    def test_decodes_input_fed_byte_by_byte(self) -> None:
        wire = b"5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\nNEXT"
        decoder = ChunkedDecoder()
        pieces = [piece for i in range(len(wire)) for piece in decoder.feed(wire[i : i + 1])]
        self.assertEqual((b"".join(pieces), decoder.finished), (b"hello, world", True))

    def test_leftover_keeps_bytes_after_the_body(self) -> None:
        decoder = ChunkedDecoder()
        decoder.feed(b"2\r\nok\r\n0\r\n\r\nHTTP/1.1")
        self.assertEqual(decoder.leftover, b"HTTP/1.1")


class EventSplitterTests(SynchronousTestCase):
    def test_event_is_reported_by_the_read_that_completes_it(self) -> None:
        splitter = EventSplitter()
        self.assertEqual(splitter.feed(b"data: {}\n"), [])
        self.assertEqual(splitter.feed(b"\ndata: [DO"), [b"data: {}"])

    def test_crlf_blank_lines_end_events(self) -> None:
        self.assertEqual(
            EventSplitter().feed(b"data: 1\r\n\r\ndata: 2\n\n"),
            [b"data: 1", b"data: 2"],
        )

    def test_classification_by_shape(self) -> None:
        kinds = [
            classify_event(event)
            for event in (
                b'data: {"choices":[{"delta":{}}]}',
                b'data: {"choices":[],"usage":{}}',
                b"data: [DONE]",
                b'data: {"error":{"message":"x"}}',
                b": keep-alive",
                b'data: {"choices":[',
                b"event: nonsense",
            )
        ]
        self.assertEqual(
            kinds,
            [
                EventKind.CONTENT,
                EventKind.USAGE,
                EventKind.DONE,
                EventKind.ERROR,
                EventKind.COMMENT,
                EventKind.MALFORMED,
                EventKind.MALFORMED,
            ],
        )


class PromptTests(SynchronousTestCase):
    def test_prompt_has_the_exact_size(self) -> None:
        self.assertEqual(len(prompt_text(2048, 7)), 2048)

    def test_prompts_differ_by_variant(self) -> None:
        self.assertNotEqual(prompt_text(2048, 1), prompt_text(2048, 2))

    def test_prompt_needs_no_json_escaping(self) -> None:
        text = prompt_text(4096, 3)
        self.assertEqual(json.dumps(text), f'"{text}"')


class StatisticsTests(SynchronousTestCase):
    def test_percentile_interpolates_between_ranks(self) -> None:
        values = [float(v) for v in range(1, 101)]
        self.assertEqual((percentile(values, 0.5), percentile(values, 0.99)), (50.5, 99.01))

    def test_percentile_of_nothing_is_none(self) -> None:
        self.assertIsNone(percentile([], 0.5))

    def test_difference_is_target_less_direct(self) -> None:
        direct = TargetSummary("direct", ttft=Spread.of_seconds([0.001, 0.002]), throughput=100.0)
        proxy = TargetSummary("proxy", ttft=Spread.of_seconds([0.002, 0.004]), throughput=80.0)
        difference = Difference.between(proxy, direct)
        assert difference.ttft is not None
        self.assertEqual(
            (round(difference.ttft.p50 or 0, 6), difference.throughput_ratio),
            (1.5, 0.8),
        )


class RunnerTests(SynchronousTestCase):
    def run_tiny_scenario(self, name: str, target: Callable[[Path, int], Target]) -> TargetRun:
        """A tiny streamed scenario run against C{target(workdir, provider_port)} in child processes."""
        scenario = Scenario(
            key="t",
            title="tiny",
            workload=Workload(kind="stream", users=2, rounds=2, warmup=1, plan=ResponsePlan(events=3, gap_ms=1)),
        )

        async def main() -> ScenarioRun:
            with tempfile.TemporaryDirectory() as workdir:
                provider = FakeProvider(Path(workdir) / "provider.log")
                await provider.start()
                try:
                    targets = [(name, lambda: target(Path(workdir), provider.port))]
                    return await run_scenario(scenario, targets, Path(workdir), lambda _: None, provider)
                finally:
                    await provider.stop()

        return asyncio.run(main()).runs[0]

    def test_runner_measures_a_scenario_against_direct_in_child_processes(self) -> None:
        result = self.run_tiny_scenario("direct", lambda _workdir, port: direct_target(port)).result
        assert result is not None
        self.assertEqual((result.ok, len(result.gaps), result.errors), (4, 8, {}))

    def test_the_floor_forwards_a_scenario_and_is_charged_its_cpu(self) -> None:
        run = self.run_tiny_scenario("floor", floor_target)
        assert run.result is not None, run.unavailable
        self.assertEqual((run.result.ok, len(run.result.gaps), run.result.errors), (4, 8, {}))
        self.assertIsNotNone(run.cpu_s)


class DocumentedScriptTests(SynchronousTestCase):
    def test_every_documented_benchmark_script_starts_from_any_directory(self) -> None:
        """
        The docs say C{python benchmarks/NAME.py}; each such script must find
        its own package whatever the working directory (C{--help} only).
        """
        repository = Path(__file__).resolve().parent.parent
        documented: set[str] = set()
        for doc in [
            repository / "README.md",
            repository / "benchmarks" / "README.md",
            *(repository / "docs").glob("*.md"),
        ]:
            documented.update(re.findall(r"python (benchmarks/[a-z_0-9]+\.py)", doc.read_text(encoding="utf-8")))
        self.assertIn("benchmarks/run.py", documented)
        elsewhere = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, elsewhere)
        environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
        failures = {}
        for script in sorted(documented):
            result = subprocess.run(
                [sys.executable, str(repository / script), "--help"],
                cwd=elsewhere,
                env=environment,
                capture_output=True,
                text=True,
                timeout=60,
            )
            if result.returncode != 0:
                failures[script] = result.stderr.strip().splitlines()[-1:]
        self.assertEqual(failures, {})


class ListeningOnTests(SynchronousTestCase):
    """
    A target of several processes on one port is ready when each has bound it
    (benchmarks.targets.listening_on), not when the first answers.
    """

    def test_a_port_this_process_listens_on_is_seen(self) -> None:
        with socket.socket() as listener:
            listener.bind(("127.0.0.1", 0))
            listener.listen()
            port = listener.getsockname()[1]
            self.assertIs(listening_on(os.getpid(), port), True)

    def test_a_port_bound_but_not_listening_is_not(self) -> None:
        with socket.socket() as bound:
            bound.bind(("127.0.0.1", 0))
            self.assertIs(listening_on(os.getpid(), bound.getsockname()[1]), False)

    def test_another_process_listening_on_a_port_is_not_this_one(self) -> None:
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import socket,sys,time; s=socket.socket(); s.bind(('127.0.0.1',0)); s.listen();"
                " print(s.getsockname()[1], flush=True); time.sleep(30)",
            ],
            stdout=subprocess.PIPE,
        )
        self.addCleanup(child.wait)
        self.addCleanup(child.kill)
        assert child.stdout is not None
        port = int(child.stdout.readline())
        self.assertIs(listening_on(child.pid, port), True)
        self.assertIs(listening_on(os.getpid(), port), False)


class RowsCommandLineTests(SynchronousTestCase):
    def test_the_levels_named_are_those_shown(self) -> None:
        self.assertEqual(levels_to_show(["medium", "high"], "doc"), ("medium", "high"))
        self.assertEqual(levels_to_show([], "doc"), ())

    def test_help_prints_the_docstring_instead_of_scanning(self) -> None:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed), self.assertRaises(SystemExit) as exited:
            levels_to_show(["--help"], "The rows of round N.")
        self.assertEqual((exited.exception.code, printed.getvalue()), (0, "The rows of round N.\n"))

    def test_another_word_is_refused(self) -> None:
        with self.assertRaises(SystemExit) as exited:
            levels_to_show(["--show"], "doc")
        self.assertIn("unknown sensitivity '--show'", str(exited.exception.code))
