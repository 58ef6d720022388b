"""
Specifications of scan policy validation.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan import ScanPolicy


class PolicyTests(SynchronousTestCase):
    def test_defaults(self) -> None:
        policy = ScanPolicy()
        self.assertEqual((policy.sensitivity, policy.action, policy.cache_size), ("medium", "block", 10_000))

    def test_category_action_falls_back_to_the_global_action(self) -> None:
        policy = ScanPolicy(action="warn", category_actions={"pii": "redact"})
        self.assertEqual((policy.action_for("pii"), policy.action_for("jailbreak")), ("redact", "warn"))

    def test_invalid_values_name_their_field(self) -> None:
        for kwargs, field in (
            ({"sensitivity": "max"}, "sensitivity"),
            ({"action": "redact"}, "action"),
            ({"category_actions": {"jailbreak": "redact"}}, "category_actions.jailbreak"),
            ({"category_actions": {"nonsense": "block"}}, "category_actions"),
            ({"cache_size": -1}, "cache_size"),
            ({"blocklist": "one phrase"}, "blocklist"),
        ):
            with self.assertRaises(ValueError) as raised:
                ScanPolicy(**kwargs)  # type: ignore[arg-type]
            self.assertIn(field, str(raised.exception))

    def test_category_actions_cannot_be_changed_afterwards(self) -> None:
        policy = ScanPolicy(category_actions={"pii": "redact"})
        with self.assertRaises(TypeError):
            policy.category_actions["pii"] = "block"  # type: ignore[index]
