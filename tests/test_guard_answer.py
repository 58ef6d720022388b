"""
Specifications of the guard on a non-streamed answer (koreshield.guard.answer).

Every key below is made up for these tests.
"""

from __future__ import annotations

import json
from typing import Any

from twisted.trial.unittest import SynchronousTestCase

from koreshield.config import OutputAction, OutputSettings
from koreshield.guard.policy import OutputPolicy
from koreshield.guard.text import OutputFinding
from tests.fake_provider import completion, text_completion

AWS_KEY = "AKIAZ7QX3N5PLM2RTV8W"


def guarded(answer: Any, action: OutputAction | None = None) -> tuple[bytes, list[tuple[OutputFinding, str]]]:
    found: list[tuple[OutputFinding, str]] = []
    policy = OutputPolicy(OutputSettings(action=action), "medium")
    body = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
    return policy.guard_answer(body, [], lambda f, w: found.append((f, w))), found


class AnswerTests(SynchronousTestCase):
    def test_a_clean_answer_comes_back_byte_for_byte(self) -> None:
        body = json.dumps(completion("Forty-two.")).encode()
        self.assertEqual(guarded(body), (body, []))

    def test_a_secret_in_the_content_is_redacted(self) -> None:
        body, found = guarded(completion(f"Use {AWS_KEY} there."))
        self.assertEqual(json.loads(body)["choices"][0]["message"]["content"], "Use [REDACTED:aws_access_key] there.")
        self.assertEqual(
            found, [(OutputFinding("secret", "aws_access_key", "redact", 4, 24), "choices[0].message.content")]
        )

    def test_a_block_cuts_the_message_and_says_why(self) -> None:
        answer = json.loads(guarded(completion(f"Use {AWS_KEY} there."), "block")[0])
        self.assertEqual(answer["choices"][0]["message"]["content"], "Use ")
        self.assertEqual(answer["choices"][0]["finish_reason"], "content_filter")
        self.assertEqual(answer["error"]["code"], "output_blocked")
        self.assertEqual(answer["error"]["finding"], {"category": "secret", "type": "aws_access_key"})

    def test_tool_call_arguments_are_guarded(self) -> None:
        answer = completion("")
        answer["choices"][0]["message"]["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": json.dumps({"k": AWS_KEY})}}
        ]
        body, found = guarded(answer)
        arguments = json.loads(body)["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
        self.assertEqual(arguments, '{"k": "[REDACTED:aws_access_key]"}')
        self.assertEqual(found[0][1], "choices[0].message.tool_calls[0].function.arguments")

    def test_texts_after_a_blocked_one_are_emptied(self) -> None:
        answer = completion(f"Use {AWS_KEY}")
        answer["choices"][0]["message"]["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": '{"also": "secret"}'}}
        ]
        message = json.loads(guarded(answer, "block")[0])["choices"][0]["message"]
        self.assertEqual((message["content"], message["tool_calls"][0]["function"]["arguments"]), ("Use ", ""))

    def test_a_body_that_is_not_a_completion_is_left_alone(self) -> None:
        for body in (b"not json", b'{"object": "list"}', b"[1, 2]"):
            self.assertEqual(guarded(body)[0], body)


class LegacyCompletionAnswerTests(SynchronousTestCase):
    def test_a_secret_in_a_legacy_completions_text_is_redacted(self) -> None:
        body, found = guarded(text_completion(f"Use {AWS_KEY} there."))
        self.assertEqual(json.loads(body)["choices"][0]["text"], "Use [REDACTED:aws_access_key] there.")
        self.assertEqual([where for _, where in found], ["choices[0].text"])

    def test_a_block_cuts_a_legacy_completions_text(self) -> None:
        answer = json.loads(guarded(text_completion(f"Use {AWS_KEY} there."), "block")[0])
        self.assertEqual(
            (answer["choices"][0]["text"], answer["choices"][0]["finish_reason"]), ("Use ", "content_filter")
        )
        self.assertEqual(answer["error"]["code"], "output_blocked")

    def test_a_clean_legacy_completion_comes_back_byte_for_byte(self) -> None:
        body = json.dumps(text_completion("Once upon a time.")).encode()
        self.assertEqual(guarded(body), (body, []))
