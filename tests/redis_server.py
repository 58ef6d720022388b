"""
A real C{redis-server} for tests: started on a free loopback port in a
directory of its own, with no persistence, and always ended by the test's
cleanup.  Tests kill, stop (SIGSTOP) and restart it to see what the proxy
does when its shared state goes away.

Debian's C{redis-server} package provides the binary (C{.ci/run} installs
it when it is missing); without it the tests that need it are skipped and
say why.
"""

from __future__ import annotations

import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from twisted.internet import reactor
from twisted.internet.defer import inlineCallbacks
from twisted.protocols import portforward
from twisted.trial.unittest import SkipTest, TestCase

from tests.twistd_process import free_port, pause

_DEBIAN_PATH = Path("/usr/bin/redis-server")
REDIS_SERVER = shutil.which("redis-server") or (str(_DEBIAN_PATH) if _DEBIAN_PATH.exists() else None)


def require_redis_server() -> str:
    """The path of redis-server; skips the test (saying why) when there is none."""
    if REDIS_SERVER is None:
        raise SkipTest("redis-server is not installed (Debian's redis-server package; .ci/run installs it)")
    return REDIS_SERVER


def _encode(*args: Any) -> bytes:
    parts = [b"*%d\r\n" % len(args)]
    for arg in args:
        data = arg if isinstance(arg, bytes) else str(arg).encode()
        parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(parts)


class _Reply:
    """Reads one RESP reply from a blocking socket."""

    def __init__(self, sock: socket.socket) -> None:
        self._file = sock.makefile("rb")

    def read(self) -> Any:
        line = self._file.readline().rstrip(b"\r\n")
        kind, rest = line[:1], line[1:]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RuntimeError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            size = int(rest)
            if size < 0:
                return None
            data = self._file.read(size + 2)[:-2]
            return data.decode()
        if kind == b"*":
            count = int(rest)
            return None if count < 0 else [self.read() for _ in range(count)]
        raise RuntimeError(f"unexpected reply {line!r}")


class RedisServer:
    """One redis-server child process for one test."""

    def __init__(self, test: TestCase, password: str | None = None, tls: tuple[Path, Path, Path] | None = None) -> None:
        """
        @param tls: (CA certificate, certificate, key) PEM files: then it
            speaks TLS only (C{rediss://}), with that certificate.
        """
        self._binary = require_redis_server()
        self.password = password
        self.tls = tls
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp())
        self.process: subprocess.Popen[bytes] | None = None
        test.addCleanup(self._end)

    @property
    def url(self) -> str:
        credentials = f":{self.password}@" if self.password else ""
        scheme = "rediss" if self.tls else "redis"
        return f"{scheme}://{credentials}127.0.0.1:{self.port}/0"

    @inlineCallbacks
    def start(self, within: float = 10.0) -> Any:
        """Start (or start again, on the same port) and wait until it answers PING."""
        self.process = subprocess.Popen(
            [
                self._binary,
                *self._listen_arguments(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
                "--loglevel",
                "warning",
                *(["--requirepass", self.password] if self.password else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            try:
                if self.command("PING") == "PONG":
                    return
            except (OSError, RuntimeError):
                if self.process.poll() is not None:
                    raise AssertionError(f"redis-server exited with {self.process.returncode}") from None
            yield pause(0.02)
        raise AssertionError(f"redis-server did not answer on {self.port} within {within}s")

    def _listen_arguments(self) -> list[str]:
        if self.tls is None:
            return ["--port", str(self.port)]
        ca, certificate, key = (str(path) for path in self.tls)
        tls = ["--tls-port", str(self.port), "--tls-cert-file", certificate, "--tls-key-file", key]
        return ["--port", "0", *tls, "--tls-ca-cert-file", ca, "--tls-auth-clients", "no"]

    def _connect(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=2)
        if self.tls is None:
            return sock
        return ssl.create_default_context(cafile=str(self.tls[0])).wrap_socket(sock, server_hostname="127.0.0.1")

    def command(self, *args: Any) -> Any:
        """Send one command on a connection of its own; its reply (blocking, loopback, for tests only)."""
        with self._connect() as sock:
            reply = _Reply(sock)
            if self.password:
                sock.sendall(_encode("AUTH", self.password))
                reply.read()
            sock.sendall(_encode(*args))
            return reply.read()

    def kill(self) -> None:
        """SIGKILL: connections drop, nothing answers until L{start} again."""
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def freeze(self) -> None:
        """SIGSTOP: connections stay open, nothing is answered (a stalled Redis)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def _end(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.directory, ignore_errors=True)


class _Delayed(portforward.ProxyServer):
    """What the proxy sends goes on to Redis C{factory.delay} seconds later, in order; the replies at once."""

    factory: DelayedLink

    def connectionMade(self) -> None:
        super().connectionMade()
        self.factory.links.add(self)

    def connectionLost(self, reason: Any) -> None:
        self.factory.links.discard(self)
        super().connectionLost(reason)

    def dataReceived(self, data: bytes) -> None:
        later: Any = reactor
        self.factory.pending.add(later.callLater(self.factory.delay, self._forward, data))

    def _forward(self, data: bytes) -> None:
        self.factory.pending = {call for call in self.factory.pending if call.active()}
        if self.peer is not None and self.peer.transport is not None:
            self.peer.transport.write(data)


class DelayedLink(portforward.ProxyFactory):
    """
    A loopback link to a L{RedisServer} that delays every command by
    C{delay} seconds: Redis far away from one proxy process, for the tests
    of what that process must wait for before it answers.  Cut with the
    test (what is still on its way is dropped).
    """

    protocol = _Delayed
    noisy = False

    def __init__(self, test: TestCase, redis: RedisServer, delay: float) -> None:
        super().__init__("127.0.0.1", redis.port)
        self.delay = delay
        self.pending: set[Any] = set()
        self.links: set[_Delayed] = set()
        tcp: Any = reactor
        self._port = tcp.listenTCP(0, self, interface="127.0.0.1")
        test.addCleanup(self._cut)
        self.url = f"redis://127.0.0.1:{self._port.getHost().port}/0"

    def _cut(self) -> Any:
        for call in self.pending:
            if call.active():
                call.cancel()
        for link in list(self.links):
            link.transport.abortConnection()
            if link.peer is not None and link.peer.transport is not None:
                link.peer.transport.abortConnection()
        return self._port.stopListening()
