"""
What an open stream keeps in memory: not its request's body.

A stream can stay open for minutes and a proxy holds thousands of them, so
the prompt (the bulk of a request) must be let go once it has been sent:
by the request's body buffer, by the upstream request's body producer, and
by the exchange itself once no failover can need it (see
benchmarks/run.py scenario 3 for the memory per stream this buys).
"""

from __future__ import annotations

import io
import json
import sys

from twisted.trial.unittest import SynchronousTestCase
from twisted.web.test.requesthelper import DummyChannel

from koreshield.http.site import ShieldRequest
from koreshield.upstream import BytesProducer


class _LengthConsumer:
    """A consumer that notes how much was written and keeps none of it."""

    def __init__(self) -> None:
        self.written = 0

    def write(self, data: bytes) -> None:
        self.written += len(data)


class RequestBodyTests(SynchronousTestCase):
    def test_the_body_is_taken_once_and_the_request_keeps_none_of_it(self) -> None:
        body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "x" * 4096}]}).encode()
        request = ShieldRequest(DummyChannel())
        request.content = io.BytesIO(body)
        self.assertEqual(request.take_body(), body)
        self.assertEqual(request.content.getvalue(), b"")


class UpstreamBodyTests(SynchronousTestCase):
    def test_the_producer_keeps_its_length_but_not_its_body_once_written(self) -> None:
        body = b"p" * 10_000
        references_before = sys.getrefcount(body)
        producer = BytesProducer(body)
        consumer = _LengthConsumer()
        producer.startProducing(consumer)  # type: ignore[arg-type]
        self.assertEqual(consumer.written, len(body))
        self.assertEqual(producer.length, len(body))
        self.assertEqual(sys.getrefcount(body), references_before)
