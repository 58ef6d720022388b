"""
Which client key made each stored object (a stored response, a stored chat
completion), so that a key reaches only its own.

test-case-name: tests.test_state_owners, tests.test_stored_owners

The provider stores them under KoreShield's one account: the owner is ours
to remember.  An entry is C{kind:id -> key name}; the memory store keeps
L{MEMORY_ENTRIES} of them, shared fairly between keys (a key past its even
share forgets its own least recently used first; see L{MemoryOwners}), Redis
keeps each for L{OWNER_TTL} seconds (OpenAI keeps stored objects 30 days by
default).  An object with no entry (made before this existed, evicted,
expired, or whose write failed) belongs to nobody: no key reaches it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

from twisted.internet.defer import Deferred, succeed

MEMORY_ENTRIES = 100_000
"""
About 35 MB (~350 bytes an entry with ids of ~45 characters, by
tracemalloc): a process's recent stored objects, whatever the number of keys.
"""
OWNER_TTL = 30 * 86400


class OwnerStore(Protocol):
    """Where owners are kept: C{(kind, object id) -> key name}."""

    def remember(self, kind: str, object_id: str, owner: str) -> Deferred[None]: ...

    def owner(self, kind: str, object_id: str) -> Deferred[str | None]: ...


class MemoryOwners:
    """
    Owners in this process: at most C{capacity} of them, forgotten fairly
    between keys.

    One least-recently-used list shared by every key would let one key
    that makes many stored objects push every other key's records out
    (their own objects then answer 404: one tenant denying another).  So
    past C{capacity} the record forgotten is the least recently used one
    of the key holding the most records (another key holding as many
    goes first, so the record just made stays): a key keeps its own most
    recent records up to an even share of C{capacity} among the keys
    holding records, and one making more forgets only its own oldest.
    """

    def __init__(self, capacity: int = MEMORY_ENTRIES) -> None:
        self._capacity = capacity
        self._owner_of: dict[tuple[str, str], str] = {}
        self._records: dict[str, OrderedDict[tuple[str, str], None]] = {}
        """Each key's records, least recently used first."""
        self._holding: dict[int, dict[str, None]] = {}
        """The keys holding each number of records, in the order they came to it."""
        self._most = 0
        """The most records a key holds."""

    def __len__(self) -> int:
        return len(self._owner_of)

    def remember(self, kind: str, object_id: str, owner: str) -> Deferred[None]:
        entry = (kind, object_id)
        previous = self._owner_of.get(entry)
        if previous == owner:
            self._records[owner].move_to_end(entry)
            return succeed(None)
        if previous is not None:
            self._forget(previous, entry)
        self._owner_of[entry] = owner
        records = self._records.setdefault(owner, OrderedDict())
        self._regroup(owner, len(records), len(records) + 1)
        records[entry] = None
        while len(self._owner_of) > self._capacity:
            self._forget_oldest_of(self._largest_other_than(owner))
        return succeed(None)

    def owner(self, kind: str, object_id: str) -> Deferred[str | None]:
        found = self._owner_of.get((kind, object_id))
        if found is not None:
            self._records[found].move_to_end((kind, object_id))
        return succeed(found)

    def _largest_other_than(self, owner: str) -> str:
        """A key holding the most records: C{owner} (who just made one) only if it alone does."""
        for candidate in self._holding[self._most]:
            if candidate != owner:
                return candidate
        return owner

    def _forget_oldest_of(self, owner: str) -> None:
        self._forget(owner, next(iter(self._records[owner])))

    def _forget(self, owner: str, entry: tuple[str, str]) -> None:
        records = self._records[owner]
        del records[entry]
        del self._owner_of[entry]
        self._regroup(owner, len(records) + 1, len(records))
        if not records:
            del self._records[owner]

    def _regroup(self, owner: str, before: int, after: int) -> None:
        """C{owner} now holds C{after} records, not C{before} (they differ by one)."""
        if before:
            group = self._holding[before]
            del group[owner]
            if not group:
                del self._holding[before]
                if self._most == before and after < before:
                    self._most = after
        if after:
            self._holding.setdefault(after, {})[owner] = None
            self._most = max(self._most, after)
