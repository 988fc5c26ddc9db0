"""The Python representation of Groovy values, in one place.

Groovy type        Python
---------------    ------------------------------------------------
null               None
Boolean            bool
Integer            int (never bool), always within the 32-bit range
Long               Long (int subclass), 64-bit range
BigInteger         BigInteger (int subclass)
Float              Float (float subclass)
Double             float
BigDecimal         decimal.Decimal
String             str
Character          Char (str subclass of length 1)
GString            GString (lazy: literal strings + values)
List (ArrayList)   list; a LinkedList is LinkedList (list subclass)
Map (LinkedHash)   dict (insertion ordered); a GString key stays a GString and, as in Java,
                   is a different key from the equal String
Range (IntRange)   IntRange
Closure            Closure (called through runtime.core.closures.call_closure)
"""

from __future__ import annotations

import os
from collections.abc import Callable
from decimal import Decimal
from typing import ClassVar


class Long(int):
    """java.lang.Long: a 64-bit integer."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Long({int(self)})"


# A secret of this process, mixed into the hash of every key whose Python hash a script could
# otherwise choose: Python hashes an int as its value modulo 2**61 - 1, so 50,000 BigIntegers
# k * (2**61 - 1) + 7 are one hash and a Set of them takes seconds to build (each insert walks
# all the others). Keyed by bytes Python hashes with SipHash, behind a prefix no script sees
# (so even PYTHONHASHSEED=0 leaves it unpredictable); a script never sees a Python hash
# (`hashCode()` is Java's, runtime/core/hashing.py), so nothing it runs reveals the secret.
HASH_SALT = os.urandom(16)


def salted_hash(data: bytes) -> int:
    """A hash of `data` a script cannot steer to collide (see HASH_SALT)."""
    return hash(HASH_SALT + data)


class BigInteger(int):
    """java.math.BigInteger: an unbounded integer."""

    __slots__ = ()

    def __hash__(self) -> int:
        # in the Long range a BigInteger is one key with the equal Integer/Long (as ever);
        # beyond it only BigIntegers exist, hashed by their bytes behind the process secret
        if LONG_MIN <= self <= LONG_MAX:
            return int.__hash__(self)
        n = int(self)
        return salted_hash(n.to_bytes((n.bit_length() + 8) // 8, "little", signed=True))

    def __repr__(self) -> str:
        return f"BigInteger({int(self)})"


class Float(float):
    """java.lang.Float: a 32-bit float (rare in flow scripts; `1.5f`)."""

    __slots__ = ()


class Char(str):
    """java.lang.Character (`"abc".charAt(0)`, `'a' as char`)."""

    __slots__ = ()


INT_MIN, INT_MAX = -(2**31), 2**31 - 1
LONG_MIN, LONG_MAX = -(2**63), 2**63 - 1

NUMBER_TYPES = (int, float, Decimal)


def is_number(value: object) -> bool:
    return isinstance(value, NUMBER_TYPES) and not isinstance(value, bool)


def _renderer_missing(g: GString) -> str:
    raise RuntimeError("GString rendering is installed by convoscript.runtime.core.gstring")


class GString:
    """A Groovy GString: literal fragments interleaved with values, rendered on demand.

    `strings` always has one more element than `values`. Like Groovy's, the text is made
    afresh at each rendering (a `${-> x}` closure is called each time, a list value shows its
    current contents), by `g.render()`.
    """

    __slots__ = ("strings", "values")

    # The plug-in point between the value model and Groovy semantics: rendering calls Groovy
    # toString() on the values and lazy closures under the budget, which needs the whole of
    # runtime.core (and a closure's failure message renders values again). So the value model
    # declares the slot, and runtime.core.gstring fills it with `gstring_text` when it is
    # imported (the package imports it; a GString is never made without the runtime).
    render: ClassVar[Callable[[GString], str]] = _renderer_missing

    def __init__(self, strings: tuple[str, ...] | list[str], values: tuple | list):
        self.strings = strings
        self.values = values

    # Java semantics for hash keys: a GString equals another GString with the same text, never
    # a String (so `map["a"]` misses a `"${'a'}"` key, exactly as in Groovy).
    def __eq__(self, other: object) -> bool:
        if type(other) is not GString:
            return False
        return self.render() == other.render()

    def __hash__(self) -> int:
        return hash(("GString", self.render()))


class IntRange:
    """groovy.lang.IntRange: an inclusive, possibly reversed, range of Integers; a read-only List."""

    __slots__ = ("reverse", "start", "stop", "written_stop")

    def __init__(self, start: int, stop: int, written_stop: int | None = None):
        # Groovy keeps from <= to and a reverse flag; iteration goes from the written start.
        self.reverse = start > stop
        self.start = start
        self.stop = stop
        # `1..<3` remembers its written end: its toString() is "1..<3", not "1..2"
        self.written_stop = written_stop

    @property
    def low(self) -> int:
        return min(self.start, self.stop)

    @property
    def high(self) -> int:
        return max(self.start, self.stop)

    def __len__(self) -> int:
        return self.high - self.low + 1

    def to_range(self) -> range:
        step = -1 if self.reverse else 1
        return range(self.start, self.stop + step, step)


class EmptyRange(IntRange):
    """`a..<a`: an empty range that still remembers its bounds for printing ("[]")."""

    __slots__ = ()

    def __init__(self, at: int):
        self.reverse = False
        self.start = at
        self.stop = at
        self.written_stop = at

    def __len__(self) -> int:
        return 0

    def to_range(self) -> range:
        return range(0)


class ObjectRange(list):
    """groovy.lang.ObjectRange: a range of non-Integer values (`'a'..'f'`, `1L..3L`,
    `1.5..3.5`), kept as the list of its elements plus its bounds as Groovy keeps them: the
    written start, and the written end, or for `a..<b` the value one step before it ('a'..<'c'
    ends at 'b'). Only `a..<a` is empty."""

    __slots__ = ("descending", "start", "stop")

    def __init__(self, items: list, start: object, stop: object, descending: bool | None = None):
        super().__init__(items)
        self.start = start
        self.stop = stop
        # given for bounds Python cannot order (enum constants: by ordinal)
        self.descending = descending

    # Groovy's getFrom()/getTo() are the lower and upper bounds, whatever the direction
    @property
    def low(self) -> object:
        return self.stop if self.reverse else self.start

    @property
    def high(self) -> object:
        return self.start if self.reverse else self.stop

    @property
    def reverse(self) -> bool:
        if self.descending is not None:
            return self.descending
        return self.start > self.stop  # type: ignore[operator]


class LinkedList(list):
    """java.util.LinkedList: a List with Deque methods (lib/java_util/linkedlist.py); GDK methods
    that build a similar collection (plus, findAll, take, ...) keep the class, as in Groovy."""

    __slots__ = ()


# Closure.OWNER_FIRST ... DELEGATE_ONLY: where a closure's unresolved names are looked up.
OWNER_FIRST, DELEGATE_FIRST, OWNER_ONLY, DELEGATE_ONLY = 0, 1, 2, 3


class Closure:
    """groovy.lang.Closure. `max_params` -1 means varargs; `implicit_it` closures take 0 or 1.

    A Closure wraps a compiled Python function. It is opaque to host code (no `__call__`): only
    the runtime calls it, inside the budget, through `runtime.core.closures.call_closure`.
    """

    __slots__ = (
        "delegate",
        "fn",
        "implicit_it",
        "max_params",
        "min_params",
        "name",
        "owner",
        "resolve_strategy",
    )

    def __init__(
        self,
        fn: Callable,
        min_params: int,
        max_params: int,
        implicit_it: bool,
        name: str = "closure",
    ):
        self.fn = fn
        self.min_params = min_params
        self.max_params = max_params
        self.implicit_it = implicit_it
        self.name = name
        self.delegate = None
        self.resolve_strategy = OWNER_FIRST
        # where it was written: the enclosing closure, the instance (or, in a static member,
        # the class) whose method made it; None: the script
        self.owner: object = None

    @property
    def param_count(self) -> int:
        """Closure.getMaximumNumberOfParameters() as the GDK sees it."""
        return 1 if self.implicit_it else self.max_params


class CurriedClosure(Closure):
    """`closure.curry(a)`: a closure with leading arguments bound."""

    __slots__ = ("bound", "inner")

    def __init__(self, inner: Closure, bound: tuple):
        self.inner = inner
        self.bound = bound
        remaining = max(inner.max_params - len(bound), 0)
        super().__init__(
            inner.fn, max(inner.min_params - len(bound), 0), remaining, False, inner.name
        )
        # Groovy's CurriedClosure is owned by a copy of the closure it curries
        copy = Closure(inner.fn, inner.min_params, inner.max_params, inner.implicit_it, inner.name)
        copy.owner, copy.delegate = inner.owner, inner.delegate
        self.owner = copy


class MethodClosure(Closure):
    """`obj.&name` / `this.&method`: calls a method by name with the given arguments."""

    __slots__ = ("method", "receiver")

    def __init__(self, receiver: object, method: str, invoke: Callable):
        self.receiver = receiver
        self.method = method
        super().__init__(lambda *args: invoke(receiver, method, *args), 0, -1, False, method)
        self.owner = receiver  # Groovy's MethodClosure: its owner is the receiver
