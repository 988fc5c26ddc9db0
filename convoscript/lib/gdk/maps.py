"""Map (LinkedHashMap) and Map.Entry methods (java.util + Groovy's GDK), as Groovy 2.4 has them.

Receivers are `dict` (insertion ordered; a GString key stays a GString and, as in Java, is not
the equal String: `m.containsKey("a${1}")` misses an "a1" key) and `types.MapEntry`. Closures
with two parameters get (key, value), others the entry (`closures.call_with_entry`).
`keySet()` and `values()` are snapshots (Java's are live views); `entrySet()` entries write
through (`e.value = x`). Adding keys while iterating raises ConcurrentModificationException.
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import (
    _elements,
    _is_collection,
    add_entry,
    sorted_by_keys,
    sorted_items,
    unmodifiable,
)
from convoscript.lib.gdk.collections import _extreme as list_extreme
from convoscript.lib.java_util.treemap import TreeMap
from convoscript.runtime.core.classcast import cast_message
from convoscript.runtime.core.closures import call_closure, call_with_entry
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.compare import equals, truth
from convoscript.runtime.core.javacompare import java_equals
from convoscript.runtime.core.keys import MAP_TYPES, GSet, as_key
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import MapEntry, java_class_name
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import (
    NoSignature,
    arity,
    as_closure,
    as_int,
    charge,
    check_size,
)
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Closure, GString


# ---- receivers and iteration --------------------------------------------------------------------
def _m(self: object) -> dict:
    if isinstance(self, dict):
        return self
    raise NoSignature


def _mutable(self: object) -> dict:
    return _m(self)


def _key(key: object) -> object:
    """A GString subscript finds the String key (`m["a${1}"]`), as `getat` does."""
    if type(key) is GString:
        return to_string(key)
    return as_key(key)


def _entries(m: dict):
    """(key, value, entry) triples; a map resized by the loop body fails like Java's iterator."""
    size = len(m)
    for key in list(m):
        if len(m) != size:
            raise GroovyThrowable("ConcurrentModificationException", None)
        if key in m:
            yield key, m[key], MapEntry(key, m[key], m)


def _call(closure: Closure, key: object, value: object, entry: MapEntry) -> object:
    return call_with_entry(closure, key, value, entry)


def _test(closure: Closure, key: object, value: object, entry: MapEntry) -> bool:
    """A predicate over an entry (find, findAll, any, every, count: Groovy's
    BooleanClosureWrapper.callForMap, which calls `call`)."""
    return truth(call_with_entry(closure, key, value, entry, "call"))


# Map's default methods that read the key with get() first: on a MapWithDefault that stores
# the closure's value for a missing key before the method goes on
_READS_THROUGH_GET = frozenset(
    {"getOrDefault", "putIfAbsent", "computeIfAbsent", "computeIfPresent", "compute", "merge"}
)


class MapWithDefault(dict):
    """groovy.lang.MapWithDefault (`map.withDefault { key -> value }`): reading a missing key
    stores and returns the closure's value. A copy of the original map (Groovy wraps it)."""

    __slots__ = ("initial",)
    java_class = "groovy.lang.MapWithDefault"

    def __init__(self, items: dict, initial: Closure):
        super().__init__(items)
        self.initial = initial

    def lookup(self, key: object) -> object:
        if key not in self:
            self[key] = call_closure(self.initial, key)
            check_size(len(self))
        return self[key]

    def script_invoke(self, name: str, args: tuple) -> object:
        null_merge = name == "merge" and len(args) > 1 and args[1] is None  # fails first
        if name in _READS_THROUGH_GET and args and not null_merge:
            self.lookup(as_key(args[0]))  # Java's default method calls get(key) first
        return route_invoke(self, ("MapWithDefault", "Map", "Object"), name, args)

    def script_getprop(self, name: str) -> object:  # its keys are its properties
        if name == "class":
            return route_getprop(self, ("Object",), name)
        return self.lookup(name)

    def script_setprop(self, name: str, value: object) -> None:
        self[name] = value

    def groovy_truth(self) -> bool:
        return len(self) > 0

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (self.java_class, "java.util.Map", "java.lang.Object")


def _defaulting(self: object) -> MapWithDefault:
    if isinstance(self, MapWithDefault):
        return self
    raise NoSignature


def _default_get(self: object, *args: object) -> object:
    """get(key): the value, stored from the closure when missing (get(key, default) is the
    Map GDK's)."""
    if len(args) != 1:
        raise NoSignature
    return _defaulting(self).lookup(as_key(args[0]))


def _default_get_at(self: object, *args: object) -> object:
    """`m[key]`: as get(key); a GString subscript finds the String key."""
    arity(args, 1)
    return _defaulting(self).lookup(_key(args[0]))


def with_default(self: object, *args: object) -> dict:
    arity(args, 1)
    return MapWithDefault(_m(self), as_closure(args[0]))


# ---- Java 8 Map methods (closures as Function / BiFunction) ----------------------------------
def compute_if_absent(self: object, *args: object) -> object:
    arity(args, 2)
    m, key, closure = _mutable(self), as_key(args[0]), as_closure(args[1])
    if m.get(key) is None:
        value = call_closure(closure, key)
        if value is not None:
            m[key] = value
            check_size(len(m))
        return value
    return m[key]


def compute_if_present(self: object, *args: object) -> object:
    arity(args, 2)
    m, key, closure = _mutable(self), as_key(args[0]), as_closure(args[1])
    if m.get(key) is None:
        return None
    value = call_closure(closure, key, m[key])
    if value is None:
        del m[key]
    else:
        m[key] = value
    return value


def compute(self: object, *args: object) -> object:
    arity(args, 2)
    m, key, closure = _mutable(self), as_key(args[0]), as_closure(args[1])
    value = call_closure(closure, key, m.get(key))
    if value is None:
        m.pop(key, None)
    else:
        m[key] = value
        check_size(len(m))
    return value


def merge(self: object, *args: object) -> object:
    arity(args, 3)
    m, key, value, closure = _mutable(self), as_key(args[0]), args[1], as_closure(args[2])
    old = m.get(key)
    new = value if old is None else call_closure(closure, old, value)
    if new is None:
        m.pop(key, None)
    else:
        m[key] = new
        check_size(len(m))
    return new


def put_if_absent(self: object, *args: object) -> object:
    arity(args, 2)
    m, key = _mutable(self), as_key(args[0])
    old = m.get(key)
    if old is None:
        m[key] = args[1]
        check_size(len(m))
    return old


def replace_all(self: object, *args: object) -> None:
    arity(args, 1)
    m, closure = _mutable(self), as_closure(args[0])
    for key, value, _ in _entries(m):
        m[key] = call_closure(closure, key, value)


def for_each(self: object, *args: object) -> None:
    arity(args, 1)
    closure = as_closure(args[0])
    for key, value, _ in _entries(_m(self)):
        call_closure(closure, key, value)


# ---- access -------------------------------------------------------------------------------------
def get(self: object, *args: object) -> object:
    """get(key); get(key, default) also stores the default when the key is missing."""
    arity(args, 1, 2)
    m, key = _m(self), as_key(args[0])
    if len(args) == 2:
        if key not in m:
            _mutable(m)[key] = args[1]
            check_size(len(m))
        return m[key]
    return m.get(key)


def get_or_default(self: object, *args: object) -> object:
    arity(args, 2)
    m, key = _m(self), as_key(args[0])
    return m[key] if key in m else args[1]


def get_at(self: object, *args: object) -> object:
    arity(args, 1)
    return _m(self).get(_key(args[0]))


def put(self: object, *args: object) -> object:
    """Returns the previous value (or null)."""
    arity(args, 2)
    m, key = _mutable(self), as_key(args[0])
    previous = m.get(key)
    m[key] = args[1]
    check_size(len(m))
    return previous


def put_at(self: object, *args: object) -> object:
    arity(args, 2)
    m = _mutable(self)
    m[_key(args[0])] = args[1]
    check_size(len(m))
    return args[1]


def put_all(self: object, *args: object) -> None:
    arity(args, 1)
    m, other = _mutable(self), args[0]
    if not isinstance(other, dict):
        raise NoSignature
    check_size(len(m) + len(other))
    charge(len(other))
    m.update(other)


def left_shift(self: object, *args: object) -> dict:
    """`map << [k: v]` or `map << entry`: adds and returns the map."""
    arity(args, 1)
    m, other = _mutable(self), args[0]
    if isinstance(other, MapEntry):
        m[other.key] = other.value
    elif isinstance(other, dict):
        m.update(other)
    else:
        raise NoSignature
    check_size(len(m))
    return m


def remove(self: object, *args: object) -> object:
    """remove(key) returns the removed value (or null); remove(key, value) a boolean."""
    arity(args, 1, 2)
    m, key = _mutable(self), as_key(args[0])
    if len(args) == 2:
        if key in m and java_equals(m[key], args[1]):
            del m[key]
            return True
        return False
    return m.pop(key, None)


def contains_key(self: object, *args: object) -> bool:
    arity(args, 1)
    try:
        return as_key(args[0]) in _m(self)
    except TypeError:
        return False


def contains_value(self: object, *args: object) -> bool:
    arity(args, 1)
    values = list(_m(self).values())
    charge(len(values) // 4)
    return any(java_equals(args[0], v) for v in values)


# The classes of a map's keySet(), entrySet() and values() views, by the map's class
_VIEW_CLASSES = {
    "java.util.HashMap": ("HashMap$KeySet", "HashMap$EntrySet", "HashMap$Values"),
    "java.util.TreeMap": ("TreeMap$KeySet", "TreeMap$EntrySet", "TreeMap$Values"),
    "java.util.EnumMap": ("EnumMap$KeySet", "EnumMap$EntrySet", "EnumMap$Values"),
}
_LINKED_VIEWS = ("LinkedHashMap$LinkedKeySet", "LinkedHashMap$LinkedEntrySet")


def _view_class(owner: dict, view: int) -> str:
    """The Java class of view `view` (0 keys, 1 entries) of `owner`; LinkedHashMap's for the
    maps that are one (a MapWithDefault's map is a LinkedHashMap too)."""
    names = _VIEW_CLASSES.get(java_class_name(owner), _LINKED_VIEWS)
    return "java.util." + names[view]


class KeySet(GSet):
    """Map.keySet(): the keys when it was taken; removing a key removes it from the map too
    (Java's is a fully live view)."""

    __slots__ = ("owner",)
    java_class = "java.util.LinkedHashMap$LinkedKeySet"

    def __init__(self, owner: dict):
        super().__init__(owner)
        self.owner = owner

    def groovy_class_name(self) -> str:
        owner = getattr(self, "owner", None)  # unset only in a bare instance
        return self.java_class if owner is None else _view_class(owner, 0)

    # its own methods (the MapKeySet table: adding refused, removing writes through), then
    # the Set GDK's
    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, ("MapKeySet", *_KEY_SET_KINDS), name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, ("Set", "Collection", "Object"), name)

    def groovy_truth(self) -> bool:
        return len(self) > 0


_KEY_SET_KINDS = ("Set", "Collection", "Object")


def _key_set_of(self: object) -> KeySet:
    if isinstance(self, KeySet):
        return self
    raise NoSignature


def _key_set_add(self: object, *args: object) -> object:
    """add, addAll, leftShift: a map's key or entry set cannot grow (AbstractCollection.add)."""
    if not isinstance(self, (KeySet, EntrySet)):
        raise NoSignature
    raise GroovyThrowable("UnsupportedOperationException", None)


def _key_set_removal(name: str):
    """A removing method of the Set GDK that then removes the keys gone from the map."""

    def method(self: object, *args: object) -> object:
        keys = _key_set_of(self)
        result = route_invoke(keys, _KEY_SET_KINDS, name, args)
        for key in [k for k in keys.owner if k not in keys.items]:
            del keys.owner[key]
        return result

    return method


KEY_SET_METHODS = {
    **dict.fromkeys(("add", "addAll", "leftShift"), _key_set_add),
    **{
        name: _key_set_removal(name)
        for name in ("remove", "removeAll", "retainAll", "clear", "removeIf", "removeElement")
    },
}


class EntrySet(GSet):
    """Map.entrySet(): entries that write through (`e.value = x`); it cannot grow."""

    __slots__ = ("owner",)
    java_class = "java.util.LinkedHashMap$LinkedEntrySet"

    def __init__(self, owner: dict):
        super().__init__(MapEntry(k, v, owner) for k, v in owner.items())
        self.owner = owner

    def groovy_class_name(self) -> str:
        owner = getattr(self, "owner", None)  # unset only in a bare instance
        return self.java_class if owner is None else _view_class(owner, 1)

    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, ("MapEntrySet", *_KEY_SET_KINDS), name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, _KEY_SET_KINDS, name)

    def groovy_truth(self) -> bool:
        return len(self) > 0


def key_set(self: object, *args: object) -> GSet:
    arity(args, 0)
    m = _m(self)
    charge(len(m) // 8)
    return KeySet(m)


def values(self: object, *args: object) -> list:
    arity(args, 0)
    m = _m(self)
    charge(len(m) // 8)
    return list(m.values())


def entry_set(self: object, *args: object) -> GSet:
    arity(args, 0)
    m = _m(self)
    charge(len(m))
    return EntrySet(m)


def size(self: object, *args: object) -> int:
    arity(args, 0)
    return len(_m(self))


def is_empty(self: object, *args: object) -> bool:
    arity(args, 0)
    return len(_m(self)) == 0


def as_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    return len(_m(self)) > 0


def clear(self: object, *args: object) -> None:
    arity(args, 0)
    _mutable(self).clear()


def equals_(self: object, *args: object) -> bool:
    """Groovy's Map.equals compares values with `==` ([a: 1].equals([a: 1L]) is true)."""
    arity(args, 1)
    return isinstance(args[0], dict) and equals(_m(self), dict(args[0]))


def is_case(self: object, *args: object) -> bool:
    """`case map:` / `x in map`: the value for that key is Groovy-true."""
    arity(args, 1)
    return truth(_m(self).get(as_key(args[0])))


# ---- iteration ----------------------------------------------------------------------------------
def each(self: object, *args: object) -> object:
    arity(args, 1)
    closure = as_closure(args[0])
    for key, value, entry in _entries(_m(self)):
        _call(closure, key, value, entry)
    return self


def each_with_index(self: object, *args: object) -> object:
    """{ entry, i -> } or { key, value, i -> }."""
    arity(args, 1)
    closure = as_closure(args[0])
    for i, (key, value, entry) in enumerate(_entries(_m(self))):
        if closure.param_count == 3:
            call_closure(closure, key, value, i)
        else:
            call_closure(closure, entry, i)
    return self


def reverse_each(self: object, *args: object) -> object:
    arity(args, 1)
    closure = as_closure(args[0])
    m = _m(self)
    for key in reversed(list(m)):
        _call(closure, key, m[key], MapEntry(key, m[key], m))
    return self


def collect(self: object, *args: object) -> list:
    arity(args, 0, 1)
    m = _m(self)
    check_size(len(m))
    if not args:
        return [entry for _, _, entry in _entries(m)]
    closure = as_closure(args[0])
    return [_call(closure, k, v, e) for k, v, e in _entries(m)]


def collect_entries(self: object, *args: object) -> dict:
    arity(args, 1, 2)
    result: dict = {}
    if len(args) == 2:
        if not isinstance(args[0], dict):
            raise NoSignature
        result = args[0]  # type: ignore[assignment]
    closure = as_closure(args[-1])
    for k, v, e in _entries(_m(self)):
        add_entry(result, _call(closure, k, v, e))
    return result


def collect_many(self: object, *args: object) -> list:
    arity(args, 1)

    closure = as_closure(args[0])
    result: list = []
    for k, v, e in _entries(_m(self)):
        part = _call(closure, k, v, e)
        if not _is_collection(part):
            raise NoSignature
        new = _elements(part)
        check_size(len(result) + len(new))
        result.extend(new)
    return result


def find(self: object, *args: object) -> object:
    arity(args, 1)
    closure = as_closure(args[0])
    for k, v, e in _entries(_m(self)):
        if _test(closure, k, v, e):
            return e
    return None


def find_all(self: object, *args: object) -> dict:
    arity(args, 1)
    closure = as_closure(args[0])
    return {k: v for k, v, e in _entries(_m(self)) if _test(closure, k, v, e)}


def find_result(self: object, *args: object) -> object:
    arity(args, 1, 2)
    closure = as_closure(args[-1])
    for k, v, e in _entries(_m(self)):
        result = _call(closure, k, v, e)
        if result is not None:
            return result
    return args[0] if len(args) == 2 else None


def any_(self: object, *args: object) -> bool:
    arity(args, 0, 1)
    if not args:
        return any(True for _ in _m(self))
    closure = as_closure(args[0])
    return any(_test(closure, k, v, e) for k, v, e in _entries(_m(self)))


def every(self: object, *args: object) -> bool:
    arity(args, 0, 1)
    if not args:
        return True
    closure = as_closure(args[0])
    return all(_test(closure, k, v, e) for k, v, e in _entries(_m(self)))


def count(self: object, *args: object) -> int:
    arity(args, 1)
    closure = as_closure(args[0])
    return sum(1 for k, v, e in _entries(_m(self)) if _test(closure, k, v, e))


def count_by(self: object, *args: object) -> dict:
    arity(args, 1)
    closure = as_closure(args[0])
    result: dict = {}
    for k, v, e in _entries(_m(self)):
        group = as_key(_call(closure, k, v, e))
        result[group] = result.get(group, 0) + 1
    return result


def group_by(self: object, *args: object) -> dict:
    """Groups entries into sub-maps by the closure's value."""
    arity(args, 1)
    closure = as_closure(args[0])
    result: dict = {}
    for k, v, e in _entries(_m(self)):
        result.setdefault(as_key(_call(closure, k, v, e)), {})[k] = v
    return result


def inject(self: object, *args: object) -> object:
    """inject(initial) { acc, entry -> } or { acc, key, value -> }."""
    arity(args, 2)
    acc, closure = args[0], as_closure(args[1])
    for k, v, e in _entries(_m(self)):
        if closure.param_count == 3:
            acc = call_closure(closure, acc, k, v)
        else:
            acc = call_closure(closure, acc, e)
    return acc


# ---- ordering and extremes ---------------------------------------------------------------------
def _entry_list(m: dict) -> list:
    return [MapEntry(k, v, m) for k, v in m.items()]


def sort(self: object, *args: object) -> dict:
    """sort() is a new java.util.TreeMap (natural key order); sort(closure) a new map ordered
    by an entry key closure or an entry comparator; sort(Comparator) a new TreeMap ordered by
    the comparator, which compares keys (null: natural order). The map itself is unchanged."""
    arity(args, 0, 1)

    m = _m(self)
    if not args or args[0] is None:
        return TreeMap(m)
    if isinstance(args[0], JavaComparator):
        return TreeMap(m, args[0])
    closure = as_closure(args[0])
    entries = sorted_items(_entry_list(m), closure)
    return {e.key: e.value for e in entries}


def _extreme(self: object, args: tuple, want: int) -> object:
    arity(args, 1)

    return list_extreme(_entry_list(_m(self)), args, want)


def max_(self: object, *args: object) -> object:
    return _extreme(self, args, 1)


def min_(self: object, *args: object) -> object:
    return _extreme(self, args, -1)


# ---- new maps ------------------------------------------------------------------------------------
def plus(self: object, *args: object) -> dict:
    arity(args, 1)
    m, other = _m(self), args[0]
    if not isinstance(other, dict):
        raise NoSignature
    check_size(len(m) + len(other))
    charge((len(m) + len(other)) // 8)
    result = dict(m)
    result.update(other)
    return result


def minus(self: object, *args: object) -> dict:
    """Entries whose key and value both appear in the other map are removed."""
    arity(args, 1)
    m, other = _m(self), args[0]
    if not isinstance(other, dict):
        raise NoSignature
    charge(len(m))
    return {k: v for k, v in m.items() if not (k in other and equals(v, other[k]))}


def to_sorted(self: object, *args: object) -> dict:
    """toSorted(closure) is sort(closure); toSorted(Comparator) orders the entries by a
    comparator of entries (unlike sort(Comparator), which compares keys); toSorted() orders them
    by value (Groovy's NumberAwareValueComparator). All give a new LinkedHashMap."""
    arity(args, 0, 1)

    entries = _entry_list(_m(self))
    if args and isinstance(args[0], JavaComparator):
        return {e.key: e.value for e in sorted_items(entries, args[0])}
    if args and args[0] is None:  # Java sorts the entries by natural order: not Comparable
        if len(entries) < 2:
            return {e.key: e.value for e in entries}
        message = cast_message("java.util.LinkedHashMap$Entry", "java.lang.Comparable")
        raise GroovyThrowable("ClassCastException", message)
    if args:
        return sort(self, *args)
    return {e.key: e.value for e in sorted_by_keys(entries, [e.value for e in entries])}


def clone(self: object, *args: object) -> dict:
    arity(args, 0)
    if type(self) not in MAP_TYPES:
        raise NoSignature
    return dict(self)  # type: ignore[call-overload]


def sub_map(self: object, *args: object) -> dict:
    arity(args, 1)

    m, keys = _m(self), args[0]
    if not _is_collection(keys):
        raise NoSignature
    found = [as_key(k) for k in _elements(keys)]
    return {k: m[k] for k in found if k in m}


def take(self: object, *args: object) -> dict:
    arity(args, 1)
    m, n = _m(self), as_int(args[0])
    return {k: m[k] for k in list(m)[: max(n, 0)]}


def drop(self: object, *args: object) -> dict:
    arity(args, 1)
    m, n = _m(self), as_int(args[0])
    return {k: m[k] for k in list(m)[max(n, 0) :]}


def as_immutable(self: object, *args: object) -> object:
    arity(args, 0)

    return unmodifiable(_m(self))


def to_string_(self: object, *args: object) -> str:
    arity(args, 0)
    return to_string(dict(_m(self)))


# ---- Map.Entry
def _e(self: object) -> MapEntry:
    if isinstance(self, MapEntry):
        return self
    raise NoSignature


def entry_get_key(self: object, *args: object) -> object:
    arity(args, 0)
    return _e(self).key


def entry_get_value(self: object, *args: object) -> object:
    arity(args, 0)
    return _e(self).value


def entry_set_value(self: object, *args: object) -> object:
    """Sets the value (in the map too, for an entry of a map) and returns the old value."""
    arity(args, 1)
    e = _e(self)
    old = e.value
    e.value = args[0]
    if e.owner is not None:
        e.owner[e.key] = args[0]
    return old


def entry_equals(self: object, *args: object) -> bool:
    arity(args, 1)
    other = args[0]
    return (
        isinstance(other, MapEntry)
        and java_equals(_e(self).key, other.key)
        and java_equals(_e(self).value, other.value)
    )


MAP_METHODS = {
    "get": get,
    "getOrDefault": get_or_default,
    "getAt": get_at,
    "put": put,
    "putAt": put_at,
    "putAll": put_all,
    "leftShift": left_shift,
    "remove": remove,
    "containsKey": contains_key,
    "containsValue": contains_value,
    "keySet": key_set,
    "values": values,
    "entrySet": entry_set,
    "size": size,
    "isEmpty": is_empty,
    "asBoolean": as_boolean,
    "clear": clear,
    "equals": equals_,
    "isCase": is_case,
    "each": each,
    "eachWithIndex": each_with_index,
    "reverseEach": reverse_each,
    "collect": collect,
    "collectEntries": collect_entries,
    "collectMany": collect_many,
    "find": find,
    "findAll": find_all,
    "findResult": find_result,
    "any": any_,
    "every": every,
    "count": count,
    "countBy": count_by,
    "groupBy": group_by,
    "inject": inject,
    "sort": sort,
    "max": max_,
    "min": min_,
    "plus": plus,
    "minus": minus,
    "subMap": sub_map,
    "toSorted": to_sorted,
    "clone": clone,
    "take": take,
    "drop": drop,
    "asImmutable": as_immutable,
    "toString": to_string_,
    "withDefault": with_default,
    "computeIfAbsent": compute_if_absent,
    "computeIfPresent": compute_if_present,
    "compute": compute,
    "merge": merge,
    "putIfAbsent": put_if_absent,
    "replaceAll": replace_all,
    "forEach": for_each,
}

ENTRY_METHODS = {
    "getKey": entry_get_key,
    "getValue": entry_get_value,
    "setValue": entry_set_value,
    "equals": entry_equals,
}

METHODS = {
    "Map": MAP_METHODS,
    "MapEntry": ENTRY_METHODS,
    "MapWithDefault": {"get": _default_get, "getAt": _default_get_at},
    "MapKeySet": KEY_SET_METHODS,
    "MapEntrySet": dict.fromkeys(("add", "addAll", "leftShift"), _key_set_add),
}

PROPERTIES = {
    "MapEntry": {
        "key": lambda e: e.key,
        "value": lambda e: e.value,
    },
}

DEFAULT_IMPORTS = {"Map": "java.util.Map"}
IMPORTABLE = {"java.util.Map.Entry": "java.util.Map.Entry"}
