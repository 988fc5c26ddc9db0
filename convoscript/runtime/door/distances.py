"""Which overload Groovy 2.4 calls when arguments are null, and its error when it cannot tell.

A null argument fits every reference parameter, so a call such as `"a".matches(null)` may fit
several overloads. Groovy (MetaClassImpl.chooseMostSpecificParams) sums, for each fitting
overload, the distance of each argument to its parameter (MetaClassHelper.
calculateParameterDistance) and calls the nearest; when several are nearest it throws
GroovyRuntimeException "Ambiguous method overloading for method C#m. ...". For a null
argument the distance is: an interface parameter -1 (nearest), `java.lang.Object` 0, a class
2 per superclass between it and Object (an array is a class whose superclass is Object).

Whether a type is an interface and what its superclasses are is data the JVM wrote: `types.txt`
(every parameter type of the signature lines, tools/surface/reflect.py), the superclass table
real Groovy printed (`allowlist.SUPERCLASSES`), and a script's own classes (their `extends`).
A type none of them knows has no distance: the choice is then left to the caller's own order
rather than guessed.

For a non-null argument in the same call the distance is Groovy's too, as far as it tells these
overloads apart: an exact class 0, Groovy's number table, a GString for a String, a superclass
3 per step; an interface parameter counts 1 whatever the path to it (Groovy measures the
interface graph, which no data here records).
"""

from __future__ import annotations

from collections.abc import Sequence

from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import current

# java type -> its superclasses up to java.lang.Object, or None for an interface
_TYPES: dict[str, tuple[str, ...] | None] = {}
# java type -> its superclass (None: an interface or Object), for the types _TYPES lacks
_SUPERS: dict[str, str | None] = {}

_NUMBERS = [
    "boolean",
    "java.lang.Boolean",
    "byte",
    "java.lang.Byte",
    "short",
    "java.lang.Short",
    "char",
    "java.lang.Character",
    "int",
    "java.lang.Integer",
    "long",
    "java.lang.Long",
    "java.math.BigInteger",
    "float",
    "java.lang.Float",
    "double",
    "java.lang.Double",
    "java.math.BigDecimal",
    "java.lang.Number",
    "java.lang.Object",
]
NUMBER_INDEX = {name: i for i, name in enumerate(_NUMBERS)}
# MetaClassHelper.PRIMITIVE_DISTANCE_TABLE[argument][parameter]
NUMBER_TABLE = [
    [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 2],
    [1, 0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 2],
    [18, 19, 0, 1, 2, 3, 16, 17, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [18, 19, 1, 0, 2, 3, 16, 17, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [18, 19, 14, 15, 0, 1, 16, 17, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    [18, 19, 14, 15, 1, 0, 16, 17, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    [18, 19, 16, 17, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    [18, 19, 16, 17, 14, 15, 1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    [18, 19, 14, 15, 12, 13, 16, 17, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [18, 19, 14, 15, 12, 13, 16, 17, 1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 1, 0, 2, 3, 4, 5, 6, 7, 8, 9],
    [18, 19, 9, 10, 7, 8, 16, 17, 5, 6, 3, 4, 0, 14, 15, 12, 13, 11, 1, 2],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 8, 9, 7, 0, 1, 2, 3, 4, 5, 6],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 8, 9, 7, 1, 0, 2, 3, 4, 5, 6],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 8, 9, 7, 5, 6, 0, 1, 2, 3, 4],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 8, 9, 7, 5, 6, 1, 0, 2, 3, 4],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 8, 9, 7, 5, 6, 3, 4, 0, 1, 2],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 8, 9, 7, 5, 6, 3, 4, 2, 0, 1],
    [18, 19, 14, 15, 12, 13, 16, 17, 10, 11, 8, 9, 7, 5, 6, 3, 4, 2, 1, 0],
]
OBJECT_SHIFT, PRIMITIVE_SHIFT = 23, 21
_OBJECT_BASE = len(_NUMBERS) + 1  # Groovy's "add one so that interfaces are preferred"
_GSTRING = "org.codehaus.groovy.runtime.GStringImpl"


def learn(types: dict[str, tuple[str, ...] | None], supers: dict[str, str | None]) -> None:
    """The JVM's data, given once as the library loads (`allowlist.ensure_library_loaded`)."""
    _TYPES.update(types)
    _SUPERS.update(supers)


def superclasses(java_type: str) -> tuple[str, ...] | None:
    """`java_type`'s superclasses up to java.lang.Object; () for Object, None for an interface
    or a type no data knows."""
    if java_type == "java.lang.Object":
        return ()
    if java_type.endswith("[]"):
        return ("java.lang.Object",)
    if java_type in _TYPES:
        return _TYPES[java_type]
    chain: list[str] = []
    t: str | None = java_type
    script = current().script_supers
    while t is not None and t != "java.lang.Object":
        if t in script:
            t = script[t]
        elif t in _TYPES:
            known = _TYPES[t]
            return None if known is None else (*chain, *known)
        elif t in _SUPERS:
            t = _SUPERS[t]
        else:
            return None
        if t is None:  # an interface
            return None
        chain.append(t)
    return tuple(chain)


def is_interface(java_type: str) -> bool:
    """Known to be an interface (from the JVM's data or a script's `interface`)."""
    if java_type in _TYPES:
        return _TYPES[java_type] is None
    script = current().script_supers
    if java_type in script:
        return script[java_type] is None
    return java_type in _SUPERS and _SUPERS[java_type] is None and java_type != "java.lang.Object"


def null_distance(param: str) -> int | None:
    """A null argument's distance to a parameter of type `param`; None when unknown."""
    if param == "java.lang.Object":
        return 0
    if is_interface(param):
        return -1
    chain = superclasses(param)
    return None if chain is None else (2 * len(chain)) << OBJECT_SHIFT


def value_distance(arg: object, param: str) -> int:
    """A non-null argument's distance to a parameter it fits (see the module's note)."""
    arg_class = java_class_name(arg)
    if param == arg_class:
        return 0
    if is_interface(param):
        return 1
    a, p = NUMBER_INDEX.get(arg_class), NUMBER_INDEX.get(param)
    if a is not None and p is not None:
        return NUMBER_TABLE[a][p] << PRIMITIVE_SHIFT
    if arg_class == _GSTRING and param == "java.lang.String":
        return (_OBJECT_BASE + 2) << OBJECT_SHIFT
    steps = 0
    for cls in (arg_class, *(superclasses(arg_class) or ("java.lang.Object",))):
        if cls == param:
            break
        steps += 3
    return (_OBJECT_BASE + steps) << OBJECT_SHIFT


def has_null(args: tuple) -> bool:
    for a in args:
        if a is None:
            return True
    return False


def nearest(candidates: Sequence[tuple[str, ...]], args: tuple) -> list[int] | None:
    """The indexes of the nearest of the fitting overloads `candidates` (their parameters'
    Java types, one per argument) for `args`, several when Groovy cannot tell them apart;
    None when a parameter's distance is unknown."""
    best: list[int] = []
    best_distance = 0
    for i, params in enumerate(candidates):
        total = 0
        for a, p in zip(args, params):
            if a is None:
                d = null_distance(p)
                if d is None:
                    return None
            else:
                d = value_distance(a, p)
            total += d
        if total == 0:  # Groovy stops at an exact match
            return [i]
        if not best or total < best_distance:
            best, best_distance = [i], total
        elif total == best_distance:
            best.append(i)
    return best


def class_text(java_type: str) -> str:
    """A type as Java's Class.toString() shows it (`interface java.util.Map`, `class [I`)."""
    if java_type.endswith("[]"):
        return "class " + _descriptor(java_type)
    if java_type in NUMBER_INDEX and "." not in java_type:
        return java_type  # a primitive: `int`
    return ("interface " if is_interface(java_type) else "class ") + java_type


_PRIMITIVE_CODES = {
    "int": "I",
    "long": "J",
    "short": "S",
    "byte": "B",
    "double": "D",
    "float": "F",
    "boolean": "Z",
    "char": "C",
}


def _descriptor(java_type: str) -> str:
    depth = 0
    while java_type.endswith("[]"):
        java_type, depth = java_type[:-2], depth + 1
    code = _PRIMITIVE_CODES.get(java_type) or f"L{java_type};"
    return "[" * depth + code


def ambiguous(owner: str, name: str, args: tuple, prototypes: Sequence[tuple[str, ...]]):
    """Groovy's GroovyRuntimeException for a call whose nearest overloads tie."""
    shown = ", ".join("null" if a is None else "class " + java_class_name(a) for a in args)
    lines = "".join(
        "\n\t[" + ", ".join(class_text(p) for p in params) + "]" for params in prototypes
    )
    return GroovyThrowable(
        "GroovyRuntimeException",
        f"Ambiguous method overloading for method {owner}#{name}.\n"
        f"Cannot resolve which method to invoke for [{shown}] due to overlapping prototypes"
        f" between:{lines}",
    )
