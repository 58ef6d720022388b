"""
The things measured: a direct connection to the fake provider, nginx in front of it, a byte-level Twisted
forwarder (the floor), the proxy.

test-case-name: tests.test_benchmark_tools

Each target is started fresh for each scenario (so its idle RSS is a clean baseline) and stopped
after it, except a proxy given by ``--proxy-url``, which is only used.  Child processes write their
logs to files in the run's work directory, never to a pipe that nobody reads, because a child
blocked on a full pipe would be measured as a slow proxy.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.children import ChildFailed, ManagedProcess
from benchmarks.client import BenchConnection

READY_TIMEOUT_S = 20.0
"""How long a target's process has to answer C{/health}; several processes (on one port) get this each."""
NGINX_OWN_FILES = 32


def listening_on(pid: int, port: int) -> bool | None:
    """
    Whether process C{pid} holds a socket listening on TCP C{port}, read from
    Linux's /proc (None where /proc cannot tell).  Processes sharing a port
    (SO_REUSEPORT) each bind it when they are ready, and the kernel spreads
    connections only over the sockets bound when each connection is made.
    """
    try:
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return None
    held = set()
    for descriptor in descriptors:
        try:
            held.add(os.readlink(f"/proc/{pid}/fd/{descriptor}"))
        except OSError:  # closed since it was listed (the listing's own descriptor among them)
            continue
    try:
        rows: list[str] = []
        for table in ("tcp", "tcp6"):
            rows += Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
    except OSError:
        return None
    local_port = f":{port:04X}"
    for row in rows:
        fields = row.split()
        if fields[1].endswith(local_port) and fields[3] == "0A" and f"socket:[{fields[9]}]" in held:
            return True
    return False


class TargetUnavailable(Exception):
    """A target could not be started; the report shows why instead of figures."""


def free_port(host: str = "127.0.0.1") -> int:
    """A port that was free a moment ago, for children that cannot report the one they bound."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


async def health_ok(host: str, port: int, path: str = "/health") -> bool:
    """Whether ``GET path`` answers 200 within a second."""
    try:
        connection = await asyncio.wait_for(BenchConnection.open(host, port), 1.0)
    except (TimeoutError, OSError):
        return False
    request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
    record = await connection.exchange(request, stream=False, timeout=1.0)
    connection.close()
    return record.status == 200 and record.complete


@dataclass
class Target:
    """
    Something that answers the OpenAI API on ``host:port``.

    ``pids`` are the processes whose RSS and CPU the report charges to the target; empty for the
    direct connection, which has no process of its own.
    """

    name: str
    host: str = "127.0.0.1"
    port: int = 0
    children: list[ManagedProcess] = field(default_factory=list)
    external_pids: list[int] = field(default_factory=list)

    @property
    def pids(self) -> list[int]:
        return [child.pid for child in self.children if not child.exited] + self.external_pids

    @property
    def measures_usage(self) -> bool:
        return bool(self.children or self.external_pids)

    async def start(self) -> None:
        """Start the target's processes and wait until it answers ``/health``."""
        for child in self.children:
            try:
                await child.start()
            except ChildFailed as error:
                raise TargetUnavailable(str(error)) from None
        # Processes sharing a port start side by side on the same cores (the proxy's scanner takes seconds
        # of CPU to build): four on two busy cores did not answer within one process's time.
        deadline = time.monotonic() + READY_TIMEOUT_S * max(1, len(self.children))
        while time.monotonic() < deadline:
            for child in self.children:
                if child.exited:
                    raise TargetUnavailable(child.failure())
            if await health_ok(self.host, self.port) and self._all_listening():
                return
            await asyncio.sleep(0.05)
        await self.stop()
        raise TargetUnavailable(f"{self.name} did not answer GET /health on port {self.port} in time")

    def _all_listening(self) -> bool:
        """
        Every process of a target that shares its port has bound it: one answering
        C{/health} is not enough, since connections made before the others bind
        all go to it (a load generator's 50 keep-alive connections would then
        measure one process, however many run).
        """
        if len(self.children) < 2:
            return True
        return all(listening_on(child.pid, self.port) is not False for child in self.children)

    async def stop(self) -> None:
        for child in self.children:
            await child.stop()


def direct_target(provider_port: int) -> Target:
    return Target("direct", port=provider_port)


def nginx_config(workdir: Path, port: int, provider_port: int, workers: int, open_file_limit: int) -> str:
    """
    nginx as a plain streaming reverse proxy: the configuration the brief names, nothing more.

    HTTP/1.1 upstream with keep-alive, ``Connection`` cleared, no buffering, no cache, no logs.
    nginx counts both sides of a proxied stream, the listener and idle upstream connections
    against ``worker_connections``, so it gets all the descriptors but a few for its own files.
    """
    connections = open_file_limit - NGINX_OWN_FILES
    return f"""
worker_processes {workers};
worker_rlimit_nofile {open_file_limit};
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections {connections}; multi_accept on; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/nginx-body;
    proxy_temp_path {workdir}/nginx-proxy;
    fastcgi_temp_path {workdir}/nginx-fastcgi;
    uwsgi_temp_path {workdir}/nginx-uwsgi;
    scgi_temp_path {workdir}/nginx-scgi;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    client_body_buffer_size 64k;
    upstream provider {{
        server 127.0.0.1:{provider_port};
        keepalive 256;
        keepalive_requests 1000000;
    }}
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        location / {{
            proxy_pass http://provider;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
            proxy_cache off;
            proxy_read_timeout 300s;
        }}
    }}
}}
"""


def nginx_target(nginx: str, workdir: Path, provider_port: int, workers: int, open_file_limit: int) -> Target:
    port = free_port()
    home = workdir / f"nginx-{port}"
    home.mkdir(parents=True, exist_ok=True)
    config = home / "nginx.conf"
    config.write_text(nginx_config(home, port, provider_port, workers, open_file_limit))
    argv = [
        nginx,
        "-p",
        str(home),
        "-c",
        str(config),
        "-e",
        str(home / "nginx-error.log"),
        "-g",
        "daemon off;",
    ]
    child = ManagedProcess(argv, home / "nginx.log")
    return Target("nginx", port=port, children=[child])


def floor_target(workdir: Path, provider_port: int) -> Target:
    """
    A byte-level Twisted forwarder (L{benchmarks.twisted_forwarder}) in front of the fake provider: what
    the reactor and the sockets cost with no HTTP handling, scan or guard, as a floor under the proxy.
    """
    port = free_port()
    script = Path(__file__).resolve().parent / "twisted_forwarder.py"
    child = ManagedProcess([sys.executable, str(script), str(port), str(provider_port)], workdir / f"floor-{port}.log")
    return Target("floor", port=port, children=[child])


DEFAULT_PROXY_CMD = "{twistd} -n --pidfile= koreshield --config {config} --listen {listen}"
DEFAULT_LISTEN = "tcp:{port}:interface=127.0.0.1"


def proxy_config(provider_port: int, extra: dict[str, Any] | None) -> dict[str, Any]:
    """
    The default configuration but for the provider, with ``extra`` merged in
    key by key.  Logging too is the default (a JSON line per exchange, to the
    child's log file): a quieter level would leave out work every deployment
    does per request.
    """
    config: dict[str, Any] = {
        "providers": {
            "bench": {
                "base_url": f"http://127.0.0.1:{provider_port}/v1",
                "api_key": "sk-bench",
            }
        },
        "default_provider": "bench",
    }
    return merge_config(config, extra or {})


def merge_config(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` merged in: nested mappings merge, anything else replaces."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_config(merged[key], value)
        else:
            merged[key] = value
    return merged


def proxy_target(
    name: str,
    command: str,
    config: dict[str, Any],
    workdir: Path,
    cwd: Path,
    processes: int = 1,
    listen: str = DEFAULT_LISTEN,
) -> Target:
    """
    The proxy, started from ``command`` once per process, every process given the same port.

    More than one process needs a ``listen`` description that shares the port (SO_REUSEPORT).
    The configuration is written as JSON, which YAML loaders read as it is.  ``cwd`` leads the
    child's PYTHONPATH, so twistd finds the plugin and the package of that checkout: any Python
    with the proxy's dependencies can run any checkout, which is how two builds are compared.
    """
    port = free_port()
    config_path = workdir / f"{name}-{port}.yaml"
    config_path.write_text(json.dumps(config, indent=2))
    values = {
        "twistd": str(Path(sys.executable).parent / "twistd"),
        "python": sys.executable,
        "config": str(config_path),
        "port": str(port),
        "listen": listen.format(port=port),
    }
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(cwd), env.get("PYTHONPATH", "")]))
    children = [
        ManagedProcess(shlex.split(command.format(**values)), workdir / f"{name}-{port}-{index}.log", cwd, env)
        for index in range(processes)
    ]
    return Target(name, port=port, children=children)


def external_proxy_target(url: str, pid: int | None) -> Target:
    """A proxy that is already running at ``url`` (``http://host:port``); measured if ``pid`` is given."""
    host_port = url.split("://", 1)[-1].split("/", 1)[0]
    host, _, port = host_port.rpartition(":")
    return Target(
        "proxy",
        host=host or "127.0.0.1",
        port=int(port),
        external_pids=[pid] if pid else [],
    )
