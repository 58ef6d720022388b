"""
The prompt scanner: normalise -> detect -> score -> verdict.

Pure Python with no Twisted imports, so the CLI, benchmarks and tests use it
directly and the web layer decides which thread it runs on.  See
L{Scanner} for the entry point and L{decide} for turning a verdict into an
action.
"""

from koreshield.scan.cache import VerdictCache
from koreshield.scan.decision import Decision, decide, redact_messages
from koreshield.scan.policy import ScanPolicy
from koreshield.scan.scanner import SCANNER_VERSION, Scanner
from koreshield.scan.threats import THREAT_TYPES
from koreshield.scan.verdict import Finding, MessageResult, ScanVerdict

__all__ = [
    "SCANNER_VERSION",
    "THREAT_TYPES",
    "Decision",
    "Finding",
    "MessageResult",
    "ScanPolicy",
    "ScanVerdict",
    "Scanner",
    "VerdictCache",
    "decide",
    "redact_messages",
]
