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
