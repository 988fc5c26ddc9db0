"""Groovy operators as the generated code calls them.

Each operator has a fast path for the common Integer/String cases; everything else becomes the
method call Groovy makes for that operator (`a + b` is `a.plus(b)`, `a << b` is
`a.leftShift(b)`), which goes through the one dispatch door.
"""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime import numbers
from convoscript.runtime.core.compare import compare, equals, truth
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.javacompare import java_equals
from convoscript.runtime.core.javaregex import JavaPattern
from convoscript.runtime.core.keys import MAP_TYPES, as_key
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import ClassRef, java_class_name
from convoscript.runtime.core.utf16 import concat
from convoscript.runtime.door.dispatch import invoke
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import INT_MAX, INT_MIN, EmptyRange, GString, IntRange


def _is_num(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and type(value) is not bool


_SYMBOLS = {"plus": "+", "minus": "-", "multiply": "*", "div": "/"}
_NULL_RIGHT = {
    "mod": 'Cannot invoke "java.lang.Number.intValue()" because "right" is null',
    "power": 'Cannot invoke "java.lang.Number.doubleValue()" because "exponent" is null',
}


def _null_operand(op: str, method: str) -> GroovyThrowable:
    return GroovyThrowable(
        "NullPointerException", f"Cannot invoke method {method}() on null object"
    )


def _binary(method: str, numeric, a: object, b: object) -> object:
    if _is_num(a):
        if _is_num(b):
            return numeric(a, b)
        if b is None:
            return _number_and_null(method, a)
    if a is None:
        if method == "plus" and (type(b) is str or type(b) is GString):
            return "null" + to_string(b)  # NullObject.plus(String)
        if method == "plus":  # NullObject.plus(Object); the other operators have no method
            raise GroovyThrowable("NullPointerException", f"Cannot execute null+{to_string(b)}")
        raise _null_operand(method, method)
    return invoke(a, method, b)


def _number_and_null(method: str, a: object) -> object:
    """`1 + null`: Groovy cannot choose between Number#plus(Character) and plus(Number) (and,
    for plus, the GDK's plus(String) and BigDecimal's plus(MathContext))."""
    if method in _SYMBOLS:
        prototypes = ["java.lang.Character"]
        if method == "plus":
            prototypes.append("java.lang.String")
        prototypes.append("java.lang.Number")
        if method == "plus" and type(a) is Decimal:
            prototypes.append("java.math.MathContext")
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"Ambiguous method overloading for method {java_class_name(a)}#{method}.\n"
            "Cannot resolve which method to invoke for [null] due to overlapping prototypes "
            "between:" + "".join(f"\n\t[class {p}]" for p in prototypes),
        )
    if method in _NULL_RIGHT:
        raise GroovyThrowable("NullPointerException", _NULL_RIGHT[method])
    return invoke(a, method, None)


def plus(a: object, b: object) -> object:
    if type(a) is int and type(b) is int:
        r = a + b  # type: ignore[operator]
        if INT_MIN <= r <= INT_MAX:
            return r
        return numbers.plus(a, b)
    if type(a) is str:
        text = b if type(b) is str else to_string(b)
        budget.current().check_string(len(a) + len(text))  # type: ignore[arg-type]
        return concat(a, text)  # type: ignore[arg-type]
    return _binary("plus", numbers.plus, a, b)


def minus(a: object, b: object) -> object:
    if type(a) is int and type(b) is int:
        r = a - b  # type: ignore[operator]
        if INT_MIN <= r <= INT_MAX:
            return r
    return _binary("minus", numbers.minus, a, b)


def multiply(a: object, b: object) -> object:
    if type(a) is int and type(b) is int:
        r = a * b  # type: ignore[operator]
        if INT_MIN <= r <= INT_MAX:
            return r
    return _binary("multiply", numbers.multiply, a, b)


def div(a: object, b: object) -> object:
    return _binary("div", numbers.div, a, b)


def mod(a: object, b: object) -> object:
    if type(a) is int and type(b) is int and b:
        r = a % b  # type: ignore[operator]  # Python's sign follows b, Java's follows a
        return r - b if r and (a < 0) != (b < 0) else r  # type: ignore[operator]
    return _binary("mod", numbers.mod, a, b)


def power(a: object, b: object) -> object:
    return _binary("power", numbers.power, a, b)


def left_shift(a: object, b: object) -> object:
    if type(a) is list:  # `list << x`: what List.leftShift (lib/gdk/collections.py) does
        budget.current().check_collection(len(a) + 1)
        a.append(b)
        return a
    if _is_num(a) and _is_num(b):
        return numbers.left_shift(a, b)
    if a is None:
        raise _null_operand("<<", "leftShift")
    return invoke(a, "leftShift", b)


def right_shift(a: object, b: object) -> object:
    return _binary("rightShift", numbers.right_shift, a, b)


def unsigned_right_shift(a: object, b: object) -> object:
    return _binary("rightShiftUnsigned", numbers.unsigned_right_shift, a, b)


def bit_and(a: object, b: object) -> object:
    if type(a) is bool and type(b) is bool:
        return a and b
    return _binary("and", numbers.and_, a, b)


def bit_or(a: object, b: object) -> object:
    if type(a) is bool and type(b) is bool:
        return a or b
    return _binary("or", numbers.or_, a, b)


def bit_xor(a: object, b: object) -> object:
    if type(a) is bool and type(b) is bool:
        return a != b
    return _binary("xor", numbers.xor, a, b)


def negate(a: object) -> object:
    if _is_num(a):
        return numbers.negate(a)
    if a is None:
        raise _null_operand("-", "negative")
    return invoke(a, "negative")


def positive(a: object) -> object:
    if _is_num(a):
        return a
    if a is None:
        raise _null_operand("+", "positive")
    return invoke(a, "positive")


def bitwise_negate(a: object) -> object:
    if _is_num(a):
        return numbers.bitwise_negate(a)
    if type(a) is str or type(a) is GString:
        return JavaPattern(to_string(a))  # `~/\d+/` is a java.util.regex.Pattern
    if a is None:
        raise _null_operand("~", "bitwiseNegate")
    return invoke(a, "bitwiseNegate")


def next_value(a: object) -> object:
    """`x++` / `++x`: Groovy's next()."""
    if type(a) is int:
        return a + 1 if a < INT_MAX else INT_MIN  # type: ignore[operator]
    if _is_num(a):
        return numbers.plus(a, 1)
    if a is None:
        raise _null_operand("++", "next")
    return invoke(a, "next")


def previous_value(a: object) -> object:
    if type(a) is int:
        return a - 1 if a > INT_MIN else INT_MAX  # type: ignore[operator]
    if _is_num(a):
        return numbers.minus(a, 1)
    if a is None:
        raise _null_operand("--", "previous")
    return invoke(a, "previous")


# ---- comparison -------------------------------------------------------------------------------
# < <= > >= between two Doubles are Java's primitive comparisons (NaN is unordered: NaN >= NaN
# is false); any other pair goes through compareTo (NaN above everything, -0.0 below 0.0).
def eq(a: object, b: object) -> bool:
    if type(a) is int and type(b) is int:
        return a == b
    return equals(a, b)


def ne(a: object, b: object) -> bool:
    return not eq(a, b)


def lt(a: object, b: object) -> bool:
    if type(a) is type(b) and (type(a) is int or type(a) is float):
        return a < b  # type: ignore[operator]
    return compare(a, b) < 0


def le(a: object, b: object) -> bool:
    if type(a) is type(b) and (type(a) is int or type(a) is float):
        return a <= b  # type: ignore[operator]
    return compare(a, b) <= 0


def gt(a: object, b: object) -> bool:
    if type(a) is type(b) and (type(a) is int or type(a) is float):
        return a > b  # type: ignore[operator]
    return compare(a, b) > 0


def ge(a: object, b: object) -> bool:
    if type(a) is type(b) and (type(a) is int or type(a) is float):
        return a >= b  # type: ignore[operator]
    return compare(a, b) >= 0


def spaceship(a: object, b: object) -> int:
    return compare(a, b)


def is_in(item: object, container: object) -> bool:
    """`item in container`: Groovy's container.isCase(item)."""
    return is_case(container, item)


def is_case(case: object, value: object) -> bool:
    """`switch`/`in`/grep matching: collections contain, classes test instances, else ==."""
    if case is None:
        return value is None
    if isinstance(case, list):
        budget.current().tick(len(case))
        return any(java_equals(value, x) for x in case)  # Collection.contains: Java equals
    if isinstance(case, IntRange):
        if isinstance(case, EmptyRange) or type(value) is not int:
            return False  # IntRange.contains matches Integers only: 3.5 and 3L are not in 1..5
        return case.low <= value <= case.high  # type: ignore[operator]
    if type(case) in MAP_TYPES:
        return truth(case.get(as_key(value)))  # type: ignore[union-attr]
    if isinstance(case, ClassRef):
        return instance_of(value, case.qualified)
    if type(case) is str or type(case) is GString:
        return equals(case, value)
    return truth(invoke(case, "isCase", value))


def instance_of(value: object, qualified: str) -> bool:
    """`value instanceof Type` for the allowed class names."""
    if value is None:
        return False

    return is_instance(value, qualified)
