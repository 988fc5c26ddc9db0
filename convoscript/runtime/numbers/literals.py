"""The value of a Groovy numeric literal: radix prefixes, type suffixes, underscores, range checks."""

from __future__ import annotations

import re
from decimal import Decimal

from convoscript.runtime.model.values import BigInteger, Float, Long
from convoscript.runtime.numbers.decimals import fix_zero
from convoscript.runtime.numbers.floats import f32_from_decimal
from convoscript.runtime.numbers.kinds import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, wrap32, wrap64
from convoscript.runtime.numbers.sizes import check_bits, check_dec_digits

# Groovy literals: integer (decimal, octal, hex, binary; suffix i/l/g) and decimal
# (fraction and/or exponent; suffix f/d/g). Underscores may separate digits.
_D = r"[0-9](?:[0-9_]*[0-9])?"

_INT_LITERAL = re.compile(
    r"(-?)(?:0[xX]([0-9a-fA-F](?:[0-9a-fA-F_]*[0-9a-fA-F])?)|0[bB]([01](?:[01_]*[01])?)"
    rf"|({_D}))([lLiIgG]?)\Z"
)

_DEC_LITERAL = re.compile(rf"(-?)({_D}(?:\.{_D})?)(?:[eE]([+-]?{_D}))?([fFdDgG]?)\Z")

_MAX_FLOAT = Decimal("3.4028235E+38")

_MAX_DOUBLE = Decimal("1.7976931348623157E+308")


def parse_literal(text: str):
    """The value of a Groovy numeric literal (an optional leading '-' is folded in, as Groovy's
    parser does for negative literals). Raises ValueError for malformed or out-of-range text."""
    m = _INT_LITERAL.match(text)
    if m:
        neg, hexd, bind, decd, suffix = m.groups()
        if hexd is not None:
            body, radix, bits_per_digit = hexd.replace("_", ""), 16, 4.0
        elif bind is not None:
            body, radix, bits_per_digit = bind.replace("_", ""), 2, 1.0
        else:
            body = decd.replace("_", "")
            if len(body) > 1 and body[0] == "0":
                if any(c in "89" for c in body):
                    raise ValueError(f"invalid octal literal: {text}")
                body, radix, bits_per_digit = body[1:], 8, 3.0
            else:
                radix, bits_per_digit = 10, 3.3219280948873626
        check_bits(int(len(body) * bits_per_digit) + 1)
        if radix == 10 and len(body) > 4000:
            value = int(Decimal(body))
        else:
            value = int(body, radix)
        if neg:
            value = -value
        suffix = suffix.lower()
        if suffix == "i":
            return wrap32(value)
        if suffix == "l":
            return Long(wrap64(value))
        if suffix == "g":
            return BigInteger(value)
        if INT_MIN <= value <= INT_MAX:
            return value
        if LONG_MIN <= value <= LONG_MAX:
            return Long(value)
        return BigInteger(value)
    m = _DEC_LITERAL.match(text)
    if not m:
        raise ValueError(f"malformed number literal: {text}")
    neg, mantissa, exponent, suffix = m.groups()
    suffix = suffix.lower()
    if exponent is None and "." not in mantissa and suffix not in ("f", "d"):
        raise ValueError(f"malformed number literal: {text}")
    mantissa = mantissa.replace("_", "")
    exp_value = 0
    if exponent is not None:
        exp_digits = exponent.replace("_", "").lstrip("+-").lstrip("0")
        if len(exp_digits) > 10:
            raise ValueError(f"number literal out of range: {text}")
        exp_value = int(exponent.replace("_", ""))
        if not INT_MIN <= exp_value <= INT_MAX:
            raise ValueError(f"number literal out of range (exponent overflow): {text}")
    scale = len(mantissa.partition(".")[2]) - exp_value
    if not INT_MIN <= scale <= INT_MAX:
        raise ValueError(f"number literal out of range: {text}")
    body = f"{neg}{mantissa}E{exp_value}"
    if suffix == "f" or suffix == "d":
        exact = Decimal(body)
        limit = _MAX_FLOAT if suffix == "f" else _MAX_DOUBLE
        if exact.copy_abs() > limit:
            raise ValueError(f"number literal out of range: {text}")
        if suffix == "f":
            f = f32_from_decimal(exact)
            return Float(f if f != 0.0 else 0.0)
        d = float(body)
        return d if d != 0.0 else 0.0  # Groovy pushes -0.0 constants as 0.0
    check_dec_digits(len(mantissa) + abs(scale))
    return fix_zero(Decimal(body))
