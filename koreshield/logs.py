"""
Where log events go, and in what form.

test-case-name: tests.test_logs, tests.test_observe

twistd and twist each set up logging before the service starts, from their
own options (C{--logfile}, C{--log-file}, C{-n}); KoreShield keeps their
choice of destination and only chooses the format and the level from the
settings: one JSON object per line (C{logging.json_logs: true}) or
human-readable text.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from typing import IO, Any

from twisted.logger import (
    FileLogObserver,
    FilteringLogObserver,
    ILogFilterPredicate,
    ILogObserver,
    LogLevel,
    PredicateResult,
    eventAsJSON,
    formatEvent,
    formatEventAsClassicLogText,
)
from twisted.python.logfile import LogFile
from zope.interface import implementer

from koreshield.config import LoggingSettings


def log_level(settings: LoggingSettings) -> LogLevel:
    level: LogLevel = LogLevel.levelWithName(settings.level)
    return level


_INTERNAL_KEYS = frozenset({"log_logger", "log_source", "log_format", "log_level", "log_flattened", "log_legacy"})


def readable_fields(event: dict[str, Any]) -> dict[str, Any]:
    """
    The event with plain C{level}, C{time} and C{message} fields in place
    of Twisted's internal ones, as it is written as JSON, so a log line
    reads (and greps) without knowing Twisted.
    """
    readable = dict(event)
    for key in _INTERNAL_KEYS.intersection(event):
        del readable[key]
    level = event.get("log_level")
    readable["level"] = level.name if level is not None else "info"
    readable["time"] = datetime.fromtimestamp(event.get("log_time", 0), timezone.utc).isoformat()
    if not isinstance(readable.get("message"), str):
        readable["message"] = message_of(event)
    return readable


_PLAIN_JSON = json.JSONEncoder(skipkeys=True)
"""
What L{eventAsJSON} encodes with (C{json.dumps(event, skipkeys=True,
default=...)}), made once instead of per line, without the C{default}: an
event with a value JSON cannot encode is left to L{eventAsJSON} itself.
"""


def json_line(event: dict[str, Any]) -> str:
    """
    The event's line: its readable fields as Twisted's
    C{jsonFileLogObserver(out, recordSeparator="")} writes an event.

    Every exchange logs a line; Twisted's way makes a new JSON encoder for
    each and walks the event once more to flatten a format that the
    readable fields no longer carry.  A value JSON cannot encode (bytes, a
    L{LogLevel}, a L{Failure}, any object) sends the event to
    L{eventAsJSON}, which encodes it as before.
    """
    readable = readable_fields(event)
    try:
        return _PLAIN_JSON.encode(readable) + "\n"
    except (TypeError, ValueError):
        return eventAsJSON(readable) + "\n"


@implementer(ILogObserver)
class _LevelFilter:
    """
    C{FilteringLogObserver(observer, [LogLevelFilterPredicate(level),
    _WithoutReconnectNoise()])}, in one call: every exchange's line passes
    here, and Twisted's way calls two predicates through a loop that
    compares each answer, and works out the level of the event's namespace
    by walking its dotted parents (the proxy sets no level per namespace).
    Events without a level or a namespace are dropped, as Twisted's
    predicate drops them.
    """

    def __init__(self, observer: ILogObserver, level: LogLevel) -> None:
        self._observer = observer
        self._levels = frozenset(known for known in LogLevel.iterconstants() if known >= level)

    def __call__(self, event: dict[str, Any]) -> None:
        if event.get("log_level") not in self._levels or not event.get("log_namespace"):
            return
        if _WITHOUT_RECONNECT_NOISE(event) is _DROP:
            return
        self._observer(event)


def message_of(event: dict[str, Any]) -> str:
    """
    The event's text, as L{formatEvent} gives it.

    Every exchange logs a line, and C{formatEvent} formats in pure Python
    (C{string.Formatter}, to allow its C{{name()}} call syntax): about 26 us
    of the 42 a line cost.  Plain fields format the same with C{str.format},
    in C; anything it cannot do (a call, a missing field, no format at all)
    goes to C{formatEvent}, which also knows how to report a broken event.
    """
    text = event.get("log_format")
    if isinstance(text, str):
        try:
            return text.format(**event)
        except Exception:  # formatEvent handles and reports every way this fails
            pass
    return formatEvent(event)


_CLIENT_SERVICE = "twisted.application._client_service.ClientService"
_DROP: PredicateResult = PredicateResult.no
_MAYBE: PredicateResult = PredicateResult.maybe


@implementer(ILogFilterPredicate)
class _WithoutReconnectNoise:
    """
    Drops twisted's C{ClientService} line for every reconnection attempt:
    the Redis pool's connections retry several times a second while Redis
    is down, and L{koreshield.observe.StateObserver} already says when the
    connection is lost, back, or cannot be made.
    """

    def __call__(self, event: dict[str, Any]) -> PredicateResult:
        if event.get("log_namespace") == _CLIENT_SERVICE and str(event.get("log_format", "")).startswith(
            "Scheduling retry"
        ):
            return _DROP
        return _MAYBE


_WITHOUT_RECONNECT_NOISE = _WithoutReconnectNoise()


def _json_observer(out: IO[str]) -> ILogObserver:
    """One JSON object per line, with readable level, time and message (L{json_line})."""
    return FileLogObserver(out, json_line)


_LINE_BREAKING = re.compile("[\\x00-\\x1f\\x7f\\x85\\u2028\\u2029]")
"""Control characters, and the characters a log reader may take for a line's end."""


def _escaped(value: str) -> str:
    """C{value} with its control characters written as Python escapes (C{\\n}, C{\\x85}, C{\\u2028})."""
    return _LINE_BREAKING.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), value)


def text_line(event: dict[str, Any]) -> str | None:
    """
    An event as a readable text line (Twisted's classic format), its
    string fields escaped first: fields such as C{userId} and C{model} are the
    client's, and a line break in one would let a client write a log line of
    its own.  Twisted's own keys (C{log_*}: the format, a traceback) are
    kept as they are.
    """
    safe = {
        key: _escaped(value) if isinstance(value, str) and not key.startswith("log_") else value
        for key, value in event.items()
    }
    return formatEventAsClassicLogText(safe)


def _text_observer(out: IO[str]) -> ILogObserver:
    """Readable text lines (L{text_line})."""
    return FileLogObserver(out, text_line)


def _quiet(factory: Callable[[IO[str]], ILogObserver]) -> Callable[[IO[str]], ILogObserver]:
    """C{factory}'s observers, without reconnection noise."""
    return lambda out: FilteringLogObserver(factory(out), [_WithoutReconnectNoise()])


def observer_for(settings: LoggingSettings, out: IO[str]) -> ILogObserver:
    """The observer writing events to C{out} as the settings say."""
    if settings.json_logs:
        formatted: ILogObserver = _json_observer(out)
    else:
        formatted = _text_observer(out)
    return _LevelFilter(formatted, log_level(settings))


def _twistd_destination(options: Any) -> IO[str] | None:
    """Where twistd would write, given its options (None for syslog)."""
    if options.get("syslog"):
        return None
    logfile = options.get("logfile") or ""
    if logfile == "-" or (options.get("nodaemon") and not logfile):
        return sys.stdout
    return LogFile.fromFullPath(logfile or "twistd.log")  # type: ignore[no-any-return]


def adopt_runner_logging(runner_options: Any, settings: LoggingSettings) -> Callable[[Any], None]:
    """
    Make the runner (twistd or twist) log in KoreShield's format.

    @param runner_options: the runner's parsed options (the parent of the
        plugin's options), or L{None} when there is no runner.
    @return: a function to call with the application once it exists
        (twistd takes its observer from the application).
    """
    if runner_options is None:
        return lambda application: None
    if "fileLogObserverFactory" in runner_options or "logFile" in runner_options:
        # twist: it builds its own observer from these, after the plugin.
        runner_options["fileLogObserverFactory"] = _quiet(_json_observer if settings.json_logs else _text_observer)
        runner_options["logLevel"] = log_level(settings)
        return lambda application: None

    def set_on_application(application: Any) -> None:
        destination = _twistd_destination(runner_options)
        if destination is not None and hasattr(application, "setComponent"):
            application.setComponent(ILogObserver, observer_for(settings, destination))

    return set_on_application
