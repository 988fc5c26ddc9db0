"""java.math.BigInteger's own arithmetic and bit members: add, subtract, divide, remainder,
divideAndRemainder, gcd, min, max, not, andNot, shiftLeft, shiftRight, testBit, setBit,
clearBit, flipBit, bitCount, getLowestSetBit, sqrt, sqrtAndRemainder, modInverse, toByteArray
(biginteger.py registers them). modPow and isProbablePrime are left out: one uninterruptible
modular power of numbers at the digit limit runs for seconds, beyond what a step can price.

A BigInteger parameter takes an Integer or Long too (Groovy widens them); results that could
grow ask the run's number budget first.
"""

from __future__ import annotations

import math

from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Long


def _big(value: object) -> int:
    if type(value) is BigInteger:
        return int(value)
    raise NoSignature


def _arg(value: object) -> int:
    """A BigInteger parameter: a BigInteger, Long or Integer argument."""
    if type(value) in (int, Long, BigInteger):
        return int(value)  # type: ignore[call-overload]
    raise NoSignature


def _int_arg(value: object) -> int:
    if type(value) is int:
        return value  # type: ignore[return-value]
    raise NoSignature


def _binary(operation):
    def method(self: object, *args: object) -> BigInteger:
        arity(args, 1)
        return BigInteger(operation(_big(self), _arg(args[0])))

    return method


def _divisor(value: int) -> int:
    if value == 0:
        raise GroovyThrowable("ArithmeticException", "BigInteger divide by zero")
    return value


def _quotient(a: int, b: int) -> int:
    """Java's BigInteger.divide: truncated toward zero."""
    q = abs(a) // abs(_divisor(b))
    return -q if (a < 0) != (b < 0) else q


def _remainder(a: int, b: int) -> int:
    """Java's BigInteger.remainder: the sign of the dividend."""
    return a - _quotient(a, b) * b


def divide_and_remainder(self: object, *args: object) -> object:
    arity(args, 1)
    a, b = _big(self), _arg(args[0])
    q = _quotient(a, b)
    return make_array("java.math.BigInteger", [BigInteger(q), BigInteger(a - q * b)])


def _extreme(want: int):
    def method(self: object, *args: object) -> BigInteger:
        arity(args, 1)
        a, b = _big(self), _arg(args[0])
        return BigInteger(a if (a - b) * want >= 0 else b)

    return method


def _unary(operation):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        return operation(_big(self))

    return method


def _shift(left: bool):
    def method(self: object, *args: object) -> BigInteger:
        arity(args, 1)
        value, n = _big(self), _int_arg(args[0])
        if not left:
            n = -n
        if n > 0:
            budget.current().check_number_bits(value.bit_length() + n)
            return BigInteger(value << n)
        return BigInteger(value >> -n)

    return method


def _bit(grows):
    """setBit / clearBit / flipBit: a negative bit address fails; a bit beyond the value's
    length is only built when the result changes there (`grows(value)`), and a result of 2^31
    bits or more is Java's overflow."""

    def decorate(operation):
        def method(self: object, *args: object) -> object:
            arity(args, 1)
            value, n = _big(self), _int_arg(args[0])
            if n < 0:
                raise GroovyThrowable("ArithmeticException", "Negative bit address")
            if n > (value if value >= 0 else ~value).bit_length():
                if not grows(value):
                    return BigInteger(value)
                if n >= 2**31 - 1:
                    raise GroovyThrowable(
                        "ArithmeticException", "BigInteger would overflow supported range"
                    )
                budget.current().check_number_bits(n + 1)
            return BigInteger(operation(value, n))

        return method

    return decorate


def test_bit(self: object, *args: object) -> bool:
    arity(args, 1)
    value, n = _big(self), _int_arg(args[0])
    if n < 0:
        raise GroovyThrowable("ArithmeticException", "Negative bit address")
    return (value >> n) & 1 == 1


def _sqrt(value: int) -> int:
    if value < 0:
        raise GroovyThrowable("ArithmeticException", "Negative BigInteger")
    return math.isqrt(value)


def _modulus(value: int) -> int:
    if value <= 0:
        raise GroovyThrowable("ArithmeticException", "BigInteger: modulus not positive")
    return value


def mod_inverse(self: object, *args: object) -> BigInteger:
    arity(args, 1)
    value, m = _big(self), _modulus(_arg(args[0]))
    if m == 1:
        return BigInteger(0)
    try:
        return BigInteger(pow(value, -1, m))
    except ValueError:
        raise GroovyThrowable("ArithmeticException", "BigInteger not invertible.") from None


def to_byte_array(self: object, *args: object) -> object:
    """The minimal big-endian two's complement bytes (a byte[] of signed values)."""
    arity(args, 0)
    value = _big(self)
    size = (value if value >= 0 else ~value).bit_length() // 8 + 1  # Java's bitLength()
    data = value.to_bytes(size, "big", signed=True)
    return make_array("byte", [b - 256 if b > 127 else b for b in data])


def _bit_count(value: int) -> int:
    return bin(value if value >= 0 else ~value).count("1")


def _lowest_set_bit(value: int) -> int:
    return (value & -value).bit_length() - 1


BIG_INTEGER_OPS = {
    "add": _binary(lambda a, b: a + b),
    "subtract": _binary(lambda a, b: a - b),
    "divide": _binary(_quotient),
    "remainder": _binary(_remainder),
    "divideAndRemainder": divide_and_remainder,
    "gcd": _binary(math.gcd),
    "andNot": _binary(lambda a, b: a & ~b),
    "min": _extreme(-1),
    "max": _extreme(1),
    "not": _unary(lambda v: BigInteger(~v)),
    "bitCount": _unary(_bit_count),
    "getLowestSetBit": _unary(_lowest_set_bit),
    "sqrt": _unary(lambda v: BigInteger(_sqrt(v))),
    "sqrtAndRemainder": _unary(
        lambda v: make_array(
            "java.math.BigInteger", [BigInteger(_sqrt(v)), BigInteger(v - _sqrt(v) ** 2)]
        )
    ),
    "shiftLeft": _shift(True),
    "shiftRight": _shift(False),
    "testBit": test_bit,
    "setBit": _bit(lambda v: v >= 0)(lambda v, n: v | (1 << n)),
    "clearBit": _bit(lambda v: v < 0)(lambda v, n: v & ~(1 << n)),
    "flipBit": _bit(lambda v: True)(lambda v, n: v ^ (1 << n)),
    "modInverse": mod_inverse,
    "toByteArray": to_byte_array,
}
