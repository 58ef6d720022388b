"""
Graceful drain: in-flight streams finish before the process exits.

test-case-name: tests.test_drain

A load balancer deregistering a target, or systemd stopping the unit, sends
SIGTERM.  twistd then stops the service tree and waits for the Deferred
that C{stopService} returns before the reactor stops: that wait is the
drain.  The service stops listening and marks itself not ready; L{drain}
handles the connections already open:

  - idle keep-alive connections are closed at once;
  - a connection accepted just before listening stopped, whose first
    request has not (wholly) arrived, gets a moment for it, and is closed
    after answering it;
  - a connection answering a request (a stream, usually) is closed right
    after that response, which runs to its end;
  - whatever is still open at the deadline is cut, so the process always
    exits within the time its supervisor allows.
"""

from __future__ import annotations

import dataclasses
from typing import Final

from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IReactorTime
from twisted.logger import Logger

from koreshield.http.site import ShieldSite

_log = Logger(namespace="koreshield")

DRAIN_DEADLINE: Final = "drain_deadline"
"""The C{error_type} of a request whose connection the drain deadline cut."""


@dataclasses.dataclass(frozen=True)
class DrainOutcome:
    """
    How a drain went.

    @ivar open_at_start: client connections open when it began.
    @ivar cut: connections still open at the deadline, closed by force.
    @ivar seconds: how long it took.
    """

    open_at_start: int
    cut: int
    seconds: float


def drain(site: ShieldSite, clock: IReactorTime, timeout: float) -> Deferred[DrainOutcome]:
    """
    Let C{site}'s connections finish their current request, for up to
    C{timeout} seconds, then cut the rest.

    @return: fires with the L{DrainOutcome} once no connection is open.
    """
    started = clock.seconds()
    open_at_start = len(site.channels)
    result: Deferred[DrainOutcome] = Deferred()

    def finished(cut: int) -> None:
        result.callback(DrainOutcome(open_at_start, cut, clock.seconds() - started))

    def deadline() -> None:
        cut = len(site.channels)
        for channel in site.channels:
            for request in channel.requests:
                request.cut_by = DRAIN_DEADLINE
                _log.warn(
                    "Drain deadline ({timeout}s): cutting {request_id}",
                    timeout=timeout,
                    request_id=getattr(request, "request_id", "") or None,
                )
        site.close_connections().addCallback(lambda _: finished(cut))

    def all_closed(_: None) -> None:
        if deadline_call.active():
            deadline_call.cancel()
            finished(0)

    deadline_call = clock.callLater(timeout, deadline)
    site.stop_keeping_alive()
    site.connections_closed().addCallback(all_closed)
    return result
