"""
The route tables: which path is answered by which resource, per listener.

test-case-name: tests.test_routes, tests.test_metrics

Each resource names its own endpoint (the label its answers are counted and
logged under): a route added here is labelled by what it routes to.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from twisted.web.resource import Resource

from koreshield.gateway import Gateway
from koreshield.http.access import AccessControl
from koreshield.http.chat import RelayedEndpoint
from koreshield.http.cors import CorsPolicy
from koreshield.http.health import HealthResource, Readiness
from koreshield.http.metrics import MetricsResource
from koreshield.http.models import MODEL_PREFIX, ModelsResource
from koreshield.http.not_relayed import NOT_RELAYED, NotRelayedResource
from koreshield.http.references import CheckedCreateEndpoint, responses_unowned
from koreshield.http.relayed import COMPLETIONS, EMBEDDINGS, IMAGE_GENERATIONS, MODERATIONS, RESPONSES
from koreshield.http.scan import ScanBatchResource, ScanResource
from koreshield.http.site import Router, ShieldSite
from koreshield.http.stored_completions import (
    STORED_COMPLETION_PREFIX,
    ChatCompletionsResource,
    StoredCompletionsResource,
)
from koreshield.http.stored_responses import STORED_RESPONSE_PREFIX, StoredResponsesResource
from koreshield.http.usage import UsageResource
from koreshield.metrics import ExchangeMetrics
from koreshield.screen import ScanRunner
from koreshield.state.backend import SharedState

_ADMIN_MAX_BODY_BYTES = 64 * 1024


def build_site(
    gateway: Gateway,
    readiness: Readiness,
    metrics: ExchangeMetrics | None,
    scans: ScanRunner,
    access: AccessControl | None = None,
    state: SharedState | None = None,
) -> ShieldSite:
    """
    The Site for the public listener; it serves C{/metrics} only when given
    C{metrics} (not when metrics have a listener of their own), and
    C{/v1/usage} when given the C{state} that holds the figures.
    """
    models = ModelsResource(gateway)
    unowned_in_responses = partial(responses_unowned, stored_prompts=gateway.settings.auth.allow_stored_prompts)
    routes: dict[bytes, Resource] = {
        b"/v1/chat/completions": ChatCompletionsResource(gateway),
        b"/v1/embeddings": RelayedEndpoint(gateway, EMBEDDINGS),
        b"/v1/completions": RelayedEndpoint(gateway, COMPLETIONS),
        b"/v1/responses": CheckedCreateEndpoint(gateway, RESPONSES, unowned_in_responses, chains=True),
        b"/v1/moderations": RelayedEndpoint(gateway, MODERATIONS),
        b"/v1/images/generations": RelayedEndpoint(gateway, IMAGE_GENERATIONS),
        **{path: NotRelayedResource(path) for path in NOT_RELAYED},
        b"/v1/models": models,
        b"/v1/scan": ScanResource(scans),
        b"/v1/scan/batch": ScanBatchResource(scans),
        b"/health": HealthResource(readiness, state.health if state is not None else None),
    }
    if state is not None:
        routes[b"/v1/usage"] = UsageResource(state.limits, gateway.clock)
    if metrics is not None:
        routes[b"/metrics"] = MetricsResource(metrics)
    server = gateway.settings.server
    cors = CorsPolicy(gateway.settings.cors) if gateway.settings.cors.allow_origins else None
    return ShieldSite(
        Router(
            routes,
            access,
            prefixes={
                MODEL_PREFIX: models,
                STORED_RESPONSE_PREFIX: StoredResponsesResource(gateway),
                STORED_COMPLETION_PREFIX: StoredCompletionsResource(gateway),
            },
            cors=cors,
        ),
        server.max_body_bytes,
        header_timeout=server.client_header_timeout,
        body_timeout=server.client_body_timeout,
        keepalive_timeout=server.keepalive_timeout,
        cors=cors,
        observer=gateway.observer,
    )


def build_metrics_site(
    readiness: Readiness, metrics: ExchangeMetrics, state: Callable[[], dict[str, Any]] | None = None
) -> ShieldSite:
    """
    The Site for C{metrics.listen}: metrics and the same C{/health}, for a
    scraper or a health check that should not share the public port.
    """
    routes: dict[bytes, Resource] = {
        b"/metrics": MetricsResource(metrics),
        b"/health": HealthResource(readiness, state),
    }
    return ShieldSite(Router(routes), _ADMIN_MAX_BODY_BYTES)
