"""
Upstream body -> client: the unbuffered SSE relay, and its non-streaming twin.

test-case-name: tests.test_relay

L{StreamRelay} is the L{IProtocol} a provider's response body is delivered
to, and the L{IPushProducer} registered on the client's request, so the two
TCP connections are coupled both ways:

  - every complete event is written to the client the moment it arrives,
    bytes unchanged, in order (nothing is held but an incomplete event);
  - a client that reads slowly pauses the provider's connection (TCP
    backpressure end to end: memory stays bounded);
  - a client that goes away closes the provider's connection at once
    (providers bill for tokens nobody reads);
  - a provider that breaks mid-stream (reset, silence past the idle
    timeout, malformed framing, an event that is not JSON) ends the stream with an error event and
    C{[DONE]}: the client never hangs and never sees a silent truncation;
  - any provider key an event quotes (an error event's message, say) is
    replaced by C{[REDACTED]} before the event goes anywhere;
  - an optional guard stage (the output guard) sees the events after the
    provider's translation and may rewrite them or end the stream
    (L{StreamCut}, L{StreamRelay.cut}), which closes the provider's
    connection too;
  - a fault of KoreShield's own (a translation or a guard raising what
    nobody expected on one odd event) ends the stream as a provider's
    failure does, with an error event and C{[DONE]} after what was already
    sent, and is logged and counted as C{internal_error}: the fault is
    ours, so it is not blamed on the provider, and no client waits for an
    idle timeout after it.

The relay's state is explicit (L{RelayState}); every way a stream can end
goes through L{StreamRelay._end}, which runs exactly once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from twisted.internet.defer import Deferred
from twisted.internet.error import TimeoutError
from twisted.internet.interfaces import IDelayedCall, IPushProducer, IReactorTime
from twisted.internet.protocol import Protocol
from twisted.logger import Logger
from twisted.python.failure import Failure
from twisted.web.client import ResponseDone
from twisted.web.http import PotentialDataLoss
from zope.interface import implementer

from koreshield.errors import stream_error_event
from koreshield.flush import client_transport, flush, socket_connection, write_held
from koreshield.providers.base import EventTransform
from koreshield.providers.translation import MalformedUpstream
from koreshield.scrub import scrub
from koreshield.sse import KEEPALIVE_COMMENT, EventFramer, MalformedStream, first_non_json_event
from koreshield.stats import ExchangeRecord

_log = Logger(namespace="koreshield")

DONE_MARKER = b"data: [DONE]"
_BODY_ENDED = (ResponseDone, PotentialDataLoss)
"""How a body's connection ends when all of it arrived (L{PotentialDataLoss}: it was delimited by the close)."""


class RelayState(enum.Enum):
    STREAMING = "streaming"
    DONE = "done"
    CLIENT_GONE = "client_gone"
    UPSTREAM_FAILED = "upstream_failed"
    CUT = "cut"
    FAULT = "fault"


class StreamCut(Exception):
    """
    Raised by a relay stage to end the stream now: C{last_events} are
    written, the response ends, the provider's connection is closed.
    """

    def __init__(self, last_events: bytes) -> None:
        super().__init__("the stream was cut")
        self.last_events = last_events


class ClientSink:
    """
    What the relay needs from the client's request, so tests can hand in a
    recording double instead of a whole L{twisted.web.server.Request}.
    """

    def write(self, data: bytes) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Send what was written so far now, not at the end of the reactor's turn (see L{koreshield.flush})."""

    def finish(self) -> None:
        raise NotImplementedError

    def register_producer(self, producer: IPushProducer) -> None:
        raise NotImplementedError

    def unregister_producer(self) -> None:
        raise NotImplementedError

    def client_gone(self) -> None:
        """
        The client went away: nothing more is written, and a sink that keeps
        writes for later (L{koreshield.http.ownership.HeldSink}) lets them go.
        """


class RequestSink(ClientSink):
    """A L{ClientSink} writing to a twisted.web request."""

    def __init__(self, request: Any) -> None:
        self._request = request
        self._write = request.write
        self._connection = socket_connection(client_transport(request))  # its socket's, found once

    def write(self, data: bytes) -> None:
        # Sent at the end of the provider's read that brought it (see koreshield.flush.held_sends).
        write_held(self._connection, self._write, data)

    def flush(self) -> None:
        flush(self._connection)

    def finish(self) -> None:
        if not self._request._disconnected and not self._request.finished:
            write_held(self._connection, _finish, self._request)

    def register_producer(self, producer: IPushProducer) -> None:
        self._request.registerProducer(producer, True)

    def unregister_producer(self) -> None:
        if self._request.channel is not None and self._request.producer is not None:
            self._request.unregisterProducer()
        else:
            # The client's connection is gone (twisted.web dropped the
            # channel, so there is nothing to unregister from): forget the
            # producer, which refers back to this request through its sink.
            self._request.producer = None


def _finish(request: Any) -> None:
    """End C{request}'s response (its last chunk goes out with the stream's last events)."""
    request.finish()


@implementer(IPushProducer)
class StreamRelay(Protocol):
    """
    Relays one streamed provider response to one client.

    @param sink: where the events go.
    @param clock: time source for the idle timeout.
    @param idle_timeout: seconds without a byte from the provider (while the
        client is not the one holding things up) before the stream is cut.
    @param record: filled in as the stream goes (first byte, end, outcome).
    @param on_end: called once, with this relay, when the stream has ended
        in any way.
    @param transform: the provider's translation into OpenAI's events.
    @param guard: a stage after the translation that may rewrite events or
        end the stream by raising L{StreamCut} (the output guard).
    @param secrets: the provider keys no event may carry to the client
        (L{koreshield.scrub.encoded_secrets}).
    """

    def __init__(
        self,
        sink: ClientSink,
        clock: IReactorTime,
        idle_timeout: float,
        record: ExchangeRecord,
        on_end: Callable[[StreamRelay], None],
        transform: EventTransform | None = None,
        heartbeat: float | None = None,
        guard: EventTransform | None = None,
        secrets: tuple[bytes, ...] = (),
    ) -> None:
        self._sink = sink
        self._secrets = secrets
        self._transform = transform
        self._guard = guard
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._record = record
        self._on_end = on_end
        self._framer = EventFramer()
        self._state = RelayState.STREAMING
        self._paused = False
        self._last_activity = clock.seconds()
        self._last_write = self._last_activity
        self._heartbeat = heartbeat or None
        self._idle_call: IDelayedCall | None = None
        self._saw_done = False
        self._upstream: IPushProducer | None = None
        self._stashed: list[bytes] = []

    @property
    def state(self) -> RelayState:
        return self._state

    # Upstream side: IProtocol, fed by Response.deliverBody.

    def connectionMade(self) -> None:
        self._upstream = self.transport  # type: ignore[assignment]
        self._sink.register_producer(self)
        self._schedule_idle_check(self._idle_timeout)

    def dataReceived(self, data: bytes) -> None:
        if self._state is not RelayState.STREAMING:
            return
        self._last_activity = self._clock.seconds()
        if self._paused:
            # The client stopped reading in the middle of what the provider's
            # transport had already read (it is paused now, so this is at
            # most the rest of one read).  Keep the bytes as they came: the
            # framing, translation and guard work waits until the client
            # reads again, and is never spent on a client that never does.
            self._stashed.append(data)
            return
        self._relay(data)

    def _relay_stashed(self, while_paused: bool) -> None:
        """Relay what waited while the client was not reading, stopping if it stops again (unless C{while_paused})."""
        while self._stashed and self._state is RelayState.STREAMING and (while_paused or not self._paused):
            self._relay(self._stashed.pop(0))

    def _relay(self, data: bytes) -> None:
        try:
            self._relay_read(data)
        except Exception:
            self.fault()

    def _relay_read(self, data: bytes) -> None:
        malformed_at = -1
        try:
            events = self._framer.feed(data)
            if events and self._transform is not None:
                events = self._transform.feed(events)
            elif events:
                malformed_at = first_non_json_event(events)
                if malformed_at >= 0:
                    events = events[:malformed_at]  # what came before it still goes out
            if events and self._secrets:
                events = scrub(events, self._secrets)
            if events.find(DONE_MARKER) >= 0:  # not C{in}: see L{koreshield.scrub.scrub}
                self._saw_done = True  # the provider's word, even while the guard still holds it back
            if events and self._guard is not None:
                events = self._guard.feed(events)
        except (MalformedStream, MalformedUpstream) as e:
            self._fail("malformed_upstream", f"The provider sent a malformed event stream: {e}")
            return
        except StreamCut as cut:
            self.cut(cut.last_events)
            return
        if events:
            first = self._record.first_byte_at is None
            if first:
                self._record.first_byte_at = self._last_activity
            self._record.count_events(events)
            self._last_write = self._last_activity
            self._sink.write(events)
            if first:
                self._sink.flush()  # the time to first token: not after the rest of this reactor turn
        if malformed_at >= 0 and self._state is RelayState.STREAMING:
            self._fail("malformed_upstream", "The provider sent a malformed event stream: an event is not JSON.")

    def connectionLost(self, reason: Failure = Failure(ResponseDone())) -> None:
        if self._state is not RelayState.STREAMING:
            return
        try:
            self._provider_ended(reason)
        except Exception:
            self.fault()

    def _provider_ended(self, reason: Failure) -> None:
        self._relay_stashed(while_paused=True)  # the provider is done: all of it goes out
        if self._state is not RelayState.STREAMING:
            return
        # An OpenAI stream is only known complete when it says so with
        # [DONE], however its body ended (a chunked body can end cleanly
        # after a provider's failure); a translated one when its translator
        # says so (its finish) and, delimited by the close, its connection
        # ended without error.
        body_ended = isinstance(reason.value, _BODY_ENDED)
        said_done = self._saw_done or DONE_MARKER in self._framer.pending
        ended_cleanly = body_ended and (said_done or self._transform is not None)
        if ended_cleanly and self._transform is not None:
            try:
                tail = self._transform.feed(self._framer.pending) + self._transform.finish()
            except MalformedUpstream as e:
                self._fail("malformed_upstream", f"The provider's stream ended badly: {e}")
                return
            self._saw_done = True
            self._write_tail(tail)
        elif ended_cleanly and first_non_json_event(self._framer.pending) >= 0:
            self._fail("malformed_upstream", "The provider's stream ended in an event that is not JSON.")
        elif ended_cleanly:
            self._write_tail(self._framer.pending)
        elif body_ended:
            self._fail("upstream_reset", "The provider's stream ended without [DONE]: the answer may be incomplete.")
        else:
            self._fail("upstream_reset", "The provider's connection broke before the answer was complete.")

    def _write_tail(self, tail: bytes) -> None:
        if self._secrets:
            tail = scrub(tail, self._secrets)
        if self._guard is not None:
            try:
                tail = self._guard.feed(tail) + self._guard.finish()
            except StreamCut as cut:
                self.cut(cut.last_events)
                return
        if tail.strip():
            if self._record.first_byte_at is None:
                self._record.first_byte_at = self._clock.seconds()
            self._record.count_events(tail)
            self._sink.write(tail)
        self._end(RelayState.DONE, None)

    def cut(self, last_events: bytes) -> None:
        """
        End the stream now with C{last_events} and close the provider's
        connection: the guard stopped the answer.
        """
        if self._state is not RelayState.STREAMING:
            return
        self._record.error_type = "output_blocked"
        if self._record.first_byte_at is None:
            self._record.first_byte_at = self._clock.seconds()
        self._record.count_events(last_events)
        self._end(RelayState.CUT, last_events)

    # Client side: IPushProducer, driven by the client's transport.

    def pauseProducing(self) -> None:
        if self._state is RelayState.STREAMING and not self._paused:
            self._paused = True
            assert self._upstream is not None
            self._upstream.pauseProducing()

    def resumeProducing(self) -> None:
        if self._state is RelayState.STREAMING and self._paused:
            self._paused = False
            self._last_activity = self._clock.seconds()
            if self._idle_call is not None and self._idle_call.active():
                self._idle_call.cancel()
            self._schedule_idle_check(self._idle_timeout)
            self._relay_stashed(while_paused=False)
            if self._state is RelayState.STREAMING and not self._paused:
                assert self._upstream is not None
                self._upstream.resumeProducing()

    def stopProducing(self) -> None:
        self.client_gone()

    def client_gone(self) -> None:
        """The client disconnected: close the provider's connection now."""
        if self._state is RelayState.STREAMING:
            self._record.error_type = "client_disconnect"
            self._end(RelayState.CLIENT_GONE, None)

    # The idle timeout and the heartbeat: one timer per stream, set for
    # whichever is due first and rescheduled lazily (never per event).

    def _schedule_idle_check(self, delay: float, heartbeat: bool = True) -> None:
        if heartbeat and self._heartbeat is not None:
            quiet_for = self._clock.seconds() - self._last_write
            delay = min(delay, max(self._heartbeat - quiet_for, 0.0))
        self._idle_call = self._clock.callLater(delay, self._check_idle)

    def _check_idle(self) -> None:
        self._idle_call = None
        if self._state is not RelayState.STREAMING:
            return
        if self._paused:
            # The client holds things up: neither silence nor heartbeats count.
            self._schedule_idle_check(self._idle_timeout, heartbeat=False)
            return
        now = self._clock.seconds()
        silent_for = now - self._last_activity
        if silent_for >= self._idle_timeout:
            self._fail(
                "upstream_timeout",
                f"The provider sent nothing for {self._idle_timeout:g} seconds.",
            )
            return
        if self._heartbeat is not None and now - self._last_write >= self._heartbeat:
            self._sink.write(KEEPALIVE_COMMENT)
            self._last_write = now
        self._schedule_idle_check(self._idle_timeout - silent_for)

    # Endings.

    def _fail(self, error_type: str, message: str) -> None:
        self._record.error_type = error_type
        self._end(RelayState.UPSTREAM_FAILED, stream_error_event(message))

    def fault(self) -> None:
        """
        A stage of ours raised (a translation, a guard, the guard's timer):
        log it (called in the C{except} block, so the traceback is the
        fault's) and end the stream with an error event.
        """
        _log.failure("Unhandled error relaying the stream of {request_id}", request_id=self._record.request_id)
        if self._state is RelayState.STREAMING:
            self._record.error_type = "internal_error"
            self._end(RelayState.FAULT, stream_error_event("KoreShield failed to relay the rest of this answer."))

    def _end(self, state: RelayState, last_words: bytes | None) -> None:
        self._state = state
        self._stashed.clear()
        self._record.ended_at = self._clock.seconds()
        self._record.completed = state is RelayState.DONE and self._saw_done
        if self._idle_call is not None and self._idle_call.active():
            self._idle_call.cancel()
        self._idle_call = None
        if state is not RelayState.DONE and self._upstream is not None:
            self._upstream.stopProducing()
        self._sink.unregister_producer()
        if state is RelayState.CLIENT_GONE:
            self._sink.client_gone()
        else:
            try:
                if last_words is not None:
                    self._sink.write(last_words)
                self._sink.finish()
            except Exception:
                # The client's connection failed under the last write.  A fault
                # was logged already (and may be this very connection failing):
                # one line per stream; the stream ends and its owner is told all the same.
                if state is not RelayState.FAULT:
                    _log.failure("Ending the stream of {request_id} failed", request_id=self._record.request_id)
        on_end, self._on_end = self._on_end, _ended
        on_end(self)  # told once; then it is let go of, so the exchange and the relay are freed without the GC


def _ended(relay: StreamRelay) -> None:
    """What a relay calls at its end once it has told its owner."""


class BodyTooLarge(Exception):
    """The provider's answer is larger than the proxy will hold."""


class BodyCollector(Protocol):
    """
    Collects a non-streamed provider answer, bounded in size and in silence.

    L{done} fires with the body, or fails with L{BodyTooLarge}, a timeout, or
    the connection's failure.  L{cancel} closes the connection (client gone).
    """

    def __init__(self, clock: IReactorTime, idle_timeout: float, max_bytes: int) -> None:
        self.done: Deferred[bytes] = Deferred()
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._max_bytes = max_bytes
        self._parts: list[bytes] = []
        self._size = 0
        self._idle_call: IDelayedCall | None = None
        self._finished = False
        self._upstream: IPushProducer | None = None

    def connectionMade(self) -> None:
        self._upstream = self.transport  # type: ignore[assignment]
        self._idle_call = self._clock.callLater(self._idle_timeout, self._timed_out)

    def dataReceived(self, data: bytes) -> None:
        if self._finished:
            return
        if self._idle_call is not None:
            self._idle_call.reset(self._idle_timeout)
        self._size += len(data)
        if self._size > self._max_bytes:
            self._abort(BodyTooLarge(f"answer larger than {self._max_bytes} bytes"))
            return
        self._parts.append(data)

    def connectionLost(self, reason: Failure = Failure(ResponseDone())) -> None:
        if self._finished:
            return
        self._finished = True
        self._cancel_timer()
        if isinstance(reason.value, _BODY_ENDED):  # Failure.check walks the class's ancestry by name
            self.done.callback(b"".join(self._parts))
        else:
            self.done.errback(reason)

    def cancel(self) -> None:
        """Stop collecting and close the provider's connection."""
        if not self._finished:
            self._finished = True
            self._cancel_timer()
            if self._upstream is not None:
                self._upstream.stopProducing()

    def _timed_out(self) -> None:
        self._idle_call = None
        self._abort(TimeoutError("the provider stopped sending its answer"))

    def _abort(self, error: Exception) -> None:
        self._finished = True
        self._cancel_timer()
        if self._upstream is not None:
            self._upstream.stopProducing()
        self.done.errback(Failure(error))

    def _cancel_timer(self) -> None:
        if self._idle_call is not None and self._idle_call.active():
            self._idle_call.cancel()
        self._idle_call = None
