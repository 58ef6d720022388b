"""
Run the benchmark suite and print a table: ``python benchmarks/run.py [--quick] [options]``.

Every figure is measured against a direct connection to the same fake provider in the same run,
and against nginx where it is installed.  The output is a report, never a pass/fail test: CI may
run ``--quick`` (under a minute) and keep the table; timings on a shared two-core machine are
noisy, so compare runs by their differences against direct, not by absolute figures.

Examples::

    python benchmarks/run.py --quick
    python benchmarks/run.py --scenarios 1,2 --targets direct,proxy,proxy+extra \\
        --proxy-config-extra 'output_guard: {enabled: true}'
    python benchmarks/run.py --proxy-cmd '/other/venv/bin/twistd -n --pidfile= koreshield \\
        --config {config} --listen {listen}' --proxy-cwd /other/checkout
    python benchmarks/run.py --proxy-url http://127.0.0.1:8000 --proxy-pid 1234 --fake-port 9999
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fd_limit import raise_open_file_limit
from benchmarks.loadgen import TRACE_DIR_VARIABLE
from benchmarks.report import ScenarioReport, render
from benchmarks.runner import REPO_ROOT, FakeProvider, TargetFactory, run_scenario
from benchmarks.scenarios import Scenario, select, standard_suite
from benchmarks.targets import (
    DEFAULT_LISTEN,
    DEFAULT_PROXY_CMD,
    direct_target,
    external_proxy_target,
    floor_target,
    nginx_target,
    proxy_config,
    proxy_target,
)

TARGET_NAMES = ("direct", "nginx", "floor", "proxy", "proxy+extra")


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="small sizes: the whole suite in under a minute",
    )
    parser.add_argument("--scenarios", default="1,2,3,4,5", help="comma-separated scenario numbers")
    parser.add_argument(
        "--targets",
        default=None,
        help=f"comma-separated, from {', '.join(TARGET_NAMES)} (default: direct,nginx,proxy, "
        "plus proxy+extra when --proxy-config-extra is given)",
    )
    parser.add_argument(
        "--proxy-cmd",
        default=DEFAULT_PROXY_CMD,
        help="command that starts one proxy process; {twistd} (next to this Python), {python}, {config}, "
        "{port} and {listen} are filled in (default: %(default)s)",
    )
    parser.add_argument(
        "--proxy-cwd",
        default=str(REPO_ROOT),
        help="the checkout whose proxy is run: its working directory, first on its PYTHONPATH (default: this one)",
    )
    parser.add_argument(
        "--proxy-url",
        help="use an already-running proxy at this URL instead of starting one",
    )
    parser.add_argument(
        "--proxy-pid",
        type=int,
        help="the running proxy's PID, to measure its RSS and CPU",
    )
    parser.add_argument(
        "--proxy-config-extra",
        help="YAML (or @FILE) merged into the config of the proxy+extra target, e.g. an output-guard switch",
    )
    parser.add_argument(
        "--proxy-reuseport-listen",
        help="a --listen value that several proxy processes can share, with {port}; enables scenario 4's "
        "multi-process runs",
    )
    parser.add_argument(
        "--proxy-processes",
        default="2,4",
        help="process counts for the multi-process runs",
    )
    parser.add_argument("--nginx", default="/usr/sbin/nginx", help="nginx binary")
    parser.add_argument(
        "--nginx-workers",
        type=int,
        default=1,
        help="nginx worker processes (default 1)",
    )
    parser.add_argument(
        "--fake-port",
        type=int,
        default=0,
        help="port for the fake provider (0: any free)",
    )
    parser.add_argument(
        "--concurrent-streams",
        type=int,
        default=200,
        help="scenario 2's number of concurrent streams (default 200)",
    )
    parser.add_argument(
        "--streams",
        type=int,
        help="scenario 3's stream count (default 10000, quick 1000)",
    )
    parser.add_argument(
        "--many-ramp",
        type=float,
        metavar="SECONDS",
        help="scenario 3's ramp (default 15, quick 2): a longer one lowers the arrival rate, to tell a stall "
        "caused by accepting new streams from one caused by holding open ones; streams then last the ramp + 15 s",
    )
    parser.add_argument(
        "--workdir",
        help="where configs and logs go (default: a new temporary directory)",
    )
    parser.add_argument(
        "--json",
        metavar="PATH",
        help="also write the results as JSON to PATH ('-': stdout)",
    )
    parser.add_argument(
        "--trace",
        metavar="DIR",
        help="attribute slow streams: the load generator writes each stream's send time, TTFT and port to DIR, "
        "and the proxy runs under benchmarks/tail_probe.py, its timeline to DIR too (read them with "
        "benchmarks/tail_report.py DIR); the proxy command must start with {twistd}",
    )
    args = parser.parse_args(argv)
    if args.trace:
        args.proxy_cmd = traced_command(args.proxy_cmd, args.trace)
        os.environ[TRACE_DIR_VARIABLE] = str(Path(args.trace).resolve())
    return args


def traced_command(command: str, trace_dir: str) -> str:
    """The proxy command run under tail_probe.py (twistd in its process, with a timeline), or an error."""
    prefix = "{twistd} "
    if not command.startswith(prefix):
        raise SystemExit("--trace needs a --proxy-cmd that starts with {twistd}")
    probe = REPO_ROOT / "benchmarks" / "tail_probe.py"
    out = shlex.quote(str(Path(trace_dir).resolve()))
    return f"{{python}} {shlex.quote(str(probe))} --out {out} --port {{port}} -- {command[len(prefix) :]}"


def load_extra(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    if text.startswith("@"):
        text = Path(text[1:]).read_text()
    import yaml  # type: ignore[import-untyped, unused-ignore]  # only here

    extra = yaml.safe_load(text)
    if not isinstance(extra, dict):
        raise SystemExit("--proxy-config-extra must be a YAML mapping")
    return extra


def _git(directory: Path, *args: str) -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(directory), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def describe_commit(directory: Path) -> str:
    commit = _git(directory, "rev-parse", "HEAD")
    if not commit:
        return "unknown (not a git checkout)"
    branch = _git(directory, "rev-parse", "--abbrev-ref", "HEAD")
    dirty = " (uncommitted changes)" if _git(directory, "status", "--porcelain", "--untracked-files=no") else ""
    return f"{commit[:12]} on {branch}{dirty}"


def _nginx_version(nginx: str) -> str:
    try:
        return subprocess.run([nginx, "-v"], check=False, capture_output=True, text=True, timeout=10).stderr.strip()
    except OSError:
        return "not installed"


def run_header(args: argparse.Namespace, open_file_limit: int, workdir: Path) -> dict[str, Any]:
    proxy_source = Path(args.proxy_cwd)
    header: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "benchmarks commit": describe_commit(REPO_ROOT),
        "proxy": args.proxy_url or f"{args.proxy_cmd}  (cwd {proxy_source})",
        "proxy commit": describe_commit(proxy_source) if not args.proxy_url else "external (see --proxy-url)",
        "machine": f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start, "
        f"Linux {platform.release()}, Python {platform.python_version()}",
        "nginx": f"{_nginx_version(args.nginx)}, {args.nginx_workers} worker(s)",
        "open-file limit": open_file_limit,
        "mode": "quick" if args.quick else "standard",
        "logs": str(workdir),
    }
    if args.proxy_config_extra:
        header["proxy+extra config"] = args.proxy_config_extra
    return header


def target_factories(
    args: argparse.Namespace,
    names: list[str],
    provider_port: int,
    workdir: Path,
    open_file_limit: int,
    extra: dict[str, Any] | None,
) -> dict[str, TargetFactory]:
    """How to build each named target; built lazily so each scenario gets a fresh one."""
    proxy_cwd = Path(args.proxy_cwd)

    def proxy(
        name: str,
        config_extra: dict[str, Any] | None,
        processes: int = 1,
        listen: str = DEFAULT_LISTEN,
    ) -> TargetFactory:
        if args.proxy_url and name == "proxy":
            return lambda: external_proxy_target(args.proxy_url, args.proxy_pid)
        return lambda: proxy_target(
            name,
            args.proxy_cmd,
            proxy_config(provider_port, config_extra),
            workdir,
            proxy_cwd,
            processes,
            listen,
        )

    factories: dict[str, TargetFactory] = {}
    for name in names:
        if name == "direct":
            factories[name] = lambda: direct_target(provider_port)
        elif name == "nginx":
            factories[name] = lambda: nginx_target(
                args.nginx,
                workdir,
                provider_port,
                args.nginx_workers,
                open_file_limit,
            )
        elif name == "floor":
            factories[name] = lambda: floor_target(workdir, provider_port)
        elif name == "proxy":
            factories[name] = proxy("proxy", None)
        elif name == "proxy+extra":
            factories[name] = proxy("proxy+extra", extra)
    if args.proxy_reuseport_listen and "proxy" in names and not args.proxy_url:
        for count in (int(n) for n in args.proxy_processes.split(",") if n.strip()):
            factories[f"proxy*{count}"] = proxy(f"proxy*{count}", None, count, args.proxy_reuseport_listen)
    return factories


def targets_for(scenario: Scenario, factories: dict[str, TargetFactory]) -> list[tuple[str, TargetFactory]]:
    """The base targets, and for the multi-process scenario the multi-process proxies too."""
    return [(name, factory) for name, factory in factories.items() if "*" not in name or scenario.multi_process]


async def run(args: argparse.Namespace) -> int:
    open_file_limit = raise_open_file_limit()
    extra = load_extra(args.proxy_config_extra)
    names = (args.targets or ("direct,nginx,proxy" + (",proxy+extra" if extra else ""))).split(",")
    unknown = set(names) - set(TARGET_NAMES)
    if unknown:
        raise SystemExit(f"unknown targets: {sorted(unknown)}; choose from {TARGET_NAMES}")
    if "proxy+extra" in names and extra is None:
        raise SystemExit("the proxy+extra target needs --proxy-config-extra")
    scenarios = select(
        standard_suite(args.quick, open_file_limit, args.streams, args.concurrent_streams, args.many_ramp),
        [k.strip() for k in args.scenarios.split(",")],
    )
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="koreshield-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    header = run_header(args, open_file_limit, workdir)

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    provider = FakeProvider(workdir / "fake-provider.log", args.fake_port)
    await provider.start()
    header["fake provider"] = f"127.0.0.1:{provider.port}"
    began = time.monotonic()
    try:
        factories = target_factories(args, names, provider.port, workdir, open_file_limit, extra)
        reports = []
        for scenario in scenarios:
            outcome = await run_scenario(scenario, targets_for(scenario, factories), workdir, say, provider)
            reports.append(ScenarioReport.of(outcome))
    finally:
        await provider.stop()
    header["wall time"] = f"{time.monotonic() - began:.1f} s"
    if not args.proxy_reuseport_listen and any(s.multi_process for s in scenarios):
        header["multi-process proxy"] = "not measured: pass --proxy-reuseport-listen to run 2 and 4 processes"
    document = {"header": header, "scenarios": [report.to_json() for report in reports]}
    if args.json == "-":
        print(json.dumps(document, indent=2))
    else:
        print(render(header, reports))
        if args.json:
            Path(args.json).write_text(json.dumps(document, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(run(parse_arguments(argv)))


if __name__ == "__main__":
    sys.exit(main())
