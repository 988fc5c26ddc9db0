"""The config file of `convoscript serve`: what it accepts and what it refuses, by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convoscript.service.server import check_host, is_loopback
from convoscript.service.settings import ConfigError, Settings, load_config, settings_from

TOKEN = "t" * 16


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "serve.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_tenant_with_tokens_limits_and_quota(tmp_path: Path) -> None:
    path = tmp_path / "serve.toml"
    path.write_text(
        f'store = "x.db"\n[tenants.a]\ntokens = ["{TOKEN}"]\nrequests_per_minute = 5\n'
        "limits = { max_steps = 7 }\n",
        encoding="utf-8",
    )
    settings = load_config(path)
    assert settings.store == "x.db" and not settings.open
    tenant = settings.tenant_for_token(TOKEN)
    assert tenant is not None and tenant.name == "a" and tenant.limits.max_steps == 7
    assert tenant.requests_per_minute == 5
    assert load_config(path, store="y.db").store == "y.db"  # --store wins


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"tenant": {}}, "unknown setting(s) tenant"),
        ({"tenants": {"a": {"tokens": ["short"]}}}, "16+ characters"),
        ({"tenants": {"a": {"tokens": []}}}, "non-empty list"),
        ({"tenants": {"a b": {"tokens": [TOKEN]}}}, "tenant name"),
        ({"tenants": {"a": {"tokens": [TOKEN]}, "b": {"tokens": [TOKEN]}}}, "both a and b"),
        ({"tenants": {"a": {"tokens": [TOKEN], "limits": {"max_stepz": 1}}}}, "limits may set"),
        ({"tenants": {"a": {"tokens": [TOKEN], "requests_per_minute": -1}}}, "requests_per_minute"),
        ({"max_body_bytes": 0}, "max_body_bytes"),
    ],
)
def test_refused_configs_say_why(tmp_path: Path, data: dict, says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, data))
    assert says in str(caught.value)


def test_unreadable_config(tmp_path: Path) -> None:
    bad = tmp_path / "serve.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"serve\.json"):
        load_config(bad)


def test_open_mode_is_loopback_only() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.org")
    assert check_host(Settings(), "0.0.0.0") is not None
    assert check_host(Settings(), "127.0.0.1") is None
    secured = settings_from({"tenants": {"a": {"tokens": [TOKEN]}}})
    assert check_host(secured, "0.0.0.0") is None
