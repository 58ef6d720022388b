"""
Graceful drain: on stop, C{/health} answers 503, new connections are
refused, idle connections close, requests in flight (streams) run to their
end for up to C{server.drain_timeout}, then the rest are cut and the process
exits.

Unit tests drive L{drain} and the site over C{StringTransport} with a
C{Clock}; end-to-end tests stop a real service, then a real twistd process
with SIGTERM.
"""

from __future__ import annotations

import signal
import socket
import time
from typing import Any

import treq
from twisted.internet.address import IPv4Address
from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.internet.task import Clock
from twisted.internet.testing import StringTransportWithDisconnection
from twisted.trial.unittest import SynchronousTestCase, TestCase
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET

from koreshield.drain import DrainOutcome, drain
from koreshield.http.health import HealthResource, Readiness
from koreshield.http.site import Router, ShieldChannel, ShieldSite
from tests.fake_provider import Stream, answer_events
from tests.proxy_harness import (
    STREAM_CHAT,
    ArrivalRecorder,
    ProviderAndProxyMixin,
    ProviderMixin,
    in_thread,
    proxy_config,
    received_until_closed,
    stream_started,
)
from tests.twistd_process import (
    ChildProcess,
    free_port,
    pause,
    refuses_connections,
    twistd_command,
    wait_until_listening,
    write_config,
)

EXITED_ON_SIGTERM = (0, -signal.SIGTERM)
"""twistd ends by re-raising the signal that stopped it, after the drain;
systemd counts that as a clean exit (and so does this test)."""

HEALTH_REQUEST = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
HELD_REQUEST = b"GET /held HTTP/1.1\r\nHost: x\r\n\r\n"


class HeldResource(Resource):
    """Answers nothing until the test says so: a request in flight."""

    isLeaf = True

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[Any] = []

    def render(self, request: Any) -> object:
        self.requests.append(request)
        return NOT_DONE_YET


class SiteDrainTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.clock = Clock()
        self.held = HeldResource()
        self.site = ShieldSite(Router({b"/held": self.held, b"/health": HealthResource(Readiness())}), 1024)
        self.site.reactor = self.clock

    def connect(self) -> tuple[ShieldChannel, StringTransportWithDisconnection]:
        channel = self.site.buildProtocol(IPv4Address("TCP", "127.0.0.1", 40000))
        transport = StringTransportWithDisconnection()
        transport.protocol = channel
        channel.makeConnection(transport)
        return channel, transport  # type: ignore[return-value]

    def drained(self, timeout: float = 30.0) -> list[DrainOutcome]:
        outcomes: list[DrainOutcome] = []
        drain(self.site, self.clock, timeout).addCallback(outcomes.append)
        return outcomes

    def test_an_idle_keep_alive_connection_closes_at_once(self) -> None:
        channel, transport = self.connect()
        channel.dataReceived(HEALTH_REQUEST)
        self.assertTrue(transport.connected)
        self.drained()
        self.assertFalse(transport.connected)

    def test_a_connection_that_has_sent_nothing_yet_gets_its_first_request_answered_then_closes(self) -> None:
        """
        A client whose connection was accepted just before the drain began
        has not had time to send its request; closing it unanswered would
        lose that request.
        """
        channel, transport = self.connect()
        self.drained()
        self.assertTrue(transport.connected)
        self.clock.advance(0.5)
        channel.dataReceived(HEALTH_REQUEST)
        self.assertIn(b'{"status":"ok"}', transport.value())
        self.assertIn(b"Connection: close\r\n", transport.value())
        self.assertFalse(transport.connected)

    def test_a_request_half_arrived_when_the_drain_begins_is_answered_then_the_connection_closes(self) -> None:
        channel, transport = self.connect()
        channel.dataReceived(HEALTH_REQUEST[:10])
        self.drained()
        self.assertTrue(transport.connected)
        channel.dataReceived(HEALTH_REQUEST[10:])
        self.assertIn(b'{"status":"ok"}', transport.value())
        self.assertFalse(transport.connected)

    def test_a_connection_that_sends_nothing_is_closed_after_a_short_grace_not_at_the_deadline(self) -> None:
        _, transport = self.connect()
        outcomes = self.drained(timeout=30.0)
        self.clock.advance(self.site.first_request_grace - 0.01)
        self.assertTrue(transport.connected)
        self.clock.advance(0.01)
        self.assertFalse(transport.connected)
        self.assertEqual(outcomes, [DrainOutcome(open_at_start=1, cut=0, seconds=self.site.first_request_grace)])

    def test_a_connection_answered_before_and_idle_again_is_not_given_the_grace(self) -> None:
        channel, transport = self.connect()
        channel.dataReceived(HEALTH_REQUEST)
        transport.clear()
        self.drained()
        self.assertFalse(transport.connected)
        self.assertEqual(transport.value(), b"")

    def test_a_connection_answering_a_request_stays_open_until_the_response_ends(self) -> None:
        channel, transport = self.connect()
        channel.dataReceived(HELD_REQUEST)
        self.drained()
        self.assertTrue(transport.connected)
        self.held.requests[0].finish()
        self.assertFalse(transport.connected)

    def test_a_response_not_started_when_the_drain_begins_says_connection_close(self) -> None:
        channel, transport = self.connect()
        channel.dataReceived(HELD_REQUEST)
        self.drained()
        self.held.requests[0].write(b"late")
        self.held.requests[0].finish()
        self.assertIn(b"Connection: close\r\n", transport.value())

    def test_a_response_already_streaming_runs_to_its_end(self) -> None:
        channel, transport = self.connect()
        channel.dataReceived(HELD_REQUEST)
        request = self.held.requests[0]
        request.write(b"first event")
        self.drained()
        request.write(b"last event")
        request.finish()
        self.assertIn(b"last event", transport.value())
        self.assertFalse(transport.connected)

    def test_a_request_arriving_during_the_drain_is_answered_then_the_connection_closes(self) -> None:
        channel, _ = self.connect()
        channel.dataReceived(HELD_REQUEST)
        self.drained()
        late_channel, late_transport = self.connect()
        late_channel.dataReceived(HEALTH_REQUEST)
        self.assertIn(b"Connection: close\r\n", late_transport.value())
        self.assertFalse(late_transport.connected)

    def test_the_drain_ends_when_the_last_connection_closes(self) -> None:
        channel, _ = self.connect()
        channel.dataReceived(HELD_REQUEST)
        outcomes = self.drained()
        self.clock.advance(2.5)
        self.assertEqual(outcomes, [])
        self.held.requests[0].finish()
        self.assertEqual(outcomes, [DrainOutcome(open_at_start=1, cut=0, seconds=2.5)])

    def test_the_deadline_timer_is_cancelled_when_the_drain_ends_early(self) -> None:
        channel, _ = self.connect()
        channel.dataReceived(HELD_REQUEST)
        self.drained()
        self.held.requests[0].finish()
        self.assertEqual(self.clock.getDelayedCalls(), [])

    def test_connections_still_open_at_the_deadline_are_cut(self) -> None:
        channel, transport = self.connect()
        channel.dataReceived(HELD_REQUEST)
        outcomes = self.drained(timeout=30.0)
        self.clock.advance(29.9)
        self.assertTrue(transport.connected)
        self.clock.advance(0.1)
        self.assertTrue(transport.disconnected)
        self.assertEqual(outcomes, [DrainOutcome(open_at_start=1, cut=1, seconds=30.0)])

    def test_with_no_connection_the_drain_is_over_at_once(self) -> None:
        self.assertEqual(self.drained(), [DrainOutcome(open_at_start=0, cut=0, seconds=0.0)])
        self.assertEqual(self.clock.getDelayedCalls(), [])


class HealthTests(SynchronousTestCase):
    def answer(self, readiness: Readiness) -> bytes:
        site = ShieldSite(Router({b"/health": HealthResource(readiness)}), 1024)
        site.reactor = Clock()
        channel = site.buildProtocol(IPv4Address("TCP", "127.0.0.1", 40000))
        transport = StringTransportWithDisconnection()
        transport.protocol = channel
        channel.makeConnection(transport)
        channel.dataReceived(HEALTH_REQUEST)
        channel.connectionLost(Exception("test over"))  # type: ignore[arg-type]
        return transport.value()

    def test_health_is_ok_while_taking_traffic(self) -> None:
        response = self.answer(Readiness())
        self.assertTrue(response.startswith(b"HTTP/1.1 200 "))
        self.assertTrue(response.endswith(b'{"status":"ok"}'))

    def test_health_answers_503_draining_while_draining(self) -> None:
        readiness = Readiness()
        readiness.draining = True
        response = self.answer(readiness)
        self.assertTrue(response.startswith(b"HTTP/1.1 503 "))
        self.assertTrue(response.endswith(b'{"status":"draining"}'))


class ServiceDrainTests(ProviderAndProxyMixin, TestCase):
    """Stopping a real service in this process, over real sockets."""

    proxy_overrides = {
        "server": {"drain_timeout": 5},
        "metrics": {"listen": "tcp:0:interface=127.0.0.1"},
    }

    def start_slow_stream(self, events: int = 6, gap: float = 0.1) -> Deferred[ArrivalRecorder]:
        """A stream in flight: fires once its first bytes arrived."""
        self.provider.behaviour = Stream(answer_events(["w"] * events), gap=gap)
        started: Deferred[ArrivalRecorder] = stream_started(self.proxy.url)
        return started

    def health_url(self) -> str:
        port = self.proxy.service.metrics_port
        assert port is not None
        return f"http://127.0.0.1:{port.getHost().port}/health"

    @inlineCallbacks
    def test_a_stream_in_flight_runs_to_its_end(self) -> Any:
        recorder = yield self.start_slow_stream()
        stopped = self.proxy.service.stopService()
        yield recorder.done
        self.assertTrue(recorder.body.endswith(b"data: [DONE]\n\n"))
        self.assertEqual(recorder.body.count(b"\n\n"), 6 + 3)
        yield stopped

    @inlineCallbacks
    def test_stopping_waits_for_the_stream(self) -> Any:
        recorder = yield self.start_slow_stream()
        stopped = self.proxy.service.stopService()
        finished_first: list[str] = []
        recorder.done.addCallback(lambda _: finished_first.append("stream"))
        stopped.addCallback(lambda _: finished_first.append("service"))
        yield stopped
        self.assertEqual(finished_first, ["stream", "service"])

    @inlineCallbacks
    def test_health_answers_503_as_soon_as_the_drain_starts(self) -> Any:
        yield self.start_slow_stream()
        self.proxy.service.stopService()
        response = yield treq.get(self.health_url(), persistent=False)
        self.assertEqual(response.code, 503)
        self.assertEqual((yield response.json()), {"status": "draining"})

    @inlineCallbacks
    def test_the_public_port_refuses_new_connections(self) -> Any:
        yield self.start_slow_stream()
        self.proxy.service.stopService()
        yield pause(0)  # the port's socket closes on the reactor's next turn
        refused = yield in_thread(refuses_connections, self.proxy.port)
        self.assertTrue(refused)

    @inlineCallbacks
    def test_an_idle_keep_alive_connection_is_closed(self) -> Any:
        client = socket.create_connection(("127.0.0.1", self.proxy.port))
        self.addCleanup(client.close)
        client.settimeout(10)
        client.sendall(HEALTH_REQUEST)
        answer = yield in_thread(client.recv, 65536)
        self.assertIn(b'{"status":"ok",', answer)
        self.proxy.service.stopService()
        after = yield in_thread(client.recv, 65536)
        self.assertEqual(after, b"")

    @inlineCallbacks
    def test_a_connection_accepted_before_the_drain_whose_request_comes_after_is_answered(self) -> Any:
        """
        The race a shared listening socket makes common: this process
        accepts a connection, then is told to stop; the client, which cannot
        know, sends its request a moment later.
        """
        client = socket.create_connection(("127.0.0.1", self.proxy.port))
        self.addCleanup(client.close)
        client.settimeout(10)
        while not self.proxy.service.site.channels:
            yield pause(0.01)
        self.proxy.service.stopService()
        yield pause(0.05)
        client.sendall(HEALTH_REQUEST)
        answer = yield in_thread(received_until_closed, client)
        self.assertTrue(answer.startswith(b"HTTP/1.1 503 "), answer)
        self.assertIn(b'"status":"draining"', answer)


class DrainDeadlineTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {"server": {"drain_timeout": 0.3}}

    @inlineCallbacks
    def test_a_stream_longer_than_the_drain_timeout_is_cut_at_the_deadline(self) -> Any:
        self.provider.behaviour = Stream(answer_events(["w"] * 100), gap=0.05)
        response = yield self.post_chat(STREAM_CHAT)
        recorder = ArrivalRecorder()
        response.deliverBody(recorder)
        began = time.monotonic()
        yield self.proxy.service.stopService()
        took = time.monotonic() - began
        yield recorder.done
        self.assertNotIn(b"[DONE]", recorder.body)
        self.assertGreaterEqual(took, 0.3)
        self.assertLess(took, 3.0)


class TwistdSigtermTests(ProviderMixin, TestCase):
    """
    The whole story under twistd, as systemd or a load balancer's
    deregistration triggers it: SIGTERM -> 503 -> last stream done -> exit.
    """

    def setUp(self) -> Any:
        self.port, self.metrics_port = free_port(), free_port()
        return super().setUp()

    @inlineCallbacks
    def start(self, drain_timeout: float) -> Any:
        config = proxy_config(self.provider)
        config["server"] = {"drain_timeout": drain_timeout}
        config["metrics"] = {"listen": f"tcp:{self.metrics_port}:interface=127.0.0.1"}
        config_path = write_config(config)
        command = twistd_command(config_path, f"tcp:{self.port}:interface=127.0.0.1")
        self.child = ChildProcess(self, command, config_path.parent)
        yield wait_until_listening(self.port, self.child)

    def stream_in_flight(self, events: int, gap: float) -> Deferred[ArrivalRecorder]:
        self.provider.behaviour = Stream(answer_events(["w"] * events), gap=gap)
        started: Deferred[ArrivalRecorder] = stream_started(f"http://127.0.0.1:{self.port}")
        return started

    @inlineCallbacks
    def health_status(self) -> Any:
        response = yield treq.get(f"http://127.0.0.1:{self.metrics_port}/health", persistent=False)
        yield response.content()
        return response.code

    @inlineCallbacks
    def test_sigterm_drains_the_stream_then_exits_cleanly(self) -> Any:
        yield self.start(drain_timeout=30)
        recorder = yield self.stream_in_flight(events=15, gap=0.1)
        self.child.terminate()
        status = yield self.health_status()
        self.assertEqual(status, 503)
        self.assertTrue((yield in_thread(refuses_connections, self.port)))
        yield recorder.done
        stream_ended = time.monotonic()
        code, exited_at = yield self.child.exited()
        self.assertIn(code, EXITED_ON_SIGTERM, self.child.output())
        self.assertTrue(recorder.body.endswith(b"data: [DONE]\n\n"))
        self.assertGreaterEqual(exited_at, stream_ended)
        [completed] = [line for line in self.child.json_lines() if line.get("event") == "stream_completed"]
        self.assertTrue(completed["completed"])

    @inlineCallbacks
    def test_sigterm_exits_by_the_drain_timeout_even_if_a_stream_runs_on(self) -> Any:
        yield self.start(drain_timeout=1)
        recorder = yield self.stream_in_flight(events=200, gap=0.1)
        sent = self.child.terminate()
        code, exited_at = yield self.child.exited()
        yield recorder.done
        self.assertIn(code, EXITED_ON_SIGTERM, self.child.output())
        self.assertNotIn(b"[DONE]", recorder.body)
        self.assertLess(exited_at - sent, 5.0)
        [cut] = [line for line in self.child.json_lines() if line.get("event") == "stream_completed"]
        self.assertEqual((cut["completed"], cut["error_type"]), (False, "drain_deadline"))
