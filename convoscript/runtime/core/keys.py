"""Sets (`GSet`) and Lists, Maps and Sets as map keys: hashable copies with Groovy's equality.

Java hashes an ArrayList, LinkedHashMap or LinkedHashSet by its contents, so scripts use them as
keys (`groupBy { [it.region, it.tier] }`, `[a, b] in pairs`). Python refuses to hash `list`,
`dict` and `GSet`, so where a key enters or is looked up in a dict (or a GSet's dict) an
unhashable value is replaced by `as_key(value)`: a `ListKey` / `MapKey` / `SetKey` copy that is
still a list / dict / GSet (same Java class, methods, printing, JSON and boundary conversion as
the original: runtime.core.types names them so) but hashes by content. A GSet keeps its
elements as dict keys, so it lives here with them.

String and number keys (the 99% case) must not pay for this: loops over many keys (groupBy,
countBy, collectEntries, map literals, subscripts, Set adds) try the plain dict operation and
call `as_key` only when it raises TypeError (`GSet` is unhashable for that reason); single
lookups (`get`, `containsKey`, ...) call `as_key`, whose first test returns a String or Integer.

Two differences from Java, both documented in docs/dialect.md:
- the key is a copy taken when it is put: changing the original list afterwards does not change
  the key (Java would keep the same, now mutated, object);
- elements compare as scalar keys do here: `[1]` and `[1L]` are one key (Java: two).
"""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import LONG_MAX, LONG_MIN, LinkedList, salted_hash


class GSet:
    """java.util.LinkedHashSet: insertion-ordered set (elements kept as dict keys).

    Unhashable, like list and dict: a Set used as a key or element becomes a `SetKey`
    (equal by content, as in Java) where dict operations fail with TypeError.
    """

    __slots__ = ("items",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, items: object = ()):
        if not isinstance(items, (list, tuple, dict, GSet)):
            items = list(items)  # type: ignore[call-overload]  # re-iterable for the fallback
        if Decimal in set(map(type, items)):  # type: ignore[call-overload]
            check_decimal_keys(items)  # type: ignore[arg-type]
        try:
            self.items: dict = dict.fromkeys(items)  # type: ignore[call-overload]
        except TypeError:  # a List, Map or Set element (rare): stored as its key copy
            self.items = key_dict(items)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


# Deeper than this is a self-containing value (`l << l`): Java's hashCode overflows the stack.
MAX_KEY_DEPTH = 100


def _content_hash(value: object) -> int:
    """A hash consistent with Python `==` for any key part, including a plain list or map
    that a script put into a key read back (`key << [3]`).

    The process secret comes first in every tuple hashed (a list's, each map entry's, each
    set element's): Python's tuple hash is a public function of its parts' hashes, and an
    int's hash is its value, so without it a script could solve for lists that collide."""
    if isinstance(value, list):
        return hash((_SALT, *(_content_hash(x) for x in value)))
    if isinstance(value, dict):
        return hash((_SALT, frozenset((_SALT, k, _content_hash(v)) for k, v in value.items())))
    if isinstance(value, GSet):
        return hash((_SALT, _SALT, frozenset((_SALT, x) for x in value.items)))
    return hash(value)


_SALT = salted_hash(b"keys")


class ListKey(list):
    """A java.util.ArrayList used as a map key or set element (hashes by content)."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return _content_hash(self)


class MapKey(dict):
    """A java.util.LinkedHashMap used as a map key or set element (hashes by content)."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return _content_hash(self)


class SetKey(GSet):
    """A java.util.LinkedHashSet used as a map key or set element (equal by content)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GSet) and self.items.keys() == other.items.keys()

    def __hash__(self) -> int:
        return _content_hash(self)


KEY_TYPES = (ListKey, MapKey, SetKey)


def as_key(value: object) -> object:
    """The dict key for `value`: the value itself when it hashes as Java would, else a copy."""
    t = type(value)
    if t is str or t is int or t in KEY_TYPES:
        return value
    if isinstance(value, (list, dict, GSet)):
        return _snapshot(value, 0)
    return value


def _snapshot(value: object, depth: int) -> object:
    if depth > MAX_KEY_DEPTH:
        raise GroovyThrowable("StackOverflowError", None)
    if isinstance(value, list):
        budget.current().tick(len(value) + 1)
        return ListKey([_part(x, depth) for x in value])
    if isinstance(value, dict):
        budget.current().tick(len(value) + 1)
        return MapKey({k: _part(v, depth) for k, v in value.items()})
    if isinstance(value, GSet):
        budget.current().tick(len(value) + 1)
        return SetKey(value.items)  # elements are dict keys already: hashable
    return value


def _part(value: object, depth: int) -> object:
    t = type(value)
    if t is str or t is int or value is None:
        return value
    return _snapshot(value, depth + 1)


def key_dict(items) -> dict:
    """dict.fromkeys(items) for a GSet's storage, with unhashable elements made keys."""
    return dict.fromkeys(as_key(x) for x in items)


# Exact-type checks that mean "a plain ArrayList / LinkedHashMap" must accept the key copies too.
LIST_TYPES = (list, ListKey, LinkedList)
MAP_TYPES = (dict, MapKey)


class _Probe:
    """Looks a key up in a dict and catches the stored key that equals it.

    A dict compares the stored key with the probe; the built-in types (and their subclasses
    here, which keep Python's `__eq__`) answer NotImplemented for a foreign type, so Python asks
    the probe, which records the stored key. One hashed lookup instead of a walk over every key:
    `Set.contains` and `containsAll` stay linear in the elements looked up."""

    __slots__ = ("found", "hash", "item")

    def __init__(self, item: object):
        self.item = item
        self.hash = hash(item)
        self.found: object = UNSEEN

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        if other is self.item or other == self.item:
            self.found = other
            return True
        return False


# `stored_key`'s answers: no key equals the item; or one does, but its own `__eq__` answered
# for it, so the probe did not see which (the caller walks the keys as before).
ABSENT = object()
UNSEEN = object()


def stored_key(items: dict, item: object) -> object:
    """The key of `items` that equals `item` (Python `==`, one hashed lookup), ABSENT, or
    UNSEEN when the key's class compares itself (rare: then the caller scans)."""
    try:
        if item not in items:
            return ABSENT
    except TypeError:  # a List/Map/Set element
        item = as_key(item)
        if item not in items:
            return ABSENT
    probe = _Probe(item)
    if probe not in items:  # the key's own `__eq__` answered the probe (an enum, a script
        return UNSEEN  # class): which key equals the item is for the caller's walk
    return probe.found


# ---- numbers whose Python hash a script could choose
#
# Python hashes a number by its value modulo 2**61 - 1, so BigDecimals k * (2**61 - 1) (or
# 0.1 * k * ...) are one hash, and a set of 20,000 of them takes seconds inside one C call.
# A BigInteger hashes behind the process secret (values.py); a BigDecimal cannot: it is
# Python's `decimal.Decimal`, whose hash is fixed, and a subclass would leak out of every
# Set and Map into code that tests `type(x) is Decimal`. So:
# - where the runtime makes its own keys (`number_key`: unique, minus, intersect, disjoint),
#   a number beyond the Long range or not an integer is keyed by its exact value behind the
#   secret;
# - where a BigDecimal itself becomes a dict key in bulk (a Set built from a collection:
#   toSet, `as Set`, new HashSet(list), keySet), `check_decimal_keys` refuses more than
#   MAX_SHARED_HASH distinct BigDecimals of one hash: honest data has one or two (2**61
#   values), only chosen data has more. One-at-a-time inserts tick between calls, so the
#   deadline ends them.
# A Double's hash cannot be steered that far: doubles of one hash have one odd mantissa up to a
# bit rotation and one of ~35 exponents, a few dozen values at most.
MAX_SHARED_HASH = 64


class NumberKey:
    """A number keyed by its exact value behind the process secret (equal numbers of any
    type, 2 and 2.0G and 2.0d, have equal keys, as Groovy `==` has them equal)."""

    __slots__ = ("hash", "ratio")

    def __init__(self, ratio: tuple[int, int]):
        self.ratio = ratio
        num, den = ratio
        self.hash = salted_hash(_int_bytes(num) + b"/" + _int_bytes(den))

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return type(other) is NumberKey and self.ratio == other.ratio


def _int_bytes(n: int) -> bytes:
    return n.to_bytes((n.bit_length() + 8) // 8, "little", signed=True)


def number_key(value: int | float | Decimal) -> object:
    """A hashable key for a finite number, equal for numbers Python `==` calls equal, whose
    hash a script cannot choose: an integer in the Long range is itself (at most nine such
    share a hash), anything else its exact ratio behind the process secret."""
    if type(value) is int:
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return value
    if isinstance(value, Decimal) and not value.is_finite():
        return value
    num, den = value.as_integer_ratio()
    if den == 1 and LONG_MIN <= num <= LONG_MAX:
        return num
    return NumberKey((num, den))


def check_decimal_keys(items: object) -> None:
    """Refuse a bulk insert of BigDecimals chosen to share one Python hash (see above)."""
    by_hash: dict[int, set] = {}
    for x in items:  # type: ignore[attr-defined]
        if type(x) is Decimal and x.is_finite():
            same = by_hash.setdefault(hash(x), set())
            same.add(number_key(x))
            if len(same) > MAX_SHARED_HASH:
                budget.current().refuse(
                    "hash",
                    MAX_SHARED_HASH,
                    f"Hash collision limit exceeded: more than {MAX_SHARED_HASH} distinct "
                    "BigDecimal values of one hash in a Set",
                )
