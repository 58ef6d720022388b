"""
The scan seam: decide whether a request may go upstream, and in what form.

test-case-name: tests.test_exchange_timing, tests.test_scan_api

L{PromptScreen.screen} is asynchronous on purpose (it returns a Deferred):
ordinary prompts are scanned inline, where a thread hop would cost more than
the scan, while large ones go to the reactor's thread pool so other streams
keep flowing.  The scanner itself (L{koreshield.scan}) is pure; this module
turns its verdict into what the web layer does: forward, forward with a
warning header, forward a redacted copy, or refuse with 403.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from twisted.internet.defer import Deferred, fail, succeed
from twisted.internet.threads import deferToThreadPool
from twisted.python.failure import Failure

from koreshield.config import SecuritySettings
from koreshield.errors import APIError
from koreshield.observe import ExchangeObserver
from koreshield.parse import RelayedRequest
from koreshield.scan import Decision, Scanner, ScanPolicy, ScanVerdict, decide, redact_messages
from koreshield.scan.messages import text_parts
from koreshield.state.verdicts import VerdictSharing
from koreshield.stats import ExchangeRecord

#: Texts longer than this (in characters) are scanned in a thread.
INLINE_SCAN_LIMIT = 32 * 1024
_LOGGED_PROMPT_CHARS = 4000


_R = TypeVar("_R", bound=RelayedRequest)


@dataclasses.dataclass(frozen=True)
class ScreenOutcome(Generic[_R]):
    """
    What screening decided.

    @ivar error: set when the request is refused (a 403 to send instead).
    @ivar chat: a rewritten request (chat, embeddings or completions) to
        forward instead of the client's (secrets or PII redacted), or
        L{None} to forward it unchanged.
    @ivar warning: a value for C{X-KoreShield-Warning}, when the policy
        forwards a suspicious request but says so.
    """

    error: APIError | None = None
    chat: _R | None = None
    warning: str | None = None

    @property
    def allowed(self) -> bool:
        return self.error is None


CLEAN: ScreenOutcome[Any] = ScreenOutcome()


Screened = ScreenOutcome[_R] | Deferred[ScreenOutcome[_R]]
"""
What screening a request gives: its outcome when it was decided at once
(the usual prompt, scanned inline), else a Deferred firing with it.
"""


class Screen(Protocol):
    def screen(self, chat: _R, record: ExchangeRecord) -> Screened[_R]: ...


def scan_policy(settings: SecuritySettings) -> ScanPolicy:
    """The scanner's policy from the C{security} settings."""
    return ScanPolicy(
        sensitivity=settings.sensitivity,
        blocklist=settings.blocklist,
        category_actions={name: category.action for name, category in settings.categories.items()},
        action=settings.action,
        cache_size=settings.cache_size,
    )


def blocked_error(decision: Decision, request_id: str, location: str | None = None) -> APIError:
    """
    The 403 a blocked request gets: the SDKs raise C{PermissionDeniedError}.

    @param location: where in the body the deciding finding is, for
        endpoints whose texts are not one message list (the Responses
        API's C{input[2]}): then named as C{koreshield.location}.
    """
    details: dict[str, Any] = {
        "threat_type": decision.threat_type,
        "confidence": round(decision.confidence, 4),
        "request_id": request_id,
    }
    if location is not None:
        details["location"] = location
    return APIError(
        403,
        f"Request blocked by KoreShield: {decision.threat_type} detected",
        "threat_detected",
        type="permission_error",
        extra={"koreshield": details},
    )


_T = TypeVar("_T")


class ScanRunner:
    """
    Runs scans where they belong: inline when small, in the reactor's
    thread pool when large; and, with a shared state, between the
    scanner's LRU and the verdict cache's second level.
    """

    def __init__(
        self,
        reactor: Any,
        scanner: Scanner,
        inline_limit: int = INLINE_SCAN_LIMIT,
        sharing: VerdictSharing | None = None,
    ) -> None:
        self._reactor = reactor
        self.scanner = scanner
        self._inline_limit = inline_limit
        self._sharing = sharing

    @property
    def shares_verdicts(self) -> bool:
        """Whether scans go through a second cache level (then callers pass the parts' keys)."""
        return self._sharing is not None

    def runs_inline(self, size: int) -> bool:
        """Whether L{run_shared} would scan C{size} here and now (small, and no second cache level)."""
        return self._sharing is None and size <= self._inline_limit

    def run(self, size: int, scan: Callable[..., _T], *args: Any) -> Deferred[_T]:
        if size <= self._inline_limit:
            try:
                return succeed(scan(*args))
            except Exception:
                return fail()
        return deferToThreadPool(self._reactor, self._reactor.getThreadPool(), scan, *args)

    def run_shared(self, keys: Sequence[str], size: int, scan: Callable[..., _T], *args: Any) -> Deferred[_T]:
        """
        L{run}, with the parts C{keys} fetched from the second level before
        and stored there after.  Fails with the 503 L{APIError} when the
        fetch fails and C{state.on_error} is C{closed}.
        """
        if self._sharing is None:
            return self.run(size, scan, *args)
        return self._sharing.around(keys, lambda: self.run(size, scan, *args))


class PromptScreen:
    """The L{Screen} backed by the scanner."""

    def __init__(self, runner: ScanRunner, policy: ScanPolicy, observer: ExchangeObserver) -> None:
        self._runner = runner
        self._scanner = runner.scanner
        self._policy = policy
        self._observer = observer

    def screen(self, chat: _R, record: ExchangeRecord) -> Screened[_R]:
        """
        The outcome of screening C{chat}: at once for a prompt scanned
        inline (the usual one: no Deferred and no callbacks for what is
        decided now), a Deferred for one scanned in a thread or with a
        shared state.  A scan or decision that fails for another reason than
        an L{APIError} gives a failed Deferred (an internal error).
        """
        messages = chat.messages
        # The parts are taken once: they size the scan and are what an inline scan reads.
        parts = text_parts(messages)
        size = self._scanner.estimated_cost(parts)
        if self._runner.runs_inline(size):
            try:
                return self._decided(self._scanner.scan_text_parts(parts), chat, record)
            except APIError as error:
                return ScreenOutcome(error=error)
            except Exception:
                return fail()
        keys = self._scanner.message_keys(messages) if self._runner.shares_verdicts else ()
        scanning = self._runner.run_shared(keys, size, self._scanner.scan_messages, messages)
        return scanning.addCallback(self._decided, chat, record).addErrback(_refused)

    def _decided(self, verdict: ScanVerdict, chat: _R, record: ExchangeRecord) -> ScreenOutcome[_R]:
        record.scan_ms = verdict.scan_ms
        record.scan_cache_hits += 1 if verdict.cached else 0
        decision = decide(verdict, self._policy)
        if decision.threat_type is None:
            return CLEAN
        record.threat_type = decision.threat_type
        record.threat_confidence = decision.confidence
        record.action = decision.action
        record.threat_locations = _locations(chat, verdict, decision)
        prompt = _flagged_text(chat.messages, verdict)
        if decision.action == "block":
            self._observer.threat_blocked(record, prompt)
            location = record.threat_locations[0] if record.threat_locations else None
            return ScreenOutcome(error=blocked_error(decision, record.request_id, location))
        self._observer.threat_detected(record, prompt)
        if decision.action == "redact":
            return ScreenOutcome(chat=chat.with_messages(redact_messages(chat.messages, decision)))
        if decision.action == "warn":
            return ScreenOutcome(warning=f"{decision.threat_type} detected (confidence {decision.confidence:.2f})")
        return CLEAN


def _refused(failure: Failure) -> ScreenOutcome[Any]:
    """A scan that could not run (the shared state failing closed) refuses the request."""
    failure.trap(APIError)
    assert isinstance(failure.value, APIError)
    return ScreenOutcome(error=failure.value)


def _locations(chat: Any, verdict: ScanVerdict, decision: Decision) -> tuple[str, ...]:
    """
    Where the findings of the deciding type are in the body (the deciding
    finding's first), for requests that can say (L{ResponsesRequest.location});
    empty for the others, whose messages are the body's own list.
    """
    locate = getattr(chat, "location", None)
    if locate is None:
        return ()
    findings = sorted((f for f in verdict.findings if f.type == decision.threat_type), key=lambda f: -f.confidence)
    named = (locate(finding.message_index) for finding in findings)
    return tuple(dict.fromkeys(name for name in named if name is not None))


def _flagged_text(messages: list[Any], verdict: ScanVerdict) -> str:
    """The text of the messages with findings, for logs that may carry prompts."""
    flagged = {finding.message_index for finding in verdict.findings}
    texts = [part.text for part in text_parts(messages) if part.message_index in flagged]
    return "\n".join(texts)[:_LOGGED_PROMPT_CHARS]
