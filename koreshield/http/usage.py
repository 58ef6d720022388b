"""
C{GET /v1/usage}: a client key's own figures.

test-case-name: tests.test_state_behaviour

The caller sees its own key only (the one it authenticated with): its token
budget, what it has used in the current window, what remains, when the
window resets, and its rate limit with the requests it may send right
now.  Figures the key has no limit for are C{null}::

    {"object": "usage", "key": "team-a",
     "budget": 2000000, "period": "day", "used": 1234, "remaining": 1998766,
     "reset_at": 1764201600, "reset_in": 3600,
     "rate_limit": {"limit": 60, "period": "minute", "remaining": 59}}

When the state cannot be read the answer is 503 whatever C{on_error} says:
there is no figure to serve in its place.
"""

from __future__ import annotations

import json
import math
from typing import Any

from twisted.internet.defer import Deferred, succeed
from twisted.internet.interfaces import IReactorTime
from twisted.python.failure import Failure
from twisted.web.server import NOT_DONE_YET

from koreshield.auth import ClientKey
from koreshield.config import PERIOD_SECONDS
from koreshield.http.respond import Endpoint, write_error, write_json
from koreshield.state.faults import STATE_UNAVAILABLE, StateUnavailable
from koreshield.state.limits import KeyLimits, KeyUsage

_PERIOD_NAMES = {seconds: name for name, seconds in PERIOD_SECONDS.items()}


def usage_document(key: ClientKey | None, figures: KeyUsage, now: float) -> dict[str, Any]:
    """The C{/v1/usage} answer for C{key} from its current C{figures}."""
    document: dict[str, Any] = {
        "object": "usage",
        "key": key.name if key is not None else None,
        "budget": None,
        "period": None,
        "used": None,
        "remaining": None,
        "reset_at": None,
        "reset_in": None,
        "rate_limit": None,
    }
    if key is not None and key.token_budget is not None and figures.used is not None:
        budget, period = key.token_budget
        document.update(
            budget=budget,
            period=_PERIOD_NAMES[period],
            used=figures.used,
            remaining=max(0, budget - figures.used),
            reset_at=figures.resets_at,
            reset_in=max(0, math.ceil((figures.resets_at or now) - now)),
        )
    if key is not None and key.rate_limit is not None:
        count, period = key.rate_limit
        document["rate_limit"] = {"limit": count, "period": _PERIOD_NAMES[period], "remaining": figures.rate_remaining}
    return document


class UsageResource(Endpoint):
    """C{GET /v1/usage}."""

    allowed_methods = ("GET",)
    endpoint = "usage"

    def __init__(self, limits: KeyLimits, clock: IReactorTime) -> None:
        super().__init__()
        self._limits = limits
        self._clock = clock

    def render_GET(self, request: Any) -> object:
        key: ClientKey | None = request.client_key
        asking: Deferred[KeyUsage] = self._limits.usage(key) if key is not None else succeed(KeyUsage())

        def answer(figures: KeyUsage) -> None:
            document = usage_document(key, figures, self._clock.seconds())
            write_json(request, 200, json.dumps(document, separators=(",", ":")).encode("utf-8"))

        def failed(failure: Failure) -> None:
            if failure.check(StateUnavailable):
                write_error(request, STATE_UNAVAILABLE)
            else:
                request.processingFailed(failure)

        asking.addCallbacks(answer, failed)
        return NOT_DONE_YET
