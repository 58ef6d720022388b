"""
Credentials: the shapes of API keys, tokens and private keys, as data.

test-case-name: tests.test_scan_secrets

Listed from most to least specific: where matches overlap, the earlier
definition wins (an Anthropic key is not also reported as an OpenAI one).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections import Counter
from typing import Final

from koreshield.scan.growing import could_start_match as _could_start_match
from koreshield.scan.patterns import CONTEXT_WINDOW, TokenMatcher, TokenPattern, literal_beginnings
from koreshield.scan.signals import MIN_RUN

_B64URL: Final = "A-Za-z0-9_\\-"
_ALNUM: Final = "A-Za-z0-9"


def _mixed(value: str) -> bool:
    """Has letters and digits: real keys do, English words and dashes-only strings do not."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def shannon_entropy(value: str) -> float:
    """Bits per character of C{value}'s character distribution."""
    if not value:
        return 0.0
    counts = Counter(value)
    size = len(value)
    return -sum(n / size * math.log2(n / size) for n in counts.values())


def _random_looking(value: str) -> bool:
    classes = sum((any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value)))
    return classes >= 2 and _mixed(value) and shannon_entropy(value) >= 3.5


_SEGMENT_SEPARATORS: Final = re.compile(r"[_/.\-]+")
_WORDLIKE_SEGMENT: Final = re.compile(r"[a-z]+|[A-Z]+|[A-Z][a-z]+|[0-9]+")


def _names_a_thing(value: str) -> bool:
    """
    Whether C{value} is a name made of words and numbers joined by C{_ - / .}:
    a cache key (C{user_profile_v2_en_US_dark}), an object path
    (C{uploads/2024/03/15/IMG_20240315_HDR}), a file or feature name.  Three or
    more parts, three in four of them one word or one number; the parts of a
    random key mix cases and digits (C{wJalrXUtnFEMI/K7MDENG/bPxRfiCY}).
    """
    parts = [part for part in _SEGMENT_SEPARATORS.split(value) if part]
    if len(parts) < 3:
        return False
    wordlike = sum(1 for part in parts if _WORDLIKE_SEGMENT.fullmatch(part) is not None)
    return 4 * wordlike >= 3 * len(parts)


_DIGEST_LABEL: Final = re.compile(r"(?:sha\d{1,3}|md5)-", re.IGNORECASE)
"""A subresource-integrity hash (C{sha512-v2kDEe57...}): a public digest, in every lockfile."""


def _high_entropy(value: str) -> bool:
    return (
        _random_looking(value)
        and shannon_entropy(value) >= 4.0
        and _DIGEST_LABEL.match(value) is None
        and not _names_a_thing(value)
    )


def _jwt_header_ok(value: str) -> bool:
    header = value.split(".", 1)[0]
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(decoded, dict) and ("alg" in decoded or "typ" in decoded)


_EMPTY_WORDS: Final = frozenset(("empty", "none", "null", "nil", "blank", "unset", "tbd", "todo", "n/a", "..."))
"""What a person writes for a value that is not there ("SECRET_KEY= (empty)", "password: none")."""


def _not_placeholder(value: str) -> bool:
    lowered = value.lower()
    if lowered.strip("()[].,;:!?") in _EMPTY_WORDS:
        return False
    # "..." and "…": a value cut short on purpose (round 37: C{OPENAI_API_KEY=sk-...} in a README's set-up steps).
    return not any(
        word in lowered for word in ("xxxx", "****", "your", "example", "placeholder", "<", "redacted", "...", "\u2026")
    )


_CODE_REFERENCE: Final = re.compile(
    r"[$%{]"  # ${DB_PASSWORD}, $TOKEN, %(pass)s, {{ vault_password }}: filled in from elsewhere
    r"|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*[(\[]"  # os.getenv(...), get_token(), env["KEY"], request.form[...]
    r"|[A-Za-z_]+(?:\.[A-Za-z_]+)+\Z"  # settings.SECRET_KEY, cfg.Password (v1.a8f3k2 is a value)
)
"""
A value that is code naming where the secret comes from, not the secret.
Every branch begins with a fixed character class and the dotted parts each
begin with a literal dot, so matching is linear.
"""
_IDENTIFIER: Final = re.compile(r"[A-Za-z_]+\Z")
_CAMEL: Final = re.compile(r"[a-z][A-Z]")
_TYPE_NAMES: Final = frozenset(
    ("string", "undefined", "required", "optional", "boolean", "varchar", "object", "number", "integer", "unknown")
)
"""Type names and schema words a field is declared with (C{password: string}), six characters or more."""
_NAMING_WORDS: Final = ("pass", "pwd", "secret", "token", "cred")


def _names_no_secret(value: str) -> bool:
    """
    Whether the value after C{password =} is a variable, a type or a
    reference rather than a secret: C{password = request.form["password"]},
    C{api_key = os.environ[...]}, C{password: SecretStr}, C{self.password =
    password}, C{POSTGRES_PASSWORD=$POSTGRES_PASSWORD}.  Developers paste
    such code into prompts, and answers are full of it; flagging it blocked
    their prompts and redacted the code in answers.  A value with digits or
    symbols (C{hunter22}, C{S3cure!Pass}) or a plain lower-case word
    (C{letmein}) is still taken for a secret.
    """
    if _CODE_REFERENCE.match(value) is not None:
        return True
    if _IDENTIFIER.match(value) is None:
        return False
    lowered = value.lower()
    return (
        "_" in value
        or _CAMEL.search(value) is not None
        or lowered in _TYPE_NAMES
        or any(word in lowered for word in _NAMING_WORDS)
    )


def _literal_secret(value: str) -> bool:
    """The value of a password assignment is a secret: neither a placeholder nor code naming one."""
    return _not_placeholder(value) and not _names_no_secret(value)


def _slack_token_value(value: str) -> bool:
    """
    Slack's tokens carry numeric ids after the prefix (C{xoxb-2938475610-...});
    C{xoxb-your-token-here} in an example config is a placeholder, not a token
    (stop 41: a read held-out set's C{config.example.yaml} was flagged).
    """
    return any(character.isdigit() for character in value[5:]) and _not_placeholder(value)


def _secret(
    subtype: str, prefixes: tuple[str, ...], charset: str, low: int, high: int, **extra: object
) -> TokenPattern:
    return TokenPattern(subtype, "secret", prefixes, charset, low, high, needs_run=low >= MIN_RUN, **extra)  # type: ignore[arg-type]


PRIVATE_KEY_HEADER: Final = re.compile(r"-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----")
_PEM_LINE: Final = r"(?:[A-Za-z\-]{1,20}: [^\r\n]{1,100}|[A-Za-z0-9+/=]{4,80})"
"""A line of a PEM block: a header (C{Proc-Type: 4,ENCRYPTED}), tried first, or base64."""
_PEM_PARTIAL: Final = (
    literal_beginnings(("-----BEGIN ",))
    + r"|-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}(?:[A-Z0-9]{0,12}|"
    + literal_beginnings(("PRIVATE KEY-----", "PRIVATE KEY BLOCK-----"))
    + ")|"
    + PRIVATE_KEY_HEADER.pattern
    + rf"(?:[\r\n]{{1,2}}{_PEM_LINE}){{0,400}}"
    + r"(?:[\r\n]{1,2}(?:[A-Za-z0-9+/=]{1,80}|[A-Za-z\-]{1,20}(?::(?: [^\r\n]{0,100})?)?|"
    + literal_beginnings(("-----END ",))
    + r"|-----END [A-Z0-9 ]{1,40}-{0,4})?)?"
)

_PASSWORD_KEYWORDS: Final = (
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "api_key",
    "apikey",
    "secret_key",
    "secretkey",
    "access_token",
    "accesstoken",
    "auth_token",
    "authtoken",
    "client_secret",
    "clientsecret",
    "private_key",
    "privatekey",
)
_PASSWORD_LEAD: Final = (
    r"(?i:(?:password|passwd|pwd|passphrase|api_?key|apikey|secret_?key|access_?token|auth_?token|"
    r"client_?secret|private_?key)[\"'`]?\s{0,3}[:=]\s{0,3}[\"'`]?)"
)
_ENTROPY_PARTIAL: Final = r"[A-Za-z0-9+/_\-]{1,256}={0,2}"
_ENTROPY_BEHIND: Final = "A-Za-z0-9+/_=\\-"
_PASSWORD_VALUE: Final = r"[^\s\"'`,;]"

SECRET_PATTERNS: Final[tuple[TokenPattern, ...]] = (
    TokenPattern(
        "private_key",
        "secret",
        prefixes=("-----BEGIN ",),
        charset="A-Z0-9 \\-",
        min_length=11,
        max_length=40,
        boundary="A-Za-z0-9",
        # A header in quotes ("'-----BEGIN RSA PRIVATE KEY-----' or the OpenSSH one?") names a format.
        pattern=PRIVATE_KEY_HEADER.pattern
        + "(?![\"'`\u2019\u201d])"
        + rf"(?:[\r\n]{{1,2}}{_PEM_LINE}){{0,400}}"
        + r"(?:[\r\n]{1,2}-----END [A-Z0-9 ]{1,40}-----)?",
        partial=_PEM_PARTIAL,
        confidence=0.99,
        max_span=34_000,
        needs_words=frozenset({"private", "begin"}),
    ),
    _secret("anthropic_api_key", ("sk-ant-",), _B64URL, 32, 200, validator=_mixed, confidence=0.98),
    _secret(
        "openai_api_key",
        ("sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-"),
        _B64URL,
        20,
        250,
        validator=_mixed,
        confidence=0.97,
    ),
    _secret("openai_api_key", ("sk-",), _B64URL, 32, 200, validator=_random_looking, confidence=0.9),
    _secret(
        "aws_access_key",
        ("AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA"),
        "A-Z0-9",
        16,
        16,
        boundary=_ALNUM,
        confidence=0.95,
    ),
    TokenPattern(
        "aws_secret_key",
        "secret",
        charset="A-Za-z0-9/+",
        min_length=40,
        max_length=40,
        pattern=r"[A-Za-z0-9/+](?<![A-Za-z0-9/+=].)[A-Za-z0-9/+]{39}(?![A-Za-z0-9/+=])",
        context=r"aws|secret.?access",
        context_words=("aws", "secret"),
        starts="A-Za-z0-9/+",
        partial=r"[A-Za-z0-9/+]{1,40}",
        behind="A-Za-z0-9/+=",
        validator=_random_looking,
        needs_run=True,
        run_tail=0,
        confidence=0.9,
    ),
    _secret("github_token", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), _ALNUM, 36, 255, confidence=0.97),
    _secret("github_token", ("github_pat_",), _ALNUM + "_", 60, 255, confidence=0.97),
    _secret("gitlab_token", ("glpat-", "gldt-", "glrt-", "glptt-"), _B64URL, 20, 64, confidence=0.95),
    _secret(
        "slack_token",
        ("xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-"),
        _ALNUM + "\\-",
        10,
        250,
        validator=_slack_token_value,
        confidence=0.95,
        needs_words=frozenset({"xoxb", "xoxp", "xoxa", "xoxr", "xoxs", "xoxe", "xapp"}),
    ),
    _secret(
        "slack_webhook",
        ("https://hooks.slack.com/services/",),
        _ALNUM + "/_",
        20,
        120,
        boundary=_ALNUM + "/_",
        confidence=0.95,
    ),
    _secret("google_api_key", ("AIza",), _B64URL, 35, 35, confidence=0.95),
    _secret("google_oauth_secret", ("GOCSPX-",), _B64URL, 28, 28, confidence=0.95),
    _secret("stripe_key", ("sk_live_", "rk_live_", "sk_test_", "rk_test_", "whsec_"), _ALNUM, 16, 128, confidence=0.95),
    TokenPattern(
        "sendgrid_api_key",
        "secret",
        prefixes=("SG.",),
        charset=_B64URL + ".",
        min_length=60,
        max_length=80,
        pattern=r"SG\.(?<![A-Za-z0-9_\-.]SG\.)[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])",
        boundary="A-Za-z0-9_\\-.",
        behind="A-Za-z0-9_\\-.",
        needs_run=True,
        confidence=0.97,
    ),
    _secret("twilio_api_key", ("SK",), "0-9a-f", 32, 32, boundary=_ALNUM, confidence=0.8),
    _secret("huggingface_token", ("hf_",), _ALNUM, 34, 40, validator=_mixed, confidence=0.95),
    _secret("npm_token", ("npm_",), _ALNUM, 36, 36, confidence=0.95),
    _secret("pypi_token", ("pypi-AgEIcHlwaS5vcmc",), _B64URL, 50, 300, confidence=0.98),
    _secret(
        "digitalocean_token", ("dop_v1_", "doo_v1_", "dor_v1_"), "a-f0-9", 64, 64, boundary=_ALNUM, confidence=0.97
    ),
    _secret(
        "shopify_token", ("shpat_", "shpca_", "shppa_", "shpss_"), "a-fA-F0-9", 32, 32, boundary=_ALNUM, confidence=0.95
    ),
    _secret("azure_storage_key", ("AccountKey=",), "A-Za-z0-9+/=", 86, 90, boundary="A-Za-z0-9+/", confidence=0.95),
    TokenPattern(
        "jwt",
        "secret",
        prefixes=("eyJ",),
        charset=_B64URL + ".",
        min_length=20,
        max_length=10_002,
        pattern=r"eyJ(?<![A-Za-z0-9_\-]eyJ)[A-Za-z0-9_\-]{8,2000}\.[A-Za-z0-9_\-]{8,6000}\.[A-Za-z0-9_\-]{0,2000}(?![A-Za-z0-9_\-])",
        boundary=_B64URL,
        behind=_B64URL,
        validator=_jwt_header_ok,
        needs_run=True,
        confidence=0.9,
        max_span=10_100,
    ),
    _secret(
        "bearer_token",
        ("Bearer ",),
        "A-Za-z0-9._~+/=\\-",
        20,
        2000,
        boundary="A-Za-z0-9._~+/=\\-",
        validator=_random_looking,
        confidence=0.85,
    ),
    TokenPattern(
        "password",
        "secret",
        prefixes=_PASSWORD_KEYWORDS,
        charset="^\\s\"'`,;",
        min_length=6,
        max_length=128,
        pattern=rf"{_PASSWORD_LEAD}({_PASSWORD_VALUE}{{6,128}})",
        value_group=1,
        validator=_literal_secret,
        needs_any=(":", "="),
        needs_words=frozenset({"password", "passwd", "pwd", "passphrase", "apikey", "key", "token", "secret"}),
        confidence=0.8,
        context_words=("pass", "pwd", "key", "token", "secret"),
        anchors=("pass", "pwd", "key", "token", "secret"),
        anchors_ignore_case=True,
        begins=_PASSWORD_KEYWORDS,
        reach=16,
        max_span=180,
        ignore_case=True,
        lead=_PASSWORD_LEAD,
        lead_marks=(":", "="),
        partial=literal_beginnings(_PASSWORD_KEYWORDS)
        + r"|(?:password|passwd|pwd|passphrase|api_?key|apikey|secret_?key|access_?token|auth_?token|"
        + r"client_?secret|private_?key)[\"'`]?\s{0,3}(?:[:=]\s{0,3}[\"'`]?"
        + rf"{_PASSWORD_VALUE}{{0,128}})?",
    ),
    TokenPattern(
        "high_entropy_token",
        "secret",
        charset="A-Za-z0-9+/_=\\-",
        min_length=24,
        max_length=258,
        pattern=r"[A-Za-z0-9+/_\-](?<![A-Za-z0-9+/_=\-].)[A-Za-z0-9+/_\-]{23,255}={0,2}(?![A-Za-z0-9+/_=\-])",
        # A digest after its algorithm's name (an SSH key fingerprint, a subresource-integrity hash) is public.
        context=r"(?s)^(?!.*(?:public|begin|certificate|fingerprint|sha\d{1,3}[:\-]|md5:))"
        r".*(?:key|token|secret|passw|credential|bearer|auth)",
        validator=_high_entropy,
        confidence=0.7,
        context_words=("key", "token", "secret", "passw", "credential", "bearer", "auth"),
        anchors=("key", "token", "secret", "passw", "credential", "bearer", "auth"),
        anchors_ignore_case=True,
        max_span=CONTEXT_WINDOW + 270,
        starts="A-Za-z0-9+/_\\-",
        partial=_ENTROPY_PARTIAL,
        behind=_ENTROPY_BEHIND,
        min_sensitivity="medium",
        needs_run=True,
        starts_at_runs=True,
    ),
    TokenPattern(
        "high_entropy_token",
        "secret",
        charset="A-Za-z0-9+/_=\\-",
        min_length=32,
        max_length=258,
        pattern=r"[A-Za-z0-9+/_\-](?<![A-Za-z0-9+/_=\-].)[A-Za-z0-9+/_\-]{31,255}={0,2}(?![A-Za-z0-9+/_=\-])",
        validator=lambda v: _high_entropy(v) and shannon_entropy(v) >= 4.5,
        confidence=0.6,
        min_sensitivity="high",
        starts="A-Za-z0-9+/_\\-",
        partial=_ENTROPY_PARTIAL,
        behind=_ENTROPY_BEHIND,
        needs_run=True,
        run_tail=2,
        starts_at_runs=True,
    ),
)
"""Every credential shape, most specific first."""

SECRET_MATCHER: Final = TokenMatcher(SECRET_PATTERNS)


def could_start_match(tail: str) -> int:
    """
    How many characters at the end of C{tail} might begin a secret or PII.

    See L{koreshield.scan.growing.could_start_match}; this checks every
    secret and personal-data shape the scanner knows.
    """
    from koreshield.scan.pii import PII_PATTERNS

    return _could_start_match(tail, SECRET_PATTERNS + PII_PATTERNS)
