"""The durable embedded store: every conversation in one SQLite file, no server
(`open_store("PATH.db")` or `open_store("sqlite:///PATH")`).

- A commit is one UPDATE guarded by the conversation's version (compare-and-swap; an INSERT
  that does nothing if the row exists, for the first commit): atomic, and it holds SQLite's
  write lock only for that statement, never while a script runs. A process killed mid-run
  leaves the conversation as it was: nothing is written before the commit.
- Safe from many threads (one connection per thread) and many processes on one file (WAL mode,
  a busy timeout). Threads of one process queue on a Python lock for the short writes, so they
  hand the write lock over without SQLite's sleeping busy handler.
- State is stored as JSON written by `convoscript.jsonio` (Decimals keep their exact digits;
  see `codec` for Doubles and non-string map keys). Columns beside the state
  (created/updated/finished, channel, user, domain) come from the state's `meta` object and
  index the export.
- Schema: the `conversations` table (unchanged since before versioning: files written by
  earlier versions open as they are) and `convoscript_schema` (its version). An embedded file
  is created and migrated when opened; a file from a newer convoscript is refused.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from convoscript.errors import StoreError
from convoscript.store.base import columns, schema_mismatch
from convoscript.store.codec import decode, encode
from convoscript.store.connections import ThreadConnections

SCHEMA_VERSION = 1

# version -> the statements that bring a store from the version before up to it
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE IF NOT EXISTS conversations (
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            created REAL NOT NULL,
            updated REAL NOT NULL,
            finished REAL,
            channel TEXT,
            user TEXT,
            domain TEXT,
            version INTEGER NOT NULL DEFAULT 1
        )""",
        "CREATE INDEX IF NOT EXISTS conversations_created ON conversations(created, id)",
    ),
}

_COLUMNS = "state, created, updated, finished, channel, user, domain"


class SQLiteStore:
    """Conversations in one SQLite database file (created if missing)."""

    def __init__(self, path: str | os.PathLike, busy_timeout: float = 60.0, migrate: bool = True):
        self.path = os.fspath(path)
        self.busy_timeout = busy_timeout
        self._write_lock = threading.Lock()  # threads of this process take turns writing
        self._connections = ThreadConnections(self._open)
        found = self.schema_version()
        if found != SCHEMA_VERSION:
            if not migrate or found > SCHEMA_VERSION:
                raise StoreError(schema_mismatch(self.path, found, SCHEMA_VERSION))
            self.migrate()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"SQLite store {self.path}: {exc}") from None

    # ---- connections ---------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        return self._connections.get()

    def _open(self) -> sqlite3.Connection:
        with self._errors():
            conn = sqlite3.connect(
                self.path,
                timeout=self.busy_timeout,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":  # pragma: no cover - a file system without mmap
                raise sqlite3.OperationalError(f"cannot switch {self.path} to WAL mode")
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def close(self) -> None:
        """Close every connection this store opened (call when no run is in progress)."""
        self._connections.close_all(sqlite3.ProgrammingError)

    # ---- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        with self._errors():
            conn = self._connection()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "convoscript_schema" in tables:
                row = conn.execute("SELECT max(version) FROM convoscript_schema").fetchone()
                return int(row[0] or 0)
            # a file written before the schema was versioned holds schema 1 already
            return 1 if "conversations" in tables else 0

    def migrate(self) -> int:
        """Bring the file to SCHEMA_VERSION, one versioned step at a time, in one transaction."""
        with self._errors(), self._write_lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("CREATE TABLE IF NOT EXISTS convoscript_schema (version INTEGER)")
                found = conn.execute("SELECT max(version) FROM convoscript_schema").fetchone()[0]
                for version in range(int(found or 0) + 1, SCHEMA_VERSION + 1):
                    for statement in _MIGRATIONS[version]:
                        conn.execute(statement)
                    conn.execute("INSERT INTO convoscript_schema (version) VALUES (?)", (version,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return SCHEMA_VERSION

    # ---- the store interface --------------------------------------------------------------
    def load_versioned(self, conversation_id: str) -> tuple[dict | None, int]:
        with self._errors():
            row = (
                self._connection()
                .execute(
                    "SELECT state, version FROM conversations WHERE id = ?", (conversation_id,)
                )
                .fetchone()
            )
        return (None, 0) if row is None else (decode(row[0]), int(row[1]))  # type: ignore[return-value]

    def load(self, conversation_id: str) -> dict | None:
        return self.load_versioned(conversation_id)[0]

    def commit(self, conversation_id: str, expected_version: int, state: dict) -> int | None:
        values = (encode(state), *columns(state))
        with self._errors(), self._write_lock:
            conn = self._connection()
            if expected_version == 0:
                cursor = conn.execute(
                    f"INSERT INTO conversations (id, {_COLUMNS}, version)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO NOTHING",
                    (conversation_id, *values),
                )
            else:
                cursor = conn.execute(
                    "UPDATE conversations SET state = ?, created = ?, updated = ?, finished = ?,"
                    " channel = ?, user = ?, domain = ?, version = version + 1"
                    " WHERE id = ? AND version = ?",
                    (*values, conversation_id, expected_version),
                )
        return expected_version + 1 if cursor.rowcount == 1 else None

    def save(self, conversation_id: str, state: dict) -> None:
        with self._errors(), self._write_lock:
            self._connection().execute(
                f"INSERT INTO conversations (id, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET state = excluded.state,"
                " created = excluded.created, updated = excluded.updated,"
                " finished = excluded.finished, channel = excluded.channel,"
                " user = excluded.user, domain = excluded.domain, version = version + 1",
                (conversation_id, encode(state), *columns(state)),
            )

    def delete(self, conversation_id: str) -> None:
        with self._errors(), self._write_lock:
            self._connection().execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def conversation_ids(self) -> list[str]:
        with self._errors():
            return [
                r[0]
                for r in self._connection().execute(
                    "SELECT id FROM conversations ORDER BY created, id"
                )
            ]

    def iter_states(
        self, start: float | None = None, end: float | None = None, batch: int = 200
    ) -> Iterator[tuple[str, dict]]:
        """(id, state) of the conversations created in [start, end), oldest first, read with a
        cursor in batches (constant memory) on a connection of its own."""
        with self._errors():
            conn = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        try:
            with self._errors():
                cursor = conn.execute(
                    "SELECT id, state FROM conversations WHERE created >= ? AND created < ?"
                    " ORDER BY created, id",
                    _bounds(start, end),
                )
            while True:
                with self._errors():
                    rows = cursor.fetchmany(batch)
                if not rows:
                    break
                for conversation_id, text in rows:
                    yield conversation_id, decode(text)  # type: ignore[misc]
        finally:
            conn.close()

    def count(self, start: float | None = None, end: float | None = None) -> int:
        with self._errors():
            return (
                self._connection()
                .execute(
                    "SELECT count(*) FROM conversations WHERE created >= ? AND created < ?",
                    _bounds(start, end),
                )
                .fetchone()[0]
            )

    def integrity_check(self) -> str:
        with self._errors():
            return self._connection().execute("PRAGMA integrity_check").fetchone()[0]


def _bounds(start: float | None, end: float | None) -> tuple[float, float]:
    return (float("-inf") if start is None else start, float("inf") if end is None else end)
