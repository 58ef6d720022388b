"""
Time to first token for a translated stream (Anthropic's format turned into
OpenAI chunks) against a pass-through stream (OpenAI-compatible), same run.

    python benchmarks/translation_ttft.py [--requests 300]

Two fake providers speak their own formats (the test suite's Twisted fakes,
each in its own process), one proxy process routes ``claude-*`` to the
Anthropic one and everything else to the OpenAI one, and a plain asyncio
client asks each route, and each provider directly, in turn.  Printed: p50
and p99 TTFT per path and what the proxy adds on each.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.children import spawn

REPOSITORY = Path(__file__).resolve().parent.parent

_SERVE_FAKE = """
import sys
from twisted.internet import reactor
from twisted.web.server import Site
from tests.fake_anthropic import FakeAnthropic
from tests.fake_provider import FakeProvider, Stream, answer_events
kind, port = sys.argv[1], int(sys.argv[2])
if kind == "anthropic":
    reactor.listenTCP(port, Site(FakeAnthropic("sk-ant-bench")), interface="127.0.0.1")
else:
    provider = FakeProvider()
    provider.behaviour = Stream(answer_events(["Hello", " from", " the", " fake", "."]))
    import tests.fake_provider as fp
    site = Site(fp._ChatResource(provider))
    reactor.listenTCP(port, site, interface="127.0.0.1")
reactor.run()
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_for(port: int) -> None:
    for _ in range(200):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


async def ttft(port: int, path: str, body: bytes, headers: str) -> float:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = (
        f"POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n{headers}"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    started = time.perf_counter()
    writer.write(request)
    received = b""
    first = None
    while True:
        piece = await reader.read(65536)
        if not piece:
            break
        received += piece
        if first is None and (b"data:" in received):
            first = time.perf_counter() - started
    writer.close()
    if first is None:
        raise RuntimeError(received[:300].decode(errors="replace"))
    return first * 1000.0


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    return f"p50 {statistics.median(ordered):6.2f} ms  p99 {ordered[int(len(ordered) * 0.99) - 1]:6.2f} ms"


async def main_async(requests: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    anthropic_port, openai_port, proxy_port = free_port(), free_port(), free_port()
    children = [
        await asyncio.create_subprocess_exec(sys.executable, "-c", _SERVE_FAKE, kind, str(port), env=env)
        for kind, port in (("anthropic", anthropic_port), ("openai", openai_port))
    ]
    workdir = Path(tempfile.mkdtemp(prefix="koreshield-translation-"))
    config = {
        "providers": {
            "openai": {"base_url": f"http://127.0.0.1:{openai_port}/v1", "api_key": "sk-bench"},
            "anthropic": {
                "type": "anthropic",
                "base_url": f"http://127.0.0.1:{anthropic_port}",
                "api_key": "sk-ant-bench",
            },
        },
        "default_provider": "openai",
        "routes": {"claude-*": "anthropic"},
        "logging": {"json_logs": True, "level": "warn"},
    }
    (workdir / "koreshield.yaml").write_text(json.dumps(config))
    twistd = str(Path(sys.executable).parent / "twistd")
    listen = f"tcp:{proxy_port}:interface=127.0.0.1"
    proxy = await spawn(
        [twistd, "-n", "--pidfile=", "koreshield", "--config", str(workdir / "koreshield.yaml"), "--listen", listen],
        workdir / "proxy.log",
        env=env,
        cwd=workdir,
    )
    children.append(proxy)
    try:
        for port in (anthropic_port, openai_port, proxy_port):
            await wait_for(port)
        prompt = "Summarise the notes of the gardening club in two sentences. " * 30
        openai_body = json.dumps(
            {"model": "gpt-bench", "stream": True, "messages": [{"role": "user", "content": prompt}]}
        ).encode()
        claude_body = json.dumps(
            {"model": "claude-bench", "stream": True, "messages": [{"role": "user", "content": prompt}]}
        ).encode()
        anthropic_direct = json.dumps(
            {
                "model": "claude-bench",
                "stream": True,
                "max_tokens": 100,
                "messages": [{"role": "user", "content": prompt}],
            }
        ).encode()
        paths = {
            "openai direct": (openai_port, "/v1/chat/completions", openai_body, ""),
            "openai via proxy (pass-through)": (proxy_port, "/v1/chat/completions", openai_body, ""),
            "anthropic direct": (
                anthropic_port,
                "/v1/messages",
                anthropic_direct,
                "x-api-key: sk-ant-bench\r\nanthropic-version: 2023-06-01\r\n",
            ),
            "anthropic via proxy (translated)": (proxy_port, "/v1/chat/completions", claude_body, ""),
        }
        results: dict[str, list[float]] = {name: [] for name in paths}
        for round_ in range(requests + 20):
            for name, (port, path, body, headers) in paths.items():
                value = await ttft(port, path, body, headers)
                if round_ >= 20:
                    results[name].append(value)
        commit = os.popen(f"git -C {REPOSITORY} rev-parse --short HEAD").read().strip()
        print(f"translation TTFT, {requests} sequential requests per path, commit {commit}")
        for name, values in results.items():
            print(f"  {name:36s} {summary(values)}")
        for proxied, direct in (
            ("openai via proxy (pass-through)", "openai direct"),
            ("anthropic via proxy (translated)", "anthropic direct"),
        ):
            added50 = statistics.median(results[proxied]) - statistics.median(results[direct])
            print(f"  added by the proxy, {proxied.split('(')[1][:-1]:12s} p50 {added50:+.2f} ms")
    finally:
        for child in children:
            child.terminate()
            await child.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=300)
    asyncio.run(main_async(parser.parse_args().requests))


if __name__ == "__main__":
    main()
