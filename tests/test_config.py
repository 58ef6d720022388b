"""
Configuration: YAML -> frozen settings, and one clear line for every mistake.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path

import yaml
from twisted.trial.unittest import SynchronousTestCase

from koreshield.config import (
    OUTPUT_CATEGORIES,
    SIMULATED_PROVIDER,
    ConfigError,
    OutputSettings,
    load_settings,
    settings_from_mapping,
    with_listen,
)

OPENAI = {"providers": {"openai": {"base_url": "https://api.openai.com/v1", "api_key": "${OPENAI_API_KEY}"}}}


class ConfigTests(SynchronousTestCase):
    def assertConfigError(self, raw: object, expected: str, environ: dict[str, str] | None = None) -> None:
        with self.assertRaises(ConfigError) as caught:
            settings_from_mapping(raw, environ or {})
        self.assertEqual(str(caught.exception), expected)

    def test_defaults_use_the_simulated_provider_on_loopback_8000(self) -> None:
        settings = settings_from_mapping({}, {})
        self.assertEqual(settings.server.listen, "tcp:8000:interface=127.0.0.1")
        self.assertEqual(settings.server.max_body_bytes, 16 * 1024 * 1024)
        self.assertEqual(settings.default_provider, SIMULATED_PROVIDER)
        self.assertTrue(settings.uses_simulated_provider)
        self.assertEqual((settings.security.sensitivity, settings.security.action), ("medium", "block"))
        self.assertEqual((settings.logging.json_logs, settings.logging.level), (True, "info"))

    def test_stored_prompts_are_refused_with_client_keys_unless_the_operator_allows_them(self) -> None:
        self.assertFalse(settings_from_mapping({}, {}).auth.allow_stored_prompts)
        allowed = settings_from_mapping({"auth": {"allow_stored_prompts": True}}, {})
        self.assertTrue(allowed.auth.allow_stored_prompts)

    def test_the_documented_example_loads(self) -> None:
        raw = {
            "server": {
                "listen": "tcp:8000:interface=127.0.0.1",
                "max_body_bytes": 16777216,
                "upstream_connect_timeout": 10,
                "upstream_idle_timeout": 120,
            },
            **OPENAI,
            "default_provider": "openai",
            "security": {"sensitivity": "medium", "action": "block"},
            "logging": {"json_logs": True, "level": "info"},
        }
        settings = settings_from_mapping(raw, {"OPENAI_API_KEY": "sk-test"})
        self.assertEqual(settings.providers["openai"].api_key, "sk-test")
        self.assertEqual(settings.server.upstream_idle_timeout, 120.0)
        self.assertFalse(settings.uses_simulated_provider)

    def test_settings_are_immutable(self) -> None:
        settings = settings_from_mapping(OPENAI, {"OPENAI_API_KEY": "k"})
        with self.assertRaises(dataclasses.FrozenInstanceError):
            settings.default_provider = "x"  # type: ignore[misc]
        with self.assertRaises(TypeError):
            settings.providers["other"] = settings.providers["openai"]  # type: ignore[index]

    def test_unknown_key_names_the_key(self) -> None:
        self.assertConfigError({"server": {"listne": "x"}}, "server.listne: unknown key")

    def test_unknown_top_level_key(self) -> None:
        self.assertConfigError({"sever": {}}, "sever: unknown key")

    def test_wrong_type_names_the_key(self) -> None:
        self.assertConfigError({"server": {"max_body_bytes": "big"}}, "server.max_body_bytes: must be an integer")

    def test_bad_base_url(self) -> None:
        self.assertConfigError(
            {"providers": {"openai": {"base_url": "api.openai.com"}}},
            "providers.openai.base_url: must be an http(s) URL",
        )

    def test_a_base_url_holding_credentials_is_refused_it_would_be_logged_and_sent_as_the_host(self) -> None:
        self.assertConfigError(
            {"providers": {"openai": {"base_url": "https://user:sk-secret@api.openai.com/v1"}}},
            "providers.openai.base_url: must not hold credentials (user:password@); put the key in api_key",
        )

    def test_undefined_default_provider(self) -> None:
        self.assertConfigError(
            {**OPENAI, "default_provider": "anthropic"},
            "default_provider: 'anthropic' is not defined under providers",
            {"OPENAI_API_KEY": "k"},
        )

    def test_choice_outside_the_allowed_values(self) -> None:
        self.assertConfigError(
            {"security": {"sensitivity": "extreme"}}, "security.sensitivity: must be one of low, medium, high"
        )

    def test_missing_environment_variable(self) -> None:
        self.assertConfigError(OPENAI, "providers.openai.api_key: environment variable OPENAI_API_KEY is not set")

    def test_environment_default(self) -> None:
        raw = {"providers": {"p": {"base_url": "${BASE:-http://localhost:9/v1}"}}}
        self.assertEqual(settings_from_mapping(raw, {}).providers["p"].base_url, "http://localhost:9/v1")

    def test_non_positive_timeout(self) -> None:
        self.assertConfigError(
            {"server": {"upstream_idle_timeout": 0}}, "server.upstream_idle_timeout: must be greater than 0"
        )

    def test_boolean_is_not_an_integer(self) -> None:
        self.assertConfigError({"server": {"max_body_bytes": True}}, "server.max_body_bytes: must be an integer")

    def test_provider_header_values_cannot_inject_lines(self) -> None:
        self.assertConfigError(
            {"providers": {"p": {"base_url": "http://x/v1", "headers": {"X-A": "1\r\nEvil: 2"}}}},
            "providers.p.headers: header names and values must not contain line breaks",
        )

    def test_several_providers_need_a_default(self) -> None:
        raw = {"providers": {"a": {"base_url": "http://a/v1"}, "b": {"base_url": "http://b/v1"}}}
        self.assertConfigError(raw, "default_provider: must name one of the configured providers")

    def test_operations_defaults(self) -> None:
        settings = settings_from_mapping({}, {})
        self.assertEqual((settings.server.sse_heartbeat, settings.server.drain_timeout), (15.0, 30.0))
        self.assertEqual((settings.metrics.enabled, settings.metrics.listen), (True, ""))
        self.assertFalse(settings.logging.log_prompts)

    def test_negative_drain_timeout(self) -> None:
        self.assertConfigError({"server": {"drain_timeout": -1}}, "server.drain_timeout: must not be negative")

    def test_zero_heartbeat_is_allowed(self) -> None:
        self.assertEqual(settings_from_mapping({"server": {"sse_heartbeat": 0}}, {}).server.sse_heartbeat, 0.0)

    def test_metrics_listen_must_be_a_string(self) -> None:
        self.assertConfigError({"metrics": {"listen": 9100}}, "metrics.listen: must be a string")

    def test_shipped_example_configuration_loads(self) -> None:
        example = Path(__file__).resolve().parent.parent / "etc" / "koreshield.yaml"
        settings = load_settings(str(example), {"OPENAI_API_KEY": "sk-example"})
        self.assertEqual(settings.providers["openai"].api_key, "sk-example")

    def test_state_defaults_to_memory_with_redis_settings_ready(self) -> None:
        state = settings_from_mapping({}, {}).state
        self.assertEqual(
            (state.backend, state.redis_url, state.timeout_ms, state.on_error),
            ("memory", "redis://127.0.0.1:6379/0", 50.0, "open"),
        )

    def test_the_issues_state_example_loads(self) -> None:
        raw = {
            "state": {
                "backend": "redis",
                "redis_url": "redis://:${REDIS_PASSWORD}@127.0.0.1:6379/0",
                "timeout_ms": 50,
                "on_error": "closed",
            }
        }
        state = settings_from_mapping(raw, {"REDIS_PASSWORD": "pw"}).state
        self.assertEqual(
            (state.backend, state.redis_url, state.on_error), ("redis", "redis://:pw@127.0.0.1:6379/0", "closed")
        )

    def test_state_errors_name_the_key(self) -> None:
        self.assertConfigError({"state": {"backend": "etcd"}}, "state.backend: must be one of memory, redis")
        self.assertConfigError({"state": {"on_error": "ignore"}}, "state.on_error: must be one of open, closed")
        self.assertConfigError({"state": {"timeout_ms": 0}}, "state.timeout_ms: must be greater than 0")
        self.assertConfigError(
            {"state": {"redis_url": "http://127.0.0.1:6379"}},
            "state.redis_url: must look like redis://[:password@]host:port/db (rediss:// for TLS)",
        )
        self.assertConfigError(
            {"state": {"redis_ca_file": "/nonexistent/ca.pem"}},
            "state.redis_ca_file: '/nonexistent/ca.pem' is not a file",
        )

    def test_with_listen_overrides_only_the_listen_endpoint(self) -> None:
        settings = with_listen(settings_from_mapping({}, {}), "tcp:9999")
        self.assertEqual(settings.server.listen, "tcp:9999")
        self.assertEqual(settings.server.max_body_bytes, 16 * 1024 * 1024)


class OutputConfigTests(SynchronousTestCase):
    def output(self, raw: object) -> OutputSettings:
        return settings_from_mapping({"security": {"output": raw}}, {}).security.output

    def assertConfigError(self, raw: object, expected: str) -> None:
        with self.assertRaises(ConfigError) as caught:
            self.output(raw)
        self.assertEqual(str(caught.exception), expected)

    def test_defaults_redact_secrets_and_log_the_rest(self) -> None:
        output = self.output({})
        self.assertEqual([output.action_for(c) for c in OUTPUT_CATEGORIES], ["redact", "log", "log", "log"])
        self.assertEqual((output.max_holdback, output.hold_timeout, output.system_prompt_words), (4096, 10.0, 12))

    def test_one_action_sets_every_category(self) -> None:
        output = self.output({"action": "block"})
        self.assertEqual([output.action_for(c) for c in OUTPUT_CATEGORIES], ["block"] * 4)

    def test_a_category_action_overrides_the_action(self) -> None:
        output = self.output({"action": "log", "categories": {"canary": {"action": "block"}}})
        self.assertEqual([output.action_for(c) for c in OUTPUT_CATEGORIES], ["log", "log", "block", "log"])

    def test_a_category_alone_overrides_only_its_default(self) -> None:
        output = self.output({"categories": {"pii": {"action": "redact"}}})
        self.assertEqual([output.action_for(c) for c in OUTPUT_CATEGORIES], ["redact", "redact", "log", "log"])

    def test_an_unquoted_off_in_yaml_means_off(self) -> None:
        raw = yaml.safe_load("security: {output: {action: off, categories: {secret: {action: redact}}}}")
        output = settings_from_mapping(raw, {}).security.output
        self.assertEqual([output.action_for(c) for c in OUTPUT_CATEGORIES], ["redact", "off", "off", "off"])

    def test_unknown_category_names_the_key(self) -> None:
        self.assertConfigError(
            {"categories": {"email": {"action": "log"}}},
            "security.output.categories: 'email' is not an output category "
            "(one of secret, pii, canary, system_prompt_leak)",
        )

    def test_unknown_action_names_the_key(self) -> None:
        self.assertConfigError({"action": "warn"}, "security.output.action: must be one of block, redact, log, off")

    def test_a_short_canary_is_refused(self) -> None:
        self.assertConfigError(
            {"canaries": ["abc"]},
            "security.output.canaries: 'abc' is shorter than 8 characters: ordinary text would match it",
        )

    def test_a_leak_needs_at_least_six_words(self) -> None:
        self.assertConfigError({"system_prompt_words": 3}, "security.output.system_prompt_words: must be at least 6")


class LoadSettingsTests(SynchronousTestCase):
    def setUp(self) -> None:
        self.directory = tempfile.mkdtemp()
        self.previous = os.getcwd()
        os.chdir(self.directory)
        self.addCleanup(os.chdir, self.previous)

    def test_without_a_file_the_defaults_apply(self) -> None:
        self.assertEqual(load_settings(None, {}).default_provider, SIMULATED_PROVIDER)

    def test_koreshield_yaml_in_the_working_directory_is_read(self) -> None:
        with open("koreshield.yaml", "w") as f:
            f.write("server:\n  listen: 'tcp:8123'\n")
        self.assertEqual(load_settings(None, {}).server.listen, "tcp:8123")

    def test_an_explicit_path_is_read(self) -> None:
        with open("other.yaml", "w") as f:
            f.write("logging:\n  json_logs: false\n")
        self.assertFalse(load_settings("other.yaml", {}).logging.json_logs)

    def test_a_missing_explicit_file_is_an_error(self) -> None:
        with self.assertRaises(ConfigError) as caught:
            load_settings("nope.yaml", {})
        self.assertIn("cannot read nope.yaml", str(caught.exception))

    def test_invalid_yaml_is_one_line(self) -> None:
        with open("bad.yaml", "w") as f:
            f.write("server: [unclosed\n")
        with self.assertRaises(ConfigError) as caught:
            load_settings("bad.yaml", {})
        self.assertIn("bad.yaml is not valid YAML", str(caught.exception))
        self.assertNotIn("\n", str(caught.exception))
