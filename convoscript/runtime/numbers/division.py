"""Groovy's `/`: BigDecimal division with Groovy's precision and scale rules.

Integer, Long, BigInteger and BigDecimal operands give a BigDecimal: exact when the quotient
terminates (Java `divide`, preferred scale), else max(precisions)+10 significant digits (HALF_UP)
with the scale capped at max(scales, 10). A Double or Float operand gives a Double.
"""

from __future__ import annotations

import decimal
import math
from decimal import Decimal

from convoscript.runtime.numbers.conversions import as_decimal, as_double
from convoscript.runtime.numbers.decimals import EXACT_CONTEXT, dec_from, dec_parts, unscaled
from convoscript.runtime.numbers.failures import arithmetic_exception
from convoscript.runtime.numbers.floats import double_divide
from convoscript.runtime.numbers.kinds import rank
from convoscript.runtime.numbers.sizes import check_dec_digits, checked

_DIV_CTX: dict[int, decimal.Context] = {}


def div(a, b):
    """Groovy `a / b`: BigDecimal division unless a Double/Float is involved."""
    ta, tb = type(a), type(b)
    if ta is int and tb is int and b != 0 and a % b == 0:
        return Decimal(a // b)
    k = max(rank(a), rank(b))
    if k == 4:
        return double_divide(as_double(a), as_double(b))
    return _bd_divide(as_decimal(a), as_decimal(b))


def _div_context(precision: int) -> decimal.Context:
    ctx = _DIV_CTX.get(precision)
    if ctx is None:
        ctx = decimal.Context(
            prec=precision,
            rounding=decimal.ROUND_HALF_UP,
            Emax=decimal.MAX_EMAX,
            Emin=decimal.MIN_EMIN,
            traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
        )
        if len(_DIV_CTX) < 256:
            _DIV_CTX[precision] = ctx
    return ctx


def _bd_divide(x: Decimal, y: Decimal) -> Decimal:
    """Groovy BigDecimalMath.divideImpl."""
    if y.is_zero():
        raise arithmetic_exception("Division undefined" if x.is_zero() else "Division by zero")
    ca, ea = unscaled(x)
    cb, eb = unscaled(y)
    ideal = ea - eb
    if ca == 0:
        return checked(Decimal((0, (0,), ideal)))
    # Exact quotient when the reduced denominator has no prime factors but 2 and 5.
    g = math.gcd(ca, cb)
    num, den = ca // g, cb // g
    if den < 0:
        num, den = -num, -den
    twos = (den & -den).bit_length() - 1
    rest = den >> twos
    fives = 0
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    if rest == 1:
        k = max(twos, fives)
        check_dec_digits(int(num.bit_length() * 0.30103) + 2 * k + abs(ideal))
        coefficient = num * (1 << (k - twos)) * 5 ** (k - fives)
        exponent = ideal - k
        while exponent < ideal and coefficient % 10 == 0:
            coefficient //= 10
            exponent += 1
        return checked(dec_from(coefficient, exponent))
    # Non-terminating: Groovy's precision and scale rule.
    precision = max(dec_parts(x)[0], dec_parts(y)[0]) + 10
    result = _div_context(precision).divide(x, y)
    scale = max(-ea, -eb, 10)
    if -result.as_tuple().exponent > scale:  # type: ignore[operator]
        # Only ever drops digits: the quotient has `precision` digits at a finer scale.
        result = result.quantize(
            Decimal((0, (1,), -scale)), rounding=decimal.ROUND_HALF_UP, context=EXACT_CONTEXT
        )
    return checked(result)
