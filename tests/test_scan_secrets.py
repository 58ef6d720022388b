"""
Specifications of the credential shapes and of could_start_match.

Every key below is made up for these tests.
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.patterns import CompiledShape, TokenMatcher, TokenPattern
from koreshield.scan.pii import PII_MATCHER, PII_PATTERNS
from koreshield.scan.regexparse import consumed_one_of, reach
from koreshield.scan.secrets import SECRET_MATCHER, SECRET_PATTERNS, could_start_match, shannon_entropy
from koreshield.scan.signals import base64_runs_of
from koreshield.scan.windows import anchor_windows, marked_anchor_windows


def _jwt(header: dict[str, str]) -> str:
    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    claims = part(json.dumps({"sub": "42", "name": "x"}).encode())
    return f"{part(json.dumps(header).encode())}.{claims}.c2lnbmF0dXJlc2lnbmF0dXJl"


def found(text: str, sensitivity: str = "medium") -> list[tuple[str, str]]:
    return [(m.pattern.subtype, text[m.start : m.end]) for m in SECRET_MATCHER.find(text, sensitivity)]


class ProviderKeyTests(SynchronousTestCase):
    def test_aws_access_key(self) -> None:
        self.assertEqual(found("id=AKIAZ7QX3N5PLM2RTV8W;"), [("aws_access_key", "AKIAZ7QX3N5PLM2RTV8W")])

    def test_aws_key_inside_a_longer_token_is_not_one(self) -> None:
        self.assertEqual(found("XAKIAZ7QX3N5PLM2RTV8WQ"), [])

    def test_aws_secret_needs_its_context(self) -> None:
        secret = "wJ7rXUtnFEMI9K7MDENGbPxRfiCYz3xq4Ex0mpl8"
        self.assertEqual(found(f"aws_secret_access_key = {secret}"), [("aws_secret_key", secret)])
        self.assertEqual(found(f"checksum {secret}"), [])

    def test_openai_project_key(self) -> None:
        key = "sk-proj-" + "Zq3Rx9Lm2Vb8Nc4Tw7Yp1Ks6Hd0Fg5Ja"
        self.assertEqual(found(f"OPENAI_API_KEY={key}"), [("openai_api_key", key)])

    def test_anthropic_key_is_not_reported_as_openai(self) -> None:
        key = "sk-ant-api03-" + "Xy7Qw2Er5Ty8Ui1Op4As6Df9Gh3Jk0Lz-Mn_Bv2Cx5"
        self.assertEqual(found(key), [("anthropic_api_key", key)])

    def test_github_token(self) -> None:
        token = "ghp_" + "R8kz2Lq9Xw4Nt7Vb1Mc6Jh3Pd5Sf0Gy8Aa2E"
        self.assertEqual(found(f"token: {token}"), [("github_token", token)])

    def test_slack_google_stripe_and_huggingface_keys(self) -> None:
        text = (
            "xoxb-2938475610-8473625190-Zq3Rx9Lm2Vb8Nc4Tw7Yp1Ks6 AIza" + "SyB3x9Lm2Vb8Nc4Tw7Yp1Ks6Hd0Fg5JaQr" + "t "
            "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc hf_" + "Zq3Rx9Lm2Vb8Nc4Tw7Yp1Ks6Hd0Fg5JaQR"
        )
        self.assertEqual(
            [s for s, _ in found(text)], ["slack_token", "google_api_key", "stripe_key", "huggingface_token"]
        )

    def test_placeholder_shaped_text_is_not_a_key(self) -> None:
        self.assertEqual(found("Set OPENAI_API_KEY to sk-your-key-goes-here-please-do-it"), [])

    def test_a_slack_prefix_before_words_is_a_placeholder(self) -> None:
        """Slack's tokens carry numeric ids; an example config's words after the prefix are no token."""
        self.assertEqual(found('bot_token: "xoxb-your-token-here"'), [])
        self.assertEqual(found("SLACK_BOT_TOKEN=xoxb-XXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXX"), [])
        self.assertEqual([s for s, _ in found("xoxp-1234567890-0987654321-abcdefABCDEF")], ["slack_token"])


class StructuredSecretTests(SynchronousTestCase):
    def test_private_key_block_is_found_whole(self) -> None:
        block = (
            "-----BEGIN RSA PRIVATE KEY-----\n"
            "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"
            "KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==\n"
            "-----END RSA PRIVATE KEY-----"
        )
        self.assertEqual(found(f"here:\n{block}\nthanks"), [("private_key", block)])

    def test_public_key_block_is_not_secret(self) -> None:
        self.assertEqual(found("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n"), [])

    def test_jwt_with_a_header_is_found(self) -> None:
        token = _jwt({"alg": "HS256", "typ": "JWT"})
        self.assertEqual(found(f"Authorization: {token}"), [("jwt", token)])

    def test_dotted_base64_without_a_jwt_header_is_not_a_jwt(self) -> None:
        fake = _jwt({"colour": "blue"})
        self.assertEqual([s for s, _ in found(fake)], [])

    def test_password_assignment_reports_only_the_value(self) -> None:
        self.assertEqual(found('db_password = "S3cure!Pass"'), [("password", "S3cure!Pass")])

    def test_high_entropy_token_needs_a_key_word_at_medium(self) -> None:
        token = "Qm9vbGVhbk5vdEFLZXlCdXRSYW5kb20xMjM0NTY3ODk"
        self.assertEqual(found(f"session token {token}"), [("high_entropy_token", token)])
        self.assertEqual(found(f"see {token}"), [])
        self.assertEqual(found(f"see {token}", "high"), [("high_entropy_token", token)])

    def test_high_entropy_token_is_found_far_from_the_start_of_a_text(self) -> None:
        token = "Qm9vbGVhbk5vdEFLZXlCdXRSYW5kb20xMjM0NTY3ODk"
        self.assertEqual(found("x" * 80 + f" session token {token}"), [("high_entropy_token", token)])

    def test_encrypted_private_key_headers_are_part_of_the_key(self) -> None:
        key = (
            "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\n"
            "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----"
        )
        self.assertEqual(found(f"key:\n{key}\n"), [("private_key", key)])

    def test_entropy_of_a_repeated_character_is_zero(self) -> None:
        self.assertEqual(shannon_entropy("aaaa"), 0.0)


class CouldStartMatchTests(SynchronousTestCase):
    def test_partial_key_prefix_is_held_back(self) -> None:
        self.assertEqual(could_start_match("my key is AKI"), 3)

    def test_prefix_with_part_of_the_body_is_held_back(self) -> None:
        self.assertEqual(could_start_match("token ghp_R8kz"), len("ghp_R8kz"))

    def test_partial_private_key_header_is_held_back(self) -> None:
        self.assertEqual(could_start_match("x -----BEGIN RS"), len("-----BEGIN RS"))

    def test_partial_email_is_held_back(self) -> None:
        self.assertEqual(could_start_match("write to bob@exam"), len("bob@exam"))

    def test_text_ending_in_punctuation_holds_nothing(self) -> None:
        self.assertEqual(could_start_match("That is all. "), 0)

    def test_every_secret_shape_is_data(self) -> None:
        for shape in SECRET_PATTERNS:
            self.assertEqual(shape.category, "secret")
            self.assertTrue(shape.subtype)
            self.assertTrue(shape.regex())


def _matcher_searching_whole_texts() -> TokenMatcher:
    matcher = TokenMatcher(SECRET_PATTERNS)
    matcher._compiled = [
        replace(compiled, run_literals=(), shape=replace(compiled.shape, run_tail=None))
        for compiled in matcher._compiled
    ]
    matcher._active = {level: [c for c in matcher._compiled if c.shape.active_at(level)] for level in matcher._active}
    return matcher


def _matcher_without_plans(shapes: tuple[TokenPattern, ...]) -> TokenMatcher:
    """A matcher that tries every shape of a sensitivity, whatever the text's key-like and numeric runs."""
    matcher = TokenMatcher(shapes)
    matcher._plan = lambda sensitivity, run, longest_run: matcher._active[sensitivity]  # type: ignore[method-assign]
    return matcher


KEY_PIECES = (
    "sk-ant-", "sk-", "AKIA", "ghp_", "hf_", "npm_", "SK", "dop_v1_", "shpat_", "glpat-", "AIza", "GOCSPX-", "sk_live_",
    "A1b2C3d4E5f6G7h8", "0123456789abcdef", "aB3", "-", "_", " ", ".", "=", "é", "\n", "key:", "token",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws secret access key ", "+", "/", "==", "日本",
)  # fmt: skip


class Base64RunGateTests(SynchronousTestCase):
    """
    Prefix shapes made of base64 characters look for their prefixes in the
    text's base64 runs only, and shapes said to match inside runs search
    only there.
    """

    def test_shapes_of_base64_characters_are_gated_by_runs(self) -> None:
        gated = {c.shape.subtype for c in SECRET_MATCHER._compiled if c.run_literals}
        self.assertTrue({"anthropic_api_key", "aws_access_key", "github_token"} <= gated)
        self.assertFalse({"bearer_token", "azure_storage_key", "slack_webhook", "jwt"} & gated)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(KEY_PIECES), max_size=30))
    def test_run_gates_find_what_whole_text_searches_find(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        whole = _matcher_searching_whole_texts()
        for sensitivity in ("low", "high"):
            expected = [(m.pattern.subtype, m.start, m.end) for m in whole.find(text, sensitivity)]
            self.assertEqual(
                [(m.pattern.subtype, m.start, m.end) for m in SECRET_MATCHER.find(text, sensitivity)], expected
            )


TOKEN_PIECES = (
    "A1b2C3d4E5f6G7h8", "Zq9xW2vB7nM4kL0pR5tY8uI3", "0123456789abcdef", "aB3", "-", "_", "+", "/", "=", "==", " ",
    ".", ":", "\n", "é", "日本", "key ", "token=", "auth: ", "Bearer ", "my secret is ", "public key ", "sha256-",
    "x" * 30,
)  # fmt: skip


def _high_entropy_shapes() -> list[CompiledShape]:
    return [c for c in SECRET_MATCHER._compiled if c.shape.subtype == "high_entropy_token"]


class RunStartTests(SynchronousTestCase):
    """
    The high-entropy token shapes try their regex only where a base64 run begins (every match begins there:
    it is a run of base64 characters with none just before it), over the whole text, and find what a search
    of the whole text at every character finds.
    """

    def test_the_high_entropy_shapes_start_at_runs(self) -> None:
        shapes = _high_entropy_shapes()
        self.assertEqual(len(shapes), 2)
        self.assertEqual(
            {c.shape.subtype for c in SECRET_MATCHER._compiled if c.shape.starts_at_runs}, {"high_entropy_token"}
        )
        self.assertTrue(all(c.shape.starts_at_runs for c in shapes))

    def test_a_token_after_a_key_word_far_into_a_text_is_found(self) -> None:
        token = "Zq9xW2vB7nM4kL0pR5tY8uI3aP6sD1fG"
        text = "x " * 300 + f"the api key is {token}, keep it"
        start = text.index(token)
        self.assertEqual(_high_entropy_shapes()[0].matches(text), [(start, start + len(token))])

    @settings(max_examples=800, deadline=None)
    @given(st.lists(st.sampled_from(TOKEN_PIECES), max_size=30))
    def test_run_starts_find_what_the_whole_text_holds(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        runs = base64_runs_of(text)
        for compiled in _high_entropy_shapes():
            whole = [
                span
                for match in compiled.regex.finditer(text)
                if (span := compiled.reported_span(text, match)) is not None
            ]
            self.assertEqual(compiled.matches(text, runs, text.lower()), whole)
            self.assertEqual(compiled.matches(text), whole)


class PlanTests(SynchronousTestCase):
    """
    A text is matched only against the shapes its key-like and numeric runs leave possible
    (L{TokenMatcher._plan}): the same matches, in the same order, as trying every shape.
    """

    TEXTS = (
        "Plain prose about a cake, with nothing that looks like data at all.",
        "key: sk-ant-api03-A1b2C3d4E5f6G7h8A1b2C3d4E5f6G7h8 and AKIAIOSFODNN7EXAMPLE, card 4111 1111 1111 1111",
        "Call +44 20 7946 0958 or mail ana@example.org; IBAN GB82 WEST 1234 5698 7654 32, SSN 123-45-6789.",
        "NINO QQ 12 34 56 C, DNI 12345678Z, order 123456 of 2024-01-02, ghp_A1b2C3d4E5f6G7h8A1b2C3d4E5f6G7h8A1b2",
        "password = hunter2horse and token: 0123456789abcdef0123456789abcdef in the config",
    )

    def test_planned_shapes_find_what_every_shape_finds(self) -> None:
        for matcher, shapes in ((SECRET_MATCHER, SECRET_PATTERNS), (PII_MATCHER, PII_PATTERNS)):
            every = _matcher_without_plans(shapes)
            for text in self.TEXTS:
                for sensitivity in ("low", "medium", "high"):
                    expected = [(m.pattern.subtype, m.start, m.end) for m in every.find(text, sensitivity)]
                    self.assertEqual(
                        [(m.pattern.subtype, m.start, m.end) for m in matcher.find(text, sensitivity)], expected
                    )

    def test_a_text_without_a_key_like_run_tries_few_secret_shapes(self) -> None:
        plan = SECRET_MATCHER._plan("medium", False, 0)
        self.assertLess(len(plan), len(SECRET_MATCHER._active["medium"]) // 4)
        self.assertFalse([compiled.shape.subtype for compiled in plan if compiled.shape.needs_run])


class PasswordValueTests(SynchronousTestCase):
    """
    After C{password =} comes a secret, or code saying where one comes from.
    Developers paste the second kind into prompts all the time, and answers
    are full of it: it is no finding.
    """

    def test_reading_a_secret_from_the_environment_or_a_call_is_not_one(self) -> None:
        for code in (
            'api_key = os.environ["STRIPE_API_KEY"]',
            'openai.api_key = os.getenv("OPENAI_API_KEY")',
            'password = request.form.get("password")',
            "password=getpass.getpass()",
            "auth_token = get_auth_token(user_id)",
            'PASSWORD = config("PASSWORD")',
            'secret_key = env["SECRET_KEY"]',
        ):
            self.assertEqual(found(code), [], code)

    def test_a_value_said_to_be_missing_is_not_one(self) -> None:
        for text in (
            "My .env has SECRET_KEY= (empty). How do I make Django fail fast?",
            "password: none",
            "DB_PASSWORD=null",
        ):
            self.assertEqual(found(text), [], text)

    def test_a_word_holding_an_empty_word_is_still_one(self) -> None:
        self.assertNotEqual(found("api_key: nonexistent_key_9"), [])

    def test_an_attribute_or_a_variable_named_for_the_secret_is_not_one(self) -> None:
        for code in (
            "secret_key = settings.SECRET_KEY",
            "self.password = password",
            "const apiKey = process.env.OPENAI_API_KEY;",
            "dsn := cfg.Password",
            "password = user_password",
            "access_token = accessToken",
        ):
            self.assertEqual(found(code), [], code)

    def test_a_template_or_shell_reference_is_not_one(self) -> None:
        for code in (
            "spring.datasource.password=${DB_PASSWORD}",
            "docker run -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD postgres",
            'password: "{{ vault_db_password }}"',
            "password = %(DB_PASS)s",
        ):
            self.assertEqual(found(code), [], code)

    def test_a_field_declared_with_its_type_is_not_one(self) -> None:
        for code in ("{ email: string; password: string }", "password: SecretStr", "password: undefined,"):
            self.assertEqual(found(code), [], code)

    def test_literal_values_are_still_secrets(self) -> None:
        for code, value in (
            ('password = "hunter2hunter2"', "hunter2hunter2"),
            ("password: letmein", "letmein"),
            ("DB_PASSWORD=Tr0ub4dor&3", "Tr0ub4dor&3"),
            ("password=P@ss(w0rd)!", "P@ss(w0rd)!"),
            ("pwd: Summer.2024!", "Summer.2024!"),
            ('api_key: "v1.a8f3k2"', "v1.a8f3k2"),
        ):
            self.assertEqual(found(code), [("password", value)], code)


class NamedThingsTests(SynchronousTestCase):
    """Answers about code name keys that are no secrets: cache keys, object paths, digests."""

    def test_names_made_of_words_and_numbers_are_not_tokens(self) -> None:
        for text in (
            "Set the cache key to user_profile_v2_en_US_mobile_dark_theme_enabled.",
            "In S3 the object key is uploads/2024/03/15/IMG_20240315_142233_HDR_final_edit.jpg",
        ):
            for sensitivity in ("medium", "high"):
                self.assertEqual(found(text, sensitivity), [], text)

    def test_public_digests_are_not_tokens(self) -> None:
        for text in (
            "The key fingerprint is SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 for that host.",
            "The integrity key is sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXGOfQ5Ztsg==",
        ):
            self.assertEqual(found(text), [], text)

    def test_random_tokens_are_still_found_with_separators_in_them(self) -> None:
        for text, token in (
            ("my api token is a8F3kL9mQ2xR7vT1nB6cW4zY0pJ5hD8s", "a8F3kL9mQ2xR7vT1nB6cW4zY0pJ5hD8s"),
            ("secret: Zx9_Kq2-Lm8_Rt5-Vb3_Np7-Qw1_Ys6", "Zx9_Kq2-Lm8_Rt5-Vb3_Np7-Qw1_Ys6"),
        ):
            self.assertEqual(found(text), [("high_entropy_token", token)], text)


PASSWORD_PIECES = (
    "password", "PassWord", "PASSWD", "pwd", "passphrase", "api_key", "ApiKey", "secret_key", "access_token",
    "auth_token", "client_secret", "private_key", "pass", "key", "token", ": ", "=", "'", '"', " ", "\n",
    "hunter22", "s3cr3t-value", "xxxxxx", "changeme", "é", "K", ",",
)  # fmt: skip


class PasswordBeginsTests(SynchronousTestCase):
    """The password shape is tried only where one of its keywords begins, and finds what trying everywhere finds."""

    def test_the_password_shape_begins_with_its_keywords(self) -> None:
        [shape] = [c.shape for c in SECRET_MATCHER._compiled if c.shape.subtype == "password"]
        self.assertIn("password", shape.begins)

    def test_passwords_in_any_case_are_found_one_after_another(self) -> None:
        text = "mypassword: hunter22 then PassWord=s3cr3t-value, Api_Key: xyz12345"
        self.assertEqual(
            [value for subtype, value in found(text) if subtype == "password"], ["hunter22", "s3cr3t-value", "xyz12345"]
        )

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(PASSWORD_PIECES), max_size=30))
    def test_trying_only_where_keywords_begin_finds_what_trying_everywhere_finds(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        everywhere = TokenMatcher(SECRET_PATTERNS)
        everywhere._compiled = [replace(c, shape=replace(c.shape, begins=())) for c in everywhere._compiled]
        for sensitivity in ("low", "high"):
            expected = [(m.pattern.subtype, m.start, m.end) for m in everywhere.find(text, sensitivity)]
            found = [(m.pattern.subtype, m.start, m.end) for m in SECRET_MATCHER.find(text, sensitivity)]
            self.assertEqual(found, expected)


MARKED_PIECES = (*PASSWORD_PIECES, "the key point is ", "a token of thanks ", "x" * 20, "Note:", "a=b", "K" * 3)


def _matcher_with_all_anchor_windows() -> TokenMatcher:
    """The secret shapes with the password shape windowed around every anchor, as before its lead's marks were read."""
    matcher = TokenMatcher(SECRET_PATTERNS)
    matcher._compiled = [replace(compiled, lead_reach=0) for compiled in matcher._compiled]
    matcher._active = {level: [c for c in matcher._compiled if c.shape.active_at(level)] for level in matcher._active}
    return matcher


class LeadMarkTests(SynchronousTestCase):
    """
    The password shape's windows are opened only at anchors ("key", "pass") that a colon or an equals sign
    follows within its lead's reach, and find what windows at every anchor find.
    """

    def test_the_password_shape_reads_the_marks_its_lead_needs(self) -> None:
        [compiled] = [c for c in SECRET_MATCHER._compiled if c.shape.subtype == "password"]
        lead = compiled.shape.lead
        self.assertTrue(lead.startswith("(?i:") and lead.endswith(")"))
        self.assertEqual(consumed_one_of(lead[len("(?i:") : -1]), frozenset(compiled.shape.lead_marks))
        self.assertEqual(compiled.lead_reach, reach(lead))

    def test_an_anchor_far_from_every_mark_opens_no_window(self) -> None:
        text = "the key point is that nothing here is assigned at all, as the list below shows: none"
        self.assertEqual(marked_anchor_windows(text, ("key", "pass"), (":", "="), 22, 16, 180), [])
        self.assertEqual(len(anchor_windows(text, ("key", "pass"), 16, 180)), 1)

    def test_an_anchor_just_before_a_mark_keeps_its_window(self) -> None:
        text = "x" * 40 + 'client_secret" :  hunter22'
        self.assertEqual(marked_anchor_windows(text, ("secret",), (":",), 22, 16, 180), [(31, len(text))])

    def test_many_marks_fall_back_to_every_anchor(self) -> None:
        text = "a: b, " * 60 + "the key"
        windows = anchor_windows(text, ("key",), 16, 180)
        self.assertEqual(marked_anchor_windows(text, ("key",), (":",), 22, 16, 180), windows)

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(MARKED_PIECES), max_size=30))
    def test_marked_windows_find_what_every_anchor_finds(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        everywhere = _matcher_with_all_anchor_windows()
        for sensitivity in ("low", "high"):
            expected = [(m.pattern.subtype, m.start, m.end) for m in everywhere.find(text, sensitivity)]
            found = [(m.pattern.subtype, m.start, m.end) for m in SECRET_MATCHER.find(text, sensitivity)]
            self.assertEqual(found, expected)
