"""Sets (`GSet`) and Lists, Maps and Sets as map keys: hashable copies with Groovy's equality.

Java hashes an ArrayList, LinkedHashMap or LinkedHashSet by its contents, so scripts use them as
keys (`groupBy { [it.region, it.tier] }`, `[a, b] in pairs`). Python refuses to hash `list`,
`dict` and `GSet`, so where a key enters or is looked up in a dict (or a GSet's dict) an
unhashable value is replaced by `as_key(value)`: a `ListKey` / `MapKey` / `SetKey` copy that is
still a list / dict / GSet (same Java class, methods, printing, JSON and boundary conversion as
the original: runtime.core.types names them so) but hashes by content. A GSet keeps its
elements as dict keys, so it lives here with them.

String and number keys (the 99% case) must not pay for this: loops over many keys (groupBy,
countBy, collectEntries, map literals, subscripts, Set adds) try the plain dict operation and
call `as_key` only when it raises TypeError (`GSet` is unhashable for that reason); single
lookups (`get`, `containsKey`, ...) call `as_key`, whose first test returns a String or Integer.

Two differences from Java, both documented in docs/dialect.md:
- the key is a copy taken when it is put: changing the original list afterwards does not change
  the key (Java would keep the same, now mutated, object);
- elements compare as scalar keys do here: `[1]` and `[1L]` are one key (Java: two).
"""

from __future__ import annotations

from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import LinkedList


class GSet:
    """java.util.LinkedHashSet: insertion-ordered set (elements kept as dict keys).

    Unhashable, like list and dict: a Set used as a key or element becomes a `SetKey`
    (equal by content, as in Java) where dict operations fail with TypeError.
    """

    __slots__ = ("items",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, items: object = ()):
        if not isinstance(items, (list, tuple, dict, GSet)):
            items = list(items)  # type: ignore[call-overload]  # re-iterable for the fallback
        try:
            self.items: dict = dict.fromkeys(items)  # type: ignore[call-overload]
        except TypeError:  # a List, Map or Set element (rare): stored as its key copy
            self.items = key_dict(items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


# Deeper than this is a self-containing value (`l << l`): Java's hashCode overflows the stack.
MAX_KEY_DEPTH = 100


def _content_hash(value: object) -> int:
    """A hash consistent with Python `==` for any key part, including a plain list or map
    that a script put into a key read back (`key << [3]`)."""
    if isinstance(value, list):
        return hash((ListKey, tuple(_content_hash(x) for x in value)))
    if isinstance(value, dict):
        return hash((MapKey, frozenset((k, _content_hash(v)) for k, v in value.items())))
    if isinstance(value, GSet):
        return hash((SetKey, frozenset(value.items)))
    return hash(value)


class ListKey(list):
    """A java.util.ArrayList used as a map key or set element (hashes by content)."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return _content_hash(self)


class MapKey(dict):
    """A java.util.LinkedHashMap used as a map key or set element (hashes by content)."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return _content_hash(self)


class SetKey(GSet):
    """A java.util.LinkedHashSet used as a map key or set element (equal by content)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GSet) and self.items.keys() == other.items.keys()

    def __hash__(self) -> int:
        return _content_hash(self)


KEY_TYPES = (ListKey, MapKey, SetKey)


def as_key(value: object) -> object:
    """The dict key for `value`: the value itself when it hashes as Java would, else a copy."""
    t = type(value)
    if t is str or t is int or t in KEY_TYPES:
        return value
    if isinstance(value, (list, dict, GSet)):
        return _snapshot(value, 0)
    return value


def _snapshot(value: object, depth: int) -> object:
    if depth > MAX_KEY_DEPTH:
        raise GroovyThrowable("StackOverflowError", None)
    if isinstance(value, list):
        budget.current().tick(len(value) + 1)
        return ListKey([_part(x, depth) for x in value])
    if isinstance(value, dict):
        budget.current().tick(len(value) + 1)
        return MapKey({k: _part(v, depth) for k, v in value.items()})
    if isinstance(value, GSet):
        budget.current().tick(len(value) + 1)
        return SetKey(value.items)  # elements are dict keys already: hashable
    return value


def _part(value: object, depth: int) -> object:
    t = type(value)
    if t is str or t is int or value is None:
        return value
    return _snapshot(value, depth + 1)


def key_dict(items) -> dict:
    """dict.fromkeys(items) for a GSet's storage, with unhashable elements made keys."""
    return dict.fromkeys(as_key(x) for x in items)


# Exact-type checks that mean "a plain ArrayList / LinkedHashMap" must accept the key copies too.
LIST_TYPES = (list, ListKey, LinkedList)
MAP_TYPES = (dict, MapKey)
