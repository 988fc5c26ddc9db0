"""The shared durable store: conversations in a PostgreSQL database, for several worker
processes or hosts (`open_store("postgresql://user@host:5432/db")`; psycopg 3, the
`convoscript[postgres]` extra).

- A commit is one `UPDATE ... WHERE id = $1 AND version = $2` (compare-and-swap; an
  `INSERT ... ON CONFLICT DO NOTHING` for the first commit) in autocommit mode: atomic and
  durable when it returns, and no row lock is held while a script runs.
- One connection per thread and process (a forked child opens its own).
- The export reads through a server-side (named) cursor in batches: constant memory however
  many conversations the database holds.
- Schema: `convoscript_conversations` and `convoscript_schema` (its version). Creation and
  migrations are explicit: `convoscript store migrate URL` or `open_store(url, migrate=True)`;
  opening a database without the current schema is a StoreError saying so.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

from convoscript.errors import StoreError
from convoscript.store.base import columns, schema_mismatch
from convoscript.store.codec import decode, encode
from convoscript.store.connections import ThreadConnections

SCHEMA_VERSION = 1

_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE IF NOT EXISTS convoscript_conversations (
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            created DOUBLE PRECISION NOT NULL,
            updated DOUBLE PRECISION NOT NULL,
            finished DOUBLE PRECISION,
            channel TEXT,
            "user" TEXT,
            domain TEXT,
            version BIGINT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS convoscript_conversations_created"
        " ON convoscript_conversations (created, id)",
    ),
}

_TABLE = "convoscript_conversations"
_COLUMNS = 'state, created, updated, finished, channel, "user", domain'


class PostgresStore:
    """Conversations in a PostgreSQL database (`url`: a libpq connection URL)."""

    def __init__(self, url: str, migrate: bool = False, connect_timeout: float = 10.0):
        self._pg = _driver()
        self.url = url
        self.connect_timeout = connect_timeout
        self._connections: ThreadConnections[psycopg.Connection] = ThreadConnections(
            self._connect, usable=lambda conn: not conn.closed
        )
        found = self.schema_version()
        if found != SCHEMA_VERSION:
            if not migrate or found > SCHEMA_VERSION:
                raise StoreError(schema_mismatch(_safe(url), found, SCHEMA_VERSION))
            self.migrate()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except self._pg.Error as exc:
            # a broken connection is dropped, so the next call opens a fresh one
            conn = self._connections.current()
            if conn is not None and conn.closed:
                self._connections.forget_current()
            raise StoreError(f"PostgreSQL store {_safe(self.url)}: {exc}".strip()) from None

    def _connect(self) -> psycopg.Connection:
        return self._pg.connect(
            self.url, autocommit=True, connect_timeout=max(1, int(self.connect_timeout))
        )

    def _connection(self) -> psycopg.Connection:
        return self._connections.get()

    def close(self) -> None:
        self._connections.close_all(self._pg.Error)

    # ---- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        with self._errors():
            conn = self._connection()
            exists = conn.execute("SELECT to_regclass('convoscript_schema')").fetchone()
            if exists is None or exists[0] is None:
                return 0
            row = conn.execute("SELECT max(version) FROM convoscript_schema").fetchone()
            return int(row[0] or 0) if row is not None else 0

    def migrate(self) -> int:
        """Bring the database to SCHEMA_VERSION in one transaction; an advisory lock makes
        concurrent migrations (several workers starting at once) take turns."""
        with self._errors(), self._connect() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(7418001)")
            conn.execute("CREATE TABLE IF NOT EXISTS convoscript_schema (version INTEGER)")
            found = conn.execute("SELECT max(version) FROM convoscript_schema").fetchone()[0]  # type: ignore[index]
            for version in range(int(found or 0) + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[version]:
                    conn.execute(statement)  # type: ignore[arg-type]
                conn.execute("INSERT INTO convoscript_schema (version) VALUES (%s)", (version,))
        return SCHEMA_VERSION

    # ---- the store interface --------------------------------------------------------------
    def load_versioned(self, conversation_id: str) -> tuple[dict | None, int]:
        with self._errors():
            row = (
                self._connection()
                .execute(f"SELECT state, version FROM {_TABLE} WHERE id = %s", (conversation_id,))
                .fetchone()
            )
        return (None, 0) if row is None else (decode(row[0]), int(row[1]))  # type: ignore[return-value]

    def load(self, conversation_id: str) -> dict | None:
        return self.load_versioned(conversation_id)[0]

    def commit(self, conversation_id: str, expected_version: int, state: dict) -> int | None:
        values = (encode(state), *columns(state))
        with self._errors():
            conn = self._connection()
            if expected_version == 0:
                cursor = conn.execute(
                    f"INSERT INTO {_TABLE} (id, {_COLUMNS}, version)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, 1) ON CONFLICT (id) DO NOTHING",
                    (conversation_id, *values),
                )
            else:
                cursor = conn.execute(
                    f"UPDATE {_TABLE} SET state = %s, created = %s, updated = %s,"
                    ' finished = %s, channel = %s, "user" = %s, domain = %s,'
                    " version = version + 1 WHERE id = %s AND version = %s",
                    (*values, conversation_id, expected_version),
                )
        return expected_version + 1 if cursor.rowcount == 1 else None

    def save(self, conversation_id: str, state: dict) -> None:
        with self._errors():
            self._connection().execute(
                f"INSERT INTO {_TABLE} (id, {_COLUMNS}, version)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, 1) ON CONFLICT (id) DO UPDATE SET"
                " state = excluded.state, created = excluded.created,"
                " updated = excluded.updated, finished = excluded.finished,"
                ' channel = excluded.channel, "user" = excluded."user",'
                f" domain = excluded.domain, version = {_TABLE}.version + 1",
                (conversation_id, encode(state), *columns(state)),
            )

    def delete(self, conversation_id: str) -> None:
        with self._errors():
            self._connection().execute(f"DELETE FROM {_TABLE} WHERE id = %s", (conversation_id,))

    def conversation_ids(self) -> list[str]:
        with self._errors():
            rows = self._connection().execute(f"SELECT id FROM {_TABLE} ORDER BY created, id")
            return [r[0] for r in rows]

    def iter_states(
        self, start: float | None = None, end: float | None = None, batch: int = 200
    ) -> Iterator[tuple[str, dict]]:
        """(id, state) of the conversations created in [start, end), oldest first, streamed
        by a server-side cursor on a connection of its own, `batch` rows at a time."""
        with self._errors():
            conn = self._pg.connect(self.url, connect_timeout=max(1, int(self.connect_timeout)))
        try:
            with self._errors(), conn.transaction():
                cursor = conn.cursor(name="convoscript_export")
                cursor.itersize = batch
                cursor.execute(
                    f"SELECT id, state FROM {_TABLE} WHERE created >= %s AND created < %s"
                    " ORDER BY created, id",
                    _bounds(start, end),
                )
                for conversation_id, text in cursor:
                    yield conversation_id, decode(text)  # type: ignore[misc]
                cursor.close()
        finally:
            conn.close()

    def count(self, start: float | None = None, end: float | None = None) -> int:
        with self._errors():
            row = (
                self._connection()
                .execute(
                    f"SELECT count(*) FROM {_TABLE} WHERE created >= %s AND created < %s",
                    _bounds(start, end),
                )
                .fetchone()
            )
        return int(row[0])  # type: ignore[index]


def _bounds(start: float | None, end: float | None) -> tuple[float, float]:
    return (float("-inf") if start is None else start, float("inf") if end is None else end)


def _driver() -> ModuleType:
    """psycopg, imported when a PostgreSQL store is opened: it is an optional extra, and
    importing it with convoscript would cost every embedder (and every worker process) about
    0.3 s and thousands of objects that the garbage collector then walks during runs."""
    try:
        import psycopg  # noqa: PLC0415 - an optional driver, loaded on first use (above)
        import psycopg.conninfo  # noqa: PLC0415
    except ImportError:
        raise StoreError(
            "the PostgreSQL store needs psycopg: pip install 'convoscript[postgres]'"
        ) from None
    return psycopg


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    pg: Any = _driver()
    try:
        info = pg.conninfo.conninfo_to_dict(url)
    except pg.Error:
        return "the PostgreSQL URL given"
    user = f"{info['user']}@" if info.get("user") else ""
    return f"postgresql://{user}{info.get('host', '')}:{info.get('port', 5432)}/{info.get('dbname', '')}"
