"""java.lang.StringBuilder and java.lang.StringBuffer: their methods, their constructors, the
StringBuffer class, and String's `leftShift` (`"a" << x`), which builds a StringBuffer.

The StringBuilder class is runtime.core's `types.StringBuilder` (core's text conversions and
dispatch chain recognise it). A StringBuffer is a StringBuilder by another name: one method
table serves both. `leftShift` is a GDK method of String registered here, with the StringBuffer
it makes, because these methods build on gdk/strings' String methods (indexOf, plus ...):
gdk/strings cannot import this module back.

Checked against Groovy 2.4.21 on JDK 17, where `StringBuilder.setLength`, `setCharAt` and
`substring` are unreachable from Groovy (inherited from a package-private class), so they are
absent here too.
"""

from __future__ import annotations

from convoscript.lib.gdk.strings import (
    _cs,
    _s,
    _sioobe,
    _units,
    index_of,
    java_compare_strings,
    last_index_of,
    plus,
)
from convoscript.runtime.core.javatext import java_string as java_to_string
from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.core.utf16 import pair
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str, check_length
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import identity_hash
from convoscript.runtime.model.values import Char


class StringBuffer(StringBuilder):
    """java.lang.StringBuffer (what `"a" << "b"` builds): a StringBuilder by another name."""

    __slots__ = ()
    java_class = "java.lang.StringBuffer"
    supertypes = frozenset(
        {"java.lang.CharSequence", "java.lang.Appendable", "java.lang.Comparable"}
    )

    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, ("StringBuilder", "CharSequence", "Object"), name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, ("StringBuilder", "CharSequence", "Object"), name)


def _sb(self: object) -> StringBuilder:
    if isinstance(self, StringBuilder):
        return self
    raise NoSignature


def append_text(sb: StringBuilder, text: str, at: int | None = None) -> None:
    """Append (or insert at UTF-16 index `at`) text, within the run's string budget."""
    check_length(sb.length + len(text))
    if at is None:
        sb.parts.append(text)
        sb.length += len(text)
    else:
        whole = _units(sb.text())
        _sb_set(sb, pair(whole[:at] + _units(text) + whole[at:]))


def sb_append(self: object, *args: object) -> StringBuilder:
    if len(args) == 1 and type(args[0]) is str and type(self) is StringBuilder:
        # the common case, `sb.append("text")`, in one step: append_text's work, inlined
        text = args[0]
        length = self.length + len(text)
        b = budget.current()
        if length > b.peak_string:
            b.check_string(length)
        self.parts.append(text)
        self.length = length
        return self
    arity(args, 1, 3)
    sb = _sb(self)
    if len(args) == 3:
        text = _units(_cs(args[0]))
        start, end = as_int(args[1]), as_int(args[2])
        if not 0 <= start <= end <= len(text):
            raise GroovyThrowable(
                "IndexOutOfBoundsException", f"start {start}, end {end}, length {len(text)}"
            )
        append_text(sb, pair(text[start:end]))
    else:
        append_text(sb, java_to_string(args[0]))
    return sb


def sb_left_shift(self: object, *args: object) -> StringBuilder:
    arity(args, 1)
    sb = _sb(self)
    append_text(sb, java_to_string(args[0]))
    return sb


def sb_insert(self: object, *args: object) -> StringBuilder:
    arity(args, 2)
    sb, offset = _sb(self), as_int(args[0])
    size = len(_units(sb.text()))
    if not 0 <= offset <= size:
        raise _sioobe(f"offset {offset}, length {size}")
    append_text(sb, java_to_string(args[1]), offset)
    return sb


def sb_reverse(self: object, *args: object) -> StringBuilder:
    arity(args, 0)
    sb = _sb(self)
    sb.parts = [pair(sb.text()[::-1])]  # a surrogate pair stays in order, as in Java
    return sb


def _sb_set(sb: StringBuilder, text: str) -> None:
    sb.parts = [text] if text else []
    sb.length = len(text)


def sb_delete_char_at(self: object, *args: object) -> StringBuilder:
    arity(args, 1)
    sb, index = _sb(self), as_int(args[0])
    text = _units(sb.text())  # indices are UTF-16 units
    if not 0 <= index < len(text):
        raise _sioobe(f"index {index}, length {len(text)}")
    _sb_set(sb, pair(text[:index] + text[index + 1 :]))
    return sb


def sb_delete(self: object, *args: object) -> StringBuilder:
    arity(args, 2)
    sb, start, end = _sb(self), as_int(args[0]), as_int(args[1])
    text = _units(sb.text())
    end = min(end, len(text))
    if start < 0 or start > end:
        raise _sioobe(f"start {start}, end {end}, length {len(text)}")
    _sb_set(sb, pair(text[:start] + text[end:]))
    return sb


def sb_replace(self: object, *args: object) -> StringBuilder:
    arity(args, 3)
    sb, start, end = _sb(self), as_int(args[0]), as_int(args[1])
    replacement = as_str(args[2])
    text = _units(sb.text())
    size = len(text)
    if start < 0 or start > size or start > end:
        raise _sioobe(f"start {start}, end {min(end, size)}, length {size}")
    end = min(end, size)
    check_length(len(text) - (end - start) + len(replacement))
    _sb_set(sb, pair(text[:start] + _units(replacement) + text[end:]))
    return sb


def sb_char_at(self: object, *args: object) -> Char:
    arity(args, 1)
    sb, index = _sb(self), as_int(args[0])
    text = _units(sb.text())
    if not 0 <= index < len(text):
        raise _sioobe(f"index {index}, length {len(text)}")
    return Char(text[index])


def sb_index_of(self: object, *args: object) -> int:
    arity(args, 1, 2)
    return index_of(_sb(self).text(), *args)


def sb_last_index_of(self: object, *args: object) -> int:
    arity(args, 1, 2)
    return last_index_of(_sb(self).text(), *args)


def sb_to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return _sb(self).text()


def sb_compare_to(self: object, *args: object) -> int:
    arity(args, 1)
    return java_compare_strings(_sb(self).text(), _sb(args[0]).text())


def sb_plus(self: object, *args: object) -> object:
    arity(args, 1)
    return plus(_sb(self).text(), *args)


def sb_equals(self: object, *args: object) -> bool:
    arity(args, 1)
    return self is args[0]


def sb_hash_code(self: object, *args: object) -> int:
    arity(args, 0)

    return identity_hash(self)


def left_shift(self: object, *args: object) -> StringBuilder:
    """`"a" << x` is a new StringBuffer holding both."""
    arity(args, 1)
    buffer = StringBuffer(_s(self))
    sb_left_shift(buffer, args[0])
    return buffer


def new_string_builder(*args: object) -> StringBuilder:
    arity(args, 0, 1)
    if not args:
        return StringBuilder()
    value = args[0]
    if type(value) is int:
        if value < 0:  # type: ignore[operator]
            raise GroovyThrowable("NegativeArraySizeException", str(value))
        return StringBuilder()
    if value is None:
        raise GroovyThrowable(
            "NullPointerException",
            'Cannot invoke "java.lang.CharSequence.length()" because "seq" is null',
        )
    if isinstance(value, StringBuilder):
        return StringBuilder(value.text())
    return StringBuilder(as_str(value))


def new_string_buffer(*args: object) -> StringBuilder:
    builder = new_string_builder(*args)
    return StringBuffer(builder.text())


STRING_BUILDER_METHODS = {
    "append": sb_append,
    "leftShift": sb_left_shift,
    "insert": sb_insert,
    "reverse": sb_reverse,
    "deleteCharAt": sb_delete_char_at,
    "delete": sb_delete,
    "replace": sb_replace,
    "charAt": sb_char_at,
    "indexOf": sb_index_of,
    "lastIndexOf": sb_last_index_of,
    "toString": sb_to_string,
    "compareTo": sb_compare_to,
    "plus": sb_plus,
    "equals": sb_equals,
    "hashCode": sb_hash_code,
}

METHODS = {"StringBuilder": STRING_BUILDER_METHODS, "String": {"leftShift": left_shift}}
CONSTRUCTORS = {
    "java.lang.StringBuilder": new_string_builder,
    "java.lang.StringBuffer": new_string_buffer,
}
DEFAULT_IMPORTS = {
    "StringBuilder": "java.lang.StringBuilder",
    "StringBuffer": "java.lang.StringBuffer",
}
