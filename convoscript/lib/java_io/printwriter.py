"""groovy.io.GroovyPrintWriter: the PrintWriter `writer.withPrintWriter { pw -> }` hands its
closure, writing into the StringWriter it wraps.

Its print/println write Groovy's toString (`[a:1]`, as GroovyPrintWriter overrides them);
printf/format are String.format's; write/append are java.io.PrintWriter's. Only a StringWriter
can be wrapped (the one Writer scripts can make); flush and close have nothing to do.
"""

from __future__ import annotations

from convoscript.lib.java_io.stringwriter import StringWriter
from convoscript.lib.java_io.stringwriter import _write as write_to
from convoscript.lib.java_lang.stringbuilder import append_text, sb_append
from convoscript.lib.java_lang.strings import string_format
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.text import to_string
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_closure

_KINDS = ("GroovyPrintWriter", "Object")


class GroovyPrintWriter:
    """A PrintWriter over a StringWriter (`target`)."""

    __slots__ = ("target",)
    java_class = "groovy.io.GroovyPrintWriter"
    supertypes = frozenset(
        {
            "java.io.PrintWriter",
            "java.io.Writer",
            "java.lang.Appendable",
            "java.io.Closeable",
            "java.io.Flushable",
            "java.lang.AutoCloseable",
        }
    )

    def __init__(self, target: StringWriter):
        self.target = target

    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, _KINDS, name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, _KINDS, name)


def _pw(self: object) -> GroovyPrintWriter:
    if isinstance(self, GroovyPrintWriter):
        return self
    raise NoSignature


def _print(self: object, *args: object) -> None:
    arity(args, 1)
    append_text(_pw(self).target, to_string(args[0]))


def _println(self: object, *args: object) -> None:
    arity(args, 0, 1)
    target = _pw(self).target
    append_text(target, (to_string(args[0]) if args else "") + "\n")


def _printf(self: object, *args: object) -> GroovyPrintWriter:
    """printf/format(String, Object...) and (Locale, String, Object...): String.format's text."""
    pw = _pw(self)
    append_text(pw.target, string_format(*args))
    return pw


def _write(self: object, *args: object) -> None:
    """write(int), write(String), write(String, offset, length): StringWriter's."""
    return write_to(_pw(self).target, *args)


def _append(self: object, *args: object) -> GroovyPrintWriter:
    pw = _pw(self)
    sb_append(pw.target, *args)
    return pw


def _left_shift(self: object, *args: object) -> GroovyPrintWriter:
    """The GDK's `writer << value`: Groovy's toString of the value."""
    arity(args, 1)
    pw = _pw(self)
    append_text(pw.target, to_string(args[0]))
    return pw


def _nothing(self: object, *args: object) -> None:
    """flush() and close(): the StringWriter holds the text already."""
    arity(args, 0)
    _pw(self)


def _check_error(self: object, *args: object) -> bool:
    arity(args, 0)
    _pw(self)
    return False


def with_print_writer(self: object, *args: object) -> object:
    """The GDK's `writer.withPrintWriter { pw -> }`: the closure's result."""
    arity(args, 1)
    if not isinstance(self, StringWriter):
        raise NoSignature
    return call_closure(as_closure(args[0]), GroovyPrintWriter(self))


METHODS = {
    "GroovyPrintWriter": {
        "print": _print,
        "println": _println,
        "printf": _printf,
        "format": _printf,
        "write": _write,
        "append": _append,
        "leftShift": _left_shift,
        "flush": _nothing,
        "close": _nothing,
        "checkError": _check_error,
    },
    "StringWriter": {"withPrintWriter": with_print_writer},
}
