"""
Which client key made each stored object (a stored response, a stored chat
completion), so that a key reaches only its own.

test-case-name: tests.test_state_owners, tests.test_stored_owners

The provider stores them under KoreShield's one account: the owner is ours
to remember.  An entry is C{kind:id -> key name}; the memory store keeps the
most recent L{MEMORY_ENTRIES} of them (least recently used go first), Redis
keeps each for L{OWNER_TTL} seconds (OpenAI keeps stored objects 30 days by
default).  An object with no entry (made before this existed, evicted,
expired, or whose write failed) belongs to nobody: no key reaches it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

from twisted.internet.defer import Deferred, succeed

MEMORY_ENTRIES = 100_000
"""About 20 MB at ~200 bytes an entry: a process's recent stored objects."""
OWNER_TTL = 30 * 86400


class OwnerStore(Protocol):
    """Where owners are kept: C{(kind, object id) -> key name}."""

    def remember(self, kind: str, object_id: str, owner: str) -> Deferred[None]: ...

    def owner(self, kind: str, object_id: str) -> Deferred[str | None]: ...


class MemoryOwners:
    """Owners in this process, the least recently used forgotten past C{capacity}."""

    def __init__(self, capacity: int = MEMORY_ENTRIES) -> None:
        self._capacity = capacity
        self._owners: OrderedDict[tuple[str, str], str] = OrderedDict()

    def remember(self, kind: str, object_id: str, owner: str) -> Deferred[None]:
        self._owners[kind, object_id] = owner
        self._owners.move_to_end((kind, object_id))
        while len(self._owners) > self._capacity:
            self._owners.popitem(last=False)
        return succeed(None)

    def owner(self, kind: str, object_id: str) -> Deferred[str | None]:
        found = self._owners.get((kind, object_id))
        if found is not None:
            self._owners.move_to_end((kind, object_id))
        return succeed(found)
