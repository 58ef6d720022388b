"""
Workers run under callgrind with instrumentation off until told, and what
their dumps say: the plumbing C{ttft_instructions.py} and C{scan_cold.py}
share.

A worker prints C{ready} once built and warmed up, waits for a C{go} line,
does its measured work (dumping at its marks), prints a line, and waits for
C{end} before it exits.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple


class Dump(NamedTuple):
    """One of callgrind's dumps: its number, what triggered it, and each event's total."""

    part: int
    trigger: str
    totals: dict[str, int]


def run_measured(workers: Sequence[subprocess.Popen[str]]) -> None:
    """
    Run C{workers} through their measured work together: instrumentation on
    once each is ready, then all told to go, then each stopped and let
    exit once it says it is done.
    """
    for process in workers:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        _instrument(process, "on")
    for process in workers:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in workers:
        assert process.stdin is not None and process.stdout is not None
        process.stdout.readline()
        _instrument(process, "off")
        process.stdin.write("end\n")
        process.stdin.flush()
        process.wait()


def _instrument(process: subprocess.Popen[str], state: str) -> None:
    subprocess.run(["callgrind_control", f"--instr={state}", str(process.pid)], check=True, capture_output=True)


def dumps(out: Path, prefix: str) -> list[Dump]:
    """The dumps callgrind wrote as C{out/prefix*}, in the order they were made."""
    found = []
    for path in out.glob(f"{prefix}*"):
        text = path.read_text()
        part = re.search(r"^part: (\d+)", text, re.M)
        trigger = re.search(r"^desc: Trigger: (.*)$", text, re.M)
        events = re.search(r"^events: (.*)$", text, re.M)
        totals = re.search(r"^totals: (.*)$", text, re.M)
        if part and trigger and events and totals:
            counts = dict(zip(events.group(1).split(), map(int, totals.group(1).split()), strict=False))
            found.append(Dump(int(part.group(1)), trigger.group(1), counts))
    return sorted(found, key=itemgetter(0))
