"""Array parameters (`int[] xs`, `String... parts`): their element type, and which arrays fit.

As in Groovy, a method's or closure's last parameter of an array type is a varargs parameter
whether it is written `T...` or `T[]`: it takes any number of T arguments (made into a new
array), or one T[] array (or null) as it is. An array parameter elsewhere takes an array only.
"""

from __future__ import annotations

from convoscript.runtime.core.arrays import JavaArray

_OBJECT = {"Object", "java.lang.Object", "def"}
_PRIMITIVE = {"int", "long", "double", "float", "boolean", "short", "byte", "char"}


def component_of(type_name: str | None) -> str | None:
    """The element type of an array parameter type (`int` of `int[]` and `int...`), else None."""
    if type_name is None:
        return None
    if type_name.endswith("..."):
        return type_name[:-3]
    if type_name.endswith("[]"):
        return type_name[:-2]
    return None


def fits_array(value: object, component: str) -> bool:
    """Whether `value` is an array a `component[]` parameter takes as it is."""
    if not isinstance(value, JavaArray):
        return False
    have = value.java_class.rsplit(".", 1)[-1][:-2]
    if component in _OBJECT:
        return have not in _PRIMITIVE  # an Object[] holds any array of objects, not int[]
    return have == component.rsplit(".", 1)[-1]
