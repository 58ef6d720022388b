"""
C{GET /v1/models}: what every configured provider offers, in one list;
C{GET /v1/models/{model}}: one model of that list (C{client.models.retrieve}).

test-case-name: tests.test_providers_routing

Providers are asked in parallel; one that fails or answers nonsense is left
out of the list rather than failing the whole listing, and logged
(C{models_listing_failed}: the provider's name and why, never its key).  Only
if every provider fails is the answer an error.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from twisted.internet.defer import Deferred, DeferredList
from twisted.logger import Logger
from twisted.python.failure import Failure
from twisted.web.iweb import IResponse
from twisted.web.server import NOT_DONE_YET

from koreshield.errors import APIError
from koreshield.gateway import Gateway
from koreshield.http.respond import Endpoint, write_error, write_json
from koreshield.http.upstream_answer import MAX_ANSWER_BYTES
from koreshield.parse import encode_json
from koreshield.providers.base import Provider
from koreshield.relay import BodyCollector
from koreshield.scrub import scrub
from koreshield.stats import ExchangeRecord

_log = Logger(namespace="koreshield.models")

MODEL_PREFIX = b"/v1/models/"
"""Paths under it name one model (which may hold slashes itself: C{meta-llama/Llama-3-8B})."""


def _model_asked_for(request: Any) -> str | None:
    """The model a C{/v1/models/{model}} path names, or None for the listing."""
    path = request.path
    if not path.startswith(MODEL_PREFIX):
        return None
    return unquote(path[len(MODEL_PREFIX) :].rstrip(b"/").decode("utf-8", "replace")) or None


def _model_not_found(model: str) -> APIError:
    """OpenAI's answer for a model it does not have."""
    return APIError(
        404, f"The model '{model}' does not exist or you do not have access to it.", "model_not_found", "model"
    )


class ModelsResource(Endpoint):
    allowed_methods = ("GET",)
    endpoint = "models"

    def __init__(self, gateway: Gateway) -> None:
        super().__init__()
        self._gateway = gateway

    def _listing(self, provider: Provider) -> Deferred[list[dict[str, Any]]]:
        gateway = self._gateway
        timeout = gateway.idle_timeout(provider.name)

        def read(response: IResponse) -> Deferred[list[dict[str, Any]]]:
            collector = BodyCollector(gateway.clock, timeout, MAX_ANSWER_BYTES)
            response.deliverBody(collector)
            if response.code != 200:
                collector.cancel()
                raise APIError(502, f"answered {response.code}", "upstream_error")
            return collector.done.addCallback(provider.models)

        sent: Deferred[IResponse] = gateway.clients[provider.name].send(provider.models_request())
        give_up = gateway.clock.callLater(timeout, sent.cancel)

        def stop_timer(result: Any) -> Any:
            if give_up.active():
                give_up.cancel()
            return result

        sent.addBoth(stop_timer)
        return sent.addCallback(read)

    def render_GET(self, request: Any) -> object:
        gateway = self._gateway
        record = ExchangeRecord(
            request_id=request.request_id, endpoint=self.endpoint, started_at=gateway.clock.seconds()
        )
        request.accounted = True  # by this record
        providers = list(gateway.providers.values())
        wanted = _model_asked_for(request)

        def merged(results: list[tuple[bool, Any]]) -> None:
            models: dict[str, dict[str, Any]] = {}
            for provider, (ok, value) in zip(providers, results, strict=True):
                if ok:
                    for model in value:
                        models.setdefault(model["id"], model)
                else:
                    said = value.value.message if isinstance(value.value, APIError) else value.getErrorMessage()
                    reason = scrub(said.encode("utf-8", "replace"), gateway.provider_secrets)
                    _log.warn(
                        "models_listing_failed provider={provider}: {reason}; the listing goes on without it",
                        event="models_listing_failed",
                        request_id=record.request_id,
                        provider=provider.name,
                        reason=reason.decode("utf-8", "replace"),
                    )
            if (models or not providers) and wanted is not None:
                model = models.get(wanted)
                error = _model_not_found(wanted) if model is None else None
                record.status = 404 if error is not None else 200
                if error is not None:
                    write_error(request, error)
                else:
                    write_json(request, 200, scrub(encode_json(model), self._gateway.provider_secrets))
            elif models or not providers:
                record.status = 200
                listing = encode_json({"object": "list", "data": list(models.values())})
                write_json(request, 200, scrub(listing, self._gateway.provider_secrets))
            else:
                error = APIError(502, "No provider could list its models.", "upstream_error")
                record.status = error.status
                write_error(request, error)
            record.ended_at = gateway.clock.seconds()
            gateway.observer.exchange_finished(record)

        def failed(failure: Failure) -> None:
            request.processingFailed(failure)

        listings = [self._listing(provider) for provider in providers]
        DeferredList(listings, consumeErrors=True).addCallback(merged).addErrback(failed)
        return NOT_DONE_YET
