"""Whether a script value fits a Java parameter type, by Groovy 2.4's method-selection rules.

This is what lets a signature line (`method java.lang.String substring int`) decide a call:
an `int` takes an Integer only (never a Long, a BigDecimal or a Character), a `long` an
Integer or Long, a `double` and a `BigDecimal` any Number, a `float` any Number but a Double,
a `BigInteger` an Integer, Long or BigInteger, a `String` a GString too, a functional interface (`Comparator`) a Closure, and every reference type takes
null. The rules were checked one by one against Groovy 2.4 (the real-Groovy cases surface_param_fitting and script_method_param_fitting).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from convoscript.runtime.core.arrays import JavaArray
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.keys import LIST_TYPES
from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.model.values import BigInteger, Char, Closure, GString, Long

Fits = Callable[[object], bool]

PRIMITIVES = frozenset({"int", "long", "short", "byte", "double", "float", "boolean", "char"})

# Interfaces with one abstract method that scripts pass closures for (Groovy coerces a Closure
# to any such parameter); java.util.function.* are added by prefix.
_FUNCTIONAL = frozenset(
    {
        "java.util.Comparator",
        "java.lang.Runnable",
        "java.util.concurrent.Callable",
        "java.lang.Comparable",
        "java.time.temporal.TemporalAdjuster",
        "java.time.temporal.TemporalQuery",
        "java.io.FilenameFilter",
        "java.io.FileFilter",
    }
)


def _is_int(v: object) -> bool:
    return type(v) is int


def _is_long(v: object) -> bool:
    return type(v) is int or type(v) is Long


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float, Decimal)) and type(v) is not bool


def _is_big_integer(v: object) -> bool:
    return type(v) in (int, Long, BigInteger)


def _is_float(v: object) -> bool:
    return _is_number(v) and type(v) is not float  # a float takes no Double


def _is_bool(v: object) -> bool:
    return type(v) is bool


def _is_char(v: object) -> bool:
    return type(v) is Char


def _is_string(v: object) -> bool:
    return type(v) is str or type(v) is GString


def _is_char_sequence(v: object) -> bool:
    return type(v) in (str, GString, StringBuilder) or is_instance(v, "java.lang.CharSequence")


def _is_closure(v: object) -> bool:
    return isinstance(v, Closure)


def _is_comparator(v: object) -> bool:
    return isinstance(v, (JavaComparator, Closure)) or is_instance(v, "java.util.Comparator")


def _is_enum(v: object) -> bool:
    """An enum constant: a script enum's (it carries its name and ordinal) or the JDK's."""
    return (
        getattr(v, "enum", None) is not None
        or "TimeEnum" in getattr(type(v), "kinds", ())
        or is_instance(v, "java.lang.Enum")
    )


def _is_array(v: object) -> bool:
    return isinstance(v, JavaArray) or type(v) in LIST_TYPES


_PRIMITIVE_FITS: dict[str, Fits] = {
    "int": _is_int,
    "short": _is_int,
    "byte": _is_int,
    "long": _is_long,
    "double": _is_number,
    "float": _is_float,
    "boolean": _is_bool,
    "char": _is_char,
}

# Reference types with a rule of their own (null is handled by `fits`).
_REFERENCE_FITS: dict[str, Fits] = {
    "java.lang.Integer": _is_int,
    "java.lang.Short": _is_int,
    "java.lang.Byte": _is_int,
    "java.lang.Long": _is_long,
    "java.lang.Double": _is_number,
    "java.lang.Float": _is_float,
    "java.lang.Number": _is_number,
    "java.math.BigInteger": _is_big_integer,
    "java.math.BigDecimal": _is_number,
    "java.lang.Boolean": _is_bool,
    "java.lang.Character": _is_char,
    "java.lang.String": _is_string,
    "java.lang.CharSequence": _is_char_sequence,
    "groovy.lang.Closure": _is_closure,
    "java.util.Comparator": _is_comparator,
    "java.lang.Enum": _is_enum,
}


def is_functional(java_type: str) -> bool:
    return java_type in _FUNCTIONAL or java_type.startswith("java.util.function.")


def fitter(java_type: str) -> Fits | None:
    """A test for the values a parameter of `java_type` takes, or None when it takes anything
    (`java.lang.Object`). A primitive refuses null; a reference type takes it."""
    if java_type == "java.lang.Object":
        return None
    primitive = _PRIMITIVE_FITS.get(java_type)
    if primitive is not None:
        return primitive
    rule = _REFERENCE_FITS.get(java_type)
    if rule is None:
        if java_type.endswith("[]"):
            rule = _is_array
        else:
            name = java_type.replace("$", ".")
            functional = is_functional(java_type)

            def rule(v: object, name: str = name, functional: bool = functional) -> bool:
                return is_instance(v, name) or functional and isinstance(v, Closure)

    def fits(v: object, rule: Fits = rule) -> bool:
        return v is None or rule(v)

    return fits
