"""
A client key reaches only the stored responses and stored chat completions
it made.

test-case-name: tests.test_stored_owners

The provider keeps them under KoreShield's one account, so without this any
key that knows an id could read, update, cancel or delete another tenant's.
With client keys configured:

  - the create answer of C{POST /v1/responses} (unless C{store: false}) and
    of C{POST /v1/chat/completions} with C{store: true} has its C{id}
    remembered as the key's (a stream's from its first event that carries
    one), in the state backend's L{OwnerStore}, before the client is sent
    it;
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

from twisted.logger import Logger
from twisted.python.failure import Failure
from twisted.web.server import NOT_DONE_YET

from koreshield.errors import APIError
from koreshield.http.respond import write_error, write_json
from koreshield.parse import JSONObject
from koreshield.providers.base import EventTransform
from koreshield.sse import parse_events
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

    def remember(self, kind: OwnedKind, object_id: str, owner: str) -> None:
        """Remember C{object_id} as C{owner}'s; a failed write leaves it nobody's (logged, not raised)."""
        self._store.remember(kind.kind, object_id, owner).addErrback(_remember_failed, kind, object_id)

    def remember_answer(self, kind: OwnedKind, body: bytes, owner: str) -> None:
        """Remember the object a non-streamed create answer made."""
        try:
            document = json.loads(body)
        except ValueError:
            return
        object_id = created_id(document)
        if object_id is not None:
            self.remember(kind, object_id, owner)

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
