"""java.util.HashSet (Java's bucket order) and java.util.TreeSet (natural order), the two Java
sets besides Groovy's default LinkedHashSet (`keys.GSet`); their GDK methods are the Set and
Collection tables of the allow-list."""

from __future__ import annotations

import math
from functools import cmp_to_key

from convoscript.runtime.core import upcalls
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.hashing import hash_bucket
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.javacompare import java_compare_to
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import IntRange

_SET_KINDS = ("Set", "Collection", "Object")
_TREE_SET_KINDS = ("TreeSet", *_SET_KINDS)


def table_size(capacity: int) -> int:
    """HashMap.tableSizeFor: the power of two at or above `capacity` (at least 1)."""
    size = 1
    while size < capacity:
        size *= 2
    return size


class HashSet(GSet):
    """java.util.HashSet: iterates in Java's bucket order (hash, then insertion within a bucket).

    Elements are stored in insertion order (like any GSet); iteration sorts them by bucket for
    the table capacity Java would have reached, which reproduces HashMap's order (short of
    treeified buckets)."""

    __slots__ = ("capacity",)
    java_class = "java.util.HashSet"

    def __init__(self, items: object = (), initial_capacity: int = 16):
        super().__init__(items)
        self.capacity = table_size(initial_capacity)

    @classmethod
    def of(cls, items: list) -> HashSet:
        """Java's `new HashSet(collection)`: a table for size / 0.75 + 1, at least 16."""
        return cls(items, max(int(len(items) / 0.75) + 1, 16))

    def __iter__(self):
        while len(self.items) > self.capacity * 0.75:
            self.capacity *= 2
        budget.current().tick(len(self.items))
        capacity = self.capacity
        return iter(sorted(self.items, key=lambda item: hash_bucket(item, capacity)))

    def script_invoke(self, name: str, args: tuple) -> object:
        return upcalls.route_invoke(self, _SET_KINDS, name, args)

    def script_getprop(self, name: str) -> object:
        return upcalls.route_getprop(self, _SET_KINDS, name)

    def groovy_truth(self) -> bool:
        return len(self) > 0


# ---- TreeSet ----------------------------------------------------------------------------------
def java_sorted(items) -> list:
    """The items in natural (compareTo) order, as a TreeSet or TreeMap keeps them."""
    items = list(items)
    budget.current().tick(int(len(items) * math.log2(len(items) + 1)) + 1)
    return sorted(items, key=cmp_to_key(java_compare_to))


# An open end of a sub-range (headSet, tailMap ...).
END = object()


def check_tree_key(key: object, keys: object) -> None:
    """The checks Java's TreeMap makes of a key it looks up in natural order (get,
    containsKey, remove; TreeSet's contains, remove, headSet ...): a null or non-Comparable
    key fails even on an empty tree, and a key of another class fails against its keys."""
    if key is None:
        raise GroovyThrowable("NullPointerException", None)
    first = next(iter(keys), END)  # type: ignore[call-overload]
    java_compare_to(key, key if first is END else first)


# the methods of a TreeSet/TreeMap that look a key up, and those that make a range of keys
_TREE_LOOKUPS = frozenset(
    {
        "contains",
        "remove",
        "get",
        "getAt",
        "containsKey",
        "getOrDefault",
        "compute",
        "computeIfAbsent",
        "computeIfPresent",
        "merge",
        "putIfAbsent",
        "replace",
    }
)
_TREE_RANGES = frozenset({"headSet", "tailSet", "subSet", "headMap", "tailMap", "subMap"})


def check_tree_arguments(name: str, args: tuple, keys: object) -> None:
    """Java's checks of the key arguments of a natural-order TreeSet/TreeMap method: a lookup
    compares the key with the tree's keys, a range compares its bounds (subSet(lo, hi)
    compares lo with hi; headSet(x) x with itself), before anything else happens."""
    if not args:
        return
    if name in _TREE_LOOKUPS:
        if name == "merge" and len(args) > 1 and args[1] is None:
            return  # Java checks the value first
        check_tree_key(args[0], keys)
    elif name in _TREE_RANGES:
        bounds = _range_bounds(name, args)
        if bounds is None:
            return
        if len(bounds) == 2:
            java_compare_to(*bounds)
        else:
            check_tree_key(bounds[0], ())


def _range_bounds(name: str, args: tuple) -> tuple | None:
    """The key bounds of headSet/tailSet/subSet(Map) arguments, or None for another overload
    (the GDK's subMap(Collection))."""
    if name.startswith("sub"):
        if len(args) == 2:  # (the GDK's subMap(Collection) has one argument)
            return args[0], args[1]
        if len(args) == 4:
            return args[0], args[2]
        return None
    return (args[0],) if len(args) in (1, 2) else None


def tree_range(low: object, high: object, include_low: bool, include_high: bool):
    """A test for the elements between `low` and `high` (either may be END), in natural order."""

    def keep(x: object) -> bool:
        if low is not END:
            c = -java_compare_to(low, x)  # Java compares the low bound with the keys
            if c < 0 or (c == 0 and not include_low):
                return False
        if high is not END:
            c = java_compare_to(x, high)
            if c > 0 or (c == 0 and not include_high):
                return False
        return True

    return keep


def _collection_elements(value: object) -> list | None:
    """The elements of a Collection argument (a list, range or set, or a read-only view of
    one), else None."""
    if isinstance(value, list):
        return value
    if isinstance(value, GSet):
        return list(value)
    if isinstance(value, IntRange):
        budget.current().check_collection(len(value))
        budget.current().tick(len(value) // 8)
        return list(value.to_range())
    if is_instance(value, "java.util.Collection"):  # `asImmutable()` of a list or set
        return list(value)  # type: ignore[call-overload]
    return None


class TreeSet(GSet):
    """java.util.TreeSet: natural (compareTo) order, elements of different classes fail; or,
    made with a Comparator, its order, where elements it says are equal are one element."""

    __slots__ = ("comparator",)
    java_class = "java.util.TreeSet"

    def __init__(self, items: object = (), comparator: JavaComparator | None = None):
        super().__init__()
        self.comparator = comparator
        for item in items:  # type: ignore[attr-defined]
            self.add_item(item)

    def compare(self, a: object, b: object) -> int:
        if self.comparator is None:
            return java_compare_to(a, b)
        return self.comparator.compare(a, b)

    def add_item(self, item: object) -> bool:
        if self.comparator is not None:
            budget.current().tick(len(self.items) // 8 + 1)
            if not self.items:
                self.comparator.compare(item, item)  # Java's TreeMap.put type check
            for existing in self.items:
                if self.comparator.compare(item, existing) == 0:
                    return False
            self.items[item] = None
            return True
        for existing in self.items:
            java_compare_to(item, existing)  # fails like Java for an incomparable element
            break
        else:
            java_compare_to(item, item)
        if item in self.items:
            return False
        self.items[item] = None
        return True

    def __iter__(self):
        if self.comparator is None:
            return iter(java_sorted(self.items))
        items = list(self.items)
        budget.current().tick(int(len(items) * math.log2(len(items) + 1)) + 1)
        return iter(sorted(items, key=cmp_to_key(self.comparator.compare)))

    def copy_with(self, items) -> TreeSet:
        result = TreeSet((), self.comparator)
        result.items = dict.fromkeys(items)
        return result

    def navigate(self, name: str, key: object) -> object:
        """floor, ceiling, higher, lower: the nearest element (null for none); like Java's
        TreeMap, an empty set compares nothing and a null key fails on a non-empty one."""
        if not self.items:
            return None
        if key is None and self.comparator is None:
            raise GroovyThrowable(
                "NullPointerException",
                'Cannot invoke "java.lang.Comparable.compareTo(Object)" because "k1" is null',
            )
        below = name in ("floor", "lower")
        inclusive = name in ("floor", "ceiling")
        found = None
        for x in self:
            c = self.compare(key, x)
            if below and (c > 0 or (inclusive and c == 0)):
                found = x
            elif not below and (c < 0 or (inclusive and c == 0)):
                return x
        return found

    def add_all(self, value: object) -> bool | None:
        """addAll(Collection): True when any element was added; None for a non-collection."""
        elements = _collection_elements(value)
        if elements is None:
            return None
        results = [self.add_item(x) for x in elements]  # every one, no short cut
        return True in results

    def end(self, name: str) -> object:
        """first, last, pollFirst, pollLast."""
        ordered = list(self)
        if not ordered:
            if name.startswith("poll"):
                return None
            raise GroovyThrowable("NoSuchElementException", None)
        x = ordered[0] if name in ("first", "pollFirst") else ordered[-1]
        if name.startswith("poll"):
            del self.items[x]
        return x

    def descending(self) -> TreeSet:
        """A copy in the reverse order (Java's descendingSet is a live view)."""
        return TreeSet(self.items, JavaComparator(lambda a, b: self.compare(b, a)))

    def subset(self, name: str, args: tuple) -> TreeSet:
        """headSet(to[, incl]), tailSet(from[, incl]), subSet(from, to) / (from, incl, to, incl)."""
        return self.copy_with(x for x in self if _sub_keep(self, name, args, x))

    # its own methods are the TreeSet table of the allow-list (lib/java_util/sets.py), then the
    # Set and Collection GDK
    def script_invoke(self, name: str, args: tuple) -> object:
        if self.comparator is None:
            check_tree_arguments(name, args, self.items)
        return upcalls.route_invoke(self, _TREE_SET_KINDS, name, args)

    def script_getprop(self, name: str) -> object:
        return upcalls.route_getprop(self, _SET_KINDS, name)

    def groovy_truth(self) -> bool:
        return len(self) > 0


def _sub_keep(tree: TreeSet, name: str, args: tuple, x: object) -> bool:
    """headSet(to[, incl]), tailSet(from[, incl]), subSet(from, to) / (from, incl, to, incl)."""
    if name == "headSet":
        low, low_in, high, high_in = None, True, args[0], len(args) == 2 and args[1] is True
    elif name == "tailSet":
        low, low_in, high, high_in = args[0], len(args) == 1 or args[1] is True, None, True
    elif len(args) == 2:
        low, low_in, high, high_in = args[0], True, args[1], False
    else:
        low, low_in, high, high_in = args[0], args[1] is True, args[2], args[3] is True
    if name != "headSet":
        c = tree.compare(x, low)
        if c < 0 or (c == 0 and not low_in):
            return False
    if name != "tailSet":
        c = tree.compare(x, high)
        if c > 0 or (c == 0 and not high_in):
            return False
    return True


# headSet(to), tailSet(from), subSet(from, to): which ends the arguments give
SUBSET_ARITIES = {"headSet": (1, 2), "tailSet": (1, 2), "subSet": (2, 4)}
