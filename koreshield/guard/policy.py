"""
The output guard as configured: built once at start-up, asked per request.

test-case-name: tests.test_guard_policy

L{OutputPolicy} compiles what every request shares (the secret and
personal-data shapes at the configured sensitivity, the canaries) and
keeps the indexes of recent system prompts, since most applications send
the same one with every request.  For each request it makes the guards of
its texts: L{OutputPolicy.for_stream} for a streamed answer,
L{OutputPolicy.guard_answer} for a whole one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Final

from twisted.internet.interfaces import IReactorTime

from koreshield.config import OUTPUT_CATEGORIES, OutputAction, OutputSettings
from koreshield.guard.answer import guard_answer
from koreshield.guard.cutting import Report
from koreshield.guard.detectors import CanaryDetector, CanarySet, Detector, ShapeDetector
from koreshield.guard.leaks import WORD, LeakDetector, SystemPromptIndex
from koreshield.guard.stream import StreamGuard
from koreshield.guard.text import TextGuard
from koreshield.scan.growing import GrowingTextMatcher
from koreshield.scan.messages import text_parts
from koreshield.scan.pii import PII_PATTERNS
from koreshield.scan.secrets import SECRET_PATTERNS

PROMPT_ROLES: Final = frozenset({"system", "developer"})
MAX_PROMPT_CHARS: Final = 32 * 1024
"""
System prompt text indexed per request (the index is built on the reactor,
about a millisecond per 2 KB, once per distinct prompt); leaks of text
beyond it are not looked for.
"""
PROMPT_INDEXES_KEPT: Final = 32


class OutputPolicy:
    """
    The output guard's settings, compiled.

    @param sensitivity: the scanner's (C{security.sensitivity}), which sets
        the secret and personal-data shapes looked for.
    """

    def __init__(self, settings: OutputSettings, sensitivity: str) -> None:
        self.settings = settings
        self.actions: dict[str, OutputAction] = {c: settings.action_for(c) for c in OUTPUT_CATEGORIES}
        self._shapes = [
            (category, GrowingTextMatcher(patterns, sensitivity))
            for category, patterns in (("secret", SECRET_PATTERNS), ("pii", PII_PATTERNS))
            if self.actions[category] != "off"
        ]
        self._canaries = CanarySet(settings.canaries) if settings.canaries and self.actions["canary"] != "off" else None
        self._indexes: OrderedDict[tuple[str, ...], SystemPromptIndex | None] = OrderedDict()

    @property
    def enabled(self) -> bool:
        """Whether any category is looked for at all."""
        return any(action != "off" for action in self.actions.values())

    def text_guards(self, messages: Any) -> Callable[[], TextGuard]:
        """What makes the guard of each text of the answer to C{messages}."""
        index = self._prompt_index(messages) if self.actions["system_prompt_leak"] != "off" else None
        actions = self.actions
        max_holdback = self.settings.max_holdback

        def new_guard() -> TextGuard:
            detectors: list[tuple[Detector, OutputAction]] = [
                (ShapeDetector(category, matcher), actions[category]) for category, matcher in self._shapes
            ]
            if self._canaries is not None:
                detectors.append((CanaryDetector(self._canaries), actions["canary"]))
            if index is not None:
                detectors.append((LeakDetector(index), actions["system_prompt_leak"]))
            return TextGuard(detectors, max_holdback)

        return new_guard

    def for_stream(self, messages: Any, report: Report, clock: IReactorTime) -> StreamGuard:
        """The guard of one streamed answer to C{messages}."""
        return StreamGuard(self.text_guards(messages), report, clock, self.settings.hold_timeout)

    def guard_answer(self, body: bytes, messages: Any, report: Report) -> bytes:
        """A whole (non-streamed) answer to C{messages}, guarded."""
        return guard_answer(body, self.text_guards(messages), report)

    def _prompt_index(self, messages: Any) -> SystemPromptIndex | None:
        """The index of the system prompts of C{messages} (L{None} when too short to leak)."""
        prompts = tuple(part.text for part in text_parts(_prompt_messages(messages)))
        if prompts in self._indexes:
            self._indexes.move_to_end(prompts)
            return self._indexes[prompts]
        index: SystemPromptIndex | None = None
        limited = _within(prompts, MAX_PROMPT_CHARS)
        if sum(len(WORD.findall(p)) for p in limited) >= self.settings.system_prompt_words:
            index = SystemPromptIndex(limited, self.settings.system_prompt_words)
        self._indexes[prompts] = index
        if len(self._indexes) > PROMPT_INDEXES_KEPT:
            self._indexes.popitem(last=False)
        return index


def _prompt_messages(messages: Any) -> list[Any]:
    """
    The system and developer messages of C{messages}: the only ones whose
    texts can be system prompts, picked before their texts are gathered
    (the user's prompt, often most of the bytes, is not walked again for
    every answer).
    """
    if not isinstance(messages, (list, tuple)):
        return []
    return [
        message
        for message in messages
        if isinstance(message, dict) and isinstance(message.get("role"), str) and message["role"] in PROMPT_ROLES
    ]


def _within(prompts: tuple[str, ...], budget: int) -> tuple[str, ...]:
    """The prompts, cut to C{budget} characters in all."""
    kept = []
    for prompt in prompts:
        kept.append(prompt[:budget])
        budget -= len(kept[-1])
        if budget <= 0:
            break
    return tuple(kept)
