"""java.util.HashSet (Java's bucket order) and java.util.TreeSet (natural order), the two Java
sets besides Groovy's default LinkedHashSet (`keys.GSet`); their GDK methods are the Set and
Collection tables of the allow-list."""

from __future__ import annotations

import math
from functools import cmp_to_key

from convoscript.runtime.core import upcalls
from convoscript.runtime.core.hashing import hash_bucket
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.javacompare import java_compare_to
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.model import budget
from convoscript.runtime.model.values import IntRange

_SET_KINDS = ("Set", "Collection", "Object")


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


def tree_range(low: object, high: object, include_low: bool, include_high: bool):
    """A test for the elements between `low` and `high` (either may be END), in natural order."""

    def keep(x: object) -> bool:
        if low is not END:
            c = java_compare_to(x, low)
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
    """java.util.TreeSet: natural (compareTo) order; elements of different classes fail."""

    __slots__ = ()
    java_class = "java.util.TreeSet"

    def __init__(self, items: object = ()):
        super().__init__()
        for item in items:  # type: ignore[attr-defined]
            self.add_item(item)

    def add_item(self, item: object) -> bool:
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
        return iter(java_sorted(self.items))

    def script_invoke(self, name: str, args: tuple) -> object:
        if name in ("add", "leftShift") and len(args) == 1:
            added = self.add_item(args[0])
            return self if name == "leftShift" else added
        if name == "addAll" and len(args) == 1:
            elements = _collection_elements(args[0])
            if elements is not None:
                results = [self.add_item(x) for x in elements]  # every one, no short cut
                return True in results
        ends = _SUBSETS.get(name)
        if ends is not None and len(args) == (2 if ends == (True, True) else 1):
            low_arg, high_arg = ends
            low = args[0] if low_arg else END
            high = args[-1] if high_arg else END
            keep = tree_range(low, high, True, False)
            return TreeSet(x for x in self if keep(x))
        return upcalls.route_invoke(self, _SET_KINDS, name, args)

    def script_getprop(self, name: str) -> object:
        return upcalls.route_getprop(self, _SET_KINDS, name)

    def groovy_truth(self) -> bool:
        return len(self) > 0


# headSet(to), tailSet(from), subSet(from, to): which ends the arguments give
_SUBSETS = {"headSet": (False, True), "tailSet": (True, False), "subSet": (True, True)}
