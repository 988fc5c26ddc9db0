"""java.math.BigInteger: its statics (valueOf, ONE, ZERO, TEN, TWO) and constructor
(`new BigInteger(text[, radix])`).

The value is runtime.model's `BigInteger`; its arithmetic is runtime.numbers'.
"""

from __future__ import annotations

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
