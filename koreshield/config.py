"""
KoreShield's configuration: YAML in, one frozen, validated settings object out.

test-case-name: tests.test_config

The schema *is* the dataclasses below: every key a user may write is a field,
its type hint is the check, and ``metadata={"check": ...}`` adds what a type
cannot say (a URL, a positive number).  Loading walks the dataclasses, so a new
key is one new field, and every error names the full dotted key it is about::

    config error: providers.openai.base_url: must be an http(s) URL

Nothing here reads the environment except ``${VAR}`` substitution, which
happens once, at load time; the rest of the program only sees L{Settings}.
"""

from __future__ import annotations

import dataclasses
import os
import re
import types
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final, Literal, TypeVar, Union, get_args, get_origin

import yaml

from koreshield.state.address import BadRedisURL, parse_redis_url

DEFAULT_CONFIG_FILE = "koreshield.yaml"
SIMULATED_PROVIDER: Final = "simulated"

Sensitivity = Literal["low", "medium", "high"]
Action = Literal["block", "warn", "allow"]
CategoryAction = Literal["block", "warn", "allow", "redact"]
OutputAction = Literal["block", "redact", "log", "off"]
LogLevelName = Literal["debug", "info", "warn", "error", "critical"]
ProviderType = Literal["openai", "azure", "anthropic", "gemini", "simulated"]
StateBackend = Literal["memory", "redis"]
OnStateError = Literal["open", "closed"]

DEFAULT_BASE_URLS: Mapping[str, str] = {
    "openai": "https://api.openai.com/v1",
    "anthropic": "https://api.anthropic.com",
    "gemini": "https://generativelanguage.googleapis.com/v1beta",
}
MAX_ROUTE_ATTEMPTS = 3


class ConfigError(Exception):
    """
    The configuration cannot be used.  C{str()} is the one line shown to the
    operator, starting with the dotted key that is wrong.
    """

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}" if key else problem)


def _check(check: Callable[[Any], str | None]) -> dict[str, Any]:
    """Field metadata carrying an extra check: returns a problem or L{None}."""
    return {"check": check}


def _http_url(value: str) -> str | None:
    """
    An http(s) URL without a query, fragment or credentials: a key in
    C{user:password@} would be logged with the URL at start-up, and the
    upstream client would send it as part of the host, not as a credential.
    """
    if not re.match(r"^https?://[^\s/?#]+(/[^\s?#]*)?$", value):
        return "must be an http(s) URL"
    if "@" in value.split("/", 3)[2]:
        return "must not hold credentials (user:password@); put the key in api_key"
    return None


def _positive(value: float) -> str | None:
    return None if value > 0 else "must be greater than 0"


def _non_negative(value: float) -> str | None:
    return None if value >= 0 else "must not be negative"


def _header_map(value: Mapping[str, str]) -> str | None:
    for name, header_value in value.items():
        if any(c in name + header_value for c in "\r\n\0") or ":" in name or not name:
            return "header names and values must not contain line breaks"
    return None


def _non_empty(value: str) -> str | None:
    return None if value.strip() else "must not be empty"


@dataclasses.dataclass(frozen=True)
class ServerSettings:
    """Where to listen and how patient to be with clients and providers."""

    listen: str = dataclasses.field(default="tcp:8000:interface=127.0.0.1", metadata=_check(_non_empty))
    max_body_bytes: int = dataclasses.field(default=16 * 1024 * 1024, metadata=_check(_positive))
    upstream_connect_timeout: float = dataclasses.field(default=10.0, metadata=_check(_positive))
    upstream_idle_timeout: float = dataclasses.field(default=120.0, metadata=_check(_positive))
    client_header_timeout: float = dataclasses.field(default=10.0, metadata=_check(_positive))
    client_body_timeout: float = dataclasses.field(default=30.0, metadata=_check(_positive))
    keepalive_timeout: float = dataclasses.field(default=75.0, metadata=_check(_positive))
    sse_heartbeat: float = dataclasses.field(default=15.0, metadata=_check(_non_negative))
    drain_timeout: float = dataclasses.field(default=30.0, metadata=_check(_non_negative))


@dataclasses.dataclass(frozen=True)
class ProviderSettings:
    """
    One upstream provider.

    C{type: openai} covers every OpenAI-compatible API (OpenAI, vLLM, Ollama,
    LM Studio, DeepSeek, Groq, Mistral, ...); C{azure} is Azure OpenAI
    (C{api-key} header, C{api-version} query, the model naming the
    deployment); C{anthropic} and C{gemini} are translated to and from their
    own APIs; C{simulated} is the built-in canned provider.  C{base_url} has a
    default for openai, anthropic and gemini.  Timeouts default to the
    C{server} ones.
    """

    type: ProviderType = "openai"
    base_url: str = dataclasses.field(default="", metadata=_check(lambda v: None if v == "" else _http_url(v)))
    api_key: str = ""
    headers: Mapping[str, str] = dataclasses.field(
        default_factory=lambda: types.MappingProxyType({}), metadata=_check(_header_map)
    )
    api_version: str = ""
    connect_timeout: float | None = dataclasses.field(
        default=None, metadata=_check(lambda v: None if v is None else _positive(v))
    )
    idle_timeout: float | None = dataclasses.field(
        default=None, metadata=_check(lambda v: None if v is None else _positive(v))
    )
    max_connections: int | None = dataclasses.field(
        default=None, metadata=_check(lambda v: None if v is None else _positive(v))
    )
    """Requests in flight at once; by default what the open-file limit allows (L{koreshield.descriptors})."""
    max_idle_connections: int = dataclasses.field(default=128, metadata=_check(_non_negative))


@dataclasses.dataclass(frozen=True)
class CategorySettings:
    """What to do with findings of one threat type."""

    action: CategoryAction = "block"


THREAT_CATEGORIES: Final = (
    "prompt_injection",
    "jailbreak",
    "system_prompt_extraction",
    "indirect_injection",
    "secret",
    "pii",
    "blocklist",
)
REDACTABLE_CATEGORIES: Final = ("secret", "pii")


def _categories(value: Mapping[str, CategorySettings]) -> str | None:
    for name, category in value.items():
        if name not in THREAT_CATEGORIES:
            return f"{name!r} is not a threat type (one of {', '.join(THREAT_CATEGORIES)})"
        if category.action == "redact" and name not in REDACTABLE_CATEGORIES:
            return f"{name}: redact is only possible for secret and pii"
    return None


OUTPUT_CATEGORIES: Final = ("secret", "pii", "canary", "system_prompt_leak")
DEFAULT_OUTPUT_ACTIONS: Final[Mapping[str, OutputAction]] = types.MappingProxyType(
    {"secret": "redact", "pii": "log", "canary": "log", "system_prompt_leak": "log"}
)
MIN_CANARY_LENGTH: Final = 8


@dataclasses.dataclass(frozen=True)
class OutputCategorySettings:
    """What the output guard does with one category of findings (unset: as C{security.output.action})."""

    action: OutputAction | None = None


def _output_categories(value: Mapping[str, OutputCategorySettings]) -> str | None:
    for name in value:
        if name not in OUTPUT_CATEGORIES:
            return f"{name!r} is not an output category (one of {', '.join(OUTPUT_CATEGORIES)})"
    return None


def _canaries(value: tuple[str, ...]) -> str | None:
    for canary in value:
        if len(canary) < MIN_CANARY_LENGTH:
            return f"{canary!r} is shorter than {MIN_CANARY_LENGTH} characters: ordinary text would match it"
    return None


@dataclasses.dataclass(frozen=True)
class OutputSettings:
    """
    The output guard: what to do when an answer (streamed or not) holds a
    secret, personal data, a canary or a verbatim part of the request's
    system prompt.

    C{action} sets every category; C{categories.<name>.action} overrides
    one; with neither, secrets are redacted and the rest only logged
    (L{DEFAULT_OUTPUT_ACTIONS}).  C{max_holdback} bounds the characters
    held back per text (a longer possible match cuts the stream) and
    C{hold_timeout} the seconds text may stay held with nothing new
    arriving (then the stream is cut; 0: wait for the provider's idle
    timeout).  C{system_prompt_words} consecutive words of a system prompt
    make a leak.
    """

    action: OutputAction | None = None
    categories: Mapping[str, OutputCategorySettings] = dataclasses.field(
        default_factory=lambda: types.MappingProxyType({}), metadata=_check(_output_categories)
    )
    canaries: tuple[str, ...] = dataclasses.field(default=(), metadata=_check(_canaries))
    system_prompt_words: int = dataclasses.field(
        default=12, metadata=_check(lambda v: None if v >= 6 else "must be at least 6")
    )
    max_holdback: int = dataclasses.field(default=4096, metadata=_check(_positive))
    hold_timeout: float = dataclasses.field(default=10.0, metadata=_check(_non_negative))

    def action_for(self, category: str) -> OutputAction:
        """The action for findings of C{category}."""
        chosen = self.categories.get(category)
        if chosen is not None and chosen.action is not None:
            return chosen.action
        if self.action is not None:
            return self.action
        return DEFAULT_OUTPUT_ACTIONS[category]


@dataclasses.dataclass(frozen=True)
class SecuritySettings:
    """
    The prompt scanner's policy: how sensitive, what to do with findings
    (globally and per threat type), extra phrases to block, and how many
    per-message verdicts to remember; and the output guard's (C{output}),
    which shares the sensitivity.
    """

    sensitivity: Sensitivity = "medium"
    action: Action = "block"
    categories: Mapping[str, CategorySettings] = dataclasses.field(
        default_factory=lambda: types.MappingProxyType({}), metadata=_check(_categories)
    )
    blocklist: tuple[str, ...] = ()
    cache_size: int = dataclasses.field(default=10_000, metadata=_check(_non_negative))
    output: OutputSettings = OutputSettings()


_RATE = re.compile(r"^\s*([0-9]+)\s*/\s*(second|minute|hour|day)\s*$")
PERIOD_SECONDS: Mapping[str, int] = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def parse_rate(text: str) -> tuple[int, int] | None:
    """C{"60/minute"} -> C{(60, 60)}: a count and its period in seconds."""
    match = _RATE.match(text)
    if match is None or int(match.group(1)) <= 0:
        return None
    return int(match.group(1)), PERIOD_SECONDS[match.group(2)]


def _rate(units: tuple[str, ...]) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if value == "":
            return None
        parsed = parse_rate(value)
        if parsed is None or value.rsplit("/", 1)[-1].strip() not in units:
            return "must look like N/" + " | N/".join(units) + " with N > 0"
        return None

    return check


def _sha256_hex(value: str) -> str | None:
    if value == "" or re.fullmatch(r"[0-9a-fA-F]{64}", value):
        return None
    return "must be 64 hexadecimal characters (the SHA-256 of the key)"


@dataclasses.dataclass(frozen=True)
class ClientKeySettings:
    """
    One client API key: its name (shown in logs and metrics, never the key),
    the key itself or its SHA-256, and optional limits.
    """

    name: str = dataclasses.field(default="", metadata=_check(_non_empty))
    key: str = ""
    key_sha256: str = dataclasses.field(default="", metadata=_check(_sha256_hex))
    rate_limit: str = dataclasses.field(default="", metadata=_check(_rate(("second", "minute", "hour"))))
    token_budget: str = dataclasses.field(default="", metadata=_check(_rate(("minute", "hour", "day"))))


@dataclasses.dataclass(frozen=True)
class AuthSettings:
    """
    Client keys; with none, the proxy is open and should listen on loopback
    only.  C{allow_stored_prompts} lets a Responses create name a stored
    prompt (C{prompt.id}) when keys are configured: KoreShield cannot tell
    which key made a stored prompt, so it is refused by default, but stored
    prompts are usually the operator's own templates, made in the provider's
    dashboard for every app to use.
    """

    keys: tuple[ClientKeySettings, ...] = ()
    allow_stored_prompts: bool = False


def _redis_url(value: str) -> str | None:
    try:
        parse_redis_url(value)
    except BadRedisURL as e:
        return str(e)
    return None


def _pem_file(value: str) -> str | None:
    if value and not Path(value).is_file():
        return f"{value!r} is not a file"
    return None


@dataclasses.dataclass(frozen=True)
class StateSettings:
    """
    Where per-key limits, token budgets and the verdict cache's second level
    live.  C{memory} (the default) holds them in this process: exact for one
    process, nothing to install.  C{redis} shares them between every process
    and host pointed at the same Redis.

    Every Redis call is bounded by C{timeout_ms}; one that fails or takes
    longer either lets the request through and counts the error
    (C{on_error: open}) or answers 503 (C{closed}).  C{verdict_ttl} is how
    long, in seconds, Redis keeps a scanned part's verdict.  With
    C{rediss://}, Redis' certificate is checked against the system's trusted
    CAs, or against C{redis_ca_file} (PEM) for a private CA.
    """

    backend: StateBackend = "memory"
    redis_url: str = dataclasses.field(default="redis://127.0.0.1:6379/0", metadata=_check(_redis_url))
    timeout_ms: float = dataclasses.field(default=50.0, metadata=_check(_positive))
    on_error: OnStateError = "open"
    verdict_ttl: int = dataclasses.field(default=86400, metadata=_check(_positive))
    redis_ca_file: str = dataclasses.field(default="", metadata=_check(_pem_file))


@dataclasses.dataclass(frozen=True)
class LoggingSettings:
    """
    How log events are written.  C{log_prompts} is off by default because a
    prompt is the user's data: it may carry personal data or secrets, and
    logs travel further than the proxy does.
    """

    json_logs: bool = True
    level: LogLevelName = "info"
    log_prompts: bool = False


@dataclasses.dataclass(frozen=True)
class MetricsSettings:
    """
    Prometheus metrics at C{GET /metrics}.  With C{listen} empty they are
    served on the public listener; with a Twisted endpoint there, they are
    served on that endpoint only (with C{/health}), so the public port never
    shows them.
    """

    enabled: bool = True
    listen: str = ""


_ORIGIN = re.compile(r"^https?://[^\s/?#@]+$")


def _origins(value: tuple[str, ...]) -> str | None:
    for origin in value:
        if origin != "*" and not _ORIGIN.match(origin.rstrip("/")):
            return f'{origin!r} must be "*" or an origin: scheme, host and port, as https://app.example.com'
    return None


@dataclasses.dataclass(frozen=True)
class CorsSettings:
    """
    CORS for browser apps calling the proxy straight (the OpenAI TypeScript
    SDK with C{dangerouslyAllowBrowser}).  Off while C{allow_origins} is
    empty: a browser app needs a client key of its own, which its users can
    read, so serving browsers is a choice.
    """

    allow_origins: tuple[str, ...] = dataclasses.field(default=(), metadata=_check(_origins))
    max_age: int = dataclasses.field(default=600, metadata=_check(_non_negative))


@dataclasses.dataclass(frozen=True)
class Settings:
    """Everything KoreShield is configured with, validated, immutable."""

    server: ServerSettings = ServerSettings()
    providers: Mapping[str, ProviderSettings] = dataclasses.field(default_factory=lambda: types.MappingProxyType({}))
    default_provider: str = ""
    routes: Mapping[str, str | tuple[str, ...]] = dataclasses.field(default_factory=lambda: types.MappingProxyType({}))
    security: SecuritySettings = SecuritySettings()
    auth: AuthSettings = AuthSettings()
    state: StateSettings = StateSettings()
    logging: LoggingSettings = LoggingSettings()
    metrics: MetricsSettings = MetricsSettings()
    cors: CorsSettings = CorsSettings()

    @property
    def uses_simulated_provider(self) -> bool:
        """True when the default provider is the built-in simulated one."""
        return self.providers[self.default_provider].type == SIMULATED_PROVIDER


_ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def _substitute_environment(value: str, key: str, environ: Mapping[str, str]) -> str:
    """Replace C{${VAR}} and C{${VAR:-default}} from C{environ}."""

    def replace(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in environ:
            return environ[name]
        if default is not None:
            return default
        raise ConfigError(key, f"environment variable {name} is not set")

    return _ENV_REFERENCE.sub(replace, value)


_T = TypeVar("_T")

_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _convert(hint: Any, raw: Any, key: str, environ: Mapping[str, str]) -> Any:
    """Check C{raw} against the type hint C{hint} and build the value."""
    origin = get_origin(hint)
    if dataclasses.is_dataclass(hint):
        return _build(typing.cast(type, hint), raw, key, environ)
    if origin is Literal:
        choices = get_args(hint)
        if raw is False and "off" in choices:
            raw = "off"  # YAML 1.1 reads an unquoted off as false
        if raw not in choices:
            return _fail(key, "must be one of " + ", ".join(str(c) for c in choices))
        return raw
    if origin in (Union, types.UnionType):
        if raw is None and type(None) in get_args(hint):
            return None
        options = [a for a in get_args(hint) if a is not type(None)]
        first_error: ConfigError | None = None
        for option in options:
            try:
                return _convert(option, raw, key, environ)
            except ConfigError as error:
                first_error = first_error or error
        assert first_error is not None
        raise first_error
    if origin in (Mapping, dict, typing.Mapping) or hint is Mapping:
        if not isinstance(raw, dict):
            return _fail(key, "must be a mapping")
        _, value_hint = get_args(hint)
        converted = {}
        for name, item in raw.items():
            if not isinstance(name, str):
                return _fail(key, f"key {name!r} must be a string")
            converted[name] = _convert(value_hint, item, f"{key}.{name}", environ)
        return types.MappingProxyType(converted)
    if origin is tuple:
        if not isinstance(raw, list):
            return _fail(key, "must be a list")
        (item_hint, _ellipsis) = get_args(hint)
        return tuple(_convert(item_hint, item, f"{key}[{i}]", environ) for i, item in enumerate(raw))
    if hint is str:
        if not isinstance(raw, str):
            return _fail(key, "must be a string")
        return _substitute_environment(raw, key, environ)
    if hint is bool:
        if not isinstance(raw, bool):
            return _fail(key, "must be true or false")
        return raw
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            return _fail(key, "must be an integer")
        return raw
    if hint is float:
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            return _fail(key, "must be a number")
        return float(raw)
    raise TypeError(f"unsupported type in the settings schema: {hint!r}")  # pragma: no cover


def _fail(key: str, problem: str) -> typing.NoReturn:
    raise ConfigError(key, problem)


def _build(cls: type[_T], raw: Any, key: str, environ: Mapping[str, str]) -> _T:
    """Build the dataclass C{cls} from the YAML mapping C{raw}."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        _fail(key or "configuration", "must be a mapping")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    for name in raw:
        if name not in fields:
            where = f"{key}.{name}" if key else str(name)
            _fail(where, "unknown key")
    values: dict[str, Any] = {}
    for name, field in fields.items():
        if name not in raw:
            continue
        where = f"{key}.{name}" if key else name
        value = _convert(hints[name], raw[name], where, environ)
        check = field.metadata.get("check")
        if check is not None:
            problem = check(value)
            if problem:
                _fail(where, problem)
        values[name] = value
    return cls(**values)


def _with_default_provider(settings: Settings) -> Settings:
    """
    With no provider configured, use the built-in simulated provider, so a
    fresh install answers without network access or keys.
    """
    if not settings.providers:
        settings = dataclasses.replace(
            settings,
            providers=types.MappingProxyType({SIMULATED_PROVIDER: ProviderSettings(type=SIMULATED_PROVIDER)}),
            default_provider=settings.default_provider or SIMULATED_PROVIDER,
        )
    if not settings.default_provider:
        if len(settings.providers) == 1:
            settings = dataclasses.replace(settings, default_provider=next(iter(settings.providers)))
        else:
            _fail("default_provider", "must name one of the configured providers")
    if settings.default_provider not in settings.providers:
        _fail(
            "default_provider",
            f"{settings.default_provider!r} is not defined under providers",
        )
    providers = {}
    for name, provider in settings.providers.items():
        if not provider.base_url and provider.type in DEFAULT_BASE_URLS:
            provider = dataclasses.replace(provider, base_url=DEFAULT_BASE_URLS[provider.type])
        if provider.type not in (SIMULATED_PROVIDER,) and not provider.base_url:
            _fail(f"providers.{name}.base_url", "is required")
        if provider.type == "azure" and not provider.api_version:
            _fail(f"providers.{name}.api_version", "is required for Azure OpenAI")
        providers[name] = provider
    settings = dataclasses.replace(settings, providers=types.MappingProxyType(providers))
    routes = {}
    for pattern, targets in settings.routes.items():
        names = (targets,) if isinstance(targets, str) else targets
        if not names:
            _fail(f"routes.{pattern}", "must name at least one provider")
        if len(names) > MAX_ROUTE_ATTEMPTS:
            _fail(f"routes.{pattern}", f"may list at most {MAX_ROUTE_ATTEMPTS} providers")
        for target in names:
            if target not in settings.providers:
                _fail(f"routes.{pattern}", f"{target!r} is not defined under providers")
        if "*" in pattern[:-1]:
            _fail(f"routes.{pattern}", "a pattern is a model name, or a prefix ending in *")
        routes[pattern] = tuple(names)
    key_names: set[str] = set()
    for index, client_key in enumerate(settings.auth.keys):
        where = f"auth.keys[{index}]"
        if bool(client_key.key) == bool(client_key.key_sha256):
            _fail(where, "needs exactly one of key or key_sha256")
        if client_key.name in key_names:
            _fail(f"{where}.name", f"{client_key.name!r} is used twice")
        key_names.add(client_key.name)
    return dataclasses.replace(settings, routes=types.MappingProxyType(routes))


def settings_from_mapping(raw: Any, environ: Mapping[str, str] | None = None) -> Settings:
    """
    Validate an already-parsed configuration mapping.

    @raise ConfigError: naming the first key that is wrong.
    """
    return _with_default_provider(_build(Settings, raw, "", os.environ if environ is None else environ))


def load_settings(path: str | None, environ: Mapping[str, str] | None = None) -> Settings:
    """
    Read the configuration: C{path} if given, else C{./koreshield.yaml} if it
    exists, else the built-in defaults.

    @raise ConfigError: for a missing or unreadable file, bad YAML, or any
        invalid key.
    """
    if path is None:
        default = Path(DEFAULT_CONFIG_FILE)
        if not default.exists():
            return settings_from_mapping({}, environ)
        path = str(default)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError("", f"cannot read {path}: {e.strerror}") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ConfigError("", f"{path} is not valid YAML{where}") from None
    return settings_from_mapping(raw, environ)


def with_listen(settings: Settings, listen: str) -> Settings:
    """The same settings, listening on C{listen} (the C{--listen} option)."""
    return dataclasses.replace(settings, server=dataclasses.replace(settings.server, listen=listen))
