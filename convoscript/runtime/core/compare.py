"""Groovy truth, `==` and ordering (`<`, `<=>`, sorting) for every runtime value."""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime import numbers
from convoscript.runtime.core.classcast import class_cast
from convoscript.runtime.core.gstring import gstring_text
from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.core.keys import ABSENT, KEY_TYPES, UNSEEN, GSet, stored_key
from convoscript.runtime.core.types import MapEntry, StringBuilder, java_class_name
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Char, Float, GString, IntRange, Long


def truth(value: object) -> bool:
    """Groovy truth: null, false, 0, "", empty collections and maps are false."""
    t = type(value)
    if t is bool:
        return value  # type: ignore[return-value]
    if value is None:
        return False
    if t is str:
        return value != ""
    if t is int:
        return value != 0
    if t in (list, dict) or t in KEY_TYPES:
        return len(value) > 0  # type: ignore[arg-type]
    if t is GString:
        return gstring_text(value) != ""  # type: ignore[arg-type]
    if isinstance(value, (int, float, Decimal)):
        return value != 0
    if isinstance(value, (IntRange, GSet)):
        return len(value) > 0
    if isinstance(value, StringBuilder):
        return value.length > 0
    custom = getattr(value, "groovy_truth", None)
    if custom is not None:
        return custom()
    return True


def _text(value: object) -> str | None:
    t = type(value)
    if t is str or t is Char:
        return str(value)
    if t is GString:
        return gstring_text(value)  # type: ignore[arg-type]
    return None


def _char_code(value: object) -> int | None:
    """A Character (or one-character String) compared with a number compares its code."""
    if isinstance(value, str) and len(value) == 1:
        return ord(value)
    return None


def _is_num(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and type(value) is not bool


def equals(a: object, b: object) -> bool:
    """Groovy's `==` (DefaultTypeTransformation.compareEqual)."""
    if a is b:
        return True
    ta, tb = type(a), type(b)
    if ta is int and tb is int:
        return a == b
    if a is None or b is None:
        return False
    if ta is str and tb is str:
        return a == b
    if _is_num(a) and _is_num(b):
        return numbers.equals(a, b)
    if type(a) is Char and _is_num(b):
        return numbers.equals(ord(a), b)  # type: ignore[arg-type]
    if type(b) is Char and _is_num(a):
        return numbers.equals(a, ord(b))  # type: ignore[arg-type]
    sa = _text(a)
    if sa is not None:
        sb = _text(b)
        return sb is not None and sa == sb
    if ta is bool or tb is bool:
        return ta is tb and a == b
    if getattr(ta, "java_identity", False) or getattr(tb, "java_identity", False):
        return False  # a collection with Object's equals (ArrayDeque): only itself
    if isinstance(a, (list, IntRange)) and isinstance(b, (list, IntRange)):
        if len(a) != len(b):
            return False
        if isinstance(a, IntRange) and isinstance(b, IntRange):
            return a.to_range() == b.to_range()  # same elements: compared without walking
        budget.current().tick(len(a) + 1)  # work done element by element (a list is small)
        la = a if isinstance(a, list) else a.to_range()
        lb = b if isinstance(b, list) else b.to_range()
        return all(equals(x, y) for x, y in zip(la, lb))
    if isinstance(a, dict) and isinstance(b, dict):
        if len(a) != len(b):  # type: ignore[arg-type]
            return False
        budget.current().tick(len(a) + 1)
        for k, v in a.items():  # type: ignore[union-attr]
            if k not in b or not equals(v, b[k]):  # type: ignore[operator,index]
                return False
        return True
    if isinstance(a, GSet) and isinstance(b, GSet):
        return len(a) == len(b) and _sets_equal(a, b)
    if isinstance(a, MapEntry) and isinstance(b, MapEntry):
        return equals(a.key, b.key) and equals(a.value, b.value)
    custom = getattr(a, "groovy_equals", None)
    if custom is not None:
        return custom(b)
    return False


def compare(a: object, b: object) -> int:
    """Groovy's `<=>` (and the basis of `<`, `>`, sort): -1, 0 or 1."""
    if type(a) is int and type(b) is int:
        return (a > b) - (a < b)  # type: ignore[operator]
    if a is b:
        return 0
    if a is None:
        return -1
    if b is None:
        return 1
    if _is_num(a) and _is_num(b):
        return numbers.compare(a, b)
    if _is_num(b) and _char_code(a) is not None:
        return numbers.compare(_char_code(a), b)  # type: ignore[arg-type]
    if _is_num(a) and _char_code(b) is not None:
        return numbers.compare(a, _char_code(b))  # type: ignore[arg-type]
    sa, sb = _text(a), _text(b)
    if sa is not None and sb is not None:
        if type(a) is Char and type(b) is not Char and (type(b) is not str or len(sb) != 1):
            raise class_cast(b, "java.lang.Character")  # Character.compareTo takes no String
        if not (sa.isascii() and sb.isascii()):  # Java orders UTF-16 units (big-endian bytes)
            sa, sb = (
                sa.encode("utf-16-be", "surrogatepass"),
                sb.encode("utf-16-be", "surrogatepass"),
            )
        return (sa > sb) - (sa < sb)
    if type(a) is bool and type(b) is bool:
        return (a > b) - (a < b)
    custom = getattr(a, "groovy_compare_to", None)
    if custom is not None:
        return custom(b)
    if equals(a, b):
        return 0
    if type(a) is GString:  # GString.compareTo: its text against the other's toString
        sa, sb = gstring_text(a), java_string(b)  # type: ignore[arg-type]
        return (sa > sb) - (sa < sb)
    target = _COMPARABLE.get(type(a))
    if target is not None:  # Groovy calls the left value's compareTo, which cannot cast
        raise class_cast(b, target)
    raise GroovyThrowable(
        "GroovyRuntimeException",
        f"Cannot compare {java_class_name(a)} with value '{_show(a)}' and "
        f"{java_class_name(b)} with value '{_show(b)}'",
    )


# The class a Comparable value's compareTo takes, for the values `compare` meets last
# (other Comparables answer `groovy_compare_to` themselves).
_COMPARABLE: dict[type, str] = {
    str: "java.lang.String",
    Char: "java.lang.Character",
    bool: "java.lang.Boolean",
    int: "java.lang.Integer",
    Long: "java.lang.Long",
    BigInteger: "java.math.BigInteger",
    Decimal: "java.math.BigDecimal",
    float: "java.lang.Double",
    Float: "java.lang.Float",
    StringBuilder: "java.lang.StringBuilder",
}


def _show(value: object) -> str:
    """The value as Groovy's message shows it: MessageFormat's text, so a number by the default
    NumberFormat (`1,234.5`, at most 3 fraction digits), anything else by Java's toString
    (`{a=1}` for a map)."""
    if _is_num(value):
        return numbers.message_format(value)
    custom = getattr(value, "message_format_text", None)  # a Date: SHORT date and time
    return custom() if custom is not None else java_string(value)


# Element classes whose Python `==` and hash agree with Groovy's `==` among themselves (a Char,
# a GString or a double may be Groovy-equal to an element its hash does not find).
_PLAIN = frozenset({str, int, Long, BigInteger, Decimal})


def _sets_equal(a: GSet, b: GSet) -> bool:
    """Groovy's Set `==` (each element of `a` `==` some element of `b`), by hashed lookups:
    linear, where Groovy's own walk is quadratic. An element the lookup misses is compared one
    by one as before, unless both it and every element of `b` are of the plain classes."""
    budget.current().tick(2 * len(a) + 1)
    plain = all(type(y) in _PLAIN for y in b)
    for x in a:
        found = stored_key(b.items, x)
        if found is not ABSENT and found is not UNSEEN and equals(x, found):
            continue
        if found is ABSENT and plain and type(x) in _PLAIN:
            return False
        budget.current().tick(len(b))
        if not any(equals(x, y) for y in b):
            return False
    return True
