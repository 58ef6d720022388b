"""
The service tree: the simulated provider (if used), the public listener.

test-case-name: tests.test_service

Start-up order matters: the simulated provider must be listening before the
providers are built (its address is only known then), and the gateway must
exist before the public port accepts its first connection.  Listening
happens in C{privilegedStartService}, synchronously, so a port that cannot
be bound stops start-up with an error instead of leaving a process that
runs without listening.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from twisted.application.service import MultiService
from twisted.internet.defer import Deferred, DeferredList, maybeDeferred
from twisted.internet.endpoints import serverFromString
from twisted.internet.interfaces import IListeningPort
from twisted.logger import Logger

from koreshield.config import SIMULATED_PROVIDER, ProviderSettings, Settings
from koreshield.gateway import Gateway, build_clients, build_provider
from koreshield.http.routes import build_site
from koreshield.http.site import ShieldSite
from koreshield.observe import ExchangeObserver
from koreshield.providers.simulated import simulated_provider_site
from koreshield.screen import AllowEverything

_log = Logger(namespace="koreshield")


class ListenError(Exception):
    """The configured listen endpoint could not be used."""


def _listen_now(reactor: Any, description: str, factory: Any) -> IListeningPort:
    """Listen on an endpoint description, failing synchronously."""
    try:
        endpoint = serverFromString(reactor, description)
    except (ValueError, KeyError, TypeError) as e:
        raise ListenError(f"server.listen: {description!r} is not a valid endpoint: {e}") from None
    result: list[Any] = []
    endpoint.listen(factory).addBoth(result.append)
    if not result:
        raise ListenError(f"server.listen: {description!r} did not start listening at once")
    outcome = result[0]
    if isinstance(outcome, Exception) or hasattr(outcome, "getErrorMessage"):
        message = outcome.getErrorMessage() if hasattr(outcome, "getErrorMessage") else str(outcome)
        raise ListenError(f"server.listen: cannot listen on {description!r}: {message}")
    return outcome  # type: ignore[no-any-return]


class KoreShieldService(MultiService):
    """
    The whole proxy as one service.

    @param on_application: called with the twistd application once this
        service is attached to it (twistd reads its log observer from it).
    """

    def __init__(
        self,
        settings: Settings,
        reactor: Any = None,
        on_application: Callable[[Any], None] = lambda application: None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self._reactor = reactor
        self._on_application = on_application
        self._ports: list[IListeningPort] = []
        self.gateway: Gateway | None = None
        self.site: ShieldSite | None = None
        self.public_port: IListeningPort | None = None

    def setServiceParent(self, parent: Any) -> None:
        super().setServiceParent(parent)
        self._on_application(parent)

    def _get_reactor(self) -> Any:
        if self._reactor is None:
            from twisted.internet import reactor

            self._reactor = reactor
        return self._reactor

    def privilegedStartService(self) -> None:
        self._listen()
        super().privilegedStartService()

    def startService(self) -> None:
        # twist(1) never calls privilegedStartService; twistd(1) does.
        if self.public_port is None:
            self._listen()
        super().startService()

    def _listen(self) -> None:
        reactor = self._get_reactor()
        settings = self.settings
        providers = {
            name: build_provider(name, self._resolve_provider(reactor, name, provider))
            for name, provider in settings.providers.items()
        }
        self.gateway = Gateway(
            settings=settings,
            clock=reactor,
            providers=providers,
            clients=build_clients(reactor, settings),
            screen=AllowEverything(),
            observer=ExchangeObserver(),
        )
        self.site = build_site(self.gateway)
        try:
            self.public_port = _listen_now(reactor, settings.server.listen, self.site)
        except ListenError as error:
            self._stop_ports()
            raise SystemExit(f"listen error: {error}") from None
        self._ports.append(self.public_port)
        default = providers[settings.default_provider]
        _log.info(
            "KoreShield listening on {listen}; default provider {provider!r} ({type}) at {base_url}",
            listen=settings.server.listen,
            provider=default.name,
            type=default.settings.type,
            base_url=default.settings.base_url,
        )

    def _resolve_provider(self, reactor: Any, name: str, provider: ProviderSettings) -> ProviderSettings:
        """Start the simulated provider for a provider that uses it."""
        if provider.type != SIMULATED_PROVIDER:
            return provider
        port = reactor.listenTCP(0, simulated_provider_site(reactor), interface="127.0.0.1")
        self._ports.append(port)
        address = port.getHost()
        _log.warn(
            "No provider is configured for {provider!r}: using the built-in simulated provider "
            "(canned answers, no network) on {host}:{port}. Set providers in koreshield.yaml to "
            "reach a real model.",
            provider=name,
            host=address.host,
            port=address.port,
        )
        return ProviderSettings(type=SIMULATED_PROVIDER, base_url=f"http://{address.host}:{address.port}/v1")

    def _stop_ports(self) -> Deferred[Any]:
        ports, self._ports = self._ports, []
        return DeferredList([maybeDeferred(port.stopListening) for port in ports])

    def stopService(self) -> Deferred[Any]:
        stopping: list[Deferred[Any]] = [self._stop_ports()]
        if self.site is not None:
            stopping.append(self.site.close_connections())
        if self.gateway is not None:
            stopping.extend(client.close() for client in self.gateway.clients.values())
        parent_stop = super().stopService()
        if parent_stop is not None:
            stopping.append(parent_stop)
        return DeferredList(stopping)
