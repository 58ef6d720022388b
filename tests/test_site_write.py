"""
ShieldRequest.write: a stream's writes leave as twisted.web's own would
send them, byte for byte, whatever the request.
"""

from __future__ import annotations

from collections.abc import Callable

from twisted.trial.unittest import TestCase
from twisted.web import server
from twisted.web.test.requesthelper import DummyChannel

from koreshield.http.site import ShieldRequest


class _TwistedWebWrite(ShieldRequest):
    """A ShieldRequest that writes as twisted.web does."""

    write = server.Request.write


_WRITES = [b'data: {"choices":[{"delta":{"content":"Simmer"}}]}\n\n', b"", b"x" * 300, b"data: [DONE]\n\n"]


def _sent(
    request_class: type[server.Request],
    version: bytes = b"HTTP/1.1",
    method: bytes = b"GET",
    then: Callable[[server.Request], None] | None = None,
) -> bytes:
    """What a request of C{request_class} sends for L{_WRITES} (C{then} runs after the first write)."""
    channel = DummyChannel()
    request = request_class(channel, False)
    request.clientproto = version
    request.method = method
    request.setResponseCode(200)
    for number, data in enumerate(_WRITES):
        request.write(data)
        if number == 0 and then is not None:
            then(request)
    if not request._disconnected:
        request.finish()
    sent: bytes = channel.transport.written.getvalue()
    return sent


class StreamWritesTests(TestCase):
    def test_a_chunked_stream_sends_what_twisted_web_sends(self) -> None:
        sent = _sent(ShieldRequest)
        self.assertEqual(sent, _sent(_TwistedWebWrite))
        self.assertIn(b"12c\r\n" + b"x" * 300 + b"\r\n", sent)
        self.assertTrue(sent.endswith(b"e\r\ndata: [DONE]\n\n\r\n0\r\n\r\n"), sent[-40:])

    def test_an_http_1_0_answer_is_not_chunked(self) -> None:
        self.assertEqual(_sent(ShieldRequest, version=b"HTTP/1.0"), _sent(_TwistedWebWrite, version=b"HTTP/1.0"))

    def test_a_head_request_gets_no_body(self) -> None:
        sent = _sent(ShieldRequest, method=b"HEAD")
        self.assertEqual(sent, _sent(_TwistedWebWrite, method=b"HEAD"))
        self.assertNotIn(b"Simmer", sent)

    def test_nothing_is_written_once_the_client_is_gone(self) -> None:
        def gone(request: server.Request) -> None:
            request.connectionLost(Exception("gone"))

        sent = _sent(ShieldRequest, then=gone)
        self.assertEqual(sent, _sent(_TwistedWebWrite, then=gone))
        self.assertNotIn(b"x" * 300, sent)

    def test_writing_after_the_end_fails_as_in_twisted_web(self) -> None:
        request = ShieldRequest(DummyChannel(), False)
        request.clientproto = b"HTTP/1.1"
        request.write(b"a")
        request.finish()
        self.assertRaises(RuntimeError, request.write, b"b")

    def test_the_bytes_sent_are_counted(self) -> None:
        request = ShieldRequest(DummyChannel(), False)
        request.clientproto = b"HTTP/1.1"
        for data in _WRITES:
            request.write(data)
        self.assertEqual(request.sentLength, sum(map(len, _WRITES)))
