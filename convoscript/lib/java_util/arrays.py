"""java.util.Arrays: asList (a fixed-size list view), toString, sort, fill, copyOf, equals,
binarySearch.

Sorting uses Java's natural order (`compareTo`: values of different classes are a
ClassCastException) or a Comparator, unlike Groovy's `sort()`; java.util.Collections
(`collections.py`) sorts the same way. The arrays themselves are runtime.core's (`core/arrays.py`).
"""

from __future__ import annotations

import math
from functools import cmp_to_key

from convoscript.lib.gdk.collections import UnmodifiableList
from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.core.comparators import JavaComparator, closure_comparator
from convoscript.runtime.core.javacompare import java_compare_to, java_equals
from convoscript.runtime.core.javatext import java_string as java_to_string
from convoscript.runtime.core.keys import LIST_TYPES
from convoscript.runtime.door.dispatch import invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, charge, check_size
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Char, Closure, Float, Long

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


def compare_function(value: object):
    """The compare function of a Comparator argument (a closure too); null: natural order."""
    if value is None:
        return java_compare_to
    if isinstance(value, JavaComparator):
        return value.compare
    if isinstance(value, Closure):
        return closure_comparator(value).compare
    raise NoSignature


def sort_items(items: list, compare) -> list:
    charge(int(len(items) * math.log2(len(items) + 1)) + 1)
    return sorted(items, key=cmp_to_key(compare))


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


def range_check(length: int, low: int, high: int) -> None:
    """Java's Arrays.rangeCheck of a (fromIndex, toIndex) pair over an array of `length`."""
    if low > high:
        raise GroovyThrowable("IllegalArgumentException", f"fromIndex({low}) > toIndex({high})")
    if low < 0 or high > length:
        bad = low if low < 0 else high
        raise GroovyThrowable("ArrayIndexOutOfBoundsException", f"Array index out of range: {bad}")


def _array_range(target: object, low: object, high: object) -> tuple[JavaArray, int, int]:
    """An array argument and its checked (fromIndex, toIndex) arguments."""
    if not isinstance(target, JavaArray):
        raise NoSignature
    start, end = as_int(low), as_int(high)
    range_check(len(target), start, end)
    return target, start, end


def a_sort(*args: object) -> None:
    """sort(a), sort(a, comparator), sort(a, from, to), sort(a, from, to, comparator)."""
    arity(args, 1, 2, 3, 4)
    target = args[0]
    if len(args) >= 3:
        array, start, end = _array_range(target, args[1], args[2])
        compare = compare_function(args[3] if len(args) == 4 else None)
        array[start:end] = sort_items(list(array[start:end]), compare)
        return
    if type(target) in LIST_TYPES:  # Groovy passes a copy of the list as the Object[]: no effect
        sort_items(list(target), compare_function(args[1] if len(args) == 2 else None))
        return
    if not isinstance(target, JavaArray):
        raise NoSignature
    target[:] = sort_items(list(target), compare_function(args[1] if len(args) == 2 else None))


def a_fill(*args: object) -> None:
    """fill(a, value), fill(a, from, to, value)."""
    arity(args, 2, 4)
    if len(args) == 4:
        array, start, end = _array_range(args[0], args[1], args[2])
        charge(end - start)
        array[start:end] = [args[3]] * (end - start)
        return
    if not isinstance(args[0], JavaArray):
        raise NoSignature
    charge(len(args[0]))
    args[0][:] = [args[1]] * len(args[0])


# what a new element of a primitive array holds (Java's zero of the type)
_ZEROS: dict[str, object] = {
    "int": 0,
    "short": 0,
    "byte": 0,
    "long": Long(0),
    "double": 0.0,
    "float": Float(0.0),
    "boolean": False,
    "char": Char("\x00"),
}


def a_copy_of(*args: object) -> JavaArray:
    arity(args, 2)
    source, n = args[0], as_int(args[1])
    if not isinstance(source, JavaArray):
        raise NoSignature
    if n < 0:
        raise GroovyThrowable("NegativeArraySizeException", str(n))
    check_size(n)
    filler = _ZEROS.get(source.component())
    return type(source)(list(source[:n]) + [filler] * max(0, n - len(source)))


def _same_elements(a: list, b: list, compare) -> bool:
    charge(len(a))
    if len(a) != len(b):
        return False
    if compare is not None:
        return all(compare(x, y) == 0 for x, y in zip(a, b))
    return all(java_equals(x, y) or (x is None and y is None) for x, y in zip(a, b))


def a_equals(*args: object) -> bool:
    """equals(a, b), equals(a, b, comparator), equals(a, aFrom, aTo, b, bFrom, bTo[, cmp])."""
    arity(args, 2, 3, 6, 7)
    if len(args) >= 6:
        a, a_start, a_end = _array_range(args[0], args[1], args[2])
        b, b_start, b_end = _array_range(args[3], args[4], args[5])
        compare = compare_function(args[6]) if len(args) == 7 else None
        return _same_elements(a[a_start:a_end], b[b_start:b_end], compare)
    first, second = args[0], args[1]
    if first is None or second is None:
        return first is second
    if not isinstance(first, JavaArray) or not isinstance(second, JavaArray):
        raise NoSignature
    compare = compare_function(args[2]) if len(args) == 3 else None
    return _same_elements(first, second, compare)


def a_binary_search(*args: object) -> int:
    """Java's binary search (which of equal elements it finds is Java's midpoint order);
    `(a, key)`, `(a, key, comparator)`, `(a, from, to, key)` or `(a, from, to, key, cmp)`."""
    arity(args, 2, 3, 4, 5)
    target = args[0]
    if not isinstance(target, JavaArray):
        raise NoSignature
    low, high, key, compare = 0, len(target) - 1, args[1], java_compare_to
    if len(args) in (3, 5):
        compare = compare_function(args[-1])
    if len(args) >= 4:
        _, low, end = _array_range(target, args[1], args[2])
        high, key = end - 1, args[3]
    while low <= high:
        charge(1)
        mid = (low + high) // 2
        order = compare(target[mid], key)
        if order < 0:
            low = mid + 1
        elif order > 0:
            high = mid - 1
        else:
            return mid
    return -(low + 1)


STATIC_METHODS = {
    "java.util.Arrays": {
        "asList": a_as_list,
        "toString": a_to_string,
        "sort": a_sort,
        "fill": a_fill,
        "copyOf": a_copy_of,
        "equals": a_equals,
        "binarySearch": a_binary_search,
    },
}
DEFAULT_IMPORTS = {"Arrays": "java.util.Arrays"}
