"""
Metrics and structured log events about exchanges.

test-case-name: tests.test_observe

Every exchange ends by handing its L{ExchangeRecord} to an
L{ExchangeObserver}; this module turns records into log events (and, later,
metrics).  Log events carry ids, sizes and timings, never prompt text or
keys.
"""

from __future__ import annotations

from twisted.logger import Logger

from koreshield.stats import ExchangeRecord


class ExchangeObserver:
    """Receives finished exchanges; logs one event for each."""

    _log = Logger(namespace="koreshield.exchange")

    def stream_started(self, record: ExchangeRecord) -> None:
        """A stream's headers are about to go to the client."""

    def upstream_attempt_failed(self, record: ExchangeRecord, provider: str, reason: str) -> None:
        """
        One provider of a route failed before the client got a byte (the
        next one, if any, is tried).
        """
        self._log.warn(
            "upstream_failover",
            event="upstream_failover",
            request_id=record.request_id,
            provider=provider,
            attempt=record.attempts,
            reason=reason,
        )

    def exchange_finished(self, record: ExchangeRecord) -> None:
        fields = dict(
            request_id=record.request_id,
            endpoint=record.endpoint,
            provider=record.provider,
            model=record.model,
            userId=record.user_id,
            status=record.status,
            duration=record.milliseconds(record.ended_at),
            ttft_ms=record.milliseconds(record.first_byte_at),
            tokens=record.tokens,
            completed=record.completed,
            error_type=record.error_type,
        )
        if record.stream:
            self._log.info("stream_completed", event="stream_completed", **fields)
        else:
            self._log.info("request_completed", event="request_completed", **fields)
