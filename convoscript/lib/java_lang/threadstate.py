"""java.lang.Thread.State: the enum's constants (NEW, RUNNABLE, ...), `valueOf`, `values`, and
the constants' methods (`name()`, `ordinal()`, `compareTo`).

`Thread` itself stays a denied class; `Thread.State` is the one member of it a script may name
(runtime/door/allowlist.py, NESTED_IN_DENIED): inert constants, since no script can hold a
Thread whose state they would describe (docs/sandbox.md, "Opened, and why it is safe").
"""

from __future__ import annotations

from convoscript.lib.javaobject import compare_error
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable

QUALIFIED = "java.lang.Thread$State"
_KINDS = ("ThreadState", "Object")
NAMES = ("NEW", "RUNNABLE", "BLOCKED", "WAITING", "TIMED_WAITING", "TERMINATED")


class ThreadState:
    """A java.lang.Thread.State constant: printed by name, compared by ordinal."""

    __slots__ = ("state_name",)
    java_class = QUALIFIED
    supertypes = frozenset({"java.lang.Enum", "java.lang.Comparable", "java.io.Serializable"})

    def __init__(self, name: str):
        self.state_name = name

    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, _KINDS, name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, _KINDS, name)

    def groovy_to_string(self) -> str:
        return self.state_name

    def groovy_compare_to(self, other: object) -> int:
        """`<`, `<=>`, sort: Enum.compareTo, by ordinal; Groovy casts anything else first."""
        if not isinstance(other, ThreadState):
            raise compare_error(other, "java.lang.Enum")
        return _compare_to(self, other)


STATES = {name: ThreadState(name) for name in NAMES}


def _state(value: object) -> ThreadState:
    if isinstance(value, ThreadState):
        return value
    raise NoSignature


def _name(self: object, *args: object) -> str:
    arity(args, 0)
    return _state(self).state_name


def _ordinal(self: object, *args: object) -> int:
    arity(args, 0)
    return NAMES.index(_state(self).state_name)


def _compare_to(self: object, *args: object) -> int:
    """Enum.compareTo: the distance between the ordinals; another enum's constant is a
    ClassCastException without a message."""
    arity(args, 1)
    other = args[0]
    if other is None:
        raise GroovyThrowable("NullPointerException", None)
    if not isinstance(other, ThreadState):  # another enum's constant (Enum.compareTo's cast)
        raise GroovyThrowable("ClassCastException", None)
    return _ordinal(self) - _ordinal(other)


def _value_of(*args: object) -> ThreadState:
    """`valueOf(name)`, and Enum's static `valueOf(enumClass, name)` inherited by the class:
    given a known class that is no enum, Java's IllegalArgumentException."""
    arity(args, 1, 2)
    if len(args) == 2:
        cls = args[0]
        if not isinstance(cls, ClassRef) or cls.qualified not in allowlist.SUPERCLASSES:
            raise NoSignature
        if cls.qualified != QUALIFIED:
            if allowlist.SUPERCLASSES[cls.qualified] != "java.lang.Enum":
                raise GroovyThrowable(
                    "IllegalArgumentException", f"{cls.qualified} is not an enum class"
                )
            raise NoSignature  # another JDK enum's constants are its own class's to give
    name = as_str(args[-1])
    if name not in STATES:
        raise GroovyThrowable(
            "IllegalArgumentException", f"No enum constant java.lang.Thread.State.{name}"
        )
    return STATES[name]


def _values(*args: object) -> object:
    arity(args, 0)
    return make_array(QUALIFIED, [STATES[n] for n in NAMES])


METHODS = {
    "ThreadState": {
        "name": _name,
        "toString": _name,
        "ordinal": _ordinal,
        "compareTo": _compare_to,
    }
}
STATIC_METHODS = {QUALIFIED: {"valueOf": _value_of, "values": _values}}
STATIC_FIELDS = {QUALIFIED: dict(STATES)}
