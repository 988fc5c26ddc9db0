"""Enum.valueOf(Class, String), the static every enum inherits (`RoundingMode.valueOf(
DayOfWeek, "MONDAY")` is DayOfWeek.MONDAY): the constant of the enum class named, Java's
IllegalArgumentException for a class that is no enum or a name that is no constant of it.
"""

from __future__ import annotations

from convoscript.lib.java_lang.classes import SUPERCLASSES
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.signatures import NoSignature, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable


def enum_value_of(enum_class: object, name: object) -> object:
    """Enum.valueOf(enumClass, name), its checks in Java's order (the class first)."""
    if not isinstance(enum_class, ClassRef):
        raise NoSignature
    qualified = enum_class.qualified
    if SUPERCLASSES.get(qualified) != "java.lang.Enum":
        raise GroovyThrowable("IllegalArgumentException", f"{qualified} is not an enum class")
    if name is None:
        raise GroovyThrowable("NullPointerException", "Name is null")
    text = as_str(name)
    constant = allowlist.STATIC_FIELDS.get(qualified, {}).get(text)
    if constant is None or getattr(constant, "java_class", None) != qualified:
        raise GroovyThrowable(
            "IllegalArgumentException",
            f"No enum constant {qualified.replace('$', '.')}.{text}",
        )
    return constant
