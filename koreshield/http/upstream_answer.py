"""
Turning a provider's non-streamed answer, or its failure, into ours.

test-case-name: tests.test_chat

The mapping (a contract with clients, whose SDKs pick exception classes by
status):
  - 2xx: the provider's status and body, unchanged but for any provider
    key, scrubbed out as from a 4xx (502 when the body is
    not a JSON object, or answers a streamed request without a stream; a
    204 has no body);
  - 3xx: 502, naming where the provider redirected (a base_url to fix);
  - 4xx: the provider's status and body (429 keeps C{Retry-After}), with any
    provider key scrubbed out of the body; a body that is not a JSON object
    (a load balancer's HTML page, nothing) becomes our error shape, and so
    does a JSON object without an C{error} object (FastAPI's C{detail},
    vLLM's top-level C{message}), its text kept as the message;
  - 5xx: 502, in our error shape, naming the provider's status (and
    keeping its C{Retry-After} and C{x-should-retry});
  - unreachable (refused, DNS, connect timeout): 502;
  - silent past the idle timeout: 504.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from functools import partial
from typing import Any

from twisted.internet.defer import Deferred
from twisted.internet.error import ConnectError, DNSLookupError, TimeoutError
from twisted.logger import Logger
from twisted.python.failure import Failure
from twisted.web.iweb import IResponse

from koreshield.errors import APIError
from koreshield.flush import client_transport, sending
from koreshield.gateway import Gateway
from koreshield.http.detachable import DetachableCall
from koreshield.http.respond import write_error, write_json
from koreshield.providers.base import Provider
from koreshield.providers.translation import MalformedUpstream
from koreshield.relay import BodyCollector, BodyTooLarge
from koreshield.scrub import scrub
from koreshield.stats import ExchangeRecord

RELAYED_RESPONSE_HEADERS = (
    b"retry-after",
    b"retry-after-ms",
    b"x-ratelimit-limit-requests",
    b"x-ratelimit-limit-tokens",
    b"x-ratelimit-remaining-requests",
    b"x-ratelimit-remaining-tokens",
    b"x-ratelimit-reset-requests",
    b"x-ratelimit-reset-tokens",
    b"openai-processing-ms",
    b"x-should-retry",  # the OpenAI SDKs obey it: false on a spent quota stops their pointless retries
)

_RELAYED_ON_A_5XX = (b"retry-after", b"retry-after-ms", b"x-should-retry")
"""
What a provider's 5xx passes on to the 502 it becomes: the SDKs retry a 502
on their own, after the provider's C{Retry-After} when there is one (a 503
saying when to come back; without it they retry at once, into the same
overload), and not at all when it says C{x-should-retry: false}.
"""

_log = Logger(namespace="koreshield")

MAX_ANSWER_BYTES = 64 * 1024 * 1024
_MAX_QUOTED_MESSAGE = 300
_MAX_RESHAPED_MESSAGE = 4096


def answer_upstream_failure(failure: Failure, provider: str | None) -> APIError:
    """The 502 for a provider that could not be reached or dropped us."""
    name = provider or "the provider"
    if failure.check(DNSLookupError):
        detail = "its host name could not be resolved"
    elif failure.check(TimeoutError):
        detail = "the connection timed out"
    elif failure.check(ConnectError):
        detail = "the connection was refused or failed"
    else:
        detail = "the connection failed before an answer arrived"
    return APIError(502, f"Could not reach provider {name!r}: {detail}.", "upstream_unreachable")


def _upstream_message(body: bytes) -> str | None:
    """The provider's own error message, if its body carries one."""
    try:
        document = json.loads(body)
    except ValueError:
        return None
    if isinstance(document, dict):
        error = document.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])[:_MAX_QUOTED_MESSAGE]
        text = _error_text(document)
        if text is not None:
            return text[:_MAX_QUOTED_MESSAGE]
    return None


def _error_text(document: dict[str, Any]) -> str | None:
    """
    The text of an error object not in OpenAI's shape: a string C{error}
    (Ollama), FastAPI's C{detail} (a string, or a list of validation
    errors, kept as JSON), a top-level C{message} (vLLM).
    """
    for field in ("error", "detail", "message"):
        value = document.get(field)
        if isinstance(value, str):
            return value
        if field == "detail" and value is not None:
            return json.dumps(value, ensure_ascii=False)
    return None


def _reshaped_error(status: int, body: bytes) -> APIError | None:
    """
    A provider's 4xx JSON object that is not in OpenAI's shape (no C{error}
    object), as our error with the same status and the provider's text; an
    SDK reading it as it is would raise with no message, code or type.
    L{None} for an OpenAI-shaped error (relayed as it is).
    """
    try:
        document = json.loads(body)
    except ValueError:
        return None
    if not isinstance(document, dict) or isinstance(document.get("error"), dict):
        return None
    text = _error_text(document)
    if text is None:
        text = f"The provider answered with status {status}: {body.decode('utf-8', 'replace')}"
    return APIError(status, text[:_MAX_RESHAPED_MESSAGE], "upstream_error")


def _looks_like_a_json_object(body: bytes) -> bool:
    """
    Whether a success body is shaped like the JSON object every OpenAI
    answer is (braces at both ends; not parsed): anything else would make
    the client's SDK fail on a decoding error instead of an API error.
    """
    body = body.strip()
    return body.startswith(b"{") and body.endswith(b"}")


def relayed_headers(response: IResponse, only: tuple[bytes, ...] = RELAYED_RESPONSE_HEADERS) -> list[tuple[str, str]]:
    """The provider's response headers worth passing on to the client."""
    present = {name.lower() for name, _ in response.headers.getAllRawHeaders()}
    if present.isdisjoint(only):  # the usual answer: asked for once, not once per name
        return []
    headers = []
    for name in only:
        values = response.headers.getRawHeaders(name)
        if values:
            headers.append((name.decode("latin-1"), values[-1].decode("latin-1")))
    return headers


def collect_and_answer(
    request: Any,
    response: IResponse,
    gateway: Gateway,
    provider: Provider,
    model: str,
    on_done: Callable[[int], None],
    record: ExchangeRecord | None = None,
    guard: Callable[[bytes], bytes] | None = None,
    hold: Callable[[bytes], Deferred[None] | None] | None = None,
) -> Callable[[], None]:
    """
    Read C{response}'s body and answer C{request} from it, in OpenAI's
    dialect whatever the provider speaks.

    @param on_done: called with the status sent, once answered.
    @param record: told about a successful answer (its token usage), or
        why the answer is KoreShield's error instead (C{error_type}).
    @param guard: the output guard for a successful answer's body.
    @param hold: given a successful answer's body (before the guard), what
        must be done before it is sent (the owner of the object it made
        written): it is sent once that fires (at once for L{None}), unless
        the client has left meanwhile (its tokens are counted all the same:
        the provider made the answer).
    @return: a function that abandons the answer (for a client that has
        gone): it closes the provider's connection, or lets go of an answer
        waiting on C{hold}.
    """
    collector = BodyCollector(gateway.clock, gateway.idle_timeout(provider.name), MAX_ANSWER_BYTES)
    response.deliverBody(collector)
    secrets = gateway.provider_secrets

    def failed_because(error_type: str) -> None:
        if record is not None:
            record.error_type = error_type

    done = False
    waiting_answer: DetachableCall | None = None  # an answer held by C{hold}, until it is sent or abandoned
    held_body = b""

    def answered(status: int) -> None:
        nonlocal done
        done = True
        on_done(status)

    def answer(raw: bytes) -> None:
        send(partial(write_answer, raw))

    def send(write: Callable[[], None]) -> None:
        # The whole answer leaves at once (L{sending}), once on_done has accounted
        # for it: a client never sees the answer before its exchange is logged.
        try:
            sending(client_transport(request), write)
        except Exception:
            # A fault of ours (a guard, a translation): the client still gets an answer.
            _log.failure("Unhandled error answering {request_id}", request_id=request.request_id)
            if done:
                return
            failed_because("internal_error")
            if not request.startedWriting:
                write_error(request, APIError(500, "KoreShield failed to handle this request.", "internal_error"))
            elif not request.finished:
                request.loseConnection()
            answered(500)

    def write_answer(raw: bytes) -> None:
        status = response.code
        try:
            body = provider.answer(status, raw, model, request.request_id)
        except MalformedUpstream as malformed:
            failed_because("malformed_upstream")
            error = APIError(502, f"The provider's answer is malformed: {malformed}", "malformed_upstream")
            write_error(request, error)
            answered(error.status)
            return
        if status >= 500:
            quoted = _upstream_message(scrub(body, secrets))
            message = f"The provider answered with status {status}" + (f": {quoted}" if quoted else ".")
            error = APIError(
                502,
                message,
                "upstream_error",
                headers=dict(relayed_headers(response, _RELAYED_ON_A_5XX)),
                extra={"upstream_status": status},
            )
            write_error(request, error)
            answered(error.status)
            return
        if 300 <= status < 400:
            failed_because("upstream_status")
            location = response.headers.getRawHeaders(b"location", [b""])[0].decode("latin-1")
            where = f" to {scrub(location.encode('latin-1'), secrets).decode('latin-1')}" if location else ""
            error = APIError(
                502,
                f"The provider answered with a redirect ({status}){where}; check the provider's base_url.",
                "upstream_error",
                extra={"upstream_status": status},
            )
            write_error(request, error)
            answered(error.status)
            return
        if status >= 400 and not _looks_like_a_json_object(body):
            # An HTML page from a load balancer, or nothing: the status stays (the SDKs choose
            # their exception by it), in OpenAI's error shape.
            error = APIError(
                status,
                f"The provider answered with status {status} and no JSON error.",
                "upstream_error",
                headers=dict(relayed_headers(response)),
            )
            write_error(request, error)
            answered(error.status)
            return
        if status == 204 and not body.strip():  # a deletion some providers answer with nothing
            if not (request._disconnected or request.finished):
                request.setResponseCode(204)
                request.finish()
            answered(status)
            return
        if status < 300 and not _looks_like_a_json_object(body):
            failed_because("malformed_upstream")
            error = APIError(502, "The provider's answer is malformed: it is not a JSON object.", "malformed_upstream")
            write_error(request, error)
            answered(error.status)
            return
        if hold is not None and status < 300:
            waiting = hold(body)
            if waiting is not None:
                nonlocal waiting_answer, held_body
                waiting_answer, held_body = DetachableCall(partial(send_held, raw, body)), body
                waiting.addCallback(waiting_answer)
                return
        write_body(raw, body)

    def send_held(raw: bytes, body: bytes, _: object) -> None:
        nonlocal waiting_answer, held_body
        waiting_answer, held_body = None, b""
        if not request._disconnected:  # a client gone meanwhile is its exchange's to account for
            send(partial(write_body, raw, body))

    def write_body(raw: bytes, body: bytes) -> None:
        status = response.code
        if guard is not None and status < 300:
            body = guard(body)
        content_type = response.headers.getRawHeaders(b"content-type", [b"application/json"])[0]
        if body is not raw:
            content_type = b"application/json"
        body = scrub(body, secrets)  # a provider echoing its key, in an error or an answer: never relayed
        if status >= 400:
            reshaped = _reshaped_error(status, body)
            if reshaped is not None:
                write_error(request, dataclasses.replace(reshaped, headers=dict(relayed_headers(response))))
                answered(status)
                return
        elif record is not None:
            record.count_answer(body)
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in relayed_headers(response)]
        write_json(request, status, body, headers, content_type=content_type)
        answered(status)

    def failed(failure: Failure) -> None:
        if failure.check(BodyTooLarge):
            failed_because("malformed_upstream")
            error = APIError(502, "The provider's answer is too large to relay.", "upstream_error")
        elif failure.check(TimeoutError):
            failed_because("upstream_timeout")
            error = APIError(504, "The provider stopped sending its answer.", "upstream_timeout")
        else:
            failed_because("upstream_reset")
            error = APIError(502, "The provider's connection broke while it was answering.", "upstream_error")
        write_error(request, error)
        on_done(error.status)

    def abandon() -> None:
        nonlocal waiting_answer, held_body
        collector.cancel()
        if waiting_answer is not None:
            waiting_answer.detach()  # the owner's write goes on, keeping nothing of this answer or its request
            if record is not None:
                record.count_answer(held_body)  # the provider made it (and bills for it), as a held stream's
            waiting_answer, held_body = None, b""

    collector.done.addCallbacks(answer, failed)
    return abandon
