"""
A callback that can be let go of before its L{Deferred} fires.

test-case-name: tests.test_held_streams

An answer held while its owner is written to Redis waits on that write for
a round trip, at most C{state.timeout_ms}.  A client that leaves meanwhile
ends its exchange at once, but a L{Deferred} keeps its callbacks until it
fires, and with them all they refer to: the request, the exchange, the
answer held.  The write itself goes on (its result is the key's ownership
of an object the provider has made, and Redis has the command already);
only what was to be done after it is dropped, through L{DetachableCall}.
"""

from __future__ import annotations

from collections.abc import Callable


class DetachableCall:
    """
    C{call(result)} when called with a L{Deferred}'s result, unless
    L{detach}ed first: then nothing, and nothing of C{call} is kept.
    """

    def __init__(self, call: Callable[[object], None]) -> None:
        self._call: Callable[[object], None] | None = call

    def __call__(self, result: object) -> None:
        call, self._call = self._call, None
        if call is not None:
            call(result)

    def detach(self) -> None:
        """Let go of the call: it will not be made, and what it refers to may be freed now."""
        self._call = None
