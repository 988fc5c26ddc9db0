"""The embedded default store: conversations kept in this process, no server needed.

State is stored as plain data and copied on every load and save, so runs never share objects.
A per-conversation lock makes two runs on one conversation wait for each other.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class MemoryStore:
    def __init__(self) -> None:
        self._data: dict[str, dict] = {}
        self._locks: dict[str, threading.RLock] = {}
        self._guard = threading.Lock()

    @contextmanager
    def lock(self, conversation_id: str) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(conversation_id, threading.RLock())
        with lock:
            yield

    def load(self, conversation_id: str) -> dict | None:
        with self._guard:
            found = self._data.get(conversation_id)
        return copy_plain(found) if found is not None else None

    def save(self, conversation_id: str, state: dict) -> None:
        snapshot = copy_plain(state)
        with self._guard:
            self._data[conversation_id] = snapshot

    def conversation_ids(self) -> list[str]:
        with self._guard:
            return list(self._data)

    def iter_states(self, start: float | None = None, end: float | None = None
                    ) -> Iterator[tuple[str, dict]]:
        """(id, state) of the conversations created in [start, end), oldest first."""
        with self._guard:
            items = list(self._data.items())
        keyed = sorted(((_created(state), cid) for cid, state in items))
        for created, cid in keyed:
            if (start is None or created >= start) and (end is None or created < end):
                found = self.load(cid)
                if found is not None:
                    yield cid, found

    def count(self, start: float | None = None, end: float | None = None) -> int:
        return sum(1 for _ in self.iter_states(start, end))


def _created(state: dict) -> float:
    try:
        return float((state.get("meta") or {}).get("created") or 0)
    except (TypeError, ValueError):
        return 0.0


def copy_plain(value):
    """A deep copy of plain data (dicts and lists; every leaf is immutable)."""
    if type(value) is dict:
        return {k: copy_plain(v) for k, v in value.items()}
    if type(value) is list:
        return [copy_plain(v) for v in value]
    return value
