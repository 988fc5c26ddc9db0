"""Java's string-to-number parsers: parseInt, parseLong, parseDouble, parseFloat, new BigDecimal(s),
new BigInteger(s), with Java's acceptance rules and messages.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Float, Long
from convoscript.runtime.numbers.decimals import fix_zero
from convoscript.runtime.numbers.failures import number_format_exception
from convoscript.runtime.numbers.floats import f32_from_decimal, f32_ratio
from convoscript.runtime.numbers.kinds import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN
from convoscript.runtime.numbers.sizes import check_bits, check_dec_digits

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
        raise number_format_exception("Cannot parse null string")
    if radix < 2:
        raise number_format_exception(f"radix {radix} less than Character.MIN_RADIX")
    if radix > 36:
        raise number_format_exception(f"radix {radix} greater than Character.MAX_RADIX")
    suffix = "" if radix == 10 else f" under radix {radix}"
    error = f'For input string: "{s}"{suffix}'
    n = len(s)
    if n == 0:
        raise number_format_exception(error)
    i = 0
    negative = False
    first = s[0]
    if first < "0":
        if first == "-":
            negative = True
        elif first != "+":
            raise number_format_exception(error)
        if n == 1:
            raise number_format_exception(error)
        i = 1
    value = 0
    limit = -lo if negative else hi
    for ch in s[i:]:
        dg = _java_digit(ch, radix)
        if dg < 0:
            raise number_format_exception(error)
        value = value * radix + dg
        if value > limit:
            raise number_format_exception(error)
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
        raise number_format_exception("empty String")
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
    raise number_format_exception(f'For input string: "{t}"')


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
        return f32_ratio(num, den)
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
        v = f32_from_decimal(Decimal(payload))
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
        raise number_format_exception(None)
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
                raise number_format_exception(
                    "Character array contains more than one decimal point."
                )
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
                raise number_format_exception(_BD_BAD_CHAR.format(c))
            else:
                raise number_format_exception(
                    'Character array is missing "e" notation exponential mark.'
                )
        i += 1
    if not digits:
        raise number_format_exception("No digits found.")
    scale -= exp
    if not INT_MIN <= scale <= INT_MAX:
        raise number_format_exception("Scale out of range.")
    body = "".join(digits).lstrip("0") or "0"
    check_dec_digits(len(body) + abs(scale))
    d = Decimal(f"{'-' if negative else ''}{body}E{-scale}")
    return fix_zero(d)


def _parse_bd_exponent(s: str, i: int) -> int:
    n = len(s)
    if i >= n:
        raise number_format_exception(None)
    c = s[i]
    negexp = c == "-"
    if negexp or c == "+":
        i += 1
        if i >= n:
            raise number_format_exception(None)
    length = n - i
    while length > 10 and _java_digit(s[i], 10) == 0:
        i += 1
        length -= 1
    if length > 10:
        raise number_format_exception("Too many nonzero exponent digits.")
    value = 0
    for ch in s[i:]:
        dg = _java_digit(ch, 10)
        if dg < 0:
            raise number_format_exception("Not a digit.")
        value = value * 10 + dg
    if negexp:
        value = -value
    if not INT_MIN <= value <= INT_MAX:
        raise number_format_exception("Exponent overflow.")
    return value


def to_biginteger_from_string(s: str | None, radix: int = 10) -> BigInteger:
    """`new BigInteger(s)` with Java's messages (digit groups parsed by Integer.parseInt)."""
    if not 2 <= radix <= 36:  # Character.MIN_RADIX .. MAX_RADIX, checked first as Java does
        raise number_format_exception("Radix out of range")
    if s is None:
        raise GroovyThrowable("NullPointerException", None)
    if any(ord(c) > 0xFFFF for c in s):  # Java counts and cuts the groups in UTF-16 units
        s = _utf16_units(s)
    n = len(s)
    if n == 0:
        raise number_format_exception("Zero length BigInteger")
    sign = 1
    cursor = 0
    i1, i2 = s.rfind("-"), s.rfind("+")
    if i1 >= 0:
        if i1 != 0 or i2 >= 0:
            raise number_format_exception("Illegal embedded sign character")
        sign, cursor = -1, 1
    elif i2 >= 0:
        if i2 != 0:
            raise number_format_exception("Illegal embedded sign character")
        cursor = 1
    if cursor == n:
        raise number_format_exception("Zero length BigInteger")
    while cursor < n and _java_digit(s[cursor], radix) == 0:
        cursor += 1
    if cursor == n:
        return BigInteger(0)
    num_digits = n - cursor
    check_bits(int(num_digits * math.log2(radix)) + 1)
    per_group = _DIGITS_PER_INT[radix]
    first = num_digits % per_group or per_group
    value = 0
    end = cursor + first
    while cursor < n:
        group = s[cursor:end]
        if any(0xD800 <= ord(c) <= 0xDFFF for c in group):  # a surrogate is never a digit
            suffix = "" if radix == 10 else f" under radix {radix}"
            raise number_format_exception(f'For input string: "{_printable(group)}"{suffix}')
        value = value * radix ** len(group) + parse_int(group, radix)
        cursor, end = end, end + per_group
    return BigInteger(sign * value)


def _utf16_units(s: str) -> str:
    """`s` as Java holds it: one char per UTF-16 unit (a surrogate pair as two)."""
    data = s.encode("utf-16-le", "surrogatepass")
    return "".join(chr(int.from_bytes(data[i : i + 2], "little")) for i in range(0, len(data), 2))


def _printable(units: str) -> str:
    """UTF-16 units back to text; a lone surrogate prints as '?', as Java's UTF-8 output."""
    data = units.encode("utf-16-le", "surrogatepass")
    return data.decode("utf-16-le", "replace").replace("\ufffd", "?")


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
