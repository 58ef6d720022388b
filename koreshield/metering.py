"""
Counting a finished exchange's tokens against its key's token budget.

test-case-name: tests.test_metering

The provider's own count is used whenever it sent one: C{usage} in a
non-streamed answer, or the usage chunk of a stream (which the proxy asks
for on streams of keys with a budget, see L{koreshield.stream_usage}).
When none arrived (a stream cut short by either side, a provider that does
not report usage) but the provider did answer, the tokens are estimated:

  - prompt: the characters of the prompt's text parts / 4 (OpenAI's rule of
    thumb for English), rounded up;
  - completion: the larger of the number of content deltas relayed (OpenAI
    streams about one token per delta) and the bytes of relayed content / 4,
    rounded up (for providers whose deltas carry several tokens).

An exchange that never reached the provider, or that the provider refused,
counts nothing.
"""

from __future__ import annotations

import math

from twisted.logger import Logger
from twisted.python.failure import Failure

from koreshield.auth import ClientKey
from koreshield.state.faults import StateUnavailable
from koreshield.state.limits import KeyLimits
from koreshield.stats import ExchangeRecord

CHARACTERS_PER_TOKEN = 4

_log = Logger(namespace="koreshield.metering")


def tokens_used(record: ExchangeRecord) -> int:
    """Prompt plus completion tokens of a finished exchange: counted, else estimated."""
    if record.prompt_tokens is not None or record.completion_tokens is not None:
        return (record.prompt_tokens or 0) + (record.completion_tokens or 0)
    if not record.provider_answered:
        return 0
    prompt = math.ceil(record.prompt_chars / CHARACTERS_PER_TOKEN)
    completion = max(record.content_deltas, math.ceil(record.content_bytes / CHARACTERS_PER_TOKEN))
    return prompt + completion


class TokenMeter:
    """Spends each finished exchange's tokens from its key's budget."""

    def __init__(self, limits: KeyLimits) -> None:
        self._limits = limits

    def exchange_finished(self, key: ClientKey | None, record: ExchangeRecord) -> None:
        """
        Spend C{record}'s tokens, without waiting: the answer has been sent
        already.  A failed call was counted where it failed; nothing more
        can be done about it here.
        """
        if key is None or key.token_budget is None:
            return
        tokens = tokens_used(record)
        if tokens > 0:
            self._limits.spend(key, tokens).addErrback(_spend_failed)


def _spend_failed(failure: Failure) -> None:
    if failure.check(StateUnavailable) is None:
        _log.failure("Spending tokens from a budget failed", failure=failure)
