"""Traits (`trait Auditable { List history = []; void record(e) { ... } }`), as flow scripts use
them: reusable fields and methods mixed into the classes that implement the trait.

Before resolution, each class that implements a trait (directly, or through a trait that
extends another) gets a copy of the trait's fields and of its methods with a body, unless the
class declares a field or a method of that name and parameter count itself; when two traits
give the same member, the one named last in `implements` wins, as in Groovy. The trait then
stays only as a type: an interface without members, so `x instanceof Auditable` holds for the
classes that implement it. Each class gets its own copy, so a field is per instance and a
static field per class, as Groovy's trait fields are; abstract methods of a trait only say
what the class must provide, and are dropped.
"""

from __future__ import annotations

import copy

from convoscript.grammar import nodes as n


def expand_traits(module: n.Module) -> None:
    """Mix every trait's members into the classes of `module` that implement it (in place)."""
    classes = [s for s in module.body if isinstance(s, n.ClassDef)]
    traits = {c.name: c for c in classes if c.kind == "trait"}
    if not traits:
        return
    members = {name: (list(t.fields), list(t.methods)) for name, t in traits.items()}
    for cls in classes:
        if cls.kind == "trait":
            continue
        for trait in _traits_of(cls, traits):
            fields, methods = members[trait.name]
            _mix(cls, fields, methods)
    for trait in traits.values():
        trait.kind = "interface"
        trait.fields, trait.methods, trait.constructors = [], [], []


def _traits_of(cls: n.ClassDef, traits: dict[str, n.ClassDef]) -> list[n.ClassDef]:
    """The traits `cls` implements, the winning one first (the last named, then what it
    extends), each once."""
    order: list[n.ClassDef] = []

    def visit(name: str, trail: tuple[str, ...]) -> None:
        trait = traits.get(name)
        if trait is None or name in trail or trait in order:
            return
        order.append(trait)
        for parent in reversed(trait.interfaces):
            visit(parent, (*trail, name))

    for name in reversed(cls.interfaces):
        visit(name, ())
    return order


def _mix(cls: n.ClassDef, fields: list[n.VarDecl], methods: list[n.MethodDef]) -> None:
    have_fields = {f.name for f in cls.fields}
    for field in fields:
        if field.name not in have_fields:
            cls.fields.append(copy.deepcopy(field))
            have_fields.add(field.name)
    have_methods = {(m.name, len(m.params)) for m in cls.methods}
    for method in methods:
        key = (method.name, len(method.params))
        if method.abstract or key in have_methods:
            continue
        cls.methods.append(copy.deepcopy(method))
        have_methods.add(key)
