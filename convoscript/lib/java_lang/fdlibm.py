"""Java's StrictMath algorithms (FDLIBM) where the C library's answer differs in the last bit:
`Math.cbrt` is StrictMath.cbrt on the JDK (Python's `math.cbrt` is the C library's).

The doubles are taken apart into their high and low 32-bit words as FDLIBM does.
"""

from __future__ import annotations

import math
import struct

# cbrt(x) ~ t * (C + r*t ...) : FDLIBM's constants for the first approximation
_B1 = 715094163  # (682 - 0.03306235651) * 2**20
_B2 = 696219795  # (664 - 0.03306235651) * 2**20
_C = 5.42857142857142815906e-01  # 19/35
_D = -7.05306122448979611050e-01  # -864/1225
_E = 1.41428571428571436819e00  # 99/70
_F = 1.60714285714285720630e00  # 45/28
_G = 3.57142857142857150787e-01  # 5/14


def _words(x: float) -> tuple[int, int]:
    bits = struct.unpack("<Q", struct.pack("<d", x))[0]
    return bits >> 32, bits & 0xFFFFFFFF


def _from_words(high: int, low: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", ((high & 0xFFFFFFFF) << 32) | low))[0]


def cbrt(x: float) -> float:
    """StrictMath.cbrt: a first guess from the exponent bits, one rational step, then one
    Newton step at 53 bits."""
    high, low = _words(x)
    sign = high & 0x80000000
    high &= 0x7FFFFFFF
    if high >= 0x7FF00000:  # NaN or an infinity
        return x + x
    if high | low == 0:  # a zero keeps its sign
        return x
    x = math.fabs(x)
    if high < 0x00100000:  # subnormal: scale by 2**54 first
        t = x * 18014398509481984.0
        t = _from_words(_words(t)[0] // 3 + _B2, 0)
    else:
        t = _from_words(high // 3 + _B1, 0)
    # a rational approximation to 23 bits
    r = t * t / x
    s = _C + r * t
    t *= _G + _F / (s + _E + _D / s)
    # chop to 20 bits, rounded up so that t*t*t > x
    t = _from_words(_words(t)[0] + 1, 0)
    # one Newton step to 53 bits
    s = t * t
    r = x / s
    w = t + t
    r = (r - t) / (w + r)
    t = t + t * r
    return -t if sign else t
