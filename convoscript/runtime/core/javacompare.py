"""Java's own `equals` and `compareTo`, as Java collections call them (unlike Groovy's `==` and
`<=>`, which convert between number types): `[1L].contains(1)` is false, and a TreeSet of an
Integer and a String fails with ClassCastException."""

from __future__ import annotations

import math
from decimal import Decimal

from convoscript.runtime.core.classcast import class_cast
from convoscript.runtime.core.compare import compare
from convoscript.runtime.core.gstring import gstring_text
from convoscript.runtime.core.keys import MAP_TYPES, GSet
from convoscript.runtime.core.types import MapEntry, java_class_name
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Float, GString, IntRange


# ---- Java equals ------------------------------------------------------------------------------
def _float_equals(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


def _is_list(value: object) -> bool:
    return isinstance(value, IntRange) or (
        isinstance(value, list)
        and not getattr(type(value), "java_array", False)
        and not getattr(type(value), "java_identity", False)  # ArrayDeque: Object's equals
    )


def _as_list(value: object) -> list:
    return list(value.to_range()) if isinstance(value, IntRange) else value  # type: ignore


def java_equals(a: object, b: object) -> bool:
    """Java's `a.equals(b)`: same class and value (1 != 1L, 1.0 != 1.00, "a" != "${'a'}")."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    ta, tb = type(a), type(b)
    if _is_list(a) and _is_list(b):
        la, lb = _as_list(a), _as_list(b)
        budget.current().tick(len(la))
        return len(la) == len(lb) and all(java_equals(x, y) for x, y in zip(la, lb))
    if isinstance(a, GSet) and isinstance(b, GSet):
        return len(a) == len(b) and all(x in b.items for x in a)
    if ta is not tb:
        return False
    if ta is float or ta is Float:
        return _float_equals(a, b)  # type: ignore[arg-type]
    if ta is Decimal:
        return a == b and a.as_tuple().exponent == b.as_tuple().exponent  # type: ignore
    if ta in (str, int, bool) or isinstance(a, (str, int)):
        return a == b
    if ta is GString:
        return gstring_text(a) == gstring_text(b)  # type: ignore[arg-type]
    if ta in MAP_TYPES:
        return _map_equals(a, b)  # type: ignore[arg-type]
    if ta is MapEntry:
        return java_equals(a.key, b.key) and java_equals(a.value, b.value)  # type: ignore
    if getattr(type(a), "java_array", False):
        return False  # arrays compare by identity
    custom = getattr(a, "groovy_equals", None)
    return custom(b) if custom is not None else False


def _map_equals(a: dict, b: dict) -> bool:
    if len(a) != len(b):
        return False
    budget.current().tick(len(a))
    return all(k in b and java_equals(v, b[k]) for k, v in a.items())


# ---- Java compareTo ---------------------------------------------------------------------------
def java_compare_to(a: object, b: object) -> int:
    """Comparable.compareTo as a TreeSet/TreeMap calls it: values of different classes fail with
    Java's ClassCastException (Groovy's `<=>` would convert)."""

    if a is None or b is None:
        raise GroovyThrowable("NullPointerException", None)
    if isinstance(a, (list, dict, GSet)):  # not Comparable: a List key of a TreeMap fails
        raise class_cast(a, "java.lang.Comparable")
    ta, tb = type(a), type(b)
    if ta is not tb and not (ta in (str, GString) and tb in (str, GString)):
        raise class_cast(b, java_class_name(a))
    return compare(a, b)
