"""Coverage of the target surface: for each target class, which of the members it declares
convoscript implements (a signature line in convoscript/lib/*/signatures.txt), refuses on
purpose (the door's deny-lists; reasons in docs/sandbox.md) or is missing.

Used by tools/gen_allowlist_doc.py (docs/allowlist.md); needs no JVM: the target lines were
written by `tools/surface/reflect.py --target`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from convoscript.lib import signature_files
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.surface import Signature, parse

TARGET_LINES = Path(__file__).resolve().parent / "target-signatures.txt"


@dataclass
class ClassCoverage:
    implemented: list[str] = field(default_factory=list)
    denied: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.implemented) + len(self.denied) + len(self.missing)


def owner_of(sig: Signature) -> str:
    """The class a member counts for: a GDK method's receiver, a static extension's class."""
    if sig.is_gdk:
        return sig.receiver
    return sig.static_owner if sig.form in ("staticMethod", "new", "staticField") else sig.owner


def _denied(sig: Signature, owner: str) -> bool:
    if owner in allowlist.DENIED_CLASSES and owner != "java.lang.Class":
        return True
    if sig.name in allowlist.DENIED_MEMBERS:
        return True
    return owner == "java.lang.Class" and sig.name in allowlist.CLASS_DENIED_METHODS


def measure() -> dict[str, ClassCoverage]:
    ours = [parse(text, f"{path}:{n}") for path, n, text in signature_files.load()]
    exact = {s.text for s in ours}
    # an instance method counts as implemented when a line declares it for the class or a
    # supertype (ArrayList's add(int, Object) is java.util.List's line)
    by_shape = {(s.form, s.owner, s.name, s.params) for s in ours if s.form == "method"}
    supers: dict[str, list[str]] = {}
    targets: list[Signature] = []
    for number, text in signature_files.read_lines(TARGET_LINES):
        if text.startswith("supers "):
            _, cls, *types = text.split()
            supers[cls] = types
        else:
            targets.append(parse(text, f"target-signatures.txt:{number}"))
    # a class a script can get hold of: by name, by `new`, or as a value the library makes
    usable = (
        set(allowlist.CLASS_NAMES.values())
        | set(allowlist.IMPORTABLE)
        | set(allowlist.CONSTRUCTORS)
        | {owner_of(s) for s in ours}
        | {types[0] for types in signature_files.load_kinds().values() if types}
    )
    out: dict[str, ClassCoverage] = {}
    for sig in targets:
        owner = owner_of(sig)
        cov = out.setdefault(owner, ClassCoverage())
        line = sig.text
        if owner not in usable:
            (cov.denied if _denied(sig, owner) else cov.missing).append(line)
        elif (
            line in exact
            or sig.form == "method"
            and any(("method", t, sig.name, sig.params) in by_shape for t in supers.get(owner, ()))
        ):
            cov.implemented.append(line)
        elif _denied(sig, owner):
            cov.denied.append(line)
        else:
            cov.missing.append(line)
    return out
