"""
Raising the open-file limit, which ten thousand sockets need.

Each process that holds many sockets (load generator workers, the fake provider, the proxy and
nginx as children of the runner) raises its soft limit to the hard limit; an unprivileged process
cannot go past the hard limit, so the runner reads it to size the 10k-streams scenario.
"""

from __future__ import annotations

import resource


def raise_open_file_limit() -> int:
    """Raise the soft RLIMIT_NOFILE to the hard limit; return the new limit."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY:
        hard = 1 << 20
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard
