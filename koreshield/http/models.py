"""
C{GET /v1/models}: the provider's model list, relayed.

test-case-name: tests.test_chat
"""

from __future__ import annotations

from typing import Any

from twisted.python.failure import Failure
from twisted.web.iweb import IResponse
from twisted.web.server import NOT_DONE_YET

from koreshield.gateway import Gateway
from koreshield.http.respond import Endpoint, write_error
from koreshield.http.upstream_answer import answer_upstream_failure, collect_and_answer
from koreshield.stats import ExchangeRecord


class ModelsResource(Endpoint):
    allowed_methods = ("GET",)

    def __init__(self, gateway: Gateway) -> None:
        super().__init__()
        self._gateway = gateway

    def render_GET(self, request: Any) -> object:
        gateway = self._gateway
        provider = gateway.providers[gateway.settings.default_provider]
        record = ExchangeRecord(
            request_id=request.request_id,
            endpoint="models",
            started_at=gateway.clock.seconds(),
            provider=provider.name,
        )

        def done(status: int) -> None:
            record.status = status
            record.ended_at = gateway.clock.seconds()
            gateway.observer.exchange_finished(record)

        def responded(response: IResponse) -> None:
            cancel = collect_and_answer(request, response, gateway, on_done=done)
            request.notifyFinish().addErrback(lambda _: cancel())

        def failed(failure: Failure) -> None:
            error = answer_upstream_failure(failure, provider.name)
            write_error(request, error)
            done(error.status)

        pending = gateway.upstream.send(provider.models_request())
        pending.addCallbacks(responded, failed)
        return NOT_DONE_YET
