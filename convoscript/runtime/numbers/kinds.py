"""Which Groovy number a value is: promotion rank, Java class, int/long range and wrap-around."""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime.model.values import BigInteger, Float, Long

INT_MIN, INT_MAX = -0x80000000, 0x7FFFFFFF

LONG_MIN, LONG_MAX = -0x8000000000000000, 0x7FFFFFFFFFFFFFFF

# Type ranks for Groovy's promotion: Integer, Long, BigInteger, BigDecimal, floating point.
_RANK = {int: 0, Long: 1, BigInteger: 2, Decimal: 3, float: 4, Float: 4}

JAVA_CLASS = {
    int: "java.lang.Integer",
    Long: "java.lang.Long",
    BigInteger: "java.math.BigInteger",
    Decimal: "java.math.BigDecimal",
    float: "java.lang.Double",
    Float: "java.lang.Float",
}

_TYPE_NAME = {
    int: "Integer",
    Long: "Long",
    BigInteger: "BigInteger",
    Decimal: "BigDecimal",
    float: "Double",
    Float: "Float",
}


def rank(x: object) -> int:
    """The promotion rank: 0 Integer, 1 Long, 2 BigInteger, 3 BigDecimal, 4 Double or Float."""
    try:
        return _RANK[type(x)]
    except KeyError:
        raise TypeError(f"not a Groovy number: {type(x).__name__}") from None


def type_name(n: object) -> str:
    """Simple Java class name: Integer, Long, BigInteger, Float, Double or BigDecimal."""
    try:
        return _TYPE_NAME[type(n)]
    except KeyError:
        raise TypeError(f"not a Groovy number: {type(n).__name__}") from None


def java_class_name(n: object) -> str:
    """Fully qualified Java class name (java.lang.Integer ...)."""
    try:
        return JAVA_CLASS[type(n)]
    except KeyError:
        raise TypeError(f"not a Groovy number: {type(n).__name__}") from None


def is_integral(n: object) -> bool:
    """True for Integer, Long and BigInteger values."""
    t = type(n)
    return t is int or t is Long or t is BigInteger


def wrap32(v: int) -> int:
    """An integer wrapped into Java's int range (two's complement overflow)."""
    return ((v + 0x80000000) & 0xFFFFFFFF) - 0x80000000


def wrap64(v: int) -> int:
    """An integer wrapped into Java's long range (two's complement overflow)."""
    return ((v + 0x8000000000000000) & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000
