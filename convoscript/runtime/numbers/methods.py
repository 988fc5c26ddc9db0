"""Groovy's Number methods that follow Java's rounding rules: abs(), round(), BigDecimal.setScale()."""

from __future__ import annotations

import builtins
import decimal
import math
from decimal import Decimal

from convoscript.runtime.model.exceptions import GroovyThrowable, no_signature
from convoscript.runtime.model.values import BigInteger, Float, Long
from convoscript.runtime.numbers.decimals import EXACT_CONTEXT, dec_parts
from convoscript.runtime.numbers.failures import arithmetic_exception
from convoscript.runtime.numbers.floats import d2i, d2l, double_divide, f32
from convoscript.runtime.numbers.kinds import (
    INT_MAX,
    INT_MIN,
    JAVA_CLASS,
    LONG_MAX,
    LONG_MIN,
    java_class_name,
    rank,
)
from convoscript.runtime.numbers.power import java_pow
from convoscript.runtime.numbers.sizes import check_dec_digits, checked
from convoscript.runtime.numbers.tostring import to_java_string

_babs = builtins.abs


def number_abs(n):
    """`n.abs()`: Integer/Long keep MIN_VALUE (Java Math.abs), Float stays Float."""
    t = type(n)
    if t is int:
        return n if n == INT_MIN else _babs(n)
    if t is float:
        return math.fabs(n)
    if t is Long:
        return n if n == LONG_MIN else Long(_babs(n))
    if t is BigInteger:
        return BigInteger(_babs(n))
    if t is Decimal:
        return n.copy_abs()
    if t is Float:
        return Float(math.fabs(n))
    raise TypeError(f"not a Groovy number: {t.__name__}")


def _java_round_half_up(x: float) -> int:
    """Math.round's value before saturation: floor(x + 1/2) computed exactly."""
    fl = math.floor(x)
    return fl + 1 if x - fl >= 0.5 else fl


def _java_floor(x: float) -> float:
    if not math.isfinite(x):
        return x
    return float(math.floor(x))


def _missing_method(receiver, method: str, args: tuple) -> GroovyThrowable:
    if args:
        types = ", ".join(
            java_class_name(a) if type(a) in JAVA_CLASS else type(a).__name__ for a in args
        )
        values = ", ".join(to_java_string(a) if type(a) in JAVA_CLASS else str(a) for a in args)
    else:
        types = values = ""
    return no_signature(java_class_name(receiver), method, types, values)


def number_round(n, places: int | None = None):
    """`n.round()` / `n.round(places)`.

    Double: round() is Math.round (a Long), round(p) is floor(x*10^p + 0.5)/10^p (a Double).
    Float: round() is Math.round(float) (an Integer), round(p) the same formula as a Float.
    BigDecimal.round() fails in Groovy 2.4 with a NullPointerException (it binds to
    round(MathContext)); integral types have no round method.
    """
    t = type(n)
    if t is float or t is Float:
        x = float(n)
        if places is None:
            if math.isnan(x):
                return Long(0) if t is float else 0
            if t is float:
                if _babs(x) >= 4503599627370496.0:  # already integral
                    return Long(d2l(x))
                v = _java_round_half_up(x)
                return Long(max(LONG_MIN, min(LONG_MAX, v)))
            if _babs(x) >= 8388608.0:
                return d2i(x)
            v = _java_round_half_up(x)
            return max(INT_MIN, min(INT_MAX, v))
        scale = java_pow(10.0, float(places))
        r = double_divide(_java_floor(x * scale + 0.5), scale)
        return r if t is float else Float(f32(r))
    if t is Decimal:
        if places is None:
            raise GroovyThrowable(
                "NullPointerException", 'Cannot read field "precision" because "mc" is null'
            )
        raise _missing_method(n, "round", (places,))
    rank(n)
    raise _missing_method(n, "round", () if places is None else (places,))


abs = number_abs  # Groovy's Number.abs (shadows the builtin here: use _babs)

round = number_round  # Groovy's Number.round

_ROUNDING_BY_NAME = {
    "UP": decimal.ROUND_UP,
    "DOWN": decimal.ROUND_DOWN,
    "CEILING": decimal.ROUND_CEILING,
    "FLOOR": decimal.ROUND_FLOOR,
    "HALF_UP": decimal.ROUND_HALF_UP,
    "HALF_DOWN": decimal.ROUND_HALF_DOWN,
    "HALF_EVEN": decimal.ROUND_HALF_EVEN,
    "UNNECESSARY": None,
}

# BigDecimal.ROUND_UP = 0 ... ROUND_UNNECESSARY = 7
_ROUNDING_BY_INT = (
    "UP",
    "DOWN",
    "CEILING",
    "FLOOR",
    "HALF_UP",
    "HALF_DOWN",
    "HALF_EVEN",
    "UNNECESSARY",
)


def set_scale(d, scale: int, rounding_mode: str | int | None = None) -> Decimal:
    """BigDecimal.setScale(scale[, mode]); mode is a RoundingMode name ("HALF_UP", also
    "ROUND_HALF_UP") or a BigDecimal.ROUND_* int; without a mode rounding must be unnecessary."""
    if type(d) is not Decimal:
        rank(d)
        if rounding_mode is None:
            raise _missing_method(d, "setScale", (scale,))
        if type(rounding_mode) is int:
            raise _missing_method(d, "setScale", (scale, rounding_mode))
        mode_name = str(rounding_mode).upper()
        if mode_name.startswith("ROUND_"):  # BigDecimal.ROUND_* constants are ints
            raise _missing_method(d, "setScale", (scale, _ROUNDING_BY_INT.index(mode_name[6:])))
        raise no_signature(
            java_class_name(d),
            "setScale",
            "java.lang.Integer, java.math.RoundingMode",
            f"{scale}, {mode_name}",
        )
    if rounding_mode is None:
        name = "UNNECESSARY"
    elif type(rounding_mode) is int:
        if not 0 <= rounding_mode <= 7:
            raise GroovyThrowable("IllegalArgumentException", "Invalid rounding mode")
        name = _ROUNDING_BY_INT[rounding_mode]
    else:
        name = str(rounding_mode).upper().removeprefix("ROUND_")
        if name not in _ROUNDING_BY_NAME:
            raise GroovyThrowable("IllegalArgumentException", "Invalid rounding mode")
    precision, exponent = dec_parts(d)
    grow = -scale - exponent
    check_dec_digits(precision + max(grow, 0) + _babs(scale))
    quantum = Decimal((0, (1,), -scale))
    mode = _ROUNDING_BY_NAME[name]
    if mode is None:
        result = d.quantize(quantum, rounding=decimal.ROUND_DOWN, context=EXACT_CONTEXT)
        if result != d:
            raise arithmetic_exception("Rounding necessary")
        return checked(result)
    return checked(d.quantize(quantum, rounding=mode, context=EXACT_CONTEXT))
