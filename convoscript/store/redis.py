"""The shared fast store: conversations in Redis, for several worker processes or hosts
(`open_store("redis://127.0.0.1:6379/0")`; redis-py, the `convoscript[redis]` extra).

Keys (under a prefix, `convoscript:` by default):

- `PREFIX conv:ID`: a hash with the state (codec JSON), its `version` and `created`;
- `PREFIX created`: a sorted set of conversation ids scored by creation time, the index the
  export pages through (oldest first, ties by id);
- `PREFIX schema`: the schema version.

A commit is one Lua script, atomic on the server: it compares the stored version with the
expected one and writes the state, the new version and the index entry only if they match
(compare-and-swap, no lock held while a script runs). Durability is Redis's own: configure
AOF (`appendonly yes`, `appendfsync everysec` or `always`) for a store that survives a restart.

Schema creation and migrations are explicit (`convoscript store migrate URL` or
`open_store(url, migrate=True)`); migration 1 builds the index from any conversation keys
already there (SCAN).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from urllib.parse import urlsplit

from convoscript.errors import StoreError
from convoscript.store.base import created_of, schema_mismatch
from convoscript.store.codec import decode, encode

SCHEMA_VERSION = 1

# KEYS: the conversation hash, the index; ARGV: expected version, state, created, id.
# Returns the new version, or -1 when the stored version is not the expected one.
_COMMIT = """
local current = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
local expected = tonumber(ARGV[1])
if current ~= expected then return -1 end
local version = expected + 1
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'version', version, 'created', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return version
"""

# the same without the comparison (save: imports, tests, repairs)
_SAVE = """
local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '0') + 1
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'version', version, 'created', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return version
"""


class RedisStore:
    """Conversations in a Redis database (`url`: redis://[user:password@]host:port/db)."""

    def __init__(self, url: str, migrate: bool = False, prefix: str = "convoscript:"):
        self._driver = _driver()
        self.url = url
        self.prefix = prefix
        with self._errors():
            self._redis = self._driver.Redis.from_url(
                url, socket_timeout=30, socket_connect_timeout=10
            )
            self._commit = self._redis.register_script(_COMMIT)
            self._save = self._redis.register_script(_SAVE)
        self._index = prefix + "created"
        found = self.schema_version()
        if found != SCHEMA_VERSION:
            if not migrate or found > SCHEMA_VERSION:
                raise StoreError(schema_mismatch(_safe(url), found, SCHEMA_VERSION))
            self.migrate()

    def _key(self, conversation_id: str) -> str:
        return f"{self.prefix}conv:{conversation_id}"

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except self._driver.RedisError as exc:
            raise StoreError(f"Redis store {_safe(self.url)}: {exc}") from None

    def close(self) -> None:
        with self._errors():
            self._redis.close()

    # ---- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        with self._errors():
            found = self._redis.get(self.prefix + "schema")
        return int(found or 0)

    def migrate(self) -> int:
        """Bring the keys to SCHEMA_VERSION. Version 1: index every conversation key already
        there by its creation time (SCAN), then record the version."""
        with self._errors():
            found = self.schema_version()
            if found < 1:
                for key in self._redis.scan_iter(match=self._key("*"), count=500):
                    text = self._redis.hget(key, "state")
                    if text is not None:
                        cid = key.decode()[len(self._key("")) :]
                        self._redis.zadd(self._index, {cid: created_of(decode(text))})  # type: ignore[arg-type]
            self._redis.set(self.prefix + "schema", SCHEMA_VERSION)
        return SCHEMA_VERSION

    # ---- the store interface --------------------------------------------------------------
    def load_versioned(self, conversation_id: str) -> tuple[dict | None, int]:
        with self._errors():
            text, version = self._redis.hmget(self._key(conversation_id), ["state", "version"])
        if text is None:
            return None, 0
        return decode(text), int(version or 0)  # type: ignore[arg-type,return-value]

    def load(self, conversation_id: str) -> dict | None:
        return self.load_versioned(conversation_id)[0]

    def commit(self, conversation_id: str, expected_version: int, state: dict) -> int | None:
        with self._errors():
            version = self._commit(
                keys=[self._key(conversation_id), self._index],
                args=[expected_version, encode(state), created_of(state), conversation_id],
            )
        return None if int(version) < 0 else int(version)

    def save(self, conversation_id: str, state: dict) -> None:
        with self._errors():
            self._save(
                keys=[self._key(conversation_id), self._index],
                args=[encode(state), created_of(state), conversation_id],
            )

    def delete(self, conversation_id: str) -> None:
        with self._errors():
            pipe = self._redis.pipeline(transaction=True)
            pipe.delete(self._key(conversation_id))
            pipe.zrem(self._index, conversation_id)
            pipe.execute()

    def conversation_ids(self) -> list[str]:
        return [cid for cid, _ in self._page_ids(None, None)]

    def _page_ids(
        self, start: float | None, end: float | None, batch: int = 200
    ) -> Iterator[tuple[str, float]]:
        """Ids in the index created in [start, end), oldest first (ties by id), `batch` at a
        time. New conversations are created now, so they join the end of the range."""
        low = "-inf" if start is None else repr(float(start))
        high = "+inf" if end is None else f"({float(end)!r}"
        offset = 0
        while True:
            with self._errors():
                page = self._redis.zrangebyscore(
                    self._index, low, high, start=offset, num=batch, withscores=True
                )
            for member, score in page:  # type: ignore[str-unpack]
                yield member.decode(), float(score)  # type: ignore[union-attr]
            if len(page) < batch:
                return
            offset += len(page)

    def iter_states(
        self, start: float | None = None, end: float | None = None, batch: int = 200
    ) -> Iterator[tuple[str, dict]]:
        """(id, state) of the conversations created in [start, end), oldest first: the index
        paged `batch` ids at a time, their states fetched in one round trip per page."""
        page: list[str] = []
        for cid, _ in self._page_ids(start, end, batch):
            page.append(cid)
            if len(page) >= batch:
                yield from self._states(page)
                page = []
        yield from self._states(page)

    def _states(self, ids: list[str]) -> Iterator[tuple[str, dict]]:
        if not ids:
            return
        with self._errors():
            pipe = self._redis.pipeline(transaction=False)
            for cid in ids:
                pipe.hget(self._key(cid), "state")
            texts = pipe.execute()
        for cid, text in zip(ids, texts):
            if text is not None:  # deleted since the index was read
                yield cid, decode(text)  # type: ignore[misc]

    def count(self, start: float | None = None, end: float | None = None) -> int:
        low = "-inf" if start is None else repr(float(start))
        high = "+inf" if end is None else f"({float(end)!r}"
        with self._errors():
            return int(self._redis.zcount(self._index, low, high))


def _driver() -> ModuleType:
    """redis-py, imported when a Redis store is opened: an optional extra, which importing with
    convoscript would cost every embedder (and every worker process) startup time and
    thousands of objects that the garbage collector then walks during runs."""
    try:
        import redis  # noqa: PLC0415 - an optional driver, loaded on first use (above)
    except ImportError:
        raise StoreError(
            "the Redis store needs redis-py: pip install 'convoscript[redis]'"
        ) from None
    return redis


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"
