"""
A client key reaches only the stored responses and stored chat completions
it made.

test-case-name: tests.test_stored_owners, tests.test_held_streams

The provider keeps them under KoreShield's one account, so without this any
key that knows an id could read, update, cancel or delete another tenant's.
With client keys configured:

  - the create answer of C{POST /v1/responses} (unless C{store: false}) and
    of C{POST /v1/chat/completions} with C{store: true} has its C{id}
    remembered as the key's (a stream's from its first event that carries
    one), in the state backend's L{OwnerStore}, and the client is sent it
    once that write is done: the maker's next request, to whichever process
    sharing the store, finds its owner.  The memory store writes at once;
    Redis costs the answer (a stream: its first event) one round trip, at
    most C{state.timeout_ms}, while which a stream keeps at most
    L{HOLD_LIMIT} bytes (and one read) before its provider is paused.  A write that fails leaves the object nobody's
    and the answer is sent all the same: the provider made the object
    already, and withholding its answer would lose the client's output
    without giving the object back to anyone;
  - a request that names an id (retrieve, stream replay, cancel, delete,
    input items; retrieve, update, delete, messages) from any other key, or
    for an id with no owner remembered, is answered the provider's own 404
    for an unknown id, never relayed: a key cannot even learn that another
    key's id exists;
  - a failed owner lookup is a 503 whatever C{state.on_error} says (failing
    open would hand the object to anyone).

With no client keys (one tenant) nothing is remembered or checked.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IPushProducer
from twisted.logger import Logger
from twisted.python.failure import Failure
from twisted.web.server import NOT_DONE_YET
from zope.interface import implementer

from koreshield.errors import APIError
from koreshield.http.detachable import DetachableCall
from koreshield.http.respond import write_error, write_json
from koreshield.parse import JSONObject
from koreshield.providers.base import EventTransform
from koreshield.relay import ClientSink
from koreshield.sse import KEEPALIVE_COMMENT, parse_events
from koreshield.state.faults import STATE_UNAVAILABLE, StateUnavailable
from koreshield.state.owners import OwnerStore

_log = Logger(namespace="koreshield.ownership")

NOT_OWNER = "not_owner"
"""
The C{error_type} logged (and so alertable) for the 404 a key gets for an id
it did not make; its answer says only what an unknown id's says.
"""


@dataclasses.dataclass(frozen=True)
class OwnedKind:
    """
    A kind of stored object.

    @ivar kind: its name in the owner store.
    @ivar noun: how the provider names it in a 404.
    @ivar stores: whether a create request's body has the provider store it.
    """

    kind: str
    noun: str
    stores: Callable[[JSONObject], bool]


STORED_RESPONSE = OwnedKind("response", "Response", lambda body: body.get("store") is not False)
"""The Responses API stores by default."""
STORED_COMPLETION = OwnedKind("chat_completion", "Chat completion", lambda body: body.get("store") is True)
"""Chat completions are stored only when asked."""


def created_id(document: Any) -> str | None:
    """The id of a create answer (C{id}), or of a Responses stream event's C{response}."""
    if not isinstance(document, dict):
        return None
    found = document.get("id")
    if isinstance(found, str) and found:
        return found
    response = document.get("response")
    found = response.get("id") if isinstance(response, dict) else None
    return found if isinstance(found, str) and found else None


def unknown_id(noun: str, object_id: str) -> bytes:
    """The body OpenAI answers (404) for an id it does not know."""
    error = {"message": f"{noun} with id '{object_id}' not found.", "type": "invalid_request_error"}
    return json.dumps({"error": {**error, "param": None, "code": None}}, separators=(",", ":")).encode("utf-8")


class Ownership:
    """Remembers who made each stored object and admits only its maker."""

    def __init__(self, store: OwnerStore) -> None:
        self._store = store

    def remember(self, kind: OwnedKind, object_id: str, owner: str) -> Deferred[None] | None:
        """
        Remember C{object_id} as C{owner}'s.

        @return: L{None} when written already (the memory store writes at
            once); else what fires once it is written, or once the write
            failed, which leaves the object nobody's (counted or logged,
            never raised).
        """
        writing = self._store.remember(kind.kind, object_id, owner).addErrback(_remember_failed, kind, object_id)
        written: list[None] = []
        writing.addCallback(written.append)  # not writing.called: one waiting on Redis is "called" already
        return None if written else writing

    def remember_answer(self, kind: OwnedKind, body: bytes, owner: str) -> Deferred[None] | None:
        """Remember the object a non-streamed create answer made: the write, or L{None} when it names none."""
        try:
            document = json.loads(body)
        except ValueError:
            return None
        object_id = created_id(document)
        return self.remember(kind, object_id, owner) if object_id is not None else None

    def admit(
        self,
        request: Any,
        kind: OwnedKind,
        object_id: str,
        proceed: Callable[[], object],
        refusal: APIError | None = None,
    ) -> object:
        """
        C{proceed()} when C{request}'s key made C{object_id} (or no keys are
        configured); otherwise answer C{refusal}, by default the provider's
        404 for an unknown id.
        """
        key = request.client_key
        if key is None:
            return proceed()

        def decided(owner: str | None) -> None:
            if request.finished or request._disconnected:
                return
            if owner == key.name:
                proceed()
            elif refusal is not None:
                write_error(request, refusal)
            else:
                write_json(request, 404, unknown_id(kind.noun, object_id), [], error_type=NOT_OWNER)

        def failed(failure: Failure) -> None:
            if request.finished or request._disconnected:
                return
            if failure.check(StateUnavailable) is not None:
                write_error(request, STATE_UNAVAILABLE)
            else:
                request.processingFailed(failure)

        def fault(failure: Failure) -> None:
            # proceed() raised: answered as a render that raises is (a 500), not left to hang.
            if not (request.finished or request._disconnected):
                request.processingFailed(failure)
            else:
                _log.failure("Relaying {request_id} failed", failure, request_id=request.request_id)

        self._store.owner(kind.kind, object_id).addCallbacks(decided, failed).addErrback(fault)
        return NOT_DONE_YET


def _remember_failed(failure: Failure, kind: OwnedKind, object_id: str) -> None:
    if failure.check(StateUnavailable) is None:
        _log.failure("Remembering the owner of {kind} {object_id} failed", failure, kind=kind.kind, object_id=object_id)


def recording_owner(
    sink: ClientSink,
    guard: EventTransform | None,
    remember: Callable[[str], Deferred[None] | None],
    first_byte_sent: Callable[[], None] | None = None,
) -> tuple[HeldSink, EventTransform]:
    """
    A stream's sink and guard stage for a create whose object is the key's:
    the id of the first event that carries one is remembered, and that event
    (with all after it) reaches the client once the write is done.

    @param remember: writes an id's owner: what fires once written, or
        L{None} when written already.
    @param first_byte_sent: called when the stream's first bytes, held, are
        let go (see L{HeldSink}).
    @return: the sink for the relay to write to, and the stage to run
        before C{guard} (or alone).
    """
    held = HeldSink(sink, first_byte_sent)
    return held, StreamOwnerRecorder(guard, lambda object_id: held.hold_until(remember(object_id)))


HOLD_LIMIT = 16 * 1024
"""
Bytes of a stream a hold keeps before it pauses the provider: a few dozen
events, so a short answer and a quick round trip to Redis need no pause, and
a slow Redis costs at most this (and the rest of the provider's read that
crossed it) per stream, never a whole answer.
"""


@implementer(IPushProducer)
class HeldSink(ClientSink):
    """
    A stream's sink that can hold what the relay writes until a write of
    ours is done (L{hold_until}), then lets it go, in order, at once.  With
    nothing to wait for (a write that was done at once: the memory store)
    it passes everything through and holds nothing.

    While holding more than C{limit} bytes, the relay (the producer it
    registers here) is paused, as for a client that reads slowly: the
    provider's connection is not read, so a fast provider and a slow (or
    stalled) Redis never pile up a whole answer in memory.  The release
    resumes it, after what was held has been sent.  So it sits between the
    client's request and the relay as the producer the request sees, and
    the two reasons to pause compose: the relay is paused while either the
    client or the hold wants it paused, and resumed only when neither does
    (a client that stopped reading stays paused through the release; a
    client that reads again while the hold pauses does not resume the
    provider).

    The relay stamps the time to first token when it writes its first
    events, which may be into the hold; when they were, the client's first
    byte leaves at the release, after the round trip to Redis, and
    C{first_byte_sent} is called then so the stamp can say so; a client
    that leaves before it got any event (L{sent_an_event}) has none.  A
    keep-alive comment sent while the provider was silent is no event.

    A client that goes away while held (L{client_gone}: told by the relay
    while it streams, by the exchange once the stream has ended into the
    hold) is sent nothing: what is held, its end too, is dropped at once,
    and what waits for the release runs then, so the exchange is finished
    and freed without waiting for Redis; the write goes on, but what it
    was to call (the release) is let go of (L{DetachableCall}), so it
    keeps neither this sink nor the client's request.
    """

    def __init__(
        self, sink: ClientSink, first_byte_sent: Callable[[], None] | None = None, limit: int = HOLD_LIMIT
    ) -> None:
        self._sink = sink
        self._held: list[tuple[Callable[..., None], tuple[Any, ...]]] | None = None
        self._held_bytes = 0
        self._limit = limit
        self._first_byte_sent = first_byte_sent
        self._sent_an_event = False  # whether an event (not a keep-alive) has reached the client's sink
        self._after_release: list[Callable[[], None]] = []
        self._release_when_written: DetachableCall | None = None
        self._producer: IPushProducer | None = None
        self._client_paused = False  # the client's transport asked for a pause
        self._hold_paused = False  # the hold paused the producer: it keeps more than its limit

    @property
    def holding(self) -> bool:
        """Whether writes are being held now."""
        return self._held is not None

    @property
    def sent_an_event(self) -> bool:
        """Whether an event has been sent on to the client (not merely held, nor a keep-alive comment)."""
        return self._sent_an_event

    @property
    def held_bytes(self) -> int:
        """How many bytes of the stream are held now."""
        return self._held_bytes if self._held is not None else 0

    def after_release(self, call: Callable[[], None]) -> None:
        """
        Call C{call} once what is held has been sent (at once when nothing
        is held): the exchange is logged and counted when its stream has
        reached the client, not when the relay wrote its end into the hold.
        """
        if self._held is None:
            call()
        else:
            self._after_release.append(call)

    def hold_until(self, written: Deferred[None] | None) -> None:
        """Hold every write from now on until C{written} fires (L{None}: it is done, nothing is held)."""
        if written is None or self._held is not None:
            return
        self._held = []
        self._held_bytes = 0
        self._release_when_written = DetachableCall(self._release)
        written.addBoth(self._release_when_written)

    def _release(self, result: object) -> None:
        self._release_when_written = None
        if self._held is None:  # the client left while held: nothing is sent
            return
        held, self._held = self._held, None  # from now on, writes pass through
        self._held_bytes = 0
        try:
            first_byte = not self._sent_an_event and any(
                call == self._sink.write and _is_event(*arguments) for call, arguments in held
            )
            if first_byte:
                self._sent_an_event = True
                if self._first_byte_sent is not None:
                    self._first_byte_sent()
            for call, arguments in held:
                call(*arguments)
            self._sink.flush()
        except Exception:
            _log.failure("Sending a held stream's events failed")
        self._pause(hold=False)  # after what was held: what the producer sends next comes after it
        self._run_after_release()

    def _run_after_release(self) -> None:
        after, self._after_release = self._after_release, []
        for call in after:
            try:
                call()
            except Exception:
                _log.failure("Ending a held stream failed")

    def _pause(self, *, client: bool | None = None, hold: bool | None = None) -> None:
        """
        Note whether the client (C{client}) or the hold (C{hold}) wants the
        producer paused, and pause or resume it when the answer to "does
        either?" changes: the one place the two reasons compose.
        """
        was_paused = self._client_paused or self._hold_paused
        if client is not None:
            self._client_paused = client
        if hold is not None:
            self._hold_paused = hold
        paused = self._client_paused or self._hold_paused
        if paused != was_paused and self._producer is not None:
            if paused:
                self._producer.pauseProducing()
            else:
                self._producer.resumeProducing()

    def write(self, data: bytes) -> None:
        if self._held is None:
            self._sent_an_event = self._sent_an_event or _is_event(data)
            self._sink.write(data)
            return
        self._held.append((self._sink.write, (data,)))
        self._held_bytes += len(data)
        if self._held_bytes > self._limit:
            self._pause(hold=True)

    def flush(self) -> None:
        if self._held is None:  # a held write is sent at once when let go
            self._sink.flush()

    def finish(self) -> None:
        if self._held is None:
            self._sink.finish()
        else:
            self._held.append((self._sink.finish, ()))

    def client_gone(self) -> None:
        if self._release_when_written is not None:
            self._release_when_written.detach()  # the write still pending keeps nothing of the stream or its request
            self._release_when_written = None
        self._first_byte_sent = None
        self._producer = None
        if self._held is not None:
            self._held = None  # and releases nothing
            self._held_bytes = 0
            self._run_after_release()
        self._sink.client_gone()

    def register_producer(self, producer: IPushProducer) -> None:
        self._producer = producer
        self._sink.register_producer(self)

    def unregister_producer(self) -> None:
        self._producer = None  # the producer refers back to this sink: no cycle is left behind
        self._sink.unregister_producer()

    # IPushProducer, driven by the client's transport: passed on unless the hold has the producer paused.

    def pauseProducing(self) -> None:
        self._pause(client=True)

    def resumeProducing(self) -> None:
        self._pause(client=False)

    def stopProducing(self) -> None:
        if self._producer is not None:
            self._producer.stopProducing()


def _is_event(data: bytes) -> bool:
    """Whether a write of the relay's is events, the first of which is the time to first token (not a keep-alive)."""
    return data != KEEPALIVE_COMMENT


class StreamOwnerRecorder:
    """
    A stream stage before the output guard (or alone): remembers the id of
    the first event that carries one, and passes every event on unchanged.
    """

    def __init__(self, guard: EventTransform | None, on_id: Callable[[str], None]) -> None:
        self._guard = guard
        self._on_id: Callable[[str], None] | None = on_id

    def feed(self, events: bytes) -> bytes:
        if self._on_id is not None:
            self._look_for_id(events)
        return self._guard.feed(events) if self._guard is not None else events

    def finish(self) -> bytes:
        return self._guard.finish() if self._guard is not None else b""

    def _look_for_id(self, events: bytes) -> None:
        for _, data in parse_events(events):
            if not data.startswith("{"):
                continue
            try:
                document = json.loads(data)
            except ValueError:
                continue
            object_id = created_id(document)
            if object_id is not None and self._on_id is not None:
                on_id, self._on_id = self._on_id, None
                on_id(object_id)
                return
