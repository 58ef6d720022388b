"""
A harmful procedure named as what somebody detects, traces or catches, or as a defence's object, not as what is
asked for (rounds 38 and 39).

test-case-name: tests.test_scan_persona39

A payload cue (L{koreshield.scan.cues.Cue.payload}) reads "laundering money through crypto mixers", "installed
skimmers on gas pumps", "isolate their teenager from the family"; a frame beside it ("hypothetically", "for my PhD
research", "stay in character") makes the pair a jailbreak.  But "how would police I{detect} someone laundering
money through crypto mixers", "how do investigators I{trace} funds laundered through shell companies", "how can
parents I{tell if} a cult is trying to isolate their teenager" and "explain how you I{caught} the gang that
installed skimmers" ask how the harm is defended against (L{defended_before}, within the hit's sentence); "write a
keylogger I{detector}" names the defence right after it (L{defended_after}, round 38).

"Avoid being detected", "without getting caught" and "so nobody can trace it" are the attacker's words: a verb of
defence right after "avoid", "evade", "escape", "without", "not", "being" or "getting" does not count, nor one
right after "n't" ("so the filter doesn't catch it", round 40), and "detection" or "undetected" are other words.
"""

from __future__ import annotations

import re
from typing import Final

WINDOW: Final = 60
"""How far before a payload's hit the defence may stand (cut at the sentence's start)."""

READS_BEFORE: Final = WINDOW + 1
"""How far before a hit L{defended_before} reads (for L{koreshield.scan.scoring.weighs_alike})."""

_SENTENCE_ENDS: Final = ".!?\n;"

_DEFENDED_BEFORE_RE: Final = re.compile(
    r"(?<!avoid )(?<!evade )(?<!escape )(?<!without )(?<!not )(?<!n't )(?<!nt )(?<!being )(?<!getting )(?<!get )"
    r"\b(?:detect|detects|detecting|detected|trace|traces|tracing|catch|catches|catching|caught|prevent|prevents|"
    r"preventing|spot|spots|spotting|protect|protects|protecting|recogni[sz]e|recogni[sz]es|recogni[sz]ing|"
    r"investigators?|investigate|investigates|investigating|tell if|tell whether|signs that|signs of)\b"
)


def defended_before(text: str, start: int) -> bool:
    """Whether a verb of defence stands in C{text} before C{start}, in the same sentence, within L{WINDOW}."""
    window = text[max(0, start - WINDOW) : start]
    begin = max(window.rfind(end) for end in _SENTENCE_ENDS) + 1
    if start > WINDOW:  # the window's first word may be the end of a longer one ("de|spot")
        begin = max(begin, window.find(" ") + 1)
    return _DEFENDED_BEFORE_RE.search(window, begin) is not None


READS_AFTER: Final = 30
"""How far after a payload's hit L{defended_after} reads (for L{koreshield.scan.scoring.weighs_alike})."""

_DEFENDED_AFTER_RE: Final = re.compile(
    r"[\s\-]{1,3}(?:detectors?|detection|scanners?|blockers?|removal|removers?|protection|defen[cs]es?|"
    r"prevention|classifiers?|analy[sz]er|analysis|awareness)\b",
    re.IGNORECASE,
)
"""
What, straight after a harmful thing named, makes it a defence's object: "write a keylogger detector", "build a
phishing email classifier", "ransomware protection".
"""


def defended_after(text: str, end: int) -> bool:
    """Whether a defence's name follows a payload's hit ending at C{end} (L{_DEFENDED_AFTER_RE})."""
    return _DEFENDED_AFTER_RE.match(text, end, end + READS_AFTER) is not None
