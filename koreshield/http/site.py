"""
The HTTP server: twisted.web's Site and Request, shaped for an API proxy.

test-case-name: tests.test_bad_input, tests.test_drain

What changes from twisted.web's defaults, and why:
  - request bodies are held in memory, never in a temporary file (disk I/O
    would block the reactor), and a body larger than C{max_body_bytes} is
    answered with 413 as soon as that is known, its bytes discarded as they
    arrive instead of being stored;
  - every request gets a request id (the client's C{X-Request-Id} if it is
    well-formed), returned in the response and carried into logs;
  - routing is one dictionary lookup on the path (L{Router});
  - a failure inside a resource is answered with an OpenAI-shaped 500 and
    logged, never rendered as a traceback page;
  - no access log line per request: exchanges log structured events of
    their own when they end, and an answer given before any exchange (a
    refused key, an unknown path, a body refused) is counted and logged
    alike, once (L{ShieldRequest.account}, L{ShieldSite.answered}).
"""

from __future__ import annotations

import io
import os
import re
import socket
import time
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from twisted.internet.defer import Deferred, succeed
from twisted.internet.interfaces import IDelayedCall
from twisted.logger import Logger
from twisted.python.failure import Failure
from twisted.web import server
from twisted.web.http import HTTPChannel, datetimeToString
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET

from koreshield.auth import ClientKey
from koreshield.errors import APIError, body_too_large, not_found
from koreshield.http.access import AccessControl
from koreshield.http.cors import CorsPolicy
from koreshield.http.respond import SERVER_NAME, error_response_bytes, write_error

if TYPE_CHECKING:
    from koreshield.observe import ExchangeObserver

_log = Logger()

OTHER_ENDPOINT = "other"
"""The endpoint label of a path that is no endpoint: one value, never the raw path (labels stay few)."""
_WELL_FORMED_REQUEST_ID = re.compile(rb"^[A-Za-z0-9._:-]{1,128}$")
_DISCARD_LIMIT_FACTOR = 4


_date: list[Any] = [None, b""]
"""The second the C{Date} header was last written for, and its text."""


def http_date() -> bytes:
    """
    The C{Date} header's value now: formatted once a second, not once a
    request (L{datetimeToString} splits and formats the time in Python).
    """
    now = int(time.time())
    if _date[0] != now:
        _date[0], _date[1] = now, datetimeToString(now)
    text: bytes = _date[1]
    return text


_ID_BYTES = 12
_IDS_PER_DRAW = 256
_random_ids: list[str] = []


def new_request_id() -> str:
    """
    A fresh request id: 96 random bits from C{os.urandom}, hex.

    The bits for 256 ids are drawn at once (a system call per request
    otherwise), kept in this process only: a forked child starts with none
    (L{_forget_ids}), so no two processes hand out the same ids.
    """
    if not _random_ids:
        drawn = os.urandom(_ID_BYTES * _IDS_PER_DRAW).hex()
        width = 2 * _ID_BYTES
        _random_ids.extend("req_" + drawn[at : at + width] for at in range(0, len(drawn), width))
    return _random_ids.pop()


def _forget_ids() -> None:
    _random_ids.clear()


os.register_at_fork(after_in_child=_forget_ids)


class ShieldRequest(server.Request):
    """
    A twisted.web request with a body limit, a request id and OpenAI-shaped
    failures.
    """

    defaultContentType = b"application/json"
    channel: Any
    content: io.BytesIO
    request_id: str = ""
    client_key: ClientKey | None = None
    cut_by: str | None = None
    """Why KoreShield itself closed this request's connection (C{drain_deadline}); L{None}: it did not."""
    admission: Deferred[ClientKey | None] | None = None
    """The access control's decision, when it was asked before the body (C{Expect: 100-continue})."""
    continue_held = False
    """The client waits for a C{100 Continue} held back until the access control decides."""
    accounted = False
    """
    This request's answer is counted and logged already, or by someone
    else (an exchange's own record), or never (C{/health}, C{/metrics}).
    """
    endpoint: str | None = None
    """The endpoint its answer is counted under, when its route's resource serves several (a stored object's)."""
    _body_size = 0
    _processing = False
    _rejected_body = False
    _discarded = 0

    def gotLength(self, length: int | None) -> None:
        self.content = io.BytesIO()
        limit = self.channel.site.max_body_bytes
        if length is not None and length > limit:
            self.refuse_body(body_too_large(limit))

    def take_body(self) -> bytes:
        """
        The request's body, read once: the buffer is let go, so a stream
        open for minutes does not keep its prompt (at 10,000 open streams
        the prompts would be most of the proxy's memory).
        """
        body = self.content.getvalue()
        self.content = io.BytesIO()
        return body

    def handleContentChunk(self, data: bytes) -> None:
        if self._rejected_body:
            self._discarded += len(data)
            if self._discarded > self.channel.site.max_body_bytes * _DISCARD_LIMIT_FACTOR:
                self.channel.transport.abortConnection()
            return
        self._body_size += len(data)
        limit = self.channel.site.max_body_bytes
        if self._body_size > limit:
            self.content = io.BytesIO()
            self.refuse_body(body_too_large(limit))
            return
        self.content.write(data)

    def refuse_body(self, error: APIError) -> None:
        """
        Answer C{error} now, straight on the transport, and close the
        connection once the client has finished sending (or at once if it
        sends far too much): the client must be able to read the answer,
        and nothing of the body is kept meanwhile.

        A client that asked for C{Expect: 100-continue} gets no C{100} (its
        C{Expect} header is dropped before twisted.web reads it) and is
        closed on at once: it sends no body before a C{100}.
        """
        if self._rejected_body:
            return
        self._rejected_body = True
        self.channel.persistent = False
        cors = self.channel.site.cors
        if cors is not None:  # a browser app may read why
            error = cors.with_answer_headers(error, self)
        self.request_id = self.request_id or self._incoming_request_id()
        self.channel.transport.write(error_response_bytes(error, self.request_id))
        if not self.accounted:
            self.path = getattr(self.channel, "_path", b"").partition(b"?")[0]  # its own is set once the body is in
            self.account(error.status, error.code)
        if self.requestHeaders.hasHeader(b"expect") or self.continue_held:
            self.requestHeaders.removeHeader(b"expect")
            self.continue_held = False
            self.channel.transport.loseConnection()

    def connectionLost(self, reason: Failure) -> None:
        """
        The client left before its answer: a request KoreShield was still
        deciding on outside any exchange (an owner or a rate limit being
        looked up) is counted and logged as an exchange whose client left is
        (status C{none}, C{client_disconnect}); it would otherwise be in no
        count at all.  When it was KoreShield's own drain that cut it, the
        reason is the drain's (C{drain_deadline}), as an exchange's is.  A
        request whose handling had not begun (its body still arriving, or
        queued behind another) is no request served.
        """
        if self._processing and not self.accounted and not self.finished:
            # before twisted.web lets go of the channel
            self.account(None, self.cut_by or "client_disconnect")
        super().connectionLost(reason)

    def account(self, status: int | None, error_type: str | None) -> None:
        """
        Count and log this request's answer, one KoreShield gave without an
        exchange (which accounts for its own): once, under its endpoint.
        """
        self.accounted = True
        site = self.channel.site
        key = self.client_key
        endpoint = self.endpoint or site.endpoint_of(self.path)
        site.answered(self.request_id, endpoint, status, error_type, key.name if key is not None else None)

    def _incoming_request_id(self) -> str:
        given = self.requestHeaders.getRawHeaders(b"x-request-id")
        if given and _WELL_FORMED_REQUEST_ID.match(given[-1]):
            return given[-1].decode("ascii")
        return new_request_id()

    def write(self, data: bytes) -> None:
        """
        twisted.web's C{write}, with a short road for the usual write of a
        stream (an event, or the events of one read, to a chunked response
        already started): the chunk is written to the connection as one
        piece.  twisted.web's own way (two methods, the chunk's four parts
        through C{writeSequence}, which checks and counts each part) sends
        the same bytes; every other write still goes through it.
        """
        if (
            self.chunked
            and self.startedWriting
            and data
            and not self.finished
            and not self._disconnected
            and not self._encoder
            and not self._inFakeHead
        ):
            self.sentLength += len(data)
            self.channel.write(b"%x\r\n%b\r\n" % (len(data), data))
            return
        super().write(data)

    def requestReceived(self, command: bytes, path: bytes, version: bytes) -> None:
        if self._rejected_body:
            self.channel.transport.loseConnection()
            return
        super().requestReceived(command, path, version)

    def process(self) -> None:
        self._processing = True
        self.site = self.channel.site
        self.request_id = self._incoming_request_id()
        self.setHeader(b"Server", SERVER_NAME)
        self.setHeader(b"Date", http_date())
        self.setHeader(b"X-Request-Id", self.request_id.encode("ascii"))
        cors = self.channel.site.cors
        if cors is not None:
            cors.add_answer_headers(self)
        encoding = self.requestHeaders.getRawHeaders(b"content-encoding")
        if encoding and any(value.strip().lower() != b"identity" for value in encoding):
            write_error(
                self,
                APIError(415, "Compressed request bodies are not supported; send plain JSON.", "unsupported_encoding"),
            )
            return
        self.prepath = []
        self.postpath = []
        try:
            self.render(self.site.resource)
        except BaseException:
            self.processingFailed(Failure())

    def processingFailed(self, reason: Failure) -> None:
        _log.failure("Unhandled error answering {request_id}", failure=reason, request_id=self.request_id)
        if self._disconnected or self.finished:
            return
        if self.startedWriting:
            self.loseConnection()
            return
        write_error(self, APIError(500, "KoreShield failed to handle this request.", "internal_error"))


class Router(Resource):
    """
    Dispatch on the exact path, ignoring one trailing slash, then on the
    C{prefixes} (a path under one, as C{/v1/models/gpt-4o}, goes to its
    resource, admitted as the prefix itself: reading a stored response under
    C{/v1/responses/} is not creating one at C{/v1/responses}).  Anything else
    is a 404 in the OpenAI shape.  Every route but the C{open_paths} is
    behind the access control (client key, rate limit, token budget).
    With C{cors}, a browser's preflight to a route is answered before it.

    Each route's resource names the endpoint its answers are counted and
    logged under (its C{endpoint}, the metrics' label), so a path is routed
    and labelled by the one table: a resource that names none (a test's
    double) is C{other}.
    """

    isLeaf = True

    def __init__(
        self,
        routes: Mapping[bytes, Resource],
        access: AccessControl | None = None,
        open_paths: frozenset[bytes] = frozenset({b"/health"}),
        prefixes: Mapping[bytes, Resource] | None = None,
        cors: CorsPolicy | None = None,
    ) -> None:
        super().__init__()
        self._cors = cors
        self._routes = dict(routes)
        self._prefixes = dict(prefixes or {})
        self._access = access if access is not None and access.enabled else None
        self._open_paths = open_paths

    def _route(self, path: bytes) -> tuple[bytes, Resource | None]:
        """The route C{path} is admitted as, and its resource (L{None}: no route)."""
        if len(path) > 1 and path.endswith(b"/"):
            path = path[:-1]
        resource = self._routes.get(path)
        if resource is None:
            for prefix, under in self._prefixes.items():
                if path.startswith(prefix):
                    return prefix, under
        return path, resource

    def endpoint_of(self, path: bytes) -> str:
        """The endpoint a request to C{path} is counted under: its route's, C{other} for any other path."""
        _, resource = self._route(path)  # None, with no endpoint, for no route
        endpoint: str = getattr(resource, "endpoint", OTHER_ENDPOINT)
        return endpoint

    def routed(self) -> dict[bytes, Resource]:
        """Every route and every prefix (ending in C{/}), with the resource answering it."""
        return {**self._routes, **self._prefixes}

    def admission_before_body(self, request: Any, uri: bytes) -> Deferred[ClientKey | None] | None:
        """
        The access control's decision on a request to C{uri} whose headers
        are read and whose body is not, for a client that waits for
        C{100 Continue} before it sends the body: one without a valid key
        or over its rate limit or budget is told at once, and no body is
        read for nothing.  L{None} when no decision is needed (no access
        control, an open path, no route).  The decision is the request's
        own: L{render} uses it instead of asking again (a rate limit counts
        each request once).
        """
        if self._access is None:
            return None
        path, resource = self._route(uri.partition(b"?")[0])
        if resource is None or path in self._open_paths:
            return None
        return self._access.admit(request, path)

    def render(self, request: Any) -> Any:
        path, resource = self._route(request.path)
        if resource is None:
            return write_error(request, not_found(request.path.decode("utf-8", "replace")))
        if self._cors is not None and self._cors.is_preflight(request):
            methods = getattr(resource, "allowed_methods", ()) or ("GET", "POST")
            return self._cors.answer_preflight(request, (*methods, "HEAD") if "GET" in methods else methods)
        if self._access is None or path in self._open_paths:
            return resource.render(request)
        admitted = request.admission
        if admitted is None:
            admitted = self._access.admit(request, path)
        admitted.addCallback(self._admitted, request, resource)
        admitted.addErrback(self._refused, request)
        return NOT_DONE_YET

    def _admitted(self, client_key: ClientKey | None, request: Any, resource: Resource) -> None:
        if request._disconnected:
            return
        request.client_key = client_key
        body = resource.render(request)
        if body is not NOT_DONE_YET:
            request.write(body)
            request.finish()

    def _refused(self, failure: Failure, request: Any) -> None:
        if isinstance(failure.value, APIError):
            write_error(request, failure.value)
        else:
            request.processingFailed(failure)


CLIENT_SEND_BUFFER = 64 * 1024
CLIENT_WRITE_BUFFER = 16 * 1024


def _bound_send_buffer(transport: Any) -> None:
    """
    Bound what a client that stops reading can make the proxy hold.

    Linux grows send buffers up to 4 MB per socket on its own, and Twisted
    buffers 64 KB in user space before it pauses the producer: a client
    that stops reading would park megabytes of answer in the proxy before
    backpressure reaches the provider.  64 KB in the kernel and 16 KB in
    the transport are far more than an answer streamed at model speed needs
    in flight (measured: 1,000 stalled clients, see benchmarks/soak.py).
    """
    transport.bufferSize = CLIENT_WRITE_BUFFER
    handle = getattr(transport, "getHandle", lambda: None)()
    if isinstance(handle, socket.socket) and handle.family in (socket.AF_INET, socket.AF_INET6):
        handle.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, CLIENT_SEND_BUFFER)


class ShieldChannel(HTTPChannel):
    """
    An HTTP/1.1 connection that its site keeps track of (so it can be
    closed on shutdown, or once its current request is answered while the
    site drains) and that answers malformed requests in the OpenAI error
    shape.
    """

    site: ShieldSite
    transport: Any
    maxHeaders = 100
    totalHeadersSize = 32 * 1024
    MAX_LENGTH = 16 * 1024
    _header_deadline: IDelayedCall | None = None
    _body_deadline: IDelayedCall | None = None
    _drain_grace: IDelayedCall | None = None
    _host: Any = None
    _heard_from_client = False

    def getHost(self) -> Any:
        """
        The connection's local address, asked of the socket once: every
        request asks for it (twisted.web's L{Request} keeps it as C{host}),
        and each asking is a C{getsockname} system call.
        """
        if self._host is None:
            self._host = super().getHost()
        return self._host

    def connectionMade(self) -> None:
        super().connectionMade()
        self.site.channel_opened(self)
        _bound_send_buffer(self.transport)

    def connectionLost(self, reason: Failure) -> None:  # type: ignore[override]
        self._cancel_deadlines()
        self._cancel(self._drain_grace)
        super().connectionLost(reason)
        self.site.channel_closed(self)

    # Slow clients (slowloris): a request's headers must arrive within
    # client_header_timeout of its first byte, and its body may not pause
    # for longer than client_body_timeout.  The channel's own idle timeout
    # (keepalive_timeout) resets on every byte, so alone it lets a client
    # hold a connection forever with a byte now and then.
    #
    # The deadlines are set after each read, for what is still arriving: a
    # request that came whole in one read (nearly all of them) never
    # starts a timer only to cancel it.

    def allHeadersReceived(self) -> None:
        """
        Before twisted.web answers C{Expect: 100-continue}: a request the
        access control refuses whatever its body (no valid client key, over
        its rate limit or token budget) is answered now, and gets no
        C{100}.  A decision that takes a while (the limits in Redis) holds
        the C{100} back until it is known.  The request line's target is the
        channel's C{_path} (the request's own C{path} is set once the body
        is read).
        """
        request = self.requests[-1]
        if request.requestHeaders.hasHeader(b"expect"):
            before_body = getattr(self.site.resource, "admission_before_body", None)
            admission = before_body(request, self._path) if before_body is not None else None
            if admission is not None:
                self._decide_before_body(request, admission)
        super().allHeadersReceived()

    def _decide_before_body(self, request: ShieldRequest, admission: Deferred[ClientKey | None]) -> None:
        """
        Answer C{request} by C{admission}, the access control's decision
        asked before its body: a refusal now (no C{100}), else the C{100}
        (twisted.web's own when the decision came at once).  A request whose
        body came in full meanwhile (a client that stopped waiting) is
        answered by the router, which waits on the same decision; one
        refused meanwhile (a body over the limit) gets no C{100}.
        """

        decided: list[bool] = []  # not admission.called: a Deferred waiting on another (Redis) is called already

        def refused(failure: Failure) -> Failure | None:
            decided.append(True)
            if not isinstance(failure.value, APIError) or self._handlingRequest:
                return failure  # the router answers it
            request.refuse_body(failure.value)
            return None

        def continued(key: ClientKey | None) -> ClientKey | None:
            decided.append(True)
            if request.continue_held and not self._handlingRequest and self.transport is not None:
                request.continue_held = False
                if self._version == b"HTTP/1.1":  # as twisted.web: an HTTP/1.0 client is sent no 100
                    self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            return key

        admission.addCallbacks(continued, refused)
        request.admission = admission
        if not decided:  # no 100 before the decision
            request.continue_held = True
            request.requestHeaders.removeHeader(b"expect")

    def dataReceived(self, data: bytes) -> None:
        self._heard_from_client = True
        super().dataReceived(data)
        self._watch_what_is_arriving()

    def _watch_what_is_arriving(self) -> None:
        """The deadline of the request part still arriving after a read (none if nothing is)."""
        if self._handlingRequest or self.transport is None or getattr(self.transport, "disconnecting", False):
            self._cancel_deadlines()
        elif not self.line_mode:  # the body
            self._cancel(self._header_deadline)
            self._header_deadline = None
            body = self._body_deadline
            if body is not None and body.active():
                body.reset(self.site.body_timeout)
            else:
                self._body_deadline = self.callLater(self.site.body_timeout, partial(self._too_slow, "body"))
        elif self._buffer or self._receivedHeaderSize:  # the request line or headers
            self._cancel(self._body_deadline)
            self._body_deadline = None
            if self._header_deadline is None:
                self._header_deadline = self.callLater(self.site.header_timeout, partial(self._too_slow, "headers"))
        else:
            self._cancel_deadlines()

    @staticmethod
    def _cancel(call: IDelayedCall | None) -> None:
        if call is not None and call.active():
            call.cancel()

    def _cancel_deadlines(self) -> None:
        self._cancel(self._header_deadline)
        self._cancel(self._body_deadline)
        self._header_deadline = self._body_deadline = None

    def _too_slow(self, part: str) -> None:
        self._header_deadline = self._body_deadline = None
        error = APIError(408, f"The request's {part} arrived too slowly.", "request_timeout")
        self._refuse(error)

    def _refuse(self, error: APIError) -> None:
        """
        Answer an error before any request object can, and close.  With
        CORS on, an allowed origin among the headers read so far gets its
        headers, so a browser app can read why (a 408, a 431).
        """
        self._cancel_deadlines()
        self.persistent = False
        cors = self.site.cors
        if cors is not None and self.requests:
            request = self.requests[-1]
            # twisted.web adds a header line to the request only once the next line has come (it could
            # be continued): the Origin read just before a line too long is still the channel's.
            pending = getattr(self, "_HTTPChannel__header", b"")
            name, colon, value = pending.partition(b":")
            if colon and name.strip().lower() == b"origin" and not request.requestHeaders.hasHeader(b"origin"):
                request.requestHeaders.setRawHeaders(b"origin", [value.strip()])
            error = cors.with_answer_headers(error, request)
        request_id = new_request_id()
        self.transport.write(error_response_bytes(error, request_id))
        self.loseConnection()
        self.site.answered(request_id, OTHER_ENDPOINT, error.status, error.code, None)

    def _respondToBadRequestAndDisconnect(self) -> None:
        if self._receivedHeaderSize > self.totalHeadersSize or self._receivedHeaderCount > self.maxHeaders:
            self._refuse(APIError(431, "The request's headers are too many or too large.", "headers_too_large"))
            return
        self._refuse(APIError(400, "The HTTP request is malformed.", "malformed_http_request"))

    def lineLengthExceeded(self, line: bytes) -> None:
        if getattr(self, "_HTTPChannel__first_line", 0):  # twisted.web's flag: the request line is still awaited
            self._refuse(APIError(414, "The request line (its URL) is too long.", "uri_too_long"))
            return
        self._refuse(APIError(431, "A header line is too long.", "headers_too_large"))

    def checkPersistence(self, request: Any, version: bytes) -> bool:
        if not self.site.keep_alive:
            request.responseHeaders.setRawHeaders(b"Connection", [b"close"])
            return False
        return bool(super().checkPersistence(request, version))

    @property
    def is_idle(self) -> bool:
        """No request is being answered on this connection."""
        return not self.requests

    def close_when_idle(self, first_request_grace: float) -> None:
        """
        Close now if no request is in progress or arriving, else right after
        the response being written; a response whose headers have not gone
        yet says C{Connection: close}.

        A connection that has sent nothing yet, or part of a request, is
        not idle: a client that has just connected is about to send its
        first request (it cannot know this process stopped accepting a
        moment after its connection was accepted), and closing it
        unanswered loses that request.  It gets C{first_request_grace}
        seconds for the request to arrive; that request is answered and the
        connection closed after it.  An idle keep-alive connection that has
        been answered before is closed at once, as nginx does: that race is
        one every keep-alive client already handles.
        """
        if self.is_idle:
            if self._heard_from_client and not self._buffer:
                self.loseConnection()
            elif self._drain_grace is None:
                self._drain_grace = self.callLater(first_request_grace, self._close_if_still_idle)
            return
        self.persistent = False
        for request in self.requests:
            if not request.startedWriting:
                request.responseHeaders.setRawHeaders(b"Connection", [b"close"])

    def _close_if_still_idle(self) -> None:
        """The end of the drain's grace: close unless a request is being answered."""
        self._drain_grace = None
        if self.is_idle:
            self.loseConnection()


class ShieldSite(server.Site):
    """
    The twisted.web Site serving KoreShield's routes.

    @ivar keep_alive: whether connections stay open after a response; false
        once the site drains.
    """

    requestFactory = ShieldRequest
    protocol = ShieldChannel  # type: ignore[assignment]
    displayTracebacks = False
    noisy = False

    def __init__(
        self,
        router: Router,
        max_body_bytes: int,
        header_timeout: float = 10.0,
        body_timeout: float = 30.0,
        keepalive_timeout: float = 75.0,
        cors: CorsPolicy | None = None,
        observer: ExchangeObserver | None = None,
    ) -> None:
        """
        @param observer: counts and logs the answers given before any
            exchange (L{ShieldRequest.account}); L{None}: they are not.
        """
        # Bodies are JSON, never HTML forms: parsing every POST's Content-Type as
        # a MIME header (twisted.web's default) costs ~0.1 ms per request.
        super().__init__(router, parsePOSTFormSubmission=False, timeout=keepalive_timeout)
        self.max_body_bytes = max_body_bytes
        self.header_timeout = header_timeout
        self.body_timeout = body_timeout
        self.keep_alive = True
        self.first_request_grace = min(header_timeout, 2.0)
        """While draining, how long a connection that has sent no whole request has to send one."""
        self.cors = cors
        """The CORS policy adding its headers to every answer (L{None}: CORS is off)."""
        self.channels: set[ShieldChannel] = set()
        self._all_closed: list[Deferred[None]] = []
        self._observer = observer

    def endpoint_of(self, path: bytes) -> str:
        """The endpoint a request to C{path} is counted under (C{other} for no route)."""
        endpoint_of = getattr(self.resource, "endpoint_of", None)
        return endpoint_of(path) if endpoint_of is not None else OTHER_ENDPOINT

    def answered(
        self, request_id: str, endpoint: str, status: int | None, error_type: str | None, key_name: str | None
    ) -> None:
        """An answer given without an exchange (L{None}: the client left first): to the observer, if any."""
        if self._observer is not None:
            self._observer.answered(request_id, endpoint, status, error_type, key_name)

    def channel_opened(self, channel: ShieldChannel) -> None:
        self.channels.add(channel)

    def channel_closed(self, channel: ShieldChannel) -> None:
        self.channels.discard(channel)
        if not self.channels:
            waiters, self._all_closed = self._all_closed, []
            for waiter in waiters:
                waiter.callback(None)

    def stop_keeping_alive(self) -> None:
        """
        Let every connection end with the request it is answering: idle
        ones close now, busy ones after their response, and ones whose
        first request has not (wholly) arrived after that request.
        """
        self.keep_alive = False
        for channel in list(self.channels):
            channel.close_when_idle(self.first_request_grace)

    def connections_closed(self) -> Deferred[None]:
        """Fires once no client connection is open (at once if none is)."""
        if not self.channels:
            return succeed(None)
        waiter: Deferred[None] = Deferred()
        self._all_closed.append(waiter)
        return waiter

    def close_connections(self) -> Deferred[None]:
        """
        Cut every client connection now, whatever it is doing; fires once
        all are closed.
        """
        closed = self.connections_closed()
        for channel in list(self.channels):
            channel.transport.abortConnection()
        return closed

    def log(self, request: Any) -> None:
        """No access log: exchanges log their own structured events."""
