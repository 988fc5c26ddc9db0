"""java.io.StringWriter: the class and its constructor.

A StringWriter is a StringBuilder (runtime.core) whose `<<` writes Groovy's toString and whose
write(int) writes a character; its text methods are StringBuilder's (java_lang/stringbuilder.py).
"""

from __future__ import annotations

from convoscript.lib.java_lang.stringbuilder import append_text
from convoscript.lib.java_util.arraylist import check_capacity
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import arity, as_str


class StringWriter(StringBuilder):
    """java.io.StringWriter: `<<` writes Groovy's toString, write(int) a character."""

    __slots__ = ()
    java_class = "java.io.StringWriter"
    supertypes = frozenset({"java.io.Writer", "java.lang.Appendable"})

    def script_invoke(self, name: str, args: tuple) -> object:
        if name == "leftShift" and len(args) == 1:
            append_text(self, to_string(args[0]))
            return self
        if name == "write" and len(args) == 1:
            value = args[0]
            append_text(self, chr(value & 0xFFFF) if type(value) is int else as_str(value))
            return None
        if name in ("flush", "close") and not args:
            return None
        if name in ("append", "toString", "length", "size", "isEmpty", "charAt", "indexOf"):
            return route_invoke(self, ("StringBuilder", "CharSequence", "Object"), name, args)
        return route_invoke(self, ("Object",), name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, ("Object",), name)


def new_string_writer(*args: object) -> StringBuilder:
    arity(args, 0, 1)
    if args:
        check_capacity(args[0])
    return StringWriter()


CONSTRUCTORS = {"java.io.StringWriter": new_string_writer}
DEFAULT_IMPORTS = {"StringWriter": "java.io.StringWriter"}
