"""
The load generator: one worker process runs its share of a L{Workload} and reports raw figures.

test-case-name: tests.test_benchmark_tools

The runner starts workers as separate processes (``python -m benchmarks.loadgen``) so that the
measuring loop never shares an event loop with the runner's bookkeeping, and so that ten thousand
sockets can be spread over several processes.  The conversation over stdin/stdout is three lines:
the runner sends the job as JSON; the worker warms up, answers ``ready``; the runner samples the
target's idle RSS and CPU and sends ``go``; the worker runs and answers one JSON line of results.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import resource
import socket
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from benchmarks.client import BenchConnection, ResponseRecord
from benchmarks.fd_limit import raise_open_file_limit
from benchmarks.plan import ResponsePlan
from benchmarks.procstat import cpu_wait_seconds
from benchmarks.prompts import chat_body, prompt_text

KINDS = ("stream", "json", "slow-reader")

TRACE_DIR_VARIABLE = "BENCH_TRACE_DIR"
"""
When set, each worker writes ``streams-PORT-INDEX.json`` there: every measured stream's send time,
TTFT and client port (``tail_report.py`` joins them with ``tail_probe.py``'s proxy timeline).
"""


@dataclass(frozen=True)
class Workload:
    """
    What a scenario asks of the load generator, summed over all its workers.

    ``users`` clients each open a connection and send requests one after another on it: ``rounds``
    requests each, or, when ``duration_s`` is set, as many as fit in that time (a closed loop).
    User ``i`` starts ``i * ramp_s / users`` after ``go``, so arrivals are spread evenly.
    ``warmup`` requests go out before ``ready`` and are not measured.  A ``slow-reader`` user
    reads its stream at ``read_rate`` bytes per second for ``duration_s``.
    """

    kind: str
    users: int
    plan: ResponsePlan
    rounds: int = 1
    duration_s: float = 0.0
    ramp_s: float = 0.0
    warmup: int = 0
    prompt_bytes: int = 2048
    include_usage: bool = True
    model: str = "bench-model"
    timeout_s: float = 30.0
    read_rate: int = 1024
    receive_buffer: int = 4096

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")

    @property
    def stream(self) -> bool:
        return self.kind != "json"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "plan": self.plan.to_json()}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Workload:
        return cls(**{**value, "plan": ResponsePlan.from_json(value["plan"])})


@dataclass
class WorkerResult:
    """Raw figures from one worker; the runner merges workers and computes percentiles."""

    ttft: list[float] = field(default_factory=list)
    total: list[float] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)
    stream_max_gap: list[float] = field(default_factory=list)
    connect: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    ok: int = 0
    elapsed_s: float = 0.0
    cpu_s: float = 0.0
    cpu_wait_s: float = 0.0
    bytes_read: int = 0
    first_error_body: str = ""
    streams: list[tuple[float, float, int]] = field(default_factory=list)
    """Per measured stream, when ``trace`` is on: sent at (perf_counter s), TTFT s, the client's port."""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> WorkerResult:
        return cls(**value)

    def add(self, record: ResponseRecord, expected_events: int | None) -> None:
        self.requests += 1
        error = record.error(expected_events)
        if error is not None:
            self.errors[error] = self.errors.get(error, 0) + 1
            if not self.first_error_body and record.body:
                self.first_error_body = record.body[:300].decode("utf-8", "replace")
            return
        self.ok += 1
        ttft, total = record.ttft, record.total
        if ttft is not None:
            self.ttft.append(ttft)
        if total is not None:
            self.total.append(total)
        gaps = record.gaps()
        self.gaps.extend(gaps)
        if gaps:
            self.stream_max_gap.append(max(gaps))

    def count_error(self, name: str) -> None:
        self.requests += 1
        self.errors[name] = self.errors.get(name, 0) + 1

    @classmethod
    def merge(cls, parts: list[WorkerResult]) -> WorkerResult:
        merged = cls()
        for part in parts:
            for name in ("ttft", "total", "gaps", "stream_max_gap", "connect"):
                getattr(merged, name).extend(getattr(part, name))
            for error, count in part.errors.items():
                merged.errors[error] = merged.errors.get(error, 0) + count
            merged.requests += part.requests
            merged.ok += part.ok
            merged.elapsed_s = max(merged.elapsed_s, part.elapsed_s)
            merged.cpu_s += part.cpu_s
            merged.cpu_wait_s += part.cpu_wait_s
            merged.bytes_read += part.bytes_read
            merged.first_error_body = merged.first_error_body or part.first_error_body
            merged.streams.extend(part.streams)
        return merged


def request_bytes(workload: Workload, host: str, port: int, variant: int) -> bytes:
    """One complete request, its prompt made unique by ``variant``."""
    body = chat_body(
        workload.model,
        prompt_text(workload.prompt_bytes, variant),
        stream=workload.stream,
        include_usage=workload.include_usage,
        bench=workload.plan.to_json(),
    )
    head = (
        f"POST /v1/chat/completions HTTP/1.1\r\n"
        f"Host: {host}:{port}\r\n"
        f"Authorization: Bearer sk-bench-client\r\n"
        f"Content-Type: application/json\r\n"
        f"Accept: {'text/event-stream' if workload.stream else 'application/json'}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


class Worker:
    """
    One process's share of a workload: users ``index, index + workers, ...``.

    Users are dealt round-robin so that every worker's users are spread over the whole ramp.
    """

    def __init__(
        self,
        workload: Workload,
        host: str,
        port: int,
        index: int = 0,
        workers: int = 1,
        trace: bool = False,
    ) -> None:
        self.workload = workload
        self.trace = trace
        self.host = host
        self.port = port
        self.users = range(index, workload.users, workers)
        self._variants = iter(range(index, 1 << 62, workers))
        self.result = WorkerResult()

    def _next_request(self) -> bytes:
        return request_bytes(self.workload, self.host, self.port, next(self._variants))

    @property
    def _expected_events(self) -> int | None:
        plan = self.workload.plan
        return None if plan.failure == "malformed" else plan.events

    async def warm_up(self) -> None:
        """
        Send the warm-up requests, all at once, each on its own connection; figures are discarded.

        Warm-up answers are cut short (at most five events, 1 ms apart): they are there to open
        the target's upstream connections and warm its caches, not to spend the suite's time.
        """
        workload = self.workload
        if workload.warmup == 0 or workload.kind == "slow-reader":
            return
        plan = workload.plan
        short = replace(
            workload,
            plan=replace(
                plan,
                events=min(plan.events, 5),
                gap_ms=min(plan.gap_ms, 1.0),
                fail_after=0,
            ),
        )
        requests = [request_bytes(short, self.host, self.port, next(self._variants)) for _ in range(workload.warmup)]
        await asyncio.gather(*(self._warm_up_once(request) for request in requests))

    async def _warm_up_once(self, request: bytes) -> None:
        connection = await BenchConnection.open(self.host, self.port)
        await connection.exchange(request, self.workload.stream, self.workload.timeout_s)
        connection.close()

    async def run(self) -> WorkerResult:
        started = time.perf_counter()
        cpu_before = _cpu_seconds()
        wait_before = cpu_wait_seconds(os.getpid())
        run_user = self._slow_reader if self.workload.kind == "slow-reader" else self._user
        await asyncio.gather(*(run_user(user, started) for user in self.users))
        self.result.elapsed_s = time.perf_counter() - started
        self.result.cpu_s = _cpu_seconds() - cpu_before
        self.result.cpu_wait_s = cpu_wait_seconds(os.getpid()) - wait_before
        return self.result

    def _start_time(self, user: int, started: float) -> float:
        workload = self.workload
        return started + (user * workload.ramp_s / workload.users if workload.users else 0.0)

    async def _user(self, user: int, started: float) -> None:
        workload = self.workload
        await _sleep_until(self._start_time(user, started))
        deadline = started + workload.ramp_s + workload.duration_s
        connection: BenchConnection | None = None
        sent = 0
        while (sent < workload.rounds) if workload.duration_s == 0 else (time.perf_counter() < deadline):
            sent += 1
            if connection is None or not connection.reusable:
                connection = await self._connect()
                if connection is None:
                    break
            port = connection.local_port
            record = await connection.exchange(self._next_request(), workload.stream, workload.timeout_s)
            self.result.add(record, self._expected_events)
            if self.trace and record.ttft is not None:
                self.result.streams.append((record.sent_at, record.ttft, port))
        if connection is not None:
            connection.close()

    async def _connect(self) -> BenchConnection | None:
        began = time.perf_counter()
        try:
            connection = await asyncio.wait_for(BenchConnection.open(self.host, self.port), self.workload.timeout_s)
        except (TimeoutError, OSError) as error:
            self.result.count_error(f"connect: {type(error).__name__}")
            return None
        self.result.connect.append(time.perf_counter() - began)
        return connection

    async def _slow_reader(self, user: int, started: float) -> None:
        """
        Read a stream at ``read_rate`` bytes per second through a small receive buffer.

        A plain socket, not a protocol: asyncio protocols read whatever is there, and the point is
        to read little, so that the sender's buffers fill and its backpressure is what is measured.
        """
        workload = self.workload
        loop = asyncio.get_running_loop()
        await _sleep_until(self._start_time(user, started))
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, workload.receive_buffer)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, (self.host, self.port))
            await loop.sock_sendall(sock, self._next_request())
            began = time.perf_counter()
            end = began + workload.duration_s
            read = 0
            step = 1024
            while time.perf_counter() < end:
                data = await asyncio.wait_for(loop.sock_recv(sock, step), workload.timeout_s)
                if not data:
                    self.result.count_error("closed before the end of the stream")
                    break
                read += len(data)
                await _sleep_until(began + read / workload.read_rate)
            else:
                self.result.requests += 1
                self.result.ok += 1
            self.result.bytes_read += read
        except (TimeoutError, OSError) as error:
            self.result.count_error(f"slow reader: {type(error).__name__}")
        finally:
            sock.close()


async def _sleep_until(when: float) -> None:
    delay = when - time.perf_counter()
    if delay > 0:
        await asyncio.sleep(delay)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def pause_garbage_collection() -> None:
    """
    Collect once, then keep the cyclic garbage collector off for the rest of the worker's life.

    A full collection over ten thousand connections' objects paused a worker for up to 400 ms,
    which it would have reported as the target's latency.  A worker lives for one measurement,
    and its connections break their own reference cycles, so nothing much accumulates.
    """
    gc.collect()
    gc.freeze()
    gc.disable()


async def _serve_job(job: dict[str, Any]) -> None:
    loop = asyncio.get_running_loop()
    worker = Worker(
        Workload.from_json(job["workload"]),
        job["host"],
        job["port"],
        job["index"],
        job["workers"],
        trace=bool(os.environ.get(TRACE_DIR_VARIABLE)),
    )
    await worker.warm_up()
    pause_garbage_collection()
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    line = await loop.run_in_executor(None, sys.stdin.readline)
    if line.strip() != "go":
        return
    result = await worker.run()
    trace_dir = os.environ.get(TRACE_DIR_VARIABLE)
    if trace_dir:
        path = Path(trace_dir) / f"streams-{job['port']}-{job['index']}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"streams": result.streams, "cpu_s": result.cpu_s}))
        result.streams = []
    sys.stdout.write(json.dumps(result.to_json()) + "\n")
    sys.stdout.flush()


def main() -> None:
    raise_open_file_limit()
    job = json.loads(sys.stdin.readline())
    asyncio.run(_serve_job(job))


if __name__ == "__main__":
    main()
