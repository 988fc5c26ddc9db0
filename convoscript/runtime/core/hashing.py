"""Java hashCode() of runtime values (32-bit wrapping arithmetic), as `x.hashCode()` returns it.

Strings hash their UTF-16 code units; numbers, booleans, characters, lists, sets, maps and map
entries follow the JDK formulas; GStrings and ranges follow Groovy's. Objects whose Java hash
is an identity hash get a stable per-object value.
"""

from __future__ import annotations

import math
import struct
from decimal import Decimal

from convoscript.runtime.core.gstring import gstring_text
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.types import MapEntry
from convoscript.runtime.model import budget
from convoscript.runtime.model.runcontext import identity_hash
from convoscript.runtime.model.values import (
    BigInteger,
    Char,
    EmptyRange,
    Float,
    GString,
    IntRange,
    Long,
)


def _int32(n: int) -> int:
    n &= 0xFFFFFFFF
    return n - 0x100000000 if n & 0x80000000 else n


def string_hash(text: str) -> int:
    """java.lang.String.hashCode()."""
    budget.current().tick(1 + len(text) // 64)
    h = 0
    data = text.encode("utf-16-le", "surrogatepass")
    for (unit,) in struct.iter_unpack("<H", data):
        h = (31 * h + unit) & 0xFFFFFFFF
    return _int32(h)


def long_hash(n: int) -> int:
    n &= 0xFFFFFFFFFFFFFFFF
    return _int32(n ^ (n >> 32))


def biginteger_hash(n: int) -> int:
    """java.math.BigInteger.hashCode(): over the big-endian 32-bit words of the magnitude."""
    mag = abs(n)
    words = []
    while mag:
        words.append(mag & 0xFFFFFFFF)
        mag >>= 32
    h = 0
    for word in reversed(words):
        h = (31 * h + word) & 0xFFFFFFFF
    sign = (n > 0) - (n < 0)
    return _int32(_int32(h) * sign)


def double_hash(x: float) -> int:
    if math.isnan(x):
        bits = 0x7FF8000000000000
    else:
        (bits,) = struct.unpack("<q", struct.pack("<d", x))
    return long_hash(bits)


def float_hash(x: float) -> int:
    if math.isnan(x):
        return 0x7FC00000
    (bits,) = struct.unpack("<i", struct.pack("<f", x))
    return bits


def decimal_hash(d: Decimal) -> int:
    """java.math.BigDecimal.hashCode(): 31 * unscaledValue.hashCode() + scale."""
    sign, digits, exponent = d.as_tuple()
    unscaled = int("".join(map(str, digits)) or "0")
    if sign:
        unscaled = -unscaled
    return _int32(31 * biginteger_hash(unscaled) + (-int(exponent)))


def _number_hash(value: object) -> int:
    t = type(value)
    if t is int:
        return value  # type: ignore[return-value]
    if t is Long:
        return long_hash(value)  # type: ignore[arg-type]
    if t is BigInteger:
        return biginteger_hash(value)  # type: ignore[arg-type]
    if t is Float:
        return float_hash(value)  # type: ignore[arg-type]
    if t is float:
        return double_hash(value)  # type: ignore[arg-type]
    return decimal_hash(value)  # type: ignore[arg-type]


def java_hash(value: object) -> int:
    """The Java hashCode() of any runtime value."""
    if value is None:
        return 0
    t = type(value)
    if t is bool:
        return 1231 if value else 1237
    if t is str:
        return string_hash(value)  # type: ignore[arg-type]
    if t is Char:
        return ord(value)  # type: ignore[arg-type]
    if isinstance(value, (int, float, Decimal)):
        return _number_hash(value)
    if t is GString:
        return _int32(37 + string_hash(gstring_text(value)))  # type: ignore[arg-type]
    if isinstance(value, IntRange):
        return _range_hash(value)
    if isinstance(value, list) and not getattr(t, "java_identity", False):
        return _list_hash(value)
    if isinstance(value, dict):
        return _map_hash(value)  # type: ignore[arg-type]
    if isinstance(value, GSet):
        budget.current().tick(len(value))  # type: ignore[arg-type]
        return _int32(sum(java_hash(item) for item in value))  # type: ignore[attr-defined]
    if t is MapEntry:
        return _int32(java_hash(value.key) ^ java_hash(value.value))  # type: ignore[attr-defined]
    custom = getattr(value, "groovy_hash_code", None)
    if custom is not None:
        return custom()

    return identity_hash(value)


def hash_bucket(value: object, capacity: int) -> int:
    """The bucket of `value` in a java.util.HashMap table of `capacity` (a power of two): its
    hashCode spread by HashMap.hash() and masked. HashMap and HashSet iterate by bucket."""
    h = java_hash(value) & 0xFFFFFFFF
    return (h ^ (h >> 16)) & (capacity - 1)


def _list_hash(items: list) -> int:
    budget.current().tick(len(items))
    h = 1
    for item in items:
        h = (31 * h + java_hash(item)) & 0xFFFFFFFF
    return _int32(h)


def _map_hash(m: dict) -> int:
    budget.current().tick(len(m))
    return _int32(sum(java_hash(k) ^ java_hash(v) for k, v in m.items()))


def _range_hash(r: IntRange) -> int:
    """groovy.lang.IntRange.hashCode(): ((from + to + 1) * (from + to)) / 2 + to."""
    if isinstance(r, EmptyRange):
        return 1  # an empty List's hash
    low, high = r.low, r.high
    return _int32(((low + high + 1) * (low + high)) // 2 + high)
