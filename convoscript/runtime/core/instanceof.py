"""`instanceof` and class matching (catch clauses, `case Type:`, casts) for the allowed class names.

Plain values (strings, numbers, lists, maps ...) are matched by the table below; a value of any
other class answers for itself (`java_is_a`), or is an instance of the Java class it names
(`java_class`) and of the supertypes it lists (`supertypes`).
"""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime.core.keys import LIST_TYPES, MAP_TYPES, GSet
from convoscript.runtime.core.types import ClassRef, MapEntry, StringBuilder, java_class_name
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
_HASH_SETS = ("java.util.HashSet", "java.util.LinkedHashSet")


def _num(v: object) -> bool:
    return isinstance(v, (int, float, Decimal)) and type(v) is not bool


_CHECKS = {
    "java.lang.Object": lambda v: v is not None,
    "java.lang.String": lambda v: type(v) is str,
    "java.lang.CharSequence": lambda v: (
        type(v) in (str, GString, StringBuilder) or java_class_name(v) == "java.lang.StringBuffer"
    ),
    # String, Character, GString, Boolean, the numbers and (since Java 11) StringBuilder
    "java.lang.Comparable": lambda v: (
        isinstance(v, (str, int, float, Decimal, GString)) or type(v) is StringBuilder
    ),
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
    # a LinkedList is also Java's Deque and Queue (an ArrayDeque answers for itself)
    "java.util.Deque": lambda v: (
        type(v) is LinkedList or java_class_name(v) == "java.util.ArrayDeque"
    ),
    "java.util.Queue": lambda v: (
        type(v) is LinkedList or java_class_name(v) == "java.util.ArrayDeque"
    ),
    "java.util.Collection": lambda v: type(v) in LIST_TYPES or isinstance(v, (*_RANGES, GSet)),
    "java.lang.Iterable": lambda v: type(v) in LIST_TYPES or isinstance(v, (*_RANGES, GSet)),
    "java.util.Set": lambda v: isinstance(v, GSet),  # a map's key set too
    "java.util.HashSet": lambda v: java_class_name(v) in _HASH_SETS,
    "java.util.LinkedHashSet": lambda v: java_class_name(v) == "java.util.LinkedHashSet",
    "java.util.SortedSet": lambda v: java_class_name(v) == "java.util.TreeSet",
    "java.util.NavigableSet": lambda v: java_class_name(v) == "java.util.TreeSet",
    "java.util.Map": lambda v: type(v) in MAP_TYPES,
    "java.util.HashMap": lambda v: type(v) in MAP_TYPES,
    "java.util.LinkedHashMap": lambda v: type(v) in MAP_TYPES,
    "java.util.Map.Entry": lambda v: isinstance(v, MapEntry),
    "groovy.lang.Range": lambda v: isinstance(v, _RANGES),
    "groovy.lang.ObjectRange": lambda v: isinstance(v, ObjectRange),
    "groovy.lang.IntRange": lambda v: isinstance(v, IntRange) and not isinstance(v, EmptyRange),
    "groovy.lang.Closure": lambda v: isinstance(v, Closure),
    # a Closure is a Runnable and a Callable (`Runnable task = { ... }` keeps the closure)
    "java.lang.Runnable": lambda v: isinstance(v, Closure),
    "java.util.concurrent.Callable": lambda v: isinstance(v, Closure),
    "java.lang.StringBuilder": lambda v: type(v) is StringBuilder,  # not a StringBuffer
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
    return qualified == java_class_name(value) or qualified in getattr(
        type(value), "supertypes", ()
    )
