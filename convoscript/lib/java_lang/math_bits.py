"""java.lang.Math's exact-integer and floating-point-bits members: absExact, incrementExact,
decrementExact, negateExact, toIntExact, multiplyHigh, multiplyFull, copySign, nextUp,
nextDown, nextAfter, ulp, scalb, getExponent, IEEEremainder (math.py registers them).

Each picks its int/long/float/double overload as Groovy 2.4 does (primitive_overloads.pick) and
answers exactly (no libm rounding involved), with Java's overflow messages.
"""

from __future__ import annotations

import math
import struct

from convoscript.lib.java_lang.primitive_overloads import pick
from convoscript.runtime import numbers
from convoscript.runtime.door.signatures import arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, Long

_OWNER = "java.lang.Math"
_INT_OR_LONG = (("int",), ("long",))
_REAL = (("float",), ("double",))


def _integral(kind: str, value: int, name: str = "") -> object:
    """`value` as the overload's int or long; out of range is Java's overflow error."""
    low, high = (INT_MIN, INT_MAX) if kind == "int" else (LONG_MIN, LONG_MAX)
    if not low <= value <= high:
        raise GroovyThrowable(
            "ArithmeticException",
            name or ("integer overflow" if kind == "int" else "long overflow"),
        )
    return int(value) if kind == "int" else Long(value)


def _unary_exact(name: str, operation):
    def method(*args: object) -> object:
        arity(args, 1)
        params, (value,) = pick(_OWNER, name, _INT_OR_LONG, args)
        return _integral(params[0], operation(value))

    return method


def abs_exact(*args: object) -> object:
    arity(args, 1)
    params, (value,) = pick(_OWNER, "absExact", _INT_OR_LONG, args)
    box = "Integer" if params[0] == "int" else "Long"
    message = f"Overflow to represent absolute value of {box}.MIN_VALUE"
    return _integral(params[0], abs(value), message)  # type: ignore[arg-type]


def to_int_exact(*args: object) -> int:
    arity(args, 1)
    _, (value,) = pick(_OWNER, "toIntExact", (("long",),), args)
    return _integral("int", value)  # type: ignore[return-value,arg-type]


def multiply_high(*args: object) -> Long:
    """The high 64 bits of the 128-bit product."""
    arity(args, 2)
    _, (a, b) = pick(_OWNER, "multiplyHigh", (("long", "long"),), args)
    return Long((a * b) >> 64)  # type: ignore[operator]


def multiply_full(*args: object) -> Long:
    arity(args, 2)
    _, (a, b) = pick(_OWNER, "multiplyFull", (("int", "int"),), args)
    return Long(a * b)  # type: ignore[operator]


def _real(kind: str, value: float) -> object:
    return numbers.to_float(value) if kind == "float" else float(value)


def _float_bits(x: float) -> int:
    return struct.unpack("<i", struct.pack("<f", x))[0]


def _float_from_bits(bits: int) -> float:
    return struct.unpack("<f", struct.pack("<i", bits))[0]


def _next_float(x: float, up: bool) -> float:
    """Math.nextUp / nextDown of a float: the adjacent float."""
    if math.isnan(x) or x == (math.inf if up else -math.inf):
        return x
    if x == 0:
        tiny = _float_from_bits(1)
        return tiny if up else -tiny
    bits = _float_bits(x)
    return _float_from_bits(bits + 1 if (x > 0) == up else bits - 1)


def copy_sign(*args: object) -> object:
    arity(args, 2)
    params, (magnitude, sign) = pick(_OWNER, "copySign", (("float",) * 2, ("double",) * 2), args)
    return _real(params[0], math.copysign(magnitude, sign))  # type: ignore[arg-type]


def _next(name: str, up: bool):
    def method(*args: object) -> object:
        arity(args, 1)
        params, (value,) = pick(_OWNER, name, _REAL, args)
        x = float(value)  # type: ignore[arg-type]
        if params[0] == "float":
            return _real("float", _next_float(x, up))
        return math.nextafter(x, math.inf if up else -math.inf)

    return method


def next_after(*args: object) -> object:
    arity(args, 2)
    params, (start, direction) = pick(
        _OWNER, "nextAfter", (("float", "double"), ("double", "double")), args
    )
    x, d = float(start), float(direction)  # type: ignore[arg-type]
    if params[0] == "double":
        return math.nextafter(x, d)
    if math.isnan(x) or math.isnan(d):
        return _real("float", x + d)
    if x == d:
        return _real("float", d)
    return _real("float", _next_float(x, d > x))


def ulp(*args: object) -> object:
    arity(args, 1)
    params, (value,) = pick(_OWNER, "ulp", _REAL, args)
    x = abs(float(value))  # type: ignore[arg-type]
    if params[0] == "double":
        return math.ulp(x) if not math.isinf(x) else math.inf
    if math.isnan(x) or math.isinf(x):
        return _real("float", x)
    if x == 3.4028234663852886e38:
        return _real("float", 2.0**104)
    return _real("float", _next_float(x, True) - x)


def scalb(*args: object) -> object:
    """Math.scalb(x, n): x * 2^n, rounded once (to a float for the float overload)."""
    arity(args, 2)
    params, (value, n) = pick(_OWNER, "scalb", (("float", "int"), ("double", "int")), args)
    x = float(value)  # type: ignore[arg-type]
    try:
        result = math.ldexp(x, max(min(n, 2200), -2200))  # type: ignore[type-var]
    except OverflowError:
        result = math.copysign(math.inf, x)
    if params[0] == "float":
        return numbers.to_float(result)
    return result


def get_exponent(*args: object) -> int:
    """Math.getExponent: the unbiased exponent; NaN and infinities are MAX_EXPONENT + 1, zero
    and subnormals MIN_EXPONENT - 1."""
    arity(args, 1)
    params, (value,) = pick(_OWNER, "getExponent", _REAL, args)
    x = float(value)  # type: ignore[arg-type]
    if params[0] == "float":
        return ((_float_bits(x) >> 23) & 0xFF) - 127
    bits = struct.unpack("<q", struct.pack("<d", x))[0]
    return ((bits >> 52) & 0x7FF) - 1023


MATH_BITS = {
    "absExact": abs_exact,
    "incrementExact": _unary_exact("incrementExact", lambda v: v + 1),
    "decrementExact": _unary_exact("decrementExact", lambda v: v - 1),
    "negateExact": _unary_exact("negateExact", lambda v: -v),
    "toIntExact": to_int_exact,
    "multiplyHigh": multiply_high,
    "multiplyFull": multiply_full,
    "copySign": copy_sign,
    "nextUp": _next("nextUp", True),
    "nextDown": _next("nextDown", False),
    "nextAfter": next_after,
    "ulp": ulp,
    "scalb": scalb,
    "getExponent": get_exponent,
}
