"""
End-to-end specification of the stored-response routes of the Responses
API, through the real OpenAI SDK: C{client.responses.retrieve} (and its
C{stream=True}), C{.delete}, C{.cancel} and C{.input_items.list} are relayed
to the default provider with its key, its errors reshaped as on every
route, and a retrieved answer passes the output guard as a non-streamed
answer does (it is a model's output reaching the client).
"""

from __future__ import annotations

from typing import Any

import openai
import treq
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import SynchronousTestCase, TestCase

from koreshield.config import settings_from_mapping
from koreshield.gateway import build_provider
from tests.fake_provider import API_KEY, Reply, Stream, response_events, response_object
from tests.proxy_harness import ProviderAndProxyMixin, ProviderMixin, RunningProxy, proxy_config
from tests.test_observe import CapturedLog

AWS_KEY = "AKIAIOSFODNN7EXAMPLE"


class RelayTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def test_retrieve_is_relayed_with_the_providers_key(self) -> Any:
        self.provider.behaviour = Reply(body=response_object("Stored answer."))
        result = yield self.sdk(lambda client: client.responses.retrieve("resp_abc123"))
        self.assertEqual((result.id, result.output_text), ("resp_fake", "Stored answer."))
        [received] = self.provider.requests
        self.assertEqual((received.method, received.path), ("GET", "/v1/responses/resp_abc123"))
        self.assertEqual(received.header("authorization"), f"Bearer {API_KEY}")

    @inlineCallbacks
    def test_retrieve_passes_the_query_on(self) -> Any:
        self.provider.behaviour = Reply(body=response_object())
        yield self.sdk(lambda client: client.responses.retrieve("resp_abc", include=["message.output_text.logprobs"]))
        self.assertEqual(
            self.provider.requests[0].uri, "/v1/responses/resp_abc?include%5B%5D=message.output_text.logprobs"
        )

    @inlineCallbacks
    def test_delete_is_relayed(self) -> Any:
        self.provider.behaviour = Reply(body={"id": "resp_abc", "object": "response.deleted", "deleted": True})
        result = yield self.sdk(lambda client: client.responses.delete("resp_abc"))
        self.assertIsNone(result)
        self.assertEqual(
            (self.provider.requests[0].method, self.provider.requests[0].path), ("DELETE", "/v1/responses/resp_abc")
        )

    @inlineCallbacks
    def test_a_204_delete_is_relayed_as_it_is(self) -> Any:
        self.provider.behaviour = Reply(status=204, body=b"")
        result = yield self.sdk(lambda client: client.responses.delete("resp_abc"))
        self.assertIsNone(result)

    @inlineCallbacks
    def test_cancel_is_relayed(self) -> Any:
        self.provider.behaviour = Reply(body=response_object("Partial.", status="cancelled"))
        result = yield self.sdk(lambda client: client.responses.cancel("resp_abc"))
        self.assertEqual(result.status, "cancelled")
        received = self.provider.requests[0]
        self.assertEqual((received.method, received.path), ("POST", "/v1/responses/resp_abc/cancel"))

    @inlineCallbacks
    def test_input_items_are_listed(self) -> Any:
        item = {"id": "msg_in", "type": "message", "role": "user", "status": "completed", "content": []}
        listing = {"object": "list", "data": [item], "first_id": "msg_in", "last_id": "msg_in", "has_more": False}
        self.provider.behaviour = Reply(body=listing)
        page = yield self.sdk(lambda client: client.responses.input_items.list("resp_abc", limit=5))
        self.assertEqual([i.id for i in page.data], ["msg_in"])
        self.assertEqual(self.provider.requests[0].uri, "/v1/responses/resp_abc/input_items?limit=5")

    @inlineCallbacks
    def test_a_providers_404_raises_not_found(self) -> Any:
        error = {"error": {"message": "Response with id 'resp_x' not found.", "type": "invalid_request_error"}}
        self.provider.behaviour = Reply(status=404, body=error)
        failure = yield self.assertFailure(
            self.sdk(lambda client: client.responses.retrieve("resp_x")), openai.NotFoundError
        )
        self.assertIn("resp_x", failure.message)

    @inlineCallbacks
    def test_a_providers_503_becomes_a_502(self) -> Any:
        self.provider.behaviour = Reply(status=503, body={"detail": "busy"})
        response = yield treq.get(self.proxy.url + "/v1/responses/resp_abc", persistent=False)
        body = yield response.json()
        self.assertEqual((response.code, body["error"]["code"]), (502, "upstream_error"))

    @inlineCallbacks
    def test_other_paths_under_responses_are_404_and_wrong_methods_405(self) -> Any:
        for path in ("/v1/responses/resp_abc/nothing", "/v1/responses/resp_abc/cancel/more", "/v1/responses/a%2Fb"):
            response = yield treq.get(self.proxy.url + path, persistent=False)
            yield response.content()
            self.assertEqual(response.code, 404, path)
        response = yield treq.post(self.proxy.url + "/v1/responses/resp_abc", persistent=False)
        yield response.content()
        self.assertEqual(response.code, 405)
        self.assertEqual(self.provider.requests, [])


class NotRelayedTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def test_counting_input_tokens_and_compacting_are_404_not_405(self) -> Any:
        # Their paths look like a response id; they carry input, and are not relayed.
        for call in (
            lambda client: client.responses.input_tokens.count(model="fake-model", input="Hi"),
            lambda client: client.responses.compact(model="fake-model", input="Hi"),
        ):
            error = yield self.assertFailure(self.sdk(call), openai.NotFoundError)
            self.assertEqual(error.code, "not_found")
        self.assertEqual(self.provider.requests, [])


class GuardTests(ProviderAndProxyMixin, TestCase):
    """A retrieved answer is a model's output reaching the client: guarded as a non-streamed answer is."""

    @inlineCallbacks
    def test_a_key_in_a_retrieved_response_is_redacted(self) -> Any:
        self.provider.behaviour = Reply(body=response_object(f"Use {AWS_KEY} to deploy."))
        result = yield self.sdk(lambda client: client.responses.retrieve("resp_abc"))
        self.assertEqual(result.output_text, "Use [REDACTED:aws_access_key] to deploy.")

    @inlineCallbacks
    def test_a_retrieved_stream_is_relayed_and_guarded(self) -> Any:
        pieces = ["Use ", AWS_KEY[:6], AWS_KEY[6:], " to deploy."]
        self.provider.behaviour = Stream(response_events(pieces))
        events = yield self.sdk(lambda client: list(client.responses.retrieve("resp_abc", stream=True)))
        deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
        self.assertEqual(deltas, "Use [REDACTED:aws_access_key] to deploy.")
        self.assertEqual(events[-1].type, "response.completed")
        self.assertEqual(self.provider.requests[0].uri, "/v1/responses/resp_abc?stream=true")

    @inlineCallbacks
    def test_a_resumed_stream_keeps_the_whole_text_in_its_closing_events(self) -> Any:
        # retrieve(stream=True, starting_after=n): the deltas before n went to the client in an earlier stream;
        # the closing events repeat the whole text, which must not shrink to the deltas of this stream.
        pieces = ["Use ", AWS_KEY, " to ", "deploy", "."]
        events = response_events(pieces)
        resumed = events[:3] + events[5:]  # created, item and part added; the first two deltas skipped
        self.provider.behaviour = Stream(resumed)

        def call(client: Any) -> list[Any]:
            return list(client.responses.retrieve("resp_abc", stream=True, starting_after=4))

        received = yield self.sdk(call)
        self.assertEqual("".join(e.delta for e in received if e.type == "response.output_text.delta"), " to deploy.")
        whole = "Use [REDACTED:aws_access_key] to deploy."
        done = [e.text for e in received if e.type == "response.output_text.done"]
        self.assertEqual((done, received[-1].response.output_text), ([whole], whole))
        self.assertEqual(self.provider.requests[0].uri, "/v1/responses/resp_abc?starting_after=4&stream=true")


BUDGETED_KEY = "ks-budgeted-0123456789abcdef01234"


class BudgetTests(ProviderAndProxyMixin, TestCase):
    """Reading a stored response spends no tokens: the tokens were spent when it was made."""

    proxy_overrides = {"auth": {"keys": [{"name": "b", "key": BUDGETED_KEY, "token_budget": "1000/day"}]}}

    @inlineCallbacks
    def setUp(self) -> Any:
        yield super().setUp()
        self.proxy.service.state.owners.remember(
            "response", "resp_abc", "b"
        )  # key b made it (tests.test_stored_owners)

    @inlineCallbacks
    def test_retrieving_spends_nothing(self) -> Any:
        self.provider.behaviour = Reply(body=response_object())
        response = yield treq.get(
            self.proxy.url + "/v1/responses/resp_abc",
            headers={"Authorization": f"Bearer {BUDGETED_KEY}"},
            persistent=False,
        )
        yield response.json()
        self.assertEqual(response.code, 200)
        response = yield treq.get(
            self.proxy.url + "/v1/usage", headers={"Authorization": f"Bearer {BUDGETED_KEY}"}, persistent=False
        )
        usage = yield response.json()
        self.assertEqual(usage["used"], 0)

    @inlineCallbacks
    def test_the_log_line_names_the_key_and_the_user(self) -> Any:
        log = CapturedLog(self)
        self.provider.behaviour = Reply(body=response_object())
        headers = {"Authorization": f"Bearer {BUDGETED_KEY}", "X-KoreShield-User": "alice"}
        response = yield treq.get(self.proxy.url + "/v1/responses/resp_abc", headers=headers, persistent=False)
        yield response.content()
        [line] = log.events("request_completed")
        self.assertEqual((line["endpoint"], line["key"], line["userId"]), ("responses_retrieve", "b", "alice"))


class UnsupportedDefaultProviderTests(ProviderMixin, TestCase):
    """A default provider with no Responses API (Anthropic, Gemini) refuses with 400, as creating does."""

    timeout = 30

    def setUp(self) -> None:
        super().setUp()
        config = proxy_config(self.provider)
        config["providers"]["claude"] = {"type": "anthropic", "base_url": self.provider.base_url, "api_key": "x"}
        config["default_provider"] = "claude"
        self.proxy = RunningProxy.start(config)
        self.addCleanup(self.proxy.stop)

    @inlineCallbacks
    def test_retrieve_is_400_unsupported_endpoint(self) -> Any:
        response = yield treq.get(self.proxy.url + "/v1/responses/resp_abc", persistent=False)
        body = yield response.json()
        self.assertEqual((response.code, body["error"]["code"]), (400, "unsupported_endpoint"))
        self.assertEqual(self.provider.requests, [])

    @inlineCallbacks
    def test_the_refusal_says_to_make_the_default_provider_openai_compatible(self) -> Any:
        response = yield treq.get(self.proxy.url + "/v1/responses/resp_abc", persistent=False)
        error = (yield response.json())["error"]
        self.assertIsNone(error["param"])
        self.assertIn("names no model, so it goes to the default_provider", error["message"])
        self.assertNotIn("route this model", error["message"])


class ProviderRequestTests(SynchronousTestCase):
    def test_azure_takes_its_own_api_version_and_the_clients_other_parameters(self) -> None:
        settings = settings_from_mapping(
            {
                "providers": {
                    "az": {
                        "type": "azure",
                        "base_url": "https://x.openai.azure.com/openai",
                        "api_key": "k",
                        "api_version": "v1",
                    }
                },
                "default_provider": "az",
            },
            environ={},
        )
        provider = build_provider("az", settings.providers["az"])
        upstream = provider.stored_response_request(
            "GET", "/responses/resp_1", b"api-version=old&limit=5", False, "req_1"
        )
        self.assertEqual(upstream.url.partition("/openai")[2].split("&")[1:], ["limit=5"])
        self.assertIn((b"api-key", b"k"), upstream.headers)
        self.assertIsNone(upstream.body)
