"""
The twistd plugin's options and service factory.

test-case-name: tests.test_tap

    twistd [-n] koreshield [--config PATH] [--listen ENDPOINT]
    twist koreshield [--config PATH] [--listen ENDPOINT]

A configuration error stops start-up with one line naming the key, on
stderr, and exit status 1: never a traceback.
"""

from __future__ import annotations

import sys
from typing import Any

from twisted.application.service import IService
from twisted.python import usage

from koreshield.config import ConfigError, load_settings, with_listen
from koreshield.logs import adopt_runner_logging


class Options(usage.Options):
    synopsis = "[--config PATH] [--listen ENDPOINT]"
    longdesc = (
        "Run KoreShield, the security proxy for OpenAI-compatible LLM APIs. Without --config, "
        "./koreshield.yaml is read if it exists, else built-in defaults (which answer with a "
        "simulated provider)."
    )
    optParameters = [
        ["config", None, None, "Path of the YAML configuration file."],
        ["listen", None, None, "Twisted server endpoint to listen on (overrides server.listen)."],
    ]


def makeService(options: Options) -> IService:
    from koreshield.service import KoreShieldService

    try:
        settings = load_settings(options["config"])
        if options["listen"]:
            settings = with_listen(settings, options["listen"])
    except ConfigError as error:
        sys.stderr.write(f"config error: {error}\n")
        sys.stderr.flush()
        raise SystemExit(1) from None
    parent: Any = getattr(options, "parent", None)
    return KoreShieldService(settings, on_application=adopt_runner_logging(parent, settings.logging), tune_process=True)
