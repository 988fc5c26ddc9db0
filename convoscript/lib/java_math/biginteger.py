"""java.math.BigInteger: its methods (signum, negate, bitLength, toString(radix)), its statics
(valueOf, ONE, ZERO, TEN, TWO) and its constructor (`new BigInteger(text[, radix])`).

The value is runtime.model's `BigInteger`; its arithmetic is runtime.numbers', and the methods
every number has are the Number GDK (gdk/numbers.py, next in the dispatch chain).
"""

from __future__ import annotations

from convoscript.lib.gdk.numbers import _n, _unary
from convoscript.lib.java_lang.boxes import in_radix
from convoscript.lib.java_math.biginteger_ops import BIG_INTEGER_OPS
from convoscript.lib.java_util.randoms import JavaRandom
from convoscript.runtime import numbers
from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Long


def _big_integer_value_of(*args: object) -> BigInteger:
    arity(args, 1)
    if type(args[0]) not in (int, Long):
        raise NoSignature
    return BigInteger(int(args[0]))  # type: ignore[call-overload]


def new_big_integer(*args: object) -> BigInteger:
    """new BigInteger(text[, radix]), (bytes[, off, len]), (signum, magnitude[, off, len]),
    (numBits, random)."""
    arity(args, 1, 2, 3, 4, 5)
    first = args[0]
    if _is_bytes(first):
        return _from_twos_complement(first, *args[1:])  # type: ignore[arg-type]
    if type(first) is int and len(args) in (2, 4) and _is_bytes(args[1]):
        return _from_sign_magnitude(first, args[1], *args[2:])  # type: ignore[arg-type]
    if type(first) is int and len(args) == 2 and isinstance(args[1], JavaRandom):
        return _random_bits(first, args[1])
    if len(args) > 2:
        raise NoSignature
    radix = as_int(args[1]) if len(args) == 2 else 10
    return numbers.to_biginteger_from_string(as_str(first), radix)


def _is_bytes(value: object) -> bool:
    return isinstance(value, JavaArray) and value.java_class == "byte[]"


def _range(data: JavaArray, bounds: tuple) -> tuple[int, int]:
    """(off, len) of the bytes read, checked as Objects.checkFromIndexSize."""
    if not bounds:
        return 0, len(data)
    if len(bounds) != 2 or any(type(b) is not int for b in bounds):
        raise NoSignature
    off, size = bounds
    if off < 0 or size < 0 or off + size > len(data):
        raise GroovyThrowable(
            "IndexOutOfBoundsException",
            f"Range [{off}, {off} + {size}) out of bounds for length {len(data)}",
        )
    return off, size


def _bytes(data: JavaArray, off: int, size: int) -> bytes:
    budget.current().check_number_bits(size * 8)
    return bytes(int(b) & 0xFF for b in data[off : off + size])


def _from_twos_complement(data: JavaArray, *bounds: object) -> BigInteger:
    """new BigInteger(byte[] val[, off, len]): big-endian two's complement."""
    if not data:
        raise GroovyThrowable("NumberFormatException", "Zero length BigInteger")
    off, size = _range(data, bounds)
    if off >= len(data):  # Java reads val[off] first
        raise GroovyThrowable(
            "ArrayIndexOutOfBoundsException", f"Index {off} out of bounds for length {len(data)}"
        )
    return BigInteger(int.from_bytes(_bytes(data, off, size), "big", signed=True))


def _from_sign_magnitude(signum: int, data: JavaArray, *bounds: object) -> BigInteger:
    """new BigInteger(int signum, byte[] magnitude[, off, len])."""
    if not -1 <= signum <= 1:
        raise GroovyThrowable("NumberFormatException", "Invalid signum value")
    off, size = _range(data, bounds)
    magnitude = int.from_bytes(_bytes(data, off, size), "big")
    if magnitude and signum == 0:
        raise GroovyThrowable("NumberFormatException", "signum-magnitude mismatch")
    return BigInteger(signum * magnitude)


def _random_bits(bits: int, rnd: JavaRandom) -> BigInteger:
    """new BigInteger(numBits, rnd): uniform in [0, 2^numBits), from rnd.nextBytes."""
    if bits < 0:
        raise GroovyThrowable("IllegalArgumentException", "numBits must be non-negative")
    budget.current().check_number_bits(bits)
    count = (bits + 7) // 8
    if not count:
        return BigInteger(0)
    data = bytearray(rnd.next_bytes(count))
    data[0] &= (1 << (8 - (8 * count - bits))) - 1  # keep numBits bits
    return BigInteger(int.from_bytes(data, "big"))


def signum(self: object, *args: object) -> int:
    arity(args, 0)
    d = _n(self)
    return (d > 0) - (d < 0)  # type: ignore[operator]


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
        return numbers.to_java_string(value)
    radix = as_int(args[0])
    return in_radix(int(value), radix if 2 <= radix <= 36 else 10)  # type: ignore[call-overload]


def _big(self: object) -> int:
    if type(self) is not BigInteger:
        raise NoSignature
    return int(self)  # type: ignore[call-overload]


def big_integer_pow(self: object, *args: object) -> BigInteger:
    """BigInteger.pow(n): n >= 0 ("Negative exponent"); the result's size is asked first."""
    arity(args, 1)
    value = _big(self)
    if type(args[0]) is not int:
        raise NoSignature
    n: int = args[0]  # type: ignore[assignment]
    if n < 0:
        raise GroovyThrowable("ArithmeticException", "Negative exponent")
    if abs(value) > 1:
        budget.current().check_number_bits(value.bit_length() * n)
    return BigInteger(value**n)


def _value_exact(bits: int, kind: str):
    """BigInteger.intValueExact / longValueExact: "BigInteger out of int range" beyond it."""

    def method(self: object, *args: object) -> object:
        arity(args, 0)
        value = _big(self)
        if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
            raise GroovyThrowable("ArithmeticException", f"BigInteger out of {kind} range")
        return value if bits == 32 else Long(value)

    return method


METHODS = {
    "BigInteger": {
        **BIG_INTEGER_OPS,
        "pow": big_integer_pow,
        "intValueExact": _value_exact(32, "int"),
        "longValueExact": _value_exact(64, "long"),
        "signum": signum,
        "negate": _unary(numbers.negate),
        "bitLength": bit_length,
        "toString": big_integer_to_string,
    },
}
STATIC_METHODS = {"java.math.BigInteger": {"valueOf": _big_integer_value_of}}
STATIC_FIELDS = {
    "java.math.BigInteger": {
        "ONE": BigInteger(1),
        "ZERO": BigInteger(0),
        "TEN": BigInteger(10),
        "TWO": BigInteger(2),
    },
}
CONSTRUCTORS = {"java.math.BigInteger": new_big_integer}
DEFAULT_IMPORTS = {"BigInteger": "java.math.BigInteger"}
