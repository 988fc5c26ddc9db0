"""java.util.Collections: its static helpers (sort, max, min, reverse, shuffle, ...) and the
empty, singleton and nCopies views it makes.

Sorting and extremes use Java's natural order or a Comparator (`arrays.compare_function`), unlike
Groovy's `sort()`/`max()`. The unmodifiable views (`unmodifiableList` ...) are the ones the GDK's
`asImmutable()` makes (`gdk/collections.py`, whose receiver helpers see through them); the views
here are their subclasses. `shuffle` draws from the run's random source (`randoms.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from convoscript.lib.gdk.collections import (
    Unmodifiable,
    UnmodifiableList,
    UnmodifiableMap,
    UnmodifiableSet,
    unmodifiable,
)
from convoscript.lib.java_util.arrays import FixedSizeList, compare_function, sort_items
from convoscript.lib.java_util.randoms import as_random, run_random
from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.javacompare import java_compare_to, java_equals
from convoscript.runtime.core.keys import LIST_TYPES, GSet, as_key
from convoscript.runtime.door.dispatch import invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, charge, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import PerRun


def _view(cls_name: str, base_cls: type) -> type:
    return type(cls_name.rsplit("$", 1)[-1], (base_cls,), {"__slots__": (), "java_class": cls_name})


EmptyList = _view("java.util.Collections$EmptyList", UnmodifiableList)
EmptySet = _view("java.util.Collections$EmptySet", UnmodifiableSet)
EmptyMap = _view("java.util.Collections$EmptyMap", UnmodifiableMap)
SingletonList = _view("java.util.Collections$SingletonList", UnmodifiableList)
SingletonSet = _view("java.util.Collections$SingletonSet", UnmodifiableSet)
SingletonMap = _view("java.util.Collections$SingletonMap", UnmodifiableMap)
CopiesList = _view("java.util.Collections$CopiesList", UnmodifiableList)


def _items(value: object) -> list:
    """The live Python list behind a List argument (NoSignature for anything else)."""
    if type(value) in LIST_TYPES or isinstance(value, JavaArray):
        return value  # type: ignore[return-value]
    if isinstance(value, Unmodifiable) and isinstance(value.base, list):
        return value.base
    raise NoSignature


def _writable(value: object) -> list:
    if isinstance(value, Unmodifiable) and not isinstance(value, FixedSizeList):
        raise GroovyThrowable("UnsupportedOperationException", None)
    return _items(value)


def _elements(value: object) -> list:
    if isinstance(value, GSet):
        return list(value)
    if isinstance(value, Unmodifiable):
        return list(value)
    return _items(value)


def c_sort(*args: object) -> None:
    arity(args, 1, 2)
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException",
            'Cannot invoke "java.util.List.sort(java.util.Comparator)" because "list" is null',
        )
    items = _writable(args[0])
    items[:] = sort_items(list(items), compare_function(args[1] if len(args) == 2 else None))


def _extreme(want: int):
    def method(*args: object) -> object:
        arity(args, 1, 2)
        if args[0] is None:
            raise GroovyThrowable(
                "NullPointerException",
                'Cannot invoke "java.util.Collection.iterator()" because "coll" is null',
            )
        items = _elements(args[0])
        compare = compare_function(args[1] if len(args) == 2 else None)
        if not items:
            raise GroovyThrowable("NoSuchElementException", None)
        charge(len(items))
        best = items[0]
        for item in items[1:]:
            if compare(item, best) * want > 0:
                best = item
        return best

    return method


def c_reverse(*args: object) -> None:
    arity(args, 1)
    items = _writable(args[0])
    charge(len(items))
    items.reverse()


def c_swap(*args: object) -> None:
    arity(args, 3)
    items = _writable(args[0])
    i, j = as_int(args[1]), as_int(args[2])
    for k in (i, j):
        if not 0 <= k < len(items):
            raise GroovyThrowable(
                "IndexOutOfBoundsException", f"Index {k} out of bounds for length {len(items)}"
            )
    items[i], items[j] = items[j], items[i]


def c_rotate(*args: object) -> None:
    arity(args, 2)
    items = _writable(args[0])
    if items:
        shift = as_int(args[1]) % len(items)
        charge(len(items))
        items[:] = items[-shift:] + items[:-shift] if shift else items


def c_fill(*args: object) -> None:
    arity(args, 2)
    items = _writable(args[0])
    charge(len(items))
    items[:] = [args[1]] * len(items)


def c_frequency(*args: object) -> int:
    arity(args, 2)
    items = _elements(args[0])
    charge(len(items))
    return sum(
        1 for item in items if java_equals(args[1], item) or (item is None and args[1] is None)
    )


def c_add_all(*args: object) -> bool:
    if len(args) < 1:
        raise NoSignature
    target = args[0]
    if isinstance(target, Unmodifiable):
        raise GroovyThrowable("UnsupportedOperationException", None)
    # an array given as the varargs is the elements themselves (Java's T... parameter)
    items = args[1] if len(args) == 2 and isinstance(args[1], JavaArray) else args[1:]
    changed = False
    for item in items:
        changed = bool(invoke(target, "add", item)) or changed
    return changed


def c_disjoint(*args: object) -> bool:
    arity(args, 2)
    a, b = _elements(args[0]), _elements(args[1])
    charge(len(a) * max(len(b), 1))
    return not any(java_equals(x, y) for x in a for y in b)


def c_reverse_order(*args: object) -> JavaComparator:
    arity(args, 0, 1)
    if args and args[0] is not None:
        compare = compare_function(args[0])
        return JavaComparator(lambda a, b: compare(b, a))
    return JavaComparator(
        lambda a, b: java_compare_to(b, a), "java.util.Collections$ReverseComparator"
    )


def _unmodifiable(kind: type):
    def method(*args: object) -> Unmodifiable:
        arity(args, 1)
        value = args[0]
        if value is None:
            raise GroovyThrowable("NullPointerException", None)
        if not isinstance(value, (list, dict, GSet, Unmodifiable)) or not isinstance(value, kind):
            raise NoSignature
        if kind is object and not isinstance(value, dict):  # a Collection view, not a List's
            return Unmodifiable(value)
        return unmodifiable(value)

    return method


def c_n_copies(*args: object) -> Unmodifiable:
    arity(args, 2)
    n = as_int(args[0])
    if n < 0:
        raise GroovyThrowable("IllegalArgumentException", f"List length = {n}")
    check_size(n)
    return CopiesList([args[1]] * n)


def _view_maker(count: int, make: Callable[..., Unmodifiable]) -> Callable[..., Unmodifiable]:
    """Collections.emptyList() ... singletonMap(k, v): `count` arguments, a new view."""

    def method(*args: object) -> Unmodifiable:
        arity(args, count)
        return make(*args)

    return method


def shuffle(*args: object) -> None:
    """Collections.shuffle(list[, Random]): Java's swap walk from the end."""
    arity(args, 1, 2)
    items = args[0]
    if type(items) is not list:
        raise NoSignature
    rnd = run_random() if len(args) == 1 else as_random(args[1])
    charge(len(items))  # type: ignore[arg-type]
    for i in range(len(items), 1, -1):  # type: ignore[arg-type]
        j = rnd.next_int(i)
        items[i - 1], items[j] = items[j], items[i - 1]  # type: ignore[index]


STATIC_METHODS = {
    "java.util.Collections": {
        "sort": c_sort,
        "max": _extreme(1),
        "min": _extreme(-1),
        "reverse": c_reverse,
        "swap": c_swap,
        "rotate": c_rotate,
        "fill": c_fill,
        "frequency": c_frequency,
        "addAll": c_add_all,
        "disjoint": c_disjoint,
        "shuffle": shuffle,
        "reverseOrder": c_reverse_order,
        "unmodifiableList": _unmodifiable(list),
        "unmodifiableCollection": _unmodifiable(object),
        "unmodifiableSet": _unmodifiable(GSet),
        "unmodifiableMap": _unmodifiable(dict),
        "emptyList": _view_maker(0, lambda: EmptyList([])),
        "emptySet": _view_maker(0, lambda: EmptySet(GSet())),
        "emptyMap": _view_maker(0, lambda: EmptyMap({})),
        "singletonList": _view_maker(1, lambda x: SingletonList([x])),
        "singleton": _view_maker(1, lambda x: SingletonSet(GSet([x]))),
        "singletonMap": _view_maker(2, lambda k, v: SingletonMap({as_key(k): v})),
        "nCopies": c_n_copies,
    },
}

# Each run has its own empty views: a view is read-only by refusing the members that change it,
# and the value behind it is a live Python container, so a path a view forgot to refuse must
# not reach another run (the isolation audit in docs/sandbox.md).
STATIC_FIELDS = {
    "java.util.Collections": {
        "EMPTY_LIST": PerRun(lambda: EmptyList([])),
        "EMPTY_SET": PerRun(lambda: EmptySet(GSet())),
        "EMPTY_MAP": PerRun(lambda: EmptyMap({})),
    },
}

DEFAULT_IMPORTS = {"Collections": "java.util.Collections"}
