"""
A TCP listening endpoint that several processes can share: SO_REUSEPORT.

test-case-name: tests.test_reuseport

    --listen reuseport:8000:interface=127.0.0.1[:backlog=1024]

One Twisted process uses one core.  With SO_REUSEPORT each of N processes
binds the same port and the kernel spreads new connections across them, so
a host runs one KoreShield per core without a front proxy (the socket-
activated systemd units in etc/ are the other way).  Restarting one process
drops none of the others' connections.
"""

from __future__ import annotations

import socket
from typing import Any

from twisted.internet.defer import Deferred, fail, succeed
from twisted.internet.interfaces import IListeningPort, IStreamServerEndpoint
from zope.interface import implementer


@implementer(IStreamServerEndpoint)
class ReusePortEndpoint:
    def __init__(self, reactor: Any, port: int, interface: str = "", backlog: int = 1024) -> None:
        self._reactor = reactor
        self._port = port
        self._interface = interface
        self._backlog = backlog

    def listen(self, protocolFactory: Any) -> Deferred[IListeningPort]:
        family = socket.AF_INET6 if ":" in self._interface else socket.AF_INET
        listening = socket.socket(family, socket.SOCK_STREAM)
        try:
            listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            listening.bind((self._interface, self._port))
            listening.listen(self._backlog)
            listening.setblocking(False)
            port: IListeningPort = self._reactor.adoptStreamPort(listening.fileno(), family, protocolFactory)
        except OSError as error:
            return fail(error)
        finally:
            listening.close()
        return succeed(port)


def parse_reuseport(reactor: Any, port: str, interface: str = "", backlog: str = "1024") -> ReusePortEndpoint:
    """The endpoint for C{reuseport:PORT[:interface=ADDR][:backlog=N]}."""
    return ReusePortEndpoint(reactor, int(port), interface, int(backlog))
