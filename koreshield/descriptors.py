"""
How many streams the process's file descriptors allow.

test-case-name: tests.test_descriptors

A relayed stream holds two descriptors (the client's connection and the
provider's).  A shell's default soft limit (often 1,024) would stop a
proxy at a few hundred streams, long before its memory or CPU; like nginx's
C{worker_rlimit_nofile} and Go's runtime, a proxy process raises its soft
limit to the hard one at start-up (the systemd units set the hard one,
C{LimitNOFILE}).  A provider's C{max_connections} then defaults to what
the descriptors allow, so the 503 (or failover) for a full pool comes
before the process runs out of descriptors, never after.
"""

from __future__ import annotations

import resource
from typing import Final

DESCRIPTORS_PER_STREAM: Final = 2
RESERVED_DESCRIPTORS: Final = 256
"""Kept for listeners, logs, Redis, the scanner's threads and idle keep-alive connections."""
FEWEST_STREAMS: Final = 64


def raise_open_file_limit() -> int:
    """Raise the soft open-file limit to the hard one (where allowed); the soft limit now."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft == resource.RLIM_INFINITY or soft >= hard:
        return soft
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    except (ValueError, OSError):
        return soft
    return hard


def streams_allowed(open_file_limit: int | None = None) -> int:
    """The requests a provider may have in flight by default, given the open-file limit (now, by default)."""
    if open_file_limit is None:
        open_file_limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if open_file_limit == resource.RLIM_INFINITY:
        open_file_limit = 1 << 20
    return max(FEWEST_STREAMS, (open_file_limit - RESERVED_DESCRIPTORS) // DESCRIPTORS_PER_STREAM)
