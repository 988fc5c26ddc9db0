"""The service handles as an editor shows them: each binding name, its Java class, and its
script methods with their overloads and docs. Overloads come from the service registry (what a
run accepts); return types and docs from docs/services.md, snapshotted into handle_docs.json by
tools/gen_handle_docs.py (a test keeps the two in step), else from the method's docstring."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from convoscript.services.registry import HANDLE_CLASSES, HANDLE_MAKERS

_DOCS_FILE = Path(__file__).with_name("handle_docs.json")


@dataclass(frozen=True)
class HandleMethod:
    handle: str  # binding name
    name: str
    overloads: tuple[tuple[str, ...], ...]  # parameter types, as the registry declares them
    returns: str  # "" when the docs do not say
    doc: str

    def signatures(self) -> list[str]:
        """`void upsertMetric(String, String)`, one per overload."""
        head = f"{self.returns} " if self.returns else ""
        return [f"{head}{self.name}({', '.join(types)})" for types in self.overloads]


@dataclass(frozen=True)
class Handle:
    name: str  # the binding name scripts use
    java_class: str
    methods: tuple[HandleMethod, ...]

    def method(self, name: str) -> HandleMethod | None:
        return next((m for m in self.methods if m.name == name), None)


@cache
def _docs() -> dict[str, dict[str, dict[str, str]]]:
    return json.loads(_DOCS_FILE.read_text(encoding="utf-8"))


@cache
def handles() -> dict[str, Handle]:
    """binding name -> Handle, in the registry's order; the constant holders (`DatumType`, ...)
    are handles without methods."""
    docs = _docs()
    out: dict[str, Handle] = {}
    for cls in HANDLE_CLASSES:
        written = docs.get(cls.binding_name, {})
        methods = []
        for name, overloads in cls._table.items():
            entry = written.get(name, {})
            docstring = " ".join((overloads[0][1].__doc__ or "").split())
            methods.append(
                HandleMethod(
                    cls.binding_name,
                    name,
                    tuple(types for types, _ in overloads),
                    entry.get("returns", ""),
                    entry.get("doc", "") or docstring,
                )
            )
        out[cls.binding_name] = Handle(cls.binding_name, cls.java_class, tuple(methods))
    for name in HANDLE_MAKERS:
        out.setdefault(name, Handle(name, "constants", ()))
    return out
