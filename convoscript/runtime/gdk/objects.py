"""Methods every value has (java.lang.Object and Groovy's DefaultGroovyMethods on Object)."""

from __future__ import annotations

from ..closures import Closure, call_closure
from ..compare import equals, truth
from ..gdkbase import NoSignature, arity, as_closure
from ..text import to_string


def to_string_(self: object, *args: object) -> str:
    arity(args, 0)
    return to_string(self)


def equals_(self: object, *args: object) -> bool:
    """Java equals: unlike `==`, 1.equals(1L) is false (the classes differ)."""
    arity(args, 1)
    other = args[0]
    if type(self) is not type(other):
        return False
    return equals(self, other)


def is_(self: object, *args: object) -> bool:
    arity(args, 1)
    return self is args[0]


def as_boolean(self: object, *args: object) -> bool:
    arity(args, 0)
    return truth(self)


def with_(self: object, *args: object) -> object:
    arity(args, 1)
    return call_closure(as_closure(args[0]), self)


def identity(self: object, *args: object) -> object:
    return with_(self, *args)


def is_case(self: object, *args: object) -> bool:
    arity(args, 1)
    if isinstance(self, Closure):
        return truth(call_closure(self, args[0]))
    return equals(self, args[0])


def get_class(self: object, *args: object) -> object:
    arity(args, 0)
    from ..dispatch import class_of

    return class_of(self)


def hash_code(self: object, *args: object) -> int:
    arity(args, 0)
    from ..hashing import java_hash

    return java_hash(self)


def inspect(self: object, *args: object) -> str:
    arity(args, 0)
    from ..text import inspect_text

    return inspect_text(self)


def _no(*_args: object) -> object:
    raise NoSignature


METHODS = {
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
}
