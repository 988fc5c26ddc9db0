"""Starting the service on uvicorn: the host check of open mode, and the app factory each
worker process calls (`--workers N` starts N processes; they read the store URL and config
path from the environment, as uvicorn imports the factory by name in each)."""

from __future__ import annotations

import ipaddress
import os

import uvicorn
from starlette.applications import Starlette

from convoscript.service.app import STATIC_DIR, create_app
from convoscript.service.settings import Settings, load_config

STORE_VARIABLE = "CONVOSCRIPT_SERVE_STORE"
CONFIG_VARIABLE = "CONVOSCRIPT_SERVE_CONFIG"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_host(settings: Settings, host: str) -> str | None:
    """Why `host` may not be listened on (open mode: loopback only), or None."""
    if settings.open and not is_loopback(host):
        return (
            f"no tokens are configured, so the service is open and listens on loopback only; "
            f"--host {host} refused (give --config with tenants and tokens)"
        )
    return None


def settings_for(store: str | None, config: str | None) -> Settings:
    if config:
        return load_config(config, store)
    return Settings(store=store or "memory:")


def app_from_environment() -> Starlette:
    """The factory uvicorn's worker processes call."""
    settings = settings_for(os.environ.get(STORE_VARIABLE), os.environ.get(CONFIG_VARIABLE) or None)
    static = STATIC_DIR if any(STATIC_DIR.glob("*.html")) else None
    return create_app(settings, static_dir=static)


def serve(host: str, port: int, store: str | None, config: str | None, workers: int) -> None:
    """Run until interrupted (settings already checked by the caller)."""
    os.environ[STORE_VARIABLE] = store or ""
    os.environ[CONFIG_VARIABLE] = config or ""
    uvicorn.run(
        "convoscript.service.server:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
    )
