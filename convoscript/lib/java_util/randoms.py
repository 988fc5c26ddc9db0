"""java.util.Random (Java's exact 48-bit LCG) and java.util.UUID.

`new Random(seed)` reproduces Java's sequence exactly; `new Random()`, `Math.random()`
(java_lang/math.py),
`UUID.randomUUID()` and `Collections.shuffle(list)` (`collections.py`) draw from the run's
random source (`runcontext.rng()`), so a run with a fixed seed is reproducible and runs never share state.
"""

from __future__ import annotations

import math
import struct

from convoscript.lib.java_lang.primitive_overloads import pick
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Float, Long
from convoscript.runtime.numbers import to_float

_MULTIPLIER = 0x5DEECE66D
_MASK = (1 << 48) - 1


def _int32(n: int) -> int:
    n &= 0xFFFFFFFF
    return n - 0x100000000 if n & 0x80000000 else n


def _int64(n: int) -> int:
    n &= 0xFFFFFFFFFFFFFFFF
    return n - (1 << 64) if n & (1 << 63) else n


class JavaRandom(JavaObject):
    """java.util.Random."""

    __slots__ = ("next_gaussian", "seed")
    java_class = "java.util.Random"
    kinds = ("Random", "Object")

    def __init__(self, seed: int):
        self.set_seed(seed)

    def set_seed(self, seed: int) -> None:
        self.seed = (seed ^ _MULTIPLIER) & _MASK
        self.next_gaussian: float | None = None

    def next(self, bits: int) -> int:
        self.seed = (self.seed * _MULTIPLIER + 0xB) & _MASK
        return _int32(self.seed >> (48 - bits))

    def next_int(self, bound: int | None = None) -> int:
        if bound is None:
            return self.next(32)
        if bound <= 0:
            raise GroovyThrowable("IllegalArgumentException", "bound must be positive")
        r = self.next(31)
        m = bound - 1
        if bound & m == 0:
            return _int32((bound * r) >> 31)
        u = r
        while True:
            r = u % bound
            if _int32(u - r + m) >= 0:
                return r
            u = self.next(31)

    def next_int_range(self, origin: int, bound: int) -> int:
        """RandomGenerator.nextInt(origin, bound) (JDK 17's bounded algorithm)."""
        if origin >= bound:
            raise GroovyThrowable("IllegalArgumentException", "bound must be greater than origin")
        r = self.next_int()
        n = _int32(bound - origin)
        m = _int32(n - 1)
        if n & m == 0:
            return (r & m) + origin
        if n > 0:
            u = (r & 0xFFFFFFFF) >> 1
            while True:
                r = u % n
                if _int32(u + m - r) >= 0:
                    return r + origin
                u = (self.next_int() & 0xFFFFFFFF) >> 1
        while r < origin or r >= bound:
            r = self.next_int()
        return r

    def next_long(self) -> int:
        return _int64((self.next(32) << 32) + self.next(32))

    def next_long_bounded(self, origin: int, bound: int) -> int:
        """RandomGenerator.nextLong(bound) (origin 0) and nextLong(origin, bound): JDK 17's
        RandomSupport.boundedNextLong, rejecting over-represented candidates."""
        r = self.next_long()
        n = _int64(bound - origin)
        m = _int64(n - 1)
        if n & m == 0:  # a power of two
            return _int64((r & m) + origin)
        if n > 0:
            u = (r & 0xFFFFFFFFFFFFFFFF) >> 1
            while True:
                r = u % n
                if _int64(u + m - r) >= 0:
                    return _int64(r + origin)
                u = (self.next_long() & 0xFFFFFFFFFFFFFFFF) >> 1
        while r < origin or r >= bound:  # the range does not fit a long
            r = self.next_long()
        return r

    def next_bytes(self, count: int) -> bytes:
        """Random.nextBytes: each nextInt() gives four bytes, low byte first."""
        out = bytearray()
        while len(out) < count:
            rnd = self.next(32)
            for _ in range(min(count - len(out), 4)):
                out.append(rnd & 0xFF)
                rnd >>= 8
        return bytes(out)

    def next_double(self) -> float:
        return ((self.next(26) << 27) + self.next(27)) * 2.0**-53

    def next_float(self) -> float:
        return self.next(24) / float(1 << 24)

    def gaussian(self) -> float:
        if self.next_gaussian is not None:
            value, self.next_gaussian = self.next_gaussian, None
            return value
        while True:
            v1 = 2 * self.next_double() - 1
            v2 = 2 * self.next_double() - 1
            s = v1 * v1 + v2 * v2
            if 0 < s < 1:
                break
        multiplier = math.sqrt(-2 * strict_log(s) / s)
        self.next_gaussian = v2 * multiplier
        return v1 * multiplier

    def groovy_to_string(self) -> str:
        return f"java.util.Random@{runcontext.identity_hash(self):x}"


def run_random() -> JavaRandom:
    """A java.util.Random seeded from the run's random source."""
    return JavaRandom(runcontext.rng().getrandbits(64))


def as_random(self: object) -> JavaRandom:
    """A java.util.Random receiver or argument."""
    if isinstance(self, JavaRandom):
        return self
    raise NoSignature


def _int_arg(value: object) -> int:
    if type(value) is int:
        return value  # type: ignore[return-value]
    raise NoSignature


def _next_int(self: object, *args: object) -> int:
    arity(args, 0, 1, 2)
    rnd = as_random(self)
    if len(args) == 2:
        return rnd.next_int_range(_int_arg(args[0]), _int_arg(args[1]))
    return rnd.next_int(_int_arg(args[0]) if args else None)


def _set_seed(self: object, *args: object) -> None:
    arity(args, 1)
    if type(args[0]) not in (int, Long):
        raise NoSignature
    as_random(self).set_seed(int(args[0]))  # type: ignore[call-overload]


def _next_long(self: object, *args: object) -> Long:
    """nextLong(), and JDK 17's nextLong(bound) / nextLong(origin, bound)."""
    arity(args, 0, 1, 2)
    rnd = as_random(self)
    if not args:
        return Long(rnd.next_long())
    _, values = pick("java.util.Random", "nextLong", (("long",), ("long", "long")), args)
    origin, bound = (0, values[0]) if len(values) == 1 else values
    if bound <= origin:  # type: ignore[operator]
        raise GroovyThrowable(
            "IllegalArgumentException",
            "bound must be positive" if len(values) == 1 else "bound must be greater than origin",
        )
    return Long(rnd.next_long_bounded(origin, bound))  # type: ignore[arg-type]


def _bounded_real(kind: str, name: str, draw, narrow):
    """nextDouble / nextFloat with JDK 17's bound (origin 0) or origin and bound
    (RandomSupport.boundedNextDouble: r * (bound - origin) + origin, kept below bound)."""
    overloads = ((kind,), (kind, kind))

    def method(self: object, *args: object) -> float:
        arity(args, 0, 1, 2)
        rnd = as_random(self)
        if not args:
            return narrow(draw(rnd))
        _, values = pick("java.util.Random", name, overloads, args)
        origin, bound = (0.0, float(values[0])) if len(values) == 1 else map(float, values)
        if len(values) == 1:
            if not 0.0 < bound < math.inf:
                raise GroovyThrowable(
                    "IllegalArgumentException", "bound must be finite and positive"
                )
        elif not (origin < bound and narrow(bound - origin) < math.inf):
            raise GroovyThrowable("IllegalArgumentException", "bound must be greater than origin")
        r = narrow(narrow(draw(rnd) * narrow(bound - origin)) + origin)
        if r >= bound:  # rounded up to the bound itself: Math.nextDown(bound)
            r = _float_below(bound) if kind == "float" else math.nextafter(bound, -math.inf)
        return r

    return method


def _float_below(x: float) -> Float:
    bits = struct.unpack("<i", struct.pack("<f", x))[0]
    bits = bits - 1 if x > 0 else bits + 1
    return Float(struct.unpack("<f", struct.pack("<i", bits))[0])


def _as_double(x: float) -> float:
    return float(x)


_next_double = _bounded_real("double", "nextDouble", JavaRandom.next_double, _as_double)
_next_float = _bounded_real("float", "nextFloat", JavaRandom.next_float, to_float)


def _next_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    return as_random(self).next(1) != 0


def _next_gaussian(self: object, *args: object) -> float:
    arity(args, 0)
    return as_random(self).gaussian()


RANDOM_METHODS = {
    "nextInt": _next_int,
    "nextLong": _next_long,
    "nextDouble": _next_double,
    "nextFloat": _next_float,
    "nextBoolean": _next_boolean,
    "nextGaussian": _next_gaussian,
    "setSeed": _set_seed,
}


def new_random(*args: object) -> JavaRandom:
    arity(args, 0, 1)
    if not args:
        return run_random()
    if type(args[0]) not in (int, Long):
        raise NoSignature
    return JavaRandom(int(args[0]))  # type: ignore[call-overload]


# ---- StrictMath.log (fdlibm's __ieee754_log; the C library's log can differ by an ulp) ----------
_LN2_HI, _LN2_LO, _TWO54 = 6.93147180369123816490e-01, 1.90821492927058770002e-10, 2.0**54
_LG = (
    6.666666666666735130e-01,
    3.999999999940941908e-01,
    2.857142874366239149e-01,
    2.222219843214978396e-01,
    1.818357216161805012e-01,
    1.531383769920937332e-01,
    1.479819860511658591e-01,
)


def strict_log(x: float) -> float:
    """Java's StrictMath.log, bit for bit."""
    bits = struct.unpack("<q", struct.pack("<d", x))[0]
    hx, lx = bits >> 32, bits & 0xFFFFFFFF
    k = 0
    if hx < 0x00100000:
        if (hx & 0x7FFFFFFF) | lx == 0:
            return -math.inf
        if hx < 0:
            return math.nan
        k -= 54
        x *= _TWO54
        hx = struct.unpack("<q", struct.pack("<d", x))[0] >> 32
    if hx >= 0x7FF00000:
        return x + x
    k += (hx >> 20) - 1023
    hx &= 0x000FFFFF
    i = (hx + 0x95F64) & 0x100000
    low = struct.unpack("<q", struct.pack("<d", x))[0] & 0xFFFFFFFF
    x = struct.unpack("<d", struct.pack("<q", ((hx | (i ^ 0x3FF00000)) << 32) | low))[0]
    k += i >> 20
    f = x - 1.0
    dk = float(k)
    if (0x000FFFFF & (2 + hx)) < 3:
        if f == 0.0:
            return 0.0 if k == 0 else dk * _LN2_HI + dk * _LN2_LO
        r = f * f * (0.5 - 0.33333333333333333 * f)
        return f - r if k == 0 else dk * _LN2_HI - ((r - dk * _LN2_LO) - f)
    s = f / (2.0 + f)
    z = s * s
    i = hx - 0x6147A
    w = z * z
    j = 0x6B851 - hx
    t1 = w * (_LG[1] + w * (_LG[3] + w * _LG[5]))
    t2 = z * (_LG[0] + w * (_LG[2] + w * (_LG[4] + w * _LG[6])))
    i |= j
    r = t2 + t1
    if i > 0:
        hfsq = 0.5 * f * f
        if k == 0:
            return f - (hfsq - s * (hfsq + r))
        return dk * _LN2_HI - ((hfsq - (s * (hfsq + r) + dk * _LN2_LO)) - f)
    if k == 0:
        return f - s * (f - r)
    return dk * _LN2_HI - ((s * (f - r) - dk * _LN2_LO) - f)


# ---- java.util.UUID -----------------------------------------------------------------------------
class JavaUUID(JavaObject):
    __slots__ = ("lsb", "msb")
    java_class = "java.util.UUID"
    kinds = ("UUID", "Object")
    supertypes = frozenset({"java.lang.Comparable", "java.io.Serializable"})

    def __init__(self, msb: int, lsb: int):
        self.msb, self.lsb = _int64(msb), _int64(lsb)

    def groovy_to_string(self) -> str:
        value = f"{self.msb & 0xFFFFFFFFFFFFFFFF:016x}{self.lsb & 0xFFFFFFFFFFFFFFFF:016x}"
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, JavaUUID) and (other.msb, other.lsb) == (self.msb, self.lsb)

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, JavaUUID):
            raise compare_error(other, "java.util.UUID")
        a, b = (self.msb, self.lsb), (other.msb, other.lsb)
        return (a > b) - (a < b)

    def groovy_hash_code(self) -> int:
        hilo = (self.msb ^ self.lsb) & 0xFFFFFFFFFFFFFFFF
        return _int32((hilo >> 32) ^ hilo)

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash((self.msb, self.lsb))


def _uuid(self: object) -> JavaUUID:
    if isinstance(self, JavaUUID):
        return self
    raise NoSignature


def random_uuid(*args: object) -> JavaUUID:
    arity(args, 0)
    value = bytearray(runcontext.rng().getrandbits(128).to_bytes(16, "big"))
    value[6] = (value[6] & 0x0F) | 0x40
    value[8] = (value[8] & 0x3F) | 0x80
    return JavaUUID(int.from_bytes(value[:8], "big"), int.from_bytes(value[8:], "big"))


def _hex_part(text: str) -> int:
    """Long.parseLong(part, 16) with Java 17's messages."""
    if not text:
        raise GroovyThrowable("NumberFormatException", 'For input string: "" under radix 16')
    start = 1 if text[0] in "+-" and len(text) > 1 else 0
    for index, c in enumerate(text[start:], start):
        if c not in "0123456789abcdefABCDEF":
            raise GroovyThrowable("NumberFormatException", f'Error at index {index} in: "{text}"')
    value = int(text, 16)
    if not -(1 << 63) <= value < (1 << 63):
        raise GroovyThrowable(
            "NumberFormatException", f'Error at index {len(text) - 1} in: "{text}"'
        )
    return value


def uuid_from_string(*args: object) -> JavaUUID:
    """UUID.fromString: five '-'-separated hex groups (short groups are allowed, as in Java)."""
    arity(args, 1)
    name = as_str(args[0])
    if len(name) > 36:
        raise GroovyThrowable("IllegalArgumentException", "UUID string too large")
    parts = name.split("-")
    if len(parts) != 5:
        raise GroovyThrowable("IllegalArgumentException", f"Invalid UUID string: {name}")
    p = [_hex_part(part) for part in parts]
    msb = ((p[0] & 0xFFFFFFFF) << 32) | ((p[1] & 0xFFFF) << 16) | (p[2] & 0xFFFF)
    lsb = ((p[3] & 0xFFFF) << 48) | (p[4] & 0xFFFFFFFFFFFF)
    return JavaUUID(msb, lsb)


def new_uuid(*args: object) -> JavaUUID:
    arity(args, 2)
    if any(type(a) not in (int, Long) for a in args):
        raise NoSignature
    return JavaUUID(int(args[0]), int(args[1]))  # type: ignore[call-overload]


def _version(self: object, *args: object) -> int:
    arity(args, 0)
    return (_uuid(self).msb >> 12) & 0xF


def _uuid_variant(self: object, *args: object) -> int:
    arity(args, 0)
    return _variant(_uuid(self).lsb)


def _most_significant_bits(self: object, *args: object) -> Long:
    arity(args, 0)
    return Long(_uuid(self).msb)


def _least_significant_bits(self: object, *args: object) -> Long:
    arity(args, 0)
    return Long(_uuid(self).lsb)


def _uuid_compare_to(self: object, *args: object) -> int:
    arity(args, 1)
    return _uuid(self).groovy_compare_to(args[0])


UUID_METHODS = {
    "version": _version,
    "variant": _uuid_variant,
    "getMostSignificantBits": _most_significant_bits,
    "getLeastSignificantBits": _least_significant_bits,
    "compareTo": _uuid_compare_to,
}


def _variant(lsb: int) -> int:
    unsigned = lsb & 0xFFFFFFFFFFFFFFFF
    top = unsigned >> 62
    return (unsigned >> (64 - top)) & (lsb >> 63) & 0xFFFFFFFF if top else 0


METHODS = {"Random": RANDOM_METHODS, "UUID": UUID_METHODS}
STATIC_METHODS = {
    "java.util.UUID": {"randomUUID": random_uuid, "fromString": uuid_from_string},
}
CONSTRUCTORS = {"java.util.Random": new_random, "java.util.UUID": new_uuid}
DEFAULT_IMPORTS = {"Random": "java.util.Random", "UUID": "java.util.UUID"}
