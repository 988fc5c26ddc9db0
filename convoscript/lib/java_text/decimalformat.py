"""java.text.DecimalFormat's state and `format` (JDK 17): a pattern's prefixes, suffixes and digit
counts, the symbols of a Locale, grouping, multiplier, exponent and RoundingMode.

Java formats an Integer or Long as a long, a BigDecimal and a big BigInteger exactly, and every
other Number as a double (with the digits of Double.toString). A Double's digit counts are
capped at 309 integer and 340 fraction digits; a BigDecimal's are not.
"""

from __future__ import annotations

import decimal
import math
from decimal import Decimal

from convoscript.lib.java_text import decimalpattern as dp
from convoscript.lib.java_text import digits as dl
from convoscript.lib.java_text.decimalsymbols import DecimalFormatSymbols
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.hashing import string_hash
from convoscript.runtime.door.signatures import check_length
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Float, Long

DOUBLE_INTEGER_DIGITS = 309
DOUBLE_FRACTION_DIGITS = 340


class DecimalFormat(JavaObject):
    __slots__ = (
        "currency_format",
        "decimal_always",
        "exponential",
        "grouping_size",
        "grouping_used",
        "max_frac",
        "max_int",
        "min_exponent",
        "min_frac",
        "min_int",
        "multiplier",
        "neg_prefix",
        "neg_prefix_pattern",
        "neg_suffix",
        "neg_suffix_pattern",
        "parse_big_decimal",
        "parse_integer_only",
        "pos_prefix",
        "pos_prefix_pattern",
        "pos_suffix",
        "pos_suffix_pattern",
        "rounding",
        "symbols",
    )
    java_class = "java.text.DecimalFormat"
    kinds = ("DecimalFormat", "Object")
    supertypes = frozenset(
        {
            "java.text.NumberFormat",
            "java.text.Format",
            "java.lang.Cloneable",
            "java.io.Serializable",
        }
    )

    def __init__(self, pattern: str, symbols: DecimalFormatSymbols):
        self.symbols = symbols
        self.rounding = "HALF_EVEN"
        self.parse_big_decimal = False
        self.parse_integer_only = False
        self.apply_pattern(pattern)

    # ---- state ----------------------------------------------------------------------------
    def apply_pattern(self, pattern: str) -> None:
        p = dp.parse_pattern(pattern)
        self.pos_prefix_pattern: str | None = p.pos_prefix
        self.pos_suffix_pattern: str | None = p.pos_suffix
        self.neg_prefix_pattern: str | None = p.neg_prefix
        self.neg_suffix_pattern: str | None = p.neg_suffix
        self.min_int, self.max_int = p.min_int, p.max_int
        self.min_frac, self.max_frac = p.min_frac, p.max_frac
        self.grouping_used, self.grouping_size = p.grouping_used, p.grouping_size
        self.multiplier, self.decimal_always = p.multiplier, p.decimal_always
        self.currency_format, self.exponential = p.currency, p.exponential
        self.min_exponent = p.min_exponent
        self.expand_affixes()

    def expand(self, pattern: str) -> str:
        """DecimalFormat.expandAffix: an affix pattern with the symbols put in."""
        s = self.symbols
        out: list[str] = []
        i = 0
        while i < len(pattern):
            ch = pattern[i]
            i += 1
            if ch == "'":
                ch = pattern[i]
                i += 1
                if ch == dp.CURRENCY_SIGN:
                    if i < len(pattern) and pattern[i] == dp.CURRENCY_SIGN:
                        i += 1
                        out.append(s.intl_symbol or "")
                    else:
                        out.append(s.currency_symbol or "")
                    continue
                special = {"%": s.percent, dp.PER_MILLE: s.per_mill, "-": s.minus}.get(ch)
                if special is not None:
                    out.append(special)
                    continue
            out.append(ch)
        return "".join(out)

    def expand_affixes(self) -> None:
        if self.pos_prefix_pattern is not None:
            self.pos_prefix = self.expand(self.pos_prefix_pattern)
        if self.pos_suffix_pattern is not None:
            self.pos_suffix = self.expand(self.pos_suffix_pattern)
        if self.neg_prefix_pattern is not None:
            self.neg_prefix = self.expand(self.neg_prefix_pattern)
        if self.neg_suffix_pattern is not None:
            self.neg_suffix = self.expand(self.neg_suffix_pattern)

    def set_digits(self, which: str, value: int) -> None:
        """setMinimum/MaximumInteger/FractionDigits: clamp at 0 and keep min <= max."""
        value = max(0, value)
        setattr(self, which, value)
        kind = which[4:]
        low, high = "min_" + kind, "max_" + kind
        if getattr(self, low) > getattr(self, high):
            setattr(self, high if which == low else low, value)

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, DecimalFormat) and _state(other) == _state(self)

    def groovy_hash_code(self) -> int:
        # Java: NumberFormat's (capped maxIntegerDigits * 37 + a serial byte that stays 3) * 37
        # + positivePrefix.hashCode(), in int arithmetic
        base = (min(self.max_int, DOUBLE_INTEGER_DIGITS) * 37 + 3) * 37
        value = (base + string_hash(self.pos_prefix)) & 0xFFFFFFFF
        return value - (1 << 32) if value >= 1 << 31 else value

    def groovy_to_string(self) -> str:
        return f"java.text.DecimalFormat@{self.groovy_hash_code() & 0xFFFFFFFF:x}"

    # ---- format ---------------------------------------------------------------------------
    def format(self, value: object) -> str:
        t = type(value)
        if t is int or t is Long or (t is BigInteger and value.bit_length() < 64):  # type: ignore[attr-defined]
            return self._format_integer(int(value), capped=True)  # type: ignore[call-overload]
        if t is BigInteger:
            return self._format_integer(int(value), capped=False)  # type: ignore[call-overload]
        if t is Decimal:
            return self._format_decimal(value)  # type: ignore[arg-type]
        if t is float or t is Float:
            return self._format_double(float(value))  # type: ignore[arg-type]
        raise GroovyThrowable("IllegalArgumentException", "Cannot format given Object as a Number")

    def _counts(self, capped: bool) -> tuple[int, int, int, int]:
        if capped:
            return (
                min(self.max_int, DOUBLE_INTEGER_DIGITS),
                min(self.min_int, DOUBLE_INTEGER_DIGITS),
                min(self.max_frac, DOUBLE_FRACTION_DIGITS),
                min(self.min_frac, DOUBLE_FRACTION_DIGITS),
            )
        return self.max_int, self.min_int, self.max_frac, self.min_frac

    def _format_integer(self, n: int, capped: bool) -> str:
        n *= self.multiplier
        counts = self._counts(capped)
        digits = dl.of_int(abs(n), n < 0)
        if self.exponential:
            dl.round_significant(digits, _digit_sum(counts), self.rounding)
        return self._subformat(digits, True, counts)

    def _format_decimal(self, value: Decimal) -> str:
        if self.multiplier != 1:  # exactly, not in the default context's 28 digits
            value = _exact_multiply(value, self.multiplier)
        counts = self._counts(False)
        digits = dl.of_decimal(value.copy_abs(), value < 0)
        self._round(digits, counts)
        return self._subformat(digits, False, counts)

    def _format_double(self, x: float) -> str:
        if math.isnan(x):
            return self.symbols.nan or ""
        negative = (x < 0 or (x == 0 and math.copysign(1.0, x) < 0)) != (self.multiplier < 0)
        x *= self.multiplier
        if math.isinf(x):
            prefix, suffix = self._affixes(negative)
            return prefix + (self.symbols.infinity or "") + suffix
        counts = self._counts(True)
        digits = dl.of_double(abs(x), negative)
        self._round(digits, counts)
        return self._subformat(digits, False, counts)

    def _round(self, digits: dl.DigitList, counts: tuple[int, int, int, int]) -> None:
        if self.exponential:
            dl.round_significant(digits, _digit_sum(counts), self.rounding)
        else:
            dl.round_fixed(digits, counts[2], self.rounding)

    def _affixes(self, negative: bool) -> tuple[str, str]:
        if negative:
            return self.neg_prefix, self.neg_suffix
        return self.pos_prefix, self.pos_suffix

    def _subformat(self, d: dl.DigitList, is_integer: bool, counts: tuple) -> str:
        _, min_int, _, min_frac = counts
        check_length(max(min_int, d.decimal_at, 0) * 2 + max(min_frac, d.count) + 16)
        prefix, suffix = self._affixes(d.negative)
        if self.exponential:
            body = self._exponential(d, counts)
        else:
            body = self._fixed(d, is_integer, counts)
        return prefix + body + suffix

    def _separators(self) -> tuple[str, str]:
        s = self.symbols
        if self.currency_format:
            return s.mon_decimal, s.mon_grouping
        return s.decimal, s.grouping

    def _digit(self, ch: str) -> str:
        zero = self.symbols.zero
        return ch if zero == "0" else chr(ord(zero) + ord(ch) - 48)

    def _fixed(self, d: dl.DigitList, is_integer: bool, counts: tuple) -> str:
        max_int, min_int, max_frac, min_frac = counts
        decimal, grouping = self._separators()
        zero = self.symbols.zero
        count, index = min_int, 0
        if d.decimal_at > 0 and count < d.decimal_at:
            count = d.decimal_at
        if count > max_int:  # keep the last max_int integer digits (1997 with 2: "97")
            count = max_int
            index = d.decimal_at - count
        out: list[str] = []
        group = self.grouping_used and self.grouping_size != 0
        for i in range(count - 1, -1, -1):
            if i < d.decimal_at and index < d.count:
                out.append(self._digit(d.digits[index]))
                index += 1
            else:
                out.append(zero)
            if group and i > 0 and i % self.grouping_size == 0:
                out.append(grouping)
        fraction = min_frac > 0 or (not is_integer and index < d.count)
        if not fraction and not out:
            out.append(zero)
        if self.decimal_always or fraction:
            out.append(decimal)
        i = 0
        while i < max_frac:
            if i >= min_frac and (is_integer or index >= d.count):
                break
            if -1 - i > d.decimal_at - 1 or is_integer or index >= d.count:
                out.append(zero)  # a leading fraction zero, or past the digits
            else:
                out.append(self._digit(d.digits[index]))
                index += 1
            i += 1
        return "".join(out)

    def _exponential(self, d: dl.DigitList, counts: tuple) -> str:
        max_int, min_int, _, min_frac = counts
        decimal, _ = self._separators()
        zero = self.symbols.zero
        exponent = d.decimal_at
        repeat, minimum_int = max_int, min_int
        if repeat > 1 and repeat > min_int:  # engineering notation: exponent a multiple of repeat
            if exponent >= 1:
                exponent = ((exponent - 1) // repeat) * repeat
            else:
                exponent = -((repeat - exponent) // repeat) * repeat
            minimum_int = 1
        else:
            exponent -= minimum_int
        minimum_digits = min_int + min_frac
        integer_digits = minimum_int if d.is_zero() else d.decimal_at - exponent
        minimum_digits = max(minimum_digits, integer_digits)
        total = max(d.count, minimum_digits)
        out: list[str] = []
        for i in range(total):
            if i == integer_digits:
                out.append(decimal)
            out.append(self._digit(d.digits[i]) if i < d.count else zero)
        if self.decimal_always and total == integer_digits:
            out.append(decimal)
        out.append(self.symbols.exponent or "")
        if d.is_zero():
            exponent = 0
        if exponent < 0:
            out.append(self.symbols.minus)
        text = str(abs(exponent)).rjust(self.min_exponent, "0")
        out.append("".join(self._digit(c) for c in text))
        return "".join(out)

    # ---- toPattern ------------------------------------------------------------------------
    def to_pattern(self) -> str:
        """DecimalFormat.toPattern (not localized)."""
        out: list[str] = []
        for positive in (True, False):
            if positive:
                out.append(_affix(self.pos_prefix_pattern, self.pos_prefix))
            else:
                out.append(_affix(self.neg_prefix_pattern, self.neg_prefix))
            out.append(self._number_pattern())
            if not positive:
                out.append(_affix(self.neg_suffix_pattern, self.neg_suffix))
                break
            out.append(_affix(self.pos_suffix_pattern, self.pos_suffix))
            if self._negative_is_default():
                break
            out.append(";")
        return "".join(out)

    def _number_pattern(self) -> str:
        out: list[str] = []
        max_int = min(self.max_int, DOUBLE_INTEGER_DIGITS)
        min_int = min(self.min_int, DOUBLE_INTEGER_DIGITS)
        size = self.grouping_size
        count = max_int if self.exponential else max(size, min_int) + 1
        check_length(count * 2 + self.max_frac)
        for i in range(count, 0, -1):
            if i != count and self.grouping_used and size != 0 and i % size == 0:
                out.append(",")
            out.append("0" if i <= min_int else "#")
        max_frac = min(self.max_frac, DOUBLE_FRACTION_DIGITS)
        min_frac = min(self.min_frac, DOUBLE_FRACTION_DIGITS)
        if max_frac > 0 or self.decimal_always:
            out.append(".")
        out.extend("0" if i < min_frac else "#" for i in range(max_frac))
        if self.exponential:
            out.append("E" + "0" * self.min_exponent)
        return "".join(out)

    def _negative_is_default(self) -> bool:
        """Whether the negative subpattern is "-" + the positive one (then not written)."""
        same_suffix = (
            self.neg_suffix_pattern is None
            and self.pos_suffix_pattern is None
            and self.neg_suffix == self.pos_suffix
        ) or (
            self.neg_suffix_pattern is not None
            and self.neg_suffix_pattern == self.pos_suffix_pattern
        )
        if not same_suffix:
            return False
        if self.neg_prefix_pattern is not None and self.pos_prefix_pattern is not None:
            return self.neg_prefix_pattern == "'-" + self.pos_prefix_pattern
        return (
            self.neg_prefix_pattern is None
            and self.pos_prefix_pattern is None
            and self.neg_prefix == self.symbols.minus + self.pos_prefix
        )


def _exact_multiply(value: Decimal, multiplier: int) -> Decimal:
    digits = len(value.as_tuple().digits) + len(str(multiplier)) + 2
    context = decimal.Context(prec=digits, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
    return context.multiply(value, Decimal(multiplier))


def _digit_sum(counts: tuple[int, int, int, int]) -> int:
    total = counts[0] + counts[2]
    return total if total <= dp.INT_MAX else dp.INT_MAX


def _affix(pattern: str | None, expanded: str) -> str:
    return dp.literal_affix(expanded) if pattern is None else dp.affix_pattern_text(pattern)


def _state(f: DecimalFormat) -> tuple:
    return (
        f.pos_prefix,
        f.pos_suffix,
        f.neg_prefix,
        f.neg_suffix,
        f.min_int,
        f.max_int,
        f.min_frac,
        f.max_frac,
        f.grouping_used,
        f.grouping_size,
        f.multiplier,
        f.decimal_always,
        f.exponential,
        f.min_exponent,
        f.rounding,
        f.parse_big_decimal,
        f.parse_integer_only,
        f.symbols.state(),
    )
