#!/usr/bin/env python3
"""
Round-trip time of one C{scan()} from each client SDK: a report, not a test.

    python benchmarks/sdk_scan_roundtrip.py [--requests N] [--size BYTES] [--proxy-url URL]

Starts the proxy (C{twistd -n koreshield}, the simulated provider, this
checkout first on C{PYTHONPATH}) on a free loopback port unless given
C{--proxy-url}, then, one client at a time, each in a process of its own,
sends C{--requests} sequential scans of a different C{--size}-character
benign prompt (no verdict cache helps) over one kept connection, after a
warm-up, and prints p50/p90/p99 in milliseconds of the call as the app
sees it: C{client.scan(text)} returning a result.  Clients: Python
C{Koreshield}, C{AsyncKoreshield}, C{TwistedKoreshield}, and the TypeScript
C{koreshield-sdk} under node (built in C{sdk/typescript/dist}: run
C{npm install && npm run build} there first, else its row says so).
C{--cached} repeats one prompt instead, to see the cost without scanning.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from benchmarks.prompts import prompt_text  # noqa: E402
from benchmarks.stats import Spread  # noqa: E402

TYPESCRIPT_DIST = REPOSITORY / "sdk" / "typescript" / "dist" / "esm" / "index.js"
NODE_CLIENT = """
import { readFileSync } from "node:fs";
import { Koreshield } from %(module)s;
const [baseURL, requests, warmup] = process.argv.slice(2);
const koreshield = new Koreshield({ baseURL });
const texts = JSON.parse(readFileSync(process.env.KORESHIELD_BENCH_TEXTS, "utf8"));
const seconds = [];
for (let i = 0; i < Number(warmup) + Number(requests); i++) {
  const started = process.hrtime.bigint();
  await koreshield.scan({ content: texts[i] });
  if (i >= Number(warmup)) seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
}
console.log(JSON.stringify(seconds));
"""
CLIENTS = ("python-sync", "python-async", "python-twisted", "typescript")


def texts_for(args: argparse.Namespace) -> list[str]:
    """The prompts of one client's run: different from every other run's, unless C{--cached}."""
    count = args.warmup + args.requests
    return [prompt_text(args.size, 0 if args.cached else args.variant_base + n) for n in range(count)]


def measure_sync(base_url: str, texts: list[str], warmup: int) -> list[float]:
    from koreshield.client import Koreshield

    seconds = []
    with Koreshield(base_url=base_url) as client:
        for index, text in enumerate(texts):
            started = time.perf_counter()
            client.scan(text)
            if index >= warmup:
                seconds.append(time.perf_counter() - started)
    return seconds


def measure_async(base_url: str, texts: list[str], warmup: int) -> list[float]:
    from koreshield.client import AsyncKoreshield

    async def run() -> list[float]:
        seconds = []
        async with AsyncKoreshield(base_url=base_url) as client:
            for index, text in enumerate(texts):
                started = time.perf_counter()
                await client.scan(text)
                if index >= warmup:
                    seconds.append(time.perf_counter() - started)
        return seconds

    return asyncio.run(run())


def measure_twisted(base_url: str, texts: list[str], warmup: int) -> list[float]:
    from twisted.internet.defer import Deferred
    from twisted.internet.task import react

    from koreshield.client.twisted_client import TwistedKoreshield

    seconds: list[float] = []

    async def run(reactor: Any) -> None:
        client = TwistedKoreshield(base_url=base_url, reactor=reactor)
        for index, text in enumerate(texts):
            started = time.perf_counter()
            await client.scan(text)
            if index >= warmup:
                seconds.append(time.perf_counter() - started)
        await client.close()

    try:
        react(lambda reactor: Deferred.fromCoroutine(run(reactor)))
    except SystemExit as exit:
        if exit.code:
            raise
    return seconds


MEASURES: dict[str, Callable[[str, list[str], int], list[float]]] = {
    "python-sync": measure_sync,
    "python-async": measure_async,
    "python-twisted": measure_twisted,
}


def run_child(client: str, base_url: str, args: argparse.Namespace) -> list[float] | str:
    """Measure C{client} in a process of its own; its latencies in seconds, or why it could not run."""
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    if client == "typescript":
        if shutil.which("node") is None:
            return "node is not installed"
        if not TYPESCRIPT_DIST.exists():
            return f"not built: cd {TYPESCRIPT_DIST.parents[2]} && npm install && npm run build"
        with tempfile.TemporaryDirectory(prefix="koreshield-sdk-bench-") as directory:
            script, texts = Path(directory) / "client.mjs", Path(directory) / "texts.json"
            script.write_text(NODE_CLIENT % {"module": json.dumps(TYPESCRIPT_DIST.as_uri())})
            texts.write_text(json.dumps(texts_for(args)))
            environment["KORESHIELD_BENCH_TEXTS"] = str(texts)
            command = ["node", str(script), base_url, str(args.requests), str(args.warmup)]
            result = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=600)
    else:
        command = [sys.executable, __file__, "--child", client, "--proxy-url", base_url]
        command += ["--requests", str(args.requests), "--warmup", str(args.warmup), "--size", str(args.size)]
        command += ["--variant-base", str(args.variant_base)]
        command += ["--cached"] if args.cached else []
        result = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=600)
    if result.returncode != 0:
        return f"failed: {result.stderr.strip()[-300:]}"
    latencies: list[float] = json.loads(result.stdout.strip().splitlines()[-1])
    return latencies


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_proxy() -> Iterator[str]:
    """The proxy with its simulated provider, on a free loopback port, for the duration."""
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="koreshield-sdk-bench-"))
    twistd = str(Path(sys.executable).parent / "twistd")
    command = [twistd, "-n", "--pidfile=", "koreshield", "--listen", f"tcp:{port}:interface=127.0.0.1"]
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    url = f"http://127.0.0.1:{port}"
    with open(workdir / "proxy.log", "wb") as log:
        proxy = subprocess.Popen(command, cwd=workdir, stdout=log, stderr=subprocess.STDOUT, env=environment)
        try:
            wait_for_health(url, proxy, workdir)
            yield url
        finally:
            proxy.terminate()
            proxy.wait(timeout=30)
    shutil.rmtree(workdir, ignore_errors=True)


def wait_for_health(url: str, proxy: subprocess.Popen[bytes], workdir: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "/health", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            if proxy.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the proxy did not start; see {workdir / 'proxy.log'}") from None
            time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--size", type=int, default=2048, help="prompt size in characters (ASCII: bytes)")
    parser.add_argument("--cached", action="store_true", help="one prompt, answered from the verdict cache")
    parser.add_argument("--proxy-url", help="measure a proxy already running here")
    parser.add_argument("--clients", default=",".join(CLIENTS), help=f"any of {', '.join(CLIENTS)}")
    parser.add_argument("--child", choices=sorted(MEASURES), help=argparse.SUPPRESS)
    parser.add_argument("--variant-base", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(MEASURES[args.child](args.proxy_url, texts_for(args), args.warmup)))
        return
    run_base = random.randrange(1, 10**9) * 10**6

    kind = "one repeated prompt (cached verdict)" if args.cached else "a different prompt each time"
    print(f"scan() round trip, {args.size}-character prompts, {kind}, {args.requests} sequential after {args.warmup}")
    print(f"{'client':<16} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    with running_proxy() if args.proxy_url is None else _given(args.proxy_url) as url:
        for index, client in enumerate(args.clients.split(",")):
            args.variant_base = run_base + index * (args.warmup + args.requests)
            outcome = run_child(client, url, args)
            if isinstance(outcome, str):
                print(f"{client:<16} {outcome}")
                continue
            spread = Spread.of_seconds(outcome)
            figures = (spread.p50, spread.p90, spread.p99, spread.max)
            print(f"{client:<16} " + " ".join(f"{value:>8.3f}" for value in figures if value is not None))


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    main()
