"""Number methods (every number: Integer, Long, BigInteger, BigDecimal, Double, Float), the
Double/Float and Integer ones, and Boolean methods (java.lang + Groovy's GDK, by receiver).

Thin wrappers over `runtime.numbers`, which owns the arithmetic, Java conversions and
formatting. Checked against Groovy 2.4: Integer has no round(), negative() or setScale();
times/upto/downto/step call the closure with values of the receiver's type; `1.equals(1L)` is
false (Object.equals). BigDecimal's and BigInteger's own methods (setScale, divide, bitLength,
...) are java_math's (`bigdecimal.py`, `biginteger.py`); the statics of the boxed classes are
java_lang/boxes.py's.
"""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.runtime import numbers as num
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.text import to_string
from convoscript.runtime.door.signatures import (
    NoSignature,
    arity,
    as_closure,
    as_int,
    as_number,
)
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Char, Float, GString, Long


def _n(self: object) -> object:
    return as_number(self)


def _operand(value: object) -> object:
    if value is None:
        raise NoSignature
    return as_number(value)


def _char_operand(value: object) -> object:
    """The right operand of the arithmetic DGM has for a Character too (plus(Number, Character),
    compareTo(Number, Character), ...): a char counts as its code, as Integer.valueOf(c)."""
    if type(value) is Char:
        return ord(value)  # type: ignore[arg-type]
    return _operand(value)


def _binary(operation, chars: bool = False):
    """n.op(m); with `chars`, m may be a Character (the DGM overloads that take one)."""
    operand = _char_operand if chars else _operand

    def method(self: object, *args: object) -> object:
        arity(args, 1)
        return operation(_n(self), operand(args[0]))

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
    return num.plus(_n(self), _char_operand(other))


def compare_to(self: object, *args: object) -> int:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot read field "value" because "anotherInteger" is null'
        )
    return num.compare(_n(self), _char_operand(args[0]))


# ---- loops ---------------------------------------------------------------------------------------
def times(self: object, *args: object) -> None:
    arity(args, 1)
    closure = as_closure(args[0])
    for i in range(num.to_int(_n(self))):
        call_closure(closure, i)


def _bounds(self: object, to: object) -> tuple[object, object, object]:
    """(first, last, one) of `self.upto(to)` / `downto` as the DGM overload for the receiver
    converts them: a Double or Float loops in its own type (`to.doubleValue()`), a Long in
    longs, a BigDecimal by 1.0 (`to` through its toString unless a BigInteger), a BigInteger
    in BigIntegers unless `to` is a BigDecimal (then BigDecimals from it), other numbers in
    ints (intValue)."""
    t = type(self)
    if t is float:
        return self, num.to_double(to), 1.0
    if t is Float:
        return self, num.to_float(to), Float(1.0)
    if t is Long:
        return self, num.to_long(to), Long(1)
    if t is Decimal or t is BigInteger and type(to) is Decimal:
        if type(to) is Decimal:
            last = to
        elif type(to) is BigInteger:
            last = Decimal(int(to))  # type: ignore[arg-type]
        else:
            last = num.to_bigdecimal_from_string(num.to_java_string(to))
        first = self if t is Decimal else Decimal(int(self))  # type: ignore[call-overload]
        return first, last, Decimal("1.0")
    if t is BigInteger:
        if type(to) is BigInteger:
            return self, to, BigInteger(1)
        return self, num.to_biginteger_from_string(num.to_java_string(to)), BigInteger(1)
    return num.to_int(self), num.to_int(to), 1


def _before(a: object, b: object) -> bool:
    """a <= b as the loop's type compares (a NaN double is never <= anything)."""
    if isinstance(a, float):
        return a <= b  # type: ignore[operator]
    return num.compare(a, b) <= 0


def _step(i: object, one: object, operation) -> object:
    """i++ / i-- in the loop's type: a float stays a float (Groovy's Float + Float is a Double)."""
    if type(i) is Float:
        return num.to_float(operation(float(i), 1.0))  # type: ignore[arg-type]
    return operation(i, one)


def upto(self: object, *args: object) -> None:
    arity(args, 2)
    start, to, closure = _n(self), _operand(args[0]), as_closure(args[1])
    i, last, one = _bounds(start, to)
    if not _before(i, last):
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"The argument ({to_string(to)}) to upto() cannot be less than "
            f"the value ({to_string(start)}) it's called on.",
        )
    while _before(i, last):
        call_closure(closure, i)
        i = _step(i, one, num.plus)


def downto(self: object, *args: object) -> None:
    arity(args, 2)
    start, to, closure = _n(self), _operand(args[0]), as_closure(args[1])
    i, last, one = _bounds(start, to)
    if not _before(last, i):
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"The argument ({to_string(to)}) to downto() cannot be greater "
            f"than the value ({to_string(start)}) it's called on.",
        )
    # BigInteger.downto(BigDecimal) counts in BigDecimals but passes i.toBigInteger()
    whole = type(start) is BigInteger and type(to) is Decimal
    while _before(last, i):
        call_closure(closure, BigInteger(int(i)) if whole else i)  # type: ignore
        i = _step(i, one, num.minus)


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
    if args:  # Groovy: floor (ceil below zero) of x * 10^places, over 10^places, in doubles
        places = as_int(args[0])
        try:
            scale = 10.0**places
        except OverflowError:
            scale = math.inf
        scaled = x * scale
        if math.isfinite(scaled):  # Math.ceil(-0.2) is -0.0: the sign stays
            scaled = math.copysign(float(math.ceil(scaled) if x < 0 else math.floor(scaled)), x)
        value = scaled / scale if scale else math.copysign(math.inf, scaled) if scaled else math.nan
    else:
        value = math.copysign(float(int(x)), x) if math.isfinite(x) else x
    return num.to_float(value) if type(x) is Float else value


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
    "minus": _binary(num.minus, chars=True),
    "multiply": _binary(num.multiply, chars=True),
    "div": _binary(num.div, chars=True),
    "intdiv": _binary(num.intdiv, chars=True),
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
    "Double": FLOATING_METHODS,
    "Float": FLOATING_METHODS,
    "Boolean": BOOLEAN_METHODS,
}

PROPERTIES: dict = {}
DEFAULT_IMPORTS = {"Number": "java.lang.Number"}
