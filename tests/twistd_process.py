"""
Run KoreShield as a real child process (twistd, or any command line that
ends up in it), for tests of what only a process shows: signals, exit
status, log lines on stdout, inherited sockets.

The test's reactor keeps running while it waits (polling with
C{deferLater}), so a fake provider served by the test answers the child.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from twisted.internet import reactor
from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.internet.task import deferLater
from twisted.trial.unittest import TestCase

REPOSITORY = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
POLL_SECONDS = 0.02


def runner_environment() -> dict[str, str]:
    """The environment for a child runner: finds the plugin from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPOSITORY), env.get("PYTHONPATH", "")]))
    env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "")])
    env.pop("OPENAI_API_KEY", None)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pause(seconds: float) -> Deferred[None]:
    return deferLater(reactor, seconds, lambda: None)


class ChildProcess:
    """
    One child started for a test and always ended by its cleanup (SIGTERM,
    then SIGKILL after 10 s).  Its stdout and stderr go to L{log_path}.
    """

    def __init__(
        self,
        test: TestCase,
        command: Sequence[str],
        directory: Path,
        pass_fds: Sequence[int] = (),
    ) -> None:
        self.log_path = directory / "out.log"
        log = open(self.log_path, "w")
        test.addCleanup(log.close)
        self.process = subprocess.Popen(
            list(command),
            stdout=log,
            stderr=subprocess.STDOUT,
            env=runner_environment(),
            cwd=directory,
            pass_fds=tuple(pass_fds),
        )
        test.addCleanup(self._end)

    def _end(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def terminate(self) -> float:
        """Send SIGTERM; returns the monotonic time it was sent."""
        sent = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        return sent

    @inlineCallbacks
    def exited(self, within: float = 30.0) -> Any:
        """Fires with (exit status, monotonic time the exit was seen)."""
        deadline = time.monotonic() + within
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"still running after {within}s: {self.output()}")
            yield pause(POLL_SECONDS)
        return self.process.returncode, time.monotonic()

    def output(self) -> str:
        return self.log_path.read_text()

    def json_lines(self) -> list[dict[str, Any]]:
        """The log lines that are JSON objects."""
        return [json.loads(line) for line in self.output().splitlines() if line.startswith("{")]


def twistd_command(config_path: Path, listen: str) -> list[str]:
    """The command line the systemd unit runs, with a test's config and endpoint."""
    return [
        str(BIN / "twistd"),
        "--nodaemon",
        "--pidfile=",
        "koreshield",
        "--config",
        str(config_path),
        "--listen",
        listen,
    ]


def write_config(config: dict[str, Any]) -> Path:
    """Write C{config} as YAML in a new directory; returns the file's path."""
    directory = Path(tempfile.mkdtemp())
    path = directory / "koreshield.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


@inlineCallbacks
def wait_until_listening(port: int, child: ChildProcess, within: float = 30.0) -> Any:
    """Fires once 127.0.0.1:C{port} accepts connections; fails if the child exits first."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            if child.process.poll() is not None:
                raise AssertionError(f"exited early: {child.output()}") from None
            yield pause(POLL_SECONDS * 5)
    raise AssertionError(f"not listening on {port} after {within}s: {child.output()}")


def refuses_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except ConnectionRefusedError:
        return True


# Python rather than /bin/sh: dash cannot redirect descriptors above 9, and
# under ``trial -j`` the test's listening socket is often one of those.
_INHERIT_SOCKET = (
    "import os, sys\n"
    "fd = int(sys.argv[1])\n"
    "if fd != 3:\n"
    "    os.dup2(fd, 3)\n"
    "    os.close(fd)\n"
    "os.environ.update(LISTEN_PID=str(os.getpid()), LISTEN_FDS='1', LISTEN_FDNAMES='koreshield.socket')\n"
    "os.execvp(sys.argv[2], sys.argv[2:])\n"
)


def with_inherited_socket(fd: int, command: Sequence[str]) -> list[str]:
    """
    C{command}, run the way systemd runs a socket-activated service: the
    listening socket C{fd} as descriptor 3, announced by C{LISTEN_FDS} and a
    C{LISTEN_PID} that is the service's own pid (the wrapper execs it, so
    the pid stays the same).  Start it with C{pass_fds=[fd]}.
    """
    return [sys.executable, "-c", _INHERIT_SOCKET, str(fd), *command]
