"""
Scan settings: how sensitive to be and what to do about each kind of threat.

test-case-name: tests.test_scan_policy

Settings are data, validated once when built; an invalid value raises
C{ValueError} naming the field, so a configuration loader can report it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Literal

from koreshield.scan.threats import REDACTABLE_TYPES, THREAT_TYPES

Sensitivity = Literal["low", "medium", "high"]
Action = Literal["block", "warn", "allow", "redact"]

SENSITIVITIES: Final[tuple[str, ...]] = ("low", "medium", "high")
ACTIONS: Final[tuple[str, ...]] = ("block", "warn", "allow", "redact")


def check_sensitivity(value: object) -> Sensitivity:
    """
    Return C{value} as a L{Sensitivity}.

    @raise ValueError: if it is not one of C{low}, C{medium}, C{high}.
    """
    if value == "low" or value == "medium" or value == "high":
        return value
    raise ValueError(f"sensitivity: expected one of {', '.join(SENSITIVITIES)}, got {value!r}")


@dataclass(frozen=True)
class ScanPolicy:
    """
    Everything that decides what the scanner flags and what is done about it.

    @ivar sensitivity: default threshold set; C{high} catches more at the
        cost of more false alarms.
    @ivar blocklist: phrases that are always flagged (type C{blocklist}),
        matched on normalised text so obfuscation does not hide them.
    @ivar category_actions: per threat type, an action overriding C{action};
        C{redact} is allowed only for C{secret} and C{pii}.
    @ivar action: what to do with any other finding.
    @ivar cache_size: how many per-part results the verdict cache keeps;
        0 disables caching.
    """

    sensitivity: Sensitivity = "medium"
    blocklist: tuple[str, ...] = ()
    category_actions: Mapping[str, Action] = field(default_factory=dict)
    action: Action = "block"
    cache_size: int = 10_000

    def __post_init__(self) -> None:
        check_sensitivity(self.sensitivity)
        if isinstance(self.blocklist, str) or not all(isinstance(p, str) for p in self.blocklist):
            raise ValueError("blocklist: expected a sequence of strings")
        object.__setattr__(self, "blocklist", tuple(p for p in self.blocklist if p.strip()))
        if self.action not in ("block", "warn", "allow"):
            raise ValueError(f"action: expected block, warn or allow, got {self.action!r}")
        actions = dict(self.category_actions)
        for threat, action in actions.items():
            if threat not in THREAT_TYPES:
                raise ValueError(f"category_actions: unknown threat type {threat!r}")
            if action not in ACTIONS:
                raise ValueError(f"category_actions.{threat}: unknown action {action!r}")
            if action == "redact" and threat not in REDACTABLE_TYPES:
                raise ValueError(f"category_actions.{threat}: redact is only possible for secret and pii")
        object.__setattr__(self, "category_actions", MappingProxyType(actions))
        if not isinstance(self.cache_size, int) or self.cache_size < 0:
            raise ValueError(f"cache_size: expected a non-negative integer, got {self.cache_size!r}")

    def action_for(self, threat_type: str) -> Action:
        """The action for findings of C{threat_type}."""
        return self.category_actions.get(threat_type, self.action)
