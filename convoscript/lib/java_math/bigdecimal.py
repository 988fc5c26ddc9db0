"""java.math.BigDecimal: its statics (valueOf, ONE, ZERO, TEN, ROUND_*) and constructors
(from a String, a number, or either with a MathContext).

The value is Python's Decimal; its arithmetic is runtime.numbers'.
"""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.lib.java_lang.boxes import double_arg
from convoscript.lib.java_math.mathcontext import new_big_decimal_mc
from convoscript.lib.java_math.roundingmode import ROUNDING_NAMES
from convoscript.runtime import numbers
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Float, GString, Long


def _decimal_from_double_string(x: float) -> Decimal:
    """BigDecimal.valueOf(double): new BigDecimal(Double.toString(x))."""
    if not math.isfinite(x):
        raise GroovyThrowable("NumberFormatException", "Infinite or NaN")
    return numbers.to_bigdecimal_from_string(numbers.to_java_string(x))


def _big_decimal_value_of(*args: object) -> Decimal:
    arity(args, 1, 2)
    value = args[0]
    if len(args) == 2:
        if type(value) not in (int, Long):
            raise NoSignature
        return Decimal(int(value)).scaleb(-as_int(args[1]))  # type: ignore[call-overload]
    if type(value) in (int, Long):
        return Decimal(int(value))  # type: ignore[call-overload]
    return _decimal_from_double_string(double_arg(value))


def new_big_decimal(*args: object) -> Decimal:
    arity(args, 1)
    value = args[0]
    if type(value) in (str, GString):
        return numbers.to_bigdecimal_from_string(as_str(value))
    if type(value) in (int, Long, BigInteger):
        return Decimal(int(value))  # type: ignore[call-overload]
    if type(value) in (float, Float, Decimal):
        x = float(value)  # type: ignore[arg-type]
        if not math.isfinite(x):
            raise GroovyThrowable("NumberFormatException", "Infinite or NaN")
        return Decimal(x)
    raise NoSignature


STATIC_METHODS = {"java.math.BigDecimal": {"valueOf": _big_decimal_value_of}}
STATIC_FIELDS = {
    "java.math.BigDecimal": {
        "ONE": Decimal(1),
        "ZERO": Decimal(0),
        "TEN": Decimal(10),
        **{f"ROUND_{name}": i for i, name in enumerate(ROUNDING_NAMES)},
    },
}
CONSTRUCTORS = {"java.math.BigDecimal": new_big_decimal_mc(new_big_decimal)}
DEFAULT_IMPORTS = {"BigDecimal": "java.math.BigDecimal"}
