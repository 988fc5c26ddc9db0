"""What a `serve` process is configured with: its store, its tenants (each with bearer tokens,
run limits and a request quota) and its request size cap, from a TOML or JSON config file.

With no tenant configured the service runs open, as the one tenant OPEN_TENANT, and may only
listen on loopback (server.check_host)."""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from convoscript.runtime.model.budget import Limits

OPEN_TENANT = "default"
DEFAULT_MAX_BODY = 1 << 20  # bytes of a request body
TENANT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
LIMIT_NAMES = frozenset(f.name for f in dataclasses.fields(Limits))


class ConfigError(ValueError):
    """The config file is unreadable or says something the service cannot use."""


@dataclass(frozen=True)
class Tenant:
    """One tenant: the tokens that act as it, the most its runs may use (also their default
    limits) and how many requests a minute one process accepts from it (0: no quota)."""

    name: str
    tokens: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)
    requests_per_minute: int = 0


@dataclass(frozen=True)
class Settings:
    """A service's configuration; `tenants` empty means open (no auth, loopback only)."""

    store: str = "memory:"
    tenants: tuple[Tenant, ...] = ()
    max_body_bytes: int = DEFAULT_MAX_BODY
    max_retries: int = 8

    @property
    def open(self) -> bool:
        return not self.tenants

    def tenant_for_token(self, token: str) -> Tenant | None:
        for tenant in self.tenants:
            if token in tenant.tokens:
                return tenant
        return None

    def open_tenant(self) -> Tenant:
        return Tenant(OPEN_TENANT)


def load_config(path: str | Path, store: str | None = None) -> Settings:
    """Settings from a TOML (`.toml`) or JSON file:

    store = "postgresql://..."            # optional; --store wins
    max_body_bytes = 1048576
    [tenants.acme]
    tokens = ["..."]
    requests_per_minute = 600
    limits = { max_steps = 100000, max_seconds = 1.0 }
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"config {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"config {path}: the top level must be a table/object")
    return settings_from(data, store, where=str(path))


def settings_from(data: dict, store: str | None = None, where: str = "config") -> Settings:
    """Settings from the config file's parsed data (see load_config)."""
    unknown = set(data) - {"store", "tenants", "max_body_bytes", "max_retries"}
    if unknown:
        raise ConfigError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))}")
    tenants_data = data.get("tenants", {})
    if not isinstance(tenants_data, dict):
        raise ConfigError(f"{where}: tenants must be a table of tenant name -> settings")
    tenants = tuple(_tenant(name, t, where) for name, t in tenants_data.items())
    seen: dict[str, str] = {}
    for tenant in tenants:
        for token in tenant.tokens:
            if token in seen:
                raise ConfigError(
                    f"{where}: a token is given to both {seen[token]} and {tenant.name}"
                )
            seen[token] = tenant.name
    max_body = _int(data.get("max_body_bytes", DEFAULT_MAX_BODY), f"{where}: max_body_bytes", 1)
    retries = _int(data.get("max_retries", 8), f"{where}: max_retries", 0)
    return Settings(
        store=store or str(data.get("store", "memory:")),
        tenants=tenants,
        max_body_bytes=max_body,
        max_retries=retries,
    )


def _tenant(name: str, data: object, where: str) -> Tenant:
    here = f"{where}: tenants.{name}"
    if not TENANT_NAME.match(name):
        raise ConfigError(f"{here}: a tenant name is 1-64 of A-Z a-z 0-9 _ -")
    if not isinstance(data, dict):
        raise ConfigError(f"{here}: must be a table")
    unknown = set(data) - {"tokens", "limits", "requests_per_minute"}
    if unknown:
        raise ConfigError(f"{here}: unknown setting(s) {', '.join(sorted(unknown))}")
    tokens = data.get("tokens", [])
    if (
        not isinstance(tokens, list)
        or not tokens
        or not all(isinstance(t, str) and len(t) >= 16 for t in tokens)
    ):
        raise ConfigError(f"{here}: tokens must be a non-empty list of strings of 16+ characters")
    limits_data = data.get("limits", {})
    if not isinstance(limits_data, dict) or set(limits_data) - LIMIT_NAMES:
        raise ConfigError(f"{here}: limits may set {', '.join(sorted(LIMIT_NAMES))}")
    try:
        limits = Limits().replace(**limits_data)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{here}: limits: {exc}") from None
    rpm = _int(data.get("requests_per_minute", 0), f"{here}: requests_per_minute", 0)
    return Tenant(name, tuple(tokens), limits, rpm)


def _int(value: object, what: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigError(f"{what} must be an integer >= {minimum}")
    return value
