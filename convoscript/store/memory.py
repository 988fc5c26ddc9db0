"""The embedded default store: conversations kept in this process, no server needed.

State is stored as plain data and copied on every load and save, so runs never share objects.
A stored snapshot is never changed in place (a save replaces it), which is what lets a run read
it without a copy (`load_shared`). A per-conversation lock makes two runs on one conversation
wait for each other.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator


class MemoryStore:
    def __init__(self) -> None:
        self._data: dict[str, dict] = {}
        self._locks: dict[str, threading.RLock] = {}
        self._guard = threading.Lock()

    def lock(self, conversation_id: str) -> threading.RLock:
        """The conversation's lock itself (a context manager; re-entrant): no generator or new
        RLock per call, as every run takes it twice (load, then save)."""
        lock = self._locks.get(conversation_id)
        if lock is None:
            with self._guard:
                lock = self._locks.setdefault(conversation_id, threading.RLock())
        return lock

    def load(self, conversation_id: str) -> dict | None:
        with self._guard:
            found = self._data.get(conversation_id)
        return copy_plain(found) if found is not None else None

    def load_shared(self, conversation_id: str) -> dict | None:
        """The stored snapshot itself, not a copy: for a run that copies what it uses (its
        variables and conversation data are converted afresh). The caller holds the
        conversation's lock, must not change the snapshot and must not let any part of it
        escape to host code or into the run."""
        with self._guard:
            return self._data.get(conversation_id)

    def save(self, conversation_id: str, state: dict) -> None:
        snapshot = copy_plain(state)
        with self._guard:
            self._data[conversation_id] = snapshot

    def conversation_ids(self) -> list[str]:
        with self._guard:
            return list(self._data)

    def iter_states(
        self, start: float | None = None, end: float | None = None
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
    meta = state.get("meta")
    try:
        return float((meta if isinstance(meta, dict) else {}).get("created") or 0)
    except (TypeError, ValueError, OverflowError):
        return 0.0


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
