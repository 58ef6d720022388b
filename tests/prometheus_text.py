"""
Read a Prometheus exposition the way a scraper does: with prometheus_client's
own parser, so a test sees what Prometheus would see.
"""

from __future__ import annotations

from typing import Any

import treq
from prometheus_client.metrics_core import Metric
from prometheus_client.parser import text_string_to_metric_families
from twisted.internet.defer import Deferred, inlineCallbacks


def families(text: str) -> dict[str, Metric]:
    """Metric families by name (counters without their C{_total})."""
    return {family.name: family for family in text_string_to_metric_families(text)}


def sample_value(text: str, name: str, **labels: str) -> float | None:
    """The value of the sample C{name} with exactly C{labels}, if present."""
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return None


@inlineCallbacks
def scrape(base_url: str, headers: dict[str, str] | None = None) -> Any:
    """
    GET C{/metrics} (with C{headers}: a client key's, when keys are configured);
    fires with the response and its text.
    """
    response = yield treq.get(base_url + "/metrics", headers=headers, persistent=False)
    body = yield response.content()
    return response, body.decode("utf-8")


def scrape_text(base_url: str, headers: dict[str, str] | None = None) -> Deferred[str]:
    """GET C{/metrics} (with C{headers}); fires with its text (after checking it is a 200)."""

    def text_of(result: tuple[Any, str]) -> str:
        response, text = result
        if response.code != 200:
            raise AssertionError(f"/metrics answered {response.code}: {text}")
        return text

    d: Deferred[str] = scrape(base_url, headers)
    return d.addCallback(text_of)
