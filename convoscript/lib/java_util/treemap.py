"""java.util.TreeMap: the class, its own methods (firstKey, headMap, ceilingKey, ...) and its
constructor.

Its other methods are the Map GDK (`gdk/maps.py`, the dispatch chain continues with "Map"),
which also makes TreeMaps (`map.sort()`); the put-and-reorder mechanics it shares with
HashMap are `orderedmap.JavaOrderedMap`.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from functools import cmp_to_key

from convoscript.lib.gdk.collections import map_contents
from convoscript.lib.java_util.orderedmap import ORDERED_MAP_METHODS, JavaOrderedMap
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.javacompare import java_compare_to
from convoscript.runtime.core.javasets import (
    END,
    TreeSet,
    check_tree_arguments,
    java_sorted,
    tree_range,
)
from convoscript.runtime.core.types import MapEntry
from convoscript.runtime.door.dispatch import route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity, charge, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable


def _comparator_sorted_items(pairs: list, comparator: JavaComparator) -> list:
    """(key, value) pairs, in insertion order, sorted by a comparator of keys (stable, n log n
    steps); keys it says are equal become one entry: the first key with the last value."""
    charge(int(len(pairs) * math.log2(len(pairs) + 1)) + 1)

    def by_key(a: tuple, b: tuple) -> int:
        return comparator.compare(a[0], b[0])

    ordered = sorted(pairs, key=cmp_to_key(by_key))
    merged: list = []
    for key, value in ordered:
        if merged and comparator.compare(key, merged[-1][0]) == 0:
            merged[-1] = (merged[-1][0], value)
        else:
            merged.append((key, value))
    return merged


_NO_KEY = object()  # no key seen yet (None is a key)


class TreeMap(JavaOrderedMap):
    """java.util.TreeMap: keys kept in natural (compareTo) order, where keys of different
    classes fail with ClassCastException; or, made with a java.util.Comparator (`Map.sort(cmp)`),
    in the comparator's order, where keys it says are equal are one key (the first put keeps
    its key and takes the later value, as Java's TreeMap.put does)."""

    __slots__ = ("_comparator",)
    java_class = "java.util.TreeMap"
    kinds = ("TreeMap", "Map", "Object")

    def __init__(self, items: object = (), comparator: JavaComparator | None = None):
        super().__init__()
        self._comparator = comparator
        source = items.items() if isinstance(items, dict) else items  # type: ignore[union-attr]
        self._put_all(source)  # type: ignore[arg-type]

    @property
    def comparator(self) -> JavaComparator | None:
        return getattr(self, "_comparator", None)

    def _put_all(self, pairs) -> None:
        """Adds the pairs and sorts once: n log n steps where a put (and a full re-sort) per
        pair cost n² log n. Each key is still compared with the least key so far, the one
        put() compares it with, so incomparable keys fail with the same ClassCastException."""
        if self.comparator is not None:
            for key, value in pairs:
                dict.__setitem__(self, key, value)
            self.resort()
            return
        least = next(iter(self), _NO_KEY)
        for key, value in pairs:
            if least is _NO_KEY:
                java_compare_to(key, key)
                least = key
            elif java_compare_to(key, least) < 0:
                least = key
            dict.__setitem__(self, key, value)
        self.resort()

    def put(self, key: object, value: object) -> object:
        comparator = self.comparator
        if comparator is not None:
            charge(len(self))
            for existing in self:
                if comparator.compare(key, existing) == 0:
                    key = existing  # the key already there stays; its value is replaced
                    break
            compare = comparator.compare
        else:
            for existing in self:
                java_compare_to(key, existing)
                break
            else:
                java_compare_to(key, key)
            compare = java_compare_to
        if key in self:  # an existing key keeps its place
            old = dict.__getitem__(self, key)
            dict.__setitem__(self, key, value)
            return old
        last = next(reversed(self), _NO_KEY)
        if last is _NO_KEY or compare(key, last) > 0:
            dict.__setitem__(self, key, value)  # the common case: keys put in ascending order
        else:
            # find the place by binary search (log n comparisons) and rebuild the dict in C,
            # charged by size: a put costs n/64 steps, not a full n log n re-sort
            keys = list(self)
            at = bisect_left(keys, cmp_to_key(compare)(key), key=cmp_to_key(compare))
            charge(len(keys) // 64 + at.bit_length())
            items = list(dict.items(self))
            items.insert(at, (key, value))
            dict.clear(self)
            dict.update(self, items)
        check_size(len(self))
        return None

    # a natural-order TreeMap checks the keys it looks up before the Map GDK sees them
    def script_invoke(self, name: str, args: tuple) -> object:
        if self.comparator is None:
            check_tree_arguments(name, args, self)
        return super().script_invoke(name, args)

    def resort(self) -> None:
        comparator = self.comparator
        if comparator is None:
            ordered = [(k, dict.__getitem__(self, k)) for k in java_sorted(self.keys())]
        else:
            ordered = _comparator_sorted_items(list(dict.items(self)), comparator)
        dict.clear(self)
        dict.update(self, ordered)
        check_size(len(self))

    def reorder(self) -> None:
        self.resort()

    def java_clone(self) -> TreeMap:
        check_size(len(self))
        copy = TreeMap((), self.comparator)
        dict.update(copy, self)  # already in order
        return copy

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (
            "java.util.Map",
            "java.util.TreeMap",
            "java.util.SortedMap",
            "java.util.NavigableMap",
            "java.util.AbstractMap",
            "java.lang.Object",
        )


def _tree_key(self: TreeMap, args: tuple, index: int) -> object:
    arity(args, 0)
    if not self:
        raise GroovyThrowable("NoSuchElementException", None)
    return list(self)[index]


def _tree_entry(self: TreeMap, args: tuple, index: int) -> object:
    arity(args, 0)
    if not self:
        return None
    key = list(self)[index]
    return MapEntry(key, self[key], None)


def _tree_submap(self: TreeMap, args: tuple, low_arg: bool, high_arg: bool) -> TreeMap:
    """headMap(to[, inclusive]), tailMap(from[, inclusive]), subMap(from, to) (a copy: Java's
    is a live view)."""
    if low_arg != high_arg:
        arity(args, 1, 2)
        if len(args) == 2 and type(args[1]) is not bool:
            raise NoSignature
        inclusive = args[1] if len(args) == 2 else low_arg  # tailMap includes its bound
        low, high = (args[0], END) if low_arg else (END, args[0])
        keep = tree_range(low, high, inclusive, inclusive)
    else:
        arity(args, 2)
        keep = tree_range(args[0], args[1], True, False)
    return TreeMap({k: v for k, v in self.items() if keep(k)})


def _compare(self: TreeMap):
    comparator = self.comparator
    return comparator.compare if comparator is not None else java_compare_to


def _nearest(self: TreeMap, key: object, below: bool, inclusive: bool) -> object:
    """The key nearest `key` (floorKey, ceilingKey, lowerKey, higherKey), or a marker."""
    if key is None and self.comparator is None and self:
        raise GroovyThrowable(
            "NullPointerException",
            'Cannot invoke "java.lang.Comparable.compareTo(Object)" because "k1" is null',
        )
    compare = _compare(self)
    charge(len(self))
    found: object = _NO_KEY
    for k in self:
        c = compare(key, k)
        if below and (c > 0 or inclusive and c == 0):
            found = k
        elif not below and (c < 0 or inclusive and c == 0):
            return k
    return found


def _navigate_key(below: bool, inclusive: bool):
    def method(self: TreeMap, *args: object) -> object:
        arity(args, 1)
        k = _nearest(self, args[0], below, inclusive)
        return None if k is _NO_KEY else k

    return method


def _navigate_entry(below: bool, inclusive: bool):
    def method(self: TreeMap, *args: object) -> object:
        arity(args, 1)
        k = _nearest(self, args[0], below, inclusive)
        return None if k is _NO_KEY else MapEntry(k, dict.__getitem__(self, k), None)

    return method


def _poll_entry(index: int):
    def method(self: TreeMap, *args: object) -> object:
        arity(args, 0)
        if not self:
            return None
        key = list(self)[index]
        value = dict.pop(self, key)
        return MapEntry(key, value, None)

    return method


def _descending_map(self: TreeMap, *args: object) -> TreeMap:
    """A copy in reverse order (Java's is a live view)."""
    arity(args, 0)
    compare = _compare(self)
    return TreeMap(dict(self), JavaComparator(lambda a, b: compare(b, a)))


def _key_set(self: TreeMap, reverse: bool) -> object:
    result = TreeSet((), self.comparator)
    if reverse:
        compare = _compare(self)
        result = TreeSet((), JavaComparator(lambda a, b: compare(b, a)))
    result.items = dict.fromkeys(reversed(list(self)) if reverse else self)
    return result


TREE_MAP_METHODS = {
    "ceilingKey": _navigate_key(below=False, inclusive=True),
    "higherKey": _navigate_key(below=False, inclusive=False),
    "floorKey": _navigate_key(below=True, inclusive=True),
    "lowerKey": _navigate_key(below=True, inclusive=False),
    "ceilingEntry": _navigate_entry(below=False, inclusive=True),
    "higherEntry": _navigate_entry(below=False, inclusive=False),
    "floorEntry": _navigate_entry(below=True, inclusive=True),
    "lowerEntry": _navigate_entry(below=True, inclusive=False),
    "pollFirstEntry": _poll_entry(0),
    "pollLastEntry": _poll_entry(-1),
    "descendingMap": _descending_map,
    "descendingKeySet": lambda self, *a: arity(a, 0) or _key_set(self, reverse=True),
    "navigableKeySet": lambda self, *a: arity(a, 0) or _key_set(self, reverse=False),
    "comparator": lambda self, *a: arity(a, 0) or self.comparator,
    "firstKey": lambda self, *a: _tree_key(self, a, 0),
    "lastKey": lambda self, *a: _tree_key(self, a, -1),
    "firstEntry": lambda self, *a: _tree_entry(self, a, 0),
    "lastEntry": lambda self, *a: _tree_entry(self, a, -1),
    "headMap": lambda self, *a: _tree_submap(self, a, False, True),
    "tailMap": lambda self, *a: _tree_submap(self, a, True, False),
    "subMap": lambda self, *a: (
        _tree_submap(self, a, True, True)
        if len(a) == 2
        else route_invoke(self, ("Map", "Object"), "subMap", a)
    ),
}
METHODS = {"TreeMap": {**TREE_MAP_METHODS, **ORDERED_MAP_METHODS}}


def new_tree_map(*args: object) -> dict:
    arity(args, 0, 1)
    if not args:
        return TreeMap()
    if isinstance(args[0], JavaComparator):  # TreeMap(Comparator)
        return TreeMap((), args[0])
    entries = map_contents(args[0])
    if entries is None:
        raise NoSignature
    check_size(len(entries))
    return TreeMap(entries)


CONSTRUCTORS = {"java.util.TreeMap": new_tree_map}
DEFAULT_IMPORTS = {
    "TreeMap": "java.util.TreeMap",
    "NavigableMap": "java.util.NavigableMap",  # what a TreeMap is typed as (type names only)
    "SortedMap": "java.util.SortedMap",
}
