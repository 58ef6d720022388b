"""
Operations report: a short load through a real twistd process, then the
drain it does on SIGTERM, timed from outside.

    python benchmarks/drain_timeline.py [--streams 5] [--stream-seconds 2]

Prints what an operator would see: a sample of C{GET /metrics} after the
load, one C{stream_completed} log line, and the drain's timeline (SIGTERM ->
/health 503 -> new connections refused -> last stream done -> exit), with
the process's own drain log lines.  A report, not a test: it passes or
fails nothing.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import treq
import yaml
from twisted.internet import task
from twisted.internet.defer import Deferred, DeferredList, ensureDeferred

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from tests.fake_provider import FakeProvider, Reply, Stream, answer_events  # noqa: E402
from tests.proxy_harness import STREAM_CHAT, stream_started  # noqa: E402
from tests.twistd_process import free_port, refuses_connections, runner_environment, twistd_command  # noqa: E402

USER_STREAM = {**STREAM_CHAT, "user": "user-42"}


def _pause(reactor: Any, seconds: float) -> Deferred[None]:
    return task.deferLater(reactor, seconds, lambda: None)


async def _report(reactor: Any, options: argparse.Namespace) -> None:
    provider = FakeProvider()
    provider.listen()
    port, metrics_port = free_port(), free_port()
    url, metrics_url = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{metrics_port}"
    directory = Path(tempfile.mkdtemp())
    config = {
        "providers": {"fake": {"base_url": provider.base_url, "api_key": "sk-fake"}},
        "server": {"drain_timeout": options.drain_timeout},
        "metrics": {"listen": f"tcp:{metrics_port}:interface=127.0.0.1"},
    }
    (directory / "koreshield.yaml").write_text(yaml.safe_dump(config))
    log_path = directory / "out.log"
    command = twistd_command(directory / "koreshield.yaml", f"tcp:{port}:interface=127.0.0.1")
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, env=runner_environment(), cwd=directory
        )
    try:
        while refuses_connections(port):
            await _pause(reactor, 0.05)

        events = 20
        provider.behaviour = Stream(answer_events(["w"] * events), gap=0.01)
        load = [await stream_started(url, USER_STREAM) for _ in range(options.load)]
        await DeferredList([r.done for r in load])
        provider.behaviour = Reply()
        for _ in range(5):
            response = await treq.post(url + "/v1/chat/completions", json={**STREAM_CHAT, "stream": False})
            await response.content()
        metrics = await (await treq.get(metrics_url + "/metrics")).text()
        print(f"== GET /metrics after {options.load} streams of {events} events and 5 plain requests (excerpt)")
        for line in metrics.splitlines():
            if line.startswith("koreshield_") and "_created" not in line and not line.endswith(" 0.0"):
                print(line)
        print("\n== one stream_completed line (stdout of twistd)")
        lines = [json.loads(line) for line in log_path.read_text().splitlines() if line.startswith("{")]
        print(json.dumps(next(line for line in lines if line.get("event") == "stream_completed")))

        gap = options.stream_seconds / 40
        provider.behaviour = Stream(answer_events(["w"] * 40), gap=gap)
        streams = [await stream_started(url, USER_STREAM) for _ in range(options.streams)]
        await _pause(reactor, 0.2)
        sigterm = time.monotonic()
        process.send_signal(signal.SIGTERM)
        while True:
            health = await treq.get(metrics_url + "/health", persistent=False)
            await health.content()
            if health.code == 503:
                answered_503 = time.monotonic()
                break
            await _pause(reactor, 0.002)
        refused = refuses_connections(port)
        refused_at = time.monotonic()
        await DeferredList([r.done for r in streams])
        last_stream = time.monotonic()
        complete = sum(r.body.endswith(b"data: [DONE]\n\n") for r in streams)
        while process.poll() is None:
            await _pause(reactor, 0.002)
        exited = time.monotonic()

        def ms(at: float) -> str:
            return f"{(at - sigterm) * 1000:8.1f} ms"

        print(f"\n== drain timeline: {options.streams} streams of {options.stream_seconds:g} s in flight at SIGTERM")
        print(f"{ms(sigterm)}  SIGTERM sent")
        print(f"{ms(answered_503)}  /health answered 503 (first poll that saw it)")
        print(f"{ms(refused_at)}  new connection to the public port {'refused' if refused else 'ACCEPTED'}")
        print(f"{ms(last_stream)}  last stream done ({complete}/{options.streams} ended with [DONE])")
        print(f"{ms(exited)}  process exited (status {process.returncode})")
        print("\n== the process's drain log lines")
        for line in log_path.read_text().splitlines():
            if "Drain" in line or "SIGTERM" in line:
                print(json.loads(line)["message"])
    finally:
        if process.poll() is None:
            process.kill()
        await provider.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--load", type=int, default=20, help="streams in the short load before the metrics sample")
    parser.add_argument("--streams", type=int, default=5, help="streams in flight at SIGTERM")
    parser.add_argument("--stream-seconds", type=float, default=2.0, help="how long each of those streams lasts")
    parser.add_argument("--drain-timeout", type=float, default=30.0, help="server.drain_timeout")
    options = parser.parse_args()
    task.react(lambda reactor: ensureDeferred(_report(reactor, options)))


if __name__ == "__main__":
    main()
