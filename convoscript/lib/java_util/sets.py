"""The constructors of java.util.HashSet, LinkedHashSet and TreeSet, and TreeSet's own methods.

The classes live in runtime.core, which must recognise them (equality, hashing, casts):
HashSet and TreeSet in `core/javasets.py`, LinkedHashSet (`GSet`, Groovy's default Set) in
`core/types.py`. Their other methods are the Set and Collection GDK (`gdk/collections.py`).
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import _elements, _is_collection
from convoscript.lib.java_util.arraylist import check_capacity
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.javasets import SUBSET_ARITIES, HashSet, TreeSet
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.door.signatures import NoSignature, arity, check_size


def new_hash_set(*args: object) -> GSet:
    arity(args, 0, 1)
    if not args:
        return HashSet()
    if type(args[0]) is int:
        check_capacity(args[0])
        return HashSet((), args[0])  # type: ignore[arg-type]
    if not _is_collection(args[0]):
        raise NoSignature
    items = _elements(args[0])
    check_size(len(items))
    return HashSet.of(items)


def new_tree_set(*args: object) -> GSet:
    arity(args, 0, 1)
    if not args:
        return TreeSet()
    if isinstance(args[0], JavaComparator):
        return TreeSet((), args[0])
    if isinstance(args[0], TreeSet):  # TreeSet(SortedSet): the same order
        check_size(len(args[0].items))
        return TreeSet(args[0].items, args[0].comparator)
    if not _is_collection(args[0]):
        raise NoSignature
    items = _elements(args[0])
    check_size(len(items))
    return TreeSet(items)


def new_linked_hash_set(*args: object) -> GSet:
    arity(args, 0, 1)
    if not args:
        return GSet()
    if type(args[0]) is int:
        check_capacity(args[0])
        return GSet()
    if not _is_collection(args[0]):
        raise NoSignature
    return GSet(_elements(args[0]))


def _tree(value: object) -> TreeSet:
    if not isinstance(value, TreeSet):
        raise NoSignature
    return value


def _add_all(self: object, *args: object) -> bool:
    arity(args, 1)
    added = _tree(self).add_all(args[0])
    if added is None:
        raise NoSignature
    return added


def _leftshift(self: object, *args: object) -> TreeSet:
    arity(args, 1)
    _tree(self).add_item(args[0])
    return _tree(self)


def _navigate(name: str):
    def method(self: object, *args: object) -> object:
        arity(args, 1)
        return _tree(self).navigate(name, args[0])

    return method


def _end(name: str):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        return _tree(self).end(name)

    return method


def _subset(name: str):
    def method(self: object, *args: object) -> TreeSet:
        arity(args, *SUBSET_ARITIES[name])
        return _tree(self).subset(name, args)

    return method


TREE_SET_METHODS = {
    "add": lambda self, *a: arity(a, 1) or _tree(self).add_item(a[0]),
    "leftShift": _leftshift,
    "addAll": _add_all,
    **{name: _navigate(name) for name in ("floor", "ceiling", "higher", "lower")},
    **{name: _end(name) for name in ("first", "last", "pollFirst", "pollLast")},
    "descendingSet": lambda self, *a: arity(a, 0) or _tree(self).descending(),
    "comparator": lambda self, *a: arity(a, 0) or _tree(self).comparator,
    **{name: _subset(name) for name in SUBSET_ARITIES},
}
METHODS = {"TreeSet": TREE_SET_METHODS}

CONSTRUCTORS = {
    "java.util.HashSet": new_hash_set,
    "java.util.LinkedHashSet": new_linked_hash_set,
    "java.util.TreeSet": new_tree_set,
}
DEFAULT_IMPORTS = {
    "HashSet": "java.util.HashSet",
    "LinkedHashSet": "java.util.LinkedHashSet",
    "TreeSet": "java.util.TreeSet",
    "SortedSet": "java.util.SortedSet",  # what a TreeSet is typed as (type names only)
    "NavigableSet": "java.util.NavigableSet",
}
