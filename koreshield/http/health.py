"""
C{GET /health}: is this process willing to take traffic?

test-case-name: tests.test_drain

A load balancer polls this.  While the process drains (it got SIGTERM and
lets its streams finish) the answer is 503 C{{"status": "draining"}}, so
the balancer takes the target out of rotation before the process is gone.
"""

from __future__ import annotations

from typing import Any

from koreshield.http.respond import Endpoint, write_json


class Readiness:
    """
    Whether this process takes new work.  One instance is shared by every
    listener's C{/health}, and set by the service when it starts draining.
    """

    def __init__(self) -> None:
        self.draining = False


class HealthResource(Endpoint):
    allowed_methods = ("GET",)

    def __init__(self, readiness: Readiness) -> None:
        super().__init__()
        self._readiness = readiness

    def render_GET(self, request: Any) -> object:
        if self._readiness.draining:
            return write_json(request, 503, b'{"status":"draining"}')
        return write_json(request, 200, b'{"status":"ok"}')
