"""
Log lines' text: L{koreshield.logs.message_of} must say exactly what
Twisted's L{formatEvent} says, L{koreshield.logs.json_line} must write what
Twisted's C{jsonFileLogObserver} writes, and the level filter must drop
what Twisted's filter drops, only faster.
"""

from __future__ import annotations

import io
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from twisted.logger import (
    FilteringLogObserver,
    LogLevel,
    LogLevelFilterPredicate,
    formatEvent,
    jsonFileLogObserver,
)
from twisted.python.failure import Failure
from twisted.trial.unittest import SynchronousTestCase

from koreshield.config import LoggingSettings
from koreshield.logs import _WithoutReconnectNoise, json_line, message_of, observer_for, readable_fields

_TEMPLATES = (
    "stream_completed {request_id} provider={provider} status={status} duration_ms={duration}",
    "plain text with no fields",
    "escaped {{braces}} and {value}",
    "{value!r} and {value!s}",
    "{value:>12}",
    "{missing} is not in the event",
    "{call()} is Twisted's call syntax",
    "{items[0]} and {items[1]}",
    "unbalanced { brace",
    "{value:.3f}",
)

_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
)


class MessageTests(SynchronousTestCase):
    def _assert_same(self, event: dict[str, Any]) -> None:
        self.assertEqual(message_of(dict(event)), formatEvent(dict(event)))

    def test_an_exchange_line_reads_as_twisted_would_format_it(self) -> None:
        self._assert_same(
            {
                "log_format": _TEMPLATES[0],
                "request_id": "req_1",
                "provider": "openai",
                "status": 200,
                "duration": 12.5,
            }
        )

    def test_twisted_call_syntax_is_left_to_twisted(self) -> None:
        event = {"log_format": "{call()} done", "call": lambda: "called"}
        self.assertEqual(message_of(event), "called done")

    def test_a_field_missing_from_the_event_is_reported_as_twisted_reports_it(self) -> None:
        self._assert_same({"log_format": "{missing} here", "log_namespace": "x"})

    def test_an_event_without_a_format_is_formatted_by_twisted(self) -> None:
        self._assert_same({"log_format": None, "log_text": "legacy text"})
        self._assert_same({"message": ("a", "b")})

    @given(template=st.sampled_from(_TEMPLATES), value=_values, items=st.lists(_values, max_size=3))
    def test_any_template_and_values_read_the_same_either_way(self, template: str, value: Any, items: Any) -> None:
        event = {
            "log_format": template,
            "request_id": "req_2",
            "provider": value,
            "status": value,
            "duration": value,
            "value": value,
            "items": items,
            "call": lambda: value,
        }
        self._assert_same(event)


def _events() -> list[dict[str, Any]]:
    """Events of every kind the JSON line must encode as Twisted would: plain, and with values JSON cannot encode."""
    failure = Failure(ZeroDivisionError("division by zero"))
    return [
        {"event": "request_completed", "status": 200, "duration": 1.5, "error_type": None, "completed": True},
        {"raw": b"bytes \xff", "log_format": "{raw}"},
        {"level_field": LogLevel.warn, "log_format": None},
        {"failure": failure, "log_failure": failure, "log_format": "it broke"},
        {"thing": object(), "message": "given as a string"},
        {"keys": {1: "int key", (1, 2): "tuple key"}, "level": "a field named level"},
        {"ratio": float("nan"), "text": "\u00e9\u2014 beyond ASCII"},
    ]


class JSONLineTests(SynchronousTestCase):
    def test_a_line_is_what_twisteds_json_observer_writes_of_the_readable_fields(self) -> None:
        for fields in _events():
            event = {"log_level": LogLevel.info, "log_namespace": "tests", "log_time": 1795791274.25, **fields}
            twisted_way = io.StringIO()
            jsonFileLogObserver(twisted_way, recordSeparator="")(readable_fields(dict(event)))
            self.assertEqual(json_line(dict(event)), twisted_way.getvalue())


class LevelFilterTests(SynchronousTestCase):
    def test_the_filter_passes_what_twisteds_level_filter_passes(self) -> None:
        namespaces = (
            "koreshield.observe.ExchangeObserver",
            "",
            None,
            "twisted.application._client_service.ClientService",
        )
        levels = (*LogLevel.iterconstants(), None)
        formats = ("Scheduling retry 1 in 2 seconds", "something else")
        for setting in ("debug", "info", "warn", "error", "critical"):
            ours: list[Any] = []
            twisteds: list[Any] = []
            filtered = observer_for(LoggingSettings(json_logs=True, level=setting), io.StringIO())
            filtered._observer = ours.append  # type: ignore[attr-defined]
            predicate = LogLevelFilterPredicate(defaultLogLevel=LogLevel.levelWithName(setting))
            twisted_way = FilteringLogObserver(twisteds.append, [predicate, _WithoutReconnectNoise()])
            for namespace in namespaces:
                for level in levels:
                    for text in formats:
                        event = {"log_format": text}
                        if namespace is not None:
                            event["log_namespace"] = namespace
                        if level is not None:
                            event["log_level"] = level
                        filtered(event)
                        twisted_way(event)
            self.assertEqual(ours, twisteds)
            self.assertTrue(ours)
