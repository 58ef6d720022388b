"""
SSE framing: complete events pass at once and unchanged, whatever the
chunking; incomplete ones wait; unbounded ones are refused.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.sse import EventFramer, MalformedStream, first_non_json_event, parse_events, split_events

EVENTS = b'data: {"a":1}\n\ndata: {"b":2}\n\n: comment\n\nevent: ping\ndata: x\n\ndata: [DONE]\n\n'


class EventFramerTests(SynchronousTestCase):
    def test_whole_events_pass_through_unchanged(self) -> None:
        self.assertEqual(EventFramer().feed(EVENTS), EVENTS)

    def test_an_incomplete_event_is_held_until_its_blank_line(self) -> None:
        framer = EventFramer()
        self.assertEqual(framer.feed(b'data: {"a"'), b"")
        self.assertEqual(framer.pending, b'data: {"a"')
        self.assertEqual(framer.feed(b":1}\n"), b"")
        self.assertEqual(framer.feed(b"\ndata: next"), b'data: {"a":1}\n\n')
        self.assertEqual(framer.pending, b"data: next")

    def test_crlf_line_endings_frame_events(self) -> None:
        framer = EventFramer()
        self.assertEqual(framer.feed(b"data: a\r\n\r\ndata: b\r\n"), b"data: a\r\n\r\n")
        self.assertEqual(framer.feed(b"\r\n"), b"data: b\r\n\r\n")

    def test_an_event_longer_than_the_bound_is_malformed(self) -> None:
        framer = EventFramer(max_event_bytes=100)
        framer.feed(b"data: " + b"x" * 90)
        with self.assertRaises(MalformedStream):
            framer.feed(b"x" * 20)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.integers(min_value=1, max_value=len(EVENTS)), max_size=20))
    def test_any_chunking_yields_the_same_bytes_in_whole_events(self, cuts: list[int]) -> None:
        framer = EventFramer()
        positions = [*sorted(set(cuts)), len(EVENTS)]
        start = 0
        out = b""
        for end in positions:
            released = framer.feed(EVENTS[start:end])
            self.assertTrue(released == b"" or released.endswith(b"\n\n"))
            out += released
            start = end
        self.assertEqual(out, EVENTS)
        self.assertEqual(framer.pending, b"")


class ParseEventsTests(SynchronousTestCase):
    def test_events_are_parsed_into_names_and_data(self) -> None:
        self.assertEqual(
            list(parse_events(EVENTS)),
            [(None, '{"a":1}'), (None, '{"b":2}'), ("ping", "x"), (None, "[DONE]")],
        )

    def test_multi_line_data_is_joined_with_newlines(self) -> None:
        self.assertEqual(list(parse_events(b"data: one\ndata: two\n\n")), [(None, "one\ntwo")])

    def test_unicode_line_separators_inside_data_do_not_split_it(self) -> None:
        text = 'data: {"t":"a\u2028b"}\n\n'.encode()
        self.assertEqual(list(parse_events(text)), [(None, '{"t":"a\u2028b"}')])


def first_non_json_by_parsing(block: bytes) -> int:
    """L{first_non_json_event}'s answer, event by event with no shortcut (what its quick checks must agree with)."""
    start = 0
    for event in split_events(block):
        data = [line[5:].removeprefix(b" ") for line in event.splitlines() if line.startswith(b"data:")]
        payload = b"\n".join(data).strip()
        if data and payload != b"[DONE]" and not (payload.startswith(b"{") and payload.endswith(b"}")):
            return start
        start += len(event)
    return -1


OBJECT_EVENT = b'data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\n'


class FirstNonJsonEventTests(SynchronousTestCase):
    def test_one_object_event_is_json(self) -> None:
        self.assertEqual(first_non_json_event(OBJECT_EVENT), -1)

    def test_done_is_json_enough(self) -> None:
        self.assertEqual(first_non_json_event(OBJECT_EVENT + b"data: [DONE]\n\n"), -1)

    def test_an_object_cut_short_is_found_where_its_event_starts(self) -> None:
        self.assertEqual(first_non_json_event(OBJECT_EVENT + b'data: {"choices":\n\n'), len(OBJECT_EVENT))

    def test_one_event_spread_over_two_data_lines_is_read_whole(self) -> None:
        self.assertEqual(first_non_json_event(b'data: {"a":\ndata: 1}\n\n'), -1)
        self.assertEqual(first_non_json_event(b"data: {\ndata: x\n\n"), 0)

    @settings(max_examples=500, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    OBJECT_EVENT,
                    b"data: [DONE]\n\n",
                    b"data: {}\r\n\r\n",
                    b"data:{}\n\n",
                    b'data: {"a":\ndata: 1}\n\n',
                    b"data: {\n\n",
                    b"data: }\n\n",
                    b"data: plain text\n\n",
                    b": keep-alive\n\n",
                    b"event: ping\n\n",
                    b"data: {} \n\n",
                    b"data: [DONE] {}\n\n",
                ]
            ),
            min_size=1,
            max_size=5,
        )
    )
    def test_agrees_with_reading_every_event(self, events: list[bytes]) -> None:
        block = b"".join(events)
        self.assertEqual(first_non_json_event(block), first_non_json_by_parsing(block))
