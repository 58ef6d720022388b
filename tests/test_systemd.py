"""
The systemd units in etc/: they verify, they run the documented command
line in a sandbox with the limits the proxy needs, and socket activation
works -- one port shared by several processes, and connections that arrive
while no process accepts wait for the next one instead of being refused.

systemd itself cannot run inside the test, so the units' C{ExecStart} lines
are run as systemd would run them: directly, under
C{systemd-socket-activate}, or with an inherited socket set up the way
systemd sets it up.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess
from pathlib import Path
from typing import Any

from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import SynchronousTestCase, TestCase

from koreshield.config import Settings
from koreshield.scan.regexcache import default_directory
from tests.fake_provider import Stream, answer_events
from tests.proxy_harness import STREAM_CHAT, ProviderMixin, in_thread, post_chat_to, proxy_config
from tests.twistd_process import (
    ChildProcess,
    free_port,
    pause,
    refuses_connections,
    runner_environment,
    wait_until_listening,
    with_inherited_socket,
    write_config,
)

ETC = Path(__file__).resolve().parent.parent / "etc"
UNITS = ("koreshield.service", "koreshield.socket", "koreshield@.service")
CONFIG_IN_ETC = "/etc/koreshield/koreshield.yaml"
EXITED_ON_SIGTERM = (0, -15)


def unit_settings(name: str) -> dict[str, dict[str, list[str]]]:
    """A unit file's settings: section -> key -> values, in order (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in (ETC / name).read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def service_setting(name: str, key: str) -> str:
    [value] = unit_settings(name)["Service"][key]
    return value


def exec_start(name: str, config_path: Path) -> list[str]:
    """The unit's ExecStart as an argument list, reading C{config_path} instead of /etc's file."""
    argv = shlex.split(service_setting(name, "ExecStart"))
    return [str(config_path) if arg == CONFIG_IN_ETC else arg for arg in argv]


def seconds(value: str) -> float:
    """A systemd time span in seconds ("45", "45s", "1min 30s")."""
    units = {"": 1, "s": 1, "sec": 1, "min": 60, "m": 60, "h": 3600}
    return sum(float(n) * units[u] for n, u in re.findall(r"(\d+(?:\.\d+)?)\s*([a-z]*)", value))


class UnitFileTests(SynchronousTestCase):
    def test_systemd_analyze_verify_is_clean(self) -> None:
        analyze = shutil.which("systemd-analyze")
        if analyze is None:
            self.skipTest("systemd-analyze is not installed here")
        for unit in UNITS:
            result = subprocess.run([analyze, "verify", str(ETC / unit)], capture_output=True, text=True, timeout=120)
            self.assertEqual((result.returncode, result.stdout + result.stderr), (0, ""), unit)

    def test_the_service_runs_twistd_in_the_foreground_with_the_config_in_etc(self) -> None:
        self.assertEqual(
            shlex.split(service_setting("koreshield.service", "ExecStart")),
            ["/usr/bin/env", "twistd", "--nodaemon", "--pidfile=", "koreshield", "--config", CONFIG_IN_ETC],
        )

    def test_the_service_runs_as_a_dynamic_user_in_a_sandbox(self) -> None:
        service = unit_settings("koreshield.service")["Service"]
        for key, value in {
            "DynamicUser": "yes",
            "ProtectSystem": "strict",
            "NoNewPrivileges": "yes",
            "ProtectHome": "yes",
            "PrivateTmp": "yes",
            "CapabilityBoundingSet": "",
        }.items():
            self.assertEqual(service.get(key), [value], key)

    def test_the_service_restarts_on_failure(self) -> None:
        self.assertEqual(service_setting("koreshield.service", "Restart"), "on-failure")

    def test_systemd_waits_longer_than_the_drain_before_it_kills(self) -> None:
        stop_timeout = seconds(service_setting("koreshield.service", "TimeoutStopSec"))
        self.assertGreater(stop_timeout, Settings().server.drain_timeout)

    def test_the_descriptor_limit_fits_ten_thousand_streams(self) -> None:
        self.assertEqual(service_setting("koreshield.service", "LimitNOFILE"), "65536")

    def test_the_scanners_compiled_patterns_are_kept_in_the_services_cache_directory(self) -> None:
        """systemd makes the directory (the sandbox allows no other write) and names it in $CACHE_DIRECTORY."""
        self.assertEqual(service_setting("koreshield.service", "CacheDirectory"), "koreshield")
        self.patch(os, "environ", {"CACHE_DIRECTORY": "/var/cache/koreshield"})
        self.assertEqual(default_directory(), Path("/var/cache/koreshield"))

    def test_the_instances_share_every_other_setting_with_the_service(self) -> None:
        differing = {"ExecStart", "Sockets", "Environment", "SyslogIdentifier"}
        service = unit_settings("koreshield.service")["Service"]
        instance = unit_settings("koreshield@.service")["Service"]
        self.assertEqual(
            {k: v for k, v in instance.items() if k not in differing},
            {k: v for k, v in service.items() if k not in differing},
        )

    def test_an_instance_listens_on_the_socket_systemd_passes_it(self) -> None:
        self.assertEqual(service_setting("koreshield@.service", "Sockets"), "koreshield.socket")
        argv = shlex.split(service_setting("koreshield@.service", "ExecStart"))
        self.assertEqual(argv[-2:], ["--listen", "systemd:domain=INET:index=0"])

    def test_the_socket_starts_an_instance_when_none_runs(self) -> None:
        socket_unit = unit_settings("koreshield.socket")["Socket"]
        self.assertEqual(socket_unit["Service"], ["koreshield@1.service"])
        self.assertEqual(socket_unit["ListenStream"], ["127.0.0.1:8000"])


class StreamingThroughAProcess(ProviderMixin, TestCase):
    def config(self, **server: Any) -> Path:
        config = proxy_config(self.provider)
        config["server"] = {"drain_timeout": 10, **server}
        return write_config(config)

    @inlineCallbacks
    def stream(self, port: int) -> Any:
        """One streamed chat completion; fires with its body."""
        response = yield post_chat_to(f"http://127.0.0.1:{port}", STREAM_CHAT)
        body = yield response.content()
        return body


class ServiceCommandLineTests(StreamingThroughAProcess):
    @inlineCallbacks
    def test_the_services_command_line_serves_and_stops_on_sigterm(self) -> Any:
        port = free_port()
        config = self.config(listen=f"tcp:{port}:interface=127.0.0.1")
        child = ChildProcess(self, exec_start("koreshield.service", config), config.parent)
        yield wait_until_listening(port, child)
        body = yield self.stream(port)
        self.assertTrue(body.endswith(b"data: [DONE]\n\n"))
        child.terminate()
        code, _ = yield child.exited()
        self.assertIn(code, EXITED_ON_SIGTERM)


class SocketActivationTests(StreamingThroughAProcess):
    @inlineCallbacks
    def test_systemd_socket_activate_starts_an_instance_on_the_first_connection(self) -> Any:
        activate = shutil.which("systemd-socket-activate")
        if activate is None:
            self.skipTest("systemd-socket-activate is not installed here")
        port = free_port()
        config = self.config()
        passed_on = [f"--setenv={name}" for name in ("PATH", "PYTHONPATH", "HOME") if name in runner_environment()]
        # systemd names every passed socket (LISTEN_FDNAMES), and Twisted relies on it.
        named = "--fdname=koreshield.socket"
        command = [
            activate,
            f"--listen=127.0.0.1:{port}",
            named,
            *passed_on,
            *exec_start("koreshield@.service", config),
        ]
        child = ChildProcess(self, command, config.parent)
        yield wait_until_listening(port, child)
        body = yield self.stream(port)
        self.assertTrue(body.endswith(b"data: [DONE]\n\n"), body)

    def shared_socket(self) -> socket.socket:
        """The listening socket systemd would hold for koreshield.socket."""
        listening = socket.socket()
        listening.bind(("127.0.0.1", 0))
        listening.listen(128)
        self.addCleanup(listening.close)
        return listening

    def instance(self, listening: socket.socket, config: Path) -> ChildProcess:
        command = with_inherited_socket(listening.fileno(), exec_start("koreshield@.service", config))
        return ChildProcess(self, command, config.parent, pass_fds=[listening.fileno()])

    @inlineCallbacks
    def started(self, child: ChildProcess) -> Any:
        """Fires once the child says it is listening (a connection could reach another instance)."""
        for _ in range(1500):
            if "KoreShield listening on" in child.output():
                return
            if child.process.poll() is not None:
                self.fail(f"exited early: {child.output()}")
            yield pause(0.02)
        self.fail(f"never started: {child.output()}")

    @inlineCallbacks
    def test_two_instances_share_one_port_and_a_draining_one_refuses_no_connection(self) -> Any:
        listening = self.shared_socket()
        port = listening.getsockname()[1]
        config = self.config()
        first, second = self.instance(listening, config), self.instance(listening, config)
        yield self.started(first)
        yield self.started(second)
        self.provider.behaviour = Stream(answer_events(["w"] * 10), gap=0.1)
        in_flight = self.stream(port)
        while not self.provider.requests:
            yield pause(0.02)
        first.terminate()
        answered = 0
        while first.process.poll() is None or answered < 10:
            self.provider.behaviour = Stream(answer_events(["ok"]))
            body = yield self.stream(port)
            self.assertTrue(body.endswith(b"data: [DONE]\n\n"), body)
            answered += 1
        body = yield in_flight
        self.assertTrue(body.endswith(b"data: [DONE]\n\n"), body)
        self.assertIn(first.process.returncode, EXITED_ON_SIGTERM)
        self.assertIsNone(second.process.poll())

    @inlineCallbacks
    def test_a_connection_made_while_no_instance_runs_waits_for_the_next_one(self) -> Any:
        listening = self.shared_socket()
        port = listening.getsockname()[1]
        config = self.config()
        first = self.instance(listening, config)
        yield self.started(first)
        first.terminate()
        yield first.exited()
        self.assertFalse((yield in_thread(refuses_connections, port)))
        waiting = self.stream(port)
        yield pause(0.3)
        self.assertFalse(waiting.called)
        self.instance(listening, config)
        body = yield waiting
        self.assertTrue(body.endswith(b"data: [DONE]\n\n"), body)
