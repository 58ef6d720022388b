"""
C{state.redis_url}: Redis' own URL forms, read once, never logged with the password.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.state.address import BadRedisURL, RedisAddress, parse_redis_url


class RedisURLTests(SynchronousTestCase):
    def test_host_port_and_database(self) -> None:
        self.assertEqual(parse_redis_url("redis://127.0.0.1:6380/2"), RedisAddress("127.0.0.1", 6380, 2))

    def test_port_and_database_have_defaults(self) -> None:
        self.assertEqual(parse_redis_url("redis://cache.internal"), RedisAddress("cache.internal", 6379, 0))

    def test_a_password_alone(self) -> None:
        address = parse_redis_url("redis://:s3cret@127.0.0.1:6379/0")
        self.assertEqual((address.username, address.password), (None, "s3cret"))

    def test_a_username_and_a_percent_encoded_password(self) -> None:
        address = parse_redis_url("redis://app:p%40ss%2Fw@127.0.0.1/0")
        self.assertEqual((address.username, address.password), ("app", "p@ss/w"))

    def test_rediss_means_tls(self) -> None:
        self.assertTrue(parse_redis_url("rediss://redis.example.com:6380/0").tls)
        self.assertFalse(parse_redis_url("redis://redis.example.com:6380/0").tls)

    def test_ipv6_hosts_in_brackets(self) -> None:
        address = parse_redis_url("redis://[::1]:6379/1")
        self.assertEqual((address.host, address.port, address.db), ("::1", 6379, 1))
        self.assertEqual(str(address), "redis://[::1]:6379/1")

    def test_the_printed_address_has_no_password(self) -> None:
        address = parse_redis_url("rediss://app:s3cret@10.0.0.5:6380/3")
        self.assertEqual(str(address), "rediss://10.0.0.5:6380/3")
        self.assertNotIn("s3cret", repr(address))

    def test_other_schemes_and_malformed_urls_are_refused(self) -> None:
        for url in (
            "http://127.0.0.1:6379/0",
            "127.0.0.1:6379",
            "redis://",
            "redis://host:port/0",
            "redis://host:6379/zero",
            "redis://host:6379/0?ssl_cert_reqs=none",
        ):
            self.assertRaises(BadRedisURL, parse_redis_url, url)
