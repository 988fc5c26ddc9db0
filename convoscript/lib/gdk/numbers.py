"""Number methods (Integer, Long, BigInteger, BigDecimal, Double, Float) and Boolean methods.

Thin wrappers over `runtime.numbers`, which owns the arithmetic, Java conversions and
formatting. Checked against Groovy 2.4: Integer has no round(), negative() or setScale();
BigDecimal.round() fails (it binds to round(MathContext)); times/upto/downto/step call the
closure with values of the receiver's type; `1.equals(1L)` is false (Object.equals).
"""

from __future__ import annotations

import decimal
import math
from decimal import Decimal

from convoscript.lib.java_lang.boxes import in_radix
from convoscript.lib.java_math.mathcontext import BIG_DECIMAL_MC, with_math_context
from convoscript.runtime import numbers as num
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.text import to_string
from convoscript.runtime.door.signatures import (
    NoSignature,
    arity,
    as_closure,
    as_int,
    as_number,
    check_length,
)
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Float, GString


def _n(self: object) -> object:
    return as_number(self)


def _operand(value: object) -> object:
    if value is None:
        raise NoSignature
    return as_number(value)


def _binary(operation):
    def method(self: object, *args: object) -> object:
        arity(args, 1)
        return operation(_n(self), _operand(args[0]))

    return method


def _unary(operation):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        return operation(_n(self))

    return method


def plus(self: object, *args: object) -> object:
    """n + m; n + "text" concatenates (Number.plus(String))."""
    arity(args, 1)
    other = args[0]
    if type(other) in (str, GString):
        return to_string(_n(self)) + to_string(other)
    return num.plus(_n(self), _operand(other))


def compare_to(self: object, *args: object) -> int:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot read field "value" because "anotherInteger" is null'
        )
    return num.compare(_n(self), _operand(args[0]))


# ---- loops ---------------------------------------------------------------------------------------
def times(self: object, *args: object) -> None:
    arity(args, 1)
    closure = as_closure(args[0])
    for i in range(num.to_int(_n(self))):
        call_closure(closure, i)


def upto(self: object, *args: object) -> None:
    arity(args, 2)
    start, end, closure = _n(self), _operand(args[0]), as_closure(args[1])
    if num.compare(start, end) > 0:
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"The argument ({to_string(end)}) to upto() cannot be less than "
            f"the value ({to_string(start)}) it's called on.",
        )
    i = start
    while num.compare(i, end) <= 0:
        call_closure(closure, i)
        i = num.plus(i, 1)


def downto(self: object, *args: object) -> None:
    arity(args, 2)
    start, end, closure = _n(self), _operand(args[0]), as_closure(args[1])
    if num.compare(start, end) < 0:
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"The argument ({to_string(end)}) to downto() cannot be greater "
            f"than the value ({to_string(start)}) it's called on.",
        )
    i = start
    while num.compare(i, end) >= 0:
        call_closure(closure, i)
        i = num.minus(i, 1)


def step(self: object, *args: object) -> None:
    """n.step(to, by) { }: `to` is excluded; a step away from `to` is an infinite loop."""
    arity(args, 3)
    start, end, by = _n(self), _operand(args[0]), _operand(args[1])
    closure = as_closure(args[2])
    direction, sign = num.compare(start, end), num.compare(by, 0)
    if direction == 0:
        return
    if direction != -sign:
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"Infinite loop in {to_string(start)}.step({to_string(end)}, {to_string(by)})",
        )
    i = start
    while num.compare(i, end) == direction:
        call_closure(closure, i)
        i = num.plus(i, by)
    return


def next_(self: object, *args: object) -> object:
    arity(args, 0)
    return num.plus(_n(self), 1)


def previous(self: object, *args: object) -> object:
    arity(args, 0)
    return num.minus(_n(self), 1)


# ---- Double / Float / BigDecimal
def round_(self: object, *args: object) -> object:
    arity(args, 0, 1)
    return num.number_round(_n(self), as_int(args[0]) if args else None)


def trunc(self: object, *args: object) -> object:
    arity(args, 0, 1)
    x = _n(self)
    if not isinstance(x, float):
        raise NoSignature
    if args:
        places = as_int(args[0])
        scale = 10.0**places
        value = float(int(x * scale)) / scale
    else:
        value = float(int(x)) if math.isfinite(x) else x
    return Float(value) if type(x) is Float else value


def _float(self: object) -> float:
    if isinstance(self, float):
        return self
    raise NoSignature


def is_nan(self: object, *args: object) -> bool:
    arity(args, 0)
    x = _float(self)
    return x != x


def is_infinite(self: object, *args: object) -> bool:
    arity(args, 0)
    return abs(_float(self)) == float("inf")


def _d(self: object) -> Decimal:
    if type(self) is Decimal:
        return self  # type: ignore[return-value]
    raise NoSignature


def _rounding(value: object) -> object:
    """A rounding-mode argument: a RoundingMode constant (its name) or a BigDecimal.ROUND_* int."""
    if type(value) is int:
        return value
    name = getattr(value, "rounding_name", None)
    if name is None:
        raise NoSignature
    return name


def set_scale(self: object, *args: object) -> Decimal:
    arity(args, 1, 2)
    scale = as_int(args[0])
    mode = _rounding(args[1]) if len(args) == 2 else None
    return num.set_scale(_d(self), scale, mode)  # type: ignore[arg-type]


def scale(self: object, *args: object) -> int:
    arity(args, 0)
    return -int(_d(self).as_tuple().exponent)


def precision(self: object, *args: object) -> int:
    arity(args, 0)
    d = _d(self)
    return max(len(d.as_tuple().digits), 1)


def unscaled_value(self: object, *args: object) -> object:
    arity(args, 0)

    sign, digits, _ = _d(self).as_tuple()
    value = int("".join(map(str, digits)) or "0")
    return BigInteger(-value if sign else value)


def strip_trailing_zeros(self: object, *args: object) -> Decimal:
    arity(args, 0)
    d = _d(self)
    if d == 0:
        return Decimal(0)
    return d.normalize(num.EXACT_CONTEXT)


def to_plain_string(self: object, *args: object) -> str:
    arity(args, 0)
    d = _d(self)
    _sign, digits, exponent = d.as_tuple()
    length = len(digits) + abs(exponent) + 2 if isinstance(exponent, int) else 3
    check_length(length)  # `1e9999999G.toPlainString()` is refused before it is built
    return format(d, "f")


def signum(self: object, *args: object) -> int:
    arity(args, 0)
    d = _n(self)
    return (d > 0) - (d < 0)  # type: ignore[operator]


_MODES = ("UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY")


def divide(self: object, *args: object) -> Decimal:
    """BigDecimal.divide(other): exact (else ArithmeticException), at the preferred scale;
    divide(other, scale, mode): rounded once, exactly, at `scale`."""
    arity(args, 1, 3)
    d, other = _d(self), num.to_bigdecimal(_operand(args[0]))
    if other == 0:
        raise GroovyThrowable(
            "ArithmeticException", "/ by zero" if len(args) == 3 else "Division by zero"
        )
    if len(args) == 3:
        mode = _rounding(args[2])
        name = _MODES[mode] if type(mode) is int and 0 <= mode < 8 else mode  # type: ignore
        if name not in _MODES:
            raise GroovyThrowable("IllegalArgumentException", "Invalid rounding mode")
        return divide_to_scale(d, other, as_int(args[1]), name)  # type: ignore[arg-type]
    return _exact_divide(d, other)


def _unscaled(d: Decimal) -> tuple[int, int]:
    sign, digits, exponent = d.as_tuple()
    value = int("".join(map(str, digits)) or "0")
    return (-value if sign else value), int(exponent)


def divide_to_scale(d: Decimal, other: Decimal, scale_: int, mode: str) -> Decimal:
    """d / other rounded to `scale_` digits after the point with a RoundingMode, exactly."""

    u1, e1 = _unscaled(d)
    u2, e2 = _unscaled(other)
    k = e1 + scale_ - e2
    budget.current().check_number_bits(int(abs(k) * 3.33) + 64)
    n, m = (u1 * 10**k, u2) if k >= 0 else (u1, u2 * 10**-k)
    negative = (n < 0) != (m < 0)
    q, rem = divmod(abs(n), abs(m))
    if rem and _round_away(mode, q, rem, abs(m), negative):
        q += 1
    return Decimal((1 if negative and q else 0, tuple(int(c) for c in str(q)), -scale_))


def _round_away(mode: str, q: int, rem: int, divisor: int, negative: bool) -> bool:
    twice = 2 * rem
    if mode == "UNNECESSARY":
        raise GroovyThrowable("ArithmeticException", "Rounding necessary")
    return {
        "UP": True,
        "DOWN": False,
        "CEILING": not negative,
        "FLOOR": negative,
        "HALF_UP": twice >= divisor,
        "HALF_DOWN": twice > divisor,
        "HALF_EVEN": twice > divisor or (twice == divisor and q % 2 == 1),
    }[mode]


def _exact_divide(d: Decimal, other: Decimal) -> Decimal:
    digits = len(d.as_tuple().digits) + 4 * len(other.as_tuple().digits) + 10
    context = decimal.Context(
        prec=digits, traps=[decimal.Inexact], Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN
    )
    try:
        quotient = context.divide(d, other)
    except decimal.Inexact:
        raise GroovyThrowable(
            "ArithmeticException",
            "Non-terminating decimal expansion; no exact representable decimal result.",
        ) from None
    preferred = int(d.as_tuple().exponent) - int(other.as_tuple().exponent)
    smallest = int(quotient.normalize(context).as_tuple().exponent) if quotient else preferred
    exponent = min(preferred, smallest)
    return quotient.quantize(Decimal((0, (1,), exponent)), context=context)


def _decimal_binary(operation):
    def method(self: object, *args: object) -> Decimal:
        arity(args, 1)
        return operation(_d(self), num.to_bigdecimal(_operand(args[0])))

    return method


def remainder(self: object, *args: object) -> Decimal:
    """BigDecimal.remainder: the sign of the dividend (Java's, not a modulo)."""

    arity(args, 1)
    d, other = _d(self), num.to_bigdecimal(_operand(args[0]))
    if other == 0:
        raise GroovyThrowable("ArithmeticException", "Division by zero")
    digits = len(d.as_tuple().digits) + len(other.as_tuple().digits) + 40
    return decimal.Context(prec=digits).remainder(d, other)


def _decimal_extreme(want: int):
    def method(self: object, *args: object) -> Decimal:
        arity(args, 1)
        d = _d(self)
        other = args[0]
        if type(other) is not Decimal:
            raise NoSignature
        return d if num.compare(d, other) * want >= 0 else other  # type: ignore[return-value]

    return method


def bit_length(self: object, *args: object) -> int:
    arity(args, 0)
    value = _n(self)
    if not isinstance(value, int):
        raise NoSignature
    return (value if value >= 0 else ~value).bit_length()


def big_integer_to_string(self: object, *args: object) -> str:
    """BigInteger.toString(radix)."""
    arity(args, 0, 1)
    value = _n(self)
    if not args:
        return num.to_java_string(value)

    radix = as_int(args[0])
    return in_radix(int(value), radix if 2 <= radix <= 36 else 10)  # type: ignore[arg-type]


# ---- Integer oddities ----------------------------------------------------------------------------
def integer_to_string(self: object, *args: object) -> str:
    """`5.toString(16)` binds to the static Integer.toString(int): it prints the argument."""
    arity(args, 0, 1)
    if not args:
        return num.to_java_string(_n(self))
    return num.to_java_string(as_int(args[0]))


# ---- Boolean
def _b(self: object) -> bool:
    if type(self) is bool:
        return self  # type: ignore[return-value]
    raise NoSignature


def _bool_arg(value: object) -> bool:
    if value is None:
        return False
    return _b(value)


def _boolean(operation):
    def method(self: object, *args: object) -> bool:
        arity(args, 1)
        return operation(_b(self), _bool_arg(args[0]))

    return method


def boolean_value(self: object, *args: object) -> bool:
    arity(args, 0)
    return _b(self)


def boolean_compare_to(self: object, *args: object) -> int:
    arity(args, 1)
    return int(_b(self)) - int(_b(args[0]))


NUMBER_METHODS = {
    "plus": plus,
    "minus": _binary(num.minus),
    "multiply": _binary(num.multiply),
    "div": _binary(num.div),
    "intdiv": _binary(num.intdiv),
    "mod": _binary(num.mod),
    "power": _binary(num.power),
    "and": _binary(num.and_),
    "or": _binary(num.or_),
    "xor": _binary(num.xor),
    "leftShift": _binary(num.left_shift),
    "rightShift": _binary(num.right_shift),
    "rightShiftUnsigned": _binary(num.unsigned_right_shift),
    "bitwiseNegate": _unary(num.bitwise_negate),
    "abs": _unary(num.number_abs),
    "intValue": _unary(num.to_int),
    "longValue": _unary(num.to_long),
    "doubleValue": _unary(num.to_double),
    "floatValue": _unary(num.to_float),
    "toInteger": _unary(num.to_int),
    "toLong": _unary(num.to_long),
    "toDouble": _unary(num.to_double),
    "toFloat": _unary(num.to_float),
    "toBigDecimal": _unary(num.to_bigdecimal),
    "toBigInteger": _unary(num.to_biginteger),
    "compareTo": compare_to,
    "times": times,
    "upto": upto,
    "downto": downto,
    "step": step,
    "next": next_,
    "previous": previous,
}

FLOATING_METHODS = {
    "round": round_,
    "trunc": trunc,
    "isNaN": is_nan,
    "isInfinite": is_infinite,
}

BIG_DECIMAL_METHODS = {
    "round": round_,
    "setScale": set_scale,
    "scale": scale,
    "precision": precision,
    "unscaledValue": unscaled_value,
    "stripTrailingZeros": strip_trailing_zeros,
    "toPlainString": to_plain_string,
    "signum": signum,
    "negate": _unary(num.negate),
    "add": _decimal_binary(num.plus),
    "subtract": _decimal_binary(num.minus),
    "divide": divide,
    "remainder": remainder,
    "max": _decimal_extreme(1),
    "min": _decimal_extreme(-1),
}


def _with_math_context() -> None:
    """Add the MathContext overloads (round(mc), divide(x, mc), ...) to the BigDecimal table."""

    for name, method in BIG_DECIMAL_MC.items():
        BIG_DECIMAL_METHODS[name] = with_math_context(BIG_DECIMAL_METHODS.get(name), method)


_with_math_context()

BOOLEAN_METHODS = {
    "and": _boolean(lambda a, b: a and b),
    "or": _boolean(lambda a, b: a or b),
    "xor": _boolean(lambda a, b: a != b),
    "implies": _boolean(lambda a, b: (not a) or b),
    "booleanValue": boolean_value,
    "compareTo": boolean_compare_to,
}

METHODS = {
    "Number": NUMBER_METHODS,
    "Integer": {"toString": integer_to_string},
    "BigInteger": {
        "signum": signum,
        "negate": _unary(num.negate),
        "bitLength": bit_length,
        "toString": big_integer_to_string,
    },
    "Double": FLOATING_METHODS,
    "Float": FLOATING_METHODS,
    "BigDecimal": BIG_DECIMAL_METHODS,
    "Boolean": BOOLEAN_METHODS,
}

PROPERTIES: dict = {}
DEFAULT_IMPORTS = {"Number": "java.lang.Number"}
