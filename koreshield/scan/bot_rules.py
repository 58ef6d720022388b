"""
A project's honest house rules for bots and automated agents, told from an attack that addresses them (round 41).

test-case-name: tests.test_scan_rag41

CONTRIBUTING files, AGENTS.md files and websites' notices address automated readers in the same words an attack
planted for an agent uses: "If you're an agent or bot opening automated PRs (dependabot etc.), label them
`automated`", "If you are an automated crawler, please respect robots.txt".  What sets the two apart is what is
asked: a house rule asks for a label, the test suite, a rate limit, a commit style, in the bot's own work on the
repository or the site; an attack asks for a script fetched from the net, the environment, a force-push, a
skipped review, or silence towards the user (L{koreshield.scan.cues_rag41}).

Each check reads a bounded stretch after the hit with regular expressions that cannot backtrack far, so scanning
stays linear.
"""

from __future__ import annotations

import re
from typing import Final

RULE_REACH: Final = 200
"""How far after the start of "if you are a bot ..." the rule is read: the sentence that addresses the bot."""

_IF_YOU_ARE_RE: Final = re.compile(
    r"if\s{1,3}you(?:'re|\u2019re|\s{1,3}are)\s{1,3}(?:an?|one\s{1,3}of\s{1,3}the)\s", re.IGNORECASE
)

_BOTS_OWN_WORK_RE: Final = re.compile(
    r"\b(?:prs?|pull\s{1,3}requests?|merge\s{1,3}requests?|commits?|issues?|branch(?:es)?|crawl\w*|scrap\w*|"
    r"robots\.txt|requests?\s{1,3}per|dependabot|renovate|contribut\w*|patches|changes)\b",
    re.IGNORECASE,
)
"""What a bot does in a repository or on a site, which a house rule is about."""

_HOUSE_RULE_RE: Final = re.compile(
    r"\b(?:label\s{1,3}(?:them|it|each|every|your|the)\b|tag\s{1,3}(?:them|it)\b|"
    r"add\s{1,3}(?:the\s{1,3}|a\s{1,3})?[`'\"]?[\w:/.-]{1,40}[`'\"]?\s{1,3}(?:label|tag|prefix|trailer)\b|"
    r"respect|obey|honou?r|throttle|rate[\s-]limit|identify\s{1,3}yourself|set\s{1,3}(?:a|your)\s{1,3}user[\s-]agent|"
    r"sign\s{1,3}(?:off|your|the|each|every)|follow\s{1,3}(?:the|our|conventional)|use\s{1,3}conventional|"
    r"keep\s{1,3}(?:to|one|them|your|each|every|it|prs?)\b|mention\s{1,3}(?:that|in)|disclose|"
    r"run\s{1,3}[`'\"]?(?:make|npm|yarn|pnpm|pytest|tox|nox|cargo|go\s{1,3}test|mvn|gradle|bundle|rake|just|"
    r"pre-commit)\b)",
    re.IGNORECASE,
)
"""The asks of a house rule: a label, a rate limit, a commit style, the project's own build and tests."""

_BREACH_RE: Final = re.compile(
    r"curl|wget|\|\s{0,2}(?:sudo\s{1,3})?(?:ba|z)?sh\b|--force|force[\s-]push|\benv\b|printenv|secret|credential|"
    r"password|token|api[\s_-]?key|skip|bypass|disable|without\s{1,3}(?:review|approval|asking|confirmation)|"
    r"delete|drop|wipe|(?:don't|do\s{1,3}not|never)\s{1,3}(?:tell|mention|inform)",
    re.IGNORECASE,
)
"""What no house rule asks of a bot (L{koreshield.scan.cues_rag41}'s breaches, read on the raw text)."""


def a_bots_house_rule(text: str, start: int) -> bool:
    """
    Whether the hit starting at C{start} is "if you are a bot/agent ..." opening a house rule for the bot's own
    work (a label, a rate limit, the test suite) with no breach asked in the same stretch.
    """
    if _IF_YOU_ARE_RE.match(text, start) is None:
        return False
    window = text[start : start + RULE_REACH].split("\n", 1)[0]
    return (
        _BOTS_OWN_WORK_RE.search(window) is not None
        and _HOUSE_RULE_RE.search(window) is not None
        and _BREACH_RE.search(window) is None
    )
