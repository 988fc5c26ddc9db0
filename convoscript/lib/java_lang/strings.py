"""java.lang.String's statics (format, valueOf, join, CASE_INSENSITIVE_ORDER) and constructor.

String's instance methods, Java's and the GDK's in one table by receiver, are in gdk/strings.py
(`str` and GString receivers); the format strings are java.util.Formatter's (java_util/formatter).
"""

from __future__ import annotations

from convoscript.lib.gdk.collections import _elements, _is_collection
from convoscript.lib.gdk.strings import _cs_param, java_compare_strings
from convoscript.lib.java_lang import bytetext
from convoscript.lib.java_util.formatter import java_format
from convoscript.lib.java_util.locale import Locale, number_symbols
from convoscript.lib.javaobject import compare_error
from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.javatext import java_string as java_to_string
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.core.utf16 import pair
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str, check_length
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import GString


def _varargs(values: tuple) -> tuple:
    """Java's Object... parameter: one array is the arguments themselves (Groovy spreads a
    primitive array too)."""
    if len(values) == 1 and isinstance(values[0], JavaArray):
        return tuple(values[0])
    return values


def string_format(*args: object) -> str:
    if not args:
        raise NoSignature
    if len(args) >= 2 and (args[0] is None or isinstance(args[0], Locale)):
        # format(Locale, ...): the Locale's decimal and grouping separators (null: none)
        symbols = None if args[0] is None else number_symbols(args[0])
        return java_format(as_str(args[1]), _varargs(args[2:]), symbols)
    return java_format(as_str(args[0]), _varargs(args[1:]))


def string_value_of(*args: object) -> str:
    arity(args, 1)
    if getattr(type(args[0]), "java_class", None) == "char[]":
        return to_string(args[0])  # String.valueOf(char[]): the characters
    return "null" if args[0] is None else str(java_to_string(args[0]))


def string_join(*args: object) -> str:
    if len(args) < 2:
        raise NoSignature
    separator = _cs_param(args[0])  # CharSequence parameters: a StringBuilder too
    items = _elements(args[1]) if len(args) == 2 and _is_collection(args[1]) else args[1:]
    parts = ["null" if x is None else _cs_param(x) for x in items]
    check_length(sum(len(p) for p in parts) + len(separator) * len(parts))
    return separator.join(parts)


def _case_insensitive(a: object, b: object) -> int:
    def fold(text: str) -> str:
        return "".join(c.upper().lower() if len(c.upper()) == 1 else c for c in text)

    for value in (a, b):  # the bridge method's casts to String come first
        if value is not None and type(value) not in (str, GString):
            raise compare_error(value, "java.lang.String")
    for value, name in ((a, "s1"), (b, "s2")):
        if value is None:
            raise GroovyThrowable(
                "NullPointerException", f'Cannot read field "value" because "{name}" is null'
            )
    return java_compare_strings(fold(as_str(a)), fold(as_str(b)))


def new_string(*args: object) -> str:
    arity(args, 0, 1, 2, 3, 4)
    if args and bytetext.is_byte_array(args[0]):
        return _string_from_bytes(args)
    if len(args) == 3:  # `new String(char[], offset, count)`: UTF-16 units
        if getattr(type(args[0]), "java_class", None) != "char[]":
            raise NoSignature
        chars, offset, count = "".join(args[0]), as_int(args[1]), as_int(args[2])  # type: ignore[arg-type]
        bytetext.check_range(len(chars), offset, count)
        return pair(chars[offset : offset + count])
    arity(args, 0, 1)
    if not args:
        return ""
    if isinstance(args[0], StringBuilder):
        return args[0].text()
    if getattr(type(args[0]), "java_class", None) == "char[]":
        return to_string(args[0])
    return as_str(args[0])


def _string_from_bytes(args: tuple) -> str:
    """new String(byte[]), (byte[], charsetName), (byte[], hibyte), (byte[], offset, length),
    (byte[], offset, length, charsetName), (byte[], hibyte, offset, count)."""
    data = bytetext.raw(args[0])
    rest = args[1:]
    if not rest:
        return bytetext.decode(data)
    if len(rest) == 1:
        if type(rest[0]) is int:
            return bytetext.with_high_byte(data, rest[0])  # type: ignore[arg-type]
        return bytetext.decode(data, as_str(rest[0]))
    if len(rest) == 2:
        offset, count = as_int(rest[0]), as_int(rest[1])
        bytetext.check_range(len(data), offset, count)
        return bytetext.decode(data[offset : offset + count])
    if type(rest[2]) is int:  # (byte[], hibyte, offset, count)
        hibyte, offset, count = as_int(rest[0]), as_int(rest[1]), as_int(rest[2])
        bytetext.check_range(len(data), offset, count)
        return bytetext.with_high_byte(data[offset : offset + count], hibyte)
    offset, count, charset = as_int(rest[0]), as_int(rest[1]), as_str(rest[2])
    bytetext.check_range(len(data), offset, count)
    return bytetext.decode(data[offset : offset + count], charset)


STATIC_METHODS = {
    "java.lang.String": {
        "format": string_format,
        "valueOf": string_value_of,
        "join": string_join,
    },
}
STATIC_FIELDS = {
    "java.lang.String": {
        "CASE_INSENSITIVE_ORDER": JavaComparator(
            _case_insensitive, "java.lang.String$CaseInsensitiveComparator"
        ),
    },
}
CONSTRUCTORS = {"java.lang.String": new_string}
DEFAULT_IMPORTS = {"String": "java.lang.String"}
