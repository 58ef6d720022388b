"""
The scan seam: decide whether a request may go upstream.

test-case-name: tests.test_screen

L{PromptScreen.screen} is asynchronous on purpose (it returns a Deferred):
ordinary prompts are scanned inline, but the web layer must be free to move
large scans to a thread pool, or to consult a shared cache, without the
callers changing.  Until a scanner is plugged in every verdict is clean.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol

from twisted.internet.defer import Deferred, succeed

from koreshield.errors import APIError
from koreshield.parse import ChatRequest


@dataclasses.dataclass(frozen=True)
class ScreenOutcome:
    """
    What screening decided.

    @ivar error: set when the request is refused (a 403 to send instead).
    @ivar chat: a rewritten request to forward instead of the client's
        (secrets or PII redacted), or L{None} to forward it unchanged.
    @ivar warning: a value for C{X-KoreShield-Warning}, when the policy
        forwards a suspicious request but says so.
    """

    error: APIError | None = None
    chat: ChatRequest | None = None
    warning: str | None = None

    @property
    def allowed(self) -> bool:
        return self.error is None


CLEAN = ScreenOutcome()


class Screen(Protocol):
    def screen(self, chat: ChatRequest, request_id: str) -> Deferred[ScreenOutcome]: ...


class AllowEverything:
    """The screen used before a scanner is configured: everything is clean."""

    def screen(self, chat: ChatRequest, request_id: str) -> Deferred[ScreenOutcome]:
        return succeed(CLEAN)
