"""
The code base stays formatted, linted and type-checked (mypy strict for
koreshield/): run as tests so the README's one test command covers them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from twisted.trial.unittest import SynchronousTestCase

REPOSITORY = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str | None:
    candidate = TOOLS / name
    return str(candidate) if candidate.exists() else shutil.which(name)


class CodeQualityTests(SynchronousTestCase):
    def run_tool(self, name: str, *args: str) -> None:
        executable = tool(name)
        if executable is None:
            self.skipTest(f"{name} is not installed (it is in the 'test' extra)")
        result = subprocess.run([executable, *args], cwd=REPOSITORY, capture_output=True, text=True, timeout=600)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_ruff_lint_is_clean(self) -> None:
        self.run_tool("ruff", "check", "koreshield", "tests", "twisted", "benchmarks")

    def test_ruff_format_is_clean(self) -> None:
        self.run_tool("ruff", "format", "--check", "koreshield", "tests", "twisted", "benchmarks")

    def test_mypy_strict_is_clean(self) -> None:
        self.run_tool("mypy", "koreshield")
