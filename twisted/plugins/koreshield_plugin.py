"""
twistd/twist plugin: C{twistd koreshield}, and the C{reuseport:} listen endpoint.

Lazy on purpose: C{ServiceMaker} names the module instead of importing it, and
the endpoint parser imports its module only when a C{reuseport:} endpoint is
parsed, so C{twistd --help} lists the plugin without importing the proxy.
"""

from typing import Any

from twisted.application.service import ServiceMaker
from twisted.internet.interfaces import IStreamServerEndpointStringParser
from twisted.plugin import IPlugin
from zope.interface import implementer

koreshield = ServiceMaker(
    "KoreShield",
    "koreshield.tap",
    "Security proxy for OpenAI-compatible LLM APIs: scans prompts, relays streams.",
    "koreshield",
)


@implementer(IPlugin, IStreamServerEndpointStringParser)
class _ReusePortParser:
    prefix = "reuseport"

    def parseStreamServer(self, reactor: Any, *args: Any, **kwargs: Any) -> Any:
        from koreshield.reuseport import parse_reuseport

        return parse_reuseport(reactor, *args, **kwargs)


reuseport = _ReusePortParser()
