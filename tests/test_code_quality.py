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

    def test_every_module_names_test_modules_that_exist(self) -> None:
        """
        A C{test-case-name} line is how C{trial --testmodule} and editors find
        a module's tests: one naming a missing module silently runs nothing.
        """
        missing = []
        for module in sorted((REPOSITORY / "koreshield").rglob("*.py")):
            for line in module.read_text(encoding="utf-8").splitlines()[:12]:
                if "test-case-name:" not in line:
                    continue
                names = line.split("test-case-name:", 1)[1].replace("-*-", "").replace(",", " ").split()
                for name in names:
                    if not (REPOSITORY / (name.replace(".", "/") + ".py")).exists():
                        missing.append(f"{module.relative_to(REPOSITORY)}: {name}")
        self.assertEqual(missing, [])
