"""The Store protocol every backend implements, and what the backends share.

A conversation is stored as plain data (docs/state.md) with a **version**: 0 means "no such
conversation", the first commit makes version 1, every commit adds one. A run loads
`(state, version)`, runs with no store lock held, and commits with a compare-and-swap:
`commit(id, expected_version, new_state)` writes only if the stored version is still
`expected_version` and returns the new version, else None (another commit landed first: the
engine runs again from the fresh state). That gives every conversation a total order of
commits while runs on different conversations never wait for each other.

Backends: `MemoryStore` (this process), `SQLiteStore` (one file, embedded default),
`PostgresStore` (shared, durable) and `RedisStore` (shared, fast); `open_store(url)` picks one.
Every driver failure reaches callers as `convoscript.errors.StoreError`, never the driver's
own exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable


@runtime_checkable
class Store(Protocol):
    """What the engine, the export and the CLI need from a conversation store."""

    def load_versioned(self, conversation_id: str) -> tuple[dict | None, int]:
        """The stored state (None if absent) and its version (0 if absent). The state may be
        the store's own snapshot (never changed in place): callers must not change it."""
        ...

    def commit(self, conversation_id: str, expected_version: int, state: dict) -> int | None:
        """Write `state` if the stored version is `expected_version` (0: the conversation must
        not exist yet), atomically; the new version, or None on a conflict."""
        ...

    def load(self, conversation_id: str) -> dict | None:
        """A copy of the stored state, or None."""
        ...

    def save(self, conversation_id: str, state: dict) -> None:
        """Write `state` whatever the stored version (imports, tests, repairs)."""
        ...

    def delete(self, conversation_id: str) -> None: ...

    def conversation_ids(self) -> list[str]:
        """Every conversation, oldest first."""
        ...

    def iter_states(
        self, start: float | None = None, end: float | None = None
    ) -> Iterator[tuple[str, dict]]:
        """(id, state) of the conversations created in [start, end), oldest first, streamed
        (constant memory): what the export reads."""
        ...

    def count(self, start: float | None = None, end: float | None = None) -> int: ...

    def schema_version(self) -> int:
        """The schema version the store holds (0: none yet)."""
        ...

    def migrate(self) -> int:
        """Create or upgrade the schema to this version of convoscript's; returns it."""
        ...

    def close(self) -> None: ...


def columns(state: dict) -> tuple[float, float, float | None, str | None, str | None, str | None]:
    """The indexed columns a table-backed store keeps beside the state, from its `meta`:
    created, updated, finished, channel, user, domain."""
    meta = _meta(state)
    created = _number(meta.get("created"))
    return (
        created,  # type: ignore[return-value]
        _number(meta.get("updated"), created),  # type: ignore[arg-type]
        _number(meta.get("finished"), None),
        _text(meta.get("channel")),
        _text(_user_key(meta.get("user"))),
        _text(meta.get("domain")),
    )


def created_of(state: dict) -> float:
    """When the conversation was created (epoch seconds; 0 when unknown): the export's order."""
    value = _number(_meta(state).get("created"))
    return 0.0 if value is None else value


def _meta(state: object) -> dict:
    """The state's `meta` object, or an empty one: a store never fails on what it holds."""
    meta = state.get("meta") if isinstance(state, dict) else None
    return meta if isinstance(meta, dict) else {}


def schema_mismatch(where: str, found: int, wanted: int) -> str:
    """The message for a store whose schema this convoscript cannot use as it is."""
    if found > wanted:
        return (
            f"the store at {where} has schema version {found}, made by a newer convoscript "
            f"(this one knows up to {wanted}): upgrade convoscript"
        )
    return (
        f"the store at {where} has schema version {found}, this convoscript needs {wanted}: "
        f"run `convoscript store migrate {where}` (or open_store(url, migrate=True))"
    )


def _number(value: object, default: float | None = 0.0) -> float | None:
    if isinstance(value, bool):
        return default
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return default
    return number if number == number else default  # NaN sorts nowhere


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _user_key(user: object) -> object:
    if isinstance(user, dict):
        return user.get("id") or user.get("name") or user.get("email")
    return user
