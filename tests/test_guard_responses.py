"""
Specifications of the output guard on the Responses API's answers
(koreshield.guard.responses), streamed and not.

Every key below is made up for these tests.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from twisted.trial.unittest import SynchronousTestCase

from koreshield.config import OutputAction, OutputSettings
from koreshield.guard.policy import OutputPolicy
from koreshield.guard.responses import ResponsesStreamGuard, guard_response
from koreshield.relay import StreamCut
from koreshield.sse import parse_events
from tests.fake_provider import response_events, response_object, typed_event

AWS_KEY = "AKIAZ7QX3N5PLM2RTV8W"
REDACTED = "[REDACTED:aws_access_key]"


def _policy(action: OutputAction | None) -> OutputPolicy:
    return OutputPolicy(OutputSettings(action=action), "medium")


def guarded(answer: dict[str, Any], action: OutputAction | None = None) -> tuple[bytes, list[str]]:
    where: list[str] = []
    body = json.dumps(answer).encode()
    return guard_response(body, _policy(action).text_guards([]), lambda f, w: where.append(w)), where


def stream_guard(action: OutputAction | None = None) -> tuple[ResponsesStreamGuard, list[str]]:
    where: list[str] = []
    return ResponsesStreamGuard(_policy(action).text_guards([]), lambda f, w: where.append(w)), where


def events_of(written: bytes) -> list[dict[str, Any]]:
    return [json.loads(data) for _, data in parse_events(written)]


class AnswerTests(SynchronousTestCase):
    def test_a_clean_answer_comes_back_byte_for_byte(self) -> None:
        body = json.dumps(response_object("Forty-two.")).encode()
        self.assertEqual(guard_response(body, _policy(None).text_guards([]), lambda f, w: None), body)

    def test_a_secret_in_an_output_text_is_redacted(self) -> None:
        body, where = guarded(response_object(f"Use {AWS_KEY} there."))
        self.assertEqual(json.loads(body)["output"][0]["content"][0]["text"], f"Use {REDACTED} there.")
        self.assertEqual(where, ["output[0].content[0].text"])

    def test_function_call_arguments_are_guarded(self) -> None:
        answer = response_object("")
        answer["output"].append(
            {"type": "function_call", "call_id": "c", "name": "f", "arguments": f'{{"k":"{AWS_KEY}"}}'}
        )
        body, where = guarded(answer)
        self.assertEqual(json.loads(body)["output"][1]["arguments"], f'{{"k":"{REDACTED}"}}')
        self.assertEqual(where, ["output[1].arguments"])

    def test_a_reasoning_summary_is_guarded(self) -> None:
        answer = response_object("Done.")
        reasoning = {"type": "reasoning", "id": "rs", "summary": [{"type": "summary_text", "text": f"Key {AWS_KEY}."}]}
        answer["output"].insert(0, reasoning)
        body, where = guarded(answer)
        self.assertEqual(json.loads(body)["output"][0]["summary"][0]["text"], f"Key {REDACTED}.")
        self.assertEqual(where, ["output[0].summary[0].text"])

    def test_a_block_cuts_the_text_empties_later_ones_and_marks_the_response_incomplete(self) -> None:
        answer = response_object(f"Use {AWS_KEY} there.")
        answer["output"][0]["content"].append({"type": "output_text", "text": "More.", "annotations": []})
        document = json.loads(guarded(answer, "block")[0])
        self.assertEqual([p["text"] for p in document["output"][0]["content"]], ["Use ", ""])
        self.assertEqual(
            (document["status"], document["incomplete_details"]), ("incomplete", {"reason": "content_filter"})
        )
        self.assertEqual(document["error"]["code"], "output_blocked")

    def test_an_answer_echoing_a_json_format_says_its_cut_in_a_refusal_part(self) -> None:
        """A retrieved answer has no request beside it: its own C{text.format} says it is JSON."""
        answer = {**response_object(f'{{"k": "{AWS_KEY}"}}'), "text": {"format": {"type": "json_schema"}}}
        document = json.loads(guarded(answer, "block")[0])
        self.assertEqual(
            document["output"][0]["content"], [{"type": "refusal", "refusal": document["error"]["message"]}]
        )

    def test_a_plain_text_answer_keeps_the_text_before_the_finding(self) -> None:
        answer = {**response_object(f"Use {AWS_KEY}."), "text": {"format": {"type": "text"}}}
        document = json.loads(guarded(answer, "block")[0])
        self.assertEqual(
            document["output"][0]["content"][0], {"type": "output_text", "text": "Use ", "annotations": []}
        )


class StreamTests(SynchronousTestCase):
    def test_a_clean_stream_comes_back_byte_for_byte(self) -> None:
        guard, _ = stream_guard()
        events = b"".join(response_events(["Forty", "-two."]))
        self.assertEqual(guard.feed(events) + guard.finish(), events)

    def test_a_key_in_pieces_is_redacted_in_the_deltas_and_every_closing_event(self) -> None:
        guard, where = stream_guard()
        pieces = ["Use ", AWS_KEY[:6], AWS_KEY[6:], " there."]
        written = b"".join(guard.feed(event) for event in response_events(pieces)) + guard.finish()
        self.assertNotIn(AWS_KEY.encode(), written)
        events = events_of(written)
        deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
        self.assertEqual(deltas, f"Use {REDACTED} there.")
        by_type = {e["type"]: e for e in events}
        self.assertEqual(by_type["response.output_text.done"]["text"], deltas)
        self.assertEqual(by_type["response.content_part.done"]["part"]["text"], deltas)
        self.assertEqual(by_type["response.output_item.done"]["item"]["content"][0]["text"], deltas)
        self.assertEqual(by_type["response.completed"]["response"]["output"][0]["content"][0]["text"], deltas)
        self.assertEqual(where, ["output[0].content[0].text"])

    def test_a_streamed_reasoning_summary_is_guarded_in_its_deltas_and_closing_events(self) -> None:
        guard, where = stream_guard()
        at = {"item_id": "rs", "output_index": 0, "summary_index": 0}
        summary = {"type": "summary_text", "text": f"Key {AWS_KEY}."}
        events = [
            {"type": "response.reasoning_summary_text.delta", **at, "delta": "Key " + AWS_KEY[:10]},
            {"type": "response.reasoning_summary_text.delta", **at, "delta": AWS_KEY[10:] + "."},
            {"type": "response.reasoning_summary_text.done", **at, "text": summary["text"]},
            {"type": "response.reasoning_summary_part.done", **at, "part": summary},
            {
                "type": "response.output_item.done",
                "output_index": 0,
                "item": {"type": "reasoning", "summary": [summary]},
            },
        ]
        written = b"".join(guard.feed(typed_event(event)) for event in events) + guard.finish()
        self.assertNotIn(AWS_KEY.encode(), written)
        out = events_of(written)
        deltas = "".join(e["delta"] for e in out if e["type"] == "response.reasoning_summary_text.delta")
        self.assertEqual(deltas, f"Key {REDACTED}.")
        self.assertEqual(out[-1]["item"]["summary"][0]["text"], deltas)
        self.assertEqual(where, ["output[0].summary[0].text"])

    def test_text_held_at_the_end_goes_out_in_a_delta_just_before_the_done_event(self) -> None:
        guard, _ = stream_guard()
        written = b"".join(guard.feed(event) for event in response_events(["Key: ", AWS_KEY[:8]]))
        types = [e["type"] for e in events_of(written)]
        at = types.index("response.output_text.done")
        self.assertEqual(types[at - 1], "response.output_text.delta")
        self.assertEqual(events_of(written)[at - 1]["delta"], AWS_KEY[:8])

    def test_a_text_only_the_closing_events_carry_is_guarded_there(self) -> None:
        guard, where = stream_guard()
        written = guard.feed(typed_event({"type": "response.completed", "response": response_object(f"{AWS_KEY}")}))
        self.assertEqual(events_of(written)[0]["response"]["output"][0]["content"][0]["text"], REDACTED)
        self.assertEqual(where, ["output[0].content[0].text"])

    def test_an_event_whose_type_is_no_string_goes_out_as_it_came(self) -> None:
        guard, _ = stream_guard()
        odd = typed_event({"type": "x", "item": {"type": "response.output_text.delta"}}).replace(
            b'"type":"x"', b'"type":[1]'
        )
        self.assertEqual(guard.feed(odd), odd)

    def test_a_block_ends_the_stream_with_an_error_event_after_the_text_before_it(self) -> None:
        guard, _ = stream_guard("block")
        written: list[bytes] = []
        with self.assertRaises(StreamCut) as cut:
            for event in response_events(["Use ", AWS_KEY, " there."]):
                written.append(guard.feed(event))
        events = events_of(b"".join(written) + cut.exception.last_events)
        deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
        self.assertEqual((deltas, events[-1]["type"], events[-1]["error"]["code"]), ("Use ", "error", "output_blocked"))
        self.assertNotIn("response.completed", [e["type"] for e in events])


class HoldTimeoutTests(SynchronousTestCase):
    def test_text_held_too_long_cuts_the_stream_with_a_hold_timeout_error(self) -> None:
        from twisted.internet.task import Clock

        clock = Clock()
        found: list[str] = []
        policy = OutputPolicy(OutputSettings(hold_timeout=2.0), "medium")
        guard = ResponsesStreamGuard(policy.text_guards([]), lambda f, w: found.append(f.subtype), clock, 2.0)
        cuts: list[bytes] = []
        guard.bind(cuts.append)
        for event in response_events(["Key: ", AWS_KEY[:8]])[:5]:
            guard.feed(event)
        clock.advance(1.0)
        self.assertEqual(cuts, [])
        clock.advance(1.5)
        [last] = events_of(cuts[0])
        self.assertEqual((last["type"], last["error"]["finding"]["type"]), ("error", "hold_timeout"))
        self.assertEqual(found, ["hold_timeout"])
        self.assertEqual(guard.feed(response_events(["x"])[-1]), b"")

    def test_a_fault_in_the_hold_timer_goes_to_the_bound_fault_not_the_reactor(self) -> None:
        from twisted.internet.task import Clock

        clock = Clock()
        policy = OutputPolicy(OutputSettings(hold_timeout=2.0), "medium")

        def broken_report(finding: object, where: str) -> None:
            raise LookupError("a fault reporting the finding")

        guard = ResponsesStreamGuard(policy.text_guards([]), broken_report, clock, 2.0)
        cuts: list[bytes] = []
        faults: list[type[BaseException] | None] = []
        guard.bind(cuts.append, lambda: faults.append(sys.exc_info()[0]))
        for event in response_events(["Key: ", AWS_KEY[:8]])[:5]:
            guard.feed(event)
        clock.advance(2.5)
        self.assertEqual((cuts, faults), ([], [LookupError]))
