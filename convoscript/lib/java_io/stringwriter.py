"""java.io.StringWriter: the class, its methods and its constructor.

A StringWriter is a StringBuilder (runtime.core) holding the text written so far. Its methods
are java.io.StringWriter's (append, write, flush, close, toString) and the GDK's on Writer
(`<<` writes Groovy's toString); none of StringBuilder's others (`length()`, `charAt` ...) are
a StringWriter's in Groovy, which answers them with MissingMethodException.
"""

from __future__ import annotations

from convoscript.lib.java_lang.stringbuilder import append_text, sb_append
from convoscript.lib.java_util.arraylist import check_capacity
from convoscript.runtime import numbers
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.core.utf16 import pair, units
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Char

_KINDS = ("StringWriter", "Object")


class StringWriter(StringBuilder):
    """java.io.StringWriter: `<<` writes Groovy's toString, write(int) a character."""

    __slots__ = ()
    java_class = "java.io.StringWriter"
    supertypes = frozenset({"java.io.Writer", "java.lang.Appendable"})

    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, _KINDS, name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, _KINDS, name)


def _w(self: object) -> StringWriter:
    if isinstance(self, StringWriter):
        return self
    raise NoSignature


def _left_shift(self: object, *args: object) -> StringWriter:
    """The GDK's `writer << value`: Groovy's toString of the value."""
    arity(args, 1)
    append_text(_w(self), to_string(args[0]))
    return _w(self)


def _written(value: object) -> str:
    """write(int) writes a character (a char argument takes it too); write(String) the text,
    `null` as "null" (StringBuffer.append's)."""
    if type(value) is int:
        return chr(value & 0xFFFF)
    if type(value) is Char:
        return str(value)
    if value is None:
        return "null"
    return as_str(value)


def _write(self: object, *args: object) -> None:
    arity(args, 1, 3)
    writer = _w(self)
    if len(args) == 1:
        append_text(writer, _written(args[0]))
        return None
    text = units(as_str(args[0]))  # write(char[], off, len) is not implemented
    start = as_int(args[1])
    end = numbers.to_int(start + as_int(args[2]))  # Java's int sum wraps
    if not 0 <= start <= end <= len(text):  # StringBuffer.append(CharSequence, start, end)
        raise GroovyThrowable(
            "IndexOutOfBoundsException", f"start {start}, end {end}, length {len(text)}"
        )
    append_text(writer, pair(text[start:end]))  # offsets are UTF-16 units
    return None


def _nothing(self: object, *args: object) -> None:
    """flush() and close(): nothing to do for a StringWriter."""
    arity(args, 0)
    _w(self)


def _to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return _w(self).text()


def _append(self: object, *args: object) -> StringWriter:
    """append(CharSequence), append(char), append(CharSequence, start, end)."""
    _w(self)
    return sb_append(self, *args)  # type: ignore[return-value]


METHODS = {
    "StringWriter": {
        "leftShift": _left_shift,
        "write": _write,
        "append": _append,
        "flush": _nothing,
        "close": _nothing,
        "toString": _to_string,
    }
}


def new_string_writer(*args: object) -> StringBuilder:
    arity(args, 0, 1)
    if args:
        check_capacity(args[0])
    return StringWriter()


CONSTRUCTORS = {"java.io.StringWriter": new_string_writer}
DEFAULT_IMPORTS = {"StringWriter": "java.io.StringWriter"}
