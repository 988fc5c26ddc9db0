"""Groovy 2.4's number tower (Integer, Long, BigInteger, BigDecimal, Double, Float) as pure functions.

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

from convoscript.runtime.numbers.arithmetic import (
    intdiv,
    minus,
    mod,
    multiply,
    negate,
    plus,
    positive,
)
from convoscript.runtime.numbers.bitwise import (
    and_,
    bitwise_negate,
    left_shift,
    or_,
    right_shift,
    unsigned_right_shift,
    xor,
)
from convoscript.runtime.numbers.comparison import (
    compare,
    equals,
    ge,
    gt,
    le,
    lt,
    not_equals,
)
from convoscript.runtime.numbers.conversions import (
    double_value,
    float_value,
    int_value,
    long_value,
    to_bigdecimal,
    to_biginteger,
    to_double,
    to_float,
    to_int,
    to_long,
)
from convoscript.runtime.numbers.decimals import (
    EXACT_CONTEXT,
)
from convoscript.runtime.numbers.division import (
    div,
)
from convoscript.runtime.numbers.kinds import (
    is_integral,
    java_class_name,
    type_name,
)
from convoscript.runtime.numbers.literals import (
    parse_literal,
)
from convoscript.runtime.numbers.messageformat import (
    message_format,
)
from convoscript.runtime.numbers.methods import (
    abs,
    number_abs,
    number_round,
    round,
    set_scale,
)
from convoscript.runtime.numbers.parsing import (
    java_trim,
    parse_double,
    parse_float,
    parse_int,
    parse_long,
    to_bigdecimal_from_string,
    to_biginteger_from_string,
)
from convoscript.runtime.numbers.power import (
    power,
)
from convoscript.runtime.numbers.sizes import (
    sized_number,
)
from convoscript.runtime.numbers.strings import (
    string_is_bigdecimal,
    string_is_biginteger,
    string_is_double,
    string_is_float,
    string_is_integer,
    string_is_long,
    string_is_number,
    string_to_bigdecimal,
    string_to_biginteger,
    string_to_double,
    string_to_float,
    string_to_integer,
    string_to_long,
)
from convoscript.runtime.numbers.tostring import (
    double_to_string,
    float_to_string,
    to_java_string,
)

__all__ = [
    "EXACT_CONTEXT",
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
    "message_format",
    "minus",
    "mod",
    "multiply",
    "negate",
    "not_equals",
    "number_abs",
    "number_round",
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
    "sized_number",
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
