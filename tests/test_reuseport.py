"""
Several processes on one port: the C{reuseport:} listen endpoint.
"""

from __future__ import annotations

import json
from typing import Any

import treq
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

from tests.twistd_process import ChildProcess, free_port, twistd_command, wait_until_listening, write_config

CHAT = json.dumps({"model": "m", "messages": [{"role": "user", "content": "Say hello."}]}).encode()


class ReusePortTests(TestCase):
    timeout = 90

    @inlineCallbacks
    def test_two_processes_share_one_port_and_both_answer(self) -> Any:
        port = free_port()
        config = write_config({"logging": {"json_logs": True, "level": "info"}})
        children = []
        for name in ("a", "b"):
            directory = config.parent / name
            directory.mkdir()
            listen = f"reuseport:{port}:interface=127.0.0.1"
            children.append(ChildProcess(self, twistd_command(config, listen), directory))
        for child in children:
            yield wait_until_listening(port, child)
        statuses = []
        for _ in range(60):
            response = yield treq.post(f"http://127.0.0.1:{port}/v1/chat/completions", data=CHAT, persistent=False)
            statuses.append(response.code)
            yield response.content()
        self.assertEqual(set(statuses), {200})
        served = [
            sum(1 for line in child.json_lines() if line.get("event") == "request_completed") for child in children
        ]
        self.assertEqual(sum(served), 60)
        self.assertTrue(all(count > 0 for count in served), served)

    @inlineCallbacks
    def test_a_port_taken_without_reuseport_is_a_listen_error(self) -> Any:
        import socket

        taken = socket.socket()
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        self.addCleanup(taken.close)
        config = write_config({})
        directory = config.parent / "c"
        directory.mkdir()
        child = ChildProcess(
            self, twistd_command(config, f"reuseport:{taken.getsockname()[1]}:interface=127.0.0.1"), directory
        )
        status, _ = yield child.exited()
        self.assertEqual(status, 1)
        self.assertIn("listen error: server.listen", child.output())
