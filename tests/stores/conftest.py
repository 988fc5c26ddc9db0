"""The store fixtures: every conformance test runs against all four backends.

PostgreSQL and Redis are real servers, named by CONVOSCRIPT_TEST_POSTGRES_URL and
CONVOSCRIPT_TEST_REDIS_URL (`.ci/run` starts them). When a URL is not set the fixture starts
throwaway servers itself (tools/store_servers.py) if the binaries are installed; if neither,
the tests FAIL saying what is missing: a store suite that skips its shared backends would
pass while proving nothing about them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import store_servers  # noqa: E402

from convoscript import open_store  # noqa: E402

BACKENDS = ("memory", "sqlite", "postgres", "redis")
_ENV = {"postgres": "CONVOSCRIPT_TEST_POSTGRES_URL", "redis": "CONVOSCRIPT_TEST_REDIS_URL"}


@pytest.fixture(scope="session")
def server_urls() -> Iterator[dict[str, str]]:
    """backend -> URL of a running server, starting throwaway ones for the URLs not set."""
    urls = {b: os.environ[v] for b, v in _ENV.items() if os.environ.get(v)}
    base = None
    if len(urls) < len(_ENV):
        lacking = store_servers.missing()
        if lacking:
            pytest.fail(
                f"{' and '.join(v for b, v in _ENV.items() if b not in urls)} not set and "
                f"{', '.join(lacking)} not installed: install them (apt-get install -y "
                f"{' '.join(lacking)}) or point the variables at running servers",
                pytrace=False,
            )
        base = Path(tempfile.mkdtemp(prefix="convoscript-servers-"))
        started = store_servers.start(base)
        for backend, var in _ENV.items():
            urls.setdefault(backend, started[var])
    try:
        yield urls
    finally:
        if base is not None:
            store_servers.stop(base)


def wipe(backend: str, url: str) -> None:
    """Leave the server with no convoscript schema or data (each test starts empty)."""
    if backend == "postgres":
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS convoscript_conversations, convoscript_schema")
    elif backend == "redis":
        import redis

        client = redis.Redis.from_url(url)
        client.flushdb()
        client.close()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty store of each backend (schema not created yet for the shared ones)."""
    backend = request.param
    if backend == "memory":
        yield "memory:"
    elif backend == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        url = request.getfixturevalue("server_urls")[backend]
        wipe(backend, url)
        yield url
        wipe(backend, url)


@pytest.fixture
def store(store_url: str):
    opened = open_store(store_url, migrate=True)
    yield opened
    opened.close()
