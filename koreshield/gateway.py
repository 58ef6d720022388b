"""
Everything one request needs from the running proxy, in one object.

test-case-name: tests.test_chat

Built once at start-up from the settings and handed to the resources, so
nothing reads globals: tests build a L{Gateway} with a fake clock, a fake
screen or a stub upstream client, and the code under test cannot tell.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from twisted.internet.interfaces import IReactorTime

from koreshield.config import Settings
from koreshield.observe import ExchangeObserver
from koreshield.providers.openai_compatible import OpenAICompatibleProvider
from koreshield.screen import Screen
from koreshield.upstream import UpstreamClient


@dataclasses.dataclass(frozen=True)
class Gateway:
    settings: Settings
    clock: IReactorTime
    upstream: UpstreamClient
    providers: Mapping[str, OpenAICompatibleProvider]
    screen: Screen
    observer: ExchangeObserver

    def provider_for(self, model: str) -> OpenAICompatibleProvider:
        """The provider a model is sent to (routing by model comes later)."""
        return self.providers[self.settings.default_provider]

    @property
    def provider_secrets(self) -> tuple[str, ...]:
        """Every provider key: never to appear in what KoreShield writes."""
        return tuple(secret for p in self.providers.values() for secret in p.secrets)
