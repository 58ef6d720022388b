"""
The output guard: answers (streamed or not) checked for secrets, personal
data, canaries and leaks of their own system prompt, and redacted, cut or
logged as configured (C{security.output}).

The request's path: L{policy.OutputPolicy} (built once) makes, for each
answer, a L{stream.StreamGuard} (SSE events in and out, a stage of the
relay) or guards the whole body (L{answer}); both give each text of the
answer a L{text.TextGuard}, which combines one detector per category
(L{detectors}, L{leaks}) over the scanner's shapes followed as the text
grows (L{koreshield.scan.growing}).  Nothing here logs or counts: findings
are handed to the exchange's observer.
"""

from koreshield.guard.policy import OutputPolicy
from koreshield.guard.stream import StreamGuard
from koreshield.guard.text import GuardStep, OutputFinding, TextGuard

__all__ = ["GuardStep", "OutputFinding", "OutputPolicy", "StreamGuard", "TextGuard"]
