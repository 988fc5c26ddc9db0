"""java.util.stream: the Stream and IntStream pipelines typed Java-style scripts build on a
collection (`list.stream().filter { ... }.map { ... }.collect(Collectors.toList())`), the
Collectors they end in, and java.util.Optional.

As in Java, a pipeline is lazy and pulls one element at a time through every stage (so a
`peek` or a `map` closure with side effects runs in Java's order, and `findFirst`, `anyMatch`
and `limit` stop early); `sorted` and `distinct` wait for their whole input; a stream is used
once (a second terminal or intermediate call is IllegalStateException). Closures stand for the
functional interfaces, as Groovy coerces them: a Predicate's result is Groovy truth. Every
element a stage handles costs a step.

Groovy 2.4 cannot call a static method of an interface (`Stream.of`, `IntStream.range`: a
VerifyError on the JVM), so streams come from `stream()` of a collection and from a String's
`chars()`/`codePoints()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cmp_to_key

from convoscript.lib.java_util.hashmap import HashMap
from convoscript.lib.java_util.streamvalues import IntStream, Stream
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime import numbers
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.core.closures import Closure, call_closure
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.compare import compare, truth
from convoscript.runtime.core.hashing import java_hash
from convoscript.runtime.core.javacompare import java_compare_to, java_equals
from convoscript.runtime.core.javasets import HashSet
from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import IntRange, Long


def _function(value: object) -> Callable[..., object]:
    """A closure standing for a Function/Consumer/BinaryOperator."""
    if isinstance(value, Closure):
        return lambda *a: call_closure(value, *a)
    raise NoSignature


def _predicate(value: object) -> Callable[[object], bool]:
    if isinstance(value, Closure):
        return lambda item: truth(call_closure(value, item))
    raise NoSignature


def _comparator(value: object) -> Callable[[object, object], int]:
    if isinstance(value, JavaComparator):
        return value.compare
    if isinstance(value, Closure):
        return lambda a, b: as_int(call_closure(value, a, b))
    raise NoSignature


def _s(self: object) -> Stream:
    if isinstance(self, Stream):
        return self
    raise NoSignature


# ---- intermediate operations ------------------------------------------------------------------
def _filter(self: object, *args: object) -> Stream:
    arity(args, 1)
    s, test = _s(self), _predicate(args[0])
    return s.then(x for x in s.take() if test(x))


def _map(self: object, *args: object) -> Stream:
    arity(args, 1)
    s, f = _s(self), _function(args[0])
    if isinstance(s, IntStream):
        return IntStream(numbers.to_int(f(x)) for x in s.take())
    return Stream(f(x) for x in s.take())


def _map_to_int(self: object, *args: object) -> IntStream:
    arity(args, 1)
    s, f = _s(self), _function(args[0])
    return IntStream(_int_result(f(x)) for x in s.take())


def _int_result(value: object) -> int:
    if type(value) is not int:  # ToIntFunction returns an int: Groovy casts the closure's value
        return numbers.to_int(value)
    return value


def _map_to_obj(self: object, *args: object) -> Stream:
    arity(args, 1)
    s, f = _s(self), _function(args[0])
    return Stream(f(x) for x in s.take())


def _boxed(self: object, *args: object) -> Stream:
    arity(args, 0)
    return Stream(_s(self).take())


def _flat_map(self: object, *args: object) -> Stream:
    arity(args, 1)
    s, f = _s(self), _function(args[0])

    def items() -> Iterator:
        for x in s.take():
            inner = f(x)
            if inner is None:
                continue
            if not isinstance(inner, Stream):
                raise GroovyThrowable(
                    "GroovyCastException", "a flatMap function must return a Stream"
                )
            yield from inner.take()

    return s.then(items())


def _peek(self: object, *args: object) -> Stream:
    arity(args, 1)
    s, f = _s(self), _function(args[0])

    def items() -> Iterator:
        for x in s.take():
            f(x)
            yield x

    return s.then(items())


def _distinct(self: object, *args: object) -> Stream:
    arity(args, 0)
    s = _s(self)

    def items() -> Iterator:
        seen: dict[int, list] = {}  # Java hashCode -> the elements kept with it (equals decides)
        tick = budget.current().tick
        for x in s.take():
            bucket = seen.setdefault(java_hash(x), [])
            tick(len(bucket))  # colliding hashes are compared one by one, and paid for
            if not any(java_equals(x, y) for y in bucket):
                bucket.append(x)
                yield x

    return s.then(items())


def _sorted(self: object, *args: object) -> Stream:
    s = _s(self)
    if args:
        arity(args, 1)
        order = _comparator(args[0])
    else:
        order = java_compare_to  # natural order: Comparable.compareTo
    return s.then(_sort(list(s.take()), order))


def _sort(items: list, order: Callable[[object, object], int]) -> list:
    budget.current().tick(len(items))
    return sorted(items, key=cmp_to_key(order))


def _limit(self: object, *args: object) -> Stream:
    arity(args, 1)
    s, n = _s(self), _long(args[0])
    if n < 0:
        raise GroovyThrowable("IllegalArgumentException", str(n))

    def items() -> Iterator:
        if n == 0:
            return
        for i, x in enumerate(s.take()):
            yield x
            if i + 1 >= n:
                return

    return s.then(items())


def _skip(self: object, *args: object) -> Stream:
    arity(args, 1)
    s, n = _s(self), _long(args[0])
    if n < 0:
        raise GroovyThrowable("IllegalArgumentException", str(n))
    return s.then(x for i, x in enumerate(s.take()) if i >= n)


def _long(value: object) -> int:
    if type(value) in (int, Long):
        return int(value)  # type: ignore[call-overload]
    raise NoSignature


# ---- terminal operations ----------------------------------------------------------------------
def _for_each(self: object, *args: object) -> None:
    arity(args, 1)
    s, f = _s(self), _function(args[0])
    for x in s.take():
        f(x)


def _collect(self: object, *args: object) -> object:
    arity(args, 1)
    if not isinstance(args[0], Collector):
        raise NoSignature
    return args[0].gather(_s(self).take())


def _to_array(self: object, *args: object) -> object:
    """toArray(): an Object[] (an IntStream's: an int[])."""
    arity(args, 0)
    s = _s(self)
    return make_array("int" if isinstance(s, IntStream) else "Object", list(s.take()))


def _count(self: object, *args: object) -> Long:
    arity(args, 0)
    return Long(sum(1 for _ in _s(self).take()))


def _any_match(self: object, *args: object) -> bool:
    arity(args, 1)
    s, test = _s(self), _predicate(args[0])
    return any(test(x) for x in s.take())


def _all_match(self: object, *args: object) -> bool:
    arity(args, 1)
    s, test = _s(self), _predicate(args[0])
    return all(test(x) for x in s.take())


def _none_match(self: object, *args: object) -> bool:
    arity(args, 1)
    s, test = _s(self), _predicate(args[0])
    return not any(test(x) for x in s.take())


def _find_first(self: object, *args: object) -> Optional:
    arity(args, 0)
    for x in _s(self).take():
        if x is None:
            raise GroovyThrowable("NullPointerException", None)
        return _optional(x, _int_kind(self))
    return _optional(None, _int_kind(self))


def _int_kind(stream: object) -> bool:
    return isinstance(stream, IntStream)


def _reduce(self: object, *args: object) -> object:
    s = _s(self)
    if len(args) == 2:
        acc, f = args[0], _function(args[1])
        for x in s.take():
            acc = f(acc, x)
        return acc
    arity(args, 1)
    f = _function(args[0])
    it = s.take()
    for acc in it:
        for x in it:
            acc = f(acc, x)
        return _optional(acc, _int_kind(s))
    return _optional(None, _int_kind(s))


def _extreme(self: object, args: tuple, sign: int) -> Optional:
    s = _s(self)
    if isinstance(s, IntStream):
        arity(args, 0)
        order: Callable[[object, object], int] = compare
    else:
        arity(args, 1)
        order = _comparator(args[0])
    best, found = None, False
    for x in s.take():
        if not found or sign * order(x, best) > 0:
            best, found = x, True
    return _optional(best if found else None, isinstance(s, IntStream))


def _max(self: object, *args: object) -> Optional:
    return _extreme(self, args, 1)


def _min(self: object, *args: object) -> Optional:
    return _extreme(self, args, -1)


def _sum(self: object, *args: object) -> int:
    arity(args, 0)
    total = 0
    for x in _s(self).take():
        total = numbers.to_int(total + x)  # Java's int sum wraps
    return total


def _average(self: object, *args: object) -> Optional:
    arity(args, 0)
    values = list(_s(self).take())
    if not values:
        return OptionalDouble(None)
    return OptionalDouble(sum(values) / len(values))


# ---- java.util.Optional -----------------------------------------------------------------------
class Optional(JavaObject):
    """java.util.Optional (or OptionalInt/OptionalDouble from an IntStream): a value or none."""

    __slots__ = ("value",)
    java_class = "java.util.Optional"
    kinds: tuple[str, ...] = ("Optional", "Object")
    supertypes = frozenset()

    def __init__(self, value: object):
        self.value = value

    def groovy_to_string(self) -> str:
        simple = self.java_class.rsplit(".", 1)[-1]
        if self.value is None:
            return f"{simple}.empty"
        return f"{simple}[{java_string(self.value)}]"

    def groovy_equals(self, other: object) -> bool:
        return (
            isinstance(other, Optional)
            and other.java_class == self.java_class
            and (self.value is other.value or java_equals(self.value, other.value))
        )

    def groovy_truth(self) -> bool:
        return True


class OptionalInt(Optional):
    """java.util.OptionalInt: an IntStream's max, min, findFirst, reduce."""

    __slots__ = ()
    java_class = "java.util.OptionalInt"
    kinds = ("OptionalInt", "Object")


class OptionalDouble(Optional):
    """java.util.OptionalDouble: an IntStream's average."""

    __slots__ = ()
    java_class = "java.util.OptionalDouble"
    kinds = ("OptionalDouble", "Object")


def _optional(value: object, int_kind: bool) -> Optional:
    return OptionalInt(value) if int_kind else Optional(value)


def _o(self: object) -> Optional:
    if isinstance(self, Optional):
        return self
    raise NoSignature


def _no_value() -> GroovyThrowable:
    return GroovyThrowable("NoSuchElementException", "No value present")


def _get(self: object, *args: object) -> object:
    arity(args, 0)
    o = _o(self)
    if o.value is None:
        raise _no_value()
    return o.value


def _is_present(self: object, *args: object) -> bool:
    arity(args, 0)
    return _o(self).value is not None


def _is_empty(self: object, *args: object) -> bool:
    arity(args, 0)
    return _o(self).value is None


def _or_else(self: object, *args: object) -> object:
    arity(args, 1)
    o = _o(self)
    return args[0] if o.value is None else o.value


def _or_else_get(self: object, *args: object) -> object:
    arity(args, 1)
    o, f = _o(self), _function(args[0])
    return f() if o.value is None else o.value


def _or_else_throw(self: object, *args: object) -> object:
    o = _o(self)
    if not args:
        if o.value is None:
            raise _no_value()
        return o.value
    arity(args, 1)
    f = _function(args[0])
    if o.value is not None:
        return o.value
    error = f()
    if isinstance(error, GroovyThrowable):
        raise error
    raise GroovyThrowable("NullPointerException", None)


def _if_present(self: object, *args: object) -> None:
    arity(args, 1)
    o, f = _o(self), _function(args[0])
    if o.value is not None:
        f(o.value)


def _optional_map(self: object, *args: object) -> Optional:
    arity(args, 1)
    o, f = _o(self), _function(args[0])
    return Optional(None if o.value is None else f(o.value))


def _optional_filter(self: object, *args: object) -> Optional:
    arity(args, 1)
    o, test = _o(self), _predicate(args[0])
    return o if o.value is None or test(o.value) else Optional(None)


def _optional_flat_map(self: object, *args: object) -> Optional:
    arity(args, 1)
    o, f = _o(self), _function(args[0])
    if o.value is None:
        return o
    result = f(o.value)
    if not isinstance(result, Optional):
        raise GroovyThrowable("NullPointerException", None)
    return result


def _get_as(self: object, *args: object) -> object:
    return _get(self, *args)


def _optional_of(*args: object) -> Optional:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    return Optional(args[0])


def _optional_of_nullable(*args: object) -> Optional:
    arity(args, 1)
    return Optional(args[0])


def _optional_empty(*args: object) -> Optional:
    arity(args, 0)
    return Optional(None)


# ---- java.util.stream.Collectors --------------------------------------------------------------
class Collector(JavaObject):
    """What `collect` does with the elements (Collectors.toList(), groupingBy(...), ...)."""

    __slots__ = ("gather",)
    java_class = "java.util.stream.Collectors$CollectorImpl"
    kinds = ("Object",)
    supertypes = frozenset({"java.util.stream.Collector"})

    def __init__(self, gather: Callable[[Iterable], object]):
        self.gather = gather


def _to_list(*args: object) -> Collector:
    arity(args, 0)
    return Collector(list)


def _to_set(*args: object) -> Collector:
    arity(args, 0)
    return Collector(lambda items: HashSet(list(items)))


def _joining(*args: object) -> Collector:
    if len(args) not in (0, 1, 3):
        raise NoSignature
    sep = as_str(args[0]) if args else ""
    prefix, suffix = (as_str(args[1]), as_str(args[2])) if len(args) == 3 else ("", "")

    def gather(items: Iterable) -> str:
        parts = [java_string(x) for x in items]
        text = prefix + sep.join(parts) + suffix
        budget.current().check_string(len(text))
        return text

    return Collector(gather)


def _counting(*args: object) -> Collector:
    arity(args, 0)
    return Collector(lambda items: Long(sum(1 for _ in items)))


def _summing_int(*args: object) -> Collector:
    arity(args, 1)
    f = _function(args[0])

    def gather(items: Iterable) -> int:
        total = 0
        for x in items:
            total = numbers.to_int(total + _int_result(f(x)))
        return total

    return Collector(gather)


def _averaging_int(*args: object) -> Collector:
    arity(args, 1)
    f = _function(args[0])

    def gather(items: Iterable) -> float:
        values = [_int_result(f(x)) for x in items]
        return sum(values) / len(values) if values else 0.0

    return Collector(gather)


def _mapping(*args: object) -> Collector:
    arity(args, 2)
    f, downstream = _function(args[0]), args[1]
    if not isinstance(downstream, Collector):
        raise NoSignature
    return Collector(lambda items: downstream.gather(f(x) for x in items))


def _grouping_by(*args: object) -> Collector:
    if len(args) not in (1, 2):
        raise NoSignature
    key = _function(args[0])
    downstream = args[1] if len(args) == 2 else Collector(list)
    if not isinstance(downstream, Collector):
        raise NoSignature

    def gather(items: Iterable) -> HashMap:
        groups = HashMap()
        lists: list[list] = []
        for x in items:
            k = key(x)
            if k is None:
                raise GroovyThrowable(
                    "NullPointerException", "element cannot be mapped to a null key"
                )
            group = groups.get(k)
            if group is None:
                group = []
                lists.append(group)
                groups.put(k, group)
            group.append(x)
        for k in list(groups):
            groups.put(k, downstream.gather(dict.__getitem__(groups, k)))
        return groups

    return Collector(gather)


def _partitioning_by(*args: object) -> Collector:
    arity(args, 1)
    test = _predicate(args[0])

    def gather(items: Iterable) -> dict:
        parts: dict = {False: [], True: []}  # Java's Partition map: false first
        for x in items:
            parts[test(x)].append(x)
        return parts

    return Collector(gather)


def _to_map(*args: object) -> Collector:
    arity(args, 2)
    key, value = _function(args[0]), _function(args[1])

    def gather(items: Iterable) -> HashMap:
        out = HashMap()
        for x in items:
            k, v = key(x), value(x)
            if v is None:
                raise GroovyThrowable("NullPointerException", None)
            if k in out:
                raise GroovyThrowable(
                    "IllegalStateException",
                    f"Duplicate key {java_string(k)} (attempted merging values "
                    f"{java_string(dict.__getitem__(out, k))} and {java_string(v)})",
                )
            out.put(k, v)
        return out

    return Collector(gather)


# ---- where streams come from ------------------------------------------------------------------
def _collection_stream(self: object, *args: object) -> Stream:
    arity(args, 0)
    if isinstance(self, IntRange):
        return Stream(list(self.to_range()))
    if isinstance(self, (list, GSet)):
        return Stream(list(self))  # the elements in the collection's iteration order
    raise NoSignature


_STREAM_METHODS = {
    "filter": _filter,
    "map": _map,
    "mapToInt": _map_to_int,
    "flatMap": _flat_map,
    "peek": _peek,
    "distinct": _distinct,
    "sorted": _sorted,
    "limit": _limit,
    "skip": _skip,
    "forEach": _for_each,
    "collect": _collect,
    "toArray": _to_array,
    "count": _count,
    "anyMatch": _any_match,
    "allMatch": _all_match,
    "noneMatch": _none_match,
    "findFirst": _find_first,
    "findAny": _find_first,
    "reduce": _reduce,
    "max": _max,
    "min": _min,
}
_INT_STREAM_METHODS = {
    "filter": _filter,
    "map": _map,
    "mapToObj": _map_to_obj,
    "boxed": _boxed,
    "peek": _peek,
    "distinct": _distinct,
    "sorted": _sorted,
    "limit": _limit,
    "skip": _skip,
    "forEach": _for_each,
    "toArray": _to_array,
    "count": _count,
    "sum": _sum,
    "average": _average,
    "max": _max,
    "min": _min,
    "anyMatch": _any_match,
    "allMatch": _all_match,
    "noneMatch": _none_match,
    "findFirst": _find_first,
    "findAny": _find_first,
    "reduce": _reduce,
}
# what OptionalInt and OptionalDouble share with Optional (they have no map/filter/get)
_OPTIONAL_PRIMITIVE = {
    "isPresent": _is_present,
    "isEmpty": _is_empty,
    "orElse": _or_else,
    "orElseGet": _or_else_get,
    "orElseThrow": _or_else_throw,
    "ifPresent": _if_present,
}
METHODS = {
    "Stream": _STREAM_METHODS,
    "IntStream": _INT_STREAM_METHODS,
    "Optional": {
        "get": _get,
        "isPresent": _is_present,
        "isEmpty": _is_empty,
        "orElse": _or_else,
        "orElseGet": _or_else_get,
        "orElseThrow": _or_else_throw,
        "ifPresent": _if_present,
        "map": _optional_map,
        "filter": _optional_filter,
        "flatMap": _optional_flat_map,
    },
    "OptionalInt": {"getAsInt": _get_as, **_OPTIONAL_PRIMITIVE},
    "OptionalDouble": {"getAsDouble": _get_as, **_OPTIONAL_PRIMITIVE},
    "Collection": {"stream": _collection_stream},
}
STATIC_METHODS = {
    "java.util.Optional": {
        "of": _optional_of,
        "ofNullable": _optional_of_nullable,
        "empty": _optional_empty,
    },
    "java.util.stream.Collectors": {
        "toList": _to_list,
        "toSet": _to_set,
        "joining": _joining,
        "counting": _counting,
        "summingInt": _summing_int,
        "averagingInt": _averaging_int,
        "mapping": _mapping,
        "groupingBy": _grouping_by,
        "partitioningBy": _partitioning_by,
        "toMap": _to_map,
    },
}
DEFAULT_IMPORTS = {"Optional": "java.util.Optional"}  # java.util.* is a default import
IMPORTABLE = {
    q: q
    for q in (
        "java.util.stream.Collectors",
        "java.util.stream.Stream",
        "java.util.stream.IntStream",
        "java.util.stream.Collector",
    )
}
