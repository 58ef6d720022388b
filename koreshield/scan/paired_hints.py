"""
Two halves of a planted order that count only together: a machine reader addressed by its role, and a breach
of its user's trust ordered (round 41, L{koreshield.scan.cues_rag41}).

test-case-name: tests.test_scan_rag41

"If you are a bot opening PRs, label them" is a CONTRIBUTING file's honest rule; "curl ... | sh" is a runbook's
install step; "approve and merge" is a colleague's mail.  Each half alone is an ordinary sentence, and a weak cue
is not harmless: any cue lets a part's ordinary threshold apply instead of the model-only one, so at C{high} a
half plus a little of the model flagged CONTRIBUTING files and security tips.  So a half alone is dropped here,
and the two within L{PAIR_REACH} characters of each other count as one strong addressing cue (L{PAIRED_FACTOR}).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Final, Protocol, TypeVar

READER_HINT: Final = "addressed.reader_by_role"
BREACH_HINT: Final = "addressed.breach_ordered"
HIDING_HINT: Final = "addressed.breach_hidden"
BREACH_HINTS: Final = frozenset({BREACH_HINT, HIDING_HINT})
HINTS: Final = BREACH_HINTS | {READER_HINT}

PAIRED_FACTOR: Final = 2.0
"""
How much more each half is worth beside its partner: the cues' 0.4 becomes an addressing cue's usual 0.8, enough
for C{medium} in third-party content, while what scoring took off a hit (a quote the text talks about, a defence
around it) stays taken off in proportion.
"""

PAIR_REACH: Final = 800
"""
How far apart (in characters, start to start) the call and the order may stand: a README's section or a log's
few lines.  A long document that addresses bots in one place and quotes an install step pages later pairs nothing.
"""


class _Hint(Protocol):
    """The parts of L{koreshield.scan.scoring.Evidence} read here."""

    @property
    def cue_name(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def confidence(self) -> float: ...


_E = TypeVar("_E", bound=_Hint)


def paired(evidence: Sequence[_E]) -> list[_E]:
    """
    C{evidence} with this module's hints weighed as pairs: a reader's call and a breach within L{PAIR_REACH}
    characters both count L{PAIRED_FACTOR} times their weight; a hint without its partner is dropped.  Other evidence is
    kept as it is.
    """
    if not any(item.cue_name in HINTS for item in evidence):
        return list(evidence)
    calls = [item.start for item in evidence if item.cue_name == READER_HINT]
    breaches = [item.start for item in evidence if item.cue_name in BREACH_HINTS]
    kept: list[_E] = []
    for item in evidence:
        if item.cue_name not in HINTS:
            kept.append(item)
            continue
        partners = breaches if item.cue_name == READER_HINT else calls
        if any(abs(item.start - other) <= PAIR_REACH for other in partners):
            kept.append(dataclasses.replace(item, confidence=min(0.99, item.confidence * PAIRED_FACTOR)))  # type: ignore[type-var]
    return kept
