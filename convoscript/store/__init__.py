"""Conversation state persistence: the store interface and two stores.

A store offers `lock(id)` (a context manager: runs on one conversation never interleave, and
what is saved inside it is committed together), `load(id) -> dict | None`, `save(id, dict)` and
`conversation_ids()`; for export also `iter_states(start, end)`. Optionally
`load_shared(id)`: the stored state itself, which a run (holding the lock) only reads and copies
from, so it need not be copied for it; a store offering it never changes a snapshot in place.

- `MemoryStore`: in this process only (the `Runtime()` default).
- `SQLiteStore(path)`: durable, one file, safe across threads and processes.
"""

from convoscript.store.memory import MemoryStore
from convoscript.store.sqlite import SQLiteStore

__all__ = ["MemoryStore", "SQLiteStore"]
