"""GDK String to number (String.toInteger(), isNumber() ...): Java's trim, then the Java parser."""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Float, Long
from convoscript.runtime.numbers.parsing import (
    java_trim,
    parse_double,
    parse_float,
    parse_int,
    parse_long,
    to_bigdecimal_from_string,
    to_biginteger_from_string,
)


def _require_str(s) -> str:
    if s is None:
        raise GroovyThrowable("NullPointerException", None)
    return s


def string_to_integer(s: str) -> int:
    """`s.toInteger()`: Integer.valueOf(s.trim())."""
    return parse_int(java_trim(_require_str(s)))


def string_to_long(s: str) -> Long:
    """`s.toLong()`."""
    return parse_long(java_trim(_require_str(s)))


def string_to_double(s: str) -> float:
    """`s.toDouble()`."""
    return parse_double(java_trim(_require_str(s)))


def string_to_float(s: str) -> Float:
    """`s.toFloat()`."""
    return parse_float(java_trim(_require_str(s)))


def string_to_bigdecimal(s: str) -> Decimal:
    """`s.toBigDecimal()`: new BigDecimal(s.trim())."""
    return to_bigdecimal_from_string(java_trim(_require_str(s)))


def string_to_biginteger(s: str) -> BigInteger:
    """`s.toBigInteger()`: new BigInteger(s.trim())."""
    return to_biginteger_from_string(java_trim(_require_str(s)))


def _succeeds(fn, s) -> bool:
    try:
        fn(s)
    except GroovyThrowable as exc:
        if exc.java_class == "NumberFormatException":
            return False
        raise
    return True


def string_is_integer(s: str) -> bool:
    """`s.isInteger()`."""
    return _succeeds(string_to_integer, s)


def string_is_long(s: str) -> bool:
    """`s.isLong()`."""
    return _succeeds(string_to_long, s)


def string_is_double(s: str) -> bool:
    """`s.isDouble()` (true for "NaN", "1.5d", "Infinity")."""
    return _succeeds(string_to_double, s)


def string_is_float(s: str) -> bool:
    """`s.isFloat()`."""
    return _succeeds(string_to_float, s)


def string_is_bigdecimal(s: str) -> bool:
    """`s.isBigDecimal()`."""
    return _succeeds(string_to_bigdecimal, s)


def string_is_biginteger(s: str) -> bool:
    """`s.isBigInteger()`."""
    return _succeeds(string_to_biginteger, s)


def string_is_number(s: str) -> bool:
    """`s.isNumber()`: the same as isBigDecimal() (so "NaN" and "1.5d" are not numbers)."""
    return _succeeds(string_to_bigdecimal, s)
