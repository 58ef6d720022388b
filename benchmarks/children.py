"""
Child processes started by the runner, each with its output appended to a log file.

test-case-name: tests.test_benchmark_tools

Logs go to files, never to a pipe that nobody reads: a proxy blocked on a full pipe would be
measured as a slow proxy.  Only pipes the runner itself reads (a worker's results, the fake
provider's port) are pipes.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def _open_log(path: Path) -> int:
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)


async def spawn(argv: list[str], log: Path, **options: Any) -> asyncio.subprocess.Process:
    """
    Start ``argv`` with its stderr (and stdout, unless ``options`` says otherwise) appended to ``log``.

    ``options`` are passed to ``asyncio.create_subprocess_exec``.
    """
    descriptor = _open_log(log)
    try:
        options.setdefault("stdout", descriptor)
        options.setdefault("stdin", asyncio.subprocess.DEVNULL)
        return await asyncio.create_subprocess_exec(*argv, stderr=descriptor, **options)
    finally:
        os.close(descriptor)


def log_tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


class ChildFailed(Exception):
    """A child could not be started."""


@dataclass
class ManagedProcess:
    """A long-running child (nginx, a proxy process) started and stopped by the runner."""

    argv: list[str]
    log: Path
    cwd: Path | None = None
    env: dict[str, str] | None = None
    process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        try:
            self.process = await spawn(self.argv, self.log, cwd=self.cwd, env=self.env)
        except OSError as error:
            raise ChildFailed(f"cannot run {self.argv[0]}: {error}") from None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    @property
    def exited(self) -> bool:
        return self.process is None or self.process.returncode is not None

    def failure(self) -> str:
        """One line saying how the child ended, with the last line of its log."""
        status = self.process.returncode if self.process is not None else None
        last = log_tail(self.log, 1).strip() or "(no output)"
        return f"{shlex.join(self.argv)} exited with status {status}: {last} (log: {self.log})"

    async def stop(self, sig: int = signal.SIGTERM, grace_s: float = 10.0) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(sig)
        try:
            await asyncio.wait_for(self.process.wait(), grace_s)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
