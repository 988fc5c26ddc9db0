"""The base of the Java maps that keep their own order (java.util.TreeMap in `treemap.py`,
java.util.HashMap in `hashmap.py`): a dict whose every put places the key.

Not a Java class of its own: it is what makes `map.put`, `map[k] = v`, `map.k = v` and the
Map GDK's other mutators (`gdk/maps.py`, which mutate the dict directly) keep such a map in
its class's order. Which Map methods mutate is the Map GDK's list (`MAP_MUTATORS`).
"""

from __future__ import annotations

from typing import ClassVar

from convoscript.lib.gdk.collections import MAP_MUTATORS
from convoscript.runtime.core.text import as_java_string
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.values import GString


class JavaOrderedMap(dict):
    """What the Java maps that keep their own order (TreeMap, HashMap) share: every put goes
    through `put`, which places the key; any other mutator is followed by `reorder()`; their
    properties are their keys (`map.key`), as for any Groovy map."""

    __slots__ = ()
    # the allow-list tables searched for its methods: a subclass's own (TreeMap) come first
    kinds: ClassVar[tuple[str, ...]] = ("Map", "Object")

    def put(self, key: object, value: object) -> object:
        raise NotImplementedError

    def reorder(self) -> None:
        raise NotImplementedError

    def java_clone(self) -> JavaOrderedMap:
        """A shallow copy of the same class, order and settings (Java's `clone()`)."""
        raise NotImplementedError

    # put and putAt are the class's own table (PUT_METHODS, below); after any other of the
    # Map GDK's mutators the map is put back in its class's order
    def script_invoke(self, name: str, args: tuple) -> object:
        result = route_invoke(self, self.kinds, name, args)
        if name in MAP_MUTATORS and name not in PUT_METHODS:
            self.reorder()
        return result

    def script_getprop(self, name: str) -> object:
        if name == "class":
            return route_getprop(self, ("Object",), name)
        return self.get(name)

    def script_setprop(self, name: str, value: object) -> None:
        self.put(name, value)

    def groovy_truth(self) -> bool:
        return len(self) > 0


def _ordered(value: object) -> JavaOrderedMap:
    if isinstance(value, JavaOrderedMap):
        return value
    raise NoSignature


def _put(self: object, *args: object) -> object:
    """put(key, value): the previous value; the key goes where its class orders it."""
    arity(args, 2)
    return _ordered(self).put(args[0], args[1])


def _put_at(self: object, *args: object) -> object:
    """`map[key] = value`: a GString key is stored as its String."""
    arity(args, 2)
    key = args[0]
    if type(key) is GString:
        key = as_java_string(key)
    _ordered(self).put(key, args[1])
    return args[1]


def _clone(self: object, *args: object) -> object:
    """clone(): a copy of the same class (the Map GDK's clone answers a LinkedHashMap)."""
    arity(args, 0)
    return _ordered(self).java_clone()


# the methods a subclass's table (TreeMap, HashMap) takes over from the Map GDK
PUT_METHODS = {"put": _put, "putAt": _put_at}
# its table: those, and its own clone
ORDERED_MAP_METHODS = {**PUT_METHODS, "clone": _clone}
