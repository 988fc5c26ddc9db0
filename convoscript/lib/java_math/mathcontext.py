"""java.math.MathContext and the BigDecimal operations that take one: round(mc),
divide(x, mc), multiply/add/subtract(x, mc), pow(n, mc), sqrt(mc), new BigDecimal(x, mc)
(bigdecimal.py registers them as BigDecimal's overloads).

Rounding is Python's `decimal` with the matching rounding mode; a precision of 0 means exact
(a non-terminating quotient is Java's ArithmeticException).
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from convoscript.lib.java_math.roundingmode import ROUNDING_MODES, RoundingMode
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime import numbers
from convoscript.runtime.door.signatures import NoSignature, arity, as_number, as_str
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable

_PY_MODES = {
    "UP": decimal.ROUND_UP,
    "DOWN": decimal.ROUND_DOWN,
    "CEILING": decimal.ROUND_CEILING,
    "FLOOR": decimal.ROUND_FLOOR,
    "HALF_UP": decimal.ROUND_HALF_UP,
    "HALF_DOWN": decimal.ROUND_HALF_DOWN,
    "HALF_EVEN": decimal.ROUND_HALF_EVEN,
    "UNNECESSARY": decimal.ROUND_HALF_EVEN,
}
_EXACT_DIGITS = 1000


class MathContext(JavaObject):
    """java.math.MathContext: a precision (0 = unlimited) and a RoundingMode."""

    __slots__ = ("mode", "precision")
    java_class = "java.math.MathContext"
    kinds = ("MathContext", "Object")
    supertypes = frozenset({"java.io.Serializable"})

    def __init__(self, precision: int, mode: str = "HALF_UP"):
        if precision < 0:
            raise GroovyThrowable("IllegalArgumentException", "Digits < 0")
        self.precision, self.mode = precision, mode

    def groovy_to_string(self) -> str:
        return f"precision={self.precision} roundingMode={self.mode}"

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, MathContext) and (other.precision, other.mode) == (
            self.precision,
            self.mode,
        )

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash((self.precision, self.mode))

    def context(self, digits: int) -> decimal.Context:
        """A decimal context for this MathContext (`digits`: enough for an exact result)."""
        budget.current().check_number_bits(int((self.precision or digits) * 3.33) + 64)
        traps = [decimal.DivisionByZero, decimal.InvalidOperation]
        if self.precision == 0 or self.mode == "UNNECESSARY":
            traps.append(decimal.Inexact)
        return decimal.Context(
            prec=self.precision or digits,
            rounding=_PY_MODES[self.mode],
            Emax=decimal.MAX_EMAX,
            Emin=decimal.MIN_EMIN,
            traps=traps,
        )


def as_math_context(value: object) -> MathContext:
    if isinstance(value, MathContext):
        return value
    if value is None:  # also `price.round()`: Groovy calls round(MathContext) with null
        raise GroovyThrowable(
            "NullPointerException", 'Cannot read field "precision" because "mc" is null'
        )
    raise NoSignature


def _digits(*values: Decimal) -> int:
    return sum(len(v.as_tuple().digits) for v in values) + 40


def _operate(mc: MathContext, operation, *operands: Decimal) -> Decimal:
    context = mc.context(min(_digits(*operands), _EXACT_DIGITS))
    try:
        return operation(context, *operands)
    except decimal.Inexact:
        if mc.mode == "UNNECESSARY" and mc.precision:
            raise GroovyThrowable("ArithmeticException", "Rounding necessary") from None
        raise GroovyThrowable(
            "ArithmeticException",
            "Non-terminating decimal expansion; no exact representable decimal result.",
        ) from None
    except decimal.DivisionByZero:
        raise GroovyThrowable("ArithmeticException", "Division by zero") from None
    except decimal.InvalidOperation:
        raise GroovyThrowable("ArithmeticException", "Division undefined") from None


def _decimal(value: object) -> Decimal:
    if value is None:
        raise NoSignature
    return numbers.to_bigdecimal(as_number(value))


def _self(value: object) -> Decimal:
    if type(value) is Decimal:
        return value  # type: ignore[return-value]
    raise NoSignature


def round_mc(self: object, *args: object) -> Decimal:
    arity(args, 1)
    mc, d = as_math_context(args[0]), _self(self)
    return d if mc.precision == 0 else _operate(mc, lambda c, x: c.plus(x), d)


def _binary_mc(operation):
    def method(self: object, *args: object) -> Decimal:
        arity(args, 2)
        mc = as_math_context(args[1])
        return _operate(mc, operation, _self(self), _decimal(args[0]))

    return method


def divide_mc(self: object, *args: object) -> Decimal:
    arity(args, 2)
    mc = as_math_context(args[1])
    d, other = _self(self), _decimal(args[0])
    if other == 0:
        raise GroovyThrowable(
            "ArithmeticException", "Division undefined" if d == 0 else "Division by zero"
        )
    return _operate(mc, lambda c, x, y: c.divide(x, y), d, other)


def pow_mc(self: object, *args: object) -> Decimal:
    arity(args, 2)
    mc = as_math_context(args[1])
    if type(args[0]) is not int:
        raise NoSignature
    n = args[0]
    if abs(n) > 999_999_999:  # type: ignore[arg-type]
        raise GroovyThrowable("ArithmeticException", "Invalid operation")
    return _operate(mc, lambda c, x: c.power(x, n), _self(self))


def sqrt_mc(self: object, *args: object) -> Decimal:
    arity(args, 1)
    mc, d = as_math_context(args[0]), _self(self)
    if d < 0:
        raise GroovyThrowable("ArithmeticException", "Attempted square root of negative BigDecimal")
    return _operate(mc, lambda c, x: c.sqrt(x), d)


def with_math_context(base, mc_method):
    """A BigDecimal method whose last argument may be a MathContext."""

    def method(self: object, *args: object) -> object:
        if args and (isinstance(args[-1], MathContext) or args[-1] is None and base is None):
            return mc_method(self, *args)
        if args == (None,) and mc_method is round_mc:  # round(): Groovy passes a null context
            return mc_method(self, *args)
        if base is None:
            raise NoSignature
        return base(self, *args)

    return method


def new_big_decimal_mc(base):
    """new BigDecimal(x, MathContext): the value rounded to the context."""

    def construct(*args: object) -> Decimal:
        if len(args) >= 2 and isinstance(args[-1], MathContext):
            value = base(*args[:-1])
            return round_mc(value, args[-1])
        return base(*args)

    return construct


def new_math_context(*args: object) -> MathContext:
    arity(args, 1, 2)
    if len(args) == 2:
        mode = args[1]
        if not isinstance(mode, RoundingMode) or type(args[0]) is not int:
            raise NoSignature
        return MathContext(args[0], mode.rounding_name)  # type: ignore[arg-type]
    if type(args[0]) is int:
        return MathContext(args[0])  # type: ignore[arg-type]
    text = as_str(args[0])
    parts = text.split(" ")
    if (
        len(parts) != 2
        or not parts[0].startswith("precision=")
        or not parts[1].startswith("roundingMode=")
    ):
        raise GroovyThrowable("IllegalArgumentException", "bad string format")
    try:
        precision = int(parts[0][len("precision=") :])
    except ValueError:
        raise GroovyThrowable("IllegalArgumentException", "bad string format") from None
    mode = parts[1][len("roundingMode=") :]
    if mode not in ROUNDING_MODES:
        raise GroovyThrowable("IllegalArgumentException", "bad string format")
    return MathContext(precision, mode)


def _get_precision(self: object, *args: object) -> int:
    arity(args, 0)
    return as_math_context(self).precision


def _get_rounding_mode(self: object, *args: object) -> RoundingMode:
    arity(args, 0)
    return ROUNDING_MODES[as_math_context(self).mode]


METHODS = {
    "MathContext": {
        "getPrecision": _get_precision,
        "getRoundingMode": _get_rounding_mode,
    },
}
STATIC_FIELDS = {
    "java.math.MathContext": {
        "DECIMAL32": MathContext(7, "HALF_EVEN"),
        "DECIMAL64": MathContext(16, "HALF_EVEN"),
        "DECIMAL128": MathContext(34, "HALF_EVEN"),
        "UNLIMITED": MathContext(0, "HALF_UP"),
    },
}


def _plus_mc(self: object, *args: object) -> Decimal:
    arity(args, 1)
    return round_mc(self, *args)


def _negate_mc(self: object, *args: object) -> Decimal:
    arity(args, 1)
    return round_mc(-_self(self), *args)


def _abs_mc(self: object, *args: object) -> Decimal:
    arity(args, 1)
    return round_mc(abs(_self(self)), *args)


# BigDecimal overloads that take a MathContext (merged into BigDecimal's table: bigdecimal.py).
BIG_DECIMAL_MC = {
    "round": round_mc,
    "divide": divide_mc,
    "multiply": _binary_mc(lambda c, x, y: c.multiply(x, y)),
    "add": _binary_mc(lambda c, x, y: c.add(x, y)),
    "subtract": _binary_mc(lambda c, x, y: c.subtract(x, y)),
    "pow": pow_mc,
    "sqrt": sqrt_mc,
    "plus": _plus_mc,
    "negate": _negate_mc,
    "abs": _abs_mc,
}


CONSTRUCTORS = {"java.math.MathContext": new_math_context}
IMPORTABLE = {"java.math.MathContext": "java.math.MathContext"}
