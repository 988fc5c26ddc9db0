"""One database connection per thread of this process, for the SQLite and PostgreSQL stores.

A connection is not shared between threads (runs on other conversations never wait for one
another's queries), nor across a fork (a worker process must not use its parent's socket or
file handle: a child opens its own). The store closes every connection it opened at `close`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar


class _Closable(Protocol):
    def close(self) -> None: ...


C = TypeVar("C", bound=_Closable)


class ThreadConnections(Generic[C]):
    """`get()` is this thread's connection, opened by `connect` on first use, or again when
    `usable(conn)` says the old one is broken, or when the process forked since."""

    def __init__(self, connect: Callable[[], C], usable: Callable[[C], bool] | None = None):
        self._connect = connect
        self._usable = usable
        self._local = threading.local()
        self._all: list[C] = []
        self._guard = threading.Lock()

    def get(self) -> C:
        conn: C | None = getattr(self._local, "conn", None)
        if conn is not None and (
            self._local.pid != os.getpid() or (self._usable is not None and not self._usable(conn))
        ):
            conn = None  # a forked child must not use its parent's connection
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            self._local.pid = os.getpid()
            with self._guard:
                self._all.append(conn)
        return conn

    def current(self) -> C | None:
        """This thread's connection, if it has opened one."""
        return getattr(self._local, "conn", None)

    def forget_current(self) -> None:
        """Drop this thread's connection (a broken one): the next `get` opens a fresh one."""
        self._local.conn = None

    def close_all(self, ignore: type[BaseException] | tuple[type[BaseException], ...]) -> None:
        """Close every connection opened (`ignore`: the errors of one already closed)."""
        with self._guard:
            conns, self._all = self._all, []
        for conn in conns:
            try:
                conn.close()
            except ignore:  # pragma: no cover - closed from another thread, or broken
                pass
        self._local = threading.local()
