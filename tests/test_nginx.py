"""
Behind the real nginx, streams stay streams: events reach the client spread
out in time as the provider sent them -- with the shipped
etc/nginx/koreshield.conf, and with an nginx at its default settings
(C{proxy_buffering on}, HTTP/1.0 upstream), thanks to the proxy's
C{X-Accel-Buffering: no}.  A control shows the check catches buffering: the
same default nginx in front of a server that does not send that header
holds the events back.

nginx runs as one foreground process (C{master_process off}) from a
temporary prefix, so the test needs no privileges.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

from tests.fake_provider import Stream, answer_events
from tests.proxy_harness import STREAM_CHAT, ArrivalRecorder, ProviderAndProxyMixin, post_chat_to
from tests.twistd_process import ChildProcess, free_port, wait_until_listening

SHIPPED_SNIPPET = Path(__file__).resolve().parent.parent / "etc" / "nginx" / "koreshield.conf"
EVENT_GAP = 0.15
WORDS = ["a", "b", "c", "d", "e", "f"]

_MAIN_CONFIG = """
daemon off;
master_process off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/site.conf;
}}
"""

_DEFAULT_SITE = """
server {{
    listen 127.0.0.1:{listen};
    location / {{
        proxy_pass http://127.0.0.1:{upstream};
    }}
}}
"""


def nginx_binary() -> str | None:
    found = shutil.which("nginx")
    if found is None and Path("/usr/sbin/nginx").exists():
        found = "/usr/sbin/nginx"
    return found


def replace_once(text: str, old: str, new: str) -> str:
    """Replace C{old}, which must occur exactly once (so the snippet's shape is checked too)."""
    if text.count(old) != 1:
        raise AssertionError(f"expected {old!r} once in {SHIPPED_SNIPPET}")
    return text.replace(old, new)


def shipped_site(listen: int, upstream: int) -> str:
    """The shipped snippet, pointed at this test's ports."""
    snippet = SHIPPED_SNIPPET.read_text()
    snippet = replace_once(snippet, "server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")
    return replace_once(snippet, "listen 80;", f"listen 127.0.0.1:{listen};")


def default_site(listen: int, upstream: int) -> str:
    """An nginx site at default settings: proxy_pass and nothing else."""
    return _DEFAULT_SITE.format(listen=listen, upstream=upstream)


class NginxInFront(ProviderAndProxyMixin, TestCase):
    timeout = 60

    @inlineCallbacks
    def start_nginx(self, site: str) -> Any:
        """Run nginx serving C{site}; fires with its base URL once it listens."""
        binary = nginx_binary()
        if binary is None:
            self.skipTest("nginx is not installed (.ci/run installs the Debian package)")
        prefix = Path(tempfile.mkdtemp())
        (prefix / "site.conf").write_text(site)
        (prefix / "nginx.conf").write_text(_MAIN_CONFIG.format(prefix=prefix))
        command = [binary, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")]
        child = ChildProcess(self, command, prefix)
        yield wait_until_listening(self.nginx_port, child)
        return f"http://127.0.0.1:{self.nginx_port}"

    @inlineCallbacks
    def arrival_gaps(self, base_url: str) -> Any:
        """Stream one answer through C{base_url}; fires with the gaps between events' arrivals."""
        self.provider.behaviour = Stream(answer_events(WORDS), gap=EVENT_GAP)
        response = yield post_chat_to(base_url, STREAM_CHAT)
        recorder = ArrivalRecorder()
        response.deliverBody(recorder)
        yield recorder.done
        self.assertEqual(response.code, 200, recorder.body)
        self.assertEqual(recorder.body, b"".join(answer_events(WORDS)))
        return recorder.event_gaps()

    def assertSpreadOut(self, gaps: list[float]) -> None:
        self.assertTrue(all(gap > EVENT_GAP / 2 for gap in gaps), gaps)


class NginxTests(NginxInFront):
    def setUp(self) -> Any:
        self.nginx_port = free_port()
        return super().setUp()

    @inlineCallbacks
    def test_events_stay_spread_out_behind_the_shipped_snippet(self) -> Any:
        url = yield self.start_nginx(shipped_site(self.nginx_port, self.proxy.port))
        gaps = yield self.arrival_gaps(url)
        self.assertSpreadOut(gaps)

    @inlineCallbacks
    def test_events_stay_spread_out_behind_an_nginx_at_default_buffering(self) -> Any:
        url = yield self.start_nginx(default_site(self.nginx_port, self.proxy.port))
        gaps = yield self.arrival_gaps(url)
        self.assertSpreadOut(gaps)

    @inlineCallbacks
    def test_control_default_nginx_buffers_a_stream_without_x_accel_buffering(self) -> Any:
        provider_port = int(self.provider.base_url.rsplit(":", 1)[1].split("/")[0])
        url = yield self.start_nginx(default_site(self.nginx_port, provider_port))
        gaps = yield self.arrival_gaps(url)
        self.assertTrue(any(gap < EVENT_GAP / 2 for gap in gaps), gaps)
