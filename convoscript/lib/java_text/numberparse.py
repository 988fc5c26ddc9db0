"""DecimalFormat.parse (JDK 17): the longest prefix of the text that is a number in the format's
prefixes, suffixes and symbols. A Long when the value is integral and fits (a Double for -0),
else a Double; a BigDecimal with setParseBigDecimal(true); Java's ParseException (with
`errorOffset`) when no number starts the text.
"""

from __future__ import annotations

import decimal
import math
from decimal import Decimal

from convoscript.lib.java_text.decimalformat import DecimalFormat
from convoscript.runtime.door.signatures import check_length
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long
from convoscript.runtime.numbers.sizes import check_dec_digits

_LONG_MIN_DIGITS = "9223372036854775808"


class _Number:
    """The digits read (DigitList): significant digits and the decimal point's place."""

    __slots__ = ("decimal_at", "digits", "infinite")

    def __init__(self) -> None:
        self.digits: list[str] = []
        self.decimal_at = 0
        self.infinite = False


def parse_error(text: str, offset: int) -> GroovyThrowable:
    return GroovyThrowable(
        "ParseException", f'Unparseable number: "{text}"', details={"errorOffset": offset}
    )


def _digit_value(ch: str, zero: str) -> int:
    value = ord(ch) - ord(zero)
    if 0 <= value <= 9:
        return value
    return int(ch) if ch.isdecimal() else -1


def _exponent(f: DecimalFormat, text: str, pos: int) -> tuple[int, int] | None:
    """The exponent after the exponent separator: (value, position after it), or None."""
    minus = f.symbols.minus
    negative = text.startswith(minus, pos) and bool(minus)
    if negative:
        pos += len(minus)
    start, value = pos, 0
    while pos < len(text) and (v := _digit_value(text[pos], f.symbols.zero)) >= 0:
        value = value * 10 + v
        pos += 1
    if pos == start or value > (2**63 if negative else 2**63 - 1):
        return None  # Java ignores an exponent that does not fit a long
    value = (value + 2**31) % 2**32 - 2**31  # and keeps its low 32 bits: (int) getLong()
    return (-value if negative else value), pos


def _number(f: DecimalFormat, text: str, pos: int, out: _Number) -> int:
    """DecimalFormat.subparseNumber: returns the position after the number, or -1."""
    s = f.symbols
    if s.infinity and text.startswith(s.infinity, pos):
        out.infinite = True
        return pos + len(s.infinity)
    decimal, grouping = (
        (s.mon_decimal, s.mon_grouping) if f.currency_format else (s.decimal, s.grouping)
    )
    saw_decimal = saw_digit = False
    digit_count, exponent, backup = 0, 0, -1
    while pos < len(text):
        ch = text[pos]
        value = _digit_value(ch, s.zero)
        if value == 0:
            backup, saw_digit = -1, True
            if not out.digits:
                if saw_decimal:
                    out.decimal_at -= 1  # a leading zero of the fraction
            else:
                digit_count += 1
                out.digits.append("0")
        elif 0 < value <= 9:
            saw_digit, backup = True, -1
            digit_count += 1
            out.digits.append(str(value))
        elif ch == decimal:
            if f.parse_integer_only or saw_decimal:
                break
            out.decimal_at = digit_count
            saw_decimal = True
        elif ch == grouping and f.grouping_used:
            if saw_decimal:
                break
            backup = pos  # a grouping separator must be followed by a digit
        elif s.exponent and text.startswith(s.exponent, pos):
            found = _exponent(f, text, pos + len(s.exponent))
            if found is not None:
                exponent, pos = found
            break
        else:
            break
        pos += 1
    if backup != -1:
        pos = backup
    if not saw_decimal:
        out.decimal_at = digit_count
    out.decimal_at += exponent
    if not saw_digit and digit_count == 0:
        return -1
    return pos


def _pick(pos_match: bool, neg_match: bool, pos_len: int, neg_len: int) -> tuple[bool, bool]:
    """Both matched: take the longer."""
    if pos_match and neg_match:
        if pos_len > neg_len:
            return True, False
        if pos_len < neg_len:
            return False, True
    return pos_match, neg_match


def _subparse(f: DecimalFormat, text: str, out: _Number) -> tuple[bool, int]:
    """DecimalFormat.subparse from index 0: (positive, end) or a ParseException."""
    got_pos, got_neg = _pick(
        text.startswith(f.pos_prefix),
        text.startswith(f.neg_prefix),
        len(f.pos_prefix),
        len(f.neg_prefix),
    )
    if not got_pos and not got_neg:
        raise parse_error(text, 0)
    pos = len(f.pos_prefix) if got_pos else len(f.neg_prefix)
    pos = _number(f, text, pos, out)
    if pos == -1:
        raise parse_error(text, 0)
    if got_pos:
        got_pos = text.startswith(f.pos_suffix, pos)
    if got_neg:
        got_neg = text.startswith(f.neg_suffix, pos)
    got_pos, got_neg = _pick(got_pos, got_neg, len(f.pos_suffix), len(f.neg_suffix))
    if got_pos == got_neg:
        raise parse_error(text, pos)
    end = pos + (len(f.pos_suffix) if got_pos else len(f.neg_suffix))
    if end == 0:
        raise parse_error(text, pos)
    return got_pos, end


def _fits_long(digits: str, decimal_at: int, positive: bool, ignore_negative_zero: bool) -> bool:
    """DigitList.fitsIntoLong."""
    if not digits:
        return positive or ignore_negative_zero
    count = len(digits)
    if decimal_at < count or decimal_at > 19:
        return False
    if decimal_at < 19:
        return True
    padded = digits.ljust(19, "0")
    if padded != _LONG_MIN_DIGITS:
        return padded < _LONG_MIN_DIGITS
    return not positive


def parse(f: DecimalFormat, text: str) -> object:
    """DecimalFormat.parse(String)."""
    s = f.symbols
    if s.nan and text.startswith(s.nan):
        return float("nan")
    check_length(len(text))
    out = _Number()
    positive, _ = _subparse(f, text, out)
    if out.infinite:
        return float("inf") if positive == (f.multiplier >= 0) else float("-inf")
    digits = "".join(out.digits).rstrip("0")
    if f.multiplier == 0:
        if not digits:
            return float("nan")
        return float("inf") if positive else float("-inf")
    if f.parse_big_decimal:
        return _big_decimal(f, out, positive)
    if _fits_long(digits, out.decimal_at, positive, f.parse_integer_only):
        value = int(digits.ljust(out.decimal_at, "0")) if digits else 0
        is_double, double_value = False, 0.0
    else:
        is_double, value = True, 0
        double_value = float(f"0.{digits or '0'}e{out.decimal_at}") if digits else 0.0
    if f.multiplier != 1:
        if is_double:
            double_value /= f.multiplier
        elif value % f.multiplier == 0:
            value //= f.multiplier
        else:
            is_double, double_value = True, value / f.multiplier
    if not positive:
        double_value, value = -double_value, -value
    if f.multiplier != 1 and is_double and math.isfinite(double_value):
        truncated = int(double_value)  # back to a Long when the division left an integer
        negative_zero = double_value == 0 and math.copysign(1.0, double_value) < 0
        is_double = (double_value != truncated or negative_zero) and not f.parse_integer_only
        value = truncated
    return double_value if is_double else Long(value)


def _big_decimal(f: DecimalFormat, out: _Number, positive: bool) -> Decimal:
    """DigitList.getBigDecimal, divided by the multiplier."""
    digits = "".join(out.digits)
    check_dec_digits(len(digits) + abs(out.decimal_at))
    if not digits:
        result = Decimal(f"0E{out.decimal_at}") if out.decimal_at else Decimal(0)
    else:
        result = Decimal(f"{digits}E{out.decimal_at - len(digits)}")
    if f.multiplier != 1:
        # Java's exact divide (12/100 is 0.12, 1250/100 is 12.5), as Python's in enough digits
        context = decimal.Context(
            prec=len(digits) + 24, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN
        )
        result = context.divide(result, Decimal(f.multiplier))
    if not positive and result:
        result = -result
    return result
