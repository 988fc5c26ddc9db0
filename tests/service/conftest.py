"""Fixtures of the service tests: a real `convoscript serve` process on a free loopback port
(httpx talks to it over TCP), a config file with three tenants, and the store backends of
tests/stores (real PostgreSQL and Redis servers)."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
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

ACME = "acme-token-0123456789abcdef"
GLOBEX = "globex-token-0123456789abcdef"
LIMITED = "limited-token-0123456789abcdef"
CONVOSCRIPT = Path(sys.executable).with_name("convoscript")


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `convoscript serve` process; `url` once /healthz answers."""

    def __init__(self, args: list[str], log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [str(CONVOSCRIPT), "serve", "--port", str(self.port), *args],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited {self.process.returncode}: {log.read_text()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"serve did not answer: {log.read_text()}")
            time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


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
