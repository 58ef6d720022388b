"""
The rows of the translation table that are the same for every provider: what
is refused everywhere, and what is dropped everywhere.  Each is checked through
both translators, so that neither can drift from the shared reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from twisted.trial.unittest import SynchronousTestCase

from koreshield.providers.anthropic import anthropic_request
from koreshield.providers.gemini import gemini_request
from koreshield.providers.openai_request import REFUSED_PARAMETERS
from koreshield.providers.translation import UnsupportedParameter

TRANSLATORS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "anthropic": lambda body: anthropic_request(body, model="claude", stream=False),
    "gemini": gemini_request,
}
HELLO = {"role": "user", "content": "Hello"}
FUNCTION = {"name": "f", "parameters": {"type": "object"}}

REFUSED_VALUES: dict[str, Any] = {
    "logprobs": True,
    "top_logprobs": 2,
    "logit_bias": {"50256": -100},
    "audio": {"voice": "alloy", "format": "mp3"},
    "modalities": ["text", "audio"],
    "functions": [FUNCTION],
    "function_call": "auto",
    "web_search_options": {},
    "reasoning_effort": "high",
}
DROPPED_VALUES: dict[str, Any] = {
    "store": True,
    "metadata": {"k": "v"},
    "service_tier": "flex",
    "prompt_cache_key": "k",
    "prompt_cache_retention": "24h",
    "prediction": {"type": "content", "content": "x"},
    "verbosity": "low",
    "stream_options": {"include_usage": True},
}


class SharedRowsTests(SynchronousTestCase):
    def test_every_refused_parameter_is_covered_here(self) -> None:
        self.assertEqual(set(REFUSED_VALUES), set(REFUSED_PARAMETERS))

    def test_refused_parameters_are_refused_by_every_provider(self) -> None:
        for provider, translate in TRANSLATORS.items():
            for param, value in REFUSED_VALUES.items():
                with self.assertRaises(UnsupportedParameter, msg=f"{provider} {param}") as raised:
                    translate({"messages": [HELLO], param: value})
                self.assertEqual(raised.exception.param, param)

    def test_openai_only_fields_are_dropped_by_every_provider(self) -> None:
        for provider, translate in TRANSLATORS.items():
            plain = translate({"messages": [HELLO]})
            self.assertEqual(translate({"messages": [HELLO], **DROPPED_VALUES}), plain, provider)
