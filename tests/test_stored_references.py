"""
End-to-end specification of the stored objects a create request may name,
through the real OpenAI SDK with two client keys: a key chains
(C{previous_response_id}) only onto a response it made, and anything else
of the provider account a request could name (a conversation, a stored
item, a file, a vector store, a container, a stored prompt, an audio
answer) is refused with a 400 that names the parameter, without reaching
the provider.  Without client keys everything is relayed as before.
"""

from __future__ import annotations

import json
from typing import Any

import openai
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

import koreshield.http.references
import koreshield.parse
import koreshield.responses_input
from koreshield.parse import parse_json_object
from tests.fake_provider import ByRequest
from tests.proxy_harness import ProviderMixin, RunningProxy, post_json_to, proxy_config
from tests.test_stored_owners import HELLO, KEYS, TEAM_A, TEAM_B, OnRedis, _stored_provider, _TwoKeys


def _chain(previous: str, **options: Any) -> Any:
    return lambda client: client.responses.create(
        model="m", input="And then?", previous_response_id=previous, **options
    )


def _made(client: Any) -> Any:
    return client.responses.create(model="m", input="Hi")


PREVIOUS_NOT_FOUND = {
    "message": "Previous response with id 'resp_fake' not found.",
    "type": "invalid_request_error",
    "param": "previous_response_id",
    "code": "previous_response_not_found",
}
"""What OpenAI answers (400) for a previous response it does not know."""

_FILE_PARTS = [{"type": "input_text", "text": "Sum up"}, {"type": "input_file", "file_id": "file-x"}]
UNKNOWABLE_RESPONSES: list[tuple[str, dict[str, Any]]] = [
    ("conversation", {"conversation": "conv_other"}),
    ("conversation", {"conversation": {"id": "conv_other"}}),
    ("input[1]", {"input": [{"role": "user", "content": "Hi"}, {"type": "item_reference", "id": "msg_other"}]}),
    (
        "input[1]",
        {"input": [{"role": "user", "content": "Hi"}, {"type": "reasoning", "id": "rs_other", "summary": []}]},
    ),
    (
        "input[1]",
        {"input": [{"role": "user", "content": "Edit it"}, {"type": "image_generation_call", "id": "ig_other"}]},
    ),
    ("input[0].content[1]", {"input": [{"role": "user", "content": _FILE_PARTS}]}),
    ("input[0].content[0]", {"input": [{"role": "user", "content": [{"type": "input_image", "file_id": "file-x"}]}]}),
    ("tools[0].vector_store_ids", {"tools": [{"type": "file_search", "vector_store_ids": ["vs_other"]}]}),
    ("tools[0].container", {"tools": [{"type": "code_interpreter", "container": "cntr_other"}]}),
    (
        "tools[0].container.file_ids",
        {"tools": [{"type": "code_interpreter", "container": {"type": "auto", "file_ids": ["file-x"]}}]},
    ),
    (
        "tools[0].input_image_mask.file_id",
        {"tools": [{"type": "image_generation", "input_image_mask": {"file_id": "file-x"}}]},
    ),
    (
        "input[1].output[0]",
        {
            "input": [
                {"role": "user", "content": "Hi"},
                {
                    "type": "function_call_output",
                    "call_id": "c1",
                    "output": [{"type": "input_file", "file_id": "file-x"}],
                },
            ]
        },
    ),
    ("prompt.id", {"prompt": {"id": "pmpt_other", "variables": {"city": "Paris"}}}),
]
"""A Responses create body naming something whose owner KoreShield cannot know, by the C{param} refused."""

_VECTOR_STORE_TOOL = {"type": "file_search", "vector_store_ids": ["vs_other"]}
UNKNOWABLE_IN_INPUT_ITEMS: list[tuple[str, dict[str, Any]]] = [
    (
        "input[1].output",
        {
            "input": [
                {"role": "user", "content": "Hi"},
                {
                    "type": "computer_call_output",
                    "call_id": "c1",
                    "output": {"type": "computer_screenshot", "file_id": "file-x"},
                },
            ]
        },
    ),
    (
        "input[1].tools[0].vector_store_ids",
        {"input": [{"role": "user", "content": "Hi"}, {"type": "tool_search_output", "tools": [_VECTOR_STORE_TOOL]}]},
    ),
    ("input[1]", {"input": [{"role": "user", "content": "Hi"}, {"id": "msg_other"}]}),
    ("input[1]", {"input": [{"role": "user", "content": "Hi"}, {"id": "msg_other", "type": None}]}),
    (
        "input[0].tools[0].container",
        {
            "input": [
                {
                    "type": "additional_tools",
                    "role": "developer",
                    "tools": [{"type": "code_interpreter", "container": "cntr_x"}],
                },
                {"role": "user", "content": "Hi"},
            ]
        },
    ),
]
"""
Input items that carry a stored object where a body's top level would: a
computer call's screenshot (one part, not a list), an item reference
without its C{type} (optional in the API), the tools a tool search loaded
or a developer added (each as a body's C{tools}).
"""

UNKNOWABLE_CHATS = {
    "messages[0].content[0]": [{"role": "user", "content": [{"type": "file", "file": {"file_id": "file-x"}}]}],
    "messages[1].audio": [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "audio": {"id": "audio_other"}},
        {"role": "user", "content": "Again"},
    ],
}


class PreviousResponseTests(_TwoKeys, TestCase):
    def setUp(self) -> Any:
        super().setUp()
        self.provider.behaviour = ByRequest(_stored_provider)
        self.shield = self.proxy()

    @inlineCallbacks
    def assert_previous_not_found(self, proxy: RunningProxy, key: str, call: Any) -> Any:
        asked = len(self.provider.requests)
        error = yield self.assertFailure(self.sdk(proxy, key, call), openai.BadRequestError)
        self.assertEqual(error.body, PREVIOUS_NOT_FOUND)
        self.assertEqual(len(self.provider.requests), asked)

    @inlineCallbacks
    def test_a_key_chains_onto_a_response_it_made(self) -> Any:
        yield self.sdk(self.shield, TEAM_A, _made)
        yield self.sdk(self.shield, TEAM_A, _chain("resp_fake"))
        self.assertEqual(self.provider.requests[-1].json["previous_response_id"], "resp_fake")

    @inlineCallbacks
    def test_chaining_onto_another_keys_response_is_the_providers_400_and_never_relayed(self) -> Any:
        yield self.sdk(self.shield, TEAM_A, _made)
        yield self.assert_previous_not_found(self.shield, TEAM_B, _chain("resp_fake"))

    @inlineCallbacks
    def test_a_streamed_chain_onto_another_keys_response_is_refused_before_any_event(self) -> Any:
        yield self.sdk(self.shield, TEAM_A, _made)
        yield self.assert_previous_not_found(
            self.shield, TEAM_B, lambda client: list(_chain("resp_fake", stream=True)(client))
        )

    @inlineCallbacks
    def test_chaining_onto_a_response_nobody_is_known_to_have_made_is_refused(self) -> Any:
        yield self.assert_previous_not_found(self.shield, TEAM_A, _chain("resp_fake"))

    @inlineCallbacks
    def test_a_previous_response_that_is_no_id_is_refused(self) -> Any:
        asked = len(self.provider.requests)
        for previous in ("resp:" + "x" * 5000, "resp_fak\u00e9", "resp_\uff11\uff12", "resp_\u0661"):
            error = yield self.assertFailure(self.sdk(self.shield, TEAM_A, _chain(previous)), openai.BadRequestError)
            self.assertEqual((error.code, error.param), ("previous_response_not_found", "previous_response_id"))
        self.assertEqual(len(self.provider.requests), asked)

    @inlineCallbacks
    def test_a_name_spelled_with_escapes_is_read_as_the_provider_reads_it(self) -> Any:
        yield self.sdk(self.shield, TEAM_A, _made)
        raw = b'{"model": "m", "input": "Hi", "previous_\\u0072esponse_id": "resp_fake"}'
        response = yield post_json_to(self.shield.url + "/v1/responses", raw, {"Authorization": f"Bearer {TEAM_B}"})
        body = json.loads((yield response.content()))
        self.assertEqual((response.code, body["error"]), (400, PREVIOUS_NOT_FOUND))

    @inlineCallbacks
    def test_objects_whose_owner_cannot_be_known_are_refused_by_parameter_and_never_relayed(self) -> Any:
        for param, fields in UNKNOWABLE_RESPONSES:
            body = {"model": "m", "input": "Hi", **fields}
            error = yield self.assertFailure(
                self.sdk(self.shield, TEAM_A, lambda client, body=body: client.responses.create(**body)),
                openai.BadRequestError,
            )
            self.assertEqual((error.code, error.param), ("stored_reference_not_allowed", param))
        for param, messages in UNKNOWABLE_CHATS.items():
            error = yield self.assertFailure(
                self.sdk(
                    self.shield,
                    TEAM_A,
                    lambda client, messages=messages: client.chat.completions.create(model="m", messages=messages),
                ),
                openai.BadRequestError,
            )
            self.assertEqual((error.code, error.param), ("stored_reference_not_allowed", param))
        self.assertEqual(self.provider.requests, [])

    @inlineCallbacks
    def test_stored_objects_inside_input_items_are_refused_as_at_the_top_level(self) -> Any:
        for param, fields in UNKNOWABLE_IN_INPUT_ITEMS:
            body = {"model": "m", **fields}
            error = yield self.assertFailure(
                self.sdk(self.shield, TEAM_A, lambda client, body=body: client.responses.create(**body)),
                openai.BadRequestError,
            )
            self.assertEqual((error.code, error.param), ("stored_reference_not_allowed", param))
        self.assertEqual(self.provider.requests, [])

    @inlineCallbacks
    def test_a_response_compared_for_prompt_cache_diagnostics_must_be_the_keys_own(self) -> Any:
        yield self.sdk(self.shield, TEAM_A, _made)

        def compare(client: Any, response_id: str) -> Any:
            return client.responses.create(
                model="m", input="Hi", extra_body={"prompt_cache_options": {"comparison_response_id": response_id}}
            )

        asked = len(self.provider.requests)
        for key, response_id in ((TEAM_B, "resp_fake"), (TEAM_A, "resp_unknown"), (TEAM_A, "resp fake")):
            error = yield self.assertFailure(
                self.sdk(self.shield, key, lambda client, response_id=response_id: compare(client, response_id)),
                openai.BadRequestError,
            )
            self.assertEqual(
                (error.code, error.param),
                ("stored_reference_not_allowed", "prompt_cache_options.comparison_response_id"),
            )
        self.assertEqual(len(self.provider.requests), asked)
        yield self.sdk(self.shield, TEAM_A, lambda client: compare(client, "resp_fake"))
        self.assertEqual(
            self.provider.requests[-1].json["prompt_cache_options"], {"comparison_response_id": "resp_fake"}
        )

    @inlineCallbacks
    def test_a_reasoning_item_carrying_its_encrypted_content_is_relayed(self) -> Any:
        reasoning = {"type": "reasoning", "id": "rs_mine", "summary": [], "encrypted_content": "gAAAA-opaque"}
        body = {"model": "m", "input": [{"role": "user", "content": "Hi"}, reasoning], "store": False}
        yield self.sdk(self.shield, TEAM_A, lambda client: client.responses.create(**body))
        self.assertEqual(self.provider.requests[-1].json["input"][1], reasoning)

    @inlineCallbacks
    def test_a_function_tool_may_have_a_parameter_called_file_id(self) -> Any:
        schema = {"type": "object", "properties": {"file_id": {"type": "string"}}}
        tool = {"type": "function", "name": "open_file", "parameters": schema}
        yield self.sdk(self.shield, TEAM_A, lambda client: client.responses.create(model="m", input="Hi", tools=[tool]))
        self.assertEqual(self.provider.requests[-1].json["tools"], [tool])

    @inlineCallbacks
    def test_a_checked_body_is_decoded_once(self) -> Any:
        decoded: list[bytes] = []

        def counting(raw: bytes) -> Any:
            decoded.append(raw)
            return parse_json_object(raw)

        self.patch(koreshield.parse, "parse_json_object", counting)
        self.patch(koreshield.responses_input, "parse_json_object", counting)
        self.patch(koreshield.http.references, "parse_json_object", counting)
        yield self.sdk(self.shield, TEAM_A, lambda client: client.chat.completions.create(model="m", messages=HELLO))
        yield self.sdk(
            self.shield,
            TEAM_A,
            lambda client: client.responses.create(model="m", input="Hi", reasoning={"effort": "low"}),
        )
        self.assertEqual(len(decoded), 2)

    @inlineCallbacks
    def test_a_chat_naming_nothing_stored_is_relayed(self) -> Any:
        yield self.sdk(self.shield, TEAM_A, lambda client: client.chat.completions.create(model="m", messages=HELLO))
        self.assertEqual(len(self.provider.requests), 1)


class StoredPromptsAllowedTests(_TwoKeys, TestCase):
    """
    C{auth.allow_stored_prompts: true}: a stored prompt (usually the
    operator's own template) is relayed with client keys; every other
    stored object is still refused.
    """

    def setUp(self) -> Any:
        super().setUp()
        self.provider.behaviour = ByRequest(_stored_provider)
        self.shield = RunningProxy.start(proxy_config(self.provider, auth={**KEYS, "allow_stored_prompts": True}))
        self.addCleanup(self.shield.stop)

    @inlineCallbacks
    def test_a_stored_prompt_is_relayed(self) -> Any:
        prompt = {"id": "pmpt_operator", "variables": {"city": "Paris"}}
        yield self.sdk(
            self.shield, TEAM_B, lambda client: client.responses.create(model="m", input="Hi", prompt=prompt)
        )
        self.assertEqual(self.provider.requests[-1].json["prompt"], prompt)

    @inlineCallbacks
    def test_every_other_stored_object_is_still_refused(self) -> Any:
        for param, fields in UNKNOWABLE_RESPONSES:
            if param == "prompt.id":
                continue
            body = {"model": "m", "input": "Hi", "prompt": {"id": "pmpt_operator"}, **fields}
            error = yield self.assertFailure(
                self.sdk(self.shield, TEAM_A, lambda client, body=body: client.responses.create(**body)),
                openai.BadRequestError,
            )
            self.assertEqual((error.code, error.param), ("stored_reference_not_allowed", param))
        self.assertEqual(self.provider.requests, [])


class WithoutClientKeysTests(ProviderMixin, TestCase):
    """One tenant: previous responses, conversations and files are relayed as before."""

    @inlineCallbacks
    def test_every_reference_is_relayed(self) -> Any:
        self.provider.behaviour = ByRequest(_stored_provider)
        proxy = RunningProxy.start(proxy_config(self.provider))
        self.addCleanup(proxy.stop)
        bodies = [{"previous_response_id": "resp_older"}, *(fields for _, fields in UNKNOWABLE_RESPONSES)]
        for fields in bodies:
            response = yield post_json_to(proxy.url + "/v1/responses", {"model": "m", "input": "Hi", **fields})
            yield response.content()
            self.assertEqual(response.code, 200, fields)
        self.assertEqual(len(self.provider.requests), len(bodies))


class PreviousResponseThroughRedisTests(OnRedis, TestCase):
    """Two processes on one Redis: a key chains through one onto what it made through the other."""

    @inlineCallbacks
    def test_a_key_chains_through_one_process_onto_what_it_made_through_the_other(self) -> Any:
        yield self.sdk(self.first, TEAM_A, _made)
        yield self.sdk(self.second, TEAM_A, _chain("resp_fake"))
        asked = len(self.provider.requests)
        error = yield self.assertFailure(self.sdk(self.second, TEAM_B, _chain("resp_fake")), openai.BadRequestError)
        self.assertEqual(error.body, PREVIOUS_NOT_FOUND)
        self.assertEqual(len(self.provider.requests), asked)

    @inlineCallbacks
    def test_a_previous_response_that_is_no_id_is_refused_without_asking_redis(self) -> Any:
        self.redis.kill()
        error = yield self.assertFailure(self.sdk(self.second, TEAM_A, _chain("resp:other")), openai.BadRequestError)
        self.assertEqual(error.code, "previous_response_not_found")

    @inlineCallbacks
    def test_without_redis_a_chained_create_is_503_whatever_on_error_says(self) -> Any:
        yield self.sdk(self.first, TEAM_A, _made)
        self.redis.kill()
        asked = len(self.provider.requests)
        error = yield self.assertFailure(self.sdk(self.second, TEAM_A, _chain("resp_fake")), openai.InternalServerError)
        self.assertEqual((error.status_code, error.code), (503, "state_unavailable"))
        self.assertEqual(len(self.provider.requests), asked)
