"""
The command line contract, run for real: C{twistd [-n] koreshield
[--config PATH] [--listen ENDPOINT]} and C{twist koreshield ...}.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import treq
from twisted.internet import reactor
from twisted.internet.defer import inlineCallbacks
from twisted.internet.task import deferLater
from twisted.trial.unittest import TestCase

from tests.proxy_harness import sse_data
from tests.twistd_process import BIN, free_port, runner_environment


class PluginDiscoveryTests(TestCase):
    def test_twistd_help_lists_koreshield(self) -> None:
        result = subprocess.run(
            [str(BIN / "twistd"), "--help"], capture_output=True, text=True, env=runner_environment(), timeout=60
        )
        self.assertIn("koreshield", result.stdout)

    def test_listing_plugins_does_not_import_the_proxy(self) -> None:
        code = (
            "import sys\n"
            "from twisted.plugin import getPlugins\n"
            "from twisted.application.service import IServiceMaker\n"
            "names = [p.tapname for p in getPlugins(IServiceMaker)]\n"
            "print(json.dumps({'listed': 'koreshield' in names, "
            "'imported': [m for m in sys.modules if m.startswith('koreshield')]}))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", "import json\n" + code],
            capture_output=True,
            text=True,
            env=runner_environment(),
            timeout=60,
        )
        report = json.loads(result.stdout)
        self.assertEqual(report, {"listed": True, "imported": []})


class ConfigErrorTests(TestCase):
    def run_twistd(self, config_text: str) -> subprocess.CompletedProcess[str]:
        directory = tempfile.mkdtemp()
        config = Path(directory) / "koreshield.yaml"
        config.write_text(config_text)
        return subprocess.run(
            [str(BIN / "twistd"), "-n", "--pidfile=", "koreshield", "--config", str(config)],
            capture_output=True,
            text=True,
            env=runner_environment(),
            cwd=directory,
            timeout=60,
        )

    def test_invalid_base_url_stops_start_up_with_one_line(self) -> None:
        result = self.run_twistd("providers:\n  openai:\n    base_url: api.openai.com\n")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.strip(), "config error: providers.openai.base_url: must be an http(s) URL")
        self.assertNotIn("Traceback", result.stdout + result.stderr)

    def test_unknown_key_stops_start_up(self) -> None:
        result = self.run_twistd("server:\n  lisen: tcp:1\n")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.strip(), "config error: server.lisen: unknown key")

    def test_undefined_default_provider_stops_start_up(self) -> None:
        result = self.run_twistd("providers:\n  a:\n    base_url: http://127.0.0.1:9/v1\ndefault_provider: b\n")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stderr.strip(), "config error: default_provider: 'b' is not defined under providers")


class RunningProcessTests(TestCase):
    timeout = 60

    @inlineCallbacks
    def start(self, command: list[str]) -> Any:
        directory = tempfile.mkdtemp()
        self.port = free_port()
        self.log_path = Path(directory) / "out.log"
        log = open(self.log_path, "w")
        self.addCleanup(log.close)
        process = subprocess.Popen(
            [*command, "--listen", f"tcp:{self.port}:interface=127.0.0.1"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=runner_environment(),
            cwd=directory,
        )
        self.process = process

        def stop() -> None:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

        self.addCleanup(stop)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                if process.poll() is not None:
                    self.fail(f"exited early: {self.log_path.read_text()}")
                yield deferLater(reactor, 0.1, lambda: None)
        self.fail("the proxy did not start listening")

    @inlineCallbacks
    def check_answers_with_the_simulated_provider(self) -> Any:
        health = yield treq.get(f"http://127.0.0.1:{self.port}/health", persistent=False)
        self.assertEqual((yield health.json()), {"status": "ok", "state": {"backend": "memory"}})
        response = yield treq.post(
            f"http://127.0.0.1:{self.port}/v1/chat/completions",
            data=json.dumps(
                {"model": "any", "messages": [{"role": "user", "content": "hello"}], "stream": True}
            ).encode(),
            persistent=False,
        )
        body = yield response.content()
        self.assertEqual(response.code, 200)
        payloads = sse_data(body)
        self.assertEqual(payloads[-1], "[DONE]")
        answer = "".join(p["choices"][0]["delta"].get("content") or "" for p in payloads[:-1])
        self.assertIn("simulated provider", answer)

    def log_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log_path.read_text().splitlines() if line.startswith("{")]

    @inlineCallbacks
    def test_twistd_with_no_config_answers_and_says_it_is_simulated(self) -> Any:
        yield self.start([str(BIN / "twistd"), "-n", "--pidfile=", "koreshield"])
        yield self.check_answers_with_the_simulated_provider()
        messages = [line.get("message", "") for line in self.log_lines()]
        self.assertTrue(any("simulated provider" in m for m in messages), messages)
        self.process.send_signal(signal.SIGTERM)
        self.assertIn(self.process.wait(15), (0, -signal.SIGTERM))

    @inlineCallbacks
    def test_twist_runs_the_plugin_too(self) -> Any:
        yield self.start([str(BIN / "twist"), "koreshield"])
        yield self.check_answers_with_the_simulated_provider()
