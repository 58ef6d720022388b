"""
A fault of KoreShield's own while it answers from a provider's whole body
(a guard or a translation raising what nobody expected) must still answer
the client, with a 500 in the OpenAI shape, instead of leaving it waiting
for an answer that never comes.
"""

from __future__ import annotations

from typing import Any

from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import TestCase

from koreshield.http import relayed
from tests.fake_provider import Reply, response_object
from tests.proxy_harness import ProviderAndProxyMixin, post_json_to


def _broken_guard(*args: Any) -> bytes:
    raise RuntimeError("a guard fault nobody foresaw")


class AnswerFaultTests(ProviderAndProxyMixin, TestCase):
    timeout = 20

    @inlineCallbacks
    def test_a_fault_while_guarding_an_answer_is_a_500_not_a_wait(self) -> Any:
        self.patch(relayed, "guard_response", _broken_guard)
        self.provider.behaviour = Reply(body=response_object("Hello."))
        response = yield post_json_to(self.proxy.url + "/v1/responses", {"model": "m", "input": "Hi"})
        body = yield response.json()
        self.assertEqual((response.code, body["error"]["code"]), (500, "internal_error"))
        self.assertEqual(len(self.flushLoggedErrors(RuntimeError)), 1)
