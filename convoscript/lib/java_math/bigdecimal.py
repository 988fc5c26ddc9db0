"""java.math.BigDecimal: its methods (setScale, scale, divide, remainder, ..., each with its
MathContext overload), its statics (valueOf, ONE, ZERO, TEN, ROUND_*) and its constructors
(from a String, a number, or either with a MathContext).

The value is Python's Decimal; its arithmetic is runtime.numbers', the MathContext operations
are `mathcontext.py`'s, and the methods every number has (plus, abs, compareTo, ...) are the
Number GDK (gdk/numbers.py, next in the dispatch chain). Checked against Groovy 2.4:
BigDecimal.round() fails (it binds to round(MathContext)).
"""

from __future__ import annotations

import decimal
import math
from decimal import Decimal

from convoscript.lib.gdk.numbers import _operand, _unary, round_
from convoscript.lib.java_lang.boxes import double_arg
from convoscript.lib.java_math.biginteger import signum
from convoscript.lib.java_math.mathcontext import (
    BIG_DECIMAL_MC,
    MathContext,
    as_math_context,
    divide_mc,
    new_big_decimal_mc,
    with_math_context,
)
from convoscript.lib.java_math.roundingmode import ROUNDING_NAMES
from convoscript.runtime import numbers
from convoscript.runtime.core.arrays import CharArray, JavaArray, make_array
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str, check_length
from convoscript.runtime.model import budget
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
        # exactly unscaled × 10^-scale for any int scale (scaleb would round in the context)
        sign, digits, _ = Decimal(int(value)).as_tuple()  # type: ignore[call-overload]
        return Decimal((sign, digits, -as_int(args[1])))
    if type(value) in (int, Long):
        return Decimal(int(value))  # type: ignore[call-overload]
    return _decimal_from_double_string(double_arg(value))


def new_big_decimal(*args: object) -> Decimal:
    """new BigDecimal(text | number | char[] [, offset, len]) and (unscaledVal, scale)."""
    arity(args, 1, 2, 3)
    value = args[0]
    if isinstance(value, CharArray):
        return _from_chars(value, args[1:])
    if len(args) == 2:  # (BigInteger unscaledVal, int scale): Groovy widens an Integer or Long
        if type(value) not in (int, Long, BigInteger) or type(args[1]) is not int:
            raise NoSignature
        sign, digits, _ = Decimal(int(value)).as_tuple()  # type: ignore[call-overload]
        return Decimal((sign, digits, -args[1]))  # type: ignore[operator]
    if len(args) != 1:
        raise NoSignature
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


def _from_chars(chars: CharArray, bounds: tuple) -> Decimal:
    """new BigDecimal(char[] in[, offset, len]): the characters' text, Java's message for a
    range outside the array."""
    offset, size = 0, len(chars)
    if bounds:
        if len(bounds) != 2 or any(type(b) is not int for b in bounds):
            raise NoSignature
        offset, size = bounds
        if offset < 0 or size < 0 or offset + size > len(chars):
            raise GroovyThrowable(
                "NumberFormatException", "Bad offset or len arguments for char[] input."
            )
    if offset >= len(chars):  # Java reads in[offset] first: no message
        raise GroovyThrowable("NumberFormatException", None)
    if size == 0:
        raise GroovyThrowable("NumberFormatException", "No digits found.")
    return numbers.to_bigdecimal_from_string("".join(chars[offset : offset + size]))


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
    return numbers.set_scale(_d(self), scale, mode)  # type: ignore[arg-type]


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
    return d.normalize(numbers.EXACT_CONTEXT)


def to_plain_string(self: object, *args: object) -> str:
    arity(args, 0)
    d = _d(self)
    _sign, digits, exponent = d.as_tuple()
    length = len(digits) + abs(exponent) + 2 if isinstance(exponent, int) else 3
    check_length(length)  # `1e9999999G.toPlainString()` is refused before it is built
    return format(d, "f")


def divide(self: object, *args: object) -> Decimal:
    """BigDecimal.divide(other): exact (else ArithmeticException), at the preferred scale;
    divide(other, mode): rounded at this scale; divide(other, scale, mode): rounded once,
    exactly, at `scale`. A rounding mode is a RoundingMode or a BigDecimal.ROUND_* int (an
    int out of range fails before the division)."""
    arity(args, 1, 2, 3)
    d, other = _d(self), numbers.to_bigdecimal(_operand(args[0]))
    name = None
    if len(args) > 1:
        mode = _rounding(args[-1])
        name = ROUNDING_NAMES[mode] if type(mode) is int and 0 <= mode < 8 else mode  # type: ignore
        if name not in ROUNDING_NAMES:
            raise GroovyThrowable("IllegalArgumentException", "Invalid rounding mode")
    if other == 0:
        raise GroovyThrowable("ArithmeticException", "/ by zero" if name else "Division by zero")
    if name is not None:
        target = as_int(args[1]) if len(args) == 3 else scale(d)
        return divide_to_scale(d, other, target, name)  # type: ignore[arg-type]
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


_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1


def _move_scale(d: Decimal, new_scale: int, clamp: bool) -> Decimal:
    """`d`'s unscaled value at `new_scale` (Java's checkScale: out of int range fails unless
    the value is zero); with `clamp`, a negative scale becomes 0 (movePoint*)."""
    sign, digits, _ = d.as_tuple()
    if not _INT_MIN <= new_scale <= _INT_MAX:
        if d != 0:
            raise GroovyThrowable(
                "ArithmeticException", "Underflow" if new_scale > 0 else "Overflow"
            )
        new_scale = _INT_MAX if new_scale > 0 else _INT_MIN
    if clamp and new_scale < 0:
        check_length(len(digits) - new_scale)  # the zeros are built: refused before, if huge
        return Decimal((sign, tuple(digits) + (0,) * -new_scale, 0))
    return Decimal((sign, digits, -new_scale))


def _int_arg(value: object) -> int:
    if type(value) is not int:
        raise NoSignature
    return value  # type: ignore[return-value]


def move_point_left(self: object, *args: object) -> Decimal:
    """BigDecimal.movePointLeft(n): scale + n, never below 0."""
    arity(args, 1)
    d, n = _d(self), _int_arg(args[0])
    return d if n == 0 else _move_scale(d, scale(d) + n, True)


def move_point_right(self: object, *args: object) -> Decimal:
    """BigDecimal.movePointRight(n): scale - n, never below 0."""
    arity(args, 1)
    d, n = _d(self), _int_arg(args[0])
    return d if n == 0 else _move_scale(d, scale(d) - n, True)


def scale_by_power_of_ten(self: object, *args: object) -> Decimal:
    """BigDecimal.scaleByPowerOfTen(n): scale - n, which may be negative."""
    arity(args, 1)
    d, n = _d(self), _int_arg(args[0])
    return _move_scale(d, scale(d) - n, False)


def _value_exact(low: int, high: int):
    """intValueExact / longValueExact in Java's order of checks: below 1 "Rounding necessary",
    more than 19 integer digits "Overflow", a fraction "Rounding necessary", then the range."""

    def method(self: object, *args: object) -> object:
        arity(args, 0)
        d = _d(self)
        if d != 0:
            integer_digits = precision(d) - scale(d)
            if integer_digits <= 0:
                raise GroovyThrowable("ArithmeticException", "Rounding necessary")
            if integer_digits > 19:
                raise GroovyThrowable("ArithmeticException", "Overflow")
            if d != d.to_integral_value():
                raise GroovyThrowable("ArithmeticException", "Rounding necessary")
        value = int(d)
        if not low <= value <= high:
            raise GroovyThrowable("ArithmeticException", "Overflow")
        return value if high == _INT_MAX else Long(value)

    return method


def pow_(self: object, *args: object) -> Decimal:
    """BigDecimal.pow(n): exact, the scale times n; n from 0 to 999999999."""
    arity(args, 1)
    d, n = _d(self), _int_arg(args[0])
    if not 0 <= n <= 999_999_999:
        raise GroovyThrowable("ArithmeticException", "Invalid operation")
    unscaled, exponent = _unscaled(d)
    budget.current().check_number_bits(abs(unscaled).bit_length() * n + abs(exponent * n) * 4)
    return Decimal(unscaled**n).scaleb(exponent * n, numbers.EXACT_CONTEXT)


def plus_(self: object, *args: object) -> Decimal:
    """BigDecimal.plus(): the value itself (with a MathContext: rounded, mathcontext.py)."""
    arity(args, 0)
    return _d(self)


def _decimal_binary(operation):
    def method(self: object, *args: object) -> Decimal:
        arity(args, 1)
        return operation(_d(self), numbers.to_bigdecimal(_operand(args[0])))

    return method


def remainder(self: object, *args: object) -> Decimal:
    """BigDecimal.remainder: this - divideToIntegralValue(other) * other (the sign of the
    dividend, Java's scale)."""
    return divide_and_remainder(self, *args)[1]


def _integral_quotient(d: Decimal, other: Decimal) -> Decimal:
    """Java's divideToIntegralValue: the truncated quotient, at the preferred scale
    (this.scale - divisor.scale) when that is not negative, else with as many trailing zeros
    dropped as that allows; a zero quotient has exactly the preferred scale."""
    if other == 0:
        raise GroovyThrowable(
            "ArithmeticException", "Division undefined" if d == 0 else "Division by zero"
        )
    preferred = scale(d) - scale(other)
    if d == 0 or abs(d) < abs(other):
        return Decimal((0, (0,), -preferred))
    digits = len(d.as_tuple().digits) + len(other.as_tuple().digits) + abs(preferred) + 2
    check_length(digits)  # the quotient's digits are built
    context = decimal.Context(prec=digits, rounding=decimal.ROUND_DOWN, Emax=decimal.MAX_EMAX)
    q = context.divide_int(d, other)  # exact: `digits` is enough (Java's bound)
    if preferred >= 0:  # the integer, with `preferred` zeros after the point
        return q.quantize(Decimal((0, (1,), -preferred)), context=context)
    zeros = int(q.normalize(context).as_tuple().exponent)  # trailing zeros it can drop
    return q.quantize(Decimal((0, (1,), min(zeros, -preferred))), context=context)


def _integral_quotient_mc(d: Decimal, other: Decimal, mc: MathContext) -> Decimal:
    """Java's divideToIntegralValue(divisor, mc): the integer part must fit mc's precision
    ("Division impossible"); the scale as near the preferred one as the precision allows."""
    if mc.precision == 0 or (other != 0 and abs(d) < abs(other)):
        return _integral_quotient(d, other)
    preferred = scale(d) - scale(other)
    result = divide_mc(d, other, MathContext(mc.precision, "DOWN"))
    if scale(result) < 0:
        product = numbers.multiply(result, other)
        if abs(numbers.minus(d, product)) >= abs(other):
            raise GroovyThrowable("ArithmeticException", "Division impossible")
    elif scale(result) > 0:
        result = numbers.set_scale(result, 0, "DOWN")
    room = mc.precision - precision(result)
    if preferred > scale(result) and room > 0:
        return numbers.set_scale(result, scale(result) + min(room, preferred - scale(result)))
    return _strip_zeros_to(result, preferred)


def _strip_zeros_to(d: Decimal, preferred: int) -> Decimal:
    """Drop trailing zeros while the scale is above `preferred` (Java's stripZerosToMatchScale)."""
    sign, digits, exponent = d.as_tuple()
    kept, exponent = list(digits), int(exponent)
    while -exponent > preferred and len(kept) > 1 and kept[-1] == 0:
        kept.pop()
        exponent += 1
    return Decimal((sign, tuple(kept), exponent))


def _quotient(self: object, args: tuple) -> tuple[Decimal, Decimal, Decimal]:
    """(this, divisor, the integral quotient) for divideToIntegralValue(x[, mc]) and friends."""
    arity(args, 1, 2)
    d, other = _d(self), numbers.to_bigdecimal(_operand(args[0]))
    if len(args) == 2:
        return d, other, _integral_quotient_mc(d, other, as_math_context(args[1]))
    return d, other, _integral_quotient(d, other)


def divide_to_integral_value(self: object, *args: object) -> Decimal:
    return _quotient(self, args)[2]


def divide_and_remainder(self: object, *args: object) -> JavaArray:
    """[divideToIntegralValue, this - that * divisor]: a BigDecimal[]."""
    d, other, q = _quotient(self, args)
    return make_array("java.math.BigDecimal", [q, numbers.minus(d, numbers.multiply(q, other))])


def _decimal_extreme(want: int):
    """BigDecimal.max / min: any number argument, as Groovy converts it to a BigDecimal."""

    def method(self: object, *args: object) -> Decimal:
        arity(args, 1)
        d, other = _d(self), numbers.to_bigdecimal(_operand(args[0]))
        return d if numbers.compare(d, other) * want >= 0 else other

    return method


_PLAIN_METHODS = {
    "round": round_,
    "setScale": set_scale,
    "scale": scale,
    "precision": precision,
    "unscaledValue": unscaled_value,
    "stripTrailingZeros": strip_trailing_zeros,
    "toPlainString": to_plain_string,
    "signum": signum,
    "negate": _unary(numbers.negate),
    "add": _decimal_binary(numbers.plus),
    "subtract": _decimal_binary(numbers.minus),
    "divide": divide,
    "remainder": remainder,
    "movePointLeft": move_point_left,
    "movePointRight": move_point_right,
    "scaleByPowerOfTen": scale_by_power_of_ten,
    "intValueExact": _value_exact(_INT_MIN, _INT_MAX),
    "longValueExact": _value_exact(-(2**63), 2**63 - 1),
    "divideToIntegralValue": divide_to_integral_value,
    "divideAndRemainder": divide_and_remainder,
    "max": _decimal_extreme(1),
    "min": _decimal_extreme(-1),
    "pow": pow_,
    "plus": plus_,
}

# With a MathContext as the last argument, round(mc), divide(x, mc), add(x, mc) ... (mathcontext)
BIG_DECIMAL_METHODS = dict(_PLAIN_METHODS)
for _name, _method in BIG_DECIMAL_MC.items():
    BIG_DECIMAL_METHODS[_name] = with_math_context(_PLAIN_METHODS.get(_name), _method)

METHODS = {"BigDecimal": BIG_DECIMAL_METHODS}
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
