"""java.math.RoundingMode: the enum constants (HALF_UP ...), `valueOf`, `values`, and the
constants' methods (`name()`, `ordinal()`, `compareTo`).

BigDecimal's setScale/divide and MathContext take them (java_math/bigdecimal.py, mathcontext.py).
"""

from __future__ import annotations

from convoscript.lib.java_lang.enums import enum_value_of
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable

_KINDS = ("RoundingMode", "Object")


class RoundingMode:
    """java.math.RoundingMode constants (HALF_UP ...); setScale/divide accept them."""

    __slots__ = ("rounding_name",)
    java_class = "java.math.RoundingMode"
    supertypes = frozenset({"java.lang.Enum", "java.lang.Comparable", "java.io.Serializable"})

    def __init__(self, name: str):
        self.rounding_name = name

    def script_invoke(self, name: str, args: tuple) -> object:
        return route_invoke(self, _KINDS, name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, _KINDS, name)

    def groovy_to_string(self) -> str:
        return self.rounding_name


ROUNDING_NAMES = (
    "UP",
    "DOWN",
    "CEILING",
    "FLOOR",
    "HALF_UP",
    "HALF_DOWN",
    "HALF_EVEN",
    "UNNECESSARY",
)


ROUNDING_MODES = {name: RoundingMode(name) for name in ROUNDING_NAMES}


def _mode(value: object) -> RoundingMode:
    if isinstance(value, RoundingMode):
        return value
    raise NoSignature


def _ordinal(self: object, *args: object) -> int:
    arity(args, 0)
    return ROUNDING_NAMES.index(_mode(self).rounding_name)


def _name(self: object, *args: object) -> str:
    arity(args, 0)
    return _mode(self).rounding_name


def _compare_to(self: object, *args: object) -> int:
    """Enum.compareTo: the distance between the ordinals."""
    arity(args, 1)
    other = args[0]
    if other is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "Object.getClass()" because "other" is null'
        )
    if not isinstance(other, RoundingMode):  # another enum's constant
        raise GroovyThrowable("ClassCastException", None)
    return _ordinal(self) - _ordinal(other)


METHODS = {
    "RoundingMode": {
        "name": _name,
        "toString": _name,
        "ordinal": _ordinal,
        "compareTo": _compare_to,
    }
}


def _rounding_value_of(*args: object) -> object:
    """RoundingMode.valueOf(int) (BigDecimal's ROUND_* numbering), valueOf(name), and the
    inherited Enum.valueOf(enumClass, name)."""
    arity(args, 1, 2)
    if len(args) == 2:
        return enum_value_of(args[0], args[1])
    if type(args[0]) is int:
        if not 0 <= args[0] < 8:  # type: ignore[operator]
            raise GroovyThrowable("IllegalArgumentException", "argument out of range")
        return ROUNDING_MODES[ROUNDING_NAMES[args[0]]]  # type: ignore[index]
    name = as_str(args[0])
    if name not in ROUNDING_MODES:
        raise GroovyThrowable(
            "IllegalArgumentException", f"No enum constant java.math.RoundingMode.{name}"
        )
    return ROUNDING_MODES[name]


def _rounding_values(*args: object) -> object:
    arity(args, 0)
    return make_array("java.math.RoundingMode", [ROUNDING_MODES[n] for n in ROUNDING_NAMES])


STATIC_METHODS = {
    "java.math.RoundingMode": {"valueOf": _rounding_value_of, "values": _rounding_values}
}
STATIC_FIELDS = {"java.math.RoundingMode": dict(ROUNDING_MODES)}
IMPORTABLE = {"java.math.RoundingMode": "java.math.RoundingMode"}
