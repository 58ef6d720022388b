"""
C{GET /health}: is this process willing to take traffic?

test-case-name: tests.test_http_site
"""

from __future__ import annotations

from typing import Any

from koreshield.http.respond import Endpoint, write_json


class HealthResource(Endpoint):
    allowed_methods = ("GET",)

    def render_GET(self, request: Any) -> object:
        return write_json(request, 200, b'{"status":"ok"}')
