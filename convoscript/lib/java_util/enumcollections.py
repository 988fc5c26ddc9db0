"""java.util.EnumSet and java.util.EnumMap over the script's own enums.

An EnumSet (`EnumSet.of(Day.MON, Day.FRI)`, `noneOf(Day)`, `allOf`, `range`, `complementOf`,
`copyOf`) and an EnumMap (`new EnumMap(Day)`, `new EnumMap(map)`) keep their elements or keys
in the enum's declaration (ordinal) order, refuse null (NullPointerException) and constants of
another enum (ClassCastException). EnumSet prints as `java.util.RegularEnumSet`; its other
methods are the Set GDK (`findAll` gives a LinkedHashSet, `plus` an EnumSet); EnumMap's are
the Map GDK. Checked on Groovy 2.4.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import _elements, _is_collection, map_contents
from convoscript.lib.java_util.orderedmap import PUT_METHODS
from convoscript.lib.java_util.treemap import TreeMap
from convoscript.runtime.core import upcalls
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door.scriptclasses import ObjectBehaviour, ScriptClass
from convoscript.runtime.door.signatures import NoSignature, arity, charge, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable

_SET_KINDS = ("Set", "Collection", "Object")


def _constant_of(cls: ScriptClass, value: object) -> ObjectBehaviour:
    """`value` as a constant of enum `cls`: null and other classes fail as in Java."""
    if value is None:
        raise GroovyThrowable("NullPointerException", None)
    if not (isinstance(value, ObjectBehaviour) and value.enum is not None):
        name = java_class_name(value)  # Java's cast to Enum, before the enum's own check
        where = (
            f" ({name} and java.lang.Enum are in module java.base of loader 'bootstrap')"
            if name.startswith("java.")
            else ""
        )
        raise GroovyThrowable(
            "ClassCastException", f"class {name} cannot be cast to class java.lang.Enum{where}"
        )
    if value.cls is not cls:
        raise GroovyThrowable("ClassCastException", f"class {value.cls.name} != class {cls.name}")
    return value


def _ordinal(value: object) -> int:
    return value.enum[1]  # type: ignore[attr-defined]


class EnumSet(GSet):
    """A set of one enum's constants, iterated by ordinal."""

    __slots__ = ("enum_class",)
    java_class = "java.util.RegularEnumSet"

    def __init__(self, enum_class: ScriptClass, items: object = ()):
        super().__init__()
        self.enum_class = enum_class
        for item in items:  # type: ignore[attr-defined]
            self.add_item(item)

    def add_item(self, item: object) -> bool:
        constant = _constant_of(self.enum_class, item)
        if constant in self.items:
            return False
        check_size(len(self.items) + 1)
        self.items[constant] = None
        return True

    def __iter__(self):
        charge(len(self.items) // 8)
        return iter(sorted(self.items, key=_ordinal))

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (
            "java.util.EnumSet",
            "java.util.RegularEnumSet",
            "java.util.Set",
            "java.util.Collection",
            "java.util.AbstractSet",
            "java.util.AbstractCollection",
            "java.lang.Iterable",
            "java.lang.Cloneable",
            "java.io.Serializable",
            "java.lang.Object",
        )

    # its own methods are the EnumSet table (below), then the Set GDK's
    def script_invoke(self, name: str, args: tuple) -> object:
        return upcalls.route_invoke(self, ("EnumSet", *_SET_KINDS), name, args)

    def script_getprop(self, name: str) -> object:
        return upcalls.route_getprop(self, _SET_KINDS, name)

    def groovy_truth(self) -> bool:
        return len(self) > 0


def _enum_set(value: object) -> EnumSet:
    if isinstance(value, EnumSet):
        return value
    raise NoSignature


def _add(self: object, *args: object) -> bool:
    arity(args, 1)
    return _enum_set(self).add_item(args[0])


def _left_shift(self: object, *args: object) -> EnumSet:
    arity(args, 1)
    _enum_set(self).add_item(args[0])
    return _enum_set(self)


def _add_all(self: object, *args: object) -> bool:
    arity(args, 1)
    enums = _enum_set(self)
    if not _is_collection(args[0]):
        raise NoSignature  # the Collection GDK's addAll(T[]) and addAll(Iterable) forms
    return True in [enums.add_item(x) for x in _elements(args[0])]  # every one, no short cut


def _plus(self: object, *args: object) -> EnumSet:
    """`+` keeps the EnumSet class (the GDK's plus clones the receiver)."""
    arity(args, 1)
    enums = _enum_set(self)
    more = _elements(args[0]) if _is_collection(args[0]) else [args[0]]
    return EnumSet(enums.enum_class, [*enums.items, *more])


def _clone(self: object, *args: object) -> EnumSet:
    arity(args, 0)
    enums = _enum_set(self)
    return EnumSet(enums.enum_class, enums.items)


def _enum_class(value: object) -> ScriptClass:
    if isinstance(value, ScriptClass) and value.kind == "enum":
        return value
    raise NoSignature


def _first_class(values: tuple) -> ScriptClass:
    first = values[0]
    if first is None:
        raise GroovyThrowable("NullPointerException", None)
    if not (isinstance(first, ObjectBehaviour) and first.enum is not None):
        raise NoSignature
    return first.cls


def enum_set_of(*args: object) -> EnumSet:
    if not args:
        raise NoSignature
    return EnumSet(_first_class(args), args)


def enum_set_none_of(*args: object) -> EnumSet:
    arity(args, 1)
    return EnumSet(_enum_class(args[0]))


def enum_set_all_of(*args: object) -> EnumSet:
    arity(args, 1)
    cls = _enum_class(args[0])
    return EnumSet(cls, cls.enum_values)


def enum_set_range(*args: object) -> EnumSet:
    arity(args, 2)
    cls = _first_class(args)
    low, high = (_constant_of(cls, a) for a in args)
    if _ordinal(low) > _ordinal(high):
        raise GroovyThrowable("IllegalArgumentException", f"{low.enum[0]} > {high.enum[0]}")  # type: ignore[index]
    return EnumSet(cls, cls.enum_values[_ordinal(low) : _ordinal(high) + 1])


def enum_set_complement_of(*args: object) -> EnumSet:
    arity(args, 1)
    if not isinstance(args[0], EnumSet):
        raise NoSignature
    cls = args[0].enum_class
    return EnumSet(cls, [c for c in cls.enum_values if c not in args[0].items])


def enum_set_copy_of(*args: object) -> EnumSet:
    arity(args, 1)
    if isinstance(args[0], EnumSet):
        return EnumSet(args[0].enum_class, args[0].items)
    if not _is_collection(args[0]):
        raise NoSignature
    items = _elements(args[0])
    if not items:
        raise GroovyThrowable("IllegalArgumentException", "Collection is empty")
    return EnumSet(_first_class(tuple(items)), items)


class EnumMap(TreeMap):
    """A map keyed by one enum's constants, in ordinal order (a TreeMap by ordinal whose
    navigation methods are not there: EnumMap has none)."""

    __slots__ = ("enum_class",)
    java_class = "java.util.EnumMap"
    kinds = ("EnumMap", "Map", "Object")  # none of TreeMap's navigation methods

    def __init__(self, enum_class: ScriptClass, items: dict | None = None):
        self.enum_class = enum_class
        super().__init__((), JavaComparator(lambda a, b: _ordinal(a) - _ordinal(b)))
        for key, value in (items or {}).items():
            self.put(key, value)

    def put(self, key: object, value: object) -> object:
        return super().put(_constant_of(self.enum_class, key), value)

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (
            "java.util.Map",
            "java.util.EnumMap",
            "java.util.AbstractMap",
            "java.lang.Cloneable",
            "java.io.Serializable",
            "java.lang.Object",
        )


def new_enum_map(*args: object) -> EnumMap:
    """new EnumMap(Class), new EnumMap(EnumMap), new EnumMap(Map) (not empty)."""
    arity(args, 1)
    if isinstance(args[0], ScriptClass):
        return EnumMap(_enum_class(args[0]))
    if isinstance(args[0], EnumMap):
        return EnumMap(args[0].enum_class, args[0])
    entries = map_contents(args[0])
    if entries is None:
        raise NoSignature
    if not entries:
        raise GroovyThrowable("IllegalArgumentException", "Specified map is empty")
    check_size(len(entries))
    return EnumMap(_first_class(tuple(entries)), entries)


METHODS = {
    "EnumSet": {
        "add": _add,
        "leftShift": _left_shift,
        "addAll": _add_all,
        "plus": _plus,
        "clone": _clone,
    },
    "EnumMap": dict(PUT_METHODS),
}

STATIC_METHODS = {
    "java.util.EnumSet": {
        "of": enum_set_of,
        "noneOf": enum_set_none_of,
        "allOf": enum_set_all_of,
        "range": enum_set_range,
        "complementOf": enum_set_complement_of,
        "copyOf": enum_set_copy_of,
    }
}
CONSTRUCTORS = {"java.util.EnumMap": new_enum_map}
DEFAULT_IMPORTS = {"EnumSet": "java.util.EnumSet", "EnumMap": "java.util.EnumMap"}
