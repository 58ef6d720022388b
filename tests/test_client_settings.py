"""
A client's key, URL and timeout: from the arguments, else the environment,
else the defaults the issue names.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.client.settings import ClientSettings


class ResolveTests(SynchronousTestCase):
    def test_the_defaults_are_localhost_8000_without_a_key(self) -> None:
        settings = ClientSettings.resolve(None, None, 30, environ={})
        self.assertEqual((settings.base_url, settings.api_key, settings.timeout), ("http://localhost:8000", None, 30.0))
        self.assertNotIn("Authorization", settings.headers())

    def test_the_environment_supplies_key_and_url(self) -> None:
        environ = {"KORESHIELD_API_KEY": "ks-env", "KORESHIELD_BASE_URL": "https://shield.example:9443"}
        settings = ClientSettings.resolve(None, None, 30, environ=environ)
        self.assertEqual((settings.scheme, settings.host, settings.port), ("https", "shield.example", 9443))
        self.assertEqual(settings.headers()["Authorization"], "Bearer ks-env")

    def test_arguments_win_over_the_environment(self) -> None:
        environ = {"KORESHIELD_API_KEY": "ks-env", "KORESHIELD_BASE_URL": "http://elsewhere:1"}
        settings = ClientSettings.resolve("ks-arg", "http://127.0.0.1:8001", 5, environ=environ)
        self.assertEqual((settings.api_key, settings.base_url), ("ks-arg", "http://127.0.0.1:8001"))

    def test_the_openai_style_url_ending_in_v1_means_the_same_proxy(self) -> None:
        settings = ClientSettings.resolve(None, "http://localhost:8000/v1/", 30, environ={})
        self.assertEqual(settings.target("/v1/scan"), "/v1/scan")

    def test_a_mount_path_is_kept(self) -> None:
        settings = ClientSettings.resolve(None, "https://gw.example/shield/v1", 30, environ={})
        self.assertEqual((settings.authority, settings.target("/v1/scan")), ("gw.example", "/shield/v1/scan"))

    def test_an_ipv6_host_is_bracketed_in_the_host_header(self) -> None:
        self.assertEqual(ClientSettings.resolve(None, "http://[::1]:8000", 30, environ={}).authority, "[::1]:8000")

    def test_a_url_that_is_not_http_is_refused(self) -> None:
        self.assertRaises(ValueError, ClientSettings.resolve, None, "ftp://localhost", 30, environ={})

    def test_a_timeout_that_is_not_positive_is_refused(self) -> None:
        self.assertRaises(ValueError, ClientSettings.resolve, None, None, 0, environ={})
