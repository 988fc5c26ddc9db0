"""List, Collection, Range and Set methods (java.util + Groovy's GDK), as Groovy 2.4 has them.

Receivers: `list` (ArrayList), `IntRange` (a read-only List of Integers), `GSet`
(LinkedHashSet), the Java arrays, sets and comparators of runtime.core (`arrays`, `javasets`,
`comparators`) and the `Unmodifiable` views defined here. Those views (java.util.Collections'
unmodifiable classes) live here, not in java_util, because `asImmutable()` makes them and the
receiver helpers below (`_elements`, `_is_collection`) see through them; `java_util/collections`
and `java_util/arrays` subclass them. The constructors of the collection classes are in
java_util/ (`arraylist`, `sets`, `linkedlist`, ...).

Equality follows Groovy: `contains`, `indexOf`, `remove(Object)` use Java's `equals`
(`[1L].contains(1)` is false), while `minus`, `unique`, `intersect`, `count(x)` use Groovy's
`==`. Sorting is stable and uses Groovy's NumberAwareComparator (incomparable values are ordered
by hash code). Iterating a list that a closure resizes raises ConcurrentModificationException,
as Java's iterator does. Every result of known size is checked against the budget before it is
built; work done in C is charged.
"""

from __future__ import annotations

import itertools
import math
from decimal import Decimal
from functools import cmp_to_key

from convoscript.lib.gdk.strings import range_borders
from convoscript.runtime.core import utf16
from convoscript.runtime.core.arrays import JavaArray, StringArray, make_array
from convoscript.runtime.core.classcast import class_cast
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.comparators import JavaComparator, comparison_sign
from convoscript.runtime.core.compare import compare, equals, truth
from convoscript.runtime.core.hashing import java_hash
from convoscript.runtime.core.javacompare import java_equals
from convoscript.runtime.core.javasets import HashSet, TreeSet
from convoscript.runtime.core.keys import (
    ABSENT,
    LIST_TYPES,
    MAP_TYPES,
    UNSEEN,
    GSet,
    as_key,
    number_key,
    stored_key,
)
from convoscript.runtime.core.text import range_text, to_string
from convoscript.runtime.core.types import MapEntry, java_class_name
from convoscript.runtime.door import operators
from convoscript.runtime.door.dispatch import getprop, invoke, route_getprop, route_invoke
from convoscript.runtime.door.signatures import (
    NoSignature,
    arity,
    as_closure,
    as_int,
    as_str,
    charge,
    check_length,
    check_size,
)
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import identity_hash
from convoscript.runtime.model.values import (
    Char,
    Closure,
    EmptyRange,
    GString,
    IntRange,
    Long,
    ObjectRange,
)


# ---- value types -----------------------------------------------------------------------------
class Unmodifiable:
    """`asImmutable()`: a live read-only view of a list, set or map (Collections.unmodifiable*).
    Reads go to the underlying value (so later changes to it show through); every change is an
    UnsupportedOperationException."""

    __slots__ = ("base",)
    java_class = "java.util.Collections$UnmodifiableCollection"
    supertypes: frozenset[str] = frozenset({"java.util.Collection", "java.lang.Iterable"})

    def __init__(self, base: object):
        self.base = base

    def script_invoke(self, name: str, args: tuple) -> object:
        mutators = MAP_MUTATORS if isinstance(self.base, dict) else MUTATORS
        copying = name in ("sort", "unique") and args and args[0] is False
        if name in mutators and not copying:
            raise GroovyThrowable("UnsupportedOperationException", None)
        # the GDK's get(key, default) puts the default for a missing key: into a read-only view
        # that is Java's UnsupportedOperationException, and it must never reach the map behind
        # it (Collections.EMPTY_MAP is one object every run shares)
        storing = name == "get" and len(args) == 2 and mutators is MAP_MUTATORS
        if storing and not invoke(self.base, "containsKey", args[0]):
            raise GroovyThrowable("UnsupportedOperationException", None)
        # `with`/`tap`/`identity` hand the receiver to a closure as its delegate: it must be
        # this read-only view, never the container behind it (`EMPTY_LIST.with { add(x) }`)
        if name in ("getClass", "hashCode", "is", "with", "tap", "identity"):
            return route_invoke(self, ("Object",), name, args)
        result = invoke(self.base, name, *args)
        return self if result is self.base else result

    def script_getprop(self, name: str) -> object:
        if name == "class":
            return route_getprop(self, ("Object",), name)
        return getprop(self.base, name)

    def script_setprop(self, name: str, value: object) -> None:
        raise GroovyThrowable("UnsupportedOperationException", None)

    def groovy_to_string(self) -> str:
        return to_string(self.base)

    def view_of(self) -> object:
        """What the view shows: the state boundary saves it as that list, set or map."""
        return self.base

    def groovy_truth(self) -> bool:
        return truth(self.base)

    def groovy_equals(self, other: object) -> bool:
        return equals(self.base, other.base if isinstance(other, Unmodifiable) else other)

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (self.java_class, "java.lang.Object") or qualified in self.supertypes

    def __iter__(self):
        if isinstance(self.base, dict):
            return iter([MapEntry(k, v, None) for k, v in self.base.items()])
        return iter(_elements(self.base))

    def __len__(self) -> int:
        return len(self.base)  # type: ignore[arg-type]


class UnmodifiableList(Unmodifiable):
    __slots__ = ()
    java_class = "java.util.Collections$UnmodifiableRandomAccessList"
    supertypes = frozenset({"java.util.List", "java.util.Collection", "java.lang.Iterable"})


class UnmodifiableSet(Unmodifiable):
    __slots__ = ()
    java_class = "java.util.Collections$UnmodifiableSet"
    supertypes = frozenset({"java.util.Set", "java.util.Collection", "java.lang.Iterable"})


class UnmodifiableMap(Unmodifiable):
    __slots__ = ()
    java_class = "java.util.Collections$UnmodifiableMap"
    supertypes = frozenset({"java.util.Map"})


def map_contents(value: object) -> dict | None:
    """The entries behind a Map argument (`new LinkedHashMap(map)`): the map itself, or what a
    read-only view of one shows; None for anything else."""
    if isinstance(value, dict):
        return value
    if isinstance(value, UnmodifiableMap) and isinstance(value.base, dict):
        return value.base
    return None


def unmodifiable(base: object) -> Unmodifiable:
    if isinstance(base, dict):
        return UnmodifiableMap(base)
    if isinstance(base, GSet):
        return UnmodifiableSet(base)
    return UnmodifiableList(base)


MAP_MUTATORS = frozenset(
    {
        "put",
        "putAt",
        "putAll",
        "remove",
        "clear",
        "leftShift",
        "compute",
        "computeIfAbsent",
        "computeIfPresent",
        "merge",
        "putIfAbsent",
        "replaceAll",
    }
)


# ---- receivers and iteration --------------------------------------------------------------------
def _range_list(r: IntRange) -> list:
    check_size(len(r))
    charge(len(r) // 8)
    return list(r.to_range())


def _seq(self: object) -> list:
    """The elements of a List receiver (list or range) as a Python list."""
    if isinstance(self, list):
        return self
    if isinstance(self, IntRange):
        return _range_list(self)
    raise NoSignature


def _items(self: object) -> list:
    """The elements of any Collection receiver (list, range, set)."""
    if isinstance(self, GSet):
        return list(self)
    return _seq(self)


def _is_collection(value: object) -> bool:
    if isinstance(value, Unmodifiable):
        return not isinstance(value.base, dict)
    return isinstance(value, (list, IntRange, GSet))


def _elements(value: object) -> list:
    if isinstance(value, Unmodifiable):
        value = value.base
    if isinstance(value, GSet):
        return list(value)
    if isinstance(value, IntRange):
        return _range_list(value)
    return value  # type: ignore[return-value]


def _cme() -> GroovyThrowable:
    return GroovyThrowable("ConcurrentModificationException", None)


def _iterate(self: object):
    """Java iteration: a list or set resized by the loop body fails like Java's iterator."""
    if type(self) is list or isinstance(self, list):
        size = len(self)
        cursor = 0
        while cursor != len(self):
            if len(self) != size:
                raise _cme()
            yield self[cursor]
            cursor += 1
    elif isinstance(self, GSet):
        size = len(self)
        for item in list(self):
            if len(self) != size:
                raise _cme()
            yield item
    else:
        yield from _seq(self)


def call_item(closure: Closure, item: object, method: str = "doCall") -> object:
    """Call a closure with one element; a list element is spread over a multi-parameter
    closure, as Groovy does (`[[1, 2]].each { a, b -> }`)."""
    if isinstance(item, list) and not closure.implicit_it and closure.max_params > 1:
        return call_closure(closure, *item, method=method)
    return call_closure(closure, item, method=method)


def test_item(closure: Closure, item: object) -> bool:
    """A closure as the GDK's predicates call it (find, findAll, any, every, count ...:
    Groovy's BooleanClosureWrapper, which calls `call`): the Groovy truth of its answer."""
    return truth(call_item(closure, item, "call"))


def _similar(self: object, items: list) -> object:
    """A result collection of the receiver's kind: a Set for a Set, else a List."""
    check_size(len(items))
    if isinstance(self, GSet):
        return GSet(items)
    return items


def _mutable(self: object) -> list:
    if isinstance(self, IntRange):
        raise GroovyThrowable("UnsupportedOperationException", None)
    if isinstance(self, list):
        return self
    raise NoSignature


def _ioobe(message: str) -> GroovyThrowable:
    return GroovyThrowable("IndexOutOfBoundsException", message)


def _no_such(message: str) -> GroovyThrowable:
    return GroovyThrowable("NoSuchElementException", message)


def _number(value: object) -> int:
    if isinstance(value, (int, float, Decimal)) and type(value) is not bool:
        return int(value)
    raise NoSignature


# ---- comparison and equality --------------------------------------------------------------------
def _char_code(value: object) -> object:
    """Groovy compares a one-character String with a number by its character code."""
    if type(value) in (str, GString):
        text = to_string(value)
        if len(text) == 1:
            return ord(text)
    return value


def number_aware_compare(a: object, b: object) -> int:
    """Groovy's NumberAwareComparator: `<=>`, or hash codes for values that cannot compare."""
    if _is_number(a) != _is_number(b):
        a, b = _char_code(a), _char_code(b)
    try:
        return compare(a, b)
    except GroovyThrowable as exc:
        if exc.java_class not in (
            "IllegalArgumentException",
            "ClassCastException",
            "GroovyRuntimeException",
        ):
            raise

    h1, h2 = java_hash(a), java_hash(b)
    if h1 == h2 and java_equals(a, b):
        return 0
    return 1 if h1 > h2 else -1


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and type(value) is not bool


def _comparator(closure: object):
    if closure is None:
        return number_aware_compare
    if isinstance(closure, JavaComparator):
        return closure.compare
    return lambda a, b: comparison_sign(call_closure(closure, a, b))  # type: ignore[arg-type]


def _closure_or_comparator(value: object) -> object:
    if isinstance(value, (Closure, JavaComparator)):
        return value
    raise NoSignature


def sorted_items(items: list, closure: object = None) -> list:
    """A stable sort by Groovy's comparison, a 1-parameter key closure or a comparator
    (a 2-parameter closure or a java.util.Comparator)."""
    n = len(items)
    if isinstance(closure, Closure) and (closure.implicit_it or closure.max_params == 1):
        return sorted_by_keys(items, [call_closure(closure, item) for item in items])
    charge(int(n * math.log2(n + 1)) + 1)
    return sorted(items, key=cmp_to_key(_comparator(closure)))


def sorted_by_keys(items: list, keys: list) -> list:
    """A stable sort of items by their keys (keys[i] belongs to items[i]), compared as Groovy's
    NumberAwareComparator compares."""
    n = len(items)
    charge(int(n * math.log2(n + 1)) + 1)
    order = sorted(range(n), key=cmp_to_key(lambda i, j: number_aware_compare(keys[i], keys[j])))
    return [items[i] for i in order]


def _groovy_key(value: object) -> object:
    """A hashable key under which Groovy-`==` values collide, or None when there is none."""
    t = type(value)
    if value is None:
        return ("null",)
    if t is str:
        return ("str", value)
    if t is GString:
        return ("str", to_string(value))
    if t is bool:
        return ("bool", value)
    if isinstance(value, (int, Decimal)) or (t is float and math.isfinite(value)):
        return ("num", number_key(value))  # type: ignore[arg-type]  # unsteerable hash (keys.py)
    return None


class _GroovyBag:
    """Membership by Groovy `==`: hashed for scalars, a linear scan for the rest."""

    def __init__(self, items: list):
        self.keys: set = set()
        self.others: list = []
        for item in items:
            self.add(item)

    def add(self, item: object) -> None:
        key = _groovy_key(item)
        if key is None:
            self.others.append(item)
        else:
            self.keys.add(key)

    def __contains__(self, item: object) -> bool:
        key = _groovy_key(item)
        if key is not None:
            return key in self.keys
        charge(len(self.others))
        return any(equals(item, other) for other in self.others)


# ---- size and membership
def size(self: object, *args: object) -> int:
    arity(args, 0)
    if isinstance(self, (list, IntRange, GSet)):
        return len(self)
    raise NoSignature


def is_empty(self: object, *args: object) -> bool:
    arity(args, 0)
    return size(self) == 0


def contains(self: object, *args: object) -> bool:
    arity(args, 1)
    if isinstance(self, GSet):
        return _set_contains(self, args[0])
    if isinstance(self, IntRange):
        return _range_contains(self, args[0])
    return index_of(self, args[0]) >= 0


def _set_contains(s: GSet, item: object) -> bool:
    """Java's contains: a hashed lookup, then Java's equals with the element found (1 and 1L
    are one key here but not equal in Java)."""
    found = stored_key(s.items, item)
    if found is ABSENT:
        return False
    if found is not UNSEEN:
        return java_equals(as_key(item), found)
    item = as_key(item)
    return any(java_equals(item, x) for x in s.items if x == item or x is item)


def contains_all(self: object, *args: object) -> bool:
    arity(args, 1)
    if not _is_collection(args[0]):
        raise NoSignature
    return all(contains(self, item) for item in _elements(args[0]))


def index_of(self: object, *args: object) -> int:
    arity(args, 1)
    items, target = _seq(self), args[0]
    charge(len(items) // 4)
    for i, item in enumerate(items):
        if item is target or java_equals(target, item):
            return i
    return -1


def last_index_of(self: object, *args: object) -> int:
    arity(args, 1)
    items, target = _seq(self), args[0]
    charge(len(items) // 4)
    for i in range(len(items) - 1, -1, -1):
        if java_equals(target, items[i]):
            return i
    return -1


def is_case(self: object, *args: object) -> bool:
    """`x in list` / `case [..]:` (Collection.isCase is contains)."""
    arity(args, 1)
    return contains(self, args[0])


def equals_(self: object, *args: object) -> bool:
    """List.equals and Set.equals in Groovy compare with `==` element by element."""
    arity(args, 1)
    other = args[0]
    if isinstance(self, GSet) != isinstance(other, GSet):
        return False
    if self is not other and _is_collection(other):
        charge(min(len(_items(self)), len(_elements(other))))
    return equals(self, other)


# ---- indexing ----------------------------------------------------------------------------------
def _normalise(index: int, n: int) -> int:
    i = index + n if index < 0 else index
    if i < 0:
        raise GroovyThrowable(
            "ArrayIndexOutOfBoundsException",
            f"Negative array index [{index}] too large for array size {n}",
        )
    return i


def get(self: object, *args: object) -> object:
    arity(args, 1)
    index = as_int(args[0])
    if isinstance(self, IntRange):
        return _range_get(self, index)
    items = _seq(self)
    if not 0 <= index < len(items):
        raise _ioobe(f"Index {index} out of bounds for length {len(items)}")
    return items[index]


def _sublist_borders(r: IntRange, n: int) -> tuple[int, int, bool]:
    low, high, reverse_ = range_borders(r, n)
    if low < 0:
        raise _ioobe(f"fromIndex = {low}")
    if high > n:
        raise _ioobe(f"toIndex = {high}")
    return low, high, reverse_


def get_at(self: object, *args: object) -> object:
    """`list[i]` (negative from the end; past the end: null), `list[a..b]`, `list[[i, j]]`."""
    arity(args, 1)
    index = args[0]
    items = _items(self)
    if type(index) is int:
        i = _normalise(index, len(items))  # type: ignore[arg-type]
        if i >= len(items):
            if getattr(type(self), "java_array", False):
                raise GroovyThrowable(
                    "ArrayIndexOutOfBoundsException",
                    f"Index {i} out of bounds for length {len(items)}",
                )
            return None
        return items[i]
    if isinstance(index, IntRange):
        if isinstance(index, EmptyRange):
            return []
        low, high, reverse_ = _sublist_borders(index, len(items))
        part = items[low:high]
        return part[::-1] if reverse_ else part
    if type(index) in LIST_TYPES:
        result: list = []
        for item in index:  # type: ignore[union-attr]
            value = get_at(self, item)
            if isinstance(item, IntRange):
                result.extend(value)  # type: ignore[arg-type]
            else:
                result.append(value)
        return result
    if isinstance(index, (str, GString)) and not isinstance(self, GSet):
        return getprop(self, to_string(index))
    raise NoSignature


def put_at(self: object, *args: object) -> object:
    arity(args, 2)
    items, index, value = _mutable(self), args[0], args[1]
    if type(index) is int:
        i = _normalise(index, len(items))  # type: ignore[arg-type]
        if i >= len(items):
            if getattr(type(self), "java_array", False):
                raise GroovyThrowable(
                    "ArrayIndexOutOfBoundsException",
                    f"Index {i} out of bounds for length {len(items)}",
                )
            check_size(i + 1)
            items.extend([None] * (i + 1 - len(items)))
        items[i] = value
        return value
    if isinstance(index, IntRange) and not isinstance(index, EmptyRange):
        low, high, _ = range_borders(index, len(items))
        check_size(max(high, len(items)))
        if high > len(items):
            items.extend([None] * (high - len(items)))
        new = _elements(value) if _is_collection(value) else [value]
        check_size(len(items) - (high - low) + len(new))
        items[low:high] = list(new)
        return value
    raise NoSignature


def set_(self: object, *args: object) -> object:
    """List.set(index, value): returns the old value."""
    arity(args, 2)
    items, index = _mutable(self), as_int(args[0])
    if not 0 <= index < len(items):
        raise _ioobe(f"Index {index} out of bounds for length {len(items)}")
    old = items[index]
    items[index] = args[1]
    return old


def take_right(self: object, *args: object) -> object:
    arity(args, 1)
    n, items = as_int(args[0]), _items(self)
    return _similar(self, items[max(len(items) - max(n, 0), 0) :])


def drop_right(self: object, *args: object) -> object:
    arity(args, 1)
    n, items = as_int(args[0]), _items(self)
    return _similar(self, items[: max(len(items) - max(n, 0), 0)])


def _distinct(lists: list) -> list:
    """Lists with Groovy-equal duplicates merged (Groovy returns a HashSet of lists; a GSet
    cannot hold lists, so this is a List)."""
    seen: set = set()
    out = []
    for item in lists:
        key = tuple(_groovy_key(x) or ("id", id(x)) for x in item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def subsequences(self: object, *args: object) -> HashSet:
    """Every non-empty subsequence (order kept), as a java.util.HashSet."""
    arity(args, 0)
    items = _items(self)
    if len(items) > 16:
        check_size(2 ** len(items))
    # Groovy's steps, whose HashSets' insertion order shows within a hash bucket: per
    # element, the sets so far extended by it, then the sets so far, then it alone
    result = HashSet()
    for item in items:
        so_far = [list(seq) for seq in result]
        check_size(2 * len(so_far) + 1)
        result = HashSet([*(seq + [item] for seq in so_far), *so_far, [item]])
    return result


def permutations(self: object, *args: object) -> HashSet:
    """Every ordering of the elements (duplicates merged), as a java.util.HashSet."""

    arity(args, 0)
    items = _items(self)
    total = math.factorial(len(items)) if len(items) < 20 else 10**18
    check_size(total)
    charge(total)
    return HashSet([list(p) for p in itertools.permutations(items)])  # Groovy's is a HashSet


def each_permutation(self: object, *args: object) -> object:
    """eachPermutation { }: the closure for every ordering, in index order (Groovy's
    PermutationGenerator; duplicates are not merged); returns the receiver's iterator's
    source. Each ordering is charged as it is made, so a long list ends at the step limit."""
    arity(args, 1)
    closure = as_closure(args[0])
    items = _items(self)
    for p in itertools.permutations(items):
        charge(len(items) + 1)
        call_item(closure, list(p))
    return self


def collect_nested(self: object, *args: object) -> object:
    """collectNested { }, collectNested(target) { }: collect, recursing into elements that are
    collections (each becomes a collection of its own kind)."""
    arity(args, 1, 2)
    closure = as_closure(args[-1])
    if len(args) == 2 and not _is_collection(args[0]):
        raise NoSignature
    target = args[0] if len(args) == 2 else _similar_empty(self)
    return _collect_nested_into(self, target, closure)


def _similar_empty(value: object) -> object:
    return GSet() if isinstance(value, GSet) else []


def _collect_nested_into(source: object, target: object, closure: Closure) -> object:
    for item in _iterate(source):
        charge(1)
        if _is_collection(item) and not isinstance(item, dict):
            add(target, _collect_nested_into(item, _similar_empty(item), closure))
        else:
            add(target, call_item(closure, item))
    return target


def to_array(self: object, *args: object) -> JavaArray:
    """Collection.toArray(): an Object[]; toArray(T[] a): `a` itself when the elements fit
    (the slot after them set to null), else a new array of a's element type."""
    arity(args, 0, 1)
    items = list(_iterate(self))
    check_size(len(items))
    if not args:
        return make_array("java.lang.Object", items)
    given = args[0]
    if not isinstance(given, JavaArray):
        raise NoSignature
    if len(given) < len(items):
        return make_array(given.component(), items)
    given[: len(items)] = items
    if len(given) > len(items):
        given[len(items)] = None
    return given


def clone(self: object, *args: object) -> object:
    """ArrayList/LinkedHashSet/TreeSet.clone(): a shallow copy of the same class."""
    arity(args, 0)
    if isinstance(self, TreeSet):
        check_size(len(self.items))
        copy = TreeSet((), self.comparator)
        copy.items = dict(self.items)  # already in order
        return copy
    if isinstance(self, HashSet):
        return HashSet(list(self.items), self.capacity)
    if isinstance(self, GSet):
        return GSet(self)
    if type(self) in LIST_TYPES:
        return list(self)
    raise NoSignature


def range_contains_within_bounds(self: object, *args: object) -> bool:
    arity(args, 1)
    if isinstance(self, ObjectRange) and isinstance(args[0], (list, dict, GSet)):
        return any(equals(args[0], x) for x in self)  # not Comparable: ObjectRange.contains
    return _range_contains(_r(self), args[0])


def sub_list(self: object, *args: object) -> list:
    arity(args, 2)
    items, start, end = _seq(self), as_int(args[0]), as_int(args[1])
    if start < 0:
        raise _ioobe(f"fromIndex = {start}")
    if end > len(items):
        raise _ioobe(f"toIndex = {end}")
    if start > end:
        raise GroovyThrowable("IllegalArgumentException", f"fromIndex({start}) > toIndex({end})")
    return items[start:end]


def first(self: object, *args: object) -> object:
    arity(args, 0)
    items = _items(self)
    if not items:
        raise _no_such("Cannot access first() element from an empty List")
    return items[0]


def last(self: object, *args: object) -> object:
    arity(args, 0)
    items = _items(self)
    if not items:
        raise _no_such("Cannot access last() element from an empty List")
    return items[-1]


def tail(self: object, *args: object) -> object:
    arity(args, 0)
    items = _items(self)
    if not items:
        raise _no_such("Cannot access tail() for an empty iterable")
    return _similar(self, items[1:])


def init(self: object, *args: object) -> object:
    arity(args, 0)
    items = _items(self)
    if not items:
        raise _no_such("Cannot access init() for an empty Iterable")
    return _similar(self, items[:-1])


def take(self: object, *args: object) -> object:
    arity(args, 1)
    return _similar(self, _items(self)[: max(as_int(args[0]), 0)])


def drop(self: object, *args: object) -> object:
    arity(args, 1)
    return _similar(self, _items(self)[max(as_int(args[0]), 0) :])


def take_while(self: object, *args: object) -> object:
    arity(args, 1)
    closure, items = as_closure(args[0]), _items(self)
    n = 0
    while n < len(items) and test_item(closure, items[n]):
        n += 1
    return _similar(self, items[:n])


def drop_while(self: object, *args: object) -> object:
    arity(args, 1)
    closure, items = as_closure(args[0]), _items(self)
    n = 0
    while n < len(items) and test_item(closure, items[n]):
        n += 1
    return _similar(self, items[n:])


# ---- changing a list
def add(self: object, *args: object) -> object:
    arity(args, 1, 2)
    if isinstance(self, GSet):
        arity(args, 1)
        return _set_add(self, args[0])
    items = _mutable(self)
    check_size(len(items) + 1)
    if len(args) == 1:
        items.append(args[0])
        return True
    index = as_int(args[0])
    if not 0 <= index <= len(items):
        raise _ioobe(f"Index: {index}, Size: {len(items)}")
    items.insert(index, args[1])
    return None


def _set_add(s: GSet, item: object) -> bool:
    try:
        if item in s.items:
            return False
    except TypeError:  # a List/Map/Set element (keys.py)
        item = as_key(item)
        if item in s.items:
            return False
    check_size(len(s) + 1)
    s.items[item] = None
    return True


def add_all(self: object, *args: object) -> bool:
    arity(args, 1, 2)
    source = args[-1]
    if not _is_collection(source):
        raise NoSignature
    new = list(_elements(source))
    if isinstance(self, GSet):
        arity(args, 1)
        changed = False
        for item in new:
            changed = _set_add(self, item) or changed
        return changed
    items = _mutable(self)
    check_size(len(items) + len(new))
    charge(len(new))
    if len(args) == 2:
        index = as_int(args[0])
        if not 0 <= index <= len(items):
            raise _ioobe(f"Index: {index}, Size: {len(items)}")
        items[index:index] = new
    else:
        items.extend(new)
    return bool(new)


def left_shift(self: object, *args: object) -> object:
    """`list << x` appends x (a list is added as one element) and returns the list."""
    arity(args, 1)
    add(self, args[0])
    return self


def push(self: object, *args: object) -> bool:
    """Groovy 2.4: push appends at the end (like add)."""
    arity(args, 1)
    items = _mutable(self)
    check_size(len(items) + 1)
    items.append(args[0])
    return True


def pop(self: object, *args: object) -> object:
    """Groovy 2.4: pop removes the last element."""
    arity(args, 0)
    items = _mutable(self)
    if not items:
        raise _no_such("Cannot pop() an empty List")
    return items.pop()


def remove(self: object, *args: object) -> object:
    """remove(int) removes at an index and returns the element; remove(Object) returns a
    boolean (a Long argument is an Object, as in Java)."""
    arity(args, 1)
    target = args[0]
    if isinstance(self, GSet):
        return _set_remove(self, target)
    items = _mutable(self)
    if type(target) is int:
        return remove_at(items, target)
    return _remove_element(items, target)


def _set_remove(s: GSet, item: object) -> bool:
    if _set_contains(s, item):
        del s.items[as_key(item)]
        return True
    return False


def _remove_element(items: list, target: object) -> bool:
    for i, item in enumerate(items):
        if java_equals(target, item):
            del items[i]
            return True
    return False


def remove_at(self: object, *args: object) -> object:
    arity(args, 1)
    items, index = _mutable(self), as_int(args[0])
    if not 0 <= index < len(items):
        raise _ioobe(f"Index {index} out of bounds for length {len(items)}")
    return items.pop(index)


def remove_element(self: object, *args: object) -> bool:
    arity(args, 1)
    if isinstance(self, GSet):
        return _set_remove(self, args[0])
    return _remove_element(_mutable(self), args[0])


def _filter_in_place(self: object, keep) -> bool:
    if isinstance(self, GSet):
        before = list(self)
        kept = [x for x in before if keep(x)]
        self.items = dict.fromkeys(kept)
        return len(kept) != len(before)
    items = _mutable(self)
    kept = [x for x in list(items) if keep(x)]
    changed = len(kept) != len(items)
    items[:] = kept
    return changed


def remove_all(self: object, *args: object) -> bool:
    arity(args, 1)
    if isinstance(args[0], Closure):
        closure = args[0]
        return _filter_in_place(self, lambda x: not test_item(closure, x))
    if not _is_collection(args[0]):
        raise NoSignature
    others = _elements(args[0])
    charge(len(others) * size(self) // 8)
    return _filter_in_place(self, lambda x: not any(java_equals(x, o) for o in others))


def retain_all(self: object, *args: object) -> bool:
    arity(args, 1)
    if isinstance(args[0], Closure):
        closure = args[0]
        return _filter_in_place(self, lambda x: test_item(closure, x))
    if not _is_collection(args[0]):
        raise NoSignature
    others = _elements(args[0])
    charge(len(others) * size(self) // 8)
    return _filter_in_place(self, lambda x: any(java_equals(x, o) for o in others))


def clear(self: object, *args: object) -> None:
    arity(args, 0)
    if isinstance(self, GSet):
        self.items.clear()
        return
    _mutable(self).clear()
    return


def swap(self: object, *args: object) -> list:
    arity(args, 2)
    items = _mutable(self)
    i, j = as_int(args[0]), as_int(args[1])
    for k in (i, j):
        if not 0 <= k < len(items):
            raise _ioobe(f"Index {k} out of bounds for length {len(items)}")
    items[i], items[j] = items[j], items[i]
    return items


# ---- iteration ----------------------------------------------------------------------------------
def each(self: object, *args: object) -> object:
    arity(args, 1)
    closure = as_closure(args[0])
    for item in _iterate(self):
        call_item(closure, item)
    return self


def for_each(self: object, *args: object) -> None:
    """Java 8 Iterable.forEach (a closure as a Consumer); returns null."""
    arity(args, 1)
    each(self, *args)


def predicate_test(closure: Closure, item: object) -> bool:
    """A closure called as a java.util.function.Predicate: Groovy's proxy casts what it
    returns to Boolean, so a non-Boolean fails (no Groovy truth) and null cannot unbox."""
    result = call_item(closure, item)
    if type(result) is bool:
        return result
    if result is None:
        raise GroovyThrowable("NullPointerException", None)
    raise class_cast(result, "java.lang.Boolean")


def remove_if(self: object, *args: object) -> bool:
    arity(args, 1)
    closure = as_closure(args[0])
    return _filter_in_place(self, lambda x: not predicate_test(closure, x))


def each_with_index(self: object, *args: object) -> object:
    arity(args, 1)
    closure = as_closure(args[0])
    for i, item in enumerate(_iterate(self)):
        call_closure(closure, item, i)
    return self


def reverse_each(self: object, *args: object) -> object:
    arity(args, 1)
    closure = as_closure(args[0])
    for item in reversed(_items(self)):
        call_item(closure, item)
    return self


def collect(self: object, *args: object) -> object:
    """collect(), collect { }, collect(target) { } (adds to and returns target)."""
    arity(args, 0, 1, 2)
    items = _items(self)
    check_size(len(items))
    if not args:
        return list(items)
    closure = as_closure(args[-1])
    results = [call_item(closure, item) for item in _iterate(self)]
    if len(args) == 1:
        return results
    target = args[0]
    if not _is_collection(target) or isinstance(target, IntRange):
        raise NoSignature
    for value in results:
        add(target, value)
    return target


def collect_many(self: object, *args: object) -> list:
    arity(args, 1)
    closure = as_closure(args[0])
    result: list = []
    for item in _iterate(self):
        part = call_item(closure, item)
        if part is None:
            raise GroovyThrowable(
                "NullPointerException",
                'Cannot invoke "java.util.Collection.toArray()" because "c" is null',
            )
        if not _is_collection(part):
            raise NoSignature
        new = _elements(part)
        check_size(len(result) + len(new))
        result.extend(new)
    return result


def add_entry(result: dict, entry: object) -> None:
    """Groovy's collectEntries: a Map merges in, a List [k, v] is one entry."""
    if type(entry) in MAP_TYPES:
        result.update(entry)  # type: ignore[arg-type]
    elif isinstance(entry, list):
        key = entry[0] if entry else None
        try:
            result[key] = entry[1] if len(entry) > 1 else None
        except TypeError:  # a List/Map/Set key (keys.py)
            result[as_key(key)] = entry[1] if len(entry) > 1 else None
    elif isinstance(entry, MapEntry):
        result[entry.key] = entry.value
    else:
        raise GroovyThrowable(
            "GroovyCastException",
            f"Cannot cast object '{to_string(entry)}' with class "
            f"'{java_class_name(entry)}' to class 'java.util.Map$Entry'",
        )
    check_size(len(result))


def collect_entries(self: object, *args: object) -> dict:
    arity(args, 0, 1, 2)
    result: dict = {}
    if args and type(args[0]) in MAP_TYPES:
        result = args[0]  # type: ignore[assignment]
        args = args[1:]
    closure = as_closure(args[0]) if args else None
    for item in _iterate(self):
        add_entry(result, item if closure is None else call_item(closure, item))
    return result


def find(self: object, *args: object) -> object:
    arity(args, 0, 1)
    closure = as_closure(args[0]) if args else None
    for item in _iterate(self):
        if truth(item) if closure is None else test_item(closure, item):
            return item
    return None


def find_all(self: object, *args: object) -> object:
    arity(args, 0, 1)
    closure = as_closure(args[0]) if args else None
    kept = [
        item
        for item in _iterate(self)
        if (truth(item) if closure is None else test_item(closure, item))
    ]
    return _similar(self, kept)


def grep(self: object, *args: object) -> object:
    arity(args, 0, 1)
    if not args:
        return _similar(self, [x for x in _items(self) if truth(x)])
    case = args[0]
    if isinstance(case, IntRange):  # Range.isCase is contains: Integers only
        return _similar(self, [x for x in _items(self) if _range_contains(case, x)])
    kept = [x for x in _iterate(self) if operators.is_case(case, x)]
    return _similar(self, kept)


def split(self: object, *args: object) -> list:
    arity(args, 1)
    closure = as_closure(args[0])
    yes, no = [], []
    for item in _iterate(self):
        (yes if test_item(closure, item) else no).append(item)
    return [_similar(self, yes), _similar(self, no)]


def find_index_of(self: object, *args: object) -> int:
    arity(args, 1, 2)
    closure = as_closure(args[-1])
    start = as_int(args[0]) if len(args) == 2 else 0
    for i, item in enumerate(_iterate(self)):
        if i >= start and test_item(closure, item):
            return i
    return -1


def find_last_index_of(self: object, *args: object) -> int:
    arity(args, 1)
    closure = as_closure(args[0])
    found = -1
    for i, item in enumerate(_iterate(self)):
        if test_item(closure, item):
            found = i
    return found


def find_index_values(self: object, *args: object) -> list:
    arity(args, 1)
    closure = as_closure(args[0])
    return [i for i, item in enumerate(_iterate(self)) if test_item(closure, item)]


def find_result(self: object, *args: object) -> object:
    arity(args, 1, 2)
    closure = as_closure(args[-1])
    for item in _iterate(self):
        result = call_item(closure, item)
        if result is not None:
            return result
    return args[0] if len(args) == 2 else None


def find_results(self: object, *args: object) -> list:
    arity(args, 1)
    closure = as_closure(args[0])
    results = (call_item(closure, item) for item in _iterate(self))
    return [r for r in results if r is not None]


def any_(self: object, *args: object) -> bool:
    arity(args, 0, 1)
    closure = as_closure(args[0]) if args else None
    return any((truth(x) if closure is None else test_item(closure, x)) for x in _iterate(self))


def every(self: object, *args: object) -> bool:
    arity(args, 0, 1)
    closure = as_closure(args[0]) if args else None
    return all((truth(x) if closure is None else test_item(closure, x)) for x in _iterate(self))


def inject(self: object, *args: object) -> object:
    arity(args, 1, 2)
    closure = as_closure(args[-1])
    items = iter(_iterate(self))
    if len(args) == 2:
        acc = args[0]
    else:
        try:
            acc = next(items)
        except StopIteration:
            raise _no_such(
                "Cannot call inject() on an empty collection without passing an initial value."
            ) from None
    for item in items:
        acc = call_closure(closure, acc, item)
    return acc


def count(self: object, *args: object) -> int:
    arity(args, 1)
    if isinstance(args[0], Closure):
        closure = args[0]
        return sum(1 for x in _iterate(self) if test_item(closure, x))
    items = _items(self)
    charge(len(items) // 4)
    return sum(1 for x in items if equals(x, args[0]))


def count_by(self: object, *args: object) -> dict:
    arity(args, 1)
    closure = as_closure(args[0])
    result: dict = {}
    for item in _iterate(self):
        key = call_item(closure, item)
        try:
            result[key] = result.get(key, 0) + 1
        except TypeError:  # a List/Map/Set key (keys.py)
            key = as_key(key)
            result[key] = result.get(key, 0) + 1
    return result


def group_by(self: object, *args: object) -> dict:
    """groupBy { key }; groupBy(c1, c2, ...) nests a map level per closure."""
    if not args:
        raise NoSignature
    closures = [
        as_closure(a) for a in (args[0] if len(args) == 1 and isinstance(args[0], list) else args)
    ]
    closure = closures[0] if closures else None  # no closure at all: each item is its key
    result: dict = {}
    for item in _iterate(self):
        key = item if closure is None else call_item(closure, item)
        try:
            result.setdefault(key, []).append(item)
        except TypeError:  # a List/Map/Set key (keys.py)
            result.setdefault(as_key(key), []).append(item)
    if isinstance(self, GSet):
        result = {k: GSet(v) for k, v in result.items()}
    if len(closures) > 1:
        return {k: group_by(v, *closures[1:]) for k, v in result.items()}
    return result


# sum() of an empty primitive array is that primitive's zero (Groovy's sum(int[]) etc.)
_PRIMITIVE_ZERO = {"int[]": lambda: 0, "long[]": lambda: Long(0), "double[]": lambda: 0.0}


def sum_(self: object, *args: object) -> object:
    """sum(), sum(initial), sum(closure), sum(initial, closure): Groovy's `plus` in order."""
    arity(args, 0, 1, 2)
    if len(args) == 2 and not isinstance(args[1], Closure):
        raise NoSignature  # sum(initial, closure) only
    if not args and not self and getattr(self, "java_class", None) in _PRIMITIVE_ZERO:
        return _PRIMITIVE_ZERO[self.java_class]()  # type: ignore[union-attr]
    closure = as_closure(args[-1]) if args and isinstance(args[-1], Closure) else None
    has_initial = len(args) == 2 or (len(args) == 1 and closure is None)
    plus = operators.plus
    acc, started = (args[0], True) if has_initial else (None, False)
    count = 0
    for item in _iterate(self):
        value = item if closure is None else call_item(closure, item)
        acc = plus(acc, value) if started else value
        started = True
        count += 1
    charge(count)
    return acc


def _extreme(self: object, args: tuple, want: int) -> object:
    """max (want=1) / min (want=-1): nulls skipped; a closure gives a key or a comparator."""
    arity(args, 0, 1)
    items = _items(self)
    charge(len(items))
    if not args:
        answer = None
        for item in items:
            # Groovy's compareGreaterThan: no hash-code fallback here (unlike sort()), so
            # incomparable items fail with GroovyRuntimeException
            if item is not None and (answer is None or compare(item, answer) * want > 0):
                answer = item
        return answer
    closure = _closure_or_comparator(args[0])
    if isinstance(closure, Closure) and (closure.implicit_it or closure.max_params == 1):
        return _extreme_by_key(items, closure, want)
    compare_ = _comparator(closure)
    answer, first_ = None, True
    for item in items:
        if first_ or compare_(item, answer) * want > 0:
            answer, first_ = item, False
    return answer


def _extreme_by_key(items: list, closure: Closure, want: int) -> object:
    answer, answer_key, first_ = None, None, True
    for item in items:
        key = call_item(closure, item)
        if first_ or compare(key, answer_key) * want > 0:
            answer, answer_key, first_ = item, key, False
    return answer


def max_(self: object, *args: object) -> object:
    return _extreme(self, args, 1)


def min_(self: object, *args: object) -> object:
    return _extreme(self, args, -1)


# ---- ordering
def sort(self: object, *args: object) -> object:
    """sort() sorts a List in place and returns it; sort(false) returns a sorted copy; any other
    Collection gives a new sorted List. A closure is a key (1 parameter) or a comparator.
    sort(Comparator) on a List is Java's List.sort: in place, returning null."""
    arity(args, 0, 1, 2)
    if (
        len(args) == 1
        and (args[0] is None or isinstance(args[0], JavaComparator))
        and isinstance(self, list)
    ):
        items = _mutable(self)
        items[:] = sorted_items(list(items), args[0])
        return None
    mutate, flagged = True, bool(args) and type(args[0]) is bool
    if flagged:
        mutate, args = args[0], args[1:]  # type: ignore[assignment]
    if len(args) > 1:
        raise NoSignature
    closure = _closure_or_comparator(args[0]) if args else None
    if isinstance(closure, JavaComparator) and isinstance(self, GSet) and not flagged:
        raise NoSignature  # Groovy 2.4 sorts a Set by a Comparator only as sort(bool, cmp)
    items = _items(self)
    result = sorted_items(list(items), closure)
    if mutate and type(self) in LIST_TYPES or (mutate and isinstance(self, StringArray)):
        self[:] = result  # type: ignore[index]
        return self
    return result


def to_sorted(self: object, *args: object) -> list:
    arity(args, 0, 1)
    closure = _closure_or_comparator(args[0]) if args else None
    return sorted_items(list(_items(self)), closure)


def _unique_items(items: list, closure: object) -> list:
    charge(len(items))
    if closure is None:
        bag = _GroovyBag([])
        kept = []
        for item in items:
            if item not in bag:
                bag.add(item)
                kept.append(item)
        return kept
    if isinstance(closure, Closure) and (closure.implicit_it or closure.max_params == 1):
        keys: list = []
        kept = []
        for item in items:
            key = call_item(closure, item)
            charge(len(keys))
            if not any(number_aware_compare(key, k) == 0 for k in keys):
                keys.append(key)
                kept.append(item)
        return kept
    compare_ = _comparator(closure)
    kept = []
    for item in items:
        charge(len(kept))
        if not any(compare_(item, k) == 0 for k in kept):
            kept.append(item)
    return kept


def unique(self: object, *args: object) -> object:
    """unique() removes duplicates (Groovy ==) in place and returns the receiver;
    unique(false) returns a new list."""
    arity(args, 0, 1, 2)
    mutate = True
    if args and type(args[0]) is bool:
        mutate, args = args[0], args[1:]  # type: ignore[assignment]
    closure = _closure_or_comparator(args[0]) if args else None
    kept = _unique_items(_items(self), closure)
    if not mutate:
        return _similar(self, kept)
    if isinstance(self, GSet):
        self.items = dict.fromkeys(kept)
        return self
    items = _mutable(self)
    items[:] = kept
    return items


def to_unique(self: object, *args: object) -> object:
    arity(args, 0, 1)
    return unique(self, False, *args)


def reverse(self: object, *args: object) -> object:
    arity(args, 0, 1)
    items = _seq(self)
    if args and args[0] is True:
        items.reverse()
        return items
    if args and args[0] is not False:
        raise NoSignature
    check_size(len(items))
    return items[::-1]


# ---- building new collections ------------------------------------------------------------------
def plus(self: object, *args: object) -> object:
    """list + x: x's elements when x is a Collection, else x itself; plus(index, collection)."""
    arity(args, 1, 2)
    if len(args) == 2:
        items, index = list(_seq(self)), as_int(args[0])
        new = _elements(args[1]) if _is_collection(args[1]) else [args[1]]
        check_size(len(items) + len(new))
        if not 0 <= index <= len(items):
            raise _ioobe(f"Index: {index}, Size: {len(items)}")
        items[index:index] = new
        return items
    other = args[0]
    new = _elements(other) if _is_collection(other) else [other]
    items = _items(self)
    check_size(len(items) + len(new))
    charge((len(items) + len(new)) // 8)
    if isinstance(self, GSet):
        result = GSet(items)
        for item in new:
            _set_add(result, item)
        return result
    return list(items) + list(new)


def minus(self: object, *args: object) -> object:
    """list - x: every element == x (or == any element of a Collection x) removed."""
    arity(args, 1)
    other = args[0]
    removing = _elements(other) if _is_collection(other) else [other]
    items = _items(self)
    charge(len(items) + len(removing))
    bag = _GroovyBag(list(removing))
    return _similar(self, [x for x in items if x not in bag])


def multiply(self: object, *args: object) -> list:
    arity(args, 1)
    items, times = _seq(self), _number(args[0])
    if times < 0:
        raise GroovyThrowable("IllegalArgumentException", f"Illegal Capacity: {times * len(items)}")
    check_size(len(items) * times)
    charge(len(items) * times // 8)
    return list(items) * times


def intersect(self: object, *args: object) -> object:
    arity(args, 1)
    if not _is_collection(args[0]):
        raise NoSignature
    left, right = _items(self), _elements(args[0])
    if not left or not right:
        return _similar(self, [])
    if len(left) < len(right):
        left, right = right, left
    bag = _GroovyBag(list(left))
    charge(len(left) + len(right))
    return _similar(self, [x for x in right if x in bag])


def disjoint(self: object, *args: object) -> bool:
    arity(args, 1)
    if not _is_collection(args[0]):
        raise NoSignature
    mine, other = list(_items(self)), _elements(args[0])
    charge(len(mine) + len(other))
    bag = _GroovyBag(mine)
    return not any(x in bag for x in other)


def _flatten_using(items: list, closure: Closure, out: list, depth: int = 0) -> None:
    if depth > 1000:
        raise GroovyThrowable("StackOverflowError", None)
    for item in items:
        if _is_collection(item):
            _flatten_using(_elements(item), closure, out, depth + 1)
            continue
        value = call_closure(closure, item)
        same = value is item or (
            _is_collection(value) and len(_elements(value)) == 1 and _elements(value)[0] is item
        )
        if _is_collection(value) and not same:
            _flatten_using(_elements(value), closure, out, depth + 1)
        else:
            out.append(value)
            check_size(len(out))


def flatten(self: object, *args: object) -> object:
    arity(args, 0, 1)
    if args:
        out: list = []
        _flatten_using(_items(self), as_closure(args[0]), out)
        return _similar(self, out)
    result: list = []
    stack = [iter(_items(self))]
    while stack:
        item = next(stack[-1], _END)
        if item is _END:
            stack.pop()
        elif _is_collection(item):
            if len(stack) > 1000:
                raise GroovyThrowable("StackOverflowError", None)
            stack.append(iter(_elements(item)))
        else:
            result.append(item)
            if len(result) & 1023 == 0:
                check_size(len(result))
                charge(1024)
    return _similar(self, result)


_END = object()


def join(self: object, *args: object) -> str:
    arity(args, 0, 1)
    separator = "" if not args or args[0] is None else as_str(args[0])
    parts = [to_string(item) for item in _items(self)]
    total = sum(len(p) for p in parts) + len(separator) * max(len(parts) - 1, 0)
    check_length(total)
    charge(len(parts))
    return utf16.join(parts, separator)  # halves of an emoji meeting at a seam join


def with_index(self: object, *args: object) -> list:
    arity(args, 0, 1)
    offset = as_int(args[0]) if args else 0
    items = _items(self)
    check_size(len(items))
    charge(len(items))
    return [[item, i + offset] for i, item in enumerate(items)]


def indexed(self: object, *args: object) -> dict:
    arity(args, 0, 1)
    offset = as_int(args[0]) if args else 0
    items = _items(self)
    check_size(len(items))
    charge(len(items))
    return {i + offset: item for i, item in enumerate(items)}


def collate(self: object, *args: object) -> list:
    arity(args, 1, 2, 3)
    size_ = as_int(args[0])
    step = as_int(args[1]) if len(args) >= 2 and type(args[1]) is int else size_
    keep = args[-1] if type(args[-1]) is bool else True
    if size_ <= 0 or step <= 0:
        raise GroovyThrowable("IllegalArgumentException", "size and step must be positive")
    items = _items(self)
    copied = len(items) * max(1, -(-size_ // step))  # each element lands in ~size/step chunks
    check_size(copied)
    charge(copied)
    chunks = [items[i : i + size_] for i in range(0, len(items), step)]
    return [c for c in chunks if keep or len(c) == size_]


def transpose(self: object, *args: object) -> list:
    arity(args, 0)
    rows = [_elements(row) for row in _items(self) if _is_collection(row)]
    if not rows:
        return []
    width = min(len(row) for row in rows)
    check_size(width * len(rows))
    return [[row[i] for row in rows] for i in range(width)]


def _as_collection(value: object) -> list:
    """Groovy's asCollection of a combinations() group: null is empty, a String its
    characters, a collection its elements, anything else itself alone."""
    if value is None:
        return []
    if type(value) is str or type(value) is GString:
        return [Char(c) for c in to_string(value)]
    return _elements(value) if _is_collection(value) else [value]


def combinations(self: object, *args: object) -> list:
    arity(args, 0)
    groups = [_as_collection(g) for g in _items(self)]
    if not groups or not all(groups):
        return []  # Groovy stops at an empty group: no combination
    total = 1
    for g in groups:
        total *= len(g)
        check_size(total)
    charge(total * max(len(groups), 1))
    result: list = [[]]
    for g in groups:
        result = [combo + [x] for x in g for combo in result]
    return result


def to_list(self: object, *args: object) -> list:
    arity(args, 0)
    items = _items(self)
    check_size(len(items))
    return list(items)


def to_set(self: object, *args: object) -> GSet:
    """`toSet()` is a java.util.HashSet: hash order, not insertion order."""
    arity(args, 0)
    items = _items(self)
    check_size(len(items))
    charge(len(items))
    return HashSet(items, len(items))


def as_immutable(self: object, *args: object) -> object:
    arity(args, 0)
    if isinstance(self, (list, GSet)):
        return unmodifiable(self)
    return unmodifiable(_seq(self))


def as_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    return size(self) > 0


# ---- ranges
def _r(self: object) -> IntRange:
    if isinstance(self, IntRange):
        return self
    raise NoSignature


def _range_get(r: IntRange, index: int) -> int:
    if index < 0:
        raise _ioobe(f"Index: {index} should not be negative")
    if index >= len(r):
        raise _ioobe(f"Index: {index} too big for range: {to_string_range(r)}")
    return r.start - index if r.reverse else r.start + index


def to_string_range(r: IntRange) -> str:
    return range_text(r)


def _range_contains(r: IntRange, value: object) -> bool:
    if type(value) is not int or isinstance(r, EmptyRange):
        return False
    return r.low <= value <= r.high  # type: ignore[operator]


def _any_range(self: object) -> IntRange | ObjectRange:
    if isinstance(self, (IntRange, ObjectRange)):
        return self
    raise NoSignature


def range_from(self: object, *args: object) -> object:
    arity(args, 0)
    return _any_range(self).low


def range_to(self: object, *args: object) -> object:
    arity(args, 0)
    return _any_range(self).high


def range_is_reverse(self: object, *args: object) -> bool:
    arity(args, 0)
    return _any_range(self).reverse


def range_is_case(self: object, *args: object) -> bool:
    arity(args, 1)
    return operators.is_case(_r(self), args[0])


def range_step(self: object, *args: object) -> object:
    """step(n) lists every n-th value from the written start; step(n, closure) calls it."""
    arity(args, 1, 2)
    r, step = _r(self), as_int(args[0])
    if step == 0:
        raise GroovyThrowable("IllegalArgumentException", "Step must not be zero")
    values = _range_list(r)[::step] if step > 0 else _range_list(r)[::-1][::-step]
    if len(args) == 2:
        closure = as_closure(args[1])
        for v in values:
            call_closure(closure, v)
        return None
    return values


def unsupported(self: object, *args: object) -> object:
    raise GroovyThrowable("UnsupportedOperationException", None)


# ---- tables
MUTATORS = frozenset(
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
        "putAt",
        "removeElement",
        "swap",
        "sort",
        "unique",
        "removeIf",
        "set",
    }
)

COLLECTION_METHODS = {
    "size": size,
    "isEmpty": is_empty,
    "contains": contains,
    "containsAll": contains_all,
    "isCase": is_case,
    "equals": equals_,
    "getAt": get_at,
    "add": add,
    "addAll": add_all,
    "leftShift": left_shift,
    "remove": remove,
    "removeElement": remove_element,
    "removeAll": remove_all,
    "retainAll": retain_all,
    "clear": clear,
    "each": each,
    "eachWithIndex": each_with_index,
    "forEach": for_each,
    "removeIf": remove_if,
    "collect": collect,
    "collectMany": collect_many,
    "collectEntries": collect_entries,
    "find": find,
    "findAll": find_all,
    "grep": grep,
    "split": split,
    "findIndexOf": find_index_of,
    "findLastIndexOf": find_last_index_of,
    "findIndexValues": find_index_values,
    "findResult": find_result,
    "findResults": find_results,
    "any": any_,
    "every": every,
    "inject": inject,
    "count": count,
    "countBy": count_by,
    "groupBy": group_by,
    "sum": sum_,
    "max": max_,
    "min": min_,
    "sort": sort,
    "toSorted": to_sorted,
    "unique": unique,
    "toUnique": to_unique,
    "first": first,
    "last": last,
    "head": first,
    "tail": tail,
    "init": init,
    "take": take,
    "drop": drop,
    "takeRight": take_right,
    "dropRight": drop_right,
    "permutations": permutations,
    "eachPermutation": each_permutation,
    "toArray": to_array,
    "collectNested": collect_nested,
    "clone": clone,
    "takeWhile": take_while,
    "dropWhile": drop_while,
    "plus": plus,
    "minus": minus,
    "intersect": intersect,
    "disjoint": disjoint,
    "flatten": flatten,
    "join": join,
    "withIndex": with_index,
    "indexed": indexed,
    "collate": collate,
    "combinations": combinations,
    "toList": to_list,
    "toSet": to_set,
    "asImmutable": as_immutable,
    "asBoolean": as_boolean,
}

LIST_METHODS = {
    # the GDK declares these on List (and arrays), not on Collection: a Set has none of them
    "reverseEach": reverse_each,
    "subsequences": subsequences,
    "transpose": transpose,
    "get": get,
    "set": set_,
    "putAt": put_at,
    "subList": sub_list,
    "indexOf": index_of,
    "lastIndexOf": last_index_of,
    "removeAt": remove_at,
    "push": push,
    "pop": pop,
    "swap": swap,
    "reverse": reverse,
    "multiply": multiply,
}


def range_to_string(self: object, *args: object) -> str:
    """A range's own toString() is `1..5` (printing a range shows its elements instead)."""
    arity(args, 0)

    return range_text(self)


RANGE_METHODS = {
    "toString": range_to_string,
    "getFrom": range_from,
    "getTo": range_to,
    "isReverse": range_is_reverse,
    "isCase": range_is_case,
    "containsWithinBounds": range_contains_within_bounds,
    "step": range_step,
    **{name: unsupported for name in MUTATORS - {"sort", "unique", "removeIf"}},
    "clone": lambda self, *args: arity(args, 0) or _r(self),
}


def _identity_hash(value: object) -> int:
    return identity_hash(value)


ARRAY_OVERRIDES = {
    "equals": lambda self, *args: arity(args, 1) or self is args[0],
    "hashCode": lambda self, *args: arity(args, 0) or _identity_hash(self),
    "contains": lambda self, *args: arity(args, 1) or any(equals(x, args[0]) for x in self),
}

METHODS = {
    "Array": ARRAY_OVERRIDES,
    "Range": RANGE_METHODS,
    "List": LIST_METHODS,
    "Collection": COLLECTION_METHODS,
}

PROPERTIES = {
    "Range": {
        "from": lambda r: r.low,
        "to": lambda r: r.high,
        "reverse": lambda r: r.reverse,
    },
}

DEFAULT_IMPORTS = {
    q.rsplit(".", 1)[-1]: q
    for q in (
        "java.lang.Iterable",
        "java.util.Collection",
        "java.util.List",
        "java.util.Set",
        "java.util.Comparator",
        "groovy.lang.Range",
        "groovy.lang.IntRange",
        "groovy.lang.ObjectRange",
    )
}
