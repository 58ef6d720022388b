"""
The in-process owner store of stored objects: bounded, each kind of object
apart, and fair between keys: a key that makes many objects forgets its own
oldest, never another key's.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.state.owners import MemoryOwners


class MemoryOwnersTests(SynchronousTestCase):
    def owner(self, owners: MemoryOwners, object_id: str) -> str | None:
        result: str | None = self.successResultOf(owners.owner("response", object_id))
        return result

    def remember(self, owners: MemoryOwners, owner: str, *object_ids: str) -> None:
        for object_id in object_ids:
            self.successResultOf(owners.remember("response", object_id, owner))

    def test_a_keys_least_recently_used_owner_is_forgotten_past_capacity(self) -> None:
        owners = MemoryOwners(capacity=2)
        self.remember(owners, "team-a", "a", "b")
        self.assertEqual(self.owner(owners, "a"), "team-a")  # now the most recently used
        self.remember(owners, "team-a", "c")
        self.assertEqual([self.owner(owners, i) for i in ("a", "b", "c")], ["team-a", None, "team-a"])

    def test_kinds_are_apart(self) -> None:
        owners = MemoryOwners()
        owners.remember("chat_completion", "x", "team-a")
        self.assertIsNone(self.owner(owners, "x"))

    def test_a_key_making_many_objects_forgets_its_own_not_another_keys(self) -> None:
        owners = MemoryOwners(capacity=10)
        self.remember(owners, "team-a", "a1", "a2", "a3")
        self.remember(owners, "team-b", *(f"b{i}" for i in range(1000)))
        self.assertEqual([self.owner(owners, i) for i in ("a1", "a2", "a3")], ["team-a"] * 3)
        self.assertEqual([self.owner(owners, f"b{i}") for i in range(993, 1000)], ["team-b"] * 7)
        self.assertIsNone(self.owner(owners, "b992"))
        self.assertEqual(len(owners), 10)

    def test_a_key_coming_to_a_full_store_takes_from_the_key_holding_most(self) -> None:
        owners = MemoryOwners(capacity=10)
        self.remember(owners, "team-b", *(f"b{i}" for i in range(10)))
        self.remember(owners, "team-a", *(f"a{i}" for i in range(20)))
        # an even share each: team-b kept its five most recent, team-a its own five most recent
        self.assertEqual([self.owner(owners, f"b{i}") for i in range(10)], [None] * 5 + ["team-b"] * 5)
        self.assertEqual([self.owner(owners, f"a{i}") for i in range(20)], [None] * 15 + ["team-a"] * 5)
        self.assertEqual(len(owners), 10)

    def test_the_store_never_holds_more_than_its_capacity_whoever_makes_objects(self) -> None:
        owners = MemoryOwners(capacity=7)
        for i in range(200):
            self.remember(owners, f"team-{i % 13}", f"o{i}")
            self.assertLessEqual(len(owners), 7)
        self.assertEqual(len(owners), 7)
        last = range(193, 200)
        self.assertEqual([self.owner(owners, f"o{i}") for i in last], [f"team-{i % 13}" for i in last])

    def test_an_id_remembered_again_for_another_key_is_that_keys_alone(self) -> None:
        owners = MemoryOwners(capacity=3)
        self.remember(owners, "team-a", "x")
        self.remember(owners, "team-b", "x")
        self.assertEqual(self.owner(owners, "x"), "team-b")
        self.remember(owners, "team-a", "a1", "a2", "a3")
        self.assertEqual(self.owner(owners, "x"), "team-b")
        self.assertEqual(len(owners), 3)
