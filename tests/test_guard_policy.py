"""
Specifications of the output guard's configuration (koreshield.guard.policy).
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.config import OutputCategorySettings, OutputSettings, settings_from_mapping
from koreshield.gateway import build_output_policy
from koreshield.guard.policy import OutputPolicy

PROMPT = "one two three four five six seven eight nine ten eleven twelve thirteen"


def output(text: str, settings: OutputSettings, messages: list[dict[str, str]] | None = None) -> str:
    guard = OutputPolicy(settings, "medium").text_guards(messages or [])()
    return guard.feed(text).text + guard.finish().text


class PolicyTests(SynchronousTestCase):
    def test_by_default_secrets_are_redacted_and_the_rest_only_logged(self) -> None:
        policy = OutputPolicy(OutputSettings(), "medium")
        self.assertEqual(
            policy.actions, {"secret": "redact", "pii": "log", "canary": "log", "system_prompt_leak": "log"}
        )

    def test_one_action_sets_every_category_and_a_category_overrides_it(self) -> None:
        settings = OutputSettings(action="block", categories={"pii": OutputCategorySettings("off")})
        self.assertEqual(
            OutputPolicy(settings, "medium").actions,
            {"secret": "block", "pii": "off", "canary": "block", "system_prompt_leak": "block"},
        )

    def test_the_sensitivity_chooses_the_shapes(self) -> None:
        token = "Zq3Rx9Lm2Vb8Nc4Tw7Yp1Ks6Hd0Fg5JaQr7Wt2"
        redact = OutputSettings(action="redact")
        self.assertEqual(output(f"see {token} ", redact), f"see {token} ")
        guard = OutputPolicy(redact, "high").text_guards([])()
        self.assertEqual(guard.feed(f"see {token} ").text + guard.finish().text, "see [REDACTED:high_entropy_token] ")

    def test_the_system_prompt_comes_from_system_and_developer_messages(self) -> None:
        redact = OutputSettings(action="redact")
        for role in ("system", "developer"):
            self.assertEqual(
                output(f"x {PROMPT}", redact, [{"role": role, "content": PROMPT}]), "x [REDACTED:system_prompt]"
            )
        self.assertEqual(output(f"x {PROMPT}", redact, [{"role": "user", "content": PROMPT}]), f"x {PROMPT}")

    def test_a_prompt_shorter_than_a_leak_is_not_looked_for(self) -> None:
        short = "one two three"
        self.assertEqual(output(short, OutputSettings(action="redact"), [{"role": "system", "content": short}]), short)

    def test_with_every_category_off_there_is_no_guard(self) -> None:
        self.assertIsNone(build_output_policy(settings_from_mapping({"security": {"output": {"action": "off"}}}, {})))
        self.assertIsNotNone(build_output_policy(settings_from_mapping({}, {})))
