"""Which of a JDK static method's primitive overloads (int, long, float, double) Groovy 2.4 calls
for boxed number arguments, and the arguments converted for it: `Math.max(1L, 2.5f)` is
max(float, float), `Math.abs(2G)` is abs(int) (a BigInteger narrows to int, never to long),
`Math.signum(2)` is signum(float), `Math.max(1, 2.5G)` is ambiguous.

Groovy's rules (MetaClassHelper, checked on Groovy 2.4): a parameter takes the argument classes
below (`_TAKES`); among the overloads that take every argument the one with the smallest sum of
PRIMITIVE_DISTANCE_TABLE distances wins, and a tie is a GroovyRuntimeException.
"""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime import numbers
from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Float, Long

_JAVA_NAMES = {
    int: "java.lang.Integer",
    Long: "java.lang.Long",
    BigInteger: "java.math.BigInteger",
    Float: "java.lang.Float",
    float: "java.lang.Double",
    Decimal: "java.math.BigDecimal",
}
# Groovy's PRIMITIVE_DISTANCE_TABLE, the row of each boxed argument at the primitive columns;
# a missing entry: the parameter does not take that argument.
_DISTANCE: dict[type, dict[str, int]] = {
    int: {"int": 1, "long": 2, "float": 5, "double": 7},
    Long: {"long": 1, "float": 3, "double": 5},
    BigInteger: {"int": 5, "float": 14, "double": 12},
    Float: {"float": 1, "double": 2},
    float: {"double": 1},
    Decimal: {"float": 5, "double": 3},
}


def convert(value: object, kind: str) -> object:
    """`value` as a Java `kind` parameter receives it (a BigInteger wraps to its low 32 bits)."""
    if kind == "int":
        return numbers.to_int(value) if type(value) is BigInteger else int(value)  # type: ignore
    if kind == "long":
        return Long(value)  # type: ignore[call-overload]
    if kind == "float":
        return numbers.to_float(value)
    return numbers.to_double(value)


def pick(owner: str, name: str, overloads: tuple[tuple[str, ...], ...], args: tuple):
    """(the chosen overload's parameter kinds, the arguments converted for it)."""
    rows = []
    for arg in args:
        row = _DISTANCE.get(type(arg))
        if row is None:
            raise NoSignature
        rows.append(row)
    scored = []
    for params in overloads:
        if len(params) != len(args):
            continue
        if all(p in row for p, row in zip(params, rows)):
            scored.append((sum(row[p] for p, row in zip(params, rows)), params))
    if not scored:
        raise NoSignature
    best = min(score for score, _ in scored)
    tied = [params for score, params in scored if score == best]
    if len(tied) > 1:
        classes = ", ".join(f"class {_JAVA_NAMES[type(a)]}" for a in args)
        listed = "".join(f"\n\t[{', '.join(p)}]" for p in sorted(tied))
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"Ambiguous method overloading for method {owner}#{name}.\nCannot resolve which "
            f"method to invoke for [{classes}] due to overlapping prototypes between:{listed}",
        )
    params = tied[0]
    return params, tuple(convert(a, p) for a, p in zip(args, params))
