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

    def script_invoke(self, name: str, args: tuple) -> object:
        if name in ("put", "putAt") and len(args) == 2:
            key = args[0]
            if name == "putAt" and type(key) is GString:
                key = as_java_string(key)
            old = self.put(key, args[1])
            return old if name == "put" else args[1]
        result = route_invoke(self, self.kinds, name, args)
        if name in MAP_MUTATORS:
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
