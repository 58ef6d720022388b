"""
C{GET /health}: is this process willing to take traffic?

test-case-name: tests.test_drain

A load balancer polls this.  While the process drains (it got SIGTERM and
lets its streams finish) the answer is 503 C{{"status": "draining"}}, so
the balancer takes the target out of rotation before the process is gone.

The answer also says which state backend the process uses and, for Redis,
whether it is connected: C{{"status": "ok", "state": {"backend": "redis",
"connected": false, "on_error": "open"}}}.  A Redis outage does not make
the process unhealthy: every process shares the same Redis, so taking them
all out of rotation would not help, and C{on_error} already says what
requests get meanwhile.
"""

from __future__ import annotations

import json
from collections.abc import Callable
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
    endpoint = "health"

    def __init__(self, readiness: Readiness, state: Callable[[], dict[str, Any]] | None = None) -> None:
        super().__init__()
        self._readiness = readiness
        self._state = state

    def render_GET(self, request: Any) -> object:
        request.accounted = True  # a health check a second would flood the requests counted and the log
        if self._readiness.draining:
            return write_json(request, 503, b'{"status":"draining"}')
        if self._state is None:
            return write_json(request, 200, b'{"status":"ok"}')
        body = {"status": "ok", "state": self._state()}
        return write_json(request, 200, json.dumps(body, separators=(",", ":")).encode("utf-8"))
