"""Java's toString of boxed numbers, with Double.toString and Float.toString ported from JDK 17."""

from __future__ import annotations

import math
import struct
from decimal import Decimal

from convoscript.runtime.model.values import BigInteger, Float, Long
from convoscript.runtime.numbers.decimals import fix_zero
from convoscript.runtime.numbers.kinds import wrap32, wrap64
from convoscript.runtime.numbers.sizes import check_bits

_STR_DIRECT_BITS = 13000  # well under Python's 4300-digit int->str limit


def to_java_string(n: object) -> str:
    """Java toString() of the boxed number."""
    t = type(n)
    if t is int:
        return int.__repr__(n)  # type: ignore[arg-type]
    if t is float:
        return double_to_string(n)  # type: ignore[arg-type]
    if t is Long or t is BigInteger:
        if n.bit_length() <= _STR_DIRECT_BITS:  # type: ignore[attr-defined]
            return int.__repr__(n)  # type: ignore[arg-type]
        check_bits(n.bit_length())  # type: ignore[attr-defined]
        return str(Decimal(int(n)))  # type: ignore[call-overload]
    if t is Decimal:
        return str(fix_zero(n))  # type: ignore[arg-type]
    if t is Float:
        return float_to_string(n)  # type: ignore[arg-type]
    raise TypeError(f"not a Groovy number: {t.__name__}")


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
        wrap = wrap32 if (bbits < 32 and tensbits < 32) else wrap64
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
