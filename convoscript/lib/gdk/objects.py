"""Methods every value has (java.lang.Object and Groovy's DefaultGroovyMethods on Object).

Also home of `inspect_text` (Groovy's `inspect()`), which other GDK modules share.
"""

from __future__ import annotations

from convoscript.lib.java_util.formatter import java_format
from convoscript.runtime.core.arrays import CharArray
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.compare import equals, truth
from convoscript.runtime.core.hashing import java_hash
from convoscript.runtime.core.javacompare import java_equals
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.text import range_text, to_string
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door.dispatch import class_of
from convoscript.runtime.door.signatures import NoSignature, arity, as_closure, as_str
from convoscript.runtime.model import budget
from convoscript.runtime.model.values import DELEGATE_FIRST, Closure, IntRange


# ---- Groovy inspect()
def _quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
        .replace("\f", "\\f")
        .replace("\b", "\\b")
        .replace("'", "\\'")
    )
    return "'" + escaped + "'"


def inspect_text(value: object, seen: list | None = None) -> str:
    """Groovy's `inspect()`: like toString, but Strings quoted ('a'), in lists and maps too."""
    if type(value) is str:
        text = _quote(value)  # type: ignore[arg-type]
        budget.current().check_string(len(text))
        return text
    if isinstance(value, IntRange):
        return range_text(value)
    if not isinstance(value, (list, dict, GSet)) or type(value) is CharArray:
        return to_string(value)  # a char[] is its text, as when printed
    seen = seen or []
    if any(value is s for s in seen):
        return "(this Map)" if isinstance(value, dict) else "(this Collection)"
    seen.append(value)
    budget.current().tick(len(value))
    if isinstance(value, dict):
        if not value:
            text = "[:]"
        else:
            text = (
                "["
                + ", ".join(
                    f"{inspect_text(k, seen)}:{inspect_text(v, seen)}" for k, v in value.items()
                )
                + "]"
            )
    else:
        text = "[" + ", ".join(inspect_text(item, seen) for item in value) + "]"
    seen.pop()
    budget.current().check_string(len(text))
    return text


# ---- the Object table
def to_string_(self: object, *args: object) -> str:
    arity(args, 0)
    return to_string(self)


def equals_(self: object, *args: object) -> bool:
    """Java equals: unlike `==`, 1.equals(1L) is false (the classes differ)."""
    arity(args, 1)
    return java_equals(self, args[0])


def is_(self: object, *args: object) -> bool:
    arity(args, 1)
    other = args[0]
    # a class is one object in Java; here each mention of it is a reference to its name
    return self is other or type(self) is ClassRef and self == other


def as_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    return truth(self)


def with_(self: object, *args: object) -> object:
    """`obj.with { ... }`: the closure runs with `obj` as its delegate, delegate first."""
    arity(args, 1)

    closure = as_closure(args[0])
    saved = (closure.delegate, closure.resolve_strategy)
    closure.delegate, closure.resolve_strategy = self, DELEGATE_FIRST
    try:
        return call_closure(closure, self)
    finally:
        closure.delegate, closure.resolve_strategy = saved


def identity(self: object, *args: object) -> object:
    return with_(self, *args)


def is_case(self: object, *args: object) -> bool:
    arity(args, 1)
    if isinstance(self, Closure):
        return truth(call_closure(self, args[0], method="call"))  # a BooleanClosureWrapper
    return equals(self, args[0])


def get_class(self: object, *args: object) -> object:
    arity(args, 0)
    return class_of(self)


def hash_code(self: object, *args: object) -> int:
    arity(args, 0)

    return java_hash(self)


def inspect(self: object, *args: object) -> str:
    arity(args, 0)
    return inspect_text(self)


def sprintf(self: object, *args: object) -> str:
    """sprintf(format, values...): String.format; one List argument is spread, as Groovy does."""
    if not args:
        raise NoSignature
    fmt, values = as_str(args[0]), args[1:]
    if len(values) == 1 and isinstance(values[0], list):
        values = tuple(values[0])
    return java_format(fmt, values)


OBJECT_METHODS = {
    "toString": to_string_,
    "equals": equals_,
    "is": is_,
    "asBoolean": as_boolean,
    "with": with_,
    "identity": identity,
    "isCase": is_case,
    "getClass": get_class,
    "hashCode": hash_code,
    "inspect": inspect,
    "sprintf": sprintf,
}

METHODS = {"Object": OBJECT_METHODS}
DEFAULT_IMPORTS = {"Object": "java.lang.Object", "Comparable": "java.lang.Comparable"}
