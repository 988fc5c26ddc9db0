"""Groovy's + - * %, intdiv and unary minus on numbers.

Operands are promoted Integer < Long < BigInteger < BigDecimal < Double (a Float computes as a
Double); Integer and Long results wrap around like Java's.
"""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.runtime.model.values import BigInteger, Float, Long
from convoscript.runtime.numbers.conversions import as_decimal, as_double
from convoscript.runtime.numbers.decimals import EXACT_CONTEXT, fix_zero
from convoscript.runtime.numbers.failures import arithmetic_exception, unsupported_operation
from convoscript.runtime.numbers.kinds import INT_MIN, rank, wrap32, wrap64
from convoscript.runtime.numbers.sizes import check_bits, check_dec_digits, checked, dec_size


def plus(a, b):
    """Groovy `a + b` for numbers."""
    if type(a) is int and type(b) is int:
        r = a + b
        if -0x80000000 <= r <= 0x7FFFFFFF:
            return r
        return ((r + 0x80000000) & 0xFFFFFFFF) - 0x80000000
    if type(a) is float and type(b) is float:
        return a + b
    k = max(rank(a), rank(b))
    if k == 4:
        return as_double(a) + as_double(b)
    if k == 3:
        return _dec_add(as_decimal(a), as_decimal(b))
    if k == 2:
        return BigInteger(int(a) + int(b))
    return Long(wrap64(int(a) + int(b)))


def minus(a, b):
    """Groovy `a - b` for numbers."""
    if type(a) is int and type(b) is int:
        r = a - b
        if -0x80000000 <= r <= 0x7FFFFFFF:
            return r
        return ((r + 0x80000000) & 0xFFFFFFFF) - 0x80000000
    if type(a) is float and type(b) is float:
        return a - b
    k = max(rank(a), rank(b))
    if k == 4:
        return as_double(a) - as_double(b)
    if k == 3:
        return _dec_add(as_decimal(a), as_decimal(b).copy_negate())
    if k == 2:
        return BigInteger(int(a) - int(b))
    return Long(wrap64(int(a) - int(b)))


def _dec_add(x: Decimal, y: Decimal) -> Decimal:
    gap = abs(x.adjusted() - y.adjusted())
    if gap > 300:
        check_dec_digits(gap)
    return checked(EXACT_CONTEXT.add(x, y))


def multiply(a, b):
    """Groovy `a * b` for numbers."""
    if type(a) is int and type(b) is int:
        r = a * b
        if -0x80000000 <= r <= 0x7FFFFFFF:
            return r
        return ((r + 0x80000000) & 0xFFFFFFFF) - 0x80000000
    if type(a) is float and type(b) is float:
        return a * b
    k = max(rank(a), rank(b))
    if k == 4:
        return as_double(a) * as_double(b)
    if k == 3:
        x, y = as_decimal(a), as_decimal(b)
        check_dec_digits(dec_size(x) + dec_size(y))
        return checked(EXACT_CONTEXT.multiply(x, y))
    if k == 2:
        bits = int(a).bit_length() + int(b).bit_length()
        if bits > 1000:
            check_bits(bits)
        return BigInteger(int(a) * int(b))
    return Long(wrap64(int(a) * int(b)))


def intdiv(a, b):
    """Groovy `a.intdiv(b)`: truncating division of integral numbers."""
    if type(a) is int and type(b) is int and b > 0 and a >= 0:
        return a // b
    k = max(rank(a), rank(b))
    if k >= 3:
        raise unsupported_operation("intdiv", a)
    x, y = int(a), int(b)
    if k == 2:
        if y == 0:
            raise arithmetic_exception("BigInteger divide by zero")
        return BigInteger(_trunc_div(x, y))
    if k == 1:
        if y == 0:
            raise arithmetic_exception("/ by zero")
        return Long(wrap64(_trunc_div(x, y)))
    if y == 0:
        raise arithmetic_exception("/ by zero")
    return wrap32(_trunc_div(x, y))


def _trunc_div(x: int, y: int) -> int:
    q = x // y
    if q < 0 and q * y != x:
        q += 1
    return q


def _trunc_rem(x: int, y: int) -> int:
    r = x % y
    if r and (x < 0) != (y < 0):
        r -= y
    return r


def _fmod(x: float, y: float) -> float:
    """Java's double remainder (C fmod)."""
    if math.isnan(x) or math.isnan(y) or math.isinf(x) or y == 0.0:
        return math.nan
    if math.isinf(y):
        return x
    return math.fmod(x, y)


def mod(a, b):
    """Groovy `a % b`."""
    if type(a) is int and type(b) is int:
        if b == 0:
            raise arithmetic_exception("/ by zero")
        r = a % b
        if r and (a < 0) != (b < 0):
            r -= b
        return r
    k = max(rank(a), rank(b))
    if k == 4:
        return _fmod(as_double(a), as_double(b))
    if k == 3:
        raise unsupported_operation("mod", a)
    x, y = int(a), int(b)
    if k == 2:
        if y <= 0:
            raise arithmetic_exception("BigInteger: modulus not positive")
        return BigInteger(x % y)
    if y == 0:
        raise arithmetic_exception("/ by zero")
    return Long(_trunc_rem(x, y))


def negate(a):
    """Groovy unary minus (InvokerHelper.unaryMinus): Integer/Long wrap, Float stays Float."""
    t = type(a)
    if t is int:
        return wrap32(-a) if a == INT_MIN else -a
    if t is float:
        return -a
    if t is Long:
        return Long(wrap64(-a))
    if t is BigInteger:
        return BigInteger(-a)
    if t is Decimal:
        return fix_zero(a.copy_negate())
    if t is Float:
        return Float(-a)
    raise TypeError(f"not a Groovy number: {t.__name__}")


def positive(a):
    """Groovy unary plus: the number itself."""
    rank(a)
    return a
