"""The one cast function: every implicit or explicit conversion a script makes.

`cast(value, type_name, explicit)` serves typed declarations and assignments (implicit, Groovy's
castToType) and `as` (explicit, Groovy's asType). A value that already is an instance of the
target (its class, a superclass or an interface it implements: a LocalDate is a Comparable, a
read-only list is a List) is kept as it is; otherwise a fixed table of target types converts
it, never calling an arbitrary constructor, and a closure (or, with `as`, a map of closures)
becomes an interface's implementation (coerced.py). Anything else is a GroovyCastException.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from convoscript.runtime import numbers
from convoscript.runtime.core import upcalls
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.core.coerced import coerce_to_interface
from convoscript.runtime.core.comparators import JavaComparator, closure_comparator
from convoscript.runtime.core.compare import truth
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.javasets import TreeSet
from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.core.keys import LIST_TYPES, MAP_TYPES, GSet
from convoscript.runtime.core.text import as_java_string, to_string
from convoscript.runtime.core.types import MapEntry, StringBuilder, has_fixed_chain, java_class_name
from convoscript.runtime.core.utf16 import units
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import (
    Char,
    Closure,
    GString,
    IntRange,
    LinkedList,
    ObjectRange,
)

# a Java primitive's boxed class (also the authoring tools' and the surface fuzzer's)
BOXED_TYPES = {
    "int": "java.lang.Integer",
    "long": "java.lang.Long",
    "double": "java.lang.Double",
    "float": "java.lang.Float",
    "boolean": "java.lang.Boolean",
    "short": "java.lang.Short",
    "byte": "java.lang.Byte",
    "char": "java.lang.Character",
}


def _is_num(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and type(value) is not bool


def cast_error(value: object, target: str, due_to: str | None = None) -> GroovyThrowable:
    shown = to_string(value)
    cls = java_class_name(value)
    target_name = target if target in BOXED_TYPES else _qualify(target)
    message = f"Cannot cast object '{shown}' with class '{cls}' to class '{target_name}'"
    if value is None and target in BOXED_TYPES:
        message += f". Try '{BOXED_TYPES[target]}' instead"
    if due_to:
        message += f" due to: {due_to}"
    return GroovyThrowable("GroovyCastException", message)


def _qualify(name: str) -> str:
    # the allow-list's class names are the door's (above core)
    return upcalls.resolve_type_name(name) or name


def _elements(value: object) -> list | None:
    """The elements of a Java collection or array that is not a plain list (a read-only view,
    a key set, a char[]), else None."""
    if isinstance(value, (list, GSet)):
        return list(value)
    if isinstance(value, IntRange):
        return list(value.to_range())
    java_class = getattr(type(value), "java_class", None)
    if is_instance(value, "java.util.Collection") or (
        isinstance(java_class, str) and java_class.endswith("[]")
    ):
        items = list(value)  # type: ignore[call-overload]
        budget.current().tick(len(items))
        return items
    return None


# ---- conversions by target --------------------------------------------------------------
def _number_text(value: object, explicit: bool) -> str | None:
    """The text a number cast parses: a String's or GString's; with `as`, a StringBuilder's too
    (DGM asType(CharSequence, Class) goes through toString())."""
    if explicit and isinstance(value, StringBuilder):
        return value.text()
    return as_java_string(value)


def _to_int_like(convert: Callable[[object], object]) -> Callable[[object, str, bool], object]:
    def conv(value: object, target: str, explicit: bool) -> object:
        if _is_num(value):
            return convert(value)
        if isinstance(value, Char):
            return convert(ord(value))
        text = _number_text(value, explicit)
        if text is not None:
            if explicit:
                return (
                    convert(numbers.string_to_bigdecimal(text.strip()))
                    if target in ("double", "Double", "float", "Float")
                    else convert(_parse_integral(text.strip(), target))
                )
            if len(text) == 1 and text <= "\uffff":  # a one-char String goes through char
                return convert(ord(text))
        raise cast_error(value, target)

    return conv


def _parse_integral(text: str, target: str) -> object:
    if target in ("long", "Long"):
        return numbers.parse_long(text)
    if target in ("BigInteger",):
        return numbers.to_biginteger(numbers.string_to_bigdecimal(text))
    return numbers.parse_int(text, 10)


def _to_double(value: object, target: str, explicit: bool) -> object:
    if isinstance(value, Char):
        value = ord(value)
    if _is_num(value):
        return (
            numbers.to_double(value) if target in ("double", "Double") else numbers.to_float(value)
        )
    text = _number_text(value, explicit)
    if text is not None and explicit:
        parsed = numbers.parse_double(text)
        return parsed if target in ("double", "Double") else numbers.to_float(parsed)
    if text is not None and len(text) == 1 and text <= "\uffff":  # one char (an emoji is 2)
        return float(ord(text))
    raise cast_error(value, target)


def _to_bigdecimal(value: object, target: str, explicit: bool) -> object:
    if isinstance(value, Char):
        value = ord(value)
    if _is_num(value):
        return numbers.to_bigdecimal(value)
    text = _number_text(value, explicit)
    if text is not None and explicit:
        return numbers.string_to_bigdecimal(text)
    raise cast_error(value, target)


def _to_biginteger(value: object, target: str, explicit: bool) -> object:
    if isinstance(value, Char):
        value = ord(value)
    if _is_num(value):
        return numbers.to_biginteger(value)
    text = _number_text(value, explicit)
    if text is not None and explicit:  # StringGroovyMethods.toBigInteger: new BigInteger(trim)
        return numbers.to_biginteger_from_string(numbers.java_trim(text))
    raise cast_error(value, target)


def _to_string(value: object, target: str, explicit: bool) -> object:
    if not explicit and isinstance(value, (list, dict, GSet, IntRange, ObjectRange)):
        # a cast or typed assignment is Java's toString (`[{a=1}]`); only `as String` is
        # Groovy's text (`[[a:1]]`)
        return java_string(value)
    text = to_string(value)
    return str.__str__(text) if type(text) is Char else text  # a char becomes a String


def _to_boolean(value: object, target: str, explicit: bool) -> object:
    return truth(value)


def _to_char(value: object, target: str, explicit: bool) -> object:
    if isinstance(value, Char):
        return value
    text = as_java_string(value)
    if text is not None and len(text) == 1 and text <= "\uffff":  # one char (an emoji is 2)
        return Char(text)
    if text is not None and explicit:  # `"AB" as char`: Groovy takes the first character
        if not text:
            raise GroovyThrowable("StringIndexOutOfBoundsException", "String index out of range: 0")
        return Char(units(text[0])[0])
    if _is_num(value):  # Java's (char) value.intValue(): the low 16 bits
        return Char(chr(numbers.to_int(value) & 0xFFFF))
    raise cast_error(value, target)


def _to_linked_list(value: object, target: str, explicit: bool) -> object:
    if type(value) is LinkedList:
        return value
    items = _to_list(value, target, explicit)
    return LinkedList(items)  # type: ignore[call-overload]


def _to_collection(value: object, target: str, explicit: bool) -> object:
    """Collection, Iterable: a set or range already is one."""
    if isinstance(value, (GSet, IntRange)):
        return value
    return _to_list(value, target, explicit)


def _to_list(value: object, target: str, explicit: bool) -> object:
    if type(value) in LIST_TYPES or isinstance(value, IntRange):
        return value
    items = _elements(value)
    if items is not None:
        # `as List` copies any collection or array; a typed declaration copies an array or a
        # List (a read-only one into an ArrayList) and refuses any other collection (a set)
        if (
            explicit
            or not is_instance(value, "java.util.Collection")
            or is_instance(value, "java.util.List")
        ):
            return items
        raise cast_error(
            value,
            target,
            "groovy.lang.GroovyRuntimeException: Could not find "
            "matching constructor for: java.util.List",
        )
    text = as_java_string(value)
    if text is not None and explicit:
        return [c for c in text]
    raise cast_error(value, target)


def _to_set(value: object, target: str, explicit: bool) -> object:
    if isinstance(value, GSet) and is_instance(value, _SET_TARGETS.get(target, "java.util.Set")):
        return value
    if isinstance(value, (list, IntRange)):
        if isinstance(value, IntRange):  # the copy's size, refused before it is built
            budget.current().check_collection(len(value))
        items = value if isinstance(value, list) else value.to_range()  # type: ignore
        return GSet(items)
    elements = _elements(value)  # a read-only view, a char[]: copied into a LinkedHashSet
    if elements is not None:
        return GSet(elements)
    raise cast_error(value, target)


def _to_sorted_set(value: object, target: str, explicit: bool) -> object:
    """TreeSet/SortedSet: distinct by compareTo, in sorted order."""

    items = list(_to_set(value, target, explicit))  # type: ignore[call-overload]
    budget.current().tick(len(items) * max(1, len(items).bit_length()))
    return TreeSet(items)


def _to_comparator(value: object, target: str, explicit: bool) -> object:
    if isinstance(value, JavaComparator):
        return value
    if isinstance(value, Closure):
        return closure_comparator(value)
    if explicit and type(value) in MAP_TYPES:  # `[compare: { a, b -> ... }] as Comparator`
        compare = value.get("compare")  # type: ignore[attr-defined]
        if isinstance(compare, Closure):
            return closure_comparator(compare, "map")
        return JavaComparator(_unsupported, proxy="map")
    raise cast_error(value, target)


def _unsupported(a: object, b: object) -> int:
    raise GroovyThrowable("UnsupportedOperationException", None)


def _to_array(value: object, target: str, explicit: bool) -> object:
    """`as String[]`, `int[] a = [1, 2]`: a Java array of converted elements."""

    component = target[:-2]
    if isinstance(value, (list, GSet, IntRange)):
        if isinstance(value, IntRange):  # the array's size, refused before it is built
            budget.current().check_collection(len(value))
        items = list(value.to_range()) if isinstance(value, IntRange) else list(value)
    elif explicit and as_java_string(value) is not None:
        items = list(as_java_string(value))  # type: ignore[arg-type]
    else:
        raise cast_error(value, target)
    return make_array(component, [cast(v, component, explicit) for v in items])


def _to_map(value: object, target: str, explicit: bool) -> object:
    if type(value) in MAP_TYPES:  # a LinkedHashMap is every one of Map, HashMap, LinkedHashMap
        return value
    java_is_a = getattr(value, "java_is_a", None)  # TreeMap, HashMap: what their class is
    if (
        isinstance(value, dict)
        and java_is_a is not None
        and java_is_a(_MAP_TARGETS.get(target, target))
    ):
        return value
    if isinstance(value, dict):  # another Map class (a TreeMap as a LinkedHashMap): a copy
        return dict(value)
    if is_instance(value, "java.util.Map"):  # a read-only view: a copy of its entries
        entries = list(value)  # type: ignore[call-overload]
        budget.current().tick(len(entries))
        return {e.key: e.value for e in entries}
    raise cast_error(value, target)


_SET_TARGETS = {
    "HashSet": "java.util.HashSet",
    "LinkedHashSet": "java.util.LinkedHashSet",
    "java.util.HashSet": "java.util.HashSet",
    "java.util.LinkedHashSet": "java.util.LinkedHashSet",
}

_MAP_TARGETS = {
    "Map": "java.util.Map",
    "HashMap": "java.util.HashMap",
    "LinkedHashMap": "java.util.LinkedHashMap",
}


def _to_char_sequence(value: object, target: str, explicit: bool) -> object:
    if type(value) in (str, GString):
        return value
    if type(value) is StringBuilder:  # `as` on a CharSequence goes through its String
        return value.text() if explicit else value
    raise cast_error(value, target)


def _instance(check: Callable[[object], bool]) -> Callable[[object, str, bool], object]:
    def conv(value: object, target: str, explicit: bool) -> object:
        if check(value):
            return value
        raise cast_error(value, target)

    return conv


def _narrow(bits: int) -> Callable[[object], int]:
    """Java's int-to-short/byte conversion after the int one: keep the low `bits` bits, signed.
    (The value stays an Integer here: convoscript has no Short/Byte value type.)"""
    half = 1 << (bits - 1)

    def convert(value: object) -> int:
        return ((numbers.to_int(value) + half) & ((1 << bits) - 1)) - half

    return convert


_INT = _to_int_like(numbers.to_int)
_SHORT = _to_int_like(_narrow(16))
_BYTE = _to_int_like(_narrow(8))
_LONG = _to_int_like(numbers.to_long)

_TABLE: dict[str, Callable[[object, str, bool], object]] = {
    "int": _INT,
    "Integer": _INT,
    "java.lang.Integer": _INT,
    "short": _SHORT,
    "Short": _SHORT,
    "java.lang.Short": _SHORT,
    "byte": _BYTE,
    "Byte": _BYTE,
    "java.lang.Byte": _BYTE,
    "long": _LONG,
    "Long": _LONG,
    "java.lang.Long": _LONG,
    "double": _to_double,
    "Double": _to_double,
    "java.lang.Double": _to_double,
    "float": _to_double,
    "Float": _to_double,
    "BigDecimal": _to_bigdecimal,
    "java.math.BigDecimal": _to_bigdecimal,
    "BigInteger": _to_biginteger,
    "java.math.BigInteger": _to_biginteger,
    "String": _to_string,
    "java.lang.String": _to_string,
    "boolean": _to_boolean,
    "Boolean": _to_boolean,
    "java.lang.Boolean": _to_boolean,
    "char": _to_char,
    "Character": _to_char,
    "List": _to_list,
    "ArrayList": _to_list,
    "Collection": _to_collection,
    "Iterable": _to_collection,
    "java.util.Collection": _to_collection,
    "java.lang.Iterable": _to_collection,
    "java.util.List": _to_list,
    "java.util.ArrayList": _to_list,
    "LinkedList": _to_linked_list,
    "java.util.LinkedList": _to_linked_list,
    "Set": _to_set,
    "HashSet": _to_set,
    "LinkedHashSet": _to_set,
    "java.util.HashSet": _to_set,
    "java.util.LinkedHashSet": _to_set,
    "java.util.Set": _to_set,
    "SortedSet": _to_sorted_set,
    "TreeSet": _to_sorted_set,
    "java.util.SortedSet": _to_sorted_set,
    "java.util.TreeSet": _to_sorted_set,
    "Comparator": _to_comparator,
    "java.util.Comparator": _to_comparator,
    "Map": _to_map,
    "HashMap": _to_map,
    "LinkedHashMap": _to_map,
    "java.util.Map": _to_map,
    "java.util.HashMap": _to_map,
    "java.util.LinkedHashMap": _to_map,
    "Object": lambda v, t, e: v,
    "java.lang.Object": lambda v, t, e: v,
    "Number": _instance(_is_num),
    "Closure": _instance(lambda v: isinstance(v, Closure)),
    "GString": _instance(lambda v: isinstance(v, GString)),
    "CharSequence": _to_char_sequence,
    "StringBuilder": _instance(lambda v: type(v) is StringBuilder),  # not a StringBuffer
    "Map.Entry": _instance(lambda v: isinstance(v, MapEntry)),
    "Range": _instance(lambda v: isinstance(v, (IntRange, ObjectRange))),
    "ObjectRange": _instance(lambda v: isinstance(v, ObjectRange)),
    "IntRange": _instance(lambda v: isinstance(v, IntRange)),
}

_NULL_OK = {"int", "long", "double", "float", "boolean", "short", "byte", "char"}


# (value type, target) pairs where the table's conversion returns the value itself: a typed
# local in a loop (`int i`, `String s`) is cast on every assignment, so skip the table there.
IDENTITY_CASTS = frozenset(
    {(int, "int"), (int, "Integer"), (str, "String"), (bool, "boolean"), (bool, "Boolean")}
)


def cast(value: object, type_name: str | None, explicit: bool = False) -> object:
    """Convert `value` to the Groovy type `type_name` (None or "def": unchanged)."""
    if (type(value), type_name) in IDENTITY_CASTS:
        return value
    if type_name is None or type_name == "def":
        return value
    if value is None:
        if type_name in _NULL_OK:
            if type_name == "boolean":
                return False
            raise cast_error(value, type_name)
        return None
    conv = _TABLE.get(type_name)
    if conv is not None and has_fixed_chain(type(value)):
        return conv(value, type_name, explicit)  # the plain values the table is written for
    return _cast_object(value, type_name, explicit, conv)


def _cast_object(value: object, type_name: str, explicit: bool, conv) -> object:
    """Any other value or target: kept when it already is an instance of the target (Groovy's
    first test), else converted by the table, or coerced to an interface."""
    qualified = upcalls.resolve_type_name(type_name)
    if is_instance(value, qualified or type_name):  # value is not null here
        return value
    if conv is not None:
        return conv(value, type_name, explicit)
    if type_name.endswith("[]"):
        return _to_array(value, type_name, explicit)
    proxy = coerce_to_interface(value, type_name, qualified, explicit)
    if proxy is not None:
        return proxy
    raise cast_error(value, type_name)
