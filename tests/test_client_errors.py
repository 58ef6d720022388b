"""
A non-success answer becomes the typed exception callers catch, with the
proxy's error fields; 401 and 429 have classes of their own.
"""

from __future__ import annotations

import json

from twisted.trial.unittest import SynchronousTestCase

from koreshield.client.errors import (
    APIError,
    AuthenticationError,
    KoreshieldError,
    RateLimitError,
    error_from_answer,
    retry_after_seconds,
)


def openai_error(message: str, type: str, code: str, param: str | None = None) -> bytes:
    return json.dumps({"error": {"message": message, "type": type, "code": code, "param": param}}).encode()


class ErrorFromAnswerTests(SynchronousTestCase):
    def test_the_error_fields_and_request_id_are_kept(self) -> None:
        body = openai_error(
            "'sensitivity' must be one of low, medium, high.", "invalid_request_error", "invalid_request"
        )
        error = error_from_answer(400, {"x-request-id": "req_1"}, body.replace(b'"param": null', b'"param": "x"'))
        self.assertEqual(type(error), APIError)
        self.assertEqual(
            (error.status, error.code, error.type, error.param, error.request_id),
            (400, "invalid_request", "invalid_request_error", "x", "req_1"),
        )
        self.assertEqual(error.message, "'sensitivity' must be one of low, medium, high.")

    def test_401_is_an_authentication_error(self) -> None:
        error = error_from_answer(401, {}, openai_error("Missing key", "authentication_error", "invalid_api_key"))
        self.assertIsInstance(error, AuthenticationError)
        self.assertEqual(error.type, "authentication_error")

    def test_429_is_a_rate_limit_error_with_retry_after(self) -> None:
        error = error_from_answer(429, {"retry-after": "7"}, openai_error("Slow down", "rate_limit_error", "rate"))
        assert isinstance(error, RateLimitError)
        self.assertEqual(error.retry_after, 7.0)

    def test_every_api_error_is_a_koreshield_error(self) -> None:
        self.assertIsInstance(error_from_answer(429, {}, b""), KoreshieldError)

    def test_a_body_that_is_not_json_still_gives_its_status_and_text(self) -> None:
        error = error_from_answer(502, {}, b"<html>Bad Gateway</html>")
        self.assertEqual(
            (error.status, error.code, error.message, error.body), (502, None, "<html>Bad Gateway</html>", None)
        )


class RetryAfterTests(SynchronousTestCase):
    def test_seconds(self) -> None:
        self.assertEqual(retry_after_seconds(" 30 "), 30.0)

    def test_an_http_date_counts_from_now(self) -> None:
        self.assertEqual(retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0), 10.0)

    def test_a_date_in_the_past_is_now(self) -> None:
        self.assertEqual(retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0), 0.0)

    def test_absent_or_unreadable_is_none(self) -> None:
        self.assertEqual((retry_after_seconds(None), retry_after_seconds("soon")), (None, None))
