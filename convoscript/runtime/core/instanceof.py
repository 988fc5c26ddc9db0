"""`instanceof` and class matching (catch clauses, `case Type:`) for the allowed class names."""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime.core.keys import LIST_TYPES, MAP_TYPES, GSet
from convoscript.runtime.core.types import ClassRef, MapEntry, StringBuilder
from convoscript.runtime.model.exceptions import GroovyThrowable, java_is_a
from convoscript.runtime.model.values import (
    BigInteger,
    Char,
    Closure,
    EmptyRange,
    Float,
    GString,
    IntRange,
    LinkedList,
    Long,
    ObjectRange,
)

_RANGES = (IntRange, ObjectRange)


def _num(v: object) -> bool:
    return isinstance(v, (int, float, Decimal)) and type(v) is not bool


_CHECKS = {
    "java.lang.Object": lambda v: v is not None,
    "java.lang.String": lambda v: type(v) is str,
    "java.lang.CharSequence": lambda v: type(v) in (str, GString, StringBuilder),
    "java.lang.Comparable": lambda v: isinstance(v, (str, int, float, Decimal)),
    "groovy.lang.GString": lambda v: type(v) is GString,
    "java.lang.Character": lambda v: type(v) is Char,
    "java.lang.Boolean": lambda v: type(v) is bool,
    "java.lang.Number": _num,
    "java.lang.Integer": lambda v: type(v) is int,
    "java.lang.Long": lambda v: type(v) is Long,
    "java.math.BigInteger": lambda v: type(v) is BigInteger,
    "java.lang.Double": lambda v: type(v) is float,
    "java.lang.Float": lambda v: type(v) is Float,
    "java.math.BigDecimal": lambda v: type(v) is Decimal,
    "java.util.List": lambda v: type(v) in LIST_TYPES or isinstance(v, _RANGES),
    "java.util.ArrayList": lambda v: type(v) in LIST_TYPES and type(v) is not LinkedList,
    "java.util.LinkedList": lambda v: type(v) is LinkedList,
    "java.util.Collection": lambda v: type(v) in LIST_TYPES or isinstance(v, (*_RANGES, GSet)),
    "java.lang.Iterable": lambda v: type(v) in LIST_TYPES or isinstance(v, (*_RANGES, GSet)),
    "java.util.Set": lambda v: isinstance(v, GSet),
    "java.util.HashSet": lambda v: isinstance(v, GSet),
    "java.util.LinkedHashSet": lambda v: isinstance(v, GSet),
    "java.util.Map": lambda v: type(v) in MAP_TYPES,
    "java.util.HashMap": lambda v: type(v) in MAP_TYPES,
    "java.util.LinkedHashMap": lambda v: type(v) in MAP_TYPES,
    "java.util.Map.Entry": lambda v: isinstance(v, MapEntry),
    "groovy.lang.Range": lambda v: isinstance(v, _RANGES),
    "groovy.lang.ObjectRange": lambda v: isinstance(v, ObjectRange),
    "groovy.lang.IntRange": lambda v: isinstance(v, IntRange) and not isinstance(v, EmptyRange),
    "groovy.lang.Closure": lambda v: isinstance(v, Closure),
    "java.lang.StringBuilder": lambda v: isinstance(v, StringBuilder),
    "java.lang.Class": lambda v: isinstance(v, ClassRef),
}


def is_instance(value: object, qualified: str) -> bool:
    check = _CHECKS.get(qualified)
    if check is not None and check(value):
        return True
    script_type = getattr(type(value), "java_is_a", None)
    if script_type is not None:  # instances of script classes (also script exceptions)
        return script_type(value, qualified)
    if isinstance(value, GroovyThrowable):
        return java_is_a(value.java_class, qualified.rsplit(".", 1)[-1])
    return False
