"""
What the Redis state costs and what its faults do, measured against the memory backend in the same run.

test-case-name: tests.test_benchmark_tools

    python benchmarks/state_overhead.py                 # latency, throughput, faults (a few minutes)
    python benchmarks/state_overhead.py --quick         # the same, smaller (under a minute)

Every proxy has one client key with a rate limit and a token budget, so each chat completion costs
the state what production would: the admission (rate limit and budget, one script), the verdict
cache fetch of its messages and the write-back (every prompt differs, so every request misses the
caches: the worst case), and the token spending when it ends.  The memory and Redis proxies differ
only in ``state.backend``.

1. Latency: one client, keep-alive, sequential non-streamed requests (time to the whole body) and
   streams (time to the first event); memory and Redis proxies started fresh, one after the other.
2. Throughput: non-streamed requests from concurrent clients for a fixed time, against one process
   and two processes on one port (``reuseport:``), each backend.
3. Faults: two processes on one Redis, a key limited per minute, sequential requests alternating
   between them while Redis is up, killed, stopped (SIGSTOP) and restarted: status codes, the
   slowest answer, ``koreshield_state_errors_total``, and whether the limit holds again after the
   restart.

Needs ``redis-server`` (Debian's package).  Reports, not tests: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.client import BenchConnection
from benchmarks.loadgen import Workload
from benchmarks.plan import ResponsePlan
from benchmarks.prompts import chat_body, prompt_text
from benchmarks.runner import FakeProvider, run_load
from benchmarks.scenarios import Scenario
from benchmarks.stats import Spread, percentile
from benchmarks.targets import DEFAULT_PROXY_CMD, Target, free_port, proxy_config, proxy_target

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_KEY = "sk-bench-client"
LIMITED_KEY = "sk-bench-limited"
LIMIT_PER_MINUTE = 5
REUSEPORT_LISTEN = "reuseport:{port}:interface=127.0.0.1"
_VARIANTS = itertools.count(1_000_000)


def state_config(provider_port: int, backend: str, redis_url: str, timeout_ms: float) -> dict[str, Any]:
    return proxy_config(
        provider_port,
        {
            "auth": {
                "keys": [
                    {
                        "name": "bench",
                        "key": BENCH_KEY,
                        "rate_limit": "1000000/second",
                        "token_budget": "1000000000/day",
                    },
                    {"name": "limited", "key": LIMITED_KEY, "rate_limit": f"{LIMIT_PER_MINUTE}/minute"},
                ]
            },
            "state": {"backend": backend, "redis_url": redis_url, "timeout_ms": timeout_ms, "on_error": "open"},
        },
    )


class Redis:
    """redis-server on a free loopback port, no persistence."""

    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not Path(binary).exists():
            raise SystemExit("redis-server is needed (Debian's redis-server package)")
        self._binary = binary
        self._workdir = workdir
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        argv = [self._binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        argv += ["--appendonly", "no", "--dir", str(self._workdir), "--loglevel", "warning"]
        self.process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", self.port)
                writer.close()
                return
            except OSError:
                await asyncio.sleep(0.02)
        raise SystemExit("redis-server did not start")

    def signal(self, number: int) -> None:
        assert self.process is not None
        self.process.send_signal(number)

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait()


def chat_request(port: int, key: str, variant: int, stream: bool = False) -> bytes:
    plan = ResponsePlan(events=20, chunk_bytes=16)
    body = chat_body("bench-model", prompt_text(512, variant), stream=stream, include_usage=False, bench=plan.to_json())
    head = (
        f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {key}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def get(port: int, path: str, key: str = BENCH_KEY) -> tuple[int, bytes]:
    connection = await BenchConnection.open("127.0.0.1", port, keep_body=True)
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {key}\r\n\r\n".encode()
    record = await connection.exchange(request, stream=False, timeout=5.0)
    connection.close()
    return record.status, record.body


async def until_connected(ports: list[int], connected: bool) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        states = []
        for port in ports:
            _, body = await get(port, "/health")
            states.append(json.loads(body)["state"].get("connected"))
        if all(state == connected for state in states):
            return
        await asyncio.sleep(0.05)
    raise RuntimeError(f"/health never said connected={connected}")


async def state_errors(port: int) -> dict[str, float]:
    """``koreshield_state_errors_total`` by op."""
    _, body = await get(port, "/metrics")
    counts: dict[str, float] = {}
    for line in body.decode().splitlines():
        if line.startswith('koreshield_state_errors_total{op="'):
            op = line.split('"', 2)[1]
            counts[op] = float(line.rsplit(" ", 1)[1])
    return counts


def scenario(key: str, title: str, workload: Workload, workers: int = 1) -> Scenario:
    return Scenario(key=key, title=title, workload=workload, workers=workers)


async def started(target: Target, redis_backend: bool) -> Target:
    await target.start()
    if redis_backend:
        await until_connected([target.port], True)
    return target


async def measure_latency(args: argparse.Namespace, provider: FakeProvider, redis: Redis, workdir: Path) -> None:
    rounds = 300 if args.quick else 2000
    kinds = (
        ("json", "non-streamed: time to the whole body", ResponsePlan(events=20, chunk_bytes=16)),
        ("stream", "streamed: time to the first event", ResponsePlan(events=20, gap_ms=1, chunk_bytes=16)),
    )
    print(f"\n1. Latency: one client, keep-alive, {rounds} sequential requests per run, 512-byte unique prompts;")
    print("   memory and Redis proxies alternate (two runs each), each started fresh")
    print(f"   {'kind':<38} {'run':<10} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for kind, label, plan in kinds:
        workload = Workload(kind=kind, users=1, rounds=rounds, warmup=50, prompt_bytes=512, plan=plan)
        pooled: dict[str, list[float]] = {"memory": [], "redis": []}
        for run_number, backend in enumerate(("memory", "redis", "memory", "redis")):
            config = state_config(provider.port, backend, redis.url, args.timeout_ms)
            target = await started(
                proxy_target(f"proxy-{backend}", DEFAULT_PROXY_CMD, config, workdir, REPO_ROOT), backend == "redis"
            )
            try:
                run = await run_load(scenario("L", label, workload), target, workdir, provider)
            finally:
                await target.stop()
            assert run.result is not None
            pooled[backend].extend(run.result.ttft)
            spread = Spread.of_seconds(run.result.ttft)
            errors = sum(run.result.errors.values())
            name = f"{backend} #{run_number // 2 + 1}"
            print(f"   {label:<38} {name:<10} {spread.p50:8.3f} {spread.p90:8.3f} {spread.p99:8.3f} {errors:7d}")
        memory, shared = Spread.of_seconds(pooled["memory"]), Spread.of_seconds(pooled["redis"])
        added = shared.minus(memory)
        print(f"   {label:<38} {'memory':<10} {memory.p50:8.3f} {memory.p90:8.3f} {memory.p99:8.3f}   (both runs)")
        print(f"   {label:<38} {'redis':<10} {shared.p50:8.3f} {shared.p90:8.3f} {shared.p99:8.3f}   (both runs)")
        print(f"   {label:<38} {'added':<10} {added.p50:8.3f} {added.p90:8.3f} {added.p99:8.3f}")


async def measure_throughput(args: argparse.Namespace, provider: FakeProvider, redis: Redis, workdir: Path) -> None:
    duration = 3.0 if args.quick else 10.0
    workload = Workload(
        kind="json",
        users=args.users,
        duration_s=duration,
        ramp_s=0.1,
        warmup=20,
        prompt_bytes=512,
        plan=ResponsePlan(events=20, chunk_bytes=16),
    )
    print(
        f"\n2. Throughput: non-streamed, {args.users} concurrent clients (closed loop), {duration:g} s, "
        f"{os.cpu_count()} CPUs shared by everything"
    )
    print("   CPU seconds used during the run by the proxies, the load generator, the fake provider, the machine")
    head = f"{'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'CPU: proxy':>12} {'load':>6} {'provider':>8}"
    print(f"   {'backend':<8} {'processes':>9} {head} {'machine':>8}")
    for backend in ("memory", "redis"):
        for processes in (1, 2):
            config = state_config(provider.port, backend, redis.url, args.timeout_ms)
            listen = REUSEPORT_LISTEN if processes > 1 else "tcp:{port}:interface=127.0.0.1"
            target = proxy_target(
                f"proxy-{backend}-{processes}", DEFAULT_PROXY_CMD, config, workdir, REPO_ROOT, processes, listen
            )
            await started(target, backend == "redis")
            try:
                run = await run_load(scenario("T", "throughput", workload, workers=2), target, workdir, provider)
            finally:
                await target.stop()
            result = run.result
            assert result is not None
            spread = Spread.of_seconds(result.total)
            cpu = run.cpu_s if run.cpu_s is not None else float("nan")
            rate = result.ok / result.elapsed_s
            errors = sum(result.errors.values())
            figures = f"{rate:9.0f} {spread.p50:8.2f} {spread.p99:8.2f} {errors:7d} {cpu:12.2f} {result.cpu_s:6.2f}"
            figures += f" {run.provider_cpu_s or float('nan'):8.2f} {run.machine_cpu_s or float('nan'):8.2f}"
            print(f"   {backend:<8} {processes:>9} {figures}")


async def phase(name: str, ports: list[int], count: int, key: str = BENCH_KEY) -> dict[str, Any]:
    """``count`` sequential requests alternating between the processes; what they got."""
    connections = [await BenchConnection.open("127.0.0.1", port) for port in ports]
    statuses: dict[int, int] = {}
    seconds: list[float] = []
    for index in range(count):
        which = index % len(ports)
        if not connections[which].reusable:
            connections[which] = await BenchConnection.open("127.0.0.1", ports[which])
        request = chat_request(ports[which], key, next(_VARIANTS))
        record = await connections[which].exchange(request, False, 10.0)
        statuses[record.status] = statuses.get(record.status, 0) + 1
        if record.total is not None:
            seconds.append(record.total)
    for connection in connections:
        connection.close()
    return {
        "name": name,
        "statuses": statuses,
        "p50_ms": (percentile(seconds, 0.5) or 0) * 1000,
        "max_ms": max(seconds, default=0) * 1000,
    }


async def measure_faults(args: argparse.Namespace, provider: FakeProvider, redis: Redis, workdir: Path) -> None:
    count = 50 if args.quick else 200
    config = state_config(provider.port, "redis", redis.url, args.timeout_ms)
    targets = [proxy_target(f"fault-{n}", DEFAULT_PROXY_CMD, config, workdir, REPO_ROOT) for n in (1, 2)]
    for target in targets:
        await started(target, True)
    ports = [target.port for target in targets]
    print(
        f"\n3. Faults: two processes on one Redis, timeout_ms {args.timeout_ms:g}, on_error open; "
        f"{count} sequential requests per phase, alternating between the processes"
    )
    print("   errors: koreshield_state_errors_total added during the phase, both processes, by op")
    print(f"   {'phase':<38} {'statuses':<16} {'p50 ms':>8} {'max ms':>8}  errors")
    totals: dict[str, float] = {}

    async def report(outcome: dict[str, Any]) -> None:
        counts: dict[str, float] = {}
        for port in ports:
            for op, value in (await state_errors(port)).items():
                counts[op] = counts.get(op, 0.0) + value
        added = {op: value - totals.get(op, 0.0) for op, value in counts.items() if value - totals.get(op, 0.0)}
        totals.update(counts)
        statuses = ", ".join(f"{status}: {n}" for status, n in sorted(outcome["statuses"].items()))
        errors = ", ".join(f"{op} {value:.0f}" for op, value in sorted(added.items())) or "none"
        print(f"   {outcome['name']:<38} {statuses:<16} {outcome['p50_ms']:8.2f} {outcome['max_ms']:8.2f}  {errors}")

    try:
        await report(await phase("Redis up", ports, count))
        redis.kill()
        await report(await phase("Redis killed: the next requests", ports, count))
        await until_connected(ports, False)
        await report(await phase("Redis down", ports, count))
        await redis.start()
        started_at = time.monotonic()
        await until_connected(ports, True)
        print(f"   Redis restarted: both processes reconnected within {time.monotonic() - started_at:.2f} s")
        await report(await phase(f"key limited to {LIMIT_PER_MINUTE}/minute, 10 requests", ports, 10, LIMITED_KEY))
        redis.signal(signal.SIGSTOP)
        await report(await phase("Redis stopped (SIGSTOP)", ports, count))
        redis.signal(signal.SIGCONT)
        started_at = time.monotonic()
        await until_connected(ports, True)
        await report(await phase("Redis resumed (SIGCONT)", ports, count))
    finally:
        for target in targets:
            await target.stop()


async def main(args: argparse.Namespace) -> None:
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="koreshield-state-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True)
    print(
        f"KoreShield state overhead, commit {commit.stdout.strip() or '?'}, Python {sys.version.split()[0]}, "
        f"logs in {workdir}"
    )
    redis = Redis(workdir)
    await redis.start()
    provider = FakeProvider(workdir / "fake-provider.log")
    await provider.start()
    try:
        if "latency" in args.parts:
            await measure_latency(args, provider, redis, workdir)
        if "throughput" in args.parts:
            await measure_throughput(args, provider, redis, workdir)
        if "faults" in args.parts:
            await measure_faults(args, provider, redis, workdir)
    finally:
        await provider.stop()
        redis.stop()


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs (under a minute)")
    parser.add_argument("--parts", default="latency,throughput,faults", help="which measurements, comma-separated")
    parser.add_argument("--users", type=int, default=50, help="concurrent clients for the throughput runs")
    parser.add_argument("--timeout-ms", type=float, default=50.0, help="state.timeout_ms")
    parser.add_argument("--workdir", help="where configs and logs go (default: a new temporary directory)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_arguments()))
