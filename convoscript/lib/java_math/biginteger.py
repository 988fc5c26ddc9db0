"""java.math.BigInteger: its methods (signum, negate, bitLength, toString(radix)), its statics
(valueOf, ONE, ZERO, TEN, TWO) and its constructor (`new BigInteger(text[, radix])`).

The value is runtime.model's `BigInteger`; its arithmetic is runtime.numbers', and the methods
every number has are the Number GDK (gdk/numbers.py, next in the dispatch chain).
"""

from __future__ import annotations

from convoscript.lib.gdk.numbers import _n, _unary
from convoscript.lib.java_lang.boxes import in_radix
from convoscript.runtime import numbers
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model.values import BigInteger, Long


def _big_integer_value_of(*args: object) -> BigInteger:
    arity(args, 1)
    if type(args[0]) not in (int, Long):
        raise NoSignature
    return BigInteger(int(args[0]))  # type: ignore[call-overload]


def new_big_integer(*args: object) -> BigInteger:
    arity(args, 1, 2)
    radix = as_int(args[1]) if len(args) == 2 else 10
    return numbers.to_biginteger_from_string(as_str(args[0]), radix)


def signum(self: object, *args: object) -> int:
    arity(args, 0)
    d = _n(self)
    return (d > 0) - (d < 0)  # type: ignore[operator]


def bit_length(self: object, *args: object) -> int:
    arity(args, 0)
    value = _n(self)
    if not isinstance(value, int):
        raise NoSignature
    return (value if value >= 0 else ~value).bit_length()


def big_integer_to_string(self: object, *args: object) -> str:
    """BigInteger.toString(radix)."""
    arity(args, 0, 1)
    value = _n(self)
    if not args:
        return numbers.to_java_string(value)
    radix = as_int(args[0])
    return in_radix(int(value), radix if 2 <= radix <= 36 else 10)  # type: ignore[call-overload]


METHODS = {
    "BigInteger": {
        "signum": signum,
        "negate": _unary(numbers.negate),
        "bitLength": bit_length,
        "toString": big_integer_to_string,
    },
}
STATIC_METHODS = {"java.math.BigInteger": {"valueOf": _big_integer_value_of}}
STATIC_FIELDS = {
    "java.math.BigInteger": {
        "ONE": BigInteger(1),
        "ZERO": BigInteger(0),
        "TEN": BigInteger(10),
        "TWO": BigInteger(2),
    },
}
CONSTRUCTORS = {"java.math.BigInteger": new_big_integer}
DEFAULT_IMPORTS = {"BigInteger": "java.math.BigInteger"}
