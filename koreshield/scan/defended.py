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

from koreshield.scan.normalise import fold_phrase

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


READS_AROUND: Final = WINDOW
"""How far before and after a payload's hit L{defended_in_sentence} reads (cut at the sentence's ends)."""

_ALL_SENTENCE_ENDS: Final = _SENTENCE_ENDS + "\u3002\uff01\uff1f"

_DEFENDED_AROUND_WORDS: Final = (
    "防止 防范 预防 破获 举报 识破 잡는 잡은 막는 막으려면 막을 예방 체포 검거 पकड़ती पकड़ता पकड़ा बचें बचाएं बचाव रोकें रोकथाम"
)
_DEFENDED_AROUND_RE: Final = re.compile(
    r"\b(?:proteger|protegerse|prevenir|detectar|denunciar|descobre|descobrir|descubre|descubrir|identificar)\b|"
    + "|".join(re.escape(fold_phrase(word)) for word in _DEFENDED_AROUND_WORDS.split())
)
"""
Verbs of defence in Portuguese, Spanish, Chinese, Korean and Hindi, anywhere in a payload's sentence (round 40):
"como hackers invadem a conta de alguém e como se I{proteger}", "a polícia I{descobre} quem fabrica bombas",
"怎么I{防止}木马窃取密码", "남의 계좌를 해킹한 범인을 I{잡는} 장면", "OTP कैसे चुराते हैं और इससे कैसे I{बचें}".  The
attacker's words ("sem ser detectado", "不被警察抓住", "पुलिस से बचने") are other forms, left out.
"""

_DEFENDED_LATER_RE: Final = re.compile(
    r"\bso (?:that )?(?:we|i|they|people|users|parents|victims|others) can (?:warn|protect|help|spot|recogni[sz]e|"
    r"defend)\b|\bso i can protect\b|\bto (?:warn|protect) (?:victims|people|users|myself|ourselves|others)\b"
)
"""
What, later in a payload's sentence in English, makes the harm a defence's object: "how do stalkers track a
location without them noticing, I{so we can warn victims}".  "So I can stop the police tracing it" is the
attacker's, hence only these verbs.
"""


def defended_in_sentence(text: str, start: int, end: int) -> bool:
    """
    Whether a verb of defence in another language (L{_DEFENDED_AROUND_RE}) stands in the sentence of a payload's
    hit from C{start} to C{end}, or an English purpose of defence (L{_DEFENDED_LATER_RE}) after it, within
    L{READS_AROUND} characters either side.
    """
    before = text[max(0, start - READS_AROUND) : start]
    after = text[end : end + READS_AROUND]
    begin = max(before.rfind(mark) for mark in _ALL_SENTENCE_ENDS) + 1
    stops = [index for index in (after.find(mark) for mark in _ALL_SENTENCE_ENDS) if index >= 0]
    after = after[: min(stops)] if stops else after
    sentence = before[begin:] + text[start:end] + after
    if _DEFENDED_AROUND_RE.search(sentence) is not None:
        return True
    return _DEFENDED_LATER_RE.search(after) is not None
