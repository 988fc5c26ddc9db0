"""Which of several fitting overloads of a script method Groovy 2.4 calls: the one whose
parameters are nearest the arguments (MetaClassHelper.calculateParameterDistance: an exact class,
then an interface, then a number conversion by Groovy's table, then a superclass, Object last);
a null argument by Groovy's null distances (runtime/door/distances.py), with Groovy's
"Ambiguous method overloading" when several overloads are nearest.

For non-null arguments a simplification of Groovy's rules, enough to order the overloads
scripts write (`int`, `long`, `BigDecimal`, `String`, `List`, `Object`): class depths are not
measured (a superclass is one step), interface distances are one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door import allowlist, distances

# Groovy's number distance table is distances.py's (MetaClassHelper.PRIMITIVE_DISTANCE_TABLE)
_INDEX = distances.NUMBER_INDEX
_TABLE = distances.NUMBER_TABLE
_INTERFACES = frozenset(
    [
        "java.util.List",
        "java.util.Map",
        "java.util.Collection",
        "java.lang.Iterable",
        "java.util.Set",
        "java.lang.CharSequence",
        "java.lang.Comparable",
        "java.util.Iterator",
        "java.util.SortedMap",
        "java.util.SortedSet",
        "java.util.Deque",
        "java.util.Queue",
        "java.util.Map$Entry",
    ]
)
_OBJECT_SHIFT, _PRIMITIVE_SHIFT = distances.OBJECT_SHIFT, distances.PRIMITIVE_SHIFT
_UNFIT = 1 << 62


class TypedNull:
    """A null argument whose type the script states (`null as String`, a `String` local): it
    selects the overload of that type. Made by `typed` only for a call choosing among a script
    method's overloads, and replaced by null before the method runs."""

    __slots__ = ("type",)

    def __init__(self, type_name: str):
        self.type = type_name


def typed(value: object, type_name: str) -> object:
    return TypedNull(type_name) if value is None else value


def untyped(args: tuple) -> tuple:
    return tuple(None if type(a) is TypedNull else a for a in args)


_OBJECT_BASE = len(_INDEX) + 1  # so that an interface is preferred


def _qualified(written: str | None) -> str:
    if written is None or written in ("def", "Object"):
        return "java.lang.Object"
    base = written.split("<", 1)[0].strip()
    if base in _INDEX:  # a primitive
        return base
    return allowlist.resolve_type_name(base) or base


def _distance(arg: object, written: str | None) -> int:
    param = _qualified(written)
    if type(arg) is TypedNull:  # as an argument of its type: only that type or Object take it
        if param == _qualified(arg.type):
            return 0
        return (_OBJECT_BASE + 6) << _OBJECT_SHIFT if param == "java.lang.Object" else _UNFIT
    if arg is None:  # Object nearest, then by depth (each superclass 2)
        return 0 if param == "java.lang.Object" else 2 << _OBJECT_SHIFT
    arg_class = java_class_name(arg)
    if param == arg_class:
        return 0
    if param in _INTERFACES:
        return 1
    a, p = _INDEX.get(arg_class), _INDEX.get(param)
    if a is not None and p is not None:
        return _TABLE[a][p] << _PRIMITIVE_SHIFT
    if param == "java.lang.Object":
        return (_OBJECT_BASE + 6) << _OBJECT_SHIFT
    if arg_class == "org.codehaus.groovy.runtime.GStringImpl" and param == "java.lang.String":
        return (_OBJECT_BASE + 2) << _OBJECT_SHIFT
    return (_OBJECT_BASE + 3) << _OBJECT_SHIFT


def nearest(
    candidates: Sequence[tuple[Any, tuple]], args: tuple, owner: str | None = None, name: str = ""
) -> int:
    """The index of the overload Groovy calls among fitting ones, each given as (its meta with
    `param_types`, the fitted arguments). A null argument is measured as Groovy measures it
    (`distances.null_distance`: an interface nearest, then Object, then a class by its
    depth); when several overloads are nearest for a call with a null argument, Groovy's
    "Ambiguous method overloading" for `owner#name` (given by the caller)."""
    if len(candidates) == 1:
        return 0
    scores: list[int] = []
    for meta, _ in candidates:
        total = 0
        for a, t in zip(args, meta.param_types):
            d = distances.null_distance(_qualified(t)) if a is None else None
            total += _distance(a, t) if d is None else d
        scores.append(total)
    if 0 in scores:  # Groovy calls the first exact match it meets, whatever the others
        return scores.index(0)
    best = min(scores)
    tied = [i for i, score in enumerate(scores) if score == best]
    if len(tied) > 1 and owner is not None and distances.has_null(args):
        prototypes = [
            tuple(_qualified(t) for t in candidates[i][0].param_types[: len(args)]) for i in tied
        ]
        raise distances.ambiguous(owner, name, untyped(args), prototypes)
    return tied[0]
