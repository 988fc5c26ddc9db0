"""Conversation state persistence: the Store protocol (`base`), four backends and
`open_store(url)`.

- `MemoryStore`: in this process only (the `Runtime()` default); `memory:`.
- `SQLiteStore(path)`: durable, one file, safe across threads and processes; `PATH.db`,
  `sqlite:///PATH` (a relative path) or `sqlite:////abs/PATH`.
- `PostgresStore(url)`: shared and durable, for several workers or hosts; `postgresql://...`.
- `RedisStore(url)`: shared and fast; `redis://...` (`rediss://` with TLS).
"""

from __future__ import annotations

from convoscript.errors import StoreError
from convoscript.store.base import Store
from convoscript.store.memory import MemoryStore
from convoscript.store.postgres import PostgresStore
from convoscript.store.redis import RedisStore
from convoscript.store.sqlite import SQLiteStore


def open_store(url: str, *, migrate: bool | None = None) -> Store:
    """The store a URL names. `migrate`: create or upgrade the schema when it is missing or
    older (default: yes for the embedded stores, memory and SQLite; no for the shared ones,
    PostgreSQL and Redis, whose schema changes are an operator's explicit step:
    `convoscript store migrate URL`). Raises StoreError for a URL it cannot open."""
    text = str(url)
    scheme = text.split(":", 1)[0].lower() if "://" in text or text == "memory:" else ""
    if scheme == "memory":
        return MemoryStore()
    if scheme in ("postgresql", "postgres"):
        return PostgresStore(text, migrate=bool(migrate))
    if scheme in ("redis", "rediss", "unix"):
        return RedisStore(text, migrate=bool(migrate))
    if scheme == "sqlite":
        path = text[len("sqlite:///") :] if text.startswith("sqlite:///") else ""
        if not path:
            raise StoreError(f"a SQLite URL is sqlite:///PATH, not {text!r}")
        return SQLiteStore(path, migrate=migrate is not False)
    if scheme:
        raise StoreError(
            f"unknown store URL scheme {scheme!r}: use memory:, PATH.db, sqlite:///PATH,"
            " postgresql://... or redis://..."
        )
    return SQLiteStore(text, migrate=migrate is not False)


__all__ = ["MemoryStore", "PostgresStore", "RedisStore", "SQLiteStore", "Store", "open_store"]
