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
from typing import Any

from twisted.internet.interfaces import IReactorTime

from koreshield.config import ProviderSettings, Settings
from koreshield.guard import OutputPolicy
from koreshield.http.ownership import Ownership
from koreshield.metering import TokenMeter
from koreshield.observe import ExchangeObserver
from koreshield.providers.anthropic import AnthropicProvider
from koreshield.providers.base import Provider
from koreshield.providers.gemini import GeminiProvider
from koreshield.providers.openai_compatible import OpenAICompatibleProvider
from koreshield.routing import ModelRouter
from koreshield.screen import Screen
from koreshield.scrub import encoded_secrets
from koreshield.upstream import UpstreamClient

_FAMILIES = {
    "openai": OpenAICompatibleProvider,
    "azure": OpenAICompatibleProvider,
    "simulated": OpenAICompatibleProvider,
    "anthropic": AnthropicProvider,
    "gemini": GeminiProvider,
}


def build_provider(name: str, settings: ProviderSettings) -> Provider:
    """The provider object for one configured provider."""
    family: Any = _FAMILIES[settings.type]
    provider: Provider = family(name, settings)
    return provider


@dataclasses.dataclass(frozen=True)
class Gateway:
    settings: Settings
    clock: IReactorTime
    providers: Mapping[str, Provider]
    clients: Mapping[str, UpstreamClient]
    screen: Screen
    observer: ExchangeObserver
    meter: TokenMeter | None = None
    output: OutputPolicy | None = None
    owners: Ownership | None = None
    """Who made each stored object: given when client keys are configured (L{koreshield.http.ownership})."""
    router: ModelRouter = dataclasses.field(init=False)
    provider_secrets: tuple[bytes, ...] = dataclasses.field(init=False)
    """Every provider key, UTF-8 encoded once: never to appear in what KoreShield writes (L{scrub})."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "router", ModelRouter(self.settings))
        object.__setattr__(
            self, "provider_secrets", encoded_secrets(secret for p in self.providers.values() for secret in p.secrets)
        )

    def idle_timeout(self, provider: str) -> float:
        """Seconds of silence from C{provider} before giving up on it."""
        configured = self.providers[provider].settings.idle_timeout
        return configured if configured is not None else self.settings.server.upstream_idle_timeout


def build_output_policy(settings: Settings) -> OutputPolicy | None:
    """The output guard as configured, or L{None} when every category is off."""
    policy = OutputPolicy(settings.security.output, settings.security.sensitivity)
    return policy if policy.enabled else None


def build_clients(reactor: Any, settings: Settings, streams_allowed: int) -> dict[str, UpstreamClient]:
    """
    One connection pool per provider, with that provider's limits.

    @param streams_allowed: a provider's C{max_connections} when its
        settings leave it out (what the process's descriptors allow).
    """
    clients = {}
    for name, provider in settings.providers.items():
        connect_timeout = provider.connect_timeout or settings.server.upstream_connect_timeout
        clients[name] = UpstreamClient(
            reactor,
            connect_timeout,
            max_connections=provider.max_connections or streams_allowed,
            max_idle_connections=provider.max_idle_connections,
        )
    return clients
