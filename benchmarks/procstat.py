"""
RSS and CPU time of a process and its descendants, read from ``/proc``.

test-case-name: tests.test_benchmark_tools

The target is measured as a tree because nginx does its work in worker children and a
multi-process proxy may too.  CPU is ``utime + stime`` from ``/proc/PID/stat`` (so it counts
only the target, not the load generator or the fake provider); RSS is ``VmRSS`` from
``/proc/PID/status``; the wait for a CPU is the second field of every thread's
``/proc/PID/task/TID/schedstat`` (nanoseconds runnable but not running).  A process that exits
between listing and reading is skipped.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Usage:
    """
    A snapshot of a process tree: resident memory, CPU seconds used so far, and seconds its
    threads have waited for a CPU while runnable (another process had it: on a small shared
    machine this is what turns a busy neighbour into the target's latency).
    """

    rss_bytes: int
    cpu_s: float
    processes: int
    cpu_wait_s: float = 0.0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as children:
                found.extend(int(child) for child in children.read().split())
        except OSError:
            continue
    return found


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants that still exist."""
    tree, queue = [], [pid]
    while queue:
        current = queue.pop()
        tree.append(current)
        queue.extend(_children(current))
    return tree


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        text = stat.read()
    fields = text[text.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])
    return (utime + stime) / CLOCK_TICKS


def cpu_wait_seconds(pid: int) -> float:
    """Seconds the threads of ``pid`` have been runnable but waiting for a CPU (0 without schedstat)."""
    waited = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0.0
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat") as schedstat:
                waited += int(schedstat.read().split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return waited / 1e9


def _rss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def machine_busy_cpu_s() -> float:
    """
    CPU seconds the whole machine has spent busy (all cores, every process) since boot.

    Less the target's, the load generator's and the fake provider's, it shows how much other
    work (other people's tests, say) shared the cores during a measurement.
    """
    with open("/proc/stat") as stat:
        fields = stat.readline().split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


def read_usage(pids: list[int]) -> Usage:
    """Sum RSS, CPU and the wait for a CPU over the trees rooted at ``pids``."""
    rss = 0
    cpu = 0.0
    waited = 0.0
    count = 0
    for root in pids:
        for pid in process_tree(root):
            try:
                cpu += _cpu_seconds(pid)
                rss += _rss_bytes(pid)
                count += 1
            except (OSError, ValueError, IndexError):
                continue
            waited += cpu_wait_seconds(pid)
    return Usage(rss, cpu, count, waited)


@dataclass
class UsageSampler:
    """
    Samples a process tree every ``interval_s`` while a scenario runs.

    The samples give peak RSS and, for the slow-client scenario, RSS over time.
    """

    pids: list[int]
    interval_s: float = 0.2
    samples: list[tuple[float, Usage]] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> Usage:
        """Stop sampling and take one last sample."""
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        return self._sample()

    def _sample(self) -> Usage:
        usage = read_usage(self.pids)
        self.samples.append((asyncio.get_running_loop().time(), usage))
        return usage

    async def _run(self) -> None:
        while True:
            self._sample()
            await asyncio.sleep(self.interval_s)

    @property
    def peak_rss(self) -> int:
        return max((usage.rss_bytes for _, usage in self.samples), default=0)
