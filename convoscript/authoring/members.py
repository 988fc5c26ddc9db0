"""What a script may call on a Java type, read from the library's signature lines: instance
methods (the class's own, its supertypes' and the GDK's for any of them), static methods and
fields, constructors, and the class names a script can write. Editor completion and hover
(catalog.py) list these; nothing here runs or binds anything.

The signature lines carry parameter types but no return types (Jenkins' whitelist format), so a
member is shown as `String.replaceAll(String, String)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from convoscript.lib import signature_files
from convoscript.runtime.door import allowlist, surface


@dataclass(frozen=True)
class Member:
    """One overload a script may call: `form` is "method" (instance or GDK), "staticMethod",
    "new" or "staticField"; `declared_by` is the class or GDK class whose line declares it."""

    form: str
    owner: str
    name: str
    params: tuple[str, ...]
    declared_by: str
    where: str

    @property
    def gdk(self) -> bool:
        return self.declared_by != self.owner

    def signature(self) -> str:
        """`String.replaceAll(String, String)`; a field without parentheses."""
        owner = simple(self.owner)
        if self.form == "staticField":
            return f"{owner}.{self.name}"
        params = ", ".join(simple(p) for p in self.params)
        if self.form == "new":
            return f"new {owner}({params})"
        return f"{owner}.{self.name}({params})"

    def java_signature(self) -> str:
        """The overload with qualified names, as the signature line declares it."""
        params = ", ".join(self.params)
        if self.form == "staticField":
            return f"static {self.owner}.{self.name}"
        if self.form == "new":
            return f"new {self.owner}({params})"
        static = "static " if self.form == "staticMethod" else ""
        return f"{static}{self.owner}.{self.name}({params})"

    def documentation(self) -> str:
        if self.gdk:
            return (
                f"GDK method `{simple(self.declared_by)}.{self.name}` on "
                f"`{self.owner}`, allowed by {self.where}"
            )
        kind = {"staticField": "static field", "new": "constructor"}.get(self.form, "")
        kind = kind or ("static method" if self.form == "staticMethod" else "method")
        return f"Java {kind} of `{self.owner}`, allowed by {self.where}"


def simple(java_type: str) -> str:
    """`java.util.Map$Entry` → `Map.Entry`, `java.lang.String[]` → `String[]`."""
    return java_type.rsplit(".", 1)[-1].replace("$", ".")


@dataclass(frozen=True)
class _Index:
    instance: dict[str, list[Member]]  # receiver Java type -> its declared instance methods
    static: dict[str, list[Member]]  # class -> static methods, fields and constructors
    supertypes: dict[str, tuple[str, ...]]  # Java type -> itself and what it is assignable to


@cache
def _index() -> _Index:
    instance: dict[str, list[Member]] = {}
    static: dict[str, list[Member]] = {}
    for file, number, text in signature_files.load():
        where = f"{file}:{number}"
        sig = surface.parse(text, where)
        if sig.form in ("method", "field") or sig.is_gdk:
            member = Member("method", sig.receiver, sig.name, sig.call_params, sig.owner, where)
            instance.setdefault(sig.receiver, []).append(member)
        elif sig.form in ("staticMethod", "new", "staticField"):
            owner = sig.static_owner
            member = Member(sig.form, owner, sig.name, sig.call_params, sig.owner, where)
            static.setdefault(owner, []).append(member)
    supertypes: dict[str, tuple[str, ...]] = {}
    for types in signature_files.load_kinds().values():
        supertypes.setdefault(types[0], types)
    return _Index(instance, static, supertypes)


def supertypes(java_type: str) -> tuple[str, ...]:
    """The type and everything it is assignable to, java.lang.Object last (its methods are
    the most general)."""
    found = _index().supertypes.get(java_type, (java_type,))
    return (*(t for t in found if t != "java.lang.Object"), "java.lang.Object")


def instance_methods(java_type: str) -> list[Member]:
    """Every instance overload callable on a value of this type: its own first, then its
    supertypes' (GDK methods included), each name/parameter list once."""
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[Member] = []
    index = _index()
    for t in supertypes(java_type):
        for member in index.instance.get(t, ()):
            key = (member.name, member.params)
            if key not in seen:
                seen.add(key)
                out.append(member)
    return out


def static_members(java_class: str) -> list[Member]:
    """Static methods and fields of a class, and its constructors."""
    return list(_index().static.get(java_class, ()))


def class_names() -> dict[str, str]:
    """Simple name → qualified name of the classes a script may name without an import."""
    allowlist.ensure_library_loaded()
    return dict(allowlist.CLASS_NAMES)


def resolve(name: str) -> str | None:
    """The qualified class a script's type name means (simple or qualified), or None."""
    return allowlist.resolve_type_name(name)
