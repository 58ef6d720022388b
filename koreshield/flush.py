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
the reactor's help when the socket takes all the bytes.

Later events are sent once per read from the provider (L{held_sends},
L{write_held}): the events one read brings leave together in one send, as
Twisted's buffering sent the events of one turn (a connection is read once a
turn), but at the end of that read and without the reactor watching the
client's socket for it.  Sending every event on its own was measured in
three stops (15, 16, 17) and cost the clients more wake-ups than it saved;
leaving them to the reactor cost two C{epoll_ctl} calls and a reactor
dispatch of C{doWrite} per event (stream14, benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from twisted.internet.tcp import Connection

_T = TypeVar("_T")
_A = TypeVar("_A")

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
    connection = socket_connection(transport)
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
    connection = socket_connection(transport)
    if connection is None or not _idle(connection):
        result = write()
        flush(transport)
        return result
    result = _unwatched(connection, write)
    _send_now(connection)
    return result


_held: list[Connection] | None = None
"""The client connections written to, and not yet sent, in the read that L{held_sends} runs (or L{None} outside one)."""


def held_sends(read: Callable[..., _T], *args: Any) -> _T:
    """
    Run C{read(*args)}, the handling of one read from a provider, and send what
    L{write_held} wrote during it to each client connection once, at its
    end, without the reactor in between when the socket takes it all.

    Inside another L{held_sends} C{read} just runs: the outer one sends.
    """
    global _held
    if _held is not None:
        return read(*args)
    written: list[Connection] = []
    _held = written
    try:
        return read(*args)
    finally:
        _held = None
        for connection in written:
            _send_now(connection)


def write_held(connection: Connection | None, write: Callable[[_A], object], data: _A) -> None:
    """
    C{write(data)}, which writes to C{connection} (L{socket_connection} of
    the transport written to): inside L{held_sends}, an idle connection's
    bytes wait for the end of the read instead of the reactor's watch (see
    L{held_sends}); outside one, without a socket, or on a connection that
    already waits for the reactor, it is an ordinary write.
    """
    held = _held
    if held is None or connection is None:
        write(data)
    elif connection in held:
        _unwatched(connection, write, data)
    elif _idle(connection):
        held.append(connection)
        _unwatched(connection, write, data)
    else:
        write(data)


def _unwatched(connection: Connection, write: Callable[..., _T], *args: Any) -> _T:
    """
    C{write(*args)} with C{connection} kept from asking the reactor to
    watch its socket for writability: the caller sends what was written.
    """
    if "startWriting" in connection.__dict__:  # already kept from asking by an outer caller, who sends
        return write(*args)
    connection.startWriting = _not_now  # type: ignore[method-assign]  # shadows the method until deleted
    try:
        return write(*args)
    finally:
        del connection.startWriting


def _send_now(connection: Connection) -> None:
    """
    Send what C{connection} buffered while it was kept from asking the
    reactor; what the socket does not take, and a close asked for
    meanwhile, go to the reactor as usual.
    """
    if getattr(connection, "_aborting", False) or not connection.connected:
        return  # cut or gone meanwhile: nothing is to be sent any more
    if connection.dataBuffer or connection._tempDataBuffer:
        if not connection.disconnecting and not connection._writeDisconnecting and not _sent(connection):
            connection.doWrite()
        if connection.dataBuffer or connection._tempDataBuffer:
            connection.startWriting()
            return
    if connection.disconnecting or connection._writeDisconnecting:
        connection.startWriting()


def _sent(connection: Connection) -> bool:
    """
    Send what C{connection} buffered while it was kept from asking the
    reactor (L{_unwatched}), as its C{doWrite} would, in one C{send()};
    whether it did (what the socket did not take then waits in the
    transport's buffer as C{doWrite} leaves it, for the reactor).

    C{doWrite} takes seven Python calls to do it (the send through a
    C{memoryview} and C{untilConcludes}; dropping a watch on the socket that
    was never asked for, through the reactor's C{removeWriter}), about a
    tenth of the proxy's Python per relayed event.  Its other work does not
    apply here: the connection is open, not closing, and had nothing
    waiting before (the callers write to it unwatched only then).  Anything
    else goes to C{doWrite}, which decides as before: a producer to resume
    (paused by a write past the transport's buffer size, or not streaming),
    more than C{doWrite} sends at once, a transport that sends its own way,
    and an error from the socket (C{doWrite} meets it again and reports it
    the usual way).
    """
    if (
        connection.dataBuffer
        or type(connection).writeSomeData is not Connection.writeSomeData
        or (connection.producer is not None and (connection.producerPaused or not connection.streamingProducer))
    ):
        return False
    data = b"".join(connection._tempDataBuffer)
    if len(data) > connection.SEND_LIMIT:
        return False
    try:
        sent = connection.socket.send(data)
    except OSError:
        return False
    connection._tempDataBuffer = []
    connection._tempDataLen = 0
    if sent < len(data):
        connection.dataBuffer = data
        connection.offset = sent
    return True


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
    """What a transport's C{startWriting} does inside L{sending} and L{write_held}."""


def client_transport(request: Any) -> Any:
    """
    The transport of the connection C{request} came on, or L{None} when it
    has none (gone, or a request built in a test): L{flush} and L{sending}
    take either.
    """
    channel = getattr(request, "channel", None)
    return None if channel is None else channel.transport


def socket_connection(transport: Any) -> Connection | None:
    """The TCP (or UNIX) connection under C{transport}'s wrappers (TLS, say), if any."""
    for _ in range(_MAX_WRAPPERS):
        if isinstance(transport, Connection):
            return transport
        transport = getattr(transport, "transport", None)
        if transport is None:
            return None
    return None
