#!/usr/bin/env python3
"""
A byte-level Twisted TCP forwarder: the floor under any Twisted relay, as a reference target.

    python benchmarks/run.py --targets direct,floor,proxy     # run.py starts it as its "floor" target
    python benchmarks/twisted_forwarder.py LISTEN_PORT UPSTREAM_PORT   # or by hand

It copies bytes both ways between each client connection and its own
connection to the fake provider (Twisted's C{portforward}, with
C{TCP_NODELAY} on both sides), and parses nothing: no HTTP, no scan, no
guard.  What the proxy costs beyond it is what its HTTP handling, scan,
output guard and bookkeeping cost, not the reactor or the sockets.
"""

from __future__ import annotations

import argparse

from twisted.internet import reactor
from twisted.protocols import portforward


class _Client(portforward.ProxyClient):
    def connectionMade(self) -> None:
        self.transport.setTcpNoDelay(True)
        super().connectionMade()


class _ClientFactory(portforward.ProxyClientFactory):
    protocol = _Client


class _Server(portforward.ProxyServer):
    clientProtocolFactory = _ClientFactory

    def connectionMade(self) -> None:
        self.transport.setTcpNoDelay(True)
        super().connectionMade()


class _Factory(portforward.ProxyFactory):
    protocol = _Server


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("listen", type=int, help="the loopback port to listen on")
    parser.add_argument("upstream", type=int, help="the fake provider's loopback port")
    args = parser.parse_args()
    reactor.listenTCP(args.listen, _Factory("127.0.0.1", args.upstream), interface="127.0.0.1")  # type: ignore[attr-defined]
    reactor.run()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
