"""The tenant's lists: `GET /v1/conversations` (paged, oldest first) and `GET /v1/libraries`.

Conversations come in the store's own export order, oldest first by creation time (ties by
id), because every backend streams that order with a cursor (`Store.iter_states`); newest
first would mean reading the whole store for every page. The page cursor (`next`, given back
as `after`) is the (created, id) of the page's last conversation, so a page continues after
it even while new conversations are created (they join the end)."""

from __future__ import annotations

import base64
import binascii
import json

from convoscript.export import iso_time
from convoscript.service.registry import is_conversation, tenant_prefix
from convoscript.service.schemas import ApiError
from convoscript.store.base import Store, created_of

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def page_limit(raw: str | None) -> int:
    """The `limit` query parameter: 1 to MAX_LIMIT, DEFAULT_LIMIT when absent."""
    if raw is None:
        return DEFAULT_LIMIT
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise ApiError(400, "InvalidField", f"limit must be a whole number from 1 to {MAX_LIMIT}")
    return int(raw)


def encode_cursor(created: float, key_id: str) -> str:
    text = json.dumps([created, key_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[float, str]:
    """The (created, id) a cursor holds; 400 for anything this service did not give."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        created, key_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if isinstance(created, bool) or not isinstance(created, (int, float)):
            raise ValueError("created")
        if not isinstance(key_id, str):
            raise ValueError("id")
        return float(created), key_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise ApiError(
            400, "InvalidField", "after must be the `next` cursor of an earlier page"
        ) from None


def conversations(store: Store, tenant: str, limit: int, after: str | None) -> dict:
    """One page of the tenant's conversations: {conversations: [{id, created, updated,
    closed}], next: the cursor of the next page or None}."""
    start: float | None = None
    mark: tuple[float, str] | None = None
    if after is not None:
        mark = decode_cursor(after)
        start = mark[0]
    prefix = tenant_prefix(tenant)
    page: list[dict] = []
    last: tuple[float, str] | None = None
    for key, state in store.iter_states(start, None):
        if not is_conversation(key, tenant):
            continue
        created = created_of(state)
        if mark is not None and (created, key) <= mark:
            continue  # on the earlier page (same creation time, id not after the cursor's)
        if len(page) == limit:
            # one more exists: the next page starts after this page's last conversation
            return {"conversations": page, "next": encode_cursor(*last)}  # type: ignore[misc]
        meta = state.get("meta")
        if not isinstance(meta, dict):
            meta = {}
        updated = meta.get("updated")
        page.append(
            {
                "id": key[len(prefix) :],
                "created": iso_time(created),
                "updated": iso_time(updated if isinstance(updated, (int, float)) else created),
                "closed": bool(meta.get("finished")),
            }
        )
        last = (created, key)
    return {"conversations": page, "next": None}


def libraries(store: Store, tenant: str) -> dict:
    """The tenant's registered libraries, by name: {libraries: [{name, digest}]}."""
    prefix = f"{tenant_prefix(tenant)}~library/"
    found = []
    for key in store.conversation_ids():
        if key.startswith(prefix):
            record = store.load(key)
            if record is not None:
                found.append({"name": record["name"], "digest": record.get("digest")})
    return {"libraries": sorted(found, key=lambda lib: lib["name"])}
