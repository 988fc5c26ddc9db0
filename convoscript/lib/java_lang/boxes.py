"""The boxed primitives' classes: the statics of java.lang.Integer, Long, Double and Boolean
(parseInt, valueOf, toString(radix), MAX_VALUE, ...) and `new Integer(...)`.

Their instance methods are the Number and Boolean GDK (gdk/numbers.py, by receiver); the values
are runtime.model's (int, Long, float, Float, bool).
"""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.runtime import numbers
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_number, as_str
from convoscript.runtime.model.values import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, Char, Float, Long


def _is_num(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and type(value) is not bool


def double_arg(value: object) -> float:
    """A double parameter: any number (not a char), widened as Java does."""
    if value is None or type(value) is Char:
        raise NoSignature
    return numbers.to_double(as_number(value))


def _parse_int(*args: object) -> int:
    arity(args, 1, 2)
    radix = as_int(args[1]) if len(args) == 2 else 10
    return numbers.parse_int(None if args[0] is None else as_str(args[0]), radix)


def _parse_long(*args: object) -> Long:
    arity(args, 1, 2)
    radix = as_int(args[1]) if len(args) == 2 else 10
    return numbers.parse_long(None if args[0] is None else as_str(args[0]), radix)


def _integer_value_of(*args: object) -> int:
    if len(args) == 1 and type(args[0]) is int:
        return args[0]  # type: ignore[return-value]
    if len(args) == 1 and type(args[0]) is Char:
        raise NoSignature
    return _parse_int(*args)


def _long_value_of(*args: object) -> Long:
    if len(args) == 1 and type(args[0]) in (int, Long):
        return Long(args[0])  # type: ignore[call-overload]
    return _parse_long(*args)


def _to_radix_string(bits: int):
    def method(*args: object) -> str:
        arity(args, 1, 2)
        value = args[0]
        if type(value) not in (int, Long) or (bits == 32 and type(value) is not int):
            raise NoSignature
        if len(args) == 1:
            return str(int(value))  # type: ignore[call-overload]
        radix = as_int(args[1])
        radix = radix if 2 <= radix <= 36 else 10
        return in_radix(int(value), radix)  # type: ignore[call-overload]

    return method


def in_radix(value: int, radix: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if value == 0:
        return "0"
    sign, value = ("-", -value) if value < 0 else ("", value)
    out = []
    while value:
        value, r = divmod(value, radix)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def _unsigned_string(bits: int, radix_bits: int):
    def method(*args: object) -> str:
        arity(args, 1)
        value = args[0]
        if type(value) is not int and not (bits == 64 and type(value) is Long):
            raise NoSignature
        unsigned = int(value) & ((1 << bits) - 1)  # type: ignore[call-overload]
        return in_radix(unsigned, 1 << radix_bits)

    return method


def _int_binary(fn, kind: str = "int"):
    """A static (int, int) or (long, long) method; results wrap like Java's."""

    def method(*args: object) -> object:
        arity(args, 2)
        allowed = (int,) if kind == "int" else (int, Long)
        if not all(type(a) in allowed for a in args):
            raise NoSignature
        result = fn(int(args[0]), int(args[1]))  # type: ignore[call-overload]
        if fn is _cmp:
            return result
        bits = 32 if kind == "int" else 64
        wrapped = (result + (1 << (bits - 1))) % (1 << bits) - (1 << (bits - 1))
        return wrapped if kind == "int" else Long(wrapped)

    return method


def _cmp(a: object, b: object) -> int:
    return (a > b) - (a < b)  # type: ignore[operator]


def _double_compare(*args: object) -> int:
    arity(args, 2)
    return numbers.compare(double_arg(args[0]), double_arg(args[1]))


def _double_value_of(*args: object) -> float:
    arity(args, 1)
    if type(args[0]) is float:
        return args[0]  # type: ignore[return-value]
    if _is_num(args[0]):
        raise NoSignature
    return numbers.parse_double(None if args[0] is None else as_str(args[0]))


def _double_to_string(*args: object) -> str:
    arity(args, 1)
    return numbers.to_java_string(double_arg(args[0]))


def _double_predicate(test):
    def method(*args: object) -> bool:
        arity(args, 1)
        return test(double_arg(args[0]))

    return method


def _parse_boolean(*args: object) -> bool:
    arity(args, 1)
    return args[0] is not None and as_str(args[0]).lower() == "true"


def _boolean_value_of(*args: object) -> bool:
    arity(args, 1)
    if type(args[0]) is bool:
        return args[0]  # type: ignore[return-value]
    return _parse_boolean(*args)


def _bool_to_string(*args: object) -> str:
    arity(args, 1)
    if type(args[0]) is not bool:
        raise NoSignature
    return "true" if args[0] else "false"


def new_integer(*args: object) -> int:
    arity(args, 1)
    if type(args[0]) is int:
        return args[0]  # type: ignore[return-value]
    return numbers.parse_int(as_str(args[0]))


def _integer_signum(*args: object) -> int:
    arity(args, 1)
    return _cmp(as_int(args[0]), 0)


def _double_binary(fn):
    """A static (double, double) method of Double."""

    def method(*args: object) -> float:
        arity(args, 2)
        return fn(double_arg(args[0]), double_arg(args[1]))

    return method


STATIC_METHODS = {
    "java.lang.Integer": {
        "parseInt": _parse_int,
        "valueOf": _integer_value_of,
        "toString": _to_radix_string(32),
        "toHexString": _unsigned_string(32, 4),
        "toBinaryString": _unsigned_string(32, 1),
        "toOctalString": _unsigned_string(32, 3),
        "max": _int_binary(max),
        "min": _int_binary(min),
        "sum": _int_binary(lambda a, b: a + b),
        "compare": _int_binary(_cmp),
        "signum": _integer_signum,
    },
    "java.lang.Long": {
        "parseLong": _parse_long,
        "valueOf": _long_value_of,
        "toString": _to_radix_string(64),
        "toHexString": _unsigned_string(64, 4),
        "toBinaryString": _unsigned_string(64, 1),
        "max": _int_binary(max, "long"),
        "min": _int_binary(min, "long"),
        "sum": _int_binary(lambda a, b: a + b, "long"),
        "compare": _int_binary(_cmp, "long"),
    },
    "java.lang.Double": {
        "parseDouble": _double_value_of,
        "valueOf": _double_value_of,
        "toString": _double_to_string,
        "isNaN": _double_predicate(math.isnan),
        "isInfinite": _double_predicate(math.isinf),
        "isFinite": _double_predicate(math.isfinite),
        "compare": _double_compare,
        "max": _double_binary(max),
        "min": _double_binary(min),
        "sum": _double_binary(lambda x, y: x + y),
    },
    "java.lang.Boolean": {
        "parseBoolean": _parse_boolean,
        "valueOf": _boolean_value_of,
        "toString": _bool_to_string,
    },
}
STATIC_FIELDS = {
    "java.lang.Integer": {"MAX_VALUE": INT_MAX, "MIN_VALUE": INT_MIN},
    "java.lang.Long": {"MAX_VALUE": Long(LONG_MAX), "MIN_VALUE": Long(LONG_MIN)},
    "java.lang.Double": {
        "MAX_VALUE": 1.7976931348623157e308,
        "MIN_VALUE": 5e-324,
        "NaN": math.nan,
        "POSITIVE_INFINITY": math.inf,
        "NEGATIVE_INFINITY": -math.inf,
    },
    "java.lang.Float": {
        "MAX_VALUE": Float(3.4028234663852886e38),
        "MIN_VALUE": Float(1.401298464324817e-45),
        "NaN": Float(math.nan),
        "POSITIVE_INFINITY": Float(math.inf),
        "NEGATIVE_INFINITY": Float(-math.inf),
    },
    "java.lang.Boolean": {"TRUE": True, "FALSE": False},
}
CONSTRUCTORS = {"java.lang.Integer": new_integer}
DEFAULT_IMPORTS = {
    name: f"java.lang.{name}" for name in ("Integer", "Long", "Double", "Float", "Boolean")
}
