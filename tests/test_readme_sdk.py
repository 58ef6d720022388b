"""
The README's Python examples for the scan clients run as a reader would
copy them: each in a fresh interpreter, against a real proxy (its address
in place of the examples' C{http://localhost:8000}), printing what the
README says they print.  (The TypeScript ones run in
C{tests.test_client_typescript}.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

from tests.proxy_harness import ProviderAndProxyMixin, in_thread
from tests.readme_examples import EXAMPLE_ORIGIN, SDK_SECTION, code_blocks

REPOSITORY = Path(__file__).resolve().parent.parent
EXPECTED_OUTPUT = [
    "Hello there.\nBlocked: prompt_injection\n",
    "[None, 'prompt_injection']\nHello there.\n",
    "prompt_injection\n",
]
"""What each Python example of the section prints, in order, against the fake provider."""


class ReadmePythonExampleTests(ProviderAndProxyMixin, TestCase):
    timeout = 120

    def run_example(self, index: int) -> Any:
        """Run the C{index}th example; fires with the finished process."""
        source = code_blocks(SDK_SECTION, "python")[index].replace(EXAMPLE_ORIGIN, self.proxy.url)
        directory = Path(tempfile.mkdtemp(prefix="koreshield-readme-"))
        self.addCleanup(shutil.rmtree, directory, True)
        script = directory / f"example_{index}.py"
        script.write_text(source)
        environment = {key: value for key, value in os.environ.items() if not key.startswith("KORESHIELD_")}
        environment.update(KORESHIELD_BASE_URL=self.proxy.url, PYTHONPATH=str(REPOSITORY))
        return in_thread(
            subprocess.run,
            [sys.executable, str(script)],
            cwd=directory,
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def test_the_section_has_one_example_per_expected_output(self) -> None:
        self.assertEqual(len(code_blocks(SDK_SECTION, "python")), len(EXPECTED_OUTPUT))

    @inlineCallbacks
    def assertPrints(self, index: int) -> Any:
        result = yield self.run_example(index)
        self.assertEqual((result.returncode, result.stdout), (0, EXPECTED_OUTPUT[index]), result.stderr)

    def test_scan_then_stream_with_the_openai_sdk(self) -> Any:
        return self.assertPrints(0)

    def test_asyncio_batch_errors_and_stream_with_fallback(self) -> Any:
        return self.assertPrints(1)

    def test_twisted(self) -> Any:
        return self.assertPrints(2)
