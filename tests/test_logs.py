"""
Log lines' text: L{koreshield.logs.message_of} must say exactly what
Twisted's L{formatEvent} says, only faster.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from twisted.logger import formatEvent
from twisted.trial.unittest import SynchronousTestCase

from koreshield.logs import message_of

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
