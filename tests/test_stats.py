"""
How an exchange's record counts the content it relays (L{koreshield.stats}).

The usual streamed event is counted with C{find} alone; these tests hold
that quick road to the regex's answer, for the usual event and for every
shape that must leave it (escapes, spaced JSON, several contents).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.stats import _CONTENT, ExchangeRecord


def counted(data: bytes) -> tuple[int, int]:
    """Content deltas and bytes a fresh record counts in C{data}."""
    record = ExchangeRecord(request_id="r", endpoint="chat", started_at=0.0)
    record._count_content(data)
    return record.content_deltas, record.content_bytes


def by_regex(data: bytes) -> tuple[int, int]:
    """The same count, by the regex alone (what the quick road must agree with)."""
    sizes = [match.end(1) - match.start(1) for match in _CONTENT.finditer(data)]
    return sum(1 for size in sizes if size), sum(sizes)


USUAL = b'data: {"id":"c","choices":[{"index":0,"delta":{"content":"Hello there"},"finish_reason":null}]}\n\n'


class CountContentTests(SynchronousTestCase):
    def test_usual_event(self) -> None:
        self.assertEqual(counted(USUAL), (1, 11))

    def test_empty_content_is_not_a_delta(self) -> None:
        self.assertEqual(counted(USUAL.replace(b"Hello there", b"")), (0, 0))

    def test_escaped_quote_counts_the_whole_string(self) -> None:
        self.assertEqual(counted(USUAL.replace(b"Hello there", b'say \\"hi\\"')), (1, 10))

    def test_spaced_json(self) -> None:
        self.assertEqual(counted(b'{"content": "abc"}'), (1, 3))

    def test_several_events_in_one_run(self) -> None:
        self.assertEqual(counted(USUAL + USUAL.replace(b"Hello there", b"ok")), (2, 13))

    def test_first_key_not_a_string(self) -> None:
        self.assertEqual(counted(b'{"content":null,"x":{"content":"ab"}}'), (1, 2))

    def test_no_content(self) -> None:
        self.assertEqual(counted(b'data: {"choices":[{"delta":{"role":"assistant"}}]}\n\n'), (0, 0))

    @settings(max_examples=300)
    @given(
        st.lists(
            st.sampled_from([b'"content":', b'"content": ', b'"', b"\\", b'\\"', b"a", b" ", b"\n", b"{", b"}"]),
            max_size=12,
        )
    )
    def test_agrees_with_the_regex(self, parts: list[bytes]) -> None:
        data = b"".join(parts)
        self.assertEqual(counted(data), by_regex(data))


def usage_taken(events: bytes) -> tuple[int | None, int | None]:
    """The prompt and completion tokens a fresh record takes from C{events}."""
    record = ExchangeRecord(request_id="r", endpoint="chat", started_at=0.0)
    record.count_events(events)
    return record.prompt_tokens, record.completion_tokens


def usage_decoded(events: bytes) -> tuple[int | None, int | None]:
    """The same, every C{data} line holding C{"usage"} decoded (what the check for null usage must agree with)."""
    record = ExchangeRecord(request_id="r", endpoint="chat", started_at=0.0)
    for line in events.split(b"\n"):
        if line.startswith(b"data:") and b'"usage"' in line:
            record._take_usage(line[5:])
    return record.prompt_tokens, record.completion_tokens


NULL_USAGE = b'data: {"id":"c","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}],"usage":null}\n\n'
USAGE = b'data: {"id":"c","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":30,"total_tokens":42}}\n\n'


class CountUsageTests(SynchronousTestCase):
    """
    OpenAI adds C{"usage":null} to every chunk of a stream that reports its
    usage; those events are not decoded, and the one that counts still is.
    """

    def test_events_whose_usage_is_null_carry_no_counts(self) -> None:
        self.assertEqual(usage_taken(NULL_USAGE * 3), (None, None))

    def test_the_usage_chunk_after_null_usage_events_is_counted(self) -> None:
        self.assertEqual(usage_taken(NULL_USAGE + NULL_USAGE + USAGE), (12, 30))

    def test_a_responses_usage_beside_a_null_usage_is_counted(self) -> None:
        event = b'data: {"usage":null,"response":{"usage":{"input_tokens":5,"output_tokens":7}}}\n\n'
        self.assertEqual(usage_taken(event), (5, 7))

    def test_the_word_usage_as_a_string_value_leaves_the_event_to_the_decoder(self) -> None:
        event = b'data: {"kind":"usage","usage":null,"x":{"usage":{"prompt_tokens":1,"completion_tokens":2}}}\n\n'
        self.assertEqual(usage_taken(event), usage_decoded(event))

    @settings(max_examples=400)
    @given(
        st.lists(
            st.sampled_from(
                [
                    b'data: {"usage":null}',
                    b'data: {"usage": null}',
                    b'data: {"usage":{"prompt_tokens":3,"completion_tokens":4}}',
                    b'data: {"response":{"usage":{"input_tokens":8,"output_tokens":9}},"usage":null}',
                    b'data: {"choices":[],"usage":{"completion_tokens":6}}',
                    b'data: {"content":"\\"usage\\":null"}',
                    b'data: {"usage":null,"usage":{"prompt_tokens":1}}',
                    b'data: {"usage":null',
                    b": comment",
                    b"",
                ]
            ),
            max_size=8,
        )
    )
    def test_agrees_with_decoding_every_line_that_names_usage(self, lines: list[bytes]) -> None:
        events = b"\n".join(lines) + b"\n\n"
        self.assertEqual(usage_taken(events), usage_decoded(events))
