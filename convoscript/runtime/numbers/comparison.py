"""Groovy's == != <=> < <= > >= between numbers.

`==` and `<=>` follow Double.compare once a Double is involved (NaN == NaN, 0.0 != -0.0);
`<` `<=` `>` `>=` between two Doubles follow IEEE rules instead.
"""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.runtime.numbers.conversions import as_double
from convoscript.runtime.numbers.kinds import rank


def _double_compare(x: float, y: float) -> int:
    """java.lang.Double.compare: -0.0 < 0.0, NaN equals NaN and is above everything."""
    if x < y:
        return -1
    if x > y:
        return 1
    if x == y:
        if x == 0.0:
            sx, sy = math.copysign(1.0, x), math.copysign(1.0, y)
            return 0 if sx == sy else (-1 if sx < sy else 1)
        return 0
    xn, yn = math.isnan(x), math.isnan(y)
    if xn and yn:
        return 0
    return 1 if xn else -1


def compare(a, b) -> int:
    """Groovy `a <=> b` between numbers: -1, 0 or 1."""
    if type(a) is int and type(b) is int:
        return -1 if a < b else (1 if a > b else 0)
    k = max(rank(a), rank(b))
    if k == 4:
        return _double_compare(as_double(a), as_double(b))
    return -1 if a < b else (1 if a > b else 0)


def equals(a, b) -> bool:
    """Groovy `a == b` between numbers (BigDecimal compareTo, Double.compare semantics)."""
    ta, tb = type(a), type(b)
    if ta is int and tb is int:
        return a == b
    if ta is Decimal and tb is Decimal:
        return a == b
    return compare(a, b) == 0


def not_equals(a, b) -> bool:
    """Groovy `a != b` between numbers."""
    return not equals(a, b)


def lt(a, b) -> bool:
    """Groovy `a < b`: two Doubles compare with IEEE rules (NaN is unordered), any other pair
    through compareTo (so `NaN > 1` is true but `NaN > NaN` is false)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is int or ta is float):
        return a < b
    return compare(a, b) < 0


def le(a, b) -> bool:
    """Groovy `a <= b` (see `lt`)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is int or ta is float):
        return a <= b
    return compare(a, b) <= 0


def gt(a, b) -> bool:
    """Groovy `a > b` (see `lt`)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is int or ta is float):
        return a > b
    return compare(a, b) > 0


def ge(a, b) -> bool:
    """Groovy `a >= b` (see `lt`)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is int or ta is float):
        return a >= b
    return compare(a, b) >= 0
