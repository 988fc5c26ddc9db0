"""Registered scripts and libraries, kept in the conversation store itself so that every
`serve` process sharing the store (several workers, several hosts) sees them.

Everything a tenant owns lives under its namespace in the store: conversation ids are
`TENANT/ID`, and the registry's records `TENANT/~script/NAME` (the name's current digest and
its past ones), `TENANT/~digest/DIGEST` (the source and the libraries' sources it was compiled
with: a digest stays runnable after its name moves on) and `TENANT/~library/NAME`. Client ids
never hold `/` or `~` (schemas.ID_PATTERN), so they cannot reach another tenant's records or
the registry's; the export and the conversation endpoints skip `~` records.

Records are plain dicts written with `Store.save`: the last registration of a name wins, and a
digest record never changes once written (its key is its content's digest)."""

from __future__ import annotations

from convoscript.service.schemas import ApiError
from convoscript.store.base import Store

REGISTRY_MARK = "/~"


def conversation_key(tenant: str, conversation_id: str) -> str:
    return f"{tenant}/{conversation_id}"


def tenant_prefix(tenant: str) -> str:
    return f"{tenant}/"


def is_conversation(key: str, tenant: str) -> bool:
    """Whether a store key is one of `tenant`'s conversations (not a registry record)."""
    return key.startswith(tenant_prefix(tenant)) and REGISTRY_MARK not in key


class Registry:
    """One tenant's scripts and libraries in `store`."""

    def __init__(self, store: Store, tenant: str):
        self.store = store
        self.tenant = tenant

    def _key(self, kind: str, name: str) -> str:
        return f"{self.tenant}/~{kind}/{name}"

    def library(self, name: str) -> dict:
        found = self.store.load(self._key("library", name))
        if found is None:
            raise ApiError(404, "UnknownLibrary", f"no library named {name!r}")
        return found

    def libraries_for(self, names: list[str]) -> list[dict]:
        """The library records `names` need, with the ones they import (each once)."""
        out: dict[str, dict] = {}
        pending = list(names)
        while pending:
            name = pending.pop()
            if name not in out:
                out[name] = self.library(name)
                pending.extend(out[name].get("imports", []))
        return [out[name] for name in sorted(out)]

    def save_library(self, name: str, source: str, imports: list[str], digest: str) -> None:
        record = {
            "kind": "library",
            "name": name,
            "source": source,
            "imports": imports,
            "digest": digest,
        }
        self.store.save(self._key("library", name), record)

    def save_script(
        self, name: str, digest: str, source: str, filename: str, libraries: list[dict]
    ) -> None:
        """Write the digest's record, then point the name at it (keeping its past digests)."""
        self.store.save(
            self._key("digest", digest),
            {
                "kind": "digest",
                "name": name,
                "source": source,
                "filename": filename,
                "libraries": libraries,
            },
        )
        current = self.store.load(self._key("script", name)) or {"versions": []}
        versions = [d for d in current.get("versions", []) if d != digest] + [digest]
        self.store.save(
            self._key("script", name),
            {"kind": "script", "name": name, "digest": digest, "versions": versions[-100:]},
        )

    def script(self, name: str) -> dict:
        """The digest record a script name points at now."""
        pointer = self.store.load(self._key("script", name))
        if pointer is None:
            raise ApiError(404, "UnknownScript", f"no script named {name!r}")
        return self.digest(pointer["digest"])

    def digest(self, digest: str) -> dict:
        found = self.store.load(self._key("digest", digest))
        if found is None:
            raise ApiError(404, "UnknownDigest", f"no script with digest {digest}")
        return found
