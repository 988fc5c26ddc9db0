"""`obj.properties` of an instance of a script class: Groovy's map of its bean properties.

What the map holds is the object's own values (as its getters answer) and `class` (a class
reference, a sandboxed value); never its metaclass, fields without accessors, or anything of
the host. Groovy 2.4 orders the map as its MetaClassImpl's property index iterates: a
`SingleKeyHashMap` (32 buckets, Groovy's own hash spreading, entries added at the head of
their bucket, doubled when 3/4 full) walked from the last bucket down. Entries are added field
by field in declaration order (the class's own, then its superclasses'), Groovy's generated
fields, then the getters by method name (`getClass` among them). Checked on Groovy 2.4
against classes whose names share buckets, with getter-only and inherited properties.
"""

from __future__ import annotations

from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.model.exceptions import GroovyThrowable

# Fields Groovy generates in every class (private: never in the map, but they fill the index)
_GENERATED_FIELDS = ("$staticClassInfo", "__$stMC", "metaClass", "$callSiteArray")
# Getters every Groovy object has; only `class` is in the map (the others are filtered out)
_OBJECT_GETTERS = ("getClass", "getMetaClass", "getMetaPropertyValues", "getProperties")
_HIDDEN = frozenset({"metaClass", "metaPropertyValues", "properties"})


def _java_string_hash(text: str) -> int:
    """Java's String.hashCode, over UTF-16 code units."""
    data = text.encode("utf-16-be")
    h = 0
    for i in range(0, len(data), 2):
        h = (31 * h + (data[i] << 8 | data[i + 1])) & 0xFFFFFFFF
    return h


def _spread(h: int) -> int:
    """ComplexKeyHashMap.hash: Groovy's bit spreading of a hashCode (32-bit arithmetic)."""
    m = 0xFFFFFFFF
    h = (h + (~(h << 9) & m)) & m
    h ^= h >> 14
    h = (h + (h << 4)) & m
    h ^= h >> 10
    return h


def index_order(names: list[str]) -> list[str]:
    """The order a SingleKeyHashMap filled with `names` (in this order) iterates them."""
    table: list[list[tuple[int, str]]] = [[] for _ in range(32)]
    threshold = 24
    for name in names:
        h = _spread(_java_string_hash(name))
        table[h & (len(table) - 1)].insert(0, (h, name))
        if sum(len(b) for b in table) == threshold:  # resize: each chain re-added head-first
            bigger: list[list[tuple[int, str]]] = [[] for _ in range(2 * len(table))]
            for bucket in table:
                for entry in bucket:
                    bigger[entry[0] & (len(bigger) - 1)].insert(0, entry)
            table, threshold = bigger, 6 * len(bigger) // 8
    return [name for bucket in reversed(table) for _, name in bucket]


def _decapitalize(rest: str) -> str:
    """java.beans.Introspector.decapitalize: `URL` stays, `Name` becomes `name`."""
    if len(rest) > 1 and rest[0].isupper() and rest[1].isupper():
        return rest
    return rest[:1].lower() + rest[1:]


def _getters(cls) -> tuple[dict[str, str], set[str]]:
    """Method name -> property name, for the no-argument get/is methods of the class chain,
    and the properties only an `isX()` method answers (Groovy needs a boolean from it)."""
    found: dict[str, str] = {name: _decapitalize(name[3:]) for name in _OBJECT_GETTERS}
    for c in cls.chain():
        for name, overloads in c.methods.items():
            for prefix in ("get", "is"):
                rest = name[len(prefix) :]
                takes_none = any(meta.min_args == 0 for _, meta in overloads)
                if name.startswith(prefix) and rest[:1].isupper() and takes_none:
                    found[name] = _decapitalize(rest)
    from_get = {prop for method, prop in found.items() if method.startswith("get")}
    return found, {prop for prop in found.values() if prop not in from_get}


def properties_map(obj) -> dict:
    """Groovy's `obj.getProperties()` for a script object (`obj` is an ObjectBehaviour)."""
    cls = obj.cls
    names: list[str] = []
    visible: set[str] = set()
    fields: set[str] = set()
    for c in cls.chain():
        for name in c.field_order:
            names.append(name)
            fields.add(name)
            meta = c.fields.get(name) or c.static_fields.get(name)
            if meta is not None and meta.visibility is None:
                visible.add(name)
    names.extend(_GENERATED_FIELDS)
    getters, boolean_only = _getters(cls)
    for method in sorted(getters):
        names.append(getters[method])
        visible.add(getters[method])
    unique = list(dict.fromkeys(names))  # a name is indexed once, where it first came
    result: dict = {}
    for name in index_order(unique):
        if name not in visible or name in _HIDDEN:
            continue
        if name == "class":
            result[name] = ClassRef(cls.name)
            continue
        try:  # Groovy leaves out a property whose getter fails
            value = obj.script_getprop(name)
        except GroovyThrowable:
            continue
        if name in boolean_only and name not in fields and type(value) is not bool:
            continue
        result[name] = value
    return result
