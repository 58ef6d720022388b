"""
Metrics and structured log events about exchanges and the shared state.

test-case-name: tests.test_observe

Every exchange tells one L{ExchangeObserver} when its stream starts and when
it ends, handing over its L{ExchangeRecord}; this is the one place that
turns records into log events and metrics, so the request path carries no
logging or metric calls of its own.  Answers KoreShield gives before any
exchange begins (a refused key, another key's stored object, an unknown
path) come in through L{ExchangeObserver.answered}, as exchanges that ended
with that answer.

Log events carry ids, sizes and timings.  Prompt text appears only in
C{threat_blocked} events and only when the operator asked for it
(C{logging.log_prompts}); provider and client keys never appear: nothing
here is given a header.  Findings of the output guard are logged by kind
and position, never with the text found.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Final, cast

from twisted.logger import Logger, LogLevel

from koreshield.metrics import ExchangeMetrics
from koreshield.stats import ExchangeRecord

if TYPE_CHECKING:
    from koreshield.guard.text import OutputFinding

_EXCHANGE_FORMAT = (
    " {request_id} provider={provider} model={model} status={status} duration_ms={duration}"
    " ttft_ms={ttft_ms} tokens={tokens} completed={completed} error_type={error_type} userId={userId}"
)
_STREAM_COMPLETED: Final = "stream_completed" + _EXCHANGE_FORMAT
_REQUEST_COMPLETED: Final = "request_completed" + _EXCHANGE_FORMAT
_DETECTED_FORMAT = "threat_detected {request_id} threat_type={threat_type} confidence={confidence} action={action}"
_THREAT_FORMAT = "threat_blocked {request_id} threat_type={threat_type} confidence={confidence} action={action}"
_OUTPUT_FORMAT = " {request_id} category={category} finding={finding} action={action} where={where}"
_OUTPUT_EVENTS: Final = {"block": ("output_blocked", LogLevel.warn), "redact": ("output_redacted", LogLevel.info)}
MAX_LOGGED_OUTPUT_FINDINGS: Final = 50
"""Output findings logged per exchange (all are counted): an answer full of e-mail addresses is one problem."""


_LOG_LEVELS: Final = frozenset(LogLevel.iterconstants())


class _BoundLogger(Logger):
    """
    A L{Logger} made once for its source, emitting the same events as
    Twisted's.

    A L{Logger} kept as a class attribute makes a new logger at every
    attribute access (it is a descriptor binding the instance as the
    events' C{log_source}), and L{Logger.emit} checks the level by walking
    every L{LogLevel}: per request, both cost more than the check needs.
    """

    def emit(self, level: LogLevel, format: str | None = None, **kwargs: object) -> None:
        if level not in _LOG_LEVELS:  # Logger.emit reports an invalid level
            super().emit(level, format, **kwargs)
            return
        self.emit_fields(level, format, kwargs)

    def emit_fields(self, level: LogLevel, format: str | None, fields: dict[str, Any]) -> None:
        """
        L{emit} with the event's fields in a dict, which becomes the event
        (the caller lets go of it): C{info(format, **fields)} copies them
        twice on the way.  C{level} is a L{LogLevel}.
        """
        fields.update(
            log_logger=self,
            log_level=level,
            log_namespace=self.namespace,
            log_source=self.source,
            log_format=format,
            log_time=time.time(),
        )
        if "log_trace" in fields:
            cast(list[Any], fields["log_trace"]).append((self, self.observer))
        self.observer(fields)


class ExchangeObserver:
    """
    Receives exchanges as they start streaming and as they finish; logs one
    event for each finished exchange and feeds the metrics.

    @param metrics: the metrics to feed, or L{None} for none.
    @param log_prompts: whether C{threat_blocked} events carry the prompt.
    """

    _log = Logger(namespace="koreshield.exchange")
    _metrics: ExchangeMetrics | None = None
    _log_prompts = False

    def __init__(self, metrics: ExchangeMetrics | None = None, log_prompts: bool = False) -> None:
        self._metrics = metrics
        self._log_prompts = log_prompts
        # What the class attribute would give at each access: the class's name as namespace, this as source.
        owner = type(self)
        shared: Logger = ExchangeObserver.__dict__["_log"]
        self._bound = _BoundLogger(f"{owner.__module__}.{owner.__name__}", self, observer=shared.observer)

    def stream_started(self, record: ExchangeRecord) -> None:
        """A stream's headers are about to go to the client."""
        if self._metrics is not None:
            self._metrics.stream_started(record)

    def upstream_attempt_failed(self, record: ExchangeRecord, provider: str, reason: str) -> None:
        """
        One provider of a route failed before the client got a byte (the
        next one, if any, is tried).
        """
        if self._metrics is not None:
            self._metrics.upstream_attempt_failed(provider, reason)
        self._bound.warn(
            "upstream_failover",
            event="upstream_failover",
            request_id=record.request_id,
            provider=provider,
            attempt=record.attempts,
            reason=reason,
        )

    def exchange_finished(self, record: ExchangeRecord) -> None:
        """The exchange is over (answered, streamed, cut, or the client left)."""
        if self._metrics is not None:
            self._metrics.exchange_finished(record)
        if record.stream:
            self._bound.emit_fields(LogLevel.info, _STREAM_COMPLETED, _exchange_fields("stream_completed", record))
        else:
            self._bound.emit_fields(LogLevel.info, _REQUEST_COMPLETED, _exchange_fields("request_completed", record))

    def answered(
        self, request_id: str, endpoint: str, status: int | None, error_type: str | None, key_name: str | None
    ) -> None:
        """
        KoreShield answered a request itself before any exchange began (a
        missing or wrong client key, another key's stored object, a refused
        reference, an unknown path, a body refused as it arrived): counted
        and logged as an exchange that ended with that answer, so
        C{koreshield_requests_total} and the C{request_completed} events
        cover every answer.  Its C{duration} is not measured (C{null}).
        C{status} L{None}: the client left before KoreShield answered.
        """
        record = ExchangeRecord(
            request_id=request_id,
            endpoint=endpoint,
            started_at=0.0,
            status=status,
            error_type=error_type,
            key_name=key_name,
        )
        self.exchange_finished(record)

    def output_finding(self, record: ExchangeRecord, finding: OutputFinding, where: str) -> None:
        """
        The output guard found something in an answer and acted on it:
        C{output_blocked}, C{output_redacted} or (action C{log})
        C{output_detected}.  C{where} is the text's path in the answer
        (C{choices[0].content}); the text found is never logged.
        """
        record.output_findings += 1
        if self._metrics is not None:
            self._metrics.output_finding(finding.category, finding.action)
        if record.output_findings > MAX_LOGGED_OUTPUT_FINDINGS:
            return
        name, level = _OUTPUT_EVENTS.get(finding.action, ("output_detected", LogLevel.info))
        fields = _identity_fields(record)
        fields.update(
            category=finding.category,
            finding=finding.subtype,
            action=finding.action,
            where=where,
            start=finding.start,
            end=finding.end,
        )
        self._bound.emit(level, name + _OUTPUT_FORMAT, event=name, **fields)

    def threat_detected(self, record: ExchangeRecord, prompt: str) -> None:
        """
        The scanner flagged a request the policy still forwards (warned,
        redacted or allowed).  C{prompt} as for L{threat_blocked}.
        """
        self._bound.info(_DETECTED_FORMAT, event="threat_detected", **self._threat_fields(record, prompt))

    def threat_blocked(self, record: ExchangeRecord, prompt: str) -> None:
        """
        The scanner refused a request.  C{prompt} is the text that was
        scanned: logged only if C{logging.log_prompts} is on.
        """
        self._bound.warn(_THREAT_FORMAT, event="threat_blocked", **self._threat_fields(record, prompt))

    def _threat_fields(self, record: ExchangeRecord, prompt: str) -> dict[str, Any]:
        fields = _identity_fields(record)
        fields.update(threat_type=record.threat_type, confidence=record.threat_confidence, action=record.action)
        if record.threat_locations:
            fields["locations"] = list(record.threat_locations)
        if self._log_prompts:
            fields["prompt"] = prompt
        return fields


class StateObserver:
    """
    Hears about the shared state: every failed call is counted
    (C{koreshield_state_errors_total{op}}); the log says when an operation
    starts failing and when it works again, and when the connection is
    lost and back, not once per request (an outage at a thousand requests
    a second would otherwise write a thousand lines a second).
    """

    _log = Logger(namespace="koreshield.state")

    def __init__(self, metrics: ExchangeMetrics | None = None) -> None:
        self._metrics = metrics
        self._failing: set[str] = set()

    def call_failed(self, op: str, reason: str) -> None:
        if self._metrics is not None:
            self._metrics.state_errors.labels(op).inc()
        if op not in self._failing:
            self._failing.add(op)
            self._log.warn(
                "state_unavailable op={op}: {reason}; further failures are counted, not logged",
                event="state_unavailable",
                op=op,
                reason=reason,
            )

    def call_succeeded(self, op: str) -> None:
        if op in self._failing:
            self._failing.discard(op)
            self._log.info("state_recovered op={op}", event="state_recovered", op=op)

    def connected(self, address: str) -> None:
        self._log.info("Connected to the shared state at {address}", event="state_connected", address=address)

    def disconnected(self, address: str) -> None:
        self._log.warn(
            "Lost the connection to the shared state at {address}; reconnecting",
            event="state_disconnected",
            address=address,
        )

    def unreachable(self, address: str) -> None:
        self._log.warn(
            "Cannot connect to the shared state at {address}; still trying (state.on_error applies meanwhile)",
            event="state_unreachable",
            address=address,
        )

    def refused(self, address: str, reason: str) -> None:
        self._log.error(
            "The shared state at {address} refused the connection for good ({reason}); "
            "check state.redis_url's password and database",
            event="state_refused",
            address=address,
            reason=reason,
        )


def _identity_fields(record: ExchangeRecord) -> dict[str, Any]:
    """Which request, for whom, to which provider and model: in every event about an exchange."""
    return dict(
        request_id=record.request_id,
        provider=record.provider,
        model=record.model,
        userId=record.user_id,
        key=record.key_name,
    )


def _exchange_fields(name: str, record: ExchangeRecord) -> dict[str, Any]:
    """The fields of a C{stream_completed} or C{request_completed} event (C{name}), C{event} first."""
    return {
        "event": name,
        **_identity_fields(record),
        "endpoint": record.endpoint,
        "status": record.status,
        "duration": record.milliseconds(record.ended_at),
        "ttft_ms": record.milliseconds(record.first_byte_at),
        "tokens": record.tokens,
        "completed": record.completed,
        "error_type": record.error_type,
    }
