"""
The vocabulary of threats the scanner reports, and how they rank.

test-case-name: tests.test_scan_verdict

The web layer, the policy and the metrics all speak in these names, so they
live in one place.  The order of L{THREAT_TYPES} is the public order; the
severity ranking below decides which finding names a verdict when several
categories fire at the same confidence.
"""

from typing import Final

PROMPT_INJECTION: Final = "prompt_injection"
JAILBREAK: Final = "jailbreak"
SYSTEM_PROMPT_EXTRACTION: Final = "system_prompt_extraction"
INDIRECT_INJECTION: Final = "indirect_injection"
SECRET: Final = "secret"
PII: Final = "pii"
BLOCKLIST: Final = "blocklist"

THREAT_TYPES: Final[tuple[str, ...]] = (
    PROMPT_INJECTION,
    JAILBREAK,
    SYSTEM_PROMPT_EXTRACTION,
    INDIRECT_INJECTION,
    SECRET,
    PII,
    BLOCKLIST,
)

PROMPT_ATTACK_TYPES: Final[frozenset[str]] = frozenset(
    {PROMPT_INJECTION, JAILBREAK, SYSTEM_PROMPT_EXTRACTION, INDIRECT_INJECTION}
)
"""Threats aimed at the model's instructions, as opposed to data that leaks."""

REDACTABLE_TYPES: Final[frozenset[str]] = frozenset({SECRET, PII})
"""Only data findings have a span that can be replaced by a placeholder."""

_SEVERITY: Final[dict[str, int]] = {
    INDIRECT_INJECTION: 7,
    PROMPT_INJECTION: 6,
    JAILBREAK: 5,
    SYSTEM_PROMPT_EXTRACTION: 4,
    SECRET: 3,
    BLOCKLIST: 2,
    PII: 1,
}


def severity(threat_type: str) -> int:
    """
    Rank a threat type: higher is worse.

    Used only to break ties between findings of equal confidence, so that a
    verdict names the attack rather than, say, an e-mail address beside it.
    """
    return _SEVERITY.get(threat_type, 0)
