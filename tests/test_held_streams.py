"""
A stream held while its owner is written pauses its provider, and a client
that leaves while it is held is sent nothing.

With client keys, a create's stream is held until its owner is written
(with Redis: one round trip, at most C{state.timeout_ms}).  A fast provider
and a slow Redis must not pile the answer up in the proxy's memory: past a
small bound the hold pauses the provider's connection, and the release
sends what was held, in order, then resumes it.  The hold's pause and a
slow client's compose: the provider reads again only when neither holds it.
A client that leaves while held, even after the provider has finished, is
counted once as gone (unless the stream had ended with an error of its own:
counted as that, as when nothing is held) and nothing is written to its
request after.
"""

from __future__ import annotations

import gc
import socket
import weakref
from typing import Any

import treq
from twisted.internet.defer import Deferred, inlineCallbacks
from twisted.internet.task import Clock
from twisted.trial.unittest import SynchronousTestCase, TestCase

from koreshield.http import chat
from koreshield.http.ownership import HOLD_LIMIT, HeldSink
from koreshield.http.site import ShieldRequest
from koreshield.relay import StreamRelay
from koreshield.stats import ExchangeRecord
from tests.fake_provider import Firehose, Stream, answer_events, chunk, firehose_numbers
from tests.prometheus_text import sample_value, scrape_text
from tests.proxy_harness import post_json_to, posted_socket, until_provider_stops_sending, userspace_buffered_bytes
from tests.test_observe import CapturedLog
from tests.test_relay import EVENT, FakeUpstreamTransport, RecordingSink
from tests.test_stored_owners import HELLO, TEAM_A, HeldOwnerWrites
from tests.twistd_process import pause

ID_EVENT = b'data: {"id":"chatcmpl-held","choices":[{"delta":{"role":"assistant"}}]}\n\n'
LIMIT = 4 * len(EVENT)
TOTAL = 16 * 1024 * 1024
"""What the provider would stream: far more than the hold's bound and every buffer on the way."""
ONE_READ = 64 * 1024 + 1024
"""
At most what one read of the provider's connection lets the relay write: Twisted reads 64 KiB at a time, and
the read may complete an event (of 1 KiB here) that the one before began.
"""
CREATE = {"model": "m", "messages": HELLO, "stream": True, "store": True}


class HoldAndClientPauseTests(SynchronousTestCase):
    """A real relay writing to a L{HeldSink}, its provider a fake transport, its client a recording sink."""

    def setUp(self) -> None:
        self.client = RecordingSink()
        self.upstream = FakeUpstreamTransport()
        self.written: Deferred[None] = Deferred()
        self.first_bytes: list[bool] = []
        self.held = HeldSink(self.client, lambda: self.first_bytes.append(True), limit=LIMIT)
        record = ExchangeRecord(request_id="r", endpoint="chat_completions", started_at=0.0)
        self.ended: list[StreamRelay] = []
        self.relay = StreamRelay(self.held, Clock(), 10.0, record, self.ended.append)
        self.relay.makeConnection(self.upstream)
        self.relay.dataReceived(ID_EVENT)  # as the owner recorder does on the event carrying the id
        self.held.hold_until(self.written)

    def test_the_client_sees_the_hold_as_the_producer(self) -> None:
        self.assertIs(self.client.producer, self.held)

    def test_a_hold_under_its_bound_leaves_the_provider_read(self) -> None:
        self.relay.dataReceived(EVENT * 4)
        self.assertEqual((self.upstream.paused, self.held.held_bytes), (False, 4 * len(EVENT)))

    def test_a_hold_past_its_bound_pauses_the_provider(self) -> None:
        self.relay.dataReceived(EVENT * 5)
        self.assertTrue(self.upstream.paused)
        self.relay.dataReceived(EVENT * 100)  # the rest of the read that crossed the bound
        self.assertEqual(self.held.held_bytes, 5 * len(EVENT))

    def test_the_release_sends_what_was_held_then_what_waited_and_resumes_the_provider(self) -> None:
        self.relay.dataReceived(EVENT * 5)
        self.relay.dataReceived(b"data: [DONE]\n\n")
        self.assertEqual(self.client.written, [ID_EVENT])
        self.written.callback(None)
        self.assertEqual(self.client.written, [ID_EVENT, EVENT * 5, b"data: [DONE]\n\n"])
        self.assertFalse(self.upstream.paused)
        self.assertEqual((self.held.holding, self.first_bytes), (False, []))  # ID_EVENT was the first byte

    def test_a_client_not_reading_at_the_release_keeps_the_provider_paused(self) -> None:
        self.relay.dataReceived(EVENT * 5)
        self.relay.dataReceived(EVENT)
        self.client.pause_on_next_write = self.held  # the client's buffer fills with what was held
        self.written.callback(None)
        self.assertEqual(self.client.written, [ID_EVENT, EVENT * 5])
        self.assertTrue(self.upstream.paused)
        self.held.resumeProducing()
        self.assertEqual(self.client.written, [ID_EVENT, EVENT * 5, EVENT])
        self.assertFalse(self.upstream.paused)

    def test_a_client_that_stops_reading_while_held_stays_paused_through_the_release(self) -> None:
        self.relay.dataReceived(EVENT * 5)
        self.held.pauseProducing()
        self.relay.dataReceived(EVENT)  # the rest of the provider's read: kept by the relay
        self.written.callback(None)
        self.assertTrue(self.upstream.paused)
        self.assertEqual(self.client.written, [ID_EVENT, EVENT * 5])
        self.held.resumeProducing()
        self.assertEqual((self.client.written, self.upstream.paused), ([ID_EVENT, EVENT * 5, EVENT], False))

    def test_a_client_reading_again_while_held_does_not_resume_the_provider(self) -> None:
        self.relay.dataReceived(EVENT * 5)
        self.held.pauseProducing()
        self.held.resumeProducing()
        self.assertTrue(self.upstream.paused)
        self.written.callback(None)
        self.assertFalse(self.upstream.paused)

    def test_a_client_gone_while_held_closes_the_provider_and_is_sent_nothing(self) -> None:
        self.relay.dataReceived(EVENT * 5)
        self.held.stopProducing()  # the client's connection is lost
        self.assertEqual((self.upstream.stopped, self.ended), (True, [self.relay]))
        self.assertEqual((self.held.holding, self.held.held_bytes, self.client.producer), (False, 0, None))
        self.written.callback(None)
        self.assertEqual((self.client.written, self.client.finished), ([ID_EVENT], False))

    def test_a_client_gone_after_the_stream_ended_into_the_hold_is_sent_nothing_at_the_release(self) -> None:
        self.relay.dataReceived(EVENT + b"data: [DONE]\n\n")
        self.relay.connectionLost()  # the provider finished: the relay's end is written into the hold
        self.assertEqual((self.ended, self.held.holding), ([self.relay], True))
        self.held.client_gone()  # as the exchange tells it when the client's connection is lost
        self.written.callback(None)
        self.assertEqual((self.client.written, self.client.finished), ([ID_EVENT], False))

    def test_a_client_gone_while_held_lets_go_of_the_exchange_before_the_owner_is_written(self) -> None:
        class Exchange:
            def first_byte_sent(self) -> None:
                pass

        exchange = Exchange()
        held = HeldSink(self.client, exchange.first_byte_sent, limit=LIMIT)
        held.hold_until(self.written)
        held.write(EVENT)
        held.after_release(exchange.first_byte_sent)
        freed = weakref.ref(exchange)
        del exchange
        held.client_gone()
        self.assertIsNone(freed())

    def test_a_client_gone_while_held_leaves_nothing_of_the_stream_to_the_pending_write(self) -> None:
        held = HeldSink(RecordingSink(), limit=LIMIT)
        held.hold_until(self.written)
        held.write(EVENT)
        freed = weakref.ref(held)
        held.client_gone()
        del held
        self.assertIsNone(freed())  # the owner's write, still pending, keeps no reference to it
        self.written.callback(None)


class HeldStreams(HeldOwnerWrites):
    """
    End to end: a streamed chat completion with C{store}, its owner's write
    held until the test lets it go; the proxy's holds (C{holds}) are kept.
    """

    timeout = 60

    def setUp(self) -> Any:
        super().setUp()
        self.holds: list[HeldSink] = []
        recording_owner = chat.recording_owner

        def tracked(*args: Any, **kwargs: Any) -> Any:
            held, guard = recording_owner(*args, **kwargs)
            self.holds.append(held)
            return held, guard

        self.patch(chat, "recording_owner", tracked)

    def stalled_client(self) -> socket.socket:
        """A client that sends its create and never reads."""
        client = posted_socket(
            self.shield.port, CREATE, headers={"Authorization": f"Bearer {TEAM_A}"}, receive_buffer=32 * 1024
        )
        self.addCleanup(client.close)
        return client

    def tracked_exchanges(self) -> list[weakref.ref[chat.RelayExchange]]:
        """The exchanges made from now on, weakly: whether each has been let go of."""
        exchanges: list[weakref.ref[chat.RelayExchange]] = []
        original = chat.RelayExchange.__init__

        def tracked(exchange: chat.RelayExchange, *args: Any, **kwargs: Any) -> None:
            original(exchange, *args, **kwargs)
            exchanges.append(weakref.ref(exchange))

        self.patch(chat.RelayExchange, "__init__", tracked)
        return exchanges


class HeldStreamBackpressureTests(HeldStreams, TestCase):
    """A provider that streams as fast as it can while the owner is written."""

    def setUp(self) -> Any:
        super().setUp()
        self.provider.behaviour = Firehose(total_bytes=TOTAL, event_bytes=1024)

    @inlineCallbacks
    def test_a_held_stream_pauses_its_provider_then_sends_everything_in_order(self) -> Any:
        response = yield post_json_to(
            self.shield.url + "/v1/chat/completions", CREATE, {"Authorization": f"Bearer {TEAM_A}"}
        )
        received: list[bytes] = []
        reading = treq.collect(response, received.append)
        written = yield self.until_written()
        yield until_provider_stops_sending(self.provider)
        self.assertLess(self.provider.bytes_sent, TOTAL // 2)
        [held] = self.holds
        self.assertLessEqual(held.held_bytes, HOLD_LIMIT + ONE_READ)
        self.assertEqual(received, [])
        written.callback(None)
        yield reading
        body = b"".join(received)
        self.assertEqual(firehose_numbers(body), list(range(self.provider.events_sent)))
        self.assertGreaterEqual(self.provider.bytes_sent, TOTAL)
        self.assertTrue(body.endswith(b"data: [DONE]\n\n"))

    @inlineCallbacks
    def test_a_client_not_reading_when_its_owner_is_written_keeps_its_provider_paused(self) -> Any:
        self.stalled_client()
        written = yield self.until_written()
        yield until_provider_stops_sending(self.provider)
        written.callback(None)
        yield until_provider_stops_sending(self.provider)
        self.assertLess(self.provider.bytes_sent, TOTAL // 2)
        self.assertLess(userspace_buffered_bytes(), 1024 * 1024)

    @inlineCallbacks
    def test_a_client_gone_while_held_closes_its_provider_and_frees_its_exchange(self) -> Any:
        exchanges = self.tracked_exchanges()
        client = self.stalled_client()
        written = yield self.until_written()
        yield until_provider_stops_sending(self.provider)
        client.close()
        for _ in range(100):
            if self.provider.disconnects:
                break
            yield pause(0.05)
        self.assertEqual(self.provider.disconnects, 1)
        yield pause(0.1)
        gc.collect()
        self.assertEqual(([ref() for ref in exchanges], self.holds[0].held_bytes), ([None], 0))
        written.callback(None)
        yield pause(0.1)
        self.assertEqual(self.flushLoggedErrors(), [])


class ClientGoneAfterAHeldEndTests(HeldStreams, TestCase):
    """
    A short stream that the provider finishes while it is held, its client
    gone before its owner is written: the release has nothing left to send.
    """

    def setUp(self) -> Any:
        super().setUp()
        self.provider.behaviour = Stream(answer_events(["Hello", " there", "."]))
        self.log = CapturedLog(self)
        self.ended_held: list[bool] = []  # at each stream's end written to its hold: whether it was held
        recording_owner = chat.recording_owner

        def noting_the_end(*args: Any, **kwargs: Any) -> Any:
            held, guard = recording_owner(*args, **kwargs)
            finish = held.finish

            def noted() -> None:
                self.ended_held.append(held.holding)
                finish()

            held.finish = noted  # type: ignore[method-assign]
            return held, guard

        self.patch(chat, "recording_owner", noting_the_end)
        self.late: list[str] = []  # what was done to a request after its connection was lost
        write, finish = ShieldRequest.write, ShieldRequest.finish

        def noting_write(request: ShieldRequest, data: bytes) -> None:
            if request._disconnected:
                self.late.append("write")
            write(request, data)

        def noting_finish(request: ShieldRequest) -> None:
            if request._disconnected:
                self.late.append("finish")
            finish(request)

        self.patch(ShieldRequest, "write", noting_write)
        self.patch(ShieldRequest, "finish", noting_finish)

    @inlineCallbacks
    def leave_after_the_end_was_held(self) -> Any:
        """
        Post a create, wait until its stream's end is written into the hold,
        leave, and wait until the proxy has seen the client go (at most
        2 s): what fires the owner's write.
        """
        client = self.stalled_client()
        written = yield self.until_written()
        for _ in range(200):
            if self.ended_held:
                break
            yield pause(0.01)
        self.assertEqual(self.ended_held, [True])  # the provider finished while the stream was held
        client.close()
        for _ in range(200):
            if self.log.events("stream_completed"):
                break
            yield pause(0.01)
        return written

    @inlineCallbacks
    def test_nothing_is_written_to_the_request_after_the_client_left(self) -> Any:
        written = yield self.leave_after_the_end_was_held()
        written.callback(None)
        yield pause(0.1)
        self.assertEqual(self.late, [])
        self.assertEqual(self.flushLoggedErrors(), [])

    @inlineCallbacks
    def test_the_exchange_is_counted_once_as_a_client_that_went_away(self) -> Any:
        written = yield self.leave_after_the_end_was_held()
        written.callback(None)
        yield pause(0.1)
        lines = self.log.events("stream_completed")
        self.assertEqual([(line["error_type"], line["completed"]) for line in lines], [("client_disconnect", False)])
        text = yield scrape_text(self.shield.url, {"Authorization": f"Bearer {TEAM_A}"})
        self.assertEqual(sample_value(text, "koreshield_stream_errors_total", error_type="client_disconnect"), 1.0)

    @inlineCallbacks
    def test_the_exchange_is_let_go_of_before_the_owner_is_written(self) -> Any:
        exchanges = self.tracked_exchanges()
        written = yield self.leave_after_the_end_was_held()
        gc.collect()
        self.assertEqual([ref() for ref in exchanges], [None])
        written.callback(None)

    @inlineCallbacks
    def test_an_error_that_ended_the_stream_first_is_what_it_is_counted_as(self) -> Any:
        self.provider.behaviour = Stream([chunk("", role="assistant"), b"data: not json\n\n"])
        written = yield self.leave_after_the_end_was_held()
        written.callback(None)
        yield pause(0.1)
        lines = self.log.events("stream_completed")
        self.assertEqual([(line["error_type"], line["completed"]) for line in lines], [("malformed_upstream", False)])
        text = yield scrape_text(self.shield.url, {"Authorization": f"Bearer {TEAM_A}"})
        counted = [
            sample_value(text, "koreshield_stream_errors_total", error_type=error_type)
            for error_type in ("malformed_upstream", "client_disconnect")
        ]
        self.assertEqual(counted, [1.0, 0.0])

    @inlineCallbacks
    def test_a_client_sent_nothing_has_no_time_to_first_byte(self) -> Any:
        written = yield self.leave_after_the_end_was_held()
        [line] = self.log.events("stream_completed")
        self.assertIsNone(line["ttft_ms"])
        text = yield scrape_text(self.shield.url, {"Authorization": f"Bearer {TEAM_A}"})
        self.assertEqual(sample_value(text, "koreshield_time_to_first_token_ms_count"), 0.0)
        written.callback(None)

    @inlineCallbacks
    def test_the_request_is_let_go_of_before_the_owner_is_written(self) -> Any:
        exchanges = self.tracked_exchanges()
        client = self.stalled_client()
        written = yield self.until_written()
        [exchange] = exchanges
        request = weakref.ref(exchange()._request)  # type: ignore[union-attr]
        for _ in range(200):
            if self.ended_held:
                break
            yield pause(0.01)
        client.close()
        for _ in range(200):
            if self.log.events("stream_completed"):
                break
            yield pause(0.01)
        self.holds.clear()  # this test's own references
        gc.collect()
        self.assertEqual((exchange(), request()), (None, None))
        written.callback(None)


class ClientGoneWhileStreamingHeldTests(HeldStreams, TestCase):
    """
    A stream held while its provider still streams (it stalls after its
    first events), its client gone before its owner is written.
    """

    def setUp(self) -> Any:
        super().setUp()
        self.provider.behaviour = Stream([chunk("", role="assistant"), chunk("Hello")], ending="stall")
        self.log = CapturedLog(self)

    @inlineCallbacks
    def leave_while_held(self) -> Any:
        """Post a create, wait until its events are held, leave, and wait until the exchange is logged."""
        client = self.stalled_client()
        written = yield self.until_written()
        for _ in range(200):
            if self.holds and self.holds[0].held_bytes >= len(chunk("Hello")):
                break
            yield pause(0.01)
        self.assertGreaterEqual(self.holds[0].held_bytes, len(chunk("Hello")))  # the events are held
        client.close()
        for _ in range(200):
            if self.log.events("stream_completed"):
                break
            yield pause(0.01)
        return written

    @inlineCallbacks
    def test_a_client_sent_nothing_has_no_time_to_first_byte(self) -> Any:
        written = yield self.leave_while_held()
        lines = self.log.events("stream_completed")
        self.assertEqual([(line["error_type"], line["ttft_ms"]) for line in lines], [("client_disconnect", None)])
        text = yield scrape_text(self.shield.url, {"Authorization": f"Bearer {TEAM_A}"})
        self.assertEqual(sample_value(text, "koreshield_time_to_first_token_ms_count"), 0.0)
        written.callback(None)

    @inlineCallbacks
    def test_the_request_is_let_go_of_before_the_owner_is_written(self) -> Any:
        exchanges = self.tracked_exchanges()
        client = self.stalled_client()
        written = yield self.until_written()
        [exchange] = exchanges
        request = weakref.ref(exchange()._request)  # type: ignore[union-attr]
        del exchange
        client.close()
        for _ in range(200):
            if self.log.events("stream_completed"):
                break
            yield pause(0.01)
        self.holds.clear()  # this test's own references
        gc.collect()
        self.assertEqual(([ref() for ref in exchanges], request()), ([None], None))
        written.callback(None)


class ClientGoneWhileAnAnswerIsHeldTests(HeldStreams, TestCase):
    """A non-streamed create's answer, held while its owner is written, its client gone meanwhile."""

    @inlineCallbacks
    def test_the_exchange_and_its_request_are_let_go_of_before_the_owner_is_written(self) -> Any:
        log = CapturedLog(self)
        exchanges = self.tracked_exchanges()
        client = posted_socket(
            self.shield.port, {**CREATE, "stream": False}, headers={"Authorization": f"Bearer {TEAM_A}"}
        )
        self.addCleanup(client.close)
        written = yield self.until_written()
        [exchange] = exchanges
        request = weakref.ref(exchange()._request)  # type: ignore[union-attr]
        del exchange
        client.close()
        for _ in range(200):
            if log.events("request_completed"):
                break
            yield pause(0.01)
        self.assertEqual([line["error_type"] for line in log.events("request_completed")], ["client_disconnect"])
        gc.collect()
        self.assertEqual(([ref() for ref in exchanges], request()), ([None], None))
        written.callback(None)
        yield pause(0.1)
        self.assertEqual(self.flushLoggedErrors(), [])

    @inlineCallbacks
    def test_a_client_gone_before_its_answer_is_counted_with_no_status(self) -> Any:
        log = CapturedLog(self)
        client = posted_socket(
            self.shield.port, {**CREATE, "stream": False}, headers={"Authorization": f"Bearer {TEAM_A}"}
        )
        self.addCleanup(client.close)
        written = yield self.until_written()
        client.close()
        for _ in range(200):
            if log.events("request_completed"):
                break
            yield pause(0.01)
        lines = log.events("request_completed")
        self.assertEqual([(line["status"], line["error_type"]) for line in lines], [(None, "client_disconnect")])
        written.callback(None)
        text = yield scrape_text(self.shield.url, {"Authorization": f"Bearer {TEAM_A}"})
        counted = [
            sample_value(text, "koreshield_requests_total", endpoint="chat_completions", status=status)
            for status in ("none", "200")
        ]
        self.assertEqual(counted, [1.0, None])

    @inlineCallbacks
    def test_the_tokens_of_an_answer_its_client_left_are_counted(self) -> Any:
        log = CapturedLog(self)
        client = posted_socket(
            self.shield.port, {**CREATE, "stream": False}, headers={"Authorization": f"Bearer {TEAM_A}"}
        )
        self.addCleanup(client.close)
        written = yield self.until_written()
        client.close()
        for _ in range(200):
            if log.events("request_completed"):
                break
            yield pause(0.01)
        self.assertEqual([line["tokens"] for line in log.events("request_completed")], [3])  # the provider's usage
        written.callback(None)
