"""java.util.HashMap: a map that iterates in Java's order, which scripts see when they print
it, loop over it or turn it into JSON.

Java's HashMap orders keys by bucket (the key's hashCode, spread and masked by the table
capacity) and, within a bucket, by insertion; the table doubles past 0.75 load, and a resize
keeps the relative order inside each bucket. Here the dict itself is kept in that order: a new
key whose bucket is not before the last key's is simply appended (the common case), otherwise
the entries are stably re-sorted by bucket, which is exactly the order Java's resize and
insertion produce (short of buckets of 8+ colliding keys, which Java turns into trees).

Its other methods are the Map GDK (`gdk/maps.py`); the put-and-reorder mechanics it shares with
TreeMap are `orderedmap.JavaOrderedMap`; the bucket of a key is runtime.core's `hash_bucket`
(HashSet, in core, orders its elements the same way).
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import map_contents
from convoscript.lib.java_util.arraylist import check_capacity
from convoscript.lib.java_util.orderedmap import ORDERED_MAP_METHODS, JavaOrderedMap
from convoscript.runtime.core.hashing import hash_bucket
from convoscript.runtime.core.javasets import table_size
from convoscript.runtime.core.keys import as_key
from convoscript.runtime.door.signatures import NoSignature, arity, charge, check_size

_NO_KEY = object()


class HashMap(JavaOrderedMap):
    __slots__ = ("capacity",)
    java_class = "java.util.HashMap"
    kinds = ("HashMap", "Map", "Object")

    def __init__(self, items: object = (), initial_capacity: int = 16):
        super().__init__()
        self.capacity = table_size(initial_capacity)
        source = items.items() if isinstance(items, dict) else items  # type: ignore[union-attr]
        for key, value in source:  # type: ignore[attr-defined]
            dict.__setitem__(self, key, value)
        self.rehash()

    def _bucket(self, key: object) -> int:
        return hash_bucket(key, self.capacity)

    def rehash(self) -> None:
        """Grow the table as Java would for this size, and put the entries in bucket order."""
        while len(self) > self.capacity * 0.75:
            self.capacity *= 2
        charge(len(self))
        ordered = sorted(dict.items(self), key=lambda kv: self._bucket(kv[0]))
        dict.clear(self)
        dict.update(self, ordered)

    def put(self, key: object, value: object) -> object:
        key = as_key(key)  # a List/Map/Set key (keys.py)
        if key in self:  # an existing key keeps its place
            old = dict.__getitem__(self, key)
            dict.__setitem__(self, key, value)
            return old
        last = next(reversed(self), _NO_KEY)
        dict.__setitem__(self, key, value)
        if len(self) > self.capacity * 0.75 or (
            last is not _NO_KEY and self._bucket(key) < self._bucket(last)
        ):
            self.rehash()
        return None

    def reorder(self) -> None:
        self.rehash()

    def java_clone(self) -> HashMap:
        check_size(len(self))
        copy = HashMap((), self.capacity)
        dict.update(copy, self)  # the same table: the same order
        return copy

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (
            "java.util.Map",
            "java.util.HashMap",
            "java.util.AbstractMap",
            "java.lang.Object",
        )


def new_hash_map(*args: object) -> HashMap:
    """new HashMap(), new HashMap(capacity), new HashMap(map): Java's table sizes."""
    arity(args, 0, 1)
    if not args:
        return HashMap()
    if type(args[0]) is int:
        check_capacity(args[0])
        return HashMap((), args[0])  # type: ignore[arg-type]
    entries = map_contents(args[0])
    if entries is not None:
        check_size(len(entries))
        # Java's HashMap(Map): tableSizeFor(size / 0.75 + 1), no minimum of 16 (unlike HashSet)
        return HashMap(entries, int(len(entries) / 0.75 + 1.0))
    raise NoSignature


METHODS = {"HashMap": dict(ORDERED_MAP_METHODS)}
CONSTRUCTORS = {"java.util.HashMap": new_hash_map}
DEFAULT_IMPORTS = {"HashMap": "java.util.HashMap"}
