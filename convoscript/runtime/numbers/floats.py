"""Java's doubles and floats: the (float) cast, correct rounding, narrowing, division."""

from __future__ import annotations

import math
import struct
from decimal import Decimal

from convoscript.runtime.numbers.kinds import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN


def int_to_double(v: int) -> float:
    """(double) of an integer of any size: infinite beyond the double range."""
    try:
        return float(v)
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def f32(x: float) -> float:
    """Round a double to the nearest float (Java (float) cast)."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.inf if x > 0 else -math.inf


def f32_ratio(num: int, den: int) -> float:
    """The float nearest num/den (den > 0), ties to even: one correct rounding."""
    if num == 0:
        return 0.0
    neg = num < 0
    if neg:
        num = -num
    e = num.bit_length() - den.bit_length() - 24
    while True:
        qn, qd = (num, den << e) if e >= 0 else (num << -e, den)
        if qn >= qd << 24:
            e += 1
        elif qn < qd << 23:
            e -= 1
        else:
            break
    if e < -149:
        e = -149
        qn, qd = num << 149, den
    q, r = divmod(qn, qd)
    if 2 * r > qd or (2 * r == qd and q & 1):
        q += 1
    if q.bit_length() + e > 128:
        value = math.inf
    else:
        value = math.ldexp(q, e)
    return -value if neg else value


def f32_from_int(v: int) -> float:
    """The float nearest an integer of any size."""
    if -(1 << 24) <= v <= (1 << 24):
        return float(v)
    return f32_ratio(v, 1)


def f32_from_decimal(d: Decimal) -> float:
    """The float nearest a BigDecimal (one correct rounding)."""
    if d.is_zero():
        return 0.0
    adj = d.adjusted()
    if adj > 39:
        return -math.inf if d.is_signed() else math.inf
    if adj < -47:
        return -0.0 if d.is_signed() else 0.0
    num, den = d.as_integer_ratio()
    return f32_ratio(num, den)


def d2i(x: float) -> int:
    """Java's (int) cast of a double: truncates, saturates, NaN is 0."""
    if math.isnan(x):
        return 0
    if x >= 2147483647.0:
        return INT_MAX
    if x <= -2147483648.0:
        return INT_MIN
    return int(x)


def d2l(x: float) -> int:
    """Java's (long) cast of a double: truncates, saturates, NaN is 0."""
    if math.isnan(x):
        return 0
    if x >= 9.223372036854775807e18:
        return LONG_MAX
    if x <= -9.223372036854775808e18:
        return LONG_MIN
    return int(x)


def double_divide(x: float, y: float) -> float:
    """Java's double division: dividing by zero gives an infinity or NaN, never an error."""
    if y == 0.0:
        if math.isnan(x) or x == 0.0:
            return math.nan
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y
