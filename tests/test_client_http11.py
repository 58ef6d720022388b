"""
The scan clients' HTTP/1.1 framing: whatever way the proxy (or nginx in
front of it) frames an answer, and however the bytes are split on arrival,
the same answer is read.
"""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.client.http11 import MAX_HEAD_BYTES, Answer, AnswerReader, ProtocolError, encode_request

BODY = b'{"threat_detected":false}'
LENGTH_FRAMED = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 25\r\n\r\n" + BODY
CHUNKED = (
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Request-Id: req_1\r\n\r\n"
    b"a;ext=1\r\n" + BODY[:10] + b"\r\n" + b"f\r\n" + BODY[10:] + b"\r\n0\r\nX-Trailer: t\r\n\r\n"
)
CLOSE_DELIMITED = b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + BODY


def read_whole(wire: bytes, pieces: list[int] | None = None) -> Answer:
    """Feed C{wire} cut at C{pieces} (offsets), then the end of the stream if needed."""
    reader = AnswerReader()
    cuts = sorted({0, len(wire), *(p for p in pieces or () if 0 < p < len(wire))})
    for start, end in itertools.pairwise(cuts):
        answer = reader.feed(wire[start:end])
        if answer is not None:
            return answer
    return reader.feed_eof()


class FramingTests(SynchronousTestCase):
    def test_a_content_length_answer_is_read_and_the_connection_kept(self) -> None:
        answer = read_whole(LENGTH_FRAMED)
        self.assertEqual((answer.status, answer.body, answer.reusable), (200, BODY, True))
        self.assertEqual(answer.headers["content-type"], "application/json")

    def test_a_chunked_answer_is_reassembled_with_extensions_and_trailers_ignored(self) -> None:
        answer = read_whole(CHUNKED)
        self.assertEqual((answer.body, answer.reusable, answer.headers["x-request-id"]), (BODY, True, "req_1"))

    def test_an_answer_delimited_by_the_close_ends_with_it_and_is_not_reused(self) -> None:
        reader = AnswerReader()
        self.assertIsNone(reader.feed(CLOSE_DELIMITED))
        answer = reader.feed_eof()
        self.assertEqual((answer.body, answer.reusable), (BODY, False))

    def test_connection_close_makes_the_connection_single_use(self) -> None:
        answer = read_whole(LENGTH_FRAMED.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1))
        self.assertFalse(answer.reusable)

    def test_http_1_0_keeps_the_connection_only_when_asked(self) -> None:
        wire = LENGTH_FRAMED.replace(b"HTTP/1.1", b"HTTP/1.0")
        self.assertFalse(read_whole(wire).reusable)
        self.assertTrue(read_whole(wire.replace(b"\r\n\r\n", b"\r\nConnection: keep-alive\r\n\r\n", 1)).reusable)

    def test_interim_answers_are_skipped(self) -> None:
        answer = read_whole(b"HTTP/1.1 100 Continue\r\n\r\n" + LENGTH_FRAMED)
        self.assertEqual((answer.status, answer.body), (200, BODY))

    def test_no_content_has_no_body(self) -> None:
        answer = read_whole(b"HTTP/1.1 204 No Content\r\n\r\n")
        self.assertEqual((answer.status, answer.body, answer.reusable), (204, b"", True))

    def test_repeated_headers_are_joined(self) -> None:
        answer = read_whole(b"HTTP/1.1 200 OK\r\nVary: a\r\nVary: b\r\nContent-Length: 0\r\n\r\n")
        self.assertEqual(answer.headers["vary"], "a, b")

    def test_bytes_after_a_whole_answer_make_the_connection_single_use(self) -> None:
        answer = AnswerReader().feed(LENGTH_FRAMED + b"HTTP/1.1 200 OK\r\n")
        assert answer is not None
        self.assertFalse(answer.reusable)

    @given(st.lists(st.integers(min_value=1, max_value=len(CHUNKED) - 1), max_size=12))
    def test_any_split_of_a_chunked_answer_reads_the_same(self, pieces: list[int]) -> None:
        self.assertEqual(read_whole(CHUNKED, pieces).body, BODY)

    @given(st.lists(st.integers(min_value=1, max_value=len(LENGTH_FRAMED) - 1), max_size=12))
    def test_any_split_of_a_length_framed_answer_reads_the_same(self, pieces: list[int]) -> None:
        self.assertEqual(read_whole(LENGTH_FRAMED, pieces).body, BODY)

    def test_an_answer_fed_one_byte_at_a_time_is_read(self) -> None:
        self.assertEqual(read_whole(CHUNKED, list(range(len(CHUNKED)))).body, BODY)


class BrokenAnswerTests(SynchronousTestCase):
    def test_a_close_before_any_byte_says_so(self) -> None:
        reader = AnswerReader()
        error = self.assertRaises(ProtocolError, reader.feed_eof)
        self.assertIn("before any answer", str(error))
        self.assertFalse(reader.received_anything)

    def test_a_close_inside_a_length_framed_body_is_an_error(self) -> None:
        reader = AnswerReader()
        reader.feed(LENGTH_FRAMED[:-3])
        self.assertRaises(ProtocolError, reader.feed_eof)
        self.assertTrue(reader.received_anything)

    def test_a_close_inside_a_chunked_body_is_an_error(self) -> None:
        reader = AnswerReader()
        reader.feed(CHUNKED[:-5])
        self.assertRaises(ProtocolError, reader.feed_eof)

    def test_something_that_is_not_http_is_refused(self) -> None:
        self.assertRaises(ProtocolError, AnswerReader().feed, b"SSH-2.0-OpenSSH_9.6\r\n\r\n")

    def test_an_endless_head_is_refused_at_the_limit(self) -> None:
        reader = AnswerReader()
        reader.feed(b"HTTP/1.1 200 OK\r\n")
        self.assertRaises(ProtocolError, reader.feed, b"X-Padding: " + b"a" * MAX_HEAD_BYTES)

    def test_a_malformed_chunk_size_is_refused(self) -> None:
        wire = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
        self.assertRaises(ProtocolError, AnswerReader().feed, wire)

    def test_a_chunk_without_its_crlf_is_refused(self) -> None:
        wire = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY"
        self.assertRaises(ProtocolError, AnswerReader().feed, wire)

    def test_a_malformed_content_length_is_refused(self) -> None:
        self.assertRaises(ProtocolError, AnswerReader().feed, b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")


class RequestTests(SynchronousTestCase):
    def test_a_request_carries_host_length_and_headers(self) -> None:
        wire = encode_request("POST", "/v1/scan", "proxy:8000", {"Authorization": "Bearer k"}, b"{}")
        self.assertEqual(
            wire,
            b"POST /v1/scan HTTP/1.1\r\nHost: proxy:8000\r\nContent-Length: 2\r\nAuthorization: Bearer k\r\n\r\n{}",
        )

    def test_a_header_with_a_line_break_is_refused(self) -> None:
        self.assertRaises(ValueError, encode_request, "POST", "/", "h", {"Authorization": "k\r\nX-Evil: 1"}, b"")

    def test_a_header_outside_latin_1_is_refused(self) -> None:
        self.assertRaises(ValueError, encode_request, "POST", "/", "h", {"Authorization": "Bearer ключ"}, b"")
