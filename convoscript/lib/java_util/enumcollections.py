"""java.util.EnumSet and java.util.EnumMap over the script's own enums and the JDK's
(Month, DayOfWeek, ChronoUnit, RoundingMode ...: lib/java_util/enumkinds.py).

An EnumSet (`EnumSet.of(Day.MON, Day.FRI)`, `noneOf(Day)`, `allOf`, `range`, `complementOf`,
`copyOf`) and an EnumMap (`new EnumMap(Day)`, `new EnumMap(map)`) keep their elements or keys
in the enum's declaration (ordinal) order, refuse null (NullPointerException) and constants of
another enum (ClassCastException). EnumSet prints as `java.util.RegularEnumSet`; its other
methods are the Set GDK (`findAll` gives a LinkedHashSet, `plus` an EnumSet); EnumMap's are
the Map GDK. Checked on Groovy 2.4.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import _elements, _is_collection, map_contents
from convoscript.lib.java_util.enumkinds import (
    EnumKind,
    constant_text,
    kind_of_class,
    kind_of_constant,
)
from convoscript.lib.java_util.orderedmap import ORDERED_MAP_METHODS
from convoscript.lib.java_util.treemap import TreeMap
from convoscript.runtime.core import upcalls
from convoscript.runtime.core.classcast import class_cast
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.scriptclasses import ScriptClass
from convoscript.runtime.door.signatures import NoSignature, arity, charge, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable

_SET_KINDS = ("Set", "Collection", "Object")


def _constant_of(kind: EnumKind | None, value: object) -> object:
    """`value` as a constant of enum `kind`: null and other classes fail as in Java."""
    if value is None:
        raise GroovyThrowable("NullPointerException", None)
    other = kind_of_constant(value)
    if other is None:
        raise class_cast(value, "java.lang.Enum")  # Java's cast, before the enum's own check
    if kind is None:  # a cast to Enum only: any constant will do
        return value
    if not other.same(kind):
        raise GroovyThrowable("ClassCastException", f"class {other.name} != class {kind.name}")
    return value


class EnumSet(GSet):
    """A set of one enum's constants, iterated by ordinal."""

    __slots__ = ("enum_kind",)
    java_class = "java.util.RegularEnumSet"

    def __init__(self, enum_kind: EnumKind, items: object = ()):
        super().__init__()
        self.enum_kind = enum_kind
        for item in items:  # type: ignore[attr-defined]
            self.add_item(item)

    def add_item(self, item: object) -> bool:
        constant = _constant_of(self.enum_kind, item)
        if constant in self.items:
            return False
        check_size(len(self.items) + 1)
        self.items[constant] = None
        return True

    def __iter__(self):
        charge(len(self.items) // 8)
        return iter(sorted(self.items, key=self.enum_kind.ordinal))

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
    return EnumSet(enums.enum_kind, [*enums.items, *more])


def _clone(self: object, *args: object) -> EnumSet:
    arity(args, 0)
    enums = _enum_set(self)
    return EnumSet(enums.enum_kind, enums.items)


def _class_kind(value: object) -> EnumKind:
    """The enum a Class argument names; another class fails as Java's enum universe does."""
    kind = kind_of_class(value)
    if kind is not None:
        return kind
    if isinstance(value, ClassRef):
        interface = allowlist.SUPERCLASSES.get(value.qualified, "") is None
        shown = "interface" if interface and value.qualified != "java.lang.Object" else "class"
        raise GroovyThrowable("ClassCastException", f"{shown} {value.qualified} not an enum")
    if isinstance(value, ScriptClass):
        raise GroovyThrowable("ClassCastException", f"class {value.name} not an enum")
    raise NoSignature


def _first_kind(values: tuple) -> EnumKind:
    """The enum of the first of `values`, which must all be its constants (Java's casts)."""
    first = values[0]
    if first is None:
        raise GroovyThrowable("NullPointerException", None)
    kind = kind_of_constant(first)
    if kind is None:
        raise NoSignature
    return kind


def enum_set_of(*args: object) -> EnumSet:
    if not args:
        raise NoSignature
    return EnumSet(_first_kind(args), args)


def enum_set_none_of(*args: object) -> EnumSet:
    arity(args, 1)
    return EnumSet(_class_kind(args[0]))


def enum_set_all_of(*args: object) -> EnumSet:
    arity(args, 1)
    kind = _class_kind(args[0])
    return EnumSet(kind, kind.constants)


def enum_set_range(*args: object) -> EnumSet:
    arity(args, 2)
    kind = _first_kind(args)
    other = kind_of_constant(args[1])
    if other is not None and not other.same(kind):
        raise GroovyThrowable("ClassCastException", None)  # Java's generic cast, no message
    low, high = (kind.ordinal(_constant_of(kind, a)) for a in args)
    if low > high:
        text = " > ".join(constant_text(a) for a in args)
        raise GroovyThrowable("IllegalArgumentException", text)
    return EnumSet(kind, kind.constants[low : high + 1])


def enum_set_complement_of(*args: object) -> EnumSet:
    arity(args, 1)
    if not isinstance(args[0], EnumSet):
        raise NoSignature
    kind = args[0].enum_kind
    return EnumSet(kind, [c for c in kind.constants if c not in args[0].items])


def enum_set_copy_of(*args: object) -> EnumSet:
    arity(args, 1)
    if isinstance(args[0], EnumSet):
        return EnumSet(args[0].enum_kind, args[0].items)
    if not _is_collection(args[0]):
        raise NoSignature
    items = _elements(args[0])
    if not items:
        raise GroovyThrowable("IllegalArgumentException", "Collection is empty")
    if items[0] is not None and kind_of_constant(items[0]) is None:
        _constant_of(None, items[0])  # Java casts the first element to Enum
    return EnumSet(_first_kind(tuple(items)), items)


# the Map methods that may store their first argument as a key
_KEY_STORING = frozenset({"put", "putAt", "putIfAbsent", "compute", "computeIfAbsent", "merge"})


class EnumMap(TreeMap):
    """A map keyed by one enum's constants, in ordinal order (a TreeMap by ordinal whose
    navigation methods are not there: EnumMap has none)."""

    __slots__ = ("enum_kind",)
    java_class = "java.util.EnumMap"
    kinds = ("EnumMap", "Map", "Object")  # none of TreeMap's navigation methods

    def __init__(self, enum_kind: EnumKind, items: dict | None = None):
        self.enum_kind = enum_kind
        order = enum_kind.ordinal
        super().__init__((), JavaComparator(lambda a, b: order(a) - order(b)))
        for key, value in (items or {}).items():
            self.put(key, value)

    def put(self, key: object, value: object) -> object:
        return super().put(_constant_of(self.enum_kind, key), value)

    def java_clone(self) -> EnumMap:
        check_size(len(self))
        copy = EnumMap(self.enum_kind)
        dict.update(copy, self)  # already in ordinal order
        return copy

    # the Map GDK's mutators write the dict directly: a key that is not one of the enum's
    # constants fails first, as Java's EnumMap checks it before storing anything
    def script_invoke(self, name: str, args: tuple) -> object:
        null_value_first = name == "merge" and len(args) > 1 and args[1] is None
        if name in _KEY_STORING and args and args[0] is not None and not null_value_first:
            _constant_of(self.enum_kind, args[0])
        return super().script_invoke(name, args)

    def resort(self) -> None:
        # a key a Map GDK mutator (putAll, merge ...) stored that is not one of the enum's
        # constants: Java's put refuses it before storing, so it goes, and the put fails
        wrong = [k for k in self if id(k) not in self.enum_kind.ordinals]
        for key in wrong:
            dict.pop(self, key)
        if wrong:
            _constant_of(self.enum_kind, wrong[0])
        super().resort()

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
    kind = kind_of_class(args[0])
    if kind is not None:
        return EnumMap(kind)
    if isinstance(args[0], (ClassRef, ScriptClass)):  # no enum universe: Java's NPE
        raise GroovyThrowable("NullPointerException", None)
    if isinstance(args[0], EnumMap):
        return EnumMap(args[0].enum_kind, args[0])
    entries = map_contents(args[0])
    if entries is None:
        raise NoSignature
    if not entries:
        raise GroovyThrowable("IllegalArgumentException", "Specified map is empty")
    check_size(len(entries))
    first = next(iter(entries))
    if first is not None and kind_of_constant(first) is None:
        _constant_of(None, first)  # Java casts the first key to Enum
    return EnumMap(_first_kind(tuple(entries)), entries)


METHODS = {
    "EnumSet": {
        "add": _add,
        "leftShift": _left_shift,
        "addAll": _add_all,
        "plus": _plus,
        "clone": _clone,
    },
    "EnumMap": dict(ORDERED_MAP_METHODS),
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
