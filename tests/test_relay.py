"""
The relay's timing and state, driven by a fake clock and fake transports.
"""

from __future__ import annotations

from twisted.internet.error import ConnectionLost
from twisted.internet.task import Clock
from twisted.python.failure import Failure
from twisted.trial.unittest import SynchronousTestCase
from twisted.web.client import ResponseDone
from twisted.web.http import PotentialDataLoss

from koreshield.errors import stream_error_event
from koreshield.relay import BodyCollector, BodyTooLarge, ClientSink, RelayState, StreamCut, StreamRelay
from koreshield.stats import ExchangeRecord

EVENT = b'data: {"choices":[{"delta":{"content":"hi"}}]}\n\n'
DONE = b"data: [DONE]\n\n"


class RecordingSink(ClientSink):
    def __init__(self) -> None:
        self.written: list[bytes] = []
        self.finished = False
        self.producer: object = None
        self.pause_on_next_write: StreamRelay | None = None
        self.log: list[str] = []

    def write(self, data: bytes) -> None:
        assert not self.finished, "write after finish"
        self.written.append(data)
        self.log.append("write")
        if self.pause_on_next_write is not None:  # the client's buffer filled up again
            relay, self.pause_on_next_write = self.pause_on_next_write, None
            relay.pauseProducing()

    def flush(self) -> None:
        self.log.append("flush")

    def finish(self) -> None:
        self.finished = True

    def register_producer(self, producer: object) -> None:
        self.producer = producer

    def unregister_producer(self) -> None:
        self.producer = None


class CountingStage:
    """A guard stage that passes events through and remembers what it was fed."""

    def __init__(self) -> None:
        self.fed: list[bytes] = []

    def feed(self, events: bytes) -> bytes:
        self.fed.append(events)
        return events

    def finish(self) -> bytes:
        return b""


class FakeUpstreamTransport:
    def __init__(self) -> None:
        self.paused = False
        self.stopped = False

    def pauseProducing(self) -> None:
        self.paused = True

    def resumeProducing(self) -> None:
        self.paused = False

    def stopProducing(self) -> None:
        self.stopped = True


class StreamRelayTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.clock = Clock()
        self.sink = RecordingSink()
        self.ended: list[StreamRelay] = []
        self.record = ExchangeRecord(request_id="r", endpoint="chat_completions", started_at=0.0)
        self.relay = StreamRelay(self.sink, self.clock, 10.0, self.record, self.ended.append)
        self.upstream = FakeUpstreamTransport()
        self.relay.makeConnection(self.upstream)

    def test_registers_as_the_clients_producer_before_writing(self) -> None:
        self.assertIs(self.sink.producer, self.relay)

    def test_complete_events_are_written_as_they_arrive(self) -> None:
        self.relay.dataReceived(EVENT)
        self.assertEqual(self.sink.written, [EVENT])

    def test_the_first_write_is_flushed_and_later_ones_are_left_to_the_reactor(self) -> None:
        for _ in range(3):
            self.relay.dataReceived(EVENT)
        self.assertEqual(self.sink.log, ["write", "flush", "write", "write"])

    def test_a_partial_first_event_is_not_flushed_until_it_is_complete(self) -> None:
        self.relay.dataReceived(EVENT[:7])
        self.assertEqual(self.sink.log, [])
        self.relay.dataReceived(EVENT[7:])
        self.assertEqual(self.sink.log, ["write", "flush"])

    def test_a_partial_event_is_held_back(self) -> None:
        self.relay.dataReceived(EVENT[:7])
        self.assertEqual(self.sink.written, [])
        self.relay.dataReceived(EVENT[7:])
        self.assertEqual(self.sink.written, [EVENT])

    def test_clean_end_finishes_the_response(self) -> None:
        self.relay.dataReceived(EVENT + DONE)
        self.relay.connectionLost(Failure(ResponseDone()))
        self.assertTrue(self.sink.finished)
        self.assertIsNone(self.sink.producer)
        self.assertEqual(self.relay.state, RelayState.DONE)
        self.assertTrue(self.record.completed)
        self.assertEqual(self.ended, [self.relay])

    def test_a_body_ending_cleanly_before_done_writes_the_error_event(self) -> None:
        self.relay.dataReceived(EVENT)
        self.relay.connectionLost(Failure(ResponseDone()))
        self.assertEqual(self.sink.written[0], EVENT)
        self.assertIn(b"without [DONE]", self.sink.written[1])
        self.assertTrue(self.sink.written[1].endswith(DONE))
        self.assertEqual((self.relay.state, self.record.error_type), (RelayState.UPSTREAM_FAILED, "upstream_reset"))

    def test_close_delimited_body_with_done_is_a_clean_end(self) -> None:
        self.relay.dataReceived(EVENT + DONE)
        self.relay.connectionLost(Failure(PotentialDataLoss()))
        self.assertEqual(self.relay.state, RelayState.DONE)

    def test_connection_lost_mid_stream_writes_the_error_event(self) -> None:
        self.relay.dataReceived(EVENT + b"data: {part")
        self.relay.connectionLost(Failure(ConnectionLost()))
        self.assertEqual(self.sink.written[0], EVENT)
        self.assertIn(b'"code":"STREAM_ERROR"', self.sink.written[1])
        self.assertTrue(self.sink.written[1].endswith(DONE))
        self.assertTrue(self.sink.finished)
        self.assertEqual(self.record.error_type, "upstream_reset")
        self.assertFalse(self.record.completed)

    def test_silence_past_the_idle_timeout_cuts_the_stream(self) -> None:
        self.relay.dataReceived(EVENT)
        self.clock.advance(9.9)
        self.assertFalse(self.sink.finished)
        self.clock.advance(0.2)
        self.assertTrue(self.sink.finished)
        self.assertTrue(self.upstream.stopped)
        self.assertEqual(self.record.error_type, "upstream_timeout")

    def test_every_byte_restarts_the_idle_timeout(self) -> None:
        for _ in range(5):
            self.clock.advance(8)
            self.relay.dataReceived(b"data: x")
        self.assertFalse(self.sink.finished)
        self.clock.advance(10)
        self.assertTrue(self.sink.finished)

    def test_what_arrives_while_the_client_is_not_reading_waits_unprocessed(self) -> None:
        stage = CountingStage()
        relay = StreamRelay(self.sink, self.clock, 10.0, self.record, self.ended.append, guard=stage)
        relay.makeConnection(self.upstream)
        relay.dataReceived(EVENT)
        relay.pauseProducing()
        relay.dataReceived(EVENT + EVENT[:9])
        relay.dataReceived(EVENT[9:])
        self.assertEqual((self.sink.written, stage.fed), ([EVENT], [EVENT]))
        relay.resumeProducing()
        self.assertEqual(b"".join(self.sink.written), EVENT * 3)
        self.assertFalse(self.upstream.paused)

    def test_a_client_that_pauses_again_while_catching_up_keeps_the_rest_waiting(self) -> None:
        self.relay.pauseProducing()
        self.relay.dataReceived(EVENT)
        self.relay.dataReceived(DONE)
        self.sink.pause_on_next_write = self.relay
        self.relay.resumeProducing()
        self.assertEqual(self.sink.written, [EVENT])
        self.assertTrue(self.upstream.paused)
        self.relay.resumeProducing()
        self.assertEqual(self.sink.written, [EVENT, DONE])

    def test_the_provider_ending_while_the_client_is_paused_still_delivers_everything(self) -> None:
        self.relay.pauseProducing()
        self.relay.dataReceived(EVENT)
        self.relay.dataReceived(DONE)
        self.relay.connectionLost(Failure(ResponseDone()))
        self.assertEqual(b"".join(self.sink.written), EVENT + DONE)
        self.assertEqual((self.relay.state, self.sink.finished, self.record.completed), (RelayState.DONE, True, True))

    def test_a_paused_stream_never_times_out(self) -> None:
        self.relay.pauseProducing()
        self.assertTrue(self.upstream.paused)
        self.clock.advance(100)
        self.assertFalse(self.sink.finished)
        self.relay.resumeProducing()
        self.assertFalse(self.upstream.paused)
        self.clock.advance(10.1)
        self.assertTrue(self.sink.finished)

    def test_client_gone_closes_upstream_and_writes_nothing_more(self) -> None:
        self.relay.dataReceived(EVENT)
        self.relay.stopProducing()
        self.assertTrue(self.upstream.stopped)
        self.relay.dataReceived(EVENT)
        self.relay.connectionLost(Failure(ConnectionLost()))
        self.assertEqual(self.sink.written, [EVENT])
        self.assertFalse(self.sink.finished)
        self.assertEqual(self.record.error_type, "client_disconnect")
        self.assertEqual(self.ended, [self.relay])
        self.assertEqual(self.clock.getDelayedCalls(), [])

    def test_tokens_are_counted_from_usage_or_content_deltas(self) -> None:
        self.relay.dataReceived(EVENT * 3)
        self.assertEqual(self.record.tokens, 3)
        self.relay.dataReceived(b'data: {"choices":[],"usage":{"prompt_tokens":4,"completion_tokens":11}}\n\n')
        self.assertEqual((self.record.tokens, self.record.prompt_tokens), (11, 4))


class BodyCollectorTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.clock = Clock()
        self.collector = BodyCollector(self.clock, 5.0, max_bytes=100)
        self.upstream = FakeUpstreamTransport()
        self.collector.makeConnection(self.upstream)
        self.results: list[object] = []
        self.collector.done.addBoth(self.results.append)

    def test_collects_the_whole_body(self) -> None:
        self.collector.dataReceived(b"{")
        self.collector.dataReceived(b"}")
        self.collector.connectionLost(Failure(ResponseDone()))
        self.assertEqual(self.results, [b"{}"])

    def test_too_large_a_body_fails_and_closes(self) -> None:
        self.collector.dataReceived(b"x" * 101)
        self.assertTrue(self.upstream.stopped)
        self.assertIsInstance(self.results[0], Failure)
        self.assertTrue(self.results[0].check(BodyTooLarge))  # type: ignore[union-attr]

    def test_silence_fails_with_a_timeout(self) -> None:
        self.collector.dataReceived(b"{")
        self.clock.advance(4)
        self.collector.dataReceived(b"x")
        self.clock.advance(4)
        self.assertEqual(self.results, [])
        self.clock.advance(1.1)
        self.assertTrue(self.upstream.stopped)
        self.assertIsInstance(self.results[0], Failure)

    def test_cancel_closes_without_an_answer(self) -> None:
        self.collector.cancel()
        self.collector.connectionLost(Failure(ConnectionLost()))
        self.assertTrue(self.upstream.stopped)
        self.assertEqual(self.results, [])
        self.assertEqual(self.clock.getDelayedCalls(), [])


class HeartbeatTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.clock = Clock()
        self.sink = RecordingSink()
        self.record = ExchangeRecord(request_id="r", endpoint="chat_completions", started_at=0.0)
        self.relay = StreamRelay(self.sink, self.clock, 60.0, self.record, lambda relay: None, heartbeat=15.0)
        self.upstream = FakeUpstreamTransport()
        self.relay.makeConnection(self.upstream)

    def test_a_quiet_stream_gets_a_keep_alive_comment_every_heartbeat(self) -> None:
        self.clock.advance(14.9)
        self.assertEqual(self.sink.written, [])
        self.clock.advance(0.2)
        self.assertEqual(self.sink.written, [b": keep-alive\n\n"])
        self.clock.advance(15)
        self.assertEqual(self.sink.written, [b": keep-alive\n\n"] * 2)

    def test_events_postpone_the_heartbeat(self) -> None:
        for _ in range(6):
            self.clock.advance(10)
            self.relay.dataReceived(EVENT)
        self.assertEqual(self.sink.written, [EVENT] * 6)

    def test_the_idle_timeout_still_cuts_a_silent_provider(self) -> None:
        self.clock.pump([0.5] * 121)
        self.assertTrue(self.sink.finished)
        self.assertEqual(self.sink.written.count(b": keep-alive\n\n"), 3)
        self.assertIn(b"STREAM_ERROR", self.sink.written[-1])

    def test_no_heartbeat_while_the_client_is_not_reading(self) -> None:
        self.relay.pauseProducing()
        self.clock.advance(100)
        self.assertEqual(self.sink.written, [])


class UppercaseStage:
    """A guard stage that rewrites what passes and ends the stream at a marker."""

    def __init__(self) -> None:
        self.finished = False

    def feed(self, events: bytes) -> bytes:
        if b"STOP" in events:
            raise StreamCut(b"data: cut\n\n" + DONE)
        return events.upper()

    def finish(self) -> bytes:
        self.finished = True
        return b"data: last\n\n"


class Reversing:
    """A provider translation that reverses what it is given."""

    def feed(self, events: bytes) -> bytes:
        return events[::-1]

    def finish(self) -> bytes:
        return b""


class GuardStageTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.clock = Clock()
        self.sink = RecordingSink()
        self.ended: list[StreamRelay] = []
        self.record = ExchangeRecord(request_id="r", endpoint="chat_completions", started_at=0.0)
        self.stage = UppercaseStage()
        self.relay = StreamRelay(self.sink, self.clock, 10.0, self.record, self.ended.append, guard=self.stage)
        self.upstream = FakeUpstreamTransport()
        self.relay.makeConnection(self.upstream)

    def test_the_guard_sees_events_before_they_are_written(self) -> None:
        self.relay.dataReceived(EVENT)
        self.assertEqual(self.sink.written, [EVENT.upper()])

    def test_the_guard_sees_what_the_providers_translation_made(self) -> None:
        relay = StreamRelay(
            self.sink, self.clock, 10.0, self.record, self.ended.append, transform=Reversing(), guard=self.stage
        )
        relay.makeConnection(FakeUpstreamTransport())
        relay.dataReceived(b"data: ab\n\n")
        self.assertEqual(self.sink.written, [b"\n\nBA :ATAD"])

    def test_a_clean_end_writes_what_the_guard_still_held(self) -> None:
        self.relay.dataReceived(EVENT + DONE)
        self.relay.connectionLost(Failure(ResponseDone()))
        self.assertTrue(self.stage.finished)
        self.assertEqual(self.sink.written, [(EVENT + DONE).upper(), b"data: last\n\n"])
        self.assertTrue(self.sink.finished)

    def test_a_cut_from_the_guard_ends_the_stream_and_closes_the_provider(self) -> None:
        self.relay.dataReceived(EVENT)
        self.relay.dataReceived(b'data: {"STOP": true}\n\n')
        self.assertEqual(self.sink.written, [EVENT.upper(), b"data: cut\n\n" + DONE])
        self.assertTrue(self.sink.finished)
        self.assertTrue(self.upstream.stopped)
        self.assertEqual(self.relay.state, RelayState.CUT)
        self.assertEqual((self.record.error_type, self.record.completed), ("output_blocked", False))
        self.assertEqual(self.ended, [self.relay])
        self.assertEqual(self.clock.getDelayedCalls(), [])

    def test_a_cut_from_outside_ends_the_stream_once(self) -> None:
        self.relay.cut(b"data: timed out\n\n" + DONE)
        self.relay.cut(b"data: again\n\n")
        self.relay.dataReceived(EVENT)
        self.assertEqual(self.sink.written, [b"data: timed out\n\n" + DONE])
        self.assertTrue(self.upstream.stopped)
        self.assertEqual(self.ended, [self.relay])


class BrokenTranslation:
    """A provider translation with a bug: it raises on an event holding C{odd}."""

    def feed(self, events: bytes) -> bytes:
        if b"odd" in events:
            raise KeyError("choices")
        return events

    def finish(self) -> bytes:
        return b""


class FaultTests(SynchronousTestCase):
    """A stage of KoreShield's own raising ends the stream with an error event, blamed on KoreShield."""

    def test_a_translation_fault_ends_the_stream_after_what_was_sent_and_closes_the_provider(self) -> None:
        clock, sink, ended = Clock(), RecordingSink(), []
        record = ExchangeRecord(request_id="r", endpoint="chat_completions", started_at=0.0)
        relay = StreamRelay(sink, clock, 10.0, record, ended.append, transform=BrokenTranslation())
        upstream = FakeUpstreamTransport()
        relay.makeConnection(upstream)
        relay.dataReceived(EVENT)
        relay.dataReceived(b'data: {"odd": 1}\n\n')
        relay.dataReceived(EVENT)
        self.assertEqual(
            sink.written, [EVENT, stream_error_event("KoreShield failed to relay the rest of this answer.")]
        )
        self.assertEqual((sink.finished, upstream.stopped, relay.state), (True, True, RelayState.FAULT))
        self.assertEqual((record.error_type, record.completed), ("internal_error", False))
        self.assertEqual((ended, clock.getDelayedCalls()), ([relay], []))
        self.assertEqual(len(self.flushLoggedErrors(KeyError)), 1)


class FailingSink(RecordingSink):
    """A client whose connection fails under a write (gone mid-write, a transport error) from C{failing_from} on."""

    def __init__(self, failing_from: int) -> None:
        super().__init__()
        self.failing_from = failing_from
        self.tries = 0

    def write(self, data: bytes) -> None:
        self.tries += 1
        if self.tries > self.failing_from:
            raise ConnectionLost("the client went away mid-write")
        super().write(data)


class SinkFaultTests(SynchronousTestCase):
    """A fault whose error event cannot be written still ends the stream once: provider closed, told once, one log."""

    def relay(self, sink: RecordingSink) -> tuple[StreamRelay, FakeUpstreamTransport, list[StreamRelay], Clock]:
        clock, ended = Clock(), []
        record = ExchangeRecord(request_id="r", endpoint="chat_completions", started_at=0.0)
        relay = StreamRelay(sink, clock, 10.0, record, ended.append, transform=BrokenTranslation())
        upstream = FakeUpstreamTransport()
        relay.makeConnection(upstream)
        return relay, upstream, ended, clock

    def test_a_fault_whose_error_event_fails_to_write_ends_the_stream_once(self) -> None:
        sink = FailingSink(failing_from=1)
        relay, upstream, ended, clock = self.relay(sink)
        relay.dataReceived(EVENT)
        relay.dataReceived(b'data: {"odd": 1}\n\n')
        relay.dataReceived(EVENT)
        self.assertEqual((sink.written, sink.tries), ([EVENT], 2))
        self.assertEqual(
            (upstream.stopped, relay.state, ended, clock.getDelayedCalls()), (True, RelayState.FAULT, [relay], [])
        )
        self.assertEqual(len(self.flushLoggedErrors(KeyError)), 1)
        self.assertEqual(self.flushLoggedErrors(), [])

    def test_a_write_failing_mid_stream_is_one_fault_not_a_second_one_writing_its_error(self) -> None:
        sink = FailingSink(failing_from=0)
        relay, upstream, ended, clock = self.relay(sink)
        relay.dataReceived(EVENT)
        relay.connectionLost(Failure(ResponseDone()))
        self.assertEqual((sink.written, sink.tries), ([], 2))
        self.assertEqual(
            (upstream.stopped, relay.state, ended, clock.getDelayedCalls()), (True, RelayState.FAULT, [relay], [])
        )
        self.assertEqual(len(self.flushLoggedErrors(ConnectionLost)), 1)
        self.assertEqual(self.flushLoggedErrors(), [])


class NonJsonEventTests(SynchronousTestCase):
    """An OpenAI stream carries JSON objects: anything else ends it with an error event, what came before intact."""

    def setUp(self) -> None:
        self.sink = RecordingSink()
        self.record = ExchangeRecord(request_id="r", endpoint="chat_completions", started_at=0.0)
        self.relay = StreamRelay(self.sink, Clock(), 10.0, self.record, lambda relay: None)
        self.upstream = FakeUpstreamTransport()
        self.relay.makeConnection(self.upstream)

    def test_events_before_the_bad_one_in_the_same_read_go_out_then_the_error(self) -> None:
        self.relay.dataReceived(EVENT + b"data: <html>502</html>\n\n" + EVENT)
        self.assertEqual(self.sink.written[0], EVENT)
        self.assertIn(b"STREAM_ERROR", self.sink.written[1])
        self.assertEqual(self.relay.state, RelayState.UPSTREAM_FAILED)
        self.assertEqual(self.record.error_type, "malformed_upstream")
        self.assertTrue(self.upstream.stopped)

    def test_comments_done_and_objects_split_over_data_lines_pass(self) -> None:
        events = b": ping\n\n" + b'data: {"a":\ndata: 1}\n\n' + EVENT + DONE
        self.relay.dataReceived(events)
        self.relay.connectionLost(Failure(ResponseDone()))
        self.assertEqual(self.sink.written, [events])
        self.assertEqual(self.relay.state, RelayState.DONE)

    def test_a_last_event_without_its_blank_line_is_checked_too(self) -> None:
        self.relay.dataReceived(EVENT + DONE + b"data: {cut")
        self.relay.connectionLost(Failure(ResponseDone()))
        self.assertIn(b"STREAM_ERROR", self.sink.written[-1])
        self.assertEqual(self.record.error_type, "malformed_upstream")
