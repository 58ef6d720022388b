"""
The in-process owner store of stored objects: bounded, least recently used
forgotten first, and each kind of object apart.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.state.owners import MemoryOwners


class MemoryOwnersTests(SynchronousTestCase):
    def owner(self, owners: MemoryOwners, object_id: str) -> str | None:
        result: str | None = self.successResultOf(owners.owner("response", object_id))
        return result

    def test_the_least_recently_used_owner_is_forgotten_past_capacity(self) -> None:
        owners = MemoryOwners(capacity=2)
        owners.remember("response", "a", "team-a")
        owners.remember("response", "b", "team-b")
        self.assertEqual(self.owner(owners, "a"), "team-a")  # now the most recently used
        owners.remember("response", "c", "team-a")
        self.assertEqual([self.owner(owners, i) for i in ("a", "b", "c")], ["team-a", None, "team-a"])

    def test_kinds_are_apart(self) -> None:
        owners = MemoryOwners()
        owners.remember("chat_completion", "x", "team-a")
        self.assertIsNone(self.owner(owners, "x"))
