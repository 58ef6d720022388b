"""
The service tree: the simulated provider (if used), the public listener,
the metrics listener (if configured), and the drain on stop.

test-case-name: tests.test_drain, tests.test_gc_tuning

Start-up order matters: the simulated provider must be listening before the
providers are built (its address is only known then), and the gateway must
exist before the public port accepts its first connection.  Listening
happens in C{privilegedStartService}, synchronously, so a port that cannot
be bound stops start-up with an error instead of leaving a process that
runs without listening.

Stopping is a drain (L{koreshield.drain}): C{/health} turns 503 and the
public port stops accepting at once, streams in flight get up to
C{server.drain_timeout} seconds, and only then do the ports streams still
need (the simulated provider) and the metrics listener close.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any, Final

from twisted.application.service import MultiService
from twisted.internet.defer import Deferred, DeferredList, maybeDeferred, succeed
from twisted.internet.endpoints import serverFromString
from twisted.internet.interfaces import IListeningPort
from twisted.logger import Logger
from twisted.python.failure import Failure

from koreshield.auth import KeyRing
from koreshield.config import SIMULATED_PROVIDER, ProviderSettings, Settings
from koreshield.descriptors import raise_open_file_limit, streams_allowed
from koreshield.drain import DrainOutcome, drain
from koreshield.gateway import Gateway, build_clients, build_output_policy, build_provider
from koreshield.http.access import AccessControl
from koreshield.http.health import Readiness
from koreshield.http.ownership import Ownership
from koreshield.http.routes import build_metrics_site, build_site
from koreshield.http.site import ShieldSite
from koreshield.metering import TokenMeter
from koreshield.metrics import ExchangeMetrics
from koreshield.observe import ExchangeObserver, StateObserver
from koreshield.providers.simulated import simulated_provider_site
from koreshield.scan import Scanner
from koreshield.screen import PromptScreen, ScanRunner, scan_policy
from koreshield.state.address import parse_redis_url
from koreshield.state.backend import SharedState, build_state
from koreshield.state.verdicts import VerdictSharing

_log = Logger(namespace="koreshield")


GC_THRESHOLDS: Final = (10_000, 10, 1_000)
"""
The collector's thresholds in a proxy process: how many net new objects
start a collection of the youngest generation, and how many collections of
one generation start one of the next.
"""


def tune_garbage_collector() -> None:
    """
    Keep the cyclic garbage collector out of the streams' way.

    Everything alive once the proxy has started (the scanner's model and
    rules, modules, the service tree) lives as long as the process: frozen,
    a full collection no longer walks it (it took ~30 ms, a visible stall
    in every stream).  Most per-request garbage is freed by reference
    counting, so collections come from objects that live on: the state of
    open streams.  Each collection of the middle generation walks every
    object that survived the young collections since the last one, up to
    the first two thresholds multiplied: with 9,000 open streams nearly
    all of them survive, and at (50,000, 20) that walk was a million
    objects and a 460-500 ms stall of every stream (benchmarks scenario 3).
    At (10,000, 10) it is at most 100,000 objects, about 60 ms there; full
    collections stay as rare as before (every 100 million net new
    objects).  Only for a proxy process (twistd/twist), never in a process
    that merely imports KoreShield.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def listens_on_loopback_only(description: str) -> bool:
    """Whether a TCP/SSL endpoint description binds to a loopback interface only."""
    kind = description.split(":", 1)[0]
    if kind not in ("tcp", "tcp6", "ssl", "reuseport"):
        return kind == "unix"
    for part in description.split(":")[1:]:
        if part.startswith("interface="):
            interface = part.split("=", 1)[1].strip("[]")
            return interface in ("localhost", "::1") or interface.startswith("127.")
    return False


class ListenError(Exception):
    """The configured listen endpoint could not be used."""


LISTEN_BACKLOG = 1024


def with_backlog(description: str) -> str:
    """
    The endpoint with a listen backlog fit for bursts of clients.  Twisted's
    default of 50 makes a burst of connections wait for SYN retransmits
    (a second each); an explicit C{backlog=} in the description is kept.
    """
    kind = description.split(":", 1)[0]
    if kind in ("tcp", "tcp6", "ssl", "unix", "reuseport") and "backlog=" not in description:
        return f"{description}:backlog={LISTEN_BACKLOG}"
    return description


def _listen_now(reactor: Any, key: str, description: str, factory: Any) -> IListeningPort:
    """Listen on an endpoint description, failing synchronously."""
    try:
        endpoint = serverFromString(reactor, with_backlog(description))
    except (ValueError, KeyError, TypeError) as e:
        raise ListenError(f"{key}: {description!r} is not a valid endpoint: {e}") from None
    result: list[Any] = []
    endpoint.listen(factory).addBoth(result.append)
    if not result:
        raise ListenError(f"{key}: {description!r} did not start listening at once")
    outcome = result[0]
    if isinstance(outcome, Exception) or hasattr(outcome, "getErrorMessage"):
        message = outcome.getErrorMessage() if hasattr(outcome, "getErrorMessage") else str(outcome)
        raise ListenError(f"{key}: cannot listen on {description!r}: {message}")
    return outcome  # type: ignore[no-any-return]


class KoreShieldService(MultiService):
    """
    The whole proxy as one service.

    @param on_application: called with the twistd application once this
        service is attached to it (twistd reads its log observer from it).
    @param tune_process: this is a proxy process of its own (twistd,
        twist): raise its open-file limit and tune its garbage collector.
    """

    def __init__(
        self,
        settings: Settings,
        reactor: Any = None,
        on_application: Callable[[Any], None] = lambda application: None,
        tune_process: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings
        self._reactor = reactor
        self._on_application = on_application
        self._tune_process = tune_process
        self._ports: list[IListeningPort] = []
        self.readiness = Readiness()
        self.metrics = ExchangeMetrics() if settings.metrics.enabled else None
        self.gateway: Gateway | None = None
        self.site: ShieldSite | None = None
        self.public_port: IListeningPort | None = None
        self.metrics_site: ShieldSite | None = None
        self.metrics_port: IListeningPort | None = None
        self.state: SharedState | None = None
        self._stop_waiters: list[Deferred[None]] | None = None

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
        if self._tune_process:
            tune_garbage_collector()

    def _listen(self) -> None:
        reactor = self._get_reactor()
        settings = self.settings
        open_files = raise_open_file_limit() if self._tune_process else None
        providers = {
            name: build_provider(name, self._resolve_provider(reactor, name, provider))
            for name, provider in settings.providers.items()
        }
        observer = ExchangeObserver(self.metrics, log_prompts=settings.logging.log_prompts)
        self.state = state = build_state(settings.state, reactor, StateObserver(self.metrics))
        policy = scan_policy(settings.security)
        scanner = Scanner(policy)
        sharing = None
        if state.verdicts is not None and settings.security.cache_size > 0:
            sharing = VerdictSharing(scanner.cache, state.verdicts, state.faults)
        scans = ScanRunner(reactor, scanner, sharing=sharing)
        self.gateway = Gateway(
            settings=settings,
            clock=reactor,
            providers=providers,
            clients=build_clients(reactor, settings, streams_allowed(open_files)),
            screen=PromptScreen(scans, policy, observer),
            observer=observer,
            meter=TokenMeter(state.limits),
            output=build_output_policy(settings),
            owners=Ownership(state.owners) if settings.auth.keys else None,
        )
        separate_metrics = self.metrics is not None and settings.metrics.listen != ""
        access = AccessControl(KeyRing(settings.auth), state.limits, state.faults)
        self.site = build_site(
            self.gateway, self.readiness, None if separate_metrics else self.metrics, scans, access, state
        )
        try:
            if separate_metrics:
                assert self.metrics is not None
                self.metrics_site = build_metrics_site(self.readiness, self.metrics, state.health)
                self.metrics_port = _listen_now(reactor, "metrics.listen", settings.metrics.listen, self.metrics_site)
                self._ports.append(self.metrics_port)
            self.public_port = _listen_now(reactor, "server.listen", settings.server.listen, self.site)
        except ListenError as error:
            self._stop_ports()
            raise SystemExit(f"listen error: {error}") from None
        if not settings.auth.keys and not listens_on_loopback_only(settings.server.listen):
            _log.warn(
                "No auth.keys are configured and {listen} is not loopback-only: anyone who can reach it "
                "can use your provider keys. Configure auth.keys, or listen on 127.0.0.1.",
                listen=settings.server.listen,
            )
        state.start()
        if settings.state.backend == "redis":
            _log.info(
                "Shared state (rate limits, token budgets, verdict cache) in Redis at {address}: "
                "calls bounded by {timeout_ms:g} ms, on_error {on_error}",
                address=str(parse_redis_url(settings.state.redis_url)),
                timeout_ms=settings.state.timeout_ms,
                on_error=settings.state.on_error,
            )
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

    def stopService(self) -> Deferred[None]:
        """
        Drain, then close what is left.  twistd and twist wait for the
        returned Deferred before the reactor stops.  Stopping again while
        a drain runs waits for that same drain.
        """
        waiter: Deferred[None] = Deferred()
        if self._stop_waiters is not None:
            self._stop_waiters.append(waiter)
            return waiter
        self._stop_waiters = [waiter]
        parent_stop = super().stopService()
        self.readiness.draining = True
        stopped = self._drain_public_listener()
        stopped.addCallback(lambda _: self._close_the_rest())
        if parent_stop is not None:
            stopped = DeferredList([parent_stop, stopped])
        stopped.addBoth(self._stopped)
        return waiter

    def _stopped(self, result: object) -> None:
        waiters, self._stop_waiters = self._stop_waiters or [], None
        if isinstance(result, Failure):
            _log.failure("Stopping KoreShield failed", failure=result)
        for waiter in waiters:
            waiter.callback(None)

    def _drain_public_listener(self) -> Deferred[Any]:
        port, self.public_port = self.public_port, None
        if port is None or self.site is None:
            return succeed(None)
        timeout = self.settings.server.drain_timeout
        _log.info(
            "Draining: /health answers 503, no new connections; {open} connections open, "
            "streams get up to {timeout}s to finish",
            open=len(self.site.channels),
            timeout=timeout,
        )
        listening_stopped = maybeDeferred(port.stopListening)
        drained = drain(self.site, self._get_reactor(), timeout)
        drained.addCallback(self._log_drain)
        return DeferredList([listening_stopped, drained])

    def _log_drain(self, outcome: DrainOutcome) -> None:
        _log.info(
            "Drained in {seconds:.3f}s: {open_at_start} connections were open, {cut} cut at the deadline",
            seconds=outcome.seconds,
            open_at_start=outcome.open_at_start,
            cut=outcome.cut,
        )

    def _close_the_rest(self) -> Deferred[Any]:
        closing: list[Deferred[Any]] = [self._stop_ports()]
        if self.metrics_site is not None:
            closing.append(self.metrics_site.close_connections())
        if self.gateway is not None:
            closing.extend(client.close() for client in self.gateway.clients.values())
        if self.state is not None:
            closing.append(self.state.close())
        return DeferredList(closing)
