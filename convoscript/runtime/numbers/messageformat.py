"""A number as java.text.MessageFormat shows an argument: the default NumberFormat of Java's
default locale (en_US, `#,##0.###`, HALF_EVEN), so `1234.5678` reads `1,234.568`, NaN `NaN`,
infinity `∞`. Groovy builds some messages this way ("Cannot compare ... with value '0'")."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_EVEN, Context, Decimal

from convoscript.runtime.model.values import Float
from convoscript.runtime.numbers.tostring import to_java_string

_THOUSANDTH = Decimal("0.001")


def message_format(n: object) -> str:
    if isinstance(n, float):
        if math.isnan(n):
            return "NaN"
        if math.isinf(n):
            return "∞" if n > 0 else "-∞"
        negative = math.copysign(1.0, n) < 0
        exact = Decimal(to_java_string(n)) if type(n) is Float else Decimal(repr(abs(n)))
        exact = abs(exact)
    else:
        exact = Decimal(n) if not isinstance(n, Decimal) else n  # type: ignore[arg-type]
        negative = exact < 0
        exact = abs(exact)
    digits = Context(prec=max(28, exact.adjusted() + 8))  # every digit left of the point
    rounded = exact.quantize(_THOUSANDTH, rounding=ROUND_HALF_EVEN, context=digits)
    whole, _, fraction = f"{rounded:f}".partition(".")
    fraction = fraction.rstrip("0")
    text = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    return ("-" if negative else "") + text
