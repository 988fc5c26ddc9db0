"""Fixtures of the service tests: a real `convoscript serve` process on a free loopback port
(httpx talks to it over TCP), a config file with three tenants, and the store backends of
tests/stores (real PostgreSQL and Redis servers)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from convoscript import open_store

_spec = importlib.util.spec_from_file_location(
    "store_fixtures", Path(__file__).resolve().parents[1] / "stores" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_stores = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_stores)
server_urls = _stores.server_urls  # the fixtures, shared with the store conformance tests
store_url = _stores.store_url

from service_helpers import ACME, GLOBEX, LIMITED, Server  # noqa: E402


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "serve.toml"
    path.write_text(
        f"""
max_body_bytes = 65536
[tenants.acme]
tokens = ["{ACME}"]
limits = {{ max_steps = 200000, max_seconds = 2.0 }}
[tenants.globex]
tokens = ["{GLOBEX}"]
[tenants.limited]
tokens = ["{LIMITED}"]
requests_per_minute = 3
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator:
    """start_server(store URL, *more args) -> a running Server (stopped after the test)."""
    started: list[Server] = []

    def start(store: str, *args: str) -> Server:
        if "://" in store:  # PostgreSQL and Redis: the operator's migrate step
            open_store(store, migrate=True).close()
        server = Server(["--store", store, *args], tmp_path / f"serve-{len(started)}.log")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "serve.db")
