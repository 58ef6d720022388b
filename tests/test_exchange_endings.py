"""
However a held stream's exchange ends, it ends once, for the cause that
came first, and lets go of what it held.

A create's stream, with client keys, is held from its first event until
its owner is written (a round trip to Redis); meanwhile the provider may
finish, fail or fall silent, the client may leave, and the write may
succeed or fail, in any order.  The client may also stop reading and read again, and the
provider send more than a hold keeps before pausing it.  Sequences of these, drawn at random with
fixed seeds, run against a real L{RelayExchange} (a fake clock, request,
provider and owner store), and after each the exchange must have:

  - logged exactly one line, and only once it was over;
  - written nothing to the request after the client's connection was lost;
  - recorded as its C{error_type} the cause that ended the stream first
    (the provider's error, or the client leaving before the stream had
    reached it), and no time to first byte when the client got no byte;
  - been let go of (with its request) once it was logged and the client is
    gone, even while the owner's write is still pending, and without
    waiting for the garbage collector.
"""

from __future__ import annotations

import gc
import json
import random
import weakref
from typing import Any

from twisted.internet.defer import Deferred
from twisted.internet.error import ConnectionLost
from twisted.internet.task import Clock
from twisted.python.failure import Failure
from twisted.trial.unittest import SynchronousTestCase
from twisted.web.client import ResponseDone
from twisted.web.http_headers import Headers

from koreshield.auth import ClientKey
from koreshield.config import settings_from_mapping
from koreshield.gateway import Gateway
from koreshield.http.chat import RelayExchange
from koreshield.http.ownership import HOLD_LIMIT, Ownership
from koreshield.observe import ExchangeObserver
from koreshield.providers.openai_compatible import OpenAICompatibleProvider
from koreshield.screen import CLEAN
from koreshield.sse import KEEPALIVE_COMMENT
from koreshield.state.faults import StateUnavailable
from koreshield.stats import ExchangeRecord
from tests.fake_provider import DONE, chunk
from tests.test_exchange_timing import Request
from tests.test_relay import FakeUpstreamTransport

IDLE_TIMEOUT = 30.0
BODY = json.dumps(
    {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": True, "store": True}
).encode()
PROVIDER_ERRORS = {"malformed": "malformed_upstream", "reset": "upstream_reset", "silent": "upstream_timeout"}
"""How the provider may end a stream badly, and the C{error_type} each is."""
SEEDS = range(400)


class ClientRequest(Request):
    """A request that notes anything written or finished after its client left, and pushes no producer."""

    channel = None
    producer: Any = None
    client_key = ClientKey("team-a", b"")

    def __init__(self, body: bytes) -> None:
        super().__init__(body)
        self.late: list[str] = []

    def registerProducer(self, producer: Any, streaming: bool) -> None:
        self.producer = producer

    def unregisterProducer(self) -> None:
        self.producer = None

    def write(self, data: bytes) -> None:
        if self._disconnected:
            self.late.append("write")
        super().write(data)

    def finish(self) -> None:
        if self._disconnected:
            self.late.append("finish")
        super().finish()


class StreamResponse:
    """A provider's 200 event stream, delivered to whoever the exchange hands it to."""

    code = 200
    headers = Headers({b"content-type": [b"text/event-stream"]})

    def __init__(self) -> None:
        self.protocol: Any = None
        self.transport = FakeUpstreamTransport()

    def deliverBody(self, protocol: Any) -> None:
        self.protocol = protocol
        protocol.makeConnection(self.transport)


class OneUpstream:
    """A provider client whose one request the test answers."""

    def __init__(self) -> None:
        self.pending: Deferred[Any] | None = None

    def try_acquire(self) -> bool:
        return True

    def release(self) -> None:
        pass

    def send(self, request: Any) -> Deferred[Any]:
        self.pending = Deferred()
        return self.pending


class HeldOwnerStore:
    """An owner store whose writes wait until the test answers them, as Redis's wait for a round trip."""

    def __init__(self) -> None:
        self.writes: list[Deferred[None]] = []

    def remember(self, kind: str, object_id: str, owner: str) -> Deferred[None]:
        written: Deferred[None] = Deferred()
        self.writes.append(written)
        return written


class Records(ExchangeObserver):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[ExchangeRecord] = []

    def exchange_finished(self, record: ExchangeRecord) -> None:
        self.records.append(record)


class Ending:
    """One exchange, driven by one random sequence, with a model of what its record must say."""

    def __init__(self, rng: random.Random, heartbeat: float = 0.0) -> None:
        self.rng = rng
        self.clock = Clock()
        self.store = HeldOwnerStore()
        self.observer = Records()
        self.upstream = OneUpstream()
        settings = settings_from_mapping(
            {
                "providers": {"p": {"base_url": "http://127.0.0.1:1/v1"}},
                "server": {"upstream_idle_timeout": IDLE_TIMEOUT, "sse_heartbeat": heartbeat},
            },
            {},
        )
        gateway = Gateway(
            settings=settings,
            clock=self.clock,
            providers={"p": OpenAICompatibleProvider("p", settings.providers["p"])},
            clients={"p": self.upstream},  # type: ignore[dict-item]
            screen=_Clean(),  # type: ignore[arg-type]
            observer=self.observer,
            owners=Ownership(self.store),  # type: ignore[arg-type]
        )
        self.request = ClientRequest(BODY)
        exchange = RelayExchange(self.request, gateway)
        self.exchange = weakref.ref(exchange)
        exchange.start()
        assert self.upstream.pending is not None
        self.response = StreamResponse()
        self.upstream.pending.callback(self.response)
        self.events_sent = 0
        self.client_paused = False
        self.provider_ended = False
        self.gone = False
        self.write_answered = False
        self.first_cause: str | None = None  # what ended the stream first: a provider error or the client leaving
        self.stream_ended_well = False
        self.steps: list[str] = []

    # The moves.

    def possible(self) -> list[str]:
        moves = []
        if not self.provider_ended and not self.gone:
            if self.response.transport.paused:  # by the client not reading, or by the hold past its bound
                moves += ["reset", "wait"]
            else:
                moves += ["event", "event", "burst", "done", "malformed", "reset", "silent"]
        if not self.gone:
            moves.append("leave")
            if self.request.producer is not None:
                moves.append("read" if self.client_paused else "stop_reading")
        if self.store.writes and not self.write_answered:
            moves += ["written", "write_failed"]
        return moves

    def run(self) -> None:
        while True:
            moves = self.possible()
            if not moves:
                return
            move = self.rng.choice(moves)
            self.steps.append(move)
            getattr(self, "do_" + move)()

    def feed(self, data: bytes) -> None:
        self.response.protocol.dataReceived(data)

    def do_event(self) -> None:
        self.feed(chunk("", role="assistant") if self.events_sent == 0 else chunk(f"w{self.events_sent}"))
        self.events_sent += 1

    def do_done(self) -> None:
        self.feed(DONE)
        self.response.protocol.connectionLost(Failure(ResponseDone()))
        self.end_stream(None)

    def do_malformed(self) -> None:
        self.feed(b"data: not json\n\n")
        self.end_stream("malformed")

    def do_reset(self) -> None:
        self.response.protocol.connectionLost(Failure(ConnectionLost()))
        self.end_stream("reset")

    def do_burst(self) -> None:
        """More than a hold keeps before it pauses the provider."""
        for _ in range(HOLD_LIMIT // 1024 + 2):
            self.feed(chunk("x" * 1024))
        self.events_sent += 1

    def do_silent(self) -> None:
        self.clock.advance(IDLE_TIMEOUT)
        self.end_stream("silent")

    def do_wait(self) -> None:
        """Time passes while the provider is paused: no silence of its own."""
        self.clock.advance(IDLE_TIMEOUT)

    def do_stop_reading(self) -> None:
        self.client_paused = True
        self.request.producer.pauseProducing()

    def do_read(self) -> None:
        self.client_paused = False
        self.request.producer.resumeProducing()

    def end_stream(self, error: str | None) -> None:
        self.provider_ended = True
        if error is not None:
            self.first_cause = self.first_cause or PROVIDER_ERRORS[error]
        else:
            self.stream_ended_well = True

    def do_leave(self) -> None:
        self.gone = True
        if not self.reached_the_client_whole:
            self.first_cause = self.first_cause or "client_disconnect"
        self.request.connectionLost(ConnectionLost())

    @property
    def reached_the_client_whole(self) -> bool:
        """Whether the stream ended well and all of it was sent: the exchange is over, a leaving client is late."""
        not_held = not self.store.writes or self.write_answered
        return self.stream_ended_well and not_held

    def do_written(self) -> None:
        self.write_answered = True
        self.store.writes[0].callback(None)

    def do_write_failed(self) -> None:
        self.write_answered = True
        self.store.writes[0].errback(StateUnavailable("remember_owner", "timed out"))

    # What must hold.

    @property
    def client_got_an_event(self) -> bool:
        return any(data.strip() and data != KEEPALIVE_COMMENT for data in self.request.written)


class _Clean:
    def screen(self, chat: Any, record: Any) -> Any:
        return CLEAN


class HeldStreamEndingsTests(SynchronousTestCase):
    def endings(self) -> Any:
        for seed in SEEDS:
            ending = Ending(random.Random(seed))
            ending.run()
            yield seed, ending

    def test_each_exchange_is_logged_once(self) -> None:
        for seed, ending in self.endings():
            self.assertEqual(len(ending.observer.records), 1, (seed, ending.steps))

    def test_nothing_is_written_to_a_request_after_its_client_left(self) -> None:
        for seed, ending in self.endings():
            self.assertEqual(ending.request.late, [], (seed, ending.steps))

    def test_the_record_keeps_the_cause_that_came_first(self) -> None:
        for seed, ending in self.endings():
            [record] = ending.observer.records
            self.assertEqual(record.error_type, ending.first_cause, (seed, ending.steps))
            self.assertEqual(record.completed, ending.first_cause is None, (seed, ending.steps))

    def test_a_client_that_got_no_event_has_no_first_byte(self) -> None:
        for seed, ending in self.endings():
            [record] = ending.observer.records
            if not ending.client_got_an_event:
                self.assertIsNone(record.first_byte_at, (seed, ending.steps))

    def test_an_exchange_that_ended_is_freed_without_the_garbage_collector(self) -> None:
        """
        By reference counting alone, at its end: not at the collector's next
        pass, which may come long after on a busy proxy, keeping its request.
        """
        gc.collect()
        gc.disable()
        self.addCleanup(gc.enable)
        for seed in SEEDS:
            ending = Ending(random.Random(seed))
            ending.run()
            if ending.store.writes and not ending.write_answered:
                ending.do_written()
            exchange, steps = ending.exchange, ending.steps
            del ending
            self.assertIsNone(exchange(), (seed, steps))

    def test_an_exchange_whose_client_left_is_let_go_of_before_its_owner_is_written(self) -> None:
        checked = 0
        for seed in SEEDS:
            ending = Ending(random.Random(seed))
            ending.possible = lambda ending=ending: [  # type: ignore[method-assign]
                move for move in Ending.possible(ending) if move not in ("written", "write_failed")
            ]
            ending.run()
            if not ending.store.writes:
                continue
            request = weakref.ref(ending.request)
            del ending.request, ending.response
            gc.collect()
            self.assertEqual((ending.exchange(), request()), (None, None), (seed, ending.steps))
            ending.store.writes[0].callback(None)
            checked += 1
        self.assertGreater(checked, len(SEEDS) // 4)


class KeepAliveBeforeTheFirstEventTests(SynchronousTestCase):
    """
    A provider silent past the heartbeat before its first event: the client
    gets a keep-alive comment, not an event, and its time to first token is
    still that of its first event, sent at the release (or never).
    """

    def setUp(self) -> None:
        self.ending = Ending(random.Random(0), heartbeat=15.0)
        self.ending.clock.advance(16.0)
        self.assertEqual(self.ending.request.written, [b"", KEEPALIVE_COMMENT])
        self.ending.do_event()  # it carries the id: held while its owner is written
        self.ending.clock.advance(2.0)

    def test_a_client_gone_before_the_release_has_no_first_byte(self) -> None:
        self.ending.do_leave()
        [record] = self.ending.observer.records
        self.assertEqual((record.error_type, record.first_byte_at), ("client_disconnect", None))

    def test_the_first_byte_is_the_release(self) -> None:
        self.ending.do_written()
        self.ending.do_done()
        [record] = self.ending.observer.records
        self.assertEqual((record.error_type, record.first_byte_at), (None, 18.0))
