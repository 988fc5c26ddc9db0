"""Groovy's `**`, dispatched like DGM's power overloads, on top of Java's Math.pow special cases."""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.runtime.model.values import BigInteger, Long
from convoscript.runtime.numbers.conversions import as_double, to_biginteger
from convoscript.runtime.numbers.decimals import dec_from, unscaled
from convoscript.runtime.numbers.failures import arithmetic_exception
from convoscript.runtime.numbers.kinds import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, rank
from convoscript.runtime.numbers.parsing import to_bigdecimal_from_string
from convoscript.runtime.numbers.sizes import check_bits, check_dec_digits, checked, dec_size
from convoscript.runtime.numbers.tostring import double_to_string


def java_pow(x: float, y: float) -> float:
    """java.lang.Math.pow special cases on top of C pow."""
    if y == 0.0:
        return 1.0
    if math.isnan(y) or math.isnan(x):
        return x if y == 1.0 else math.nan
    if math.isinf(y) and abs(x) == 1.0:
        return math.nan
    y_odd_int = (not math.isinf(y)) and y.is_integer() and abs(y) < 2**53 and int(y) % 2 == 1
    if x == 0.0:
        if y > 0:
            return math.copysign(0.0, x) if y_odd_int else 0.0
        return math.copysign(math.inf, x) if y_odd_int else math.inf
    try:
        return math.pow(x, y)
    except ValueError:
        return math.nan
    except OverflowError:
        return -math.inf if (x < 0 and y_odd_int) else math.inf


def _pow_number(a, b):
    """DGM power(Number, Number): Math.pow, narrowed to Integer or Long when integral."""
    r = java_pow(as_double(a), as_double(b))
    if math.isfinite(r) and r.is_integer():
        if -2147483648.0 <= r <= 2147483647.0:
            return int(r)
        if -9.223372036854775808e18 <= r <= 9.223372036854775808e18:
            return Long(min(int(r), LONG_MAX))
    return r


def _int_pow(base: int, exponent: int) -> int:
    if base in (0, 1) or exponent <= 1:
        return base**exponent
    if base == -1:
        return -1 if exponent & 1 else 1
    bits = int(exponent * math.log2(abs(base))) + 1
    if bits > 64:
        check_bits(bits)
    return base**exponent


def power(a, b):
    """Groovy `a ** b`, dispatched like DGM's power overloads on the runtime types."""
    ta, tb = type(a), type(b)
    if tb is int:
        if ta is int:
            if b >= 0:
                r = _int_pow(a, b)
                return r if INT_MIN <= r <= INT_MAX else BigInteger(r)
            return _pow_number(a, float(b))
        if ta is Long:
            if b >= 0:
                r = _int_pow(int(a), b)
                return Long(r) if LONG_MIN <= r <= LONG_MAX else BigInteger(r)
            return _pow_number(a, float(b))
        if ta is BigInteger:
            if b >= 0:
                return BigInteger(_int_pow(int(a), b))
            return _pow_number(a, float(b))
        if ta is Decimal:
            if b >= 0:
                return _dec_pow(a, b)
            return _pow_number(a, float(b))
    elif ta is BigInteger and (tb is Long or tb is BigInteger):
        # power(BigInteger, BigInteger)
        if 0 <= b <= INT_MAX:
            return BigInteger(_int_pow(int(a), int(b)))
        r = java_pow(as_double(a), as_double(b))  # then BigDecimal.valueOf(r).toBigInteger()
        return to_biginteger(to_bigdecimal_from_string(double_to_string(r)))
    rank(a)
    rank(b)
    return _pow_number(a, b)


def _dec_pow(d: Decimal, n: int) -> Decimal:
    """BigDecimal.pow(n), n >= 0: exact, scale * n."""
    if n > 999999999:
        raise arithmetic_exception("Invalid operation")
    coefficient, exponent = unscaled(d)
    if coefficient in (0, 1, -1):
        check_dec_digits(abs(exponent) * n + 1)
        return checked(dec_from(coefficient**n, exponent * n))
    check_dec_digits(dec_size(d) * n)
    return checked(dec_from(coefficient**n, exponent * n))
