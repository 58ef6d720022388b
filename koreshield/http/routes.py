"""
The route table: which path is answered by which resource.

test-case-name: tests.test_http_site
"""

from __future__ import annotations

from koreshield.gateway import Gateway
from koreshield.http.chat import ChatCompletionsResource
from koreshield.http.health import HealthResource
from koreshield.http.models import ModelsResource
from koreshield.http.site import Router, ShieldSite


def build_site(gateway: Gateway) -> ShieldSite:
    """The Site for the public listener."""
    router = Router(
        {
            b"/v1/chat/completions": ChatCompletionsResource(gateway),
            b"/v1/models": ModelsResource(gateway),
            b"/health": HealthResource(),
        }
    )
    return ShieldSite(router, gateway.settings.server.max_body_bytes)
