"""
SSE framing: complete events pass at once and unchanged, whatever the
chunking; incomplete ones wait; unbounded ones are refused.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.sse import EventFramer, MalformedStream, parse_events

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
