"""
twistd/twist plugin: C{twistd koreshield}.

Lazy on purpose: C{ServiceMaker} names the module instead of importing it, so
C{twistd --help} lists the plugin without importing the proxy.
"""

from twisted.application.service import ServiceMaker

koreshield = ServiceMaker(
    "KoreShield",
    "koreshield.tap",
    "Security proxy for OpenAI-compatible LLM APIs: scans prompts, relays streams.",
    "koreshield",
)
