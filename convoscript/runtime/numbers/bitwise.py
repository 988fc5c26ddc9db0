"""Groovy's bitwise operators and shifts on integral numbers: ~ & | ^ << >> >>>."""

from __future__ import annotations

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Long
from convoscript.runtime.numbers.failures import unsupported_operation
from convoscript.runtime.numbers.kinds import java_class_name, rank, wrap32, wrap64
from convoscript.runtime.numbers.tostring import to_java_string


def bitwise_negate(a):
    """Groovy `~a` for integral numbers."""
    t = type(a)
    if t is int:
        return ~a
    if t is Long:
        return Long(~a)
    if t is BigInteger:
        return BigInteger(~a)
    rank(a)
    raise unsupported_operation("bitwiseNegate", a)


def _bitwise(op: str, a, b):
    k = max(rank(a), rank(b))
    if k >= 3:
        raise unsupported_operation(op, a)
    x, y = int(a), int(b)
    r = x & y if op == "and" else (x | y if op == "or" else x ^ y)
    if k == 2:
        return BigInteger(r)
    if k == 1:
        return Long(r)
    return r


def and_(a, b):
    """Groovy `a & b`."""
    if type(a) is int and type(b) is int:
        return a & b
    return _bitwise("and", a, b)


def or_(a, b):
    """Groovy `a | b`."""
    if type(a) is int and type(b) is int:
        return a | b
    return _bitwise("or", a, b)


def xor(a, b):
    """Groovy `a ^ b`."""
    if type(a) is int and type(b) is int:
        return a ^ b
    return _bitwise("xor", a, b)


def _shift_operands(op: str, a, b) -> tuple[int, int]:
    """(rank of the left operand, distance as Java intValue) after Groovy's checks."""
    rb = rank(b)
    if rb >= 3:
        raise GroovyThrowable(
            "UnsupportedOperationException",
            f"Shift distance must be an integral type, but {to_java_string(b)} "
            f"({java_class_name(b)}) was supplied",
        )
    ra = rank(a)
    if ra >= 2:
        raise unsupported_operation(op, a)
    return ra, wrap32(int(b))


def left_shift(a, b):
    """Groovy `a << b`: the left operand's type decides (Integer masks the distance by 31)."""
    if type(a) is int and type(b) is int:
        return wrap32(a << (b & 31))
    ra, n = _shift_operands("leftShift", a, b)
    if ra == 0:
        return wrap32(int(a) << (n & 31))
    return Long(wrap64(int(a) << (n & 63)))


def right_shift(a, b):
    """Groovy `a >> b` (arithmetic)."""
    if type(a) is int and type(b) is int:
        return a >> (b & 31)
    ra, n = _shift_operands("rightShift", a, b)
    if ra == 0:
        return int(a) >> (n & 31)
    return Long(int(a) >> (n & 63))


def unsigned_right_shift(a, b):
    """Groovy `a >>> b` (logical)."""
    if type(a) is int and type(b) is int:
        return wrap32((a & 0xFFFFFFFF) >> (b & 31))
    ra, n = _shift_operands("rightShiftUnsigned", a, b)
    if ra == 0:
        return wrap32((int(a) & 0xFFFFFFFF) >> (n & 31))
    return Long(wrap64((int(a) & 0xFFFFFFFFFFFFFFFF) >> (n & 63)))
