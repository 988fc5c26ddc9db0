"""Groovy 2.4's number tower as pure functions over the Python value representation.

Integer = int (32-bit), Long = values.Long, BigInteger = values.BigInteger, Float = values.Float,
Double = float, BigDecimal = decimal.Decimal (see values.py). bool is never a number here.

Every behaviour below was checked against real Groovy 2.4.21 on JDK 17 with *dynamically typed*
operands (`def` variables), which is what flow scripts use. Notable rules (Groovy's NumberMath):

* Promotion for + - * and comparisons: Integer < Long < BigInteger < BigDecimal < Double; a Float
  operand computes as Double (`1.5f + 1.5f` is the Double 3.0). Integer and Long wrap like Java.
* `/` on Integer/Long/BigInteger/BigDecimal gives a BigDecimal: exact when the quotient
  terminates (Java `divide`, preferred scale), else max(precisions)+10 significant digits
  (HALF_UP) with the scale capped at max(scales, 10).
* `%` is Java's remainder for Integer/Long, `BigInteger.mod` (never negative; divisor must be
  positive) when a BigInteger is involved, fmod for Double/Float; BigDecimal has no `%`.
* `intdiv` truncates for integral types only; shifts use the *left* operand's type (`1 << 33L` is
  the Integer 2) and BigInteger shifts are unsupported in 2.4.
* `**` dispatches on the runtime types to DGM's power(Integer,Integer), power(Long,Integer),
  power(BigInteger,Integer), power(BigInteger,BigInteger), power(BigDecimal,Integer), or the
  generic power(Number,Number) = Math.pow narrowed to Integer/Long when the double is integral
  (`4 ** 0.5` is the Integer 2).
* `==`/`<=>` between numbers use Double.compare semantics once a Double is involved (NaN == NaN,
  0.0 != -0.0); the relational operators compare two Doubles with IEEE rules instead (see `lt`).
* Double.toString/Float.toString are ports of JDK 17's FloatingDecimal (not the shortest repr:
  `2.0014080846294872E16`).

Caveats: Groovy's compiler takes a primitive fast path when *both* operands are literals or
typed primitives (`1 << 33L` written with literals is the Long 8589934592); these functions give
the dynamic result. Math.pow is C pow here; HotSpot's intrinsic differs by one ulp in about 0.1%
of non-exact results. A Float must hold a value already rounded to 32 bits (see `to_float`).

Size safety: anything that can grow a BigInteger/BigDecimal asks
`budget.current().check_number_bits(bits)` before computing it, and every BigDecimal created
(literal, parse or result) is kept under the digit limit counting precision + |exponent|, so its
plain form or integer value can always be produced later. Python's int->str digit limit is never
hit: large integers are printed through Decimal.
"""

from __future__ import annotations

import builtins
import decimal
import math
import re
import struct
import unicodedata
from decimal import Decimal

from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable, no_signature
from convoscript.runtime.model.values import BigInteger, Float, Long

__all__ = [
    "abs",
    "and_",
    "bitwise_negate",
    "compare",
    "div",
    "double_to_string",
    "double_value",
    "equals",
    "float_to_string",
    "float_value",
    "ge",
    "gt",
    "int_value",
    "intdiv",
    "is_integral",
    "java_class_name",
    "java_trim",
    "le",
    "left_shift",
    "long_value",
    "lt",
    "minus",
    "mod",
    "multiply",
    "negate",
    "not_equals",
    "or_",
    "parse_double",
    "parse_float",
    "parse_int",
    "parse_literal",
    "parse_long",
    "plus",
    "positive",
    "power",
    "right_shift",
    "round",
    "set_scale",
    "string_is_bigdecimal",
    "string_is_biginteger",
    "string_is_double",
    "string_is_float",
    "string_is_integer",
    "string_is_long",
    "string_is_number",
    "string_to_bigdecimal",
    "string_to_biginteger",
    "string_to_double",
    "string_to_float",
    "string_to_integer",
    "string_to_long",
    "to_bigdecimal",
    "to_bigdecimal_from_string",
    "to_biginteger",
    "to_biginteger_from_string",
    "to_double",
    "to_float",
    "to_int",
    "to_java_string",
    "to_long",
    "type_name",
    "unsigned_right_shift",
    "xor",
]

_babs = builtins.abs

INT_MIN, INT_MAX = -0x80000000, 0x7FFFFFFF
LONG_MIN, LONG_MAX = -0x8000000000000000, 0x7FFFFFFFFFFFFFFF

# Exact decimal arithmetic: additions, multiplications, quantize never round.
_CTX = decimal.Context(
    prec=decimal.MAX_PREC,
    rounding=decimal.ROUND_HALF_UP,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
_DIV_CTX: dict[int, decimal.Context] = {}

# Type ranks for Groovy's promotion: Integer, Long, BigInteger, BigDecimal, floating point.
_RANK = {int: 0, Long: 1, BigInteger: 2, Decimal: 3, float: 4, Float: 4}

_JAVA_CLASS = {
    int: "java.lang.Integer",
    Long: "java.lang.Long",
    BigInteger: "java.math.BigInteger",
    Decimal: "java.math.BigDecimal",
    float: "java.lang.Double",
    Float: "java.lang.Float",
}
_TYPE_NAME = {
    int: "Integer",
    Long: "Long",
    BigInteger: "BigInteger",
    Decimal: "BigDecimal",
    float: "Double",
    Float: "Float",
}


def _rank(x: object) -> int:
    try:
        return _RANK[type(x)]
    except KeyError:
        raise TypeError(f"not a Groovy number: {type(x).__name__}") from None


def _wrap32(v: int) -> int:
    return ((v + 0x80000000) & 0xFFFFFFFF) - 0x80000000


def _wrap64(v: int) -> int:
    return ((v + 0x8000000000000000) & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def _check_bits(bits: int) -> None:
    budget.current().check_number_bits(bits)


def _arith(message: str) -> GroovyThrowable:
    return GroovyThrowable("ArithmeticException", message)


def _nfe(message: str | None) -> GroovyThrowable:
    return GroovyThrowable("NumberFormatException", message)


def _unsupported(operation: str, left: object) -> GroovyThrowable:
    return GroovyThrowable(
        "UnsupportedOperationException",
        f"Cannot use {operation}() on this number type: {java_class_name(left)} "
        f"with value: {to_java_string(left)}",
    )


def _fix_zero(d: Decimal) -> Decimal:
    """Java BigDecimal has no negative zero."""
    if d.is_zero() and d.is_signed():
        return d.copy_abs()
    return d


# ---------------------------------------------------------------------------------------------
# Conversions between representations (Java xxxValue() semantics)
# ---------------------------------------------------------------------------------------------


def _int_to_double(v: int) -> float:
    try:
        return float(v)
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def _to_d(x: object) -> float:
    """Number.doubleValue()."""
    t = type(x)
    if t is float:
        return x  # type: ignore[return-value]
    if t is int or t is Long:
        return float(x)  # type: ignore[arg-type]
    if t is Float:
        return _f32(x)  # type: ignore[arg-type]  (also rounds a carelessly built Float)
    if t is BigInteger:
        return _int_to_double(x)  # type: ignore[arg-type]
    if t is Decimal:
        return float(x)  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def _to_dec(x: object) -> Decimal:
    """BigDecimalMath.toBigDecimal for integral operands (new BigDecimal(n.toString()))."""
    if type(x) is Decimal:
        return x  # type: ignore[return-value]
    return Decimal(int(x))  # type: ignore[arg-type]


def _dec_parts(d: Decimal) -> tuple[int, int]:
    """(precision, exponent) of a BigDecimal (exponent = -scale)."""
    t = d.as_tuple()
    return len(t.digits), t.exponent  # type: ignore[return-value]


def _unscaled(d: Decimal) -> tuple[int, int]:
    """(signed unscaled value, exponent)."""
    exp = d.as_tuple().exponent
    return int(_CTX.scaleb(d, -exp)), exp  # type: ignore[arg-type, operator]


def _dec_from(coefficient: int, exponent: int) -> Decimal:
    if coefficient == 0:
        return Decimal((0, (0,), exponent))
    return _CTX.scaleb(Decimal(coefficient), exponent)


def _dec_size(d: Decimal) -> int:
    """About the number of digits of `d` written without exponent (precision + |exponent|).

    Every BigDecimal a run creates is kept under the budget's digit limit by this measure, so
    that printing it plainly or converting it to an integer later can never explode.
    """
    n, e = _dec_parts(d)
    return n + _babs(e)


def _check_dec_digits(digits: int) -> None:
    if digits > 300:
        _check_bits(int(digits * 3.3219280948873626) + 1)


def sized_number(value: object) -> object:
    """A big number literal, checked against the run's digit limit when the script uses it."""
    if isinstance(value, Decimal):
        _check_dec_digits(_dec_size(value))
    elif isinstance(value, int):
        _check_bits(value.bit_length())
    return value


def _checked(d: Decimal) -> Decimal:
    """Normalise a computed BigDecimal (no negative zero) and enforce the size budget."""
    t = d.as_tuple()
    size = len(t.digits) + _babs(t.exponent)  # type: ignore[arg-type]
    if size > 300:
        _check_dec_digits(size)
    if t.sign and d.is_zero():
        return d.copy_abs()
    return d


def _f32(x: float) -> float:
    """Round a double to the nearest float (Java (float) cast)."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.inf if x > 0 else -math.inf


def _f32_ratio(num: int, den: int) -> float:
    """The float nearest num/den (den > 0), ties to even: one correct rounding."""
    if num == 0:
        return 0.0
    neg = num < 0
    if neg:
        num = -num
    e = num.bit_length() - den.bit_length() - 24
    while True:
        qn, qd = (num, den << e) if e >= 0 else (num << -e, den)
        if qn >= qd << 24:
            e += 1
        elif qn < qd << 23:
            e -= 1
        else:
            break
    if e < -149:
        e = -149
        qn, qd = num << 149, den
    q, r = divmod(qn, qd)
    if 2 * r > qd or (2 * r == qd and q & 1):
        q += 1
    if q.bit_length() + e > 128:
        value = math.inf
    else:
        value = math.ldexp(q, e)
    return -value if neg else value


def _f32_from_int(v: int) -> float:
    if -(1 << 24) <= v <= (1 << 24):
        return float(v)
    return _f32_ratio(v, 1)


def _f32_from_decimal(d: Decimal) -> float:
    if d.is_zero():
        return 0.0
    adj = d.adjusted()
    if adj > 39:
        return -math.inf if d.is_signed() else math.inf
    if adj < -47:
        return -0.0 if d.is_signed() else 0.0
    num, den = d.as_integer_ratio()
    return _f32_ratio(num, den)


def to_int(n: object) -> int:
    """Number.intValue(): Java narrowing (wraps integers, truncates and saturates floats)."""
    t = type(n)
    if t is int:
        return n  # type: ignore[return-value]
    if t is Long or t is BigInteger:
        return _wrap32(n)  # type: ignore[arg-type]
    if t is float or t is Float:
        return _d2i(n)  # type: ignore[arg-type]
    if t is Decimal:
        return _wrap32(_dec_trunc_low(n))  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def to_long(n: object) -> Long:
    """Number.longValue()."""
    t = type(n)
    if t is int:
        return Long(n)  # type: ignore[arg-type]
    if t is Long:
        return n  # type: ignore[return-value]
    if t is BigInteger:
        return Long(_wrap64(n))  # type: ignore[arg-type]
    if t is float or t is Float:
        return Long(_d2l(n))  # type: ignore[arg-type]
    if t is Decimal:
        return Long(_wrap64(_dec_trunc_low(n)))  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def _dec_trunc_low(d: Decimal) -> int:
    """The truncated integer value of `d`, correct modulo 2**64 (BigDecimal.longValue)."""
    if d.is_zero() or d.adjusted() < 0:
        return 0
    if d.as_tuple().exponent >= 64:  # type: ignore[operator]
        return 0  # a multiple of 10**64, hence of 2**64
    return int(d)


def _d2i(x: float) -> int:
    if math.isnan(x):
        return 0
    if x >= 2147483647.0:
        return INT_MAX
    if x <= -2147483648.0:
        return INT_MIN
    return int(x)


def _d2l(x: float) -> int:
    if math.isnan(x):
        return 0
    if x >= 9.223372036854775807e18:
        return LONG_MAX
    if x <= -9.223372036854775808e18:
        return LONG_MIN
    return int(x)


def to_biginteger(n: object) -> BigInteger:
    """`n as BigInteger` / toBigInteger(): truncates; NaN and infinities are refused."""
    t = type(n)
    if t is int or t is Long:
        return BigInteger(n)  # type: ignore[arg-type]
    if t is BigInteger:
        return n  # type: ignore[return-value]
    if t is float or t is Float:
        if not math.isfinite(n):  # type: ignore[arg-type]
            raise _nfe("Infinite or NaN")
        return BigInteger(int(n))  # type: ignore[arg-type]
    if t is Decimal:
        adj = n.adjusted()  # type: ignore[union-attr]
        if adj > 300:
            _check_bits(int(adj * 3.3219280948873626) + 1)
        return BigInteger(int(n))  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def to_double(n: object) -> float:
    """Number.doubleValue(): a Double (plain float)."""
    return _to_d(n)


def to_float(n: object) -> Float:
    """Number.floatValue(): one correct rounding to a 32-bit float."""
    t = type(n)
    if t is Float:
        return n  # type: ignore[return-value]
    if t is float:
        return Float(_f32(n))  # type: ignore[arg-type]
    if t is int or t is Long or t is BigInteger:
        return Float(_f32_from_int(n))  # type: ignore[arg-type]
    if t is Decimal:
        return Float(_f32_from_decimal(n))  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


def to_bigdecimal(n: object) -> Decimal:
    """DGM toBigDecimal(Number) / `as BigDecimal`: Double and Float go through their toString
    (`0.1d` gives 0.1, `1e20d` gives 1.0E+20, NaN fails like `new BigDecimal("NaN")`)."""
    t = type(n)
    if t is Decimal:
        return n  # type: ignore[return-value]
    if t is int or t is Long or t is BigInteger:
        return Decimal(int(n))  # type: ignore[arg-type]
    if t is float or t is Float:
        return to_bigdecimal_from_string(to_java_string(n))
    raise TypeError(f"not a Groovy number: {t.__name__}")


int_value = to_int
long_value = to_long
double_value = to_double
float_value = to_float


def type_name(n: object) -> str:
    """Simple Java class name: Integer, Long, BigInteger, Float, Double or BigDecimal."""
    try:
        return _TYPE_NAME[type(n)]
    except KeyError:
        raise TypeError(f"not a Groovy number: {type(n).__name__}") from None


def java_class_name(n: object) -> str:
    """Fully qualified Java class name (java.lang.Integer ...)."""
    try:
        return _JAVA_CLASS[type(n)]
    except KeyError:
        raise TypeError(f"not a Groovy number: {type(n).__name__}") from None


def is_integral(n: object) -> bool:
    """True for Integer, Long and BigInteger values."""
    t = type(n)
    return t is int or t is Long or t is BigInteger


# ---------------------------------------------------------------------------------------------
# toString
# ---------------------------------------------------------------------------------------------

_STR_DIRECT_BITS = 13000  # well under Python's 4300-digit int->str limit


def to_java_string(n: object) -> str:
    """Java toString() of the boxed number."""
    t = type(n)
    if t is int:
        return int.__repr__(n)  # type: ignore[arg-type]
    if t is float:
        return double_to_string(n)  # type: ignore[arg-type]
    if t is Long or t is BigInteger:
        if n.bit_length() <= _STR_DIRECT_BITS:  # type: ignore[union-attr]
            return int.__repr__(n)  # type: ignore[arg-type]
        _check_bits(n.bit_length())  # type: ignore[union-attr]
        return str(Decimal(int(n)))  # type: ignore[arg-type]
    if t is Decimal:
        return str(_fix_zero(n))  # type: ignore[arg-type]
    if t is Float:
        return float_to_string(n)  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


# Port of JDK 17 jdk.internal.math.FloatingDecimal.BinaryToASCIIBuffer (dtoa + getChars).
# Java's Double.toString is *not* always the shortest round-trip string before JDK 19, e.g.
# 2.0014080846294872E16 and 4.9E-324, so Python's repr cannot be used directly.

_N_5_BITS = (
    0,
    3,
    5,
    7,
    10,
    12,
    14,
    17,
    19,
    21,
    24,
    26,
    28,
    31,
    33,
    35,
    38,
    40,
    42,
    45,
    47,
    49,
    52,
    54,
    56,
    59,
    61,
)
_INSIGNIFICANT = (
    0,
    0,
    0,
    0,
    1,
    1,
    1,
    2,
    2,
    2,
    3,
    3,
    3,
    3,
    4,
    4,
    4,
    5,
    5,
    5,
    6,
    6,
    6,
    6,
    7,
    7,
    7,
    8,
    8,
    8,
    9,
    9,
    9,
    9,
    10,
    10,
    10,
    11,
    11,
    11,
    12,
    12,
    12,
    12,
    13,
    13,
    13,
    14,
    14,
    14,
    15,
    15,
    15,
    15,
    16,
    16,
    16,
    17,
    17,
    17,
    18,
    18,
    18,
    19,
)


def _jwrap32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - 0x100000000 if v & 0x80000000 else v


def _jwrap64(v: int) -> int:
    v &= 0xFFFFFFFFFFFFFFFF
    return v - 0x10000000000000000 if v & 0x8000000000000000 else v


def _dtoa(binexp: int, fract: int, nsig: int) -> tuple[str, int]:
    """Digits and decimal exponent (value = 0.DIGITS * 10**decexp) as JDK 17 computes them."""
    tail = (fract & -fract).bit_length() - 1
    nfract = 53 - tail
    ntiny = max(0, nfract - binexp - 1)
    if -21 <= binexp <= 62 and ntiny == 0 and nfract < 64:
        # Easy case: an integer that fits in a long.
        insig = 0
        if binexp > nsig:
            p2 = binexp - nsig - 1
            if 1 < p2 < len(_INSIGNIFICANT):
                insig = _INSIGNIFICANT[p2]
        lv = fract << (binexp - 52) if binexp >= 52 else fract >> (52 - binexp)
        dexp = 0
        if insig:
            p10 = 10**insig
            residue = lv % p10
            lv //= p10
            dexp = insig
            if residue >= p10 >> 1:
                lv += 1
        s = str(lv)
        stripped = s.rstrip("0")
        return stripped, dexp + len(s)
    d2 = struct.unpack("<d", struct.pack("<Q", 0x3FF0000000000000 | (fract & 0xFFFFFFFFFFFFF)))[0]
    dexp = math.floor((d2 - 1.5) * 0.289529654 + 0.176091259 + binexp * 0.301029995663981)
    b5 = max(0, -dexp)
    b2 = b5 + ntiny + binexp
    s5 = max(0, dexp)
    s2 = s5 + ntiny
    m5 = b5
    m2 = b2 - nsig
    fract >>= tail
    b2 -= nfract - 1
    common = min(b2, s2)
    b2 -= common
    s2 -= common
    m2 -= common
    if nfract == 1:
        m2 -= 1
    if m2 < 0:
        b2 -= m2
        s2 -= m2
        m2 = 0
    bbits = nfract + b2 + (_N_5_BITS[b5] if b5 < len(_N_5_BITS) else b5 * 3)
    tensbits = s2 + 1 + (_N_5_BITS[s5 + 1] if s5 + 1 < len(_N_5_BITS) else (s5 + 1) * 3)
    digits: list[int] = []
    if bbits < 64 and tensbits < 64:
        wrap = _jwrap32 if (bbits < 32 and tensbits < 32) else _jwrap64
        b = fract * 5**b5 << b2
        s = 5**s5 << s2
        m = 5**m5 << m2
        tens = s * 10
        q, b = divmod(b, s)
        b *= 10
        m = wrap(m * 10)
        low = b < m
        high = wrap(b + m) > tens
        if q == 0 and not high:
            dexp -= 1
        else:
            digits.append(q)
        if dexp < -3 or dexp >= 8:
            high = low = False
        while not low and not high:
            q, b = divmod(b, s)
            b *= 10
            m = wrap(m * 10)
            if m > 0:
                low = b < m
                high = wrap(b + m) > tens
            else:
                low = high = True
            digits.append(q)
        lowdiff = wrap(wrap(b << 1) - tens)
    else:
        big_s = 5**s5 << s2
        big_b = fract * 5**b5 << b2
        big_m = 5 ** (m5 + 1) << (m2 + 1)
        ten_s = big_s * 10
        q, big_b = divmod(big_b, big_s)
        big_b *= 10
        low = big_b < big_m
        high = big_b + big_m >= ten_s
        if q == 0 and not high:
            dexp -= 1
        else:
            digits.append(q)
        if dexp < -3 or dexp >= 8:
            high = low = False
        while not low and not high:
            q, big_b = divmod(big_b, big_s)
            big_b *= 10
            big_m *= 10
            low = big_b < big_m
            high = big_b + big_m >= ten_s
            digits.append(q)
        lowdiff = ((big_b << 1) - ten_s) if (high and low) else 0
    decexp = dexp + 1
    if high and (not low or lowdiff > 0 or (lowdiff == 0 and digits[-1] & 1)):
        i = len(digits) - 1
        while i > 0 and digits[i] == 9:
            digits[i] = 0
            i -= 1
        if digits[i] == 9:
            decexp += 1
            digits[0] = 1
        else:
            digits[i] += 1
    return "".join(map(str, digits)), decexp


def _java_chars(neg: int, digits: str, decexp: int) -> str:
    n = len(digits)
    sign = "-" if neg else ""
    if 0 < decexp < 8:
        if n <= decexp:
            return f"{sign}{digits}{'0' * (decexp - n)}.0"
        return f"{sign}{digits[:decexp]}.{digits[decexp:]}"
    if -3 < decexp <= 0:
        return f"{sign}0.{'0' * -decexp}{digits}"
    return f"{sign}{digits[0]}.{digits[1:] if n > 1 else '0'}E{decexp - 1}"


def double_to_string(x: float) -> str:
    """Java Double.toString (JDK 17 algorithm)."""
    bits = struct.unpack("<Q", struct.pack("<d", x))[0]
    neg = bits >> 63
    fract = bits & 0xFFFFFFFFFFFFF
    binexp = (bits >> 52) & 0x7FF
    if binexp == 0x7FF:
        return "NaN" if fract else ("-Infinity" if neg else "Infinity")
    if binexp == 0:
        if fract == 0:
            return "-0.0" if neg else "0.0"
        shift = 53 - fract.bit_length()
        fract <<= shift
        binexp = 1 - shift
        nsig = 53 - shift
    else:
        fract |= 1 << 52
        nsig = 53
    digits, decexp = _dtoa(binexp - 1023, fract, nsig)
    return _java_chars(neg, digits, decexp)


def float_to_string(x: float) -> str:
    """Java Float.toString (JDK 17 algorithm) of a value already rounded to float."""
    bits = struct.unpack("<I", struct.pack("<f", x))[0]
    neg = bits >> 31
    fract = bits & 0x7FFFFF
    binexp = (bits >> 23) & 0xFF
    if binexp == 0xFF:
        return "NaN" if fract else ("-Infinity" if neg else "Infinity")
    if binexp == 0:
        if fract == 0:
            return "-0.0" if neg else "0.0"
        shift = 24 - fract.bit_length()
        fract <<= shift
        binexp = 1 - shift
        nsig = 24 - shift
    else:
        fract |= 1 << 23
        nsig = 24
    digits, decexp = _dtoa(binexp - 127, fract << 29, nsig)
    return _java_chars(neg, digits, decexp)


# ---------------------------------------------------------------------------------------------
# Arithmetic
# ---------------------------------------------------------------------------------------------


def plus(a, b):
    """Groovy `a + b` for numbers."""
    if type(a) is int and type(b) is int:
        r = a + b
        if -0x80000000 <= r <= 0x7FFFFFFF:
            return r
        return ((r + 0x80000000) & 0xFFFFFFFF) - 0x80000000
    if type(a) is float and type(b) is float:
        return a + b
    k = max(_rank(a), _rank(b))
    if k == 4:
        return _to_d(a) + _to_d(b)
    if k == 3:
        return _dec_add(_to_dec(a), _to_dec(b))
    if k == 2:
        return BigInteger(int(a) + int(b))
    return Long(_wrap64(int(a) + int(b)))


def minus(a, b):
    """Groovy `a - b` for numbers."""
    if type(a) is int and type(b) is int:
        r = a - b
        if -0x80000000 <= r <= 0x7FFFFFFF:
            return r
        return ((r + 0x80000000) & 0xFFFFFFFF) - 0x80000000
    if type(a) is float and type(b) is float:
        return a - b
    k = max(_rank(a), _rank(b))
    if k == 4:
        return _to_d(a) - _to_d(b)
    if k == 3:
        return _dec_add(_to_dec(a), _to_dec(b).copy_negate())
    if k == 2:
        return BigInteger(int(a) - int(b))
    return Long(_wrap64(int(a) - int(b)))


def _dec_add(x: Decimal, y: Decimal) -> Decimal:
    gap = _babs(x.adjusted() - y.adjusted())
    if gap > 300:
        _check_dec_digits(gap)
    return _checked(_CTX.add(x, y))


def multiply(a, b):
    """Groovy `a * b` for numbers."""
    if type(a) is int and type(b) is int:
        r = a * b
        if -0x80000000 <= r <= 0x7FFFFFFF:
            return r
        return ((r + 0x80000000) & 0xFFFFFFFF) - 0x80000000
    if type(a) is float and type(b) is float:
        return a * b
    k = max(_rank(a), _rank(b))
    if k == 4:
        return _to_d(a) * _to_d(b)
    if k == 3:
        x, y = _to_dec(a), _to_dec(b)
        _check_dec_digits(_dec_size(x) + _dec_size(y))
        return _checked(_CTX.multiply(x, y))
    if k == 2:
        bits = int(a).bit_length() + int(b).bit_length()
        if bits > 1000:
            _check_bits(bits)
        return BigInteger(int(a) * int(b))
    return Long(_wrap64(int(a) * int(b)))


def _fdiv(x: float, y: float) -> float:
    if y == 0.0:
        if math.isnan(x) or x == 0.0:
            return math.nan
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y


def div(a, b):
    """Groovy `a / b`: BigDecimal division unless a Double/Float is involved."""
    ta, tb = type(a), type(b)
    if ta is int and tb is int and b != 0 and a % b == 0:
        return Decimal(a // b)
    k = max(_rank(a), _rank(b))
    if k == 4:
        return _fdiv(_to_d(a), _to_d(b))
    return _bd_divide(_to_dec(a), _to_dec(b))


def _div_context(precision: int) -> decimal.Context:
    ctx = _DIV_CTX.get(precision)
    if ctx is None:
        ctx = decimal.Context(
            prec=precision,
            rounding=decimal.ROUND_HALF_UP,
            Emax=decimal.MAX_EMAX,
            Emin=decimal.MIN_EMIN,
            traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
        )
        if len(_DIV_CTX) < 256:
            _DIV_CTX[precision] = ctx
    return ctx


def _bd_divide(x: Decimal, y: Decimal) -> Decimal:
    """Groovy BigDecimalMath.divideImpl."""
    if y.is_zero():
        raise _arith("Division undefined" if x.is_zero() else "Division by zero")
    ca, ea = _unscaled(x)
    cb, eb = _unscaled(y)
    ideal = ea - eb
    if ca == 0:
        return _checked(Decimal((0, (0,), ideal)))
    # Exact quotient when the reduced denominator has no prime factors but 2 and 5.
    g = math.gcd(ca, cb)
    num, den = ca // g, cb // g
    if den < 0:
        num, den = -num, -den
    twos = (den & -den).bit_length() - 1
    rest = den >> twos
    fives = 0
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    if rest == 1:
        k = max(twos, fives)
        _check_dec_digits(int(num.bit_length() * 0.30103) + 2 * k + _babs(ideal))
        coefficient = num * (1 << (k - twos)) * 5 ** (k - fives)
        exponent = ideal - k
        while exponent < ideal and coefficient % 10 == 0:
            coefficient //= 10
            exponent += 1
        return _checked(_dec_from(coefficient, exponent))
    # Non-terminating: Groovy's precision and scale rule.
    precision = max(_dec_parts(x)[0], _dec_parts(y)[0]) + 10
    result = _div_context(precision).divide(x, y)
    scale = max(-ea, -eb, 10)
    if -result.as_tuple().exponent > scale:  # type: ignore[operator]
        # Only ever drops digits: the quotient has `precision` digits at a finer scale.
        result = result.quantize(
            Decimal((0, (1,), -scale)), rounding=decimal.ROUND_HALF_UP, context=_CTX
        )
    return _checked(result)


def intdiv(a, b):
    """Groovy `a.intdiv(b)`: truncating division of integral numbers."""
    if type(a) is int and type(b) is int and b > 0 and a >= 0:
        return a // b
    k = max(_rank(a), _rank(b))
    if k >= 3:
        raise _unsupported("intdiv", a)
    x, y = int(a), int(b)
    if k == 2:
        if y == 0:
            raise _arith("BigInteger divide by zero")
        return BigInteger(_trunc_div(x, y))
    if k == 1:
        if y == 0:
            raise _arith("/ by zero")
        return Long(_wrap64(_trunc_div(x, y)))
    if y == 0:
        raise _arith("/ by zero")
    return _wrap32(_trunc_div(x, y))


def _trunc_div(x: int, y: int) -> int:
    q = x // y
    if q < 0 and q * y != x:
        q += 1
    return q


def _trunc_rem(x: int, y: int) -> int:
    r = x % y
    if r and (x < 0) != (y < 0):
        r -= y
    return r


def _fmod(x: float, y: float) -> float:
    """Java's double remainder (C fmod)."""
    if math.isnan(x) or math.isnan(y) or math.isinf(x) or y == 0.0:
        return math.nan
    if math.isinf(y):
        return x
    return math.fmod(x, y)


def mod(a, b):
    """Groovy `a % b`."""
    if type(a) is int and type(b) is int:
        if b == 0:
            raise _arith("/ by zero")
        r = a % b
        if r and (a < 0) != (b < 0):
            r -= b
        return r
    k = max(_rank(a), _rank(b))
    if k == 4:
        return _fmod(_to_d(a), _to_d(b))
    if k == 3:
        raise _unsupported("mod", a)
    x, y = int(a), int(b)
    if k == 2:
        if y <= 0:
            raise _arith("BigInteger: modulus not positive")
        return BigInteger(x % y)
    if y == 0:
        raise _arith("/ by zero")
    return Long(_trunc_rem(x, y))


# -- power ---------------------------------------------------------------------------------------


def _java_pow(x: float, y: float) -> float:
    """java.lang.Math.pow special cases on top of C pow."""
    if y == 0.0:
        return 1.0
    if math.isnan(y) or math.isnan(x):
        return x if y == 1.0 else math.nan
    if math.isinf(y) and _babs(x) == 1.0:
        return math.nan
    y_odd_int = (not math.isinf(y)) and y.is_integer() and _babs(y) < 2**53 and int(y) % 2 == 1
    if x == 0.0:
        if y > 0:
            return math.copysign(0.0, x) if y_odd_int else 0.0
        return math.copysign(math.inf, x) if y_odd_int else math.inf
    try:
        return math.pow(x, y)
    except ValueError:
        return math.nan
    except OverflowError:
        return -math.inf if (x < 0 and y_odd_int) else math.inf


def _pow_number(a, b):
    """DGM power(Number, Number): Math.pow, narrowed to Integer or Long when integral."""
    r = _java_pow(_to_d(a), _to_d(b))
    if math.isfinite(r) and r.is_integer():
        if -2147483648.0 <= r <= 2147483647.0:
            return int(r)
        if -9.223372036854775808e18 <= r <= 9.223372036854775808e18:
            return Long(min(int(r), LONG_MAX))
    return r


def _int_pow(base: int, exponent: int) -> int:
    if base in (0, 1) or exponent <= 1:
        return base**exponent
    if base == -1:
        return -1 if exponent & 1 else 1
    bits = int(exponent * math.log2(_babs(base))) + 1
    if bits > 64:
        _check_bits(bits)
    return base**exponent


def power(a, b):
    """Groovy `a ** b`, dispatched like DGM's power overloads on the runtime types."""
    ta, tb = type(a), type(b)
    if tb is int:
        if ta is int:
            if b >= 0:
                r = _int_pow(a, b)
                return r if INT_MIN <= r <= INT_MAX else BigInteger(r)
            return _pow_number(a, float(b))
        if ta is Long:
            if b >= 0:
                r = _int_pow(int(a), b)
                return Long(r) if LONG_MIN <= r <= LONG_MAX else BigInteger(r)
            return _pow_number(a, float(b))
        if ta is BigInteger:
            if b >= 0:
                return BigInteger(_int_pow(int(a), b))
            return _pow_number(a, float(b))
        if ta is Decimal:
            if b >= 0:
                return _dec_pow(a, b)
            return _pow_number(a, float(b))
    elif ta is BigInteger and (tb is Long or tb is BigInteger):
        # power(BigInteger, BigInteger)
        if 0 <= b <= INT_MAX:
            return BigInteger(_int_pow(int(a), int(b)))
        r = _java_pow(_to_d(a), _to_d(b))  # then BigDecimal.valueOf(r).toBigInteger()
        return to_biginteger(to_bigdecimal_from_string(double_to_string(r)))
    _rank(a)
    _rank(b)
    return _pow_number(a, b)


def _dec_pow(d: Decimal, n: int) -> Decimal:
    """BigDecimal.pow(n), n >= 0: exact, scale * n."""
    if n > 999999999:
        raise _arith("Invalid operation")
    coefficient, exponent = _unscaled(d)
    if coefficient in (0, 1, -1):
        _check_dec_digits(_babs(exponent) * n + 1)
        return _checked(_dec_from(coefficient**n, exponent * n))
    _check_dec_digits(_dec_size(d) * n)
    return _checked(_dec_from(coefficient**n, exponent * n))


# -- unary -------------------------------------------------------------------------------------


def negate(a):
    """Groovy unary minus (InvokerHelper.unaryMinus): Integer/Long wrap, Float stays Float."""
    t = type(a)
    if t is int:
        return _wrap32(-a) if a == INT_MIN else -a
    if t is float:
        return -a
    if t is Long:
        return Long(_wrap64(-a))
    if t is BigInteger:
        return BigInteger(-a)
    if t is Decimal:
        return _fix_zero(a.copy_negate())
    if t is Float:
        return Float(-a)
    raise TypeError(f"not a Groovy number: {t.__name__}")


def positive(a):
    """Groovy unary plus: the number itself."""
    _rank(a)
    return a


def bitwise_negate(a):
    """Groovy `~a` for integral numbers."""
    t = type(a)
    if t is int:
        return ~a
    if t is Long:
        return Long(~a)
    if t is BigInteger:
        return BigInteger(~a)
    _rank(a)
    raise _unsupported("bitwiseNegate", a)


def _bitwise(op: str, a, b):
    k = max(_rank(a), _rank(b))
    if k >= 3:
        raise _unsupported(op, a)
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
    rb = _rank(b)
    if rb >= 3:
        raise GroovyThrowable(
            "UnsupportedOperationException",
            f"Shift distance must be an integral type, but {to_java_string(b)} "
            f"({java_class_name(b)}) was supplied",
        )
    ra = _rank(a)
    if ra >= 2:
        raise _unsupported(op, a)
    return ra, _wrap32(int(b))


def left_shift(a, b):
    """Groovy `a << b`: the left operand's type decides (Integer masks the distance by 31)."""
    if type(a) is int and type(b) is int:
        return _wrap32(a << (b & 31))
    ra, n = _shift_operands("leftShift", a, b)
    if ra == 0:
        return _wrap32(int(a) << (n & 31))
    return Long(_wrap64(int(a) << (n & 63)))


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
        return _wrap32((a & 0xFFFFFFFF) >> (b & 31))
    ra, n = _shift_operands("rightShiftUnsigned", a, b)
    if ra == 0:
        return _wrap32((int(a) & 0xFFFFFFFF) >> (n & 31))
    return Long(_wrap64((int(a) & 0xFFFFFFFFFFFFFFFF) >> (n & 63)))


# ---------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------


def _double_compare(x: float, y: float) -> int:
    """java.lang.Double.compare: -0.0 < 0.0, NaN equals NaN and is above everything."""
    if x < y:
        return -1
    if x > y:
        return 1
    if x == y:
        if x == 0.0:
            sx, sy = math.copysign(1.0, x), math.copysign(1.0, y)
            return 0 if sx == sy else (-1 if sx < sy else 1)
        return 0
    xn, yn = math.isnan(x), math.isnan(y)
    if xn and yn:
        return 0
    return 1 if xn else -1


def compare(a, b) -> int:
    """Groovy `a <=> b` between numbers: -1, 0 or 1."""
    if type(a) is int and type(b) is int:
        return -1 if a < b else (1 if a > b else 0)
    k = max(_rank(a), _rank(b))
    if k == 4:
        return _double_compare(_to_d(a), _to_d(b))
    return -1 if a < b else (1 if a > b else 0)


def equals(a, b) -> bool:
    """Groovy `a == b` between numbers (BigDecimal compareTo, Double.compare semantics)."""
    ta, tb = type(a), type(b)
    if ta is int and tb is int:
        return a == b
    if ta is Decimal and tb is Decimal:
        return a == b
    return compare(a, b) == 0


def not_equals(a, b) -> bool:
    """Groovy `a != b` between numbers."""
    return not equals(a, b)


def lt(a, b) -> bool:
    """Groovy `a < b`: two Doubles compare with IEEE rules (NaN is unordered), any other pair
    through compareTo (so `NaN > 1` is true but `NaN > NaN` is false)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is int or ta is float):
        return a < b
    return compare(a, b) < 0


def le(a, b) -> bool:
    """Groovy `a <= b` (see `lt`)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is int or ta is float):
        return a <= b
    return compare(a, b) <= 0


def gt(a, b) -> bool:
    """Groovy `a > b` (see `lt`)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is int or ta is float):
        return a > b
    return compare(a, b) > 0


def ge(a, b) -> bool:
    """Groovy `a >= b` (see `lt`)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is int or ta is float):
        return a >= b
    return compare(a, b) >= 0


# ---------------------------------------------------------------------------------------------
# Number GDK methods
# ---------------------------------------------------------------------------------------------


def number_abs(n):
    """`n.abs()`: Integer/Long keep MIN_VALUE (Java Math.abs), Float stays Float."""
    t = type(n)
    if t is int:
        return n if n == INT_MIN else _babs(n)
    if t is float:
        return math.fabs(n)
    if t is Long:
        return n if n == LONG_MIN else Long(_babs(n))
    if t is BigInteger:
        return BigInteger(_babs(n))
    if t is Decimal:
        return n.copy_abs()
    if t is Float:
        return Float(math.fabs(n))
    raise TypeError(f"not a Groovy number: {t.__name__}")


def _java_round_half_up(x: float) -> int:
    """Math.round's value before saturation: floor(x + 1/2) computed exactly."""
    fl = math.floor(x)
    return fl + 1 if x - fl >= 0.5 else fl


def _java_floor(x: float) -> float:
    if not math.isfinite(x):
        return x
    return float(math.floor(x))


def _missing_method(receiver, method: str, args: tuple) -> GroovyThrowable:
    if args:
        types = ", ".join(
            java_class_name(a) if type(a) in _JAVA_CLASS else type(a).__name__ for a in args
        )
        values = ", ".join(to_java_string(a) if type(a) in _JAVA_CLASS else str(a) for a in args)
    else:
        types = values = ""
    return no_signature(java_class_name(receiver), method, types, values)


def number_round(n, places: int | None = None):
    """`n.round()` / `n.round(places)`.

    Double: round() is Math.round (a Long), round(p) is floor(x*10^p + 0.5)/10^p (a Double).
    Float: round() is Math.round(float) (an Integer), round(p) the same formula as a Float.
    BigDecimal.round() fails in Groovy 2.4 with a NullPointerException (it binds to
    round(MathContext)); integral types have no round method.
    """
    t = type(n)
    if t is float or t is Float:
        x = float(n)
        if places is None:
            if math.isnan(x):
                return Long(0) if t is float else 0
            if t is float:
                if _babs(x) >= 4503599627370496.0:  # already integral
                    return Long(_d2l(x))
                v = _java_round_half_up(x)
                return Long(max(LONG_MIN, min(LONG_MAX, v)))
            if _babs(x) >= 8388608.0:
                return _d2i(x)
            v = _java_round_half_up(x)
            return max(INT_MIN, min(INT_MAX, v))
        scale = _java_pow(10.0, float(places))
        r = _fdiv(_java_floor(x * scale + 0.5), scale)
        return r if t is float else Float(_f32(r))
    if t is Decimal:
        if places is None:
            raise GroovyThrowable(
                "NullPointerException", 'Cannot read field "precision" because "mc" is null'
            )
        raise _missing_method(n, "round", (places,))
    _rank(n)
    raise _missing_method(n, "round", () if places is None else (places,))


abs = number_abs  # Groovy's Number.abs (shadows the builtin here: use _babs)
round = number_round  # Groovy's Number.round


_ROUNDING_BY_NAME = {
    "UP": decimal.ROUND_UP,
    "DOWN": decimal.ROUND_DOWN,
    "CEILING": decimal.ROUND_CEILING,
    "FLOOR": decimal.ROUND_FLOOR,
    "HALF_UP": decimal.ROUND_HALF_UP,
    "HALF_DOWN": decimal.ROUND_HALF_DOWN,
    "HALF_EVEN": decimal.ROUND_HALF_EVEN,
    "UNNECESSARY": None,
}
# BigDecimal.ROUND_UP = 0 ... ROUND_UNNECESSARY = 7
_ROUNDING_BY_INT = (
    "UP",
    "DOWN",
    "CEILING",
    "FLOOR",
    "HALF_UP",
    "HALF_DOWN",
    "HALF_EVEN",
    "UNNECESSARY",
)


def set_scale(d, scale: int, rounding_mode: str | int | None = None) -> Decimal:
    """BigDecimal.setScale(scale[, mode]); mode is a RoundingMode name ("HALF_UP", also
    "ROUND_HALF_UP") or a BigDecimal.ROUND_* int; without a mode rounding must be unnecessary."""
    if type(d) is not Decimal:
        _rank(d)
        if rounding_mode is None:
            raise _missing_method(d, "setScale", (scale,))
        if type(rounding_mode) is int:
            raise _missing_method(d, "setScale", (scale, rounding_mode))
        mode_name = str(rounding_mode).upper()
        if mode_name.startswith("ROUND_"):  # BigDecimal.ROUND_* constants are ints
            raise _missing_method(d, "setScale", (scale, _ROUNDING_BY_INT.index(mode_name[6:])))
        raise no_signature(
            java_class_name(d),
            "setScale",
            "java.lang.Integer, java.math.RoundingMode",
            f"{scale}, {mode_name}",
        )
    if rounding_mode is None:
        name = "UNNECESSARY"
    elif type(rounding_mode) is int:
        if not 0 <= rounding_mode <= 7:
            raise GroovyThrowable("IllegalArgumentException", "Invalid rounding mode")
        name = _ROUNDING_BY_INT[rounding_mode]
    else:
        name = str(rounding_mode).upper().removeprefix("ROUND_")
        if name not in _ROUNDING_BY_NAME:
            raise GroovyThrowable("IllegalArgumentException", "Invalid rounding mode")
    precision, exponent = _dec_parts(d)
    grow = -scale - exponent
    _check_dec_digits(precision + max(grow, 0) + _babs(scale))
    quantum = Decimal((0, (1,), -scale))
    mode = _ROUNDING_BY_NAME[name]
    if mode is None:
        result = d.quantize(quantum, rounding=decimal.ROUND_DOWN, context=_CTX)
        if result != d:
            raise _arith("Rounding necessary")
        return _checked(result)
    return _checked(d.quantize(quantum, rounding=mode, context=_CTX))


# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------

_JAVA_WS = "".join(chr(c) for c in range(33))


def java_trim(s: str) -> str:
    """java.lang.String.trim(): strips characters <= U+0020."""
    return s.strip(_JAVA_WS)


def _java_digit(ch: str, radix: int) -> int:
    """java.lang.Character.digit(ch, radix) for a BMP character, -1 when not a digit."""
    o = ord(ch)
    if 48 <= o <= 57:
        v = o - 48
    elif 97 <= o <= 122:
        v = o - 87
    elif 65 <= o <= 90:
        v = o - 55
    elif o < 128 or o > 0xFFFF:
        return -1
    elif 0xFF21 <= o <= 0xFF3A:
        v = o - 0xFF21 + 10
    elif 0xFF41 <= o <= 0xFF5A:
        v = o - 0xFF41 + 10
    else:
        v = unicodedata.decimal(ch, -1)
        if v < 0:
            return -1
    return v if v < radix else -1


def _parse_java_integer(s: str | None, radix: int, lo: int, hi: int) -> int:
    if s is None:
        raise _nfe("Cannot parse null string")
    if radix < 2:
        raise _nfe(f"radix {radix} less than Character.MIN_RADIX")
    if radix > 36:
        raise _nfe(f"radix {radix} greater than Character.MAX_RADIX")
    suffix = "" if radix == 10 else f" under radix {radix}"
    error = f'For input string: "{s}"{suffix}'
    n = len(s)
    if n == 0:
        raise _nfe(error)
    i = 0
    negative = False
    first = s[0]
    if first < "0":
        if first == "-":
            negative = True
        elif first != "+":
            raise _nfe(error)
        if n == 1:
            raise _nfe(error)
        i = 1
    value = 0
    limit = -lo if negative else hi
    for ch in s[i:]:
        dg = _java_digit(ch, radix)
        if dg < 0:
            raise _nfe(error)
        value = value * radix + dg
        if value > limit:
            raise _nfe(error)
    return -value if negative else value


def parse_int(s: str | None, radix: int = 10) -> int:
    """java.lang.Integer.parseInt (no trimming; '+5' and Unicode digits are accepted)."""
    return _parse_java_integer(s, radix, INT_MIN, INT_MAX)


def parse_long(s: str | None, radix: int = 10) -> Long:
    """java.lang.Long.parseLong."""
    return Long(_parse_java_integer(s, radix, LONG_MIN, LONG_MAX))


_JAVA_DEC_FLOAT = re.compile(
    r"([+-]?)(?:(NaN)|(Infinity)|((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)[fFdD]?)\Z"
)
_JAVA_HEX_FLOAT = re.compile(
    r"([+-]?)0[xX]([0-9a-fA-F]+\.?|[0-9a-fA-F]*\.[0-9a-fA-F]+)[pP]([+-]?[0-9]+)[fFdD]?\Z"
)


def _parse_java_floating(s: str | None) -> tuple[bool, object]:
    """Parse like FloatingDecimal.readJavaFormatString: (negative, payload) where payload is
    'nan', 'inf', a Decimal (decimal form) or a (mantissa, exponent2) pair (hex form)."""
    if s is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "String.trim()" because "in" is null'
        )
    t = java_trim(s)
    if not t:
        raise _nfe("empty String")
    m = _JAVA_DEC_FLOAT.match(t)
    if m:
        neg = m.group(1) == "-"
        if m.group(2):
            return neg, "nan"
        if m.group(3):
            return neg, "inf"
        return neg, m.group(4)
    m = _JAVA_HEX_FLOAT.match(t)
    if m:
        neg = m.group(1) == "-"
        mant = m.group(2)
        intpart, _, frac = mant.partition(".")
        mantissa = int((intpart + frac) or "0", 16)
        exp_text = m.group(3)
        if len(exp_text.lstrip("+-").lstrip("0")) > 12:  # far outside any float range
            exp2 = -(1 << 40) if exp_text.startswith("-") else 1 << 40
        else:
            exp2 = int(exp_text)
        return neg, (mantissa, exp2 - 4 * len(frac))
    raise _nfe(f'For input string: "{t}"')


def _hex_value(payload, to_float32: bool) -> float:
    """mantissa * 2**exp2 rounded once to a double (or a float)."""
    mantissa, exp2 = payload
    if mantissa == 0:
        return 0.0
    top = mantissa.bit_length() + exp2  # the value lies in [2**(top-1), 2**top)
    if top > 1100:
        return math.inf
    if top < -1100:
        return 0.0
    num, den = (mantissa << exp2, 1) if exp2 >= 0 else (mantissa, 1 << -exp2)
    if to_float32:
        return _f32_ratio(num, den)
    try:
        return num / den  # correctly rounded true division
    except OverflowError:
        return math.inf


def parse_double(s: str | None) -> float:
    """java.lang.Double.parseDouble: trims, accepts NaN, Infinity, 1e3, 1.5d, hex floats."""
    neg, payload = _parse_java_floating(s)
    if payload == "nan":
        return math.nan
    if payload == "inf":
        return -math.inf if neg else math.inf
    if isinstance(payload, str):
        v = float(payload)  # correctly rounded; overflow gives inf
    else:
        v = _hex_value(payload, False)
    return -v if neg else v


def parse_float(s: str | None) -> Float:
    """java.lang.Float.parseFloat (one correct rounding to float)."""
    neg, payload = _parse_java_floating(s)
    if payload == "nan":
        return Float(math.nan)
    if payload == "inf":
        v = math.inf
    elif isinstance(payload, str):
        v = _f32_from_decimal(Decimal(payload))
    else:
        v = _hex_value(payload, True)
    return Float(-v if neg else v)


_BD_BAD_CHAR = 'Character {} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.'


def to_bigdecimal_from_string(s: str | None) -> Decimal:
    """`new BigDecimal(s)` with Java's exact acceptance rules and messages (no trimming)."""
    if s is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "String.toCharArray()" because "val" is null'
        )
    n = len(s)
    if n == 0:
        raise _nfe(None)
    i = 0
    negative = False
    if s[0] == "-":
        negative = True
        i = 1
    elif s[0] == "+":
        i = 1
    compact = (n - i) <= 18
    digits: list[str] = []
    scale = 0
    dot = False
    exp = 0
    while i < n:
        c = s[i]
        if "0" <= c <= "9":
            digits.append(c)
            if dot:
                scale += 1
        elif c == ".":
            if dot:
                raise _nfe("Character array contains more than one decimal point.")
            dot = True
        elif c in "eE":
            exp = _parse_bd_exponent(s, i + 1)
            break
        else:
            dg = _java_digit(c, 10) if unicodedata.category(c) == "Nd" else -1
            if dg >= 0:
                digits.append(str(dg))
                if dot:
                    scale += 1
            elif compact:
                raise _nfe(_BD_BAD_CHAR.format(c))
            else:
                raise _nfe('Character array is missing "e" notation exponential mark.')
        i += 1
    if not digits:
        raise _nfe("No digits found.")
    scale -= exp
    if not INT_MIN <= scale <= INT_MAX:
        raise _nfe("Scale out of range.")
    body = "".join(digits).lstrip("0") or "0"
    _check_dec_digits(len(body) + _babs(scale))
    d = Decimal(f"{'-' if negative else ''}{body}E{-scale}")
    return _fix_zero(d)


def _parse_bd_exponent(s: str, i: int) -> int:
    n = len(s)
    if i >= n:
        raise _nfe(None)
    c = s[i]
    negexp = c == "-"
    if negexp or c == "+":
        i += 1
        if i >= n:
            raise _nfe(None)
    length = n - i
    while length > 10 and _java_digit(s[i], 10) == 0:
        i += 1
        length -= 1
    if length > 10:
        raise _nfe("Too many nonzero exponent digits.")
    value = 0
    for ch in s[i:]:
        dg = _java_digit(ch, 10)
        if dg < 0:
            raise _nfe("Not a digit.")
        value = value * 10 + dg
    if negexp:
        value = -value
    if not INT_MIN <= value <= INT_MAX:
        raise _nfe("Exponent overflow.")
    return value


def to_biginteger_from_string(s: str | None, radix: int = 10) -> BigInteger:
    """`new BigInteger(s)` with Java's messages (digit groups parsed by Integer.parseInt)."""
    if s is None:
        raise GroovyThrowable("NullPointerException", None)
    n = len(s)
    if n == 0:
        raise _nfe("Zero length BigInteger")
    sign = 1
    cursor = 0
    i1, i2 = s.rfind("-"), s.rfind("+")
    if i1 >= 0:
        if i1 != 0 or i2 >= 0:
            raise _nfe("Illegal embedded sign character")
        sign, cursor = -1, 1
    elif i2 >= 0:
        if i2 != 0:
            raise _nfe("Illegal embedded sign character")
        cursor = 1
    if cursor == n:
        raise _nfe("Zero length BigInteger")
    while cursor < n and _java_digit(s[cursor], radix) == 0:
        cursor += 1
    if cursor == n:
        return BigInteger(0)
    num_digits = n - cursor
    _check_bits(int(num_digits * math.log2(radix)) + 1)
    per_group = _DIGITS_PER_INT[radix]
    first = num_digits % per_group or per_group
    value = 0
    end = cursor + first
    while cursor < n:
        group = s[cursor:end]
        value = value * radix ** len(group) + parse_int(group, radix)
        cursor, end = end, end + per_group
    return BigInteger(sign * value)


_DIGITS_PER_INT = (
    0,
    0,
    30,
    19,
    15,
    13,
    11,
    11,
    10,
    9,
    9,
    8,
    8,
    8,
    8,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    6,
    6,
    6,
    6,
    6,
    6,
    6,
    6,
    6,
    6,
    6,
    6,
    6,
    6,
    5,
)

# Groovy literals: integer (decimal, octal, hex, binary; suffix i/l/g) and decimal
# (fraction and/or exponent; suffix f/d/g). Underscores may separate digits.
_D = r"[0-9](?:[0-9_]*[0-9])?"
_INT_LITERAL = re.compile(
    r"(-?)(?:0[xX]([0-9a-fA-F](?:[0-9a-fA-F_]*[0-9a-fA-F])?)|0[bB]([01](?:[01_]*[01])?)"
    rf"|({_D}))([lLiIgG]?)\Z"
)
_DEC_LITERAL = re.compile(rf"(-?)({_D}(?:\.{_D})?)(?:[eE]([+-]?{_D}))?([fFdDgG]?)\Z")
_MAX_FLOAT = Decimal("3.4028235E+38")
_MAX_DOUBLE = Decimal("1.7976931348623157E+308")


def parse_literal(text: str):
    """The value of a Groovy numeric literal (an optional leading '-' is folded in, as Groovy's
    parser does for negative literals). Raises ValueError for malformed or out-of-range text."""
    m = _INT_LITERAL.match(text)
    if m:
        neg, hexd, bind, decd, suffix = m.groups()
        if hexd is not None:
            body, radix, bits_per_digit = hexd.replace("_", ""), 16, 4.0
        elif bind is not None:
            body, radix, bits_per_digit = bind.replace("_", ""), 2, 1.0
        else:
            body = decd.replace("_", "")
            if len(body) > 1 and body[0] == "0":
                if any(c in "89" for c in body):
                    raise ValueError(f"invalid octal literal: {text}")
                body, radix, bits_per_digit = body[1:], 8, 3.0
            else:
                radix, bits_per_digit = 10, 3.3219280948873626
        _check_bits(int(len(body) * bits_per_digit) + 1)
        if radix == 10 and len(body) > 4000:
            value = int(Decimal(body))
        else:
            value = int(body, radix)
        if neg:
            value = -value
        suffix = suffix.lower()
        if suffix == "i":
            return _wrap32(value)
        if suffix == "l":
            return Long(_wrap64(value))
        if suffix == "g":
            return BigInteger(value)
        if INT_MIN <= value <= INT_MAX:
            return value
        if LONG_MIN <= value <= LONG_MAX:
            return Long(value)
        return BigInteger(value)
    m = _DEC_LITERAL.match(text)
    if not m:
        raise ValueError(f"malformed number literal: {text}")
    neg, mantissa, exponent, suffix = m.groups()
    suffix = suffix.lower()
    if exponent is None and "." not in mantissa and suffix not in ("f", "d"):
        raise ValueError(f"malformed number literal: {text}")
    mantissa = mantissa.replace("_", "")
    exp_value = 0
    if exponent is not None:
        exp_digits = exponent.replace("_", "").lstrip("+-").lstrip("0")
        if len(exp_digits) > 10:
            raise ValueError(f"number literal out of range: {text}")
        exp_value = int(exponent.replace("_", ""))
        if not INT_MIN <= exp_value <= INT_MAX:
            raise ValueError(f"number literal out of range (exponent overflow): {text}")
    scale = len(mantissa.partition(".")[2]) - exp_value
    if not INT_MIN <= scale <= INT_MAX:
        raise ValueError(f"number literal out of range: {text}")
    body = f"{neg}{mantissa}E{exp_value}"
    if suffix == "f" or suffix == "d":
        value = Decimal(body)
        limit = _MAX_FLOAT if suffix == "f" else _MAX_DOUBLE
        if value.copy_abs() > limit:
            raise ValueError(f"number literal out of range: {text}")
        if suffix == "f":
            f = _f32_from_decimal(value)
            return Float(f if f != 0.0 else 0.0)
        d = float(body)
        return d if d != 0.0 else 0.0  # Groovy pushes -0.0 constants as 0.0
    _check_dec_digits(len(mantissa) + _babs(scale))
    return _fix_zero(Decimal(body))


# ---------------------------------------------------------------------------------------------
# GDK String -> number (String.toInteger() etc.): Java trim, then the Java parser
# ---------------------------------------------------------------------------------------------


def _require_str(s) -> str:
    if s is None:
        raise GroovyThrowable("NullPointerException", None)
    return s


def string_to_integer(s: str) -> int:
    """`s.toInteger()`: Integer.valueOf(s.trim())."""
    return parse_int(java_trim(_require_str(s)))


def string_to_long(s: str) -> Long:
    """`s.toLong()`."""
    return parse_long(java_trim(_require_str(s)))


def string_to_double(s: str) -> float:
    """`s.toDouble()`."""
    return parse_double(java_trim(_require_str(s)))


def string_to_float(s: str) -> Float:
    """`s.toFloat()`."""
    return parse_float(java_trim(_require_str(s)))


def string_to_bigdecimal(s: str) -> Decimal:
    """`s.toBigDecimal()`: new BigDecimal(s.trim())."""
    return to_bigdecimal_from_string(java_trim(_require_str(s)))


def string_to_biginteger(s: str) -> BigInteger:
    """`s.toBigInteger()`: new BigInteger(s.trim())."""
    return to_biginteger_from_string(java_trim(_require_str(s)))


def _succeeds(fn, s) -> bool:
    try:
        fn(s)
    except GroovyThrowable as exc:
        if exc.java_class == "NumberFormatException":
            return False
        raise
    return True


def string_is_integer(s: str) -> bool:
    """`s.isInteger()`."""
    return _succeeds(string_to_integer, s)


def string_is_long(s: str) -> bool:
    """`s.isLong()`."""
    return _succeeds(string_to_long, s)


def string_is_double(s: str) -> bool:
    """`s.isDouble()` (true for "NaN", "1.5d", "Infinity")."""
    return _succeeds(string_to_double, s)


def string_is_float(s: str) -> bool:
    """`s.isFloat()`."""
    return _succeeds(string_to_float, s)


def string_is_bigdecimal(s: str) -> bool:
    """`s.isBigDecimal()`."""
    return _succeeds(string_to_bigdecimal, s)


def string_is_biginteger(s: str) -> bool:
    """`s.isBigInteger()`."""
    return _succeeds(string_to_biginteger, s)


def string_is_number(s: str) -> bool:
    """`s.isNumber()`: the same as isBigDecimal() (so "NaN" and "1.5d" are not numbers)."""
    return _succeeds(string_to_bigdecimal, s)
