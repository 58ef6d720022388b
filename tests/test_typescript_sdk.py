"""
The official OpenAI TypeScript SDK (the C{openai} npm package), changing only
C{baseURL}, works through the proxy: streamed chunk by chunk as sent, plain
answers, and its C{APIError} when a provider breaks mid-stream.

The SDK is installed with npm into a directory this test module owns (kept
between runs, under the system's temporary directory) and driven by a small
script run with node.  Without node, npm or a reachable npm registry the
tests are skipped, saying which.
"""

from __future__ import annotations

import fcntl
import itertools
import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any

from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import SkipTest, TestCase

from tests.fake_provider import Stream, answer_events, chunk
from tests.proxy_harness import ProviderAndProxyMixin, assert_spread_out, in_thread

CLIENT_SCRIPT = """
import OpenAI from "openai";

const [mode, baseURL] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey: "sk-client-side", maxRetries: 0, timeout: 10000 });
const messages = [{ role: "user", content: "Say hello." }];
const report = { chunks: [], answer: null, error: null };
try {
  if (mode === "answer") {
    const answer = await client.chat.completions.create({ model: "fake-model", messages });
    report.answer = answer.choices[0].message.content;
  } else {
    const stream = await client.chat.completions.create({ model: "fake-model", messages, stream: true });
    for await (const part of stream) {
      const choice = part.choices[0];
      report.chunks.push({
        at: performance.now() / 1000,
        content: choice?.delta?.content ?? "",
        finish: choice?.finish_reason ?? null,
      });
    }
  }
} catch (error) {
  report.error = {
    name: error.constructor.name,
    code: error.code ?? null,
    isAPIError: error instanceof OpenAI.APIError,
  };
}
console.log(JSON.stringify(report));
"""


def node_major() -> int:
    result = subprocess.run(["node", "--version"], capture_output=True, text=True, timeout=30)
    return int(result.stdout.strip().lstrip("v").split(".")[0])


def sdk_spec() -> str:
    """The newest SDK major this node runs: openai 7 needs node 22."""
    return "openai" if node_major() >= 22 else "openai@6"


def installed_sdk() -> Path:
    """
    The directory holding node_modules/openai, installing it once (under a
    lock: other test runs may share the directory).

    @raise SkipTest: without node or npm, or when npm cannot install.
    """
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise SkipTest(f"{tool} is not installed (.ci/run installs Debian's nodejs and npm)")
    spec = sdk_spec()
    directory = Path(tempfile.gettempdir()) / f"koreshield-tests-{spec.replace('@', '-')}"
    directory.mkdir(exist_ok=True)
    with open(directory / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (directory / "node_modules" / "openai" / "package.json").exists():
            (directory / "package.json").write_text('{"private": true, "type": "module"}\n')
            result = subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--silent", spec],
                cwd=directory,
                capture_output=True,
                text=True,
                timeout=300,
            )
            if result.returncode != 0:
                raise SkipTest(f"npm install {spec} failed (is the npm registry reachable?): {result.stderr[-500:]}")
    return directory


class TypeScriptSDKTests(ProviderAndProxyMixin, TestCase):
    timeout = 120

    @inlineCallbacks
    def setUp(self) -> Any:
        self.sdk = yield in_thread(installed_sdk)
        yield super().setUp()

    @inlineCallbacks
    def run_client(self, mode: str) -> Any:
        """Run the SDK script against the proxy; fires with its JSON report."""
        script = self.sdk / f"client-{uuid.uuid4().hex}.mjs"
        script.write_text(CLIENT_SCRIPT)
        self.addCleanup(script.unlink)
        command = ["node", str(script), mode, self.proxy.url + "/v1"]
        result = yield in_thread(subprocess.run, command, capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    @inlineCallbacks
    def test_a_stream_arrives_chunk_by_chunk_as_sent(self) -> Any:
        words = ["Hello", ",", " TypeScript", " world", "!"]
        self.provider.behaviour = Stream(answer_events(words), gap=0.1)
        report = yield self.run_client("stream")
        self.assertIsNone(report["error"])
        chunks = report["chunks"]
        self.assertEqual("".join(c["content"] for c in chunks), "".join(words))
        self.assertEqual(chunks[-1]["finish"], "stop")
        gaps = [later["at"] - earlier["at"] for earlier, later in itertools.pairwise(chunks)]
        assert_spread_out(self, gaps, 0.1)

    @inlineCallbacks
    def test_a_plain_answer(self) -> Any:
        report = yield self.run_client("answer")
        self.assertEqual((report["error"], report["answer"]), (None, "Hello there."))

    @inlineCallbacks
    def test_a_provider_failure_mid_stream_raises_an_api_error(self) -> Any:
        self.provider.behaviour = Stream([chunk("", role="assistant"), chunk("Hal")], ending="reset")
        report = yield self.run_client("stream")
        self.assertEqual("".join(c["content"] for c in report["chunks"]), "Hal")
        self.assertTrue(report["error"]["isAPIError"], report["error"])
        self.assertEqual(report["error"]["code"], "STREAM_ERROR")
