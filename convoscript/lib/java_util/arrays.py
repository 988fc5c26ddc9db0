"""java.util.Arrays and java.util.Collections static helpers (sort, max, min, reverse, the
unmodifiable / empty / singleton views, Arrays.asList's fixed-size list ...).

Sorting and extremes use Java's natural order (`compareTo`: values of different classes are a
ClassCastException), unlike Groovy's `sort()`/`max()`.
"""

from __future__ import annotations

import math
from functools import cmp_to_key

from convoscript.lib.gdk.collections import (
    Unmodifiable,
    UnmodifiableList,
    UnmodifiableMap,
    UnmodifiableSet,
    unmodifiable,
)
from convoscript.lib.gdk.strings import java_to_string
from convoscript.lib.java_util.randoms import shuffle
from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.core.closures import Closure
from convoscript.runtime.core.comparators import JavaComparator, closure_comparator
from convoscript.runtime.core.javacompare import java_compare_to, java_equals
from convoscript.runtime.core.keys import LIST_TYPES
from convoscript.runtime.core.types import GSet
from convoscript.runtime.door.dispatch import invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, charge, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable

_SIZE_CHANGES = frozenset(
    {
        "add",
        "addAll",
        "remove",
        "removeAt",
        "removeAll",
        "retainAll",
        "clear",
        "leftShift",
        "push",
        "pop",
        "removeElement",
        "removeIf",
        "unique",
    }
)


class FixedSizeList(UnmodifiableList):
    """Arrays.asList: elements may be replaced (`set`, `list[i] = x`, `sort`) but the size is
    fixed; adding or removing is an UnsupportedOperationException."""

    __slots__ = ()
    java_class = "java.util.Arrays$ArrayList"

    def script_invoke(self, name: str, args: tuple) -> object:
        copying = name == "unique" and args and args[0] is False
        if name in _SIZE_CHANGES and not copying:
            raise GroovyThrowable("UnsupportedOperationException", None)
        if name in ("getClass", "hashCode", "is"):
            return super().script_invoke(name, args)
        result = invoke(self.base, name, *args)
        return self if result is self.base else result


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


def _comparator(value: object):
    if value is None:
        return java_compare_to
    if isinstance(value, JavaComparator):
        return value.compare
    if isinstance(value, Closure):
        return closure_comparator(value).compare
    raise NoSignature


def _sorted(items: list, compare) -> list:
    charge(int(len(items) * math.log2(len(items) + 1)) + 1)
    return sorted(items, key=cmp_to_key(compare))


# ---- Collections ---------------------------------------------------------------------------
def c_sort(*args: object) -> None:
    arity(args, 1, 2)
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException",
            'Cannot invoke "java.util.List.sort(java.util.Comparator)" because "list" is null',
        )
    items = _writable(args[0])
    items[:] = _sorted(list(items), _comparator(args[1] if len(args) == 2 else None))


def _extreme(want: int):
    def method(*args: object) -> object:
        arity(args, 1, 2)
        if args[0] is None:
            raise GroovyThrowable(
                "NullPointerException",
                'Cannot invoke "java.util.Collection.iterator()" because "coll" is null',
            )
        items = _elements(args[0])
        compare = _comparator(args[1] if len(args) == 2 else None)
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
    changed = False
    for item in args[1:]:
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
        compare = _comparator(args[0])
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
        return unmodifiable(value)

    return method


def c_n_copies(*args: object) -> Unmodifiable:
    arity(args, 2)
    n = as_int(args[0])
    if n < 0:
        raise GroovyThrowable("IllegalArgumentException", f"List length = {n}")
    check_size(n)
    return CopiesList([args[1]] * n)


# ---- Arrays --------------------------------------------------------------------------------
def a_as_list(*args: object) -> FixedSizeList:
    if (
        len(args) == 1
        and isinstance(args[0], JavaArray)
        and getattr(args[0], "java_class", "") != "int[]"
    ):
        return FixedSizeList(args[0])
    check_size(len(args))
    return FixedSizeList(list(args))


_AMBIGUOUS = (
    "Ambiguous method overloading for method java.util.Arrays#toString.\n"
    "Cannot resolve which method to invoke for [null] due to overlapping prototypes "
    "between:\n\t[class [B]\n\t[class [C]\n\t[class [D]\n\t[class [F]\n\t[class [I]"
    "\n\t[class [J]\n\t[class [Ljava.lang.Object;]\n\t[class [S]\n\t[class [Z]"
)


def a_to_string(*args: object) -> str:
    if len(args) == 1 and args[0] is None:
        raise GroovyThrowable("GroovyRuntimeException", _AMBIGUOUS)
    items = args[0] if len(args) == 1 and isinstance(args[0], JavaArray) else list(args)
    charge(len(items))
    return "[" + ", ".join(java_to_string(item) for item in items) + "]"


def a_sort(*args: object) -> None:
    arity(args, 1, 2)
    target = args[0]
    if type(target) in LIST_TYPES:  # Groovy passes a copy of the list as the Object[]: no effect
        _sorted(list(target), _comparator(args[1] if len(args) == 2 else None))
        return
    if not isinstance(target, JavaArray):
        raise NoSignature
    target[:] = _sorted(list(target), _comparator(args[1] if len(args) == 2 else None))


def a_fill(*args: object) -> None:
    arity(args, 2)
    if not isinstance(args[0], JavaArray):
        raise NoSignature
    charge(len(args[0]))
    args[0][:] = [args[1]] * len(args[0])


def a_copy_of(*args: object) -> JavaArray:
    arity(args, 2)
    source, n = args[0], as_int(args[1])
    if not isinstance(source, JavaArray):
        raise NoSignature
    if n < 0:
        raise GroovyThrowable("NegativeArraySizeException", str(n))
    check_size(n)
    filler = 0 if source.java_class == "int[]" else None
    return type(source)(list(source[:n]) + [filler] * max(0, n - len(source)))


def a_equals(*args: object) -> bool:
    arity(args, 2)
    a, b = args
    if a is None or b is None:
        return a is b
    if not isinstance(a, JavaArray) or not isinstance(b, JavaArray):
        raise NoSignature
    charge(len(a))
    return len(a) == len(b) and all(
        java_equals(x, y) or (x is None and y is None) for x, y in zip(a, b)
    )


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
        "emptyList": lambda *a: arity(a, 0) or EmptyList([]),
        "emptySet": lambda *a: arity(a, 0) or EmptySet(GSet()),
        "emptyMap": lambda *a: arity(a, 0) or EmptyMap({}),
        "singletonList": lambda *a: arity(a, 1) or SingletonList([a[0]]),
        "singleton": lambda *a: arity(a, 1) or SingletonSet(GSet([a[0]])),
        "singletonMap": lambda *a: arity(a, 2) or SingletonMap({a[0]: a[1]}),
        "nCopies": c_n_copies,
    },
    "java.util.Arrays": {
        "asList": a_as_list,
        "toString": a_to_string,
        "sort": a_sort,
        "fill": a_fill,
        "copyOf": a_copy_of,
        "equals": a_equals,
    },
}

STATIC_FIELDS = {
    "java.util.Collections": {
        "EMPTY_LIST": EmptyList([]),
        "EMPTY_SET": EmptySet(GSet()),
        "EMPTY_MAP": EmptyMap({}),
    },
}

DEFAULT_IMPORTS = {"Arrays": "java.util.Arrays", "Collections": "java.util.Collections"}
