"""
The TypeScript SDK (C{sdk/typescript}, npm package C{koreshield-sdk}):
built with tsc as ESM and CommonJS with declarations, type-checked under
C{strict}, and its C{node --test} suite run against a real proxy started
here, as are the README's TypeScript examples.

TypeScript, C{@types/node} and the OpenAI SDK (devDependencies) are
installed by npm once into a directory under the system's temporary
directory, keyed by the devDependencies, and shared by later runs.  Each
run builds a fresh copy of the package.  Without node, npm or a reachable
npm registry the tests are skipped, saying which; a build or type error is
a failure.
"""

from __future__ import annotations

import atexit
import dataclasses
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import SkipTest, TestCase

from tests.fake_provider import (
    Behaviour,
    ByRequest,
    ByStreaming,
    FakeProvider,
    ReceivedRequest,
    Reply,
    Silent,
    Stream,
    chunk,
    completion,
)
from tests.proxy_harness import ProviderAndProxyMixin, RunningProxy, in_thread, proxy_config
from tests.readme_examples import EXAMPLE_ORIGIN, SDK_SECTION, code_blocks
from tests.scan_client_contract import CLEAN_VERDICT, closed_port_url

SDK = Path(__file__).resolve().parent.parent / "sdk" / "typescript"
FALLBACK_TEXT = "Hello from the plain answer."
CLIENT_KEY = "ks-ts-client-key-0123456789"
LIMITED_CLIENT_KEY = "ks-ts-limited-key-0123456789"
README_EXPECTED_OUTPUT = [
    "Hello there.\nError: Blocked: prompt_injection\n",
    "[ null, 'prompt_injection' ]\nHello there.\n",
]
"""What each TypeScript example of the README prints, in order, against the fake provider."""

T = TypeVar("T")


class Once(Generic[T]):
    """Call C{make} the first time only; later calls give the same value, or raise the same error."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._outcome: tuple[T | None, BaseException | None] | None = None

    def __call__(self) -> T:
        if self._outcome is None:
            try:
                self._outcome = (self._make(), None)
            except BaseException as error:
                self._outcome = (None, error)
        value, error = self._outcome
        if error is not None:
            raise error
        return value  # type: ignore[return-value]


def run(command: list[str], cwd: Path, timeout: float = 300, **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, **options)


def installed_dev_dependencies() -> Path:
    """
    A directory whose node_modules holds the package's devDependencies.

    @raise SkipTest: without node or npm, or when npm cannot install.
    """
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise SkipTest(f"{tool} is not installed (.ci/run installs Debian's nodejs and npm)")
    node = run(["node", "--version"], SDK).stdout.strip()
    dev_dependencies = json.loads((SDK / "package.json").read_text())["devDependencies"]
    key = hashlib.sha256(json.dumps([node, dev_dependencies], sort_keys=True).encode()).hexdigest()[:16]
    directory = Path(tempfile.gettempdir()) / f"koreshield-sdk-ts-deps-{key}"
    directory.mkdir(exist_ok=True)
    with open(directory / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (directory / "installed").exists():
            manifest = {"private": True, "devDependencies": dev_dependencies}
            (directory / "package.json").write_text(json.dumps(manifest, indent=2) + "\n")
            result = run(["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--silent"], directory)
            if result.returncode != 0:
                raise SkipTest(f"npm install failed (is the npm registry reachable?): {result.stderr[-500:]}")
            (directory / "installed").write_text(node + "\n")
    return directory


@dataclasses.dataclass
class SDKBuild:
    """A fresh copy of the package and what each build step said; steps stop at the first failure."""

    directory: Path
    steps: dict[str, subprocess.CompletedProcess[str]] = dataclasses.field(default_factory=dict)

    def step(self, name: str) -> subprocess.CompletedProcess[str]:
        if name not in self.steps:
            failed = next(n for n, r in self.steps.items() if r.returncode != 0)
            raise AssertionError(f"not run: step {failed!r} failed before it")
        return self.steps[name]


def build_sdk() -> SDKBuild:
    dependencies = installed_dev_dependencies()
    directory = Path(tempfile.mkdtemp(prefix="koreshield-sdk-ts-"))
    atexit.register(shutil.rmtree, directory, True)
    for name in ("src", "test", "scripts"):
        shutil.copytree(SDK / name, directory / name)
    for path in SDK.glob("*.json"):
        shutil.copy(path, directory)
    (directory / "node_modules").symlink_to(dependencies / "node_modules")
    examples = directory / "examples"
    examples.mkdir()
    for index, example in enumerate(code_blocks(SDK_SECTION, "ts")):
        (examples / f"readme-{index}.ts").write_text(example)
    build = SDKBuild(directory)
    for name, command in (
        ("build", ["npm", "run", "--silent", "build"]),
        ("typecheck", ["npm", "run", "--silent", "typecheck"]),
        ("build:test", ["npm", "run", "--silent", "build:test"]),
    ):
        result = build.steps[name] = run(command, directory)
        if result.returncode != 0:
            break
    return build


built_sdk = Once(build_sdk)


def by_model(request: ReceivedRequest) -> Behaviour:
    """The fake provider's answer for the fallback tests: the model says how the stream breaks."""
    broken = {
        "broken-before-content": [chunk("", role="assistant")],
        "broken-after-content": [chunk("", role="assistant"), chunk("Hal")],
    }
    model = json.loads(request.body).get("model") if request.body else None
    if model in broken:
        return ByStreaming(streamed=Stream(broken[model], ending="reset"), plain=Reply(body=completion(FALLBACK_TEXT)))
    return Behaviour()


def scripted(request: ReceivedRequest) -> Behaviour:
    """A stand-in for the proxy: the path's first segment says what to answer."""
    first = request.path.split("/")[1]
    if first == "unauthorized":
        error = {"message": "A client key is required.", "type": "authentication_error", "code": "invalid_api_key"}
        return Reply(status=401, body={"error": error})
    if first == "rate-limited":
        error = {"message": "Over the limit.", "type": "rate_limit_error", "code": "rate_limited"}
        return Reply(status=429, body={"error": error}, headers={"Retry-After": "17"})
    if first == "not-a-verdict":
        return Reply(body={"unexpected": True})
    if first == "silent":
        return Silent()
    return Reply(body=CLEAN_VERDICT)


def tap_counts(output: str) -> dict[str, int]:
    """The summary of node's TAP reporter: tests, pass, fail, skipped, ..."""
    return {name: int(count) for name, count in re.findall(r"^# (\w+) (\d+)$", output, flags=re.MULTILINE)}


class TypeScriptSDKBuildTests(TestCase):
    timeout = 600

    @inlineCallbacks
    def setUp(self) -> Any:
        self.build = yield in_thread(built_sdk)

    def assertStepPassed(self, name: str) -> None:
        result = self.build.step(name)
        self.assertEqual(result.returncode, 0, f"npm run {name}:\n{result.stdout}\n{result.stderr}")

    def test_the_package_builds_as_esm_and_commonjs_with_declarations(self) -> None:
        self.assertStepPassed("build")
        dist = self.build.directory / "dist"
        for path in ("esm/index.js", "esm/index.d.ts", "cjs/index.js", "cjs/index.d.ts"):
            self.assertTrue((dist / path).is_file(), path)
        self.assertEqual(json.loads((dist / "cjs" / "package.json").read_text()), {"type": "commonjs"})
        self.assertIn("export class Koreshield", (dist / "esm" / "client.js").read_text())
        self.assertIn("exports.Koreshield = Koreshield", (dist / "cjs" / "client.js").read_text())

    def test_the_sources_type_check_under_strict(self) -> None:
        self.assertTrue(json.loads((SDK / "tsconfig.base.json").read_text())["compilerOptions"]["strict"])
        self.assertStepPassed("typecheck")

    def test_the_tests_and_readme_examples_type_check_against_the_built_declarations(self) -> None:
        self.assertStepPassed("build:test")

    def test_the_package_declares_no_runtime_dependency(self) -> None:
        manifest = json.loads((SDK / "package.json").read_text())
        self.assertEqual(manifest.get("dependencies", {}), {})
        self.assertEqual(manifest["engines"], {"node": ">=18"})

    def test_the_version_in_the_source_is_the_package_version(self) -> None:
        version = json.loads((SDK / "package.json").read_text())["version"]
        self.assertIn(f'export const VERSION = "{version}";', (SDK / "src" / "version.ts").read_text())


class TypeScriptSDKTests(ProviderAndProxyMixin, TestCase):
    """The node suite and the README examples, against servers started here."""

    timeout = 600

    @inlineCallbacks
    def setUp(self) -> Any:
        self.build = yield in_thread(built_sdk)
        result = self.build.step("build:test")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        yield super().setUp()
        self.provider.behaviour = ByRequest(by_model)
        self.stand_in = FakeProvider()
        self.stand_in.behaviour = ByRequest(scripted)
        self.stand_in.listen()
        self.addCleanup(self.stand_in.stop)
        self.environment = {
            **os.environ,
            "KORESHIELD_TEST_PROXY_URL": self.proxy.url,
            "KORESHIELD_TEST_SCRIPTED_URL": self.stand_in.base_url.removesuffix("/v1"),
            "KORESHIELD_TEST_CLOSED_URL": closed_port_url(),
            "KORESHIELD_TEST_CLIENT_KEY": CLIENT_KEY,
            "KORESHIELD_TEST_LIMITED_CLIENT_KEY": LIMITED_CLIENT_KEY,
        }
        self.environment.pop("KORESHIELD_API_KEY", None)
        self.environment.pop("KORESHIELD_BASE_URL", None)

    @inlineCallbacks
    def run_node_tests(self, *files: str) -> Any:
        """Run C{node --test} on C{files} (relative to the build); fires with the TAP counts."""
        command = ["node", "--test", "--test-reporter=tap", *files]
        result = yield in_thread(run, command, self.build.directory, 300, env=self.environment)
        counts = tap_counts(result.stdout)
        self.assertEqual((result.returncode, counts.get("fail")), (0, 0), result.stdout[-6000:] + result.stderr)
        self.assertEqual(counts["skipped"], 0)
        return counts

    @inlineCallbacks
    def test_scans_from_typescript(self) -> Any:
        counts = yield self.run_node_tests("build-test/test/scan.test.js")
        self.assertEqual(counts["pass"], 10)

    @inlineCallbacks
    def test_typed_errors_from_typescript(self) -> Any:
        counts = yield self.run_node_tests("build-test/test/errors.test.js")
        self.assertEqual(counts["pass"], 8)

    @inlineCallbacks
    def test_client_keys_from_typescript(self) -> Any:
        keys = [
            {"name": "ts-tests", "key": CLIENT_KEY},
            {"name": "ts-tests-limited", "key": LIMITED_CLIENT_KEY, "rate_limit": "2/minute"},
        ]
        auth_proxy = RunningProxy.start(proxy_config(self.provider, auth={"keys": keys}))
        self.addCleanup(auth_proxy.stop)
        self.environment["KORESHIELD_TEST_AUTH_PROXY_URL"] = auth_proxy.url
        counts = yield self.run_node_tests("build-test/test/auth.test.js")
        self.assertEqual(counts["pass"], 4)

    @inlineCallbacks
    def test_stream_with_fallback_with_the_openai_typescript_sdk(self) -> Any:
        counts = yield self.run_node_tests("build-test/test/fallback.test.js")
        self.assertEqual(counts["pass"], 4)

    @inlineCallbacks
    def test_the_commonjs_build_works_with_require(self) -> Any:
        shutil.copy(SDK / "test" / "commonjs.test.cjs", self.build.directory / "build-test" / "test")
        counts = yield self.run_node_tests("build-test/test/commonjs.test.cjs")
        self.assertEqual(counts["pass"], 1)

    @inlineCallbacks
    def test_the_readme_typescript_examples_run_as_written(self) -> Any:
        examples = sorted((self.build.directory / "build-test" / "examples").glob("readme-*.js"))
        self.assertEqual(len(examples), len(README_EXPECTED_OUTPUT))
        environment = {**self.environment, "KORESHIELD_BASE_URL": self.proxy.url}
        for example, expected in zip(examples, README_EXPECTED_OUTPUT, strict=True):
            pointed = example.with_name("run-" + example.name)
            pointed.write_text(example.read_text().replace(EXAMPLE_ORIGIN, self.proxy.url))
            result = yield in_thread(run, ["node", str(pointed)], self.build.directory, 60, env=environment)
            self.assertEqual((result.returncode, result.stdout), (0, expected), f"{example.name}: {result.stderr}")
