"""
Specifications of the guard on a stream of chat.completion.chunk events
(koreshield.guard.stream), driven event by event with a fake clock.

Every key below is made up for these tests.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.internet.task import Clock
from twisted.trial.unittest import SynchronousTestCase

from koreshield.config import OutputAction, OutputSettings
from koreshield.guard import stream as stream_module
from koreshield.guard.policy import OutputPolicy
from koreshield.guard.stream import HOLD_TIMEOUT, StreamGuard
from koreshield.guard.text import OutputFinding
from koreshield.relay import StreamCut
from tests.fake_provider import DONE, chunk, text_chunk, usage_chunk
from tests.proxy_harness import sse_data
from tests.test_guard_text import split_at

AWS_KEY = "AKIAZ7QX3N5PLM2RTV8W"
KEEPALIVE = b": keep-alive\n\n"


def tool_chunk(arguments: str, call: int = 0, index: int = 0) -> bytes:
    delta = {"tool_calls": [{"index": call, "function": {"arguments": arguments}}]}
    event = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "choices": [{"index": index, "delta": delta}]}
    return b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n"


def contents(written: bytes, index: int = 0) -> str:
    """The content a client assembles for choice C{index}."""
    text = []
    for payload in sse_data(written):
        if isinstance(payload, dict):
            for choice in payload.get("choices", []):
                if choice.get("index") == index:
                    text.append(choice.get("delta", {}).get("content") or "")
    return "".join(text)


class StreamGuardCase(SynchronousTestCase):
    action: OutputAction | None = None
    hold_timeout = 2.0

    def setUp(self) -> None:
        self.clock = Clock()
        self.findings: list[tuple[OutputFinding, str]] = []
        self.cuts: list[bytes] = []
        settings = OutputSettings(action=self.action, hold_timeout=self.hold_timeout)
        self.guard = OutputPolicy(settings, "medium").for_stream([], self.report, self.clock)
        self.guard.bind(self.cuts.append)
        self.addCleanup(self.guard.close)

    def report(self, finding: OutputFinding, where: str) -> None:
        self.findings.append((finding, where))

    def feed_all(self, guard: StreamGuard, events: list[bytes]) -> bytes:
        return b"".join(guard.feed(event) for event in events)


class PassThroughTests(StreamGuardCase):
    def test_events_without_guarded_text_pass_byte_for_byte(self) -> None:
        for event in [chunk("", role="assistant"), usage_chunk(3, 4), KEEPALIVE, chunk(finish="stop"), DONE]:
            self.assertEqual(self.guard.feed(event), event)

    def test_clean_content_passes_byte_for_byte_as_it_comes(self) -> None:
        for event in [chunk("Simmer the "), chunk("sauce gently, "), chunk("tok3 ")]:
            self.assertEqual(self.guard.feed(event), event)

    def test_a_run_of_events_comes_back_as_a_run(self) -> None:
        events = chunk("one ") + KEEPALIVE + chunk("two ")
        self.assertEqual(self.guard.feed(events), events)


class PreparedGuardTests(SynchronousTestCase):
    """The first text's guard can be made before the stream starts, and is then the one that guards it."""

    def _guard(self) -> tuple[StreamGuard, list[Any]]:
        policy = OutputPolicy(OutputSettings(action="redact"), "medium")
        made: list[Any] = []
        new_guard = policy.text_guards([])

        def counted() -> Any:
            made.append(new_guard())
            return made[-1]

        guard = StreamGuard(counted, lambda finding, where: None, Clock(), 2.0)
        self.addCleanup(guard.close)
        return guard, made

    def test_preparing_makes_the_first_texts_guard_once(self) -> None:
        guard, made = self._guard()
        guard.prepare()
        guard.prepare()
        self.assertEqual(len(made), 1)

    def test_the_first_text_takes_the_prepared_guard_and_the_next_a_new_one(self) -> None:
        guard, made = self._guard()
        guard.prepare()
        guard.feed(chunk("Simmer the "))
        self.assertEqual(len(made), 1)
        guard.feed(tool_chunk('{"a": 1}'))
        self.assertEqual(len(made), 2)

    def test_a_prepared_stream_redacts_as_an_unprepared_one(self) -> None:
        events = [chunk(f"key {AWS_KEY[:9]}"), chunk(f"{AWS_KEY[9:]} done"), chunk(finish="stop"), DONE]
        prepared, _ = self._guard()
        prepared.prepare()
        unprepared, _ = self._guard()
        written = b"".join(prepared.feed(event) for event in events) + prepared.finish()
        self.assertEqual(written, b"".join(unprepared.feed(event) for event in events) + unprepared.finish())
        self.assertNotIn(AWS_KEY, contents(written))


class RedactTests(StreamGuardCase):
    def test_a_secret_across_two_events_with_a_comment_between_is_redacted(self) -> None:
        written = [self.guard.feed(e) for e in [chunk(f"key {AWS_KEY[:9]}"), KEEPALIVE, chunk(f"{AWS_KEY[9:]} ok.")]]
        self.assertEqual(contents(written[0]), "key ")
        self.assertEqual(written[1], KEEPALIVE)
        self.assertEqual(contents(written[2]), "[REDACTED:aws_access_key] ok.")

    def test_held_text_goes_out_in_an_event_of_its_own_before_a_finish(self) -> None:
        self.guard.feed(chunk("ends with AK"))
        written = self.guard.feed(chunk(finish="stop"))
        self.assertEqual(written, chunk("AK") + chunk(finish="stop"))

    def test_held_text_is_released_before_done(self) -> None:
        self.guard.feed(chunk(f"key {AWS_KEY}"))
        written = self.guard.feed(DONE)
        self.assertEqual(sse_data(written)[-1], "[DONE]")
        self.assertEqual(contents(written), "[REDACTED:aws_access_key]")

    def test_the_end_of_the_stream_releases_what_is_held(self) -> None:
        self.guard.feed(chunk("ends with AK"))
        self.assertEqual(contents(self.guard.finish()), "AK")

    def test_each_choice_is_guarded_on_its_own(self) -> None:
        written = self.feed_all(
            self.guard,
            [chunk(f"a {AWS_KEY[:6]}", index=0), chunk("b AK", index=1), chunk(f"{AWS_KEY[6:]} .", index=0)],
        )
        written += self.guard.feed(chunk("IA!", index=1))
        self.assertEqual(contents(written, 0), "a [REDACTED:aws_access_key] .")
        self.assertEqual(contents(written, 1), "b AKIA!")

    def test_tool_call_arguments_are_guarded_and_released_when_the_next_call_starts(self) -> None:
        written = self.guard.feed(tool_chunk('{"key": "' + AWS_KEY[:10], call=0))
        written += self.guard.feed(tool_chunk(AWS_KEY[10:], call=0))
        written += self.guard.feed(tool_chunk('{"q": "x"}', call=1))
        arguments = [
            (c["index"], c["function"]["arguments"])
            for p in sse_data(written)
            for c in p["choices"][0]["delta"]["tool_calls"]
        ]
        self.assertEqual(arguments, [(0, '{"key": "'), (0, ""), (0, "[REDACTED:aws_access_key]"), (1, '{"q": "x"}')])
        self.assertEqual(self.findings[0][1], "choices[0].tool_calls[0].function.arguments")

    def test_findings_are_reported_with_where_they_are(self) -> None:
        self.guard.feed(chunk(f"{AWS_KEY} "))
        self.assertEqual(
            self.findings, [(OutputFinding("secret", "aws_access_key", "redact", 0, 20), "choices[0].content")]
        )


class BlockTests(StreamGuardCase):
    action = "block"

    def test_a_block_ends_the_stream_before_the_finding(self) -> None:
        self.guard.feed(chunk("", role="assistant"))
        self.assertEqual(self.guard.feed(chunk("Here: AKIAZ7")), chunk("Here: "))
        with self.assertRaises(StreamCut) as cut:
            self.guard.feed(chunk("QX3N5PLM2RTV8W and more"))
        *_, last, done = sse_data(cut.exception.last_events)
        self.assertEqual(done, "[DONE]")
        self.assertEqual(last["choices"], [{"index": 0, "delta": {}, "finish_reason": "content_filter"}])
        self.assertEqual(last["error"]["code"], "output_blocked")
        self.assertEqual(last["error"]["finding"], {"category": "secret", "type": "aws_access_key"})
        self.assertNotIn(AWS_KEY[:4].encode(), cut.exception.last_events)

    def test_nothing_is_written_after_a_block(self) -> None:
        with self.assertRaises(StreamCut):
            self.guard.feed(chunk(f"{AWS_KEY} "))
        self.assertEqual((self.guard.feed(chunk("more")), self.guard.finish()), (b"", b""))


class HoldTimeoutTests(StreamGuardCase):
    def test_text_held_too_long_with_nothing_arriving_cuts_the_stream(self) -> None:
        self.guard.feed(chunk("partial AKIA"))
        self.clock.advance(1.9)
        self.assertEqual(self.cuts, [])
        self.clock.advance(0.1)
        [cut] = self.cuts
        last = sse_data(cut)[0]
        self.assertEqual(last["error"]["finding"], {"category": "secret", "type": HOLD_TIMEOUT})
        self.assertNotIn(b"AKIA", cut)
        self.assertEqual(self.findings[-1][0].subtype, HOLD_TIMEOUT)

    def test_new_text_in_time_keeps_the_stream_going(self) -> None:
        self.guard.feed(chunk("partial AKIA"))
        self.clock.advance(1.5)
        self.guard.feed(chunk("Z7QX3N5"))
        self.clock.advance(1.5)
        self.assertEqual(self.cuts, [])
        self.clock.advance(0.5)
        self.assertEqual(len(self.cuts), 1)

    def test_nothing_held_means_no_timer(self) -> None:
        self.guard.feed(chunk("all clean "))
        self.assertEqual(self.clock.getDelayedCalls(), [])

    def test_closing_the_guard_stops_its_timer(self) -> None:
        self.guard.feed(chunk("partial AKIA"))
        self.guard.close()
        self.assertEqual(self.clock.getDelayedCalls(), [])


TEXT_PIECES = (AWS_KEY, "ghp_R8kz2Lq9Xw4Nt7Vb1Mc6Jh3Pd5Sf0Gy8Aa2E", "password: S3cure!Pass", "the ", "AK", ". ", "sk-")
stream_texts = st.lists(st.sampled_from(TEXT_PIECES), min_size=1, max_size=6).map("".join)


class AnySplitTests(SynchronousTestCase):
    def client_receives(self, action: OutputAction, pieces: list[str], between: bytes) -> tuple[str, Any]:
        guard = OutputPolicy(OutputSettings(action=action), "medium").for_stream([], lambda f, w: None, Clock())
        written = guard.feed(chunk("", role="assistant"))
        try:
            for piece in pieces:
                written += guard.feed(chunk(piece)) + guard.feed(between)
            written += guard.feed(chunk(finish="stop") + DONE)
        except StreamCut as cut:
            written += cut.last_events
        last = sse_data(written)[-2]
        return contents(written), last.get("error")

    @settings(max_examples=300, deadline=None)
    @given(stream_texts, st.lists(st.integers(0, 500), max_size=15), st.sampled_from(["redact", "block"]))
    def test_the_client_receives_the_same_answer_however_the_provider_splits_it(
        self, text: str, cuts: list[int], action: OutputAction
    ) -> None:
        whole = self.client_receives(action, [text], b"")
        self.assertEqual(self.client_receives(action, split_at(text, cuts), KEEPALIVE), whole)


def spaced(event: bytes) -> bytes:
    """The same event with spaces after its separators, as some providers write JSON: not the usual event's shape."""
    data = json.loads(event.removeprefix(b"data: "))
    return b"data: " + json.dumps(data).encode() + b"\n\n"


def chunk_with_id(content: str, index: int, id_: str) -> bytes:
    """A content event of choice C{index} in a stream whose events carry C{id_}."""
    event = json.loads(chunk(content, index=index).removeprefix(b"data: "))
    event["id"] = id_
    return b"data: " + json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode() + b"\n\n"


class UsualEventTests(SynchronousTestCase):
    """
    The usual event (compact JSON, one choice, only content) is guarded
    without decoding its JSON; the answer must be the general path's.
    """

    def client_receives(self, action: OutputAction, events: list[bytes]) -> tuple[list[Any], list[str]]:
        findings: list[str] = []
        guard = OutputPolicy(OutputSettings(action=action), "medium").for_stream(
            [], lambda f, w: findings.append(f"{f.subtype} {w} {f.start}-{f.end}"), Clock()
        )
        written = b""
        try:
            for event in events:
                written += guard.feed(event)
            written += guard.finish()
        except StreamCut as cut:
            written += cut.last_events
        return sse_data(written), findings

    @settings(max_examples=100, deadline=None)
    @given(
        stream_texts,
        st.lists(st.integers(0, 500), max_size=15),
        st.sampled_from(["redact", "block"]),
        st.sampled_from(["é ", '"quoted" ', "line\n", "tab\t", "\u2028 ", "emoji 🍲 "]),
    )
    def test_the_usual_event_is_guarded_as_the_general_path_guards_it(
        self, text: str, cuts: list[int], action: OutputAction, odd: str
    ) -> None:
        pieces = split_at(odd + text, cuts)
        events = [chunk("", role="assistant"), *(chunk(piece) for piece in pieces), chunk(finish="stop"), DONE]
        general = [spaced(event) if event.startswith(b"data: {") else event for event in events]
        self.assertEqual(self.client_receives(action, events), self.client_receives(action, general))

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from([*TEXT_PIECES, 'say "hi" ', "back\\slash ", "caf\u00e9 ", "a\tb ", "two words "]),
                st.integers(0, 1),
                st.sampled_from(["chatcmpl-a", "chatcmpl-b"]),
            ),
            min_size=1,
            max_size=12,
        ),
        st.sampled_from(["redact", "block"]),
    )
    def test_events_read_against_the_last_ones_head_and_tail_are_guarded_as_the_general_path_guards_them(
        self, pieces: list[tuple[str, int, str]], action: OutputAction
    ) -> None:
        """
        The usual events of a stream repeat the last one's bytes around their
        content, and are read by comparing them: choices and ids that change
        between events, and content that is not plain ASCII, are read as the
        general path reads them.
        """
        first = chunk(pieces[0][0], role="assistant", index=pieces[0][1])
        events = (
            [first] + [chunk_with_id(piece, index, id_) for piece, index, id_ in pieces] + [chunk(finish="stop"), DONE]
        )
        general = [spaced(event) if event.startswith(b"data: {") else event for event in events]
        self.assertEqual(self.client_receives(action, events), self.client_receives(action, general))

    def test_the_event_after_a_stream_s_first_is_read_against_its_head_without_the_role(self) -> None:
        """
        A stream's first event names the assistant's role, the next ones do
        not: the second is read against the first's head without the role (the
        quick road), and guarded as the general path guards it, as it is when
        every event repeats the role (the quick road's condition false).
        """
        guard = OutputPolicy(OutputSettings(), "medium").for_stream([], lambda f, w: None, Clock())
        guard.feed(chunk("Use ", role="assistant"))
        second = chunk("the key ")
        self.assertEqual(guard.feed(second), second)
        self.assertTrue(second.startswith(guard._known.head) and guard._known.roleless is None)  # type: ignore[union-attr]
        pieces = ["Use ", AWS_KEY[:3], AWS_KEY[3:12], AWS_KEY[12:] + " now", " gently.", "x"]
        for action in ("redact", "block"):
            roleless = [chunk(pieces[0], role="assistant"), *(chunk(p) for p in pieces[1:])]
            repeated = [chunk(p, role="assistant") for p in pieces]
            for events in (roleless, repeated):
                events = [*events, chunk(finish="stop"), DONE]
                general = [spaced(event) if event.startswith(b"data: {") else event for event in events]
                self.assertEqual(self.client_receives(action, events), self.client_receives(action, general))

    def test_plain_content_that_is_not_printable_is_read_as_the_usual_content_too(self) -> None:
        """
        The quick road tells plain content by three C calls when it is
        printable, and by the regex otherwise (a separator beyond ASCII is
        plain but not printable; a control character or DEL is neither): both
        guard it as the general path does.
        """
        odd = ["no\u00a0break ", "line\u2028sep ", "del\x7f ", "tab\t ", f"{AWS_KEY[:5]}\u00a0", AWS_KEY[5:]]
        for action in ("redact", "block"):
            for piece in odd:
                events = [chunk("Use ", role="assistant"), chunk("the "), chunk(piece), chunk(AWS_KEY + " now")]
                events += [chunk(" ok"), chunk(finish="stop"), DONE]
                general = [spaced(event) if event.startswith(b"data: {") else event for event in events]
                self.assertEqual(self.client_receives(action, events), self.client_receives(action, general))

    def test_content_beyond_ascii_read_against_the_last_event_is_guarded(self) -> None:
        guard = OutputPolicy(OutputSettings(), "medium").for_stream([], lambda f, w: None, Clock())
        written = self.feed_all(
            guard, [chunk("Caf\u00e9 "), chunk("cr\u00e8me "), chunk(f"{AWS_KEY} "), chunk("na\u00efve.")]
        )
        self.assertEqual(contents(written), "Caf\u00e9 cr\u00e8me [REDACTED:aws_access_key] na\u00efve.")

    def test_bytes_that_are_not_utf8_between_the_last_events_head_and_tail_take_the_general_path(self) -> None:
        guard = OutputPolicy(OutputSettings(), "medium").for_stream([], lambda f, w: None, Clock())
        guard.feed(chunk("Simmer "))
        broken = chunk("the sauce").replace(b"the sauce", b"the \xff sauce")
        self.assertEqual(guard.feed(broken), broken)  # not JSON text: passed on as it came, as the general path does

    def test_a_run_of_events_like_the_last_one_is_guarded_event_by_event(self) -> None:
        guard = OutputPolicy(OutputSettings(), "medium").for_stream([], lambda f, w: None, Clock())
        guard.feed(chunk("Simmer "))
        run = chunk("the ") + chunk(f"rest {AWS_KEY}") + chunk(" gently.")
        self.assertEqual(contents(guard.feed(run)), "the rest [REDACTED:aws_access_key] gently.")

    def test_content_after_its_choice_finished_is_guarded_by_a_new_guard(self) -> None:
        guard = OutputPolicy(OutputSettings(), "medium").for_stream([], lambda f, w: None, Clock())
        written = self.feed_all(guard, [chunk("Simmer "), chunk("the sauce."), chunk(finish="stop")])
        written += self.feed_all(guard, [chunk("Then "), chunk(AWS_KEY), chunk(" now.")])
        self.assertEqual(contents(written), "Simmer the sauce.Then [REDACTED:aws_access_key] now.")

    def feed_all(self, guard: StreamGuard, events: list[bytes]) -> bytes:
        return b"".join(guard.feed(event) for event in events)

    def test_content_with_a_quote_after_usual_events_passes_byte_for_byte(self) -> None:
        guard = OutputPolicy(OutputSettings(), "medium").for_stream([], lambda f, w: None, Clock())
        for event in [chunk("Simmer "), chunk('say "when" '), chunk("\\o/ "), chunk("gently")]:
            self.assertEqual(guard.feed(event), event)

    def test_an_event_beside_other_choices_takes_the_general_path(self) -> None:
        event = json.loads(chunk(AWS_KEY + " ").removeprefix(b"data: "))
        event["choices"].append({"index": 1, "delta": {"content": "AKIAQ4BX7M2NL5RTP3ZW "}, "finish_reason": None})
        written = (
            OutputPolicy(OutputSettings(), "medium")
            .for_stream([], lambda f, w: None, Clock())
            .feed(b"data: " + json.dumps(event, separators=(",", ":")).encode() + b"\n\n")
        )
        self.assertEqual((contents(written, 0), contents(written, 1)), ("[REDACTED:aws_access_key] ",) * 2)

    def test_a_repeated_choices_key_takes_the_general_path(self) -> None:
        second = b',"choices":[{"index":0,"delta":{"content":"' + AWS_KEY.encode() + b' "}}]}\n\n'
        repeated = chunk("Simmer ")[:-3] + second
        written = OutputPolicy(OutputSettings(), "medium").for_stream([], lambda f, w: None, Clock()).feed(repeated)
        self.assertEqual(contents(written), "[REDACTED:aws_access_key] ")


def texts(written: bytes) -> str:
    """The text a client assembles from a legacy completion's stream."""
    return "".join(
        choice.get("text") or ""
        for payload in sse_data(written)
        if isinstance(payload, dict)
        for choice in payload.get("choices", [])
    )


class LegacyCompletionStreamTests(StreamGuardCase):
    def test_clean_text_passes_byte_for_byte(self) -> None:
        for event in [text_chunk("Once upon "), text_chunk("a time.")]:
            self.assertEqual(self.guard.feed(event), event)

    def test_a_key_split_over_text_chunks_is_redacted_and_never_half_sent(self) -> None:
        pieces = ["Use ", AWS_KEY[:3], AWS_KEY[3:9], AWS_KEY[9:], " there."]
        written = [self.guard.feed(text_chunk(piece)) for piece in pieces]
        written.append(self.guard.feed(text_chunk("", finish="stop") + DONE))
        self.assertNotIn(AWS_KEY[:4].encode(), b"".join(written))
        self.assertEqual(texts(b"".join(written)), "Use [REDACTED:aws_access_key] there.")
        self.assertEqual([where for _, where in self.findings], ["choices[0].text"])
        [payload] = [p for p in sse_data(written[-1]) if isinstance(p, dict) and p["choices"][0]["finish_reason"]]
        self.assertEqual(payload["object"], "text_completion")


class LegacyCompletionBlockTests(StreamGuardCase):
    action = "block"

    def test_a_block_ends_the_stream_with_a_text_completion_event(self) -> None:
        written = self.guard.feed(text_chunk("Use "))
        with self.assertRaises(StreamCut) as cut:
            self.guard.feed(text_chunk(AWS_KEY + " there."))
        written += cut.exception.last_events
        self.assertEqual(texts(written), "Use ")
        last = [p for p in sse_data(written) if isinstance(p, dict)][-1]
        self.assertEqual(last["object"], "text_completion")
        self.assertEqual(last["choices"], [{"index": 0, "text": "", "finish_reason": "content_filter"}])
        self.assertEqual(last["error"]["code"], "output_blocked")
        self.assertTrue(written.endswith(DONE))


class SeveralEventsInOneReadTests(SynchronousTestCase):
    """
    A proxy that falls behind reads several events at once and hands them
    to the guard together: each is guarded as it would be alone, the usual
    ones on the quick road.
    """

    def written(self, action: OutputAction, events: list[bytes], runs: list[int]) -> tuple[bytes, list[str]]:
        """What the client gets and what is reported when C{events} come C{runs[i]} at a time (cycling)."""
        findings: list[str] = []
        guard = OutputPolicy(OutputSettings(action=action), "medium").for_stream(
            [], lambda f, w: findings.append(f"{f.subtype} {w} {f.start}-{f.end}"), Clock()
        )
        written = b""
        at = 0
        try:
            for size in itertools.cycle(runs):
                if at >= len(events):
                    break
                written += guard.feed(b"".join(events[at : at + size]))
                at += size
            written += guard.finish()
        except StreamCut as cut:
            written += cut.last_events
        return written, findings

    @settings(max_examples=150, deadline=None)
    @given(
        stream_texts,
        st.lists(st.integers(0, 500), max_size=15),
        st.lists(st.integers(1, 6), min_size=1, max_size=8),
        st.sampled_from(["redact", "block"]),
        st.sampled_from(["", "é ", '"quoted" ', "line\n", "\u2028 "]),
    )
    def test_a_read_of_several_events_is_guarded_as_its_events_one_by_one(
        self, text: str, cuts: list[int], runs: list[int], action: OutputAction, odd: str
    ) -> None:
        pieces = split_at(odd + text, cuts)
        events = [chunk("", role="assistant"), *(chunk(piece) for piece in pieces), chunk(finish="stop"), DONE]
        self.assertEqual(self.written(action, events, runs), self.written(action, events, [1]))

    def test_the_usual_events_of_a_read_take_the_quick_road(self) -> None:
        guard = OutputPolicy(OutputSettings(), "medium").for_stream([], lambda f, w: None, Clock())
        guard.feed(chunk("Simmer "))
        read_generally: list[bytes] = []
        general = stream_module._usual_content

        def counted(event: bytes) -> Any:
            read_generally.append(event)
            return general(event)

        self.patch(stream_module, "_usual_content", counted)
        run = chunk("the ") + chunk("sauce ") + chunk("gently.")
        self.assertEqual(guard.feed(run), run)
        self.assertEqual(read_generally, [])
