"""Which enum a constant or a class is, for EnumSet and EnumMap: the script's own enums and
the JDK enums a script can hold (java.time's Month, DayOfWeek, ChronoUnit, TextStyle,
FormatStyle, java.math.RoundingMode).

An `EnumKind` is one enum class seen as EnumSet/EnumMap need it: its Java name, its constants
in ordinal order, and each constant's ordinal.
"""

from __future__ import annotations

from convoscript.lib.java_math.roundingmode import ROUNDING_MODES, RoundingMode
from convoscript.lib.java_time.enums import DAY_LIST, MONTH_LIST, TEXT_STYLES, UNITS, JavaEnum
from convoscript.lib.java_time.localized import STYLES
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door.scriptclasses import ObjectBehaviour, ScriptClass


class EnumKind:
    """One enum class: `key` tells two kinds apart (the script class, or the Java name)."""

    __slots__ = ("constants", "key", "name", "ordinals")

    def __init__(self, key: object, name: str, constants: tuple):
        self.key = key
        self.name = name
        self.constants = constants
        # constants are singletons: identity is the enum's own equality
        self.ordinals = {id(c): i for i, c in enumerate(constants)}

    def same(self, other: EnumKind) -> bool:
        return self.key == other.key

    def ordinal(self, constant: object) -> int:
        return self.ordinals[id(constant)]


_JDK_ENUMS = {
    "java.time.Month": MONTH_LIST,
    "java.time.DayOfWeek": DAY_LIST,
    "java.time.temporal.ChronoUnit": tuple(UNITS.values()),
    "java.time.format.TextStyle": tuple(TEXT_STYLES.values()),
    "java.time.format.FormatStyle": tuple(STYLES.values()),
    "java.math.RoundingMode": tuple(ROUNDING_MODES.values()),
}
_JDK_KINDS = {name: EnumKind(name, name, constants) for name, constants in _JDK_ENUMS.items()}


def _script_kind(cls: ScriptClass) -> EnumKind:
    return EnumKind(cls, cls.name, tuple(cls.enum_values))


def kind_of_constant(value: object) -> EnumKind | None:
    """The enum of `value`, or None when it is not an enum constant."""
    if isinstance(value, ObjectBehaviour) and value.enum is not None:
        return _script_kind(value.cls)
    if isinstance(value, (JavaEnum, RoundingMode)):
        return _JDK_KINDS.get(value.java_class)
    return None


def kind_of_class(value: object) -> EnumKind | None:
    """The enum a class value names (`Day`, `Month`), or None when it is not an enum."""
    if isinstance(value, ScriptClass) and value.kind == "enum":
        return _script_kind(value)
    if isinstance(value, ClassRef):
        return _JDK_KINDS.get(value.qualified)
    return None


def constant_text(value: object) -> str:
    """A constant as Java's messages print it (its toString: ChronoUnit.DAYS is "Days")."""
    if isinstance(value, ObjectBehaviour) and value.enum is not None:
        return value.enum[0]
    if isinstance(value, JavaEnum):
        return value.groovy_to_string()
    return value.rounding_name  # type: ignore[attr-defined]
