"""
End-to-end specification of stored objects between client keys, through
the real OpenAI SDK with two client keys: a key reaches only the stored
responses and stored chat completions it made.  Another key's id, or an id
nobody is known to have made, is answered the provider's own 404 without
reaching the provider; listing stored chat completions is refused.  With
Redis as the state backend, every process knows who made what.
"""

from __future__ import annotations

import json
import time
from typing import Any

import openai
import treq
from twisted.internet.defer import CancelledError, Deferred, inlineCallbacks
from twisted.trial.unittest import SynchronousTestCase, TestCase
from twisted.web.client import ResponseNeverReceived

from koreshield.http.chat import RelayExchange
from koreshield.http.ownership import HeldSink
from koreshield.relay import ClientSink
from koreshield.state.faults import StateUnavailable
from koreshield.state.owners import MemoryOwners
from tests.fake_provider import (
    API_KEY,
    DONE,
    ByRequest,
    FakeProvider,
    Reply,
    Stream,
    chunk,
    completion,
    response_events,
    response_object,
)
from tests.proxy_harness import ProviderMixin, RunningProxy, in_thread, post_json_to, proxy_config
from tests.redis_server import RedisServer
from tests.test_observe import CapturedLog
from tests.twistd_process import pause

TEAM_A = "sk-team-a-0123456789"
TEAM_B = "sk-team-b-0123456789"
KEYS = {"keys": [{"name": "team-a", "key": TEAM_A}, {"name": "team-b", "key": TEAM_B}]}
DELETED_RESPONSE = {"id": "resp_fake", "object": "response.deleted", "deleted": True}
DELETED_COMPLETION = {"id": "chatcmpl-fake", "object": "chat.completion.deleted", "deleted": True}
MESSAGES = {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}
INPUT_ITEMS = {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}
HELLO = [{"role": "user", "content": "Hello."}]


def _stored_provider(request: Any) -> Any:
    """A provider that knows C{resp_fake} and C{chatcmpl-fake}, whatever is asked of them."""
    if request.path.endswith("/input_items"):
        return Reply(body=INPUT_ITEMS)
    if request.path.endswith("/messages"):
        return Reply(body=MESSAGES)
    if request.path.startswith("/v1/responses"):
        if request.method == "DELETE":
            return Reply(body=DELETED_RESPONSE)
        if request.method == "GET" and "stream=true" in request.uri:
            return Stream(response_events(["Stored."]))
        if request.method == "POST" and request.path == "/v1/responses" and request.json.get("stream"):
            return Stream(response_events(["Made."]))
        return Reply(body=response_object("Stored."))
    if request.method == "DELETE":
        return Reply(body=DELETED_COMPLETION)
    if request.method == "POST" and request.path == "/v1/chat/completions" and request.json.get("stream"):
        return Stream([chunk(role="assistant"), chunk("Made."), chunk(finish="stop"), DONE])
    return Reply(body=completion("Stored."))


RESPONSE_CALLS = {
    "retrieve": lambda client: client.responses.retrieve("resp_fake"),
    "stream replay": lambda client: list(client.responses.retrieve("resp_fake", stream=True)),
    "cancel": lambda client: client.responses.cancel("resp_fake"),
    "delete": lambda client: client.responses.delete("resp_fake"),
    "input_items": lambda client: client.responses.input_items.list("resp_fake"),
}
COMPLETION_CALLS = {
    "retrieve": lambda client: client.chat.completions.retrieve("chatcmpl-fake"),
    "update": lambda client: client.chat.completions.update("chatcmpl-fake", metadata={"team": "a"}),
    "delete": lambda client: client.chat.completions.delete("chatcmpl-fake"),
    "messages": lambda client: client.chat.completions.messages.list("chatcmpl-fake"),
}


class _TwoKeys(ProviderMixin):
    """A fake provider that stores, and proxies in front of it with two client keys."""

    def proxy(self, **overrides: Any) -> RunningProxy:
        proxy = RunningProxy.start(proxy_config(self.provider, auth=KEYS, **overrides))
        self.addCleanup(proxy.stop)  # type: ignore[attr-defined]
        return proxy

    def sdk(self, proxy: RunningProxy, key: str, call: Any) -> Any:
        def run() -> Any:
            client = openai.OpenAI(base_url=proxy.url + "/v1", api_key=key, max_retries=0, timeout=10)
            return call(client)

        return in_thread(run)

    @inlineCallbacks
    def assert_not_found(self, proxy: RunningProxy, key: str, call: Any, noun: str, object_id: str) -> Any:
        """C{call} with C{key} raises the provider's 404 for an unknown id, and the provider hears nothing."""
        asked = len(self.provider.requests)  # type: ignore[attr-defined]
        error = yield self.assertFailure(self.sdk(proxy, key, call), openai.NotFoundError)  # type: ignore[attr-defined]
        self.assertEqual(  # type: ignore[attr-defined]
            error.body,
            {
                "message": f"{noun} with id '{object_id}' not found.",
                "type": "invalid_request_error",
                "param": None,
                "code": None,
            },
        )
        self.assertEqual(len(self.provider.requests), asked)  # type: ignore[attr-defined]


class StoredResponseOwnerTests(_TwoKeys, TestCase):
    def setUp(self) -> Any:
        super().setUp()
        self.provider.behaviour = ByRequest(_stored_provider)
        self.shield = self.proxy()

    @inlineCallbacks
    def test_the_key_that_made_a_response_reaches_it_through_every_route(self) -> Any:
        made = yield self.sdk(self.shield, TEAM_A, lambda client: client.responses.create(model="m", input="Hi"))
        self.assertEqual(made.id, "resp_fake")
        for name, call in RESPONSE_CALLS.items():
            asked = len(self.provider.requests)
            yield self.sdk(self.shield, TEAM_A, call)
            self.assertEqual(len(self.provider.requests), asked + 1, name)

    @inlineCallbacks
    def test_another_key_gets_the_providers_404_on_every_route_and_nothing_is_relayed(self) -> Any:
        yield self.sdk(self.shield, TEAM_A, lambda client: client.responses.create(model="m", input="Hi"))
        for call in RESPONSE_CALLS.values():
            yield self.assert_not_found(self.shield, TEAM_B, call, "Response", "resp_fake")

    @inlineCallbacks
    def test_a_streamed_creation_is_remembered_from_its_first_event(self) -> Any:
        events = yield self.sdk(
            self.shield, TEAM_A, lambda client: list(client.responses.create(model="m", input="Hi", stream=True))
        )
        self.assertEqual(events[0].response.id, "resp_fake")
        retrieved = yield self.sdk(self.shield, TEAM_A, RESPONSE_CALLS["retrieve"])
        self.assertEqual(retrieved.output_text, "Stored.")
        yield self.assert_not_found(self.shield, TEAM_B, RESPONSE_CALLS["retrieve"], "Response", "resp_fake")

    @inlineCallbacks
    def test_a_response_made_with_store_false_is_nobodys(self) -> Any:
        yield self.sdk(self.shield, TEAM_A, lambda client: client.responses.create(model="m", input="Hi", store=False))
        yield self.assert_not_found(self.shield, TEAM_A, RESPONSE_CALLS["retrieve"], "Response", "resp_fake")

    @inlineCallbacks
    def test_an_id_made_before_owners_were_remembered_is_nobodys(self) -> Any:
        for key in (TEAM_A, TEAM_B):
            yield self.assert_not_found(
                self.shield, key, lambda client: client.responses.retrieve("resp_older"), "Response", "resp_older"
            )


class StoredCompletionOwnerTests(_TwoKeys, TestCase):
    def setUp(self) -> Any:
        super().setUp()
        self.provider.behaviour = ByRequest(_stored_provider)
        self.shield = self.proxy()

    def create(self, key: str, **options: Any) -> Any:
        return self.sdk(
            self.shield, key, lambda client: client.chat.completions.create(model="m", messages=HELLO, **options)
        )

    @inlineCallbacks
    def test_the_key_that_made_a_completion_reaches_it_through_every_route(self) -> Any:
        made = yield self.create(TEAM_A, store=True)
        self.assertEqual(made.id, "chatcmpl-fake")
        for name, call in COMPLETION_CALLS.items():
            asked = len(self.provider.requests)
            yield self.sdk(self.shield, TEAM_A, call)
            self.assertEqual(len(self.provider.requests), asked + 1, name)

    @inlineCallbacks
    def test_another_key_gets_the_providers_404_on_every_route_and_nothing_is_relayed(self) -> Any:
        yield self.create(TEAM_A, store=True)
        for call in COMPLETION_CALLS.values():
            yield self.assert_not_found(self.shield, TEAM_B, call, "Chat completion", "chatcmpl-fake")

    @inlineCallbacks
    def test_a_streamed_creation_is_remembered_from_its_first_chunk(self) -> Any:
        chunks = yield self.sdk(
            self.shield,
            TEAM_A,
            lambda client: list(client.chat.completions.create(model="m", messages=HELLO, store=True, stream=True)),
        )
        self.assertEqual(chunks[0].id, "chatcmpl-fake")
        yield self.sdk(self.shield, TEAM_A, COMPLETION_CALLS["retrieve"])
        yield self.assert_not_found(
            self.shield, TEAM_B, COMPLETION_CALLS["retrieve"], "Chat completion", "chatcmpl-fake"
        )

    @inlineCallbacks
    def test_a_completion_made_without_store_is_nobodys(self) -> Any:
        yield self.create(TEAM_A)
        yield self.assert_not_found(
            self.shield, TEAM_A, COMPLETION_CALLS["retrieve"], "Chat completion", "chatcmpl-fake"
        )

    @inlineCallbacks
    def test_listing_is_refused_with_client_keys_and_never_relayed(self) -> Any:
        yield self.create(TEAM_A, store=True)
        asked = len(self.provider.requests)
        error = yield self.assertFailure(
            self.sdk(self.shield, TEAM_A, lambda client: client.chat.completions.list()), openai.PermissionDeniedError
        )
        self.assertEqual(error.code, "stored_listing_not_allowed")
        self.assertEqual(len(self.provider.requests), asked)


class WithoutClientKeysTests(ProviderMixin, TestCase):
    """One tenant: nothing is remembered or checked; every id and the listing are relayed as before."""

    @inlineCallbacks
    def test_any_id_and_the_listing_are_relayed(self) -> Any:
        self.provider.behaviour = ByRequest(_stored_provider)
        proxy = RunningProxy.start(proxy_config(self.provider))
        self.addCleanup(proxy.stop)
        for path in ("/v1/responses/resp_older", "/v1/chat/completions/chatcmpl-older", "/v1/chat/completions"):
            response = yield treq.get(proxy.url + path, persistent=False)
            yield response.content()
            self.assertEqual(response.code, 200, path)
        self.assertEqual(len(self.provider.requests), 3)


class OnRedis(_TwoKeys):
    """Two proxies (C{first}, C{second}) with two client keys, sharing one real Redis."""

    timeout = 60

    @inlineCallbacks
    def setUp(self) -> Any:
        super().setUp()  # type: ignore[misc]
        self.provider.behaviour = ByRequest(_stored_provider)
        self.redis = RedisServer(self)  # type: ignore[arg-type]
        yield self.redis.start()
        state = {"backend": "redis", "redis_url": self.redis.url, "timeout_ms": 1000}
        self.first, self.second = self.proxy(state=state), self.proxy(state=state)
        yield self.until_connected()

    @inlineCallbacks
    def until_connected(self, within: float = 10.0) -> Any:
        deadline = time.monotonic() + within
        for proxy in (self.first, self.second):
            while True:
                response = yield treq.get(proxy.url + "/health", persistent=False)
                if json.loads((yield response.content()))["state"]["connected"]:
                    break
                if time.monotonic() > deadline:
                    self.fail("Redis not connected")  # type: ignore[attr-defined]
                yield pause(0.05)


class SharedThroughRedisTests(OnRedis, TestCase):
    """Two processes on one Redis: what a key made through one is its own through the other."""

    @inlineCallbacks
    def test_an_object_made_through_one_process_is_its_keys_through_the_other(self) -> Any:
        yield self.sdk(self.first, TEAM_A, lambda client: client.responses.create(model="m", input="Hi"))
        yield self.sdk(
            self.first, TEAM_A, lambda client: client.chat.completions.create(model="m", messages=HELLO, store=True)
        )
        self.assertEqual(self.redis.command("GET", "koreshield:owner:response:resp_fake"), "team-a")
        retrieved = yield self.sdk(self.second, TEAM_A, RESPONSE_CALLS["retrieve"])
        self.assertEqual(retrieved.id, "resp_fake")
        yield self.sdk(self.second, TEAM_A, COMPLETION_CALLS["retrieve"])
        yield self.assert_not_found(self.second, TEAM_B, RESPONSE_CALLS["retrieve"], "Response", "resp_fake")
        yield self.assert_not_found(
            self.second, TEAM_B, COMPLETION_CALLS["retrieve"], "Chat completion", "chatcmpl-fake"
        )

    @inlineCallbacks
    def test_without_redis_an_id_addressed_request_is_503_whatever_on_error_says(self) -> Any:
        yield self.sdk(self.first, TEAM_A, lambda client: client.responses.create(model="m", input="Hi"))
        self.redis.kill()
        asked = len(self.provider.requests)
        error = yield self.assertFailure(
            self.sdk(self.second, TEAM_A, RESPONSE_CALLS["retrieve"]), openai.InternalServerError
        )
        self.assertEqual((error.status_code, error.code), (503, "state_unavailable"))
        self.assertEqual(len(self.provider.requests), asked)


class FaultAfterTheOwnerIsKnownTests(_TwoKeys, TestCase):
    """A fault of ours once the owner is known is a 500, as it is without client keys, never a hung request."""

    @inlineCallbacks
    def test_a_relay_that_raises_after_the_owner_lookup_answers_500(self) -> Any:
        self.provider.behaviour = ByRequest(_stored_provider)
        shield = self.proxy()
        yield self.sdk(shield, TEAM_A, lambda client: client.responses.create(model="m", input="Hi"))

        def broken(exchange: Any, *args: Any) -> None:
            raise RuntimeError("a fault nobody foresaw")

        self.patch(RelayExchange, "start_unscreened", broken)
        error = yield self.assertFailure(
            self.sdk(shield, TEAM_A, RESPONSE_CALLS["retrieve"]), openai.InternalServerError
        )
        self.assertEqual(error.status_code, 500)
        self.assertEqual(len(self.flushLoggedErrors(RuntimeError)), 1)


class FailoverTests(_TwoKeys, TestCase):
    """A create that fails over: the id of the answer the client got is its key's, from whichever provider."""

    @inlineCallbacks
    def test_the_answer_of_the_provider_failed_over_to_is_the_keys(self) -> Any:
        failing = FakeProvider()
        failing.listen()
        self.addCleanup(failing.stop)
        failing.behaviour = Reply(status=500, body={"error": {"message": "down"}})
        self.provider.behaviour = ByRequest(_stored_provider)
        providers = {
            "fake": {"base_url": self.provider.base_url, "api_key": API_KEY},
            "failing": {"base_url": failing.base_url, "api_key": API_KEY},
        }
        shield = self.proxy(providers=providers, routes={"m": ["failing", "fake"]})
        made = yield self.sdk(shield, TEAM_A, lambda client: client.responses.create(model="m", input="Hi"))
        self.assertEqual((made.id, len(failing.requests)), ("resp_fake", 1))
        yield self.sdk(shield, TEAM_A, RESPONSE_CALLS["retrieve"])
        yield self.assert_not_found(shield, TEAM_B, RESPONSE_CALLS["retrieve"], "Response", "resp_fake")

    @inlineCallbacks
    def test_a_create_the_provider_refuses_makes_nothing_anyones(self) -> Any:
        self.provider.behaviour = Reply(status=400, body={"error": {"message": "bad"}, "id": "resp_fake"})
        shield = self.proxy()
        yield self.assertFailure(
            self.sdk(shield, TEAM_A, lambda client: client.responses.create(model="m", input="Hi")),
            openai.BadRequestError,
        )
        self.provider.behaviour = ByRequest(_stored_provider)
        yield self.assert_not_found(shield, TEAM_A, RESPONSE_CALLS["retrieve"], "Response", "resp_fake")


class HeldOwnerWrites(_TwoKeys):
    """
    A proxy (C{shield}) with two client keys whose owner store's write is
    held until the test lets it go (as Redis holds it for a round trip):
    L{until_written} gives the first write's L{Deferred}, to fire or fail.
    """

    def setUp(self) -> Any:
        super().setUp()  # type: ignore[misc]
        self.writes: list[Deferred[None]] = []
        self.patch(MemoryOwners, "remember", self.held_write)  # type: ignore[attr-defined]
        self.shield = self.proxy()

    def held_write(self, kind: str, object_id: str, owner: str) -> Deferred[None]:
        written: Deferred[None] = Deferred()
        self.writes.append(written)
        return written

    @inlineCallbacks
    def until_written(self) -> Any:
        for _ in range(200):
            if self.writes:
                return self.writes[0]
            yield pause(0.01)
        self.fail("the owner was never written")  # type: ignore[attr-defined]


class AnswerAfterTheOwnerTests(HeldOwnerWrites, TestCase):
    """
    A create's answer (a stream's first event) leaves once its owner is
    written, so the maker's next request finds it wherever it goes; a write
    that fails leaves the object nobody's and the answer is sent all the
    same.
    """

    def setUp(self) -> Any:
        super().setUp()
        self.provider.behaviour = ByRequest(_stored_provider)

    def create(self, body: dict[str, Any]) -> Deferred[Any]:
        return post_json_to(self.shield.url + "/v1/responses", body, {"Authorization": f"Bearer {TEAM_A}"})

    @inlineCallbacks
    def test_the_answer_waits_for_its_owner_to_be_written(self) -> Any:
        answering = self.create({"model": "m", "input": "Hi"})
        answered: list[bool] = []
        answering.addBoth(lambda result: answered.append(True) or result)  # not .called: it may wait on another
        written = yield self.until_written()
        yield pause(0.1)
        self.assertEqual(answered, [])
        written.callback(None)
        response = yield answering
        self.assertEqual((response.code, (yield response.json())["id"]), (200, "resp_fake"))

    @inlineCallbacks
    def test_a_streams_first_event_waits_for_its_owner_to_be_written(self) -> Any:
        response = yield self.create({"model": "m", "input": "Hi", "stream": True})
        self.assertEqual(response.code, 200)
        received: list[bytes] = []
        reading = treq.collect(response, received.append)
        written = yield self.until_written()
        yield pause(0.1)
        self.assertEqual(received, [])
        written.callback(None)
        yield reading
        self.assertTrue(b"".join(received).startswith(b"event: response.created\n"))
        self.assertIn(b"response.completed", b"".join(received))

    @inlineCallbacks
    def test_a_held_streams_time_to_first_token_counts_the_wait_for_its_owner(self) -> Any:
        log = CapturedLog(self)
        response = yield self.create({"model": "m", "input": "Hi", "stream": True})
        reading = treq.content(response)
        written = yield self.until_written()
        yield pause(0.3)
        written.callback(None)
        yield reading
        [line] = log.events("stream_completed")
        self.assertGreaterEqual(line["ttft_ms"], 300)  # the client's first byte left after the owner was written
        self.assertLessEqual(line["ttft_ms"], line["duration"])

    @inlineCallbacks
    def test_an_owner_that_cannot_be_written_leaves_the_object_nobodys_and_the_answer_is_sent(self) -> Any:
        answering = self.create({"model": "m", "input": "Hi"})
        written = yield self.until_written()
        written.errback(StateUnavailable("owner_store", "Redis is not connected"))
        response = yield answering
        self.assertEqual((response.code, (yield response.json())["id"]), (200, "resp_fake"))
        yield self.assert_not_found(self.shield, TEAM_A, RESPONSE_CALLS["retrieve"], "Response", "resp_fake")

    @inlineCallbacks
    def test_a_client_gone_while_its_owner_is_written_is_sent_nothing(self) -> Any:
        answering = self.create({"model": "m", "input": "Hi"})
        written = yield self.until_written()
        answering.cancel()
        yield self.assertFailure(answering, CancelledError, ResponseNeverReceived)
        yield pause(0.1)
        written.callback(None)
        yield pause(0.1)
        self.assertEqual(self.flushLoggedErrors(), [])


class _RecordingSink(ClientSink):
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def write(self, data: bytes) -> None:
        self.calls.append(("write", data))

    def flush(self) -> None:
        self.calls.append(("flush", None))

    def finish(self) -> None:
        self.calls.append(("finish", None))

    def register_producer(self, producer: Any) -> None:
        self.calls.append(("register", producer))

    def unregister_producer(self) -> None:
        self.calls.append(("unregister", None))


class HeldSinkTests(SynchronousTestCase):
    """The sink a stream that makes a stored object is written to: held while its owner is written, never else."""

    def setUp(self) -> None:
        self.sink = _RecordingSink()
        self.held = HeldSink(self.sink)

    def test_with_the_owner_written_already_everything_passes_through(self) -> None:
        self.held.hold_until(None)
        self.held.write(b"a")
        self.held.flush()
        self.held.finish()
        self.assertEqual(self.sink.calls, [("write", b"a"), ("flush", None), ("finish", None)])

    def test_writes_and_the_finish_wait_for_the_owner_then_go_in_order_and_at_once(self) -> None:
        self.held.write(b"before")
        written: Deferred[None] = Deferred()
        self.held.hold_until(written)
        self.held.write(b"first")
        self.held.flush()
        self.held.write(b"second")
        self.held.finish()
        self.assertEqual(self.sink.calls, [("write", b"before")])
        written.callback(None)
        expected = [("write", b"before"), ("write", b"first"), ("write", b"second"), ("finish", None), ("flush", None)]
        self.assertEqual(self.sink.calls, expected)
        self.held.write(b"after")
        self.assertEqual(self.sink.calls[-1], ("write", b"after"))

    def test_a_first_write_held_is_the_first_byte_when_let_go(self) -> None:
        sent: list[list[tuple[str, Any]]] = []
        held = HeldSink(self.sink, lambda: sent.append(list(self.sink.calls)))
        written: Deferred[None] = Deferred()
        held.hold_until(written)
        held.write(b"first")
        held.write(b"second")
        self.assertEqual(sent, [])
        written.callback(None)
        self.assertEqual(sent, [[]])  # called once, before anything reached the client
        held.write(b"third")
        self.assertEqual(len(sent), 1)

    def test_a_write_through_before_the_hold_was_the_first_byte(self) -> None:
        sent: list[bool] = []
        held = HeldSink(self.sink, lambda: sent.append(True))
        held.write(b"before")
        written: Deferred[None] = Deferred()
        held.hold_until(written)
        held.write(b"first")
        written.callback(None)
        self.assertEqual(sent, [])

    def test_a_hold_of_no_write_sends_no_first_byte(self) -> None:
        sent: list[bool] = []
        held = HeldSink(self.sink, lambda: sent.append(True))
        written: Deferred[None] = Deferred()
        held.hold_until(written)
        held.finish()
        written.callback(None)
        self.assertEqual((sent, self.sink.calls[0]), ([], ("finish", None)))

    def test_what_waits_for_the_release_runs_after_the_held_writes(self) -> None:
        written: Deferred[None] = Deferred()
        self.held.hold_until(written)
        self.held.write(b"first")
        self.held.finish()
        seen: list[list[tuple[str, Any]]] = []
        self.held.after_release(lambda: seen.append(list(self.sink.calls)))
        self.assertEqual((seen, self.held.holding), ([], True))
        written.callback(None)
        self.assertEqual(seen, [[("write", b"first"), ("finish", None), ("flush", None)]])
        self.assertFalse(self.held.holding)

    def test_with_nothing_held_what_waits_for_the_release_runs_at_once(self) -> None:
        seen: list[bool] = []
        self.held.after_release(lambda: seen.append(True))
        self.assertEqual(seen, [True])

    def test_the_producer_is_let_go_at_once_while_held(self) -> None:
        self.held.hold_until(Deferred())
        self.held.unregister_producer()
        self.assertEqual(self.sink.calls, [("unregister", None)])
