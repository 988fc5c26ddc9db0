"""The in-memory store: conversations kept in this process, no server needed (the `Runtime()`
default; `open_store("memory:")`).

State is stored as plain data and copied on save, so runs never share objects. A stored
snapshot is never changed in place (a commit replaces it), which is what lets a run read it
without a copy (`load_versioned` lends it). A commit is a compare-and-swap under one short
lock: no lock is held while a script runs.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from convoscript.store.base import created_of

SCHEMA_VERSION = 1


class MemoryStore:
    def __init__(self) -> None:
        self._data: dict[str, tuple[dict, int]] = {}
        self._guard = threading.Lock()

    def load_versioned(self, conversation_id: str) -> tuple[dict | None, int]:
        """The stored snapshot itself (not a copy: callers must not change it) and its
        version."""
        with self._guard:
            found = self._data.get(conversation_id)
        return (None, 0) if found is None else found

    def commit(self, conversation_id: str, expected_version: int, state: dict) -> int | None:
        snapshot = copy_plain(state)  # outside the lock: other conversations never wait on it
        with self._guard:
            found = self._data.get(conversation_id)
            if (found[1] if found is not None else 0) != expected_version:
                return None
            self._data[conversation_id] = (snapshot, expected_version + 1)
            return expected_version + 1

    def load(self, conversation_id: str) -> dict | None:
        found, _ = self.load_versioned(conversation_id)
        return copy_plain(found) if found is not None else None

    def save(self, conversation_id: str, state: dict) -> None:
        snapshot = copy_plain(state)
        with self._guard:
            found = self._data.get(conversation_id)
            self._data[conversation_id] = (snapshot, (found[1] if found else 0) + 1)

    def delete(self, conversation_id: str) -> None:
        with self._guard:
            self._data.pop(conversation_id, None)

    def conversation_ids(self) -> list[str]:
        return [cid for cid, _ in self._ordered()]

    def _ordered(self) -> list[tuple[str, float]]:
        with self._guard:
            items = [(cid, created_of(state)) for cid, (state, _) in self._data.items()]
        return sorted(items, key=lambda item: (item[1], item[0]))

    def iter_states(
        self, start: float | None = None, end: float | None = None
    ) -> Iterator[tuple[str, dict]]:
        """(id, state) of the conversations created in [start, end), oldest first."""
        for cid, created in self._ordered():
            if (start is None or created >= start) and (end is None or created < end):
                found = self.load(cid)
                if found is not None:
                    yield cid, found

    def count(self, start: float | None = None, end: float | None = None) -> int:
        return sum(
            1
            for _, created in self._ordered()
            if (start is None or created >= start) and (end is None or created < end)
        )

    def schema_version(self) -> int:
        return SCHEMA_VERSION

    def migrate(self) -> int:
        return SCHEMA_VERSION

    def close(self) -> None:
        pass


def copy_plain(value):
    """A deep copy of plain data (dicts and lists; every leaf is immutable). Leaves are taken
    inline, not by a call each: most stored values (metrics, flat variables) are leaves."""
    t = type(value)
    if t is dict:
        return {k: v if type(v) not in _CONTAINERS else copy_plain(v) for k, v in value.items()}
    if t is list:
        return [v if type(v) not in _CONTAINERS else copy_plain(v) for v in value]
    return value


_CONTAINERS = frozenset((dict, list))
