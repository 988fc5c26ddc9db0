"""BigDecimal plumbing: the exact decimal context, (unscaled, exponent) views, no -0."""

from __future__ import annotations

import decimal
from decimal import Decimal

# Exact decimal arithmetic: additions, multiplications, quantize never round.
EXACT_CONTEXT = decimal.Context(
    prec=decimal.MAX_PREC,
    rounding=decimal.ROUND_HALF_UP,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def dec_parts(d: Decimal) -> tuple[int, int]:
    """(precision, exponent) of a BigDecimal (exponent = -scale)."""
    t = d.as_tuple()
    return len(t.digits), t.exponent  # type: ignore[return-value]


def unscaled(d: Decimal) -> tuple[int, int]:
    """(signed unscaled value, exponent)."""
    exp = d.as_tuple().exponent
    return int(EXACT_CONTEXT.scaleb(d, -exp)), exp  # type: ignore[arg-type, operator, return-value]


def dec_from(coefficient: int, exponent: int) -> Decimal:
    """The BigDecimal coefficient * 10**exponent, exactly."""
    if coefficient == 0:
        return Decimal((0, (0,), exponent))
    return EXACT_CONTEXT.scaleb(Decimal(coefficient), exponent)


def fix_zero(d: Decimal) -> Decimal:
    """Java BigDecimal has no negative zero."""
    if d.is_zero() and d.is_signed():
        return d.copy_abs()
    return d
