"""
A proxy process admits as many streams as its file descriptors allow, and
no more: tests for L{koreshield.descriptors} and the default
C{providers.<name>.max_connections} built on it.
"""

from __future__ import annotations

import resource

from twisted.internet.task import Clock
from twisted.trial.unittest import SynchronousTestCase

from koreshield.config import ConfigError, settings_from_mapping
from koreshield.descriptors import (
    DESCRIPTORS_PER_STREAM,
    FEWEST_STREAMS,
    RESERVED_DESCRIPTORS,
    raise_open_file_limit,
    streams_allowed,
)
from koreshield.gateway import build_clients


def _provider(**extra: object) -> dict[str, object]:
    return {"providers": {"p": {"base_url": "http://127.0.0.1:9/v1", "api_key": "k", **extra}}}


class StreamsAllowedTests(SynchronousTestCase):
    def test_two_descriptors_per_stream_after_a_reserve(self) -> None:
        self.assertEqual(streams_allowed(65536), (65536 - RESERVED_DESCRIPTORS) // DESCRIPTORS_PER_STREAM)
        self.assertEqual(streams_allowed(20000), 9872)

    def test_a_tiny_limit_still_allows_a_few_streams(self) -> None:
        self.assertEqual(streams_allowed(100), FEWEST_STREAMS)

    def test_an_unlimited_process_gets_a_large_finite_number(self) -> None:
        self.assertGreater(streams_allowed(resource.RLIM_INFINITY), 100_000)

    def test_by_default_it_reads_the_process_limit(self) -> None:
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        self.assertEqual(streams_allowed(), streams_allowed(soft))


class RaiseOpenFileLimitTests(SynchronousTestCase):
    def setUp(self) -> None:
        before = resource.getrlimit(resource.RLIMIT_NOFILE)
        self.addCleanup(resource.setrlimit, resource.RLIMIT_NOFILE, before)

    def test_the_soft_limit_goes_up_to_the_hard_one(self) -> None:
        _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if hard == resource.RLIM_INFINITY or hard < 2:
            self.skipTest(f"the hard open-file limit here is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard // 2, hard))
        self.assertEqual(raise_open_file_limit(), hard)
        self.assertEqual(resource.getrlimit(resource.RLIMIT_NOFILE), (hard, hard))

    def test_a_soft_limit_already_at_the_hard_one_stays(self) -> None:
        _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        self.assertEqual(raise_open_file_limit(), hard)


class DefaultMaxConnectionsTests(SynchronousTestCase):
    def test_a_provider_without_max_connections_gets_what_the_descriptors_allow(self) -> None:
        settings = settings_from_mapping(_provider())
        self.assertIsNone(settings.providers["p"].max_connections)
        clients = build_clients(Clock(), settings, streams_allowed=9872)
        self.assertEqual(clients["p"].max_connections, 9872)

    def test_a_configured_max_connections_is_kept(self) -> None:
        settings = settings_from_mapping(_provider(max_connections=200))
        clients = build_clients(Clock(), settings, streams_allowed=9872)
        self.assertEqual(clients["p"].max_connections, 200)

    def test_max_connections_must_be_positive(self) -> None:
        with self.assertRaises(ConfigError) as raised:
            settings_from_mapping(_provider(max_connections=0))
        self.assertEqual(str(raised.exception), "providers.p.max_connections: must be greater than 0")
