"""
Send what a connection has buffered now, instead of at the end of the
reactor's turn.

test-case-name: tests.test_flush

Twisted's transports never send from C{write()}: they buffer, ask the
reactor to watch the socket for writability, and send on the reactor's next
turn, after every other connection that was ready in this turn has been
handled.  Under load a turn handles hundreds of connections (in a run of
benchmark scenario 2, the longest turns took 17 to 49 ms and handled 126 to
200 ready connections), so a request scanned early in a turn waited for all
the others before it left for the provider, and so did a first event.

Two writes decide the time to first token and are flushed at once: the
request to the provider, and the response headers with the first event to
the client; so is a whole non-streamed answer.  L{sending} does it without
the reactor's help when the socket takes all the bytes.  Later events keep Twisted's buffering, which sends the events
of one turn together: sending every event at once was measured in three
stops (15, 16, 17) and cost the clients more wake-ups than it saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from twisted.internet.tcp import Connection

_T = TypeVar("_T")

_MAX_WRAPPERS = 4
"""How many protocol layers (TLS, endpoint wrappers) to look through for the socket."""


def flush(transport: Any) -> None:
    """
    Try to send C{transport}'s buffered bytes now.

    Whatever the socket does not take stays buffered and is sent by the
    reactor as usual, and so does everything when there is no plain socket
    to reach, or the connection is closing: an error found here is left for
    the reactor to find and report the usual way on its own turn.
    """
    connection = _socket_connection(transport)
    if connection is None or not connection.connected or connection.disconnecting:
        return
    if connection._writeDisconnecting or not (connection.dataBuffer or connection._tempDataBuffer):
        return
    connection.doWrite()


def sending(transport: Any, write: Callable[[], _T]) -> _T:
    """
    Call C{write}, which writes to C{transport}, and send what it wrote at
    once: L{flush}, without the reactor in between when the socket takes
    it all.

    A write to an idle Twisted transport asks the reactor to watch the
    socket for writability (an C{epoll_ctl} call), and once the bytes are
    sent the watch is dropped again (another): two system calls per
    request for a socket that almost always takes the bytes at once.  Here
    the transport is kept from asking while C{write} runs (when it had
    nothing buffered, so nothing is waiting on the watch) and the bytes
    are sent; only what the socket does not take, or a close that
    C{write} asked for, goes to the reactor as usual.
    """
    connection = _socket_connection(transport)
    if connection is None or not _idle(connection):
        result = write()
        flush(transport)
        return result
    connection.startWriting = _not_now  # type: ignore[method-assign]  # shadows the method until deleted
    try:
        result = write()
    finally:
        del connection.startWriting
    if getattr(connection, "_aborting", False):  # cut inside write: nothing is to be sent any more
        return result
    if connection.dataBuffer or connection._tempDataBuffer:
        if connection.connected and not connection.disconnecting and not connection._writeDisconnecting:
            connection.doWrite()
        if connection.dataBuffer or connection._tempDataBuffer:
            connection.startWriting()
            return result
    if connection.disconnecting or connection._writeDisconnecting:
        connection.startWriting()
    return result


def _idle(connection: Connection) -> bool:
    """Open, not closing, nothing buffered: the reactor is not watching it for writability."""
    return bool(
        connection.connected
        and not connection.disconnecting
        and not connection._writeDisconnecting
        and not connection.dataBuffer
        and not connection._tempDataBuffer
    )


def _not_now() -> None:
    """What a transport's C{startWriting} does inside L{sending}."""


def client_transport(request: Any) -> Any:
    """
    The transport of the connection C{request} came on, or L{None} when it
    has none (gone, or a request built in a test): L{flush} and L{sending}
    take either.
    """
    channel = getattr(request, "channel", None)
    return None if channel is None else channel.transport


def _socket_connection(transport: Any) -> Connection | None:
    """The TCP (or UNIX) connection under C{transport}'s wrappers, if any."""
    for _ in range(_MAX_WRAPPERS):
        if isinstance(transport, Connection):
            return transport
        transport = getattr(transport, "transport", None)
        if transport is None:
            return None
    return None
