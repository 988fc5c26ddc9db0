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
List (ArrayList)   list
Map (LinkedHash)   dict (insertion ordered); a GString key stays a GString and, as in Java,
                   is a different key from the equal String
Range (IntRange)   IntRange
Closure            Closure (runtime.closures)
"""

from __future__ import annotations

from decimal import Decimal


class Long(int):
    """java.lang.Long: a 64-bit integer."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Long({int(self)})"


class BigInteger(int):
    """java.math.BigInteger: an unbounded integer."""

    __slots__ = ()

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


class GString:
    """A Groovy GString: literal fragments interleaved with values, stringified on demand.

    `strings` always has one more element than `values`. Stringification needs the runtime (it
    calls Groovy `toString()` under the budget), so it is done by `runtime.text.to_string`,
    which caches the result in `_text` (GString values are evaluated once, at creation).
    """

    __slots__ = ("_text", "strings", "values")

    def __init__(self, strings: tuple[str, ...] | list[str], values: tuple | list):
        self.strings = strings
        self.values = values
        self._text: str | None = None

    # Java semantics for hash keys: a GString equals another GString with the same text, never
    # a String (so `map["a"]` misses a `"${'a'}"` key, exactly as in Groovy).
    def __eq__(self, other: object) -> bool:
        if type(other) is not GString:
            return False
        from convoscript.runtime.core.text import gstring_text

        return gstring_text(self) == gstring_text(other)

    def __hash__(self) -> int:
        from convoscript.runtime.core.text import gstring_text

        return hash(("GString", gstring_text(self)))


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

    __slots__ = ("start", "stop")

    def __init__(self, items: list, start: object, stop: object):
        super().__init__(items)
        self.start = start
        self.stop = stop

    # Groovy's getFrom()/getTo() are the lower and upper bounds, whatever the direction
    @property
    def low(self) -> object:
        return self.stop if self.reverse else self.start

    @property
    def high(self) -> object:
        return self.start if self.reverse else self.stop

    @property
    def reverse(self) -> bool:
        return self.start > self.stop  # type: ignore[operator]
