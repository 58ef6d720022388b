"""
Prometheus metrics: the names, labels and buckets of the contract, fed from
exchange records, and served at C{GET /metrics} (on the public port, or on
C{metrics.listen} only).
"""

from __future__ import annotations

from typing import Any

import treq
from prometheus_client.parser import text_string_to_metric_families
from twisted.internet.defer import inlineCallbacks
from twisted.trial.unittest import SynchronousTestCase, TestCase

from koreshield.metrics import ExchangeMetrics
from koreshield.stats import ExchangeRecord
from tests.fake_provider import Reply, Stream, answer_events, chunk, usage_chunk
from tests.prometheus_text import families, sample_value, scrape, scrape_text
from tests.proxy_harness import CHAT, STREAM_CHAT, ArrivalRecorder, ProviderAndProxyMixin


def stream_record(**fields: Any) -> ExchangeRecord:
    """A record of a stream that ran from t=10 s, first byte at +0.2 s, end at +1.5 s."""
    values: dict[str, Any] = dict(
        request_id="req_1",
        endpoint="chat_completions",
        started_at=10.0,
        provider="openai",
        model="gpt-4o-mini",
        stream=True,
        status=200,
        upstream_started_at=10.01,
        upstream_answered_at=10.15,
        first_byte_at=10.2,
        ended_at=11.5,
        completed=True,
        content_deltas=42,
    )
    values.update(fields)
    return ExchangeRecord(**values)


def text_of(metrics: ExchangeMetrics) -> str:
    body, _ = metrics.exposition("")
    return body.decode("utf-8")


def finish_stream(metrics: ExchangeMetrics, record: ExchangeRecord) -> None:
    metrics.stream_started(record)
    metrics.exchange_finished(record)


class MetricNamesTests(SynchronousTestCase):
    def test_every_contract_metric_is_exported_with_its_type(self) -> None:
        exported = {name: family.type for name, family in families(text_of(ExchangeMetrics())).items()}
        expected = {
            "koreshield_stream_duration_ms": "histogram",
            "koreshield_stream_tokens": "histogram",
            "koreshield_stream_errors": "counter",
            "koreshield_requests": "counter",
            "koreshield_time_to_first_token_ms": "histogram",
            "koreshield_scan_duration_ms": "histogram",
            "koreshield_threats": "counter",
            "koreshield_scan_cache_hits": "counter",
            "koreshield_active_streams": "gauge",
            "koreshield_upstream_latency_ms": "histogram",
            "koreshield_output_findings": "counter",
        }
        for name, kind in expected.items():
            self.assertEqual(exported.get(name), kind, name)

    def bucket_bounds(self, histogram: str) -> list[str]:
        family = families(text_of(ExchangeMetrics()))[histogram]
        return [sample.labels["le"] for sample in family.samples if sample.name.endswith("_bucket")]

    def test_stream_duration_buckets_are_the_contract(self) -> None:
        self.assertEqual(
            self.bucket_bounds("koreshield_stream_duration_ms"),
            ["100.0", "500.0", "1000.0", "2000.0", "5000.0", "10000.0", "+Inf"],
        )

    def test_stream_token_buckets_are_the_contract(self) -> None:
        self.assertEqual(
            self.bucket_bounds("koreshield_stream_tokens"),
            ["10.0", "50.0", "100.0", "500.0", "1000.0", "5000.0", "+Inf"],
        )

    def test_known_stream_error_types_start_at_zero(self) -> None:
        text = text_of(ExchangeMetrics())
        for error_type in ("upstream_reset", "upstream_timeout", "upstream_status", "client_disconnect"):
            self.assertEqual(sample_value(text, "koreshield_stream_errors_total", error_type=error_type), 0.0)

    def test_every_output_finding_category_and_action_starts_at_zero(self) -> None:
        text = text_of(ExchangeMetrics())
        for category in ("secret", "pii", "canary", "system_prompt_leak"):
            for action in ("block", "redact", "log"):
                self.assertEqual(
                    sample_value(text, "koreshield_output_findings_total", type=category, action=action), 0.0
                )

    def test_an_output_finding_counts_by_category_and_action(self) -> None:
        metrics = ExchangeMetrics()
        metrics.output_finding("secret", "redact")
        metrics.output_finding("secret", "redact")
        metrics.output_finding("canary", "block")
        text = text_of(metrics)
        self.assertEqual(sample_value(text, "koreshield_output_findings_total", type="secret", action="redact"), 2.0)
        self.assertEqual(sample_value(text, "koreshield_output_findings_total", type="canary", action="block"), 1.0)

    def test_each_instance_has_its_own_registry(self) -> None:
        first, second = ExchangeMetrics(), ExchangeMetrics()
        finish_stream(first, stream_record())
        self.assertEqual(sample_value(text_of(second), "koreshield_stream_duration_ms_count"), 0.0)


class FeedingFromRecordsTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.metrics = ExchangeMetrics()

    def value(self, name: str, **labels: str) -> float | None:
        return sample_value(text_of(self.metrics), name, **labels)

    def test_a_finished_stream_observes_its_duration_from_request_to_last_byte(self) -> None:
        finish_stream(self.metrics, stream_record())
        self.assertEqual(self.value("koreshield_stream_duration_ms_count"), 1.0)
        self.assertAlmostEqual(self.value("koreshield_stream_duration_ms_sum"), 1500.0, places=3)  # type: ignore[arg-type]
        self.assertEqual(self.value("koreshield_stream_duration_ms_bucket", le="1000.0"), 0.0)
        self.assertEqual(self.value("koreshield_stream_duration_ms_bucket", le="2000.0"), 1.0)

    def test_time_to_first_token_is_from_request_to_first_event(self) -> None:
        finish_stream(self.metrics, stream_record())
        self.assertAlmostEqual(self.value("koreshield_time_to_first_token_ms_sum"), 200.0, places=3)  # type: ignore[arg-type]

    def test_stream_tokens_counts_content_deltas_without_usage(self) -> None:
        finish_stream(self.metrics, stream_record(content_deltas=42))
        self.assertEqual(self.value("koreshield_stream_tokens_sum"), 42.0)
        self.assertEqual(self.value("koreshield_stream_tokens_bucket", le="50.0"), 1.0)

    def test_stream_tokens_prefers_the_providers_usage(self) -> None:
        finish_stream(self.metrics, stream_record(content_deltas=42, completion_tokens=700))
        self.assertEqual(self.value("koreshield_stream_tokens_sum"), 700.0)

    def test_active_streams_counts_streams_started_and_not_finished(self) -> None:
        first, second = stream_record(request_id="a"), stream_record(request_id="b")
        self.metrics.stream_started(first)
        self.metrics.stream_started(second)
        self.assertEqual(self.value("koreshield_active_streams"), 2.0)
        self.metrics.exchange_finished(first)
        self.assertEqual(self.value("koreshield_active_streams"), 1.0)

    def test_a_stream_request_that_never_streamed_is_not_active_nor_timed(self) -> None:
        record = stream_record(status=429, error_type="upstream_status", first_byte_at=None)
        self.metrics.exchange_finished(record)
        self.assertEqual(self.value("koreshield_active_streams"), 0.0)
        self.assertEqual(self.value("koreshield_stream_duration_ms_count"), 0.0)
        self.assertEqual(self.value("koreshield_stream_errors_total", error_type="upstream_status"), 1.0)

    def test_stream_errors_are_counted_by_error_type(self) -> None:
        finish_stream(self.metrics, stream_record(error_type="upstream_reset", completed=False))
        finish_stream(self.metrics, stream_record(error_type="client_disconnect", completed=False))
        finish_stream(self.metrics, stream_record(error_type="client_disconnect", completed=False))
        self.assertEqual(self.value("koreshield_stream_errors_total", error_type="upstream_reset"), 1.0)
        self.assertEqual(self.value("koreshield_stream_errors_total", error_type="client_disconnect"), 2.0)

    def test_requests_are_counted_by_endpoint_and_status(self) -> None:
        self.metrics.exchange_finished(stream_record(stream=False, status=200))
        self.metrics.exchange_finished(stream_record(endpoint="models", stream=False, status=502))
        self.assertEqual(self.value("koreshield_requests_total", endpoint="chat_completions", status="200"), 1.0)
        self.assertEqual(self.value("koreshield_requests_total", endpoint="models", status="502"), 1.0)

    def test_a_request_the_client_left_before_any_answer_has_status_none(self) -> None:
        self.metrics.exchange_finished(stream_record(status=None, error_type="client_disconnect"))
        self.assertEqual(self.value("koreshield_requests_total", endpoint="chat_completions", status="none"), 1.0)

    def test_scan_duration_threats_and_cache_hits_come_from_the_record(self) -> None:
        record = stream_record(
            stream=False, scan_ms=3.5, threat_type="prompt_injection", action="block", scan_cache_hits=1
        )
        self.metrics.exchange_finished(record)
        self.assertEqual(self.value("koreshield_scan_duration_ms_sum"), 3.5)
        self.assertEqual(
            self.value("koreshield_threats_total", threat_type="prompt_injection", action="block"),
            1.0,
        )
        self.assertEqual(self.value("koreshield_scan_cache_hits_total"), 1.0)

    def test_upstream_latency_is_labelled_by_provider(self) -> None:
        self.metrics.exchange_finished(stream_record(stream=False, provider="anthropic"))
        self.assertAlmostEqual(
            self.value("koreshield_upstream_latency_ms_sum", provider="anthropic"),  # type: ignore[arg-type]
            140.0,
            places=3,
        )

    def test_user_model_and_request_ids_are_never_labels(self) -> None:
        finish_stream(
            self.metrics,
            stream_record(user_id="alice@example.com", model="my-fine-tune-2024", request_id="req_secret_42"),
        )
        label_values = {
            value
            for family in text_string_to_metric_families(text_of(self.metrics))
            for sample in family.samples
            for value in sample.labels.values()
        }
        self.assertEqual(label_values & {"alice@example.com", "my-fine-tune-2024", "req_secret_42"}, set())


class MetricsEndpointTests(ProviderAndProxyMixin, TestCase):
    @inlineCallbacks
    def test_a_stream_through_the_proxy_shows_in_the_scrape(self) -> Any:
        self.provider.behaviour = Stream(answer_events(["Hello", " there", "."]))
        response = yield self.post_chat(STREAM_CHAT)
        yield response.content()
        text = yield scrape_text(self.proxy.url)
        self.assertEqual(sample_value(text, "koreshield_stream_duration_ms_count"), 1.0)
        self.assertEqual(sample_value(text, "koreshield_stream_tokens_sum"), 3.0)
        self.assertEqual(sample_value(text, "koreshield_time_to_first_token_ms_count"), 1.0)
        self.assertEqual(
            sample_value(text, "koreshield_requests_total", endpoint="chat_completions", status="200"), 1.0
        )
        self.assertEqual(sample_value(text, "koreshield_upstream_latency_ms_count", provider="fake"), 1.0)
        self.assertEqual(sample_value(text, "koreshield_active_streams"), 0.0)

    @inlineCallbacks
    def test_the_provider_usage_is_the_token_count(self) -> Any:
        events = [chunk("", role="assistant"), chunk("Hi"), chunk(finish="stop"), usage_chunk(7, 11)]
        self.provider.behaviour = Stream([*events, b"data: [DONE]\n\n"])
        response = yield self.post_chat(STREAM_CHAT)
        yield response.content()
        text = yield scrape_text(self.proxy.url)
        self.assertEqual(sample_value(text, "koreshield_stream_tokens_sum"), 11.0)

    @inlineCallbacks
    def test_a_stream_in_flight_is_an_active_stream(self) -> Any:
        self.provider.behaviour = Stream(answer_events(["a", "b", "c"]), gap=0.3)
        response = yield self.post_chat(STREAM_CHAT)
        recorder = ArrivalRecorder()
        response.deliverBody(recorder)
        during = yield scrape_text(self.proxy.url)
        yield recorder.done
        after = yield scrape_text(self.proxy.url)
        self.assertEqual(sample_value(during, "koreshield_active_streams"), 1.0)
        self.assertEqual(sample_value(after, "koreshield_active_streams"), 0.0)

    @inlineCallbacks
    def test_a_cut_stream_is_counted_as_a_stream_error(self) -> Any:
        self.provider.behaviour = Stream([chunk("", role="assistant"), chunk("Hal")], ending="reset")
        response = yield self.post_chat(STREAM_CHAT)
        yield response.content()
        text = yield scrape_text(self.proxy.url)
        self.assertEqual(sample_value(text, "koreshield_stream_errors_total", error_type="upstream_reset"), 1.0)

    @inlineCallbacks
    def test_a_provider_error_status_is_counted_with_its_status(self) -> Any:
        self.provider.behaviour = Reply(status=429, body={"error": {"message": "slow"}})
        response = yield self.post_chat(CHAT)
        yield response.content()
        text = yield scrape_text(self.proxy.url)
        self.assertEqual(
            sample_value(text, "koreshield_requests_total", endpoint="chat_completions", status="429"), 1.0
        )

    @inlineCallbacks
    def test_plain_text_format_by_default(self) -> Any:
        response, _ = yield scrape(self.proxy.url)
        self.assertEqual(response.headers.getRawHeaders(b"content-type"), [b"text/plain; version=0.0.4; charset=utf-8"])

    @inlineCallbacks
    def test_openmetrics_when_the_scraper_asks_for_it(self) -> Any:
        response = yield treq.get(
            self.proxy.url + "/metrics",
            headers={"Accept": "application/openmetrics-text; version=1.0.0"},
            persistent=False,
        )
        body = yield response.content()
        [content_type] = response.headers.getRawHeaders(b"content-type")
        self.assertTrue(content_type.startswith(b"application/openmetrics-text"), content_type)
        self.assertTrue(body.endswith(b"# EOF\n"))


class SeparateMetricsListenerTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {"metrics": {"listen": "tcp:0:interface=127.0.0.1"}}

    def metrics_url(self) -> str:
        port = self.proxy.service.metrics_port
        assert port is not None
        return f"http://127.0.0.1:{port.getHost().port}"

    @inlineCallbacks
    def test_metrics_are_served_on_the_metrics_listener(self) -> Any:
        response = yield self.post_chat(STREAM_CHAT)
        yield response.content()
        text = yield scrape_text(self.metrics_url())
        self.assertEqual(sample_value(text, "koreshield_stream_duration_ms_count"), 1.0)

    @inlineCallbacks
    def test_the_public_port_does_not_serve_metrics(self) -> Any:
        response, _ = yield scrape(self.proxy.url)
        self.assertEqual(response.code, 404)

    @inlineCallbacks
    def test_the_metrics_listener_answers_health(self) -> Any:
        response = yield treq.get(self.metrics_url() + "/health", persistent=False)
        self.assertEqual((yield response.json()), {"status": "ok", "state": {"backend": "memory"}})

    @inlineCallbacks
    def test_the_metrics_listener_serves_no_chat(self) -> Any:
        response = yield treq.post(self.metrics_url() + "/v1/chat/completions", data=b"{}", persistent=False)
        yield response.content()
        self.assertEqual(response.code, 404)


class MetricsDisabledTests(ProviderAndProxyMixin, TestCase):
    proxy_overrides = {"metrics": {"enabled": False}}

    @inlineCallbacks
    def test_no_metrics_endpoint(self) -> Any:
        response, _ = yield scrape(self.proxy.url)
        self.assertEqual(response.code, 404)

    @inlineCallbacks
    def test_streams_still_work(self) -> Any:
        response = yield self.post_chat(STREAM_CHAT)
        body = yield response.content()
        self.assertTrue(body.endswith(b"data: [DONE]\n\n"))
