"""
Prometheus metrics about exchanges.  Names, labels and buckets are a
contract with dashboards and alerts: change them only on purpose.

test-case-name: tests.test_metrics

Every metric is fed from the L{ExchangeRecord} an exchange hands to the
observer when it starts streaming and when it ends, so the request path has
no metric calls of its own.  Each service owns a L{CollectorRegistry}
(never the process-global one), so several services in one process, and
the tests, do not share counts.

Labels stay low-cardinality: endpoint names, status codes, error and threat
types and actions are small fixed sets; a provider is one of the configured
provider names.  A user id, a model name or any prompt text is never a
label.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import choose_encoder

from koreshield.config import OUTPUT_CATEGORIES
from koreshield.state.faults import STATE_OPERATIONS
from koreshield.stats import ExchangeRecord

STREAM_DURATION_BUCKETS_MS = (100.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0)
STREAM_TOKEN_BUCKETS = (10.0, 50.0, 100.0, 500.0, 1000.0, 5000.0)
FIRST_TOKEN_BUCKETS_MS = (50.0, 100.0, 250.0, 500.0, 1000.0, 2500.0, 5000.0, 10000.0)
SCAN_BUCKETS_MS = (0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 50.0, 100.0, 250.0)
UPSTREAM_LATENCY_BUCKETS_MS = (50.0, 100.0, 250.0, 500.0, 1000.0, 2500.0, 5000.0, 10000.0, 30000.0)

STREAM_ERROR_TYPES = (
    "upstream_reset",
    "upstream_timeout",
    "upstream_status",
    "upstream_unreachable",
    "client_disconnect",
    "drain_deadline",
    "malformed_upstream",
    "output_blocked",
    "internal_error",
)
"""Error types known in advance: exported at 0 from the start, so a rate
over them is defined before the first error happens."""

OUTPUT_FINDING_ACTIONS = ("block", "redact", "log")


class ExchangeMetrics:
    """
    The proxy's Prometheus metrics, in a registry of their own.

    @ivar registry: what C{GET /metrics} exposes.
    """

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        registry = self.registry
        self.requests = Counter(
            "koreshield_requests_total",
            "Requests answered, by endpoint and HTTP status ('none' when the client left first).",
            ["endpoint", "status"],
            registry=registry,
        )
        self.stream_duration = Histogram(
            "koreshield_stream_duration_ms",
            "Streamed answers: milliseconds from the request to the last byte.",
            buckets=STREAM_DURATION_BUCKETS_MS,
            registry=registry,
        )
        self.stream_tokens = Histogram(
            "koreshield_stream_tokens",
            "Completion tokens per stream: the provider's usage if it sent one, else content deltas counted.",
            buckets=STREAM_TOKEN_BUCKETS,
            registry=registry,
        )
        self.stream_errors = Counter(
            "koreshield_stream_errors_total",
            "Streaming requests that did not end normally, by what went wrong.",
            ["error_type"],
            registry=registry,
        )
        self.time_to_first_token = Histogram(
            "koreshield_time_to_first_token_ms",
            "Streamed answers: milliseconds from the request to the first event relayed.",
            buckets=FIRST_TOKEN_BUCKETS_MS,
            registry=registry,
        )
        self.scan_duration = Histogram(
            "koreshield_scan_duration_ms",
            "Milliseconds spent scanning a request's prompts.",
            buckets=SCAN_BUCKETS_MS,
            registry=registry,
        )
        self.threats = Counter(
            "koreshield_threats_total",
            "Requests the scanner flagged, by threat type and the action taken.",
            ["threat_type", "action"],
            registry=registry,
        )
        self.scan_cache_hits = Counter(
            "koreshield_scan_cache_hits_total",
            "Scans answered from the scan cache.",
            registry=registry,
        )
        self.active_streams = Gauge(
            "koreshield_active_streams",
            "Streams being relayed now.",
            registry=registry,
        )
        self.upstream_latency = Histogram(
            "koreshield_upstream_latency_ms",
            "Milliseconds from sending a request to the provider to its response headers, by provider.",
            ["provider"],
            buckets=UPSTREAM_LATENCY_BUCKETS_MS,
            registry=registry,
        )
        self.upstream_failovers = Counter(
            "koreshield_upstream_failovers_total",
            "Providers of a route that failed before the client got a byte (the next one was tried, if any).",
            ["provider", "reason"],
            registry=registry,
        )
        self.state_errors = Counter(
            "koreshield_state_errors_total",
            "Calls to the shared state (Redis) that failed or timed out, by operation.",
            ["op"],
            registry=registry,
        )
        self.output_findings = Counter(
            "koreshield_output_findings_total",
            "Findings of the output guard in answers, by category and the action taken.",
            ["type", "action"],
            registry=registry,
        )
        for error_type in STREAM_ERROR_TYPES:
            self.stream_errors.labels(error_type)
        for op in STATE_OPERATIONS:
            self.state_errors.labels(op)
        for category in OUTPUT_CATEGORIES:
            for action in OUTPUT_FINDING_ACTIONS:
                self.output_findings.labels(category, action)
        self._streaming: dict[int, ExchangeRecord] = {}
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}

    def stream_started(self, record: ExchangeRecord) -> None:
        """A stream's relay begins: it counts as active until it finishes."""
        if id(record) not in self._streaming:
            self._streaming[id(record)] = record
            self.active_streams.inc()

    def upstream_attempt_failed(self, provider: str, reason: str) -> None:
        """One attempt of a route failed before the first byte."""
        self.upstream_failovers.labels(provider, reason).inc()

    def exchange_finished(self, record: ExchangeRecord) -> None:
        """Account for one finished exchange, whatever its outcome."""
        status = "none" if record.status is None else str(record.status)
        self._labelled(self.requests, record.endpoint, status).inc()
        if self._streaming.pop(id(record), None) is not None:
            self.active_streams.dec()
            self._observe_stream(record)
        if record.stream and record.error_type is not None:
            self.stream_errors.labels(record.error_type).inc()
        self._observe_scan(record)
        started, answered = record.upstream_started_at, record.upstream_answered_at
        if record.provider is not None and started is not None and answered is not None:
            self._labelled(self.upstream_latency, record.provider).observe((answered - started) * 1000.0)

    def _labelled(self, metric: Any, *values: str) -> Any:
        """
        C{metric.labels(*values)}, looked up once per label values: every
        exchange counts itself, and C{labels} checks and locks each time.
        """
        key = (id(metric), values)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*values)
        return child

    def _observe_stream(self, record: ExchangeRecord) -> None:
        duration = record.milliseconds(record.ended_at)
        if duration is not None:
            self.stream_duration.observe(duration)
        first_token = record.milliseconds(record.first_byte_at)
        if first_token is not None:
            self.time_to_first_token.observe(first_token)
        self.stream_tokens.observe(record.tokens)

    def _observe_scan(self, record: ExchangeRecord) -> None:
        if record.scan_ms is not None:
            self.scan_duration.observe(record.scan_ms)
        if record.threat_type is not None:
            self.threats.labels(record.threat_type, record.action or "none").inc()
        if record.scan_cache_hits:
            self.scan_cache_hits.inc(record.scan_cache_hits)

    def output_finding(self, category: str, action: str) -> None:
        """The output guard found one C{category} finding in an answer and took C{action}."""
        self.output_findings.labels(category, action).inc()

    def exposition(self, accept: str) -> tuple[bytes, str]:
        """
        The metrics in the format the scraper asked for (C{Accept}), and its
        content type: Prometheus' text format unless OpenMetrics is asked for.
        """
        encode, content_type = choose_encoder(accept)
        return encode(self.registry), content_type
