"""The size budget of big numbers: what could grow a BigInteger or BigDecimal asks the run first."""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime.model import budget
from convoscript.runtime.numbers.decimals import dec_parts


def check_bits(bits: int) -> None:
    """Ask the run's budget whether a number of `bits` bits may be made."""
    budget.current().check_number_bits(bits)


def dec_size(d: Decimal) -> int:
    """About the number of digits of `d` written without exponent (precision + |exponent|).

    Every BigDecimal a run creates is kept under the budget's digit limit by this measure, so
    that printing it plainly or converting it to an integer later can never explode.
    """
    n, e = dec_parts(d)
    return n + abs(e)


def check_dec_digits(digits: int) -> None:
    """Ask the run's budget whether a BigDecimal of about `digits` digits may be made."""
    if digits > 300:
        check_bits(int(digits * 3.3219280948873626) + 1)


def sized_number(value: object) -> object:
    """A big number literal, checked against the run's digit limit when the script uses it."""
    if isinstance(value, Decimal):
        check_dec_digits(dec_size(value))
    elif isinstance(value, int):
        check_bits(value.bit_length())
    return value


def checked(d: Decimal) -> Decimal:
    """Normalise a computed BigDecimal (no negative zero) and enforce the size budget."""
    t = d.as_tuple()
    size = len(t.digits) + abs(t.exponent)  # type: ignore[arg-type]
    if size > 300:
        check_dec_digits(size)
    if t.sign and d.is_zero():
        return d.copy_abs()
    return d
