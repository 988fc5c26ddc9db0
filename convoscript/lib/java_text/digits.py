"""java.text.DigitList: the decimal digits DecimalFormat prints, made from a Double, a long, a
BigInteger or a BigDecimal, and rounded to a number of digits in a RoundingMode (JDK 17).

A Double's digits are those of `Double.toString`, rounded once more as Java does: on a tie in
those digits, whether they were rounded up from, or are exactly, the binary value decides
(`2.675` is `2.67499...` and rounds down to `2.67`; `0.125` is an exact tie).
"""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.numbers.tostring import double_to_string


class DigitList:
    """Significant digits (no leading or trailing zeros; '' is zero) and where the decimal point
    goes: the value is 0.<digits> x 10^decimal_at."""

    __slots__ = ("decimal_at", "digits", "exact", "negative", "rounded_up")

    def __init__(self, digits: str, decimal_at: int, negative: bool = False):
        stripped = digits.lstrip("0")
        self.decimal_at = decimal_at - (len(digits) - len(stripped)) if stripped else 0
        self.digits = stripped.rstrip("0")
        self.negative = negative
        self.rounded_up = False  # the digits were rounded up from the binary value
        self.exact = True  # the digits are exactly the value

    @property
    def count(self) -> int:
        return len(self.digits)

    def is_zero(self) -> bool:
        return not self.digits


def of_double(x: float, negative: bool) -> DigitList:
    """The digits of a finite, non-negative Double (Double.toString's digits)."""
    text = double_to_string(x)
    mantissa, _, exponent = text.partition("E")
    whole, _, fraction = mantissa.partition(".")
    digits = DigitList(whole + fraction, len(whole) + int(exponent or 0), negative)
    shown, value = Decimal(text), Decimal(x)
    digits.rounded_up = shown > value
    digits.exact = shown == value
    return digits


def of_decimal(value: Decimal, negative: bool) -> DigitList:
    """The exact digits of a non-negative BigDecimal (or integer, as a Decimal)."""
    _sign, digit_tuple, exponent = value.as_tuple()
    text = "".join(map(str, digit_tuple))
    return DigitList(text, len(text) + int(exponent), negative)


def of_int(value: int, negative: bool) -> DigitList:
    text = str(value)
    return DigitList(text, len(text), negative)


def _round_up(d: DigitList, keep: int, mode: str) -> bool:
    """DigitList.shouldRoundUp: whether dropping the digits from index `keep` rounds up."""
    digits, count = d.digits, d.count
    rest_nonzero = any(c != "0" for c in digits[keep:])
    if mode == "UP":
        return rest_nonzero
    if mode == "DOWN":
        return False
    if mode == "CEILING":
        return rest_nonzero and not d.negative
    if mode == "FLOOR":
        return rest_nonzero and d.negative
    if mode == "UNNECESSARY":
        if rest_nonzero:
            raise GroovyThrowable(
                "ArithmeticException",
                "Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY",
            )
        return False
    first = digits[keep]
    if first > "5":
        return True
    if first < "5":
        return False
    if keep != count - 1:  # digits after the 5: above the tie
        return any(c != "0" for c in digits[keep + 1 :])
    if mode in ("HALF_UP", "HALF_DOWN"):
        if d.exact:
            return mode == "HALF_UP"
        return not d.rounded_up
    # HALF_EVEN
    if d.rounded_up:
        return False
    if not d.exact:
        return True
    return keep > 0 and int(digits[keep - 1]) % 2 != 0


def _round(d: DigitList, keep: int, mode: str) -> None:
    """DigitList.round: keep `keep` significant digits (if fewer than there are)."""
    if not 0 <= keep < d.count:
        return
    if _round_up(d, keep, mode):
        head = d.digits[:keep]
        if head.strip("9"):
            incremented = str(int(head) + 1).rjust(keep, "0")
            d.digits = incremented.rstrip("0")
        else:  # all nines: 999 -> 1000
            d.digits = "1"
            d.decimal_at += 1
    else:
        d.digits = d.digits[:keep].rstrip("0")
    d.exact = True
    d.rounded_up = False


def round_fixed(d: DigitList, max_fraction: int, mode: str) -> None:
    """Round to `max_fraction` digits after the point (DigitList.set with fixedPoint)."""
    if -d.decimal_at > max_fraction:  # 0.0009 to 2 places underflows to zero, in every mode
        d.digits, d.decimal_at = "", 0
        return
    if -d.decimal_at == max_fraction:  # 0.0009 to 3 places: one digit, or none
        if d.digits and _round_up(d, 0, mode):
            d.digits = "1"
            d.decimal_at += 1
        else:
            d.digits, d.decimal_at = "", 0
        return
    _round(d, max_fraction + d.decimal_at, mode)


def round_significant(d: DigitList, max_digits: int, mode: str) -> None:
    """Round to `max_digits` significant digits (exponential notation; 0: all of them)."""
    if max_digits > 0:
        _round(d, max_digits, mode)
