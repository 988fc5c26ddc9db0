"""Conversions between number representations: Java's xxxValue() and Groovy's `as`."""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.runtime.model.values import BigInteger, Float, Long
from convoscript.runtime.numbers.failures import number_format_exception
from convoscript.runtime.numbers.floats import (
    d2i,
    d2l,
    f32,
    f32_from_decimal,
    f32_from_int,
    int_to_double,
)
from convoscript.runtime.numbers.kinds import wrap32, wrap64
from convoscript.runtime.numbers.parsing import to_bigdecimal_from_string
from convoscript.runtime.numbers.sizes import check_bits
from convoscript.runtime.numbers.tostring import to_java_string


def as_double(x: object) -> float:
    """Number.doubleValue()."""
    t = type(x)
    if t is float:
        return x  # type: ignore[return-value]
    if t is int or t is Long:
        return float(x)  # type: ignore[arg-type]
    if t is Float:
        return f32(x)  # type: ignore[arg-type]  # also rounds a carelessly built Float
    if t is BigInteger:
        return int_to_double(x)  # type: ignore[arg-type]
    if t is Decimal:
        return float(x)  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def as_decimal(x: object) -> Decimal:
    """BigDecimalMath.toBigDecimal for integral operands (new BigDecimal(n.toString()))."""
    if type(x) is Decimal:
        return x  # type: ignore[return-value]
    return Decimal(int(x))  # type: ignore[call-overload]


def to_int(n: object) -> int:
    """Number.intValue(): Java narrowing (wraps integers, truncates and saturates floats)."""
    t = type(n)
    if t is int:
        return n  # type: ignore[return-value]
    if t is Long or t is BigInteger:
        return wrap32(n)  # type: ignore[arg-type]
    if t is float or t is Float:
        return d2i(n)  # type: ignore[arg-type]
    if t is Decimal:
        return wrap32(_dec_trunc_low(n))  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def to_long(n: object) -> Long:
    """Number.longValue()."""
    t = type(n)
    if t is int:
        return Long(n)  # type: ignore[call-overload]
    if t is Long:
        return n  # type: ignore[return-value]
    if t is BigInteger:
        return Long(wrap64(n))  # type: ignore[arg-type]
    if t is float or t is Float:
        return Long(d2l(n))  # type: ignore[arg-type]
    if t is Decimal:
        return Long(wrap64(_dec_trunc_low(n)))  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def _dec_trunc_low(d: Decimal) -> int:
    """The truncated integer value of `d`, correct modulo 2**64 (BigDecimal.longValue)."""
    if d.is_zero() or d.adjusted() < 0:
        return 0
    if d.as_tuple().exponent >= 64:  # type: ignore[operator]
        return 0  # a multiple of 10**64, hence of 2**64
    return int(d)


def to_biginteger(n: object) -> BigInteger:
    """`n as BigInteger` / toBigInteger(): truncates; NaN and infinities are refused."""
    t = type(n)
    if t is int or t is Long:
        return BigInteger(n)  # type: ignore[call-overload]
    if t is BigInteger:
        return n  # type: ignore[return-value]
    if t is float or t is Float:
        if not math.isfinite(n):  # type: ignore[arg-type]
            raise number_format_exception("Infinite or NaN")
        return BigInteger(int(n))  # type: ignore[call-overload]
    if t is Decimal:
        adj = n.adjusted()  # type: ignore[attr-defined]
        if adj > 300:
            check_bits(int(adj * 3.3219280948873626) + 1)
        return BigInteger(int(n))  # type: ignore[call-overload]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def to_double(n: object) -> float:
    """Number.doubleValue(): a Double (plain float)."""
    return as_double(n)


def to_float(n: object) -> Float:
    """Number.floatValue(): one correct rounding to a 32-bit float."""
    t = type(n)
    if t is Float:
        return n  # type: ignore[return-value]
    if t is float:
        return Float(f32(n))  # type: ignore[arg-type]
    if t is int or t is Long or t is BigInteger:
        return Float(f32_from_int(n))  # type: ignore[arg-type]
    if t is Decimal:
        return Float(f32_from_decimal(n))  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def to_bigdecimal(n: object) -> Decimal:
    """DGM toBigDecimal(Number) / `as BigDecimal`: Double and Float go through their toString
    (`0.1d` gives 0.1, `1e20d` gives 1.0E+20, NaN fails like `new BigDecimal("NaN")`)."""
    t = type(n)
    if t is Decimal:
        return n  # type: ignore[return-value]
    if t is int or t is Long or t is BigInteger:
        return Decimal(int(n))  # type: ignore[call-overload]
    if t is float or t is Float:
        return to_bigdecimal_from_string(to_java_string(n))
    raise TypeError(f"not a Groovy number: {t.__name__}")


int_value = to_int

long_value = to_long

double_value = to_double

float_value = to_float
