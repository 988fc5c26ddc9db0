"""The durable embedded store: every conversation in one SQLite file, no server.

- A run's effects are committed in one transaction at the end of the run: `lock(id)` opens a
  write transaction (`BEGIN IMMEDIATE`), the run loads and saves inside it, and leaving the
  block commits (or rolls back on an exception). A process killed mid-run leaves the
  conversation as it was: SQLite discards the uncommitted transaction.
- Safe from many threads (one connection per thread) and many processes on one file (WAL mode,
  a busy timeout). SQLite has one writer at a time per file, so runs that hold `lock` are
  serialised file-wide; threads of one process queue on a Python lock first so they hand the
  write lock over without SQLite's sleeping busy handler.
- State is stored as JSON written by `convoscript.jsonio` (Decimals keep their exact digits;
  see `codec` for Doubles and non-string map keys).
  Columns beside the state (created/updated/finished, channel, user, domain) come from the
  state's `meta` object and index the export.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from convoscript.store.codec import decode, encode

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    finished REAL,
    channel TEXT,
    user TEXT,
    domain TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS conversations_created ON conversations(created, id);
"""


class SQLiteStore:
    """Conversations in one SQLite database file (created if missing)."""

    def __init__(self, path: str | os.PathLike, busy_timeout: float = 60.0):
        self.path = os.fspath(path)
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._write_lock = threading.RLock()  # threads of this process take turns writing
        self._connections: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        conn = self._connection()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    conn.execute(statement)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    # ---- connections ---------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid != os.getpid():
            conn = None  # a forked child must not use its parent's connection
        if conn is None:
            conn = sqlite3.connect(
                self.path, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
            )
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":  # pragma: no cover - e.g. a file system without mmap
                raise sqlite3.OperationalError(f"cannot switch {self.path} to WAL mode")
            conn.execute("PRAGMA synchronous = NORMAL")
            self._local.conn = conn
            self._local.pid = os.getpid()
            self._local.depth = 0
            with self._guard:
                self._connections.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection this store opened (call when no run is in progress)."""
        with self._guard:
            conns, self._connections = self._connections, []
        for conn in conns:
            try:
                conn.close()
            except sqlite3.ProgrammingError:  # pragma: no cover - closed from another thread
                pass
        self._local = threading.local()

    # ---- the store interface --------------------------------------------------------------
    @contextmanager
    def lock(self, conversation_id: str) -> Iterator[None]:
        """One write transaction: loads and saves inside it commit together at the end."""
        conn = self._connection()
        if self._local.depth:  # re-entered by the same thread: already in the transaction
            self._local.depth += 1
            try:
                yield
            finally:
                self._local.depth -= 1
            return
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            self._local.depth = 1
            try:
                yield
            except BaseException:
                self._local.depth = 0
                conn.execute("ROLLBACK")
                raise
            self._local.depth = 0
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def load(self, conversation_id: str) -> dict | None:
        row = (
            self._connection()
            .execute("SELECT state FROM conversations WHERE id = ?", (conversation_id,))
            .fetchone()
        )
        return None if row is None else decode(row[0])  # type: ignore[return-value]

    def save(self, conversation_id: str, state: dict) -> None:
        meta = state.get("meta") or {}
        created = _number(meta.get("created"))
        updated = _number(meta.get("updated"), created)
        row = (
            conversation_id,
            encode(state),
            created,
            updated,
            _number(meta.get("finished"), None),
            _text(meta.get("channel")),
            _text(_user_key(meta.get("user"))),
            _text(meta.get("domain")),
        )
        sql = (
            "INSERT INTO conversations (id, state, created, updated, finished, channel, user,"
            " domain) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " state = excluded.state, created = excluded.created, updated = excluded.updated,"
            " finished = excluded.finished, channel = excluded.channel,"
            " user = excluded.user, domain = excluded.domain, version = version + 1"
        )
        if self._local.__dict__.get("depth"):
            self._connection().execute(sql, row)
        else:
            with self.lock(conversation_id):
                self._connection().execute(sql, row)

    def delete(self, conversation_id: str) -> None:
        with self.lock(conversation_id):
            self._connection().execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def conversation_ids(self) -> list[str]:
        return [
            r[0]
            for r in self._connection().execute("SELECT id FROM conversations ORDER BY created, id")
        ]

    def iter_states(
        self, start: float | None = None, end: float | None = None, batch: int = 200
    ) -> Iterator[tuple[str, dict]]:
        """(id, state) of the conversations created in [start, end), oldest first, read with a
        cursor in batches (constant memory) on a connection of its own."""
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        try:
            cursor = conn.execute(
                "SELECT id, state FROM conversations WHERE created >= ? AND created < ?"
                " ORDER BY created, id",
                (float("-inf") if start is None else start, float("inf") if end is None else end),
            )
            while True:
                rows = cursor.fetchmany(batch)
                if not rows:
                    break
                for conversation_id, text in rows:
                    yield conversation_id, decode(text)  # type: ignore[misc]
        finally:
            conn.close()

    def count(self, start: float | None = None, end: float | None = None) -> int:
        return (
            self._connection()
            .execute(
                "SELECT count(*) FROM conversations WHERE created >= ? AND created < ?",
                (float("-inf") if start is None else start, float("inf") if end is None else end),
            )
            .fetchone()[0]
        )

    def integrity_check(self) -> str:
        return self._connection().execute("PRAGMA integrity_check").fetchone()[0]


def _number(value: object, default: float | None = 0.0) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _user_key(user: object) -> object:
    if isinstance(user, dict):
        return user.get("id") or user.get("name") or user.get("email")
    return user
