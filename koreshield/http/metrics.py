"""
C{GET /metrics}: the Prometheus exposition of L{ExchangeMetrics}.

test-case-name: tests.test_metrics
"""

from __future__ import annotations

from typing import Any

from koreshield.http.respond import Endpoint, write_json
from koreshield.metrics import ExchangeMetrics


class MetricsResource(Endpoint):
    allowed_methods = ("GET",)
    endpoint = "metrics"

    def __init__(self, metrics: ExchangeMetrics) -> None:
        super().__init__()
        self._metrics = metrics

    def render_GET(self, request: Any) -> object:
        request.accounted = True  # a scrape is not a request served: it would count itself in what it reads
        accept = request.getHeader(b"accept")
        body, content_type = self._metrics.exposition(accept.decode("latin-1") if accept else "")
        return write_json(request, 200, body, content_type=content_type.encode("ascii"))
