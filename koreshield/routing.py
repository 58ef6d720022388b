"""
Routing by model: which providers answer a model name, in failover order.

test-case-name: tests.test_providers_routing

Resolution, first match wins:
  1. C{provider/model}, where C{provider} is a configured provider's name:
     that provider, with the prefix stripped (C{anthropic/claude-3-5-sonnet}
     asks the provider named C{anthropic} for C{claude-3-5-sonnet});
  2. a route whose pattern is exactly the model name;
  3. the route with the longest matching prefix pattern (C{claude-*});
  4. C{default_provider}.
A route lists up to three providers: the later ones are tried, in order, when
an earlier one fails before the client has received a byte.
"""

from __future__ import annotations

import dataclasses

from koreshield.config import Settings


@dataclasses.dataclass(frozen=True)
class RouteTarget:
    """One provider to try, and the model name to ask it for."""

    provider: str
    model: str


class ModelRouter:
    def __init__(self, settings: Settings) -> None:
        self._providers = frozenset(settings.providers)
        self._default = (settings.default_provider,)
        self._exact: dict[str, tuple[str, ...]] = {}
        prefixes: list[tuple[str, tuple[str, ...]]] = []
        for pattern, targets in settings.routes.items():
            names = (targets,) if isinstance(targets, str) else tuple(targets)
            if pattern.endswith("*"):
                prefixes.append((pattern[:-1], names))
            else:
                self._exact[pattern] = names
        self._prefixes = sorted(prefixes, key=lambda item: len(item[0]), reverse=True)

    def route(self, model: str) -> tuple[RouteTarget, ...]:
        """The providers to try for C{model}, in order (never empty)."""
        prefix, slash, rest = model.partition("/")
        if slash and rest and prefix in self._providers:
            return (RouteTarget(prefix, rest),)
        names = self._exact.get(model)
        if names is None:
            names = next((n for p, n in self._prefixes if model.startswith(p)), self._default)
        return tuple(RouteTarget(name, model) for name in names)
