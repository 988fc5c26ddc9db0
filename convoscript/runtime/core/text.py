"""Groovy's string conversion: `toString()` and `println` formatting.

`to_string` follows InvokerHelper.toString: collections and maps print as `[1, 2]` and
`[a:1]`, strings inside them unquoted, `null` as "null", numbers the Java way. A GString
renders itself (`g.render()`, runtime.core.gstring): its lazy closures are called, and calling
a closure is above this module.
"""

from __future__ import annotations

from decimal import Decimal

from convoscript.runtime import numbers
from convoscript.runtime.core.arrays import CharArray
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.types import (
    ClassRef,
    MapEntry,
    ScriptSelf,
    StringBuilder,
    java_class_name,
)
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.runcontext import identity_hash
from convoscript.runtime.model.values import Closure, GString, IntRange, ObjectRange


def to_string(value: object) -> str:
    """Groovy's string form of any value, as `println` and GString interpolation show it."""
    t = type(value)
    if t is str:
        return value  # type: ignore[return-value]
    if value is None:
        return "null"
    if t is bool:
        return "true" if value else "false"
    if t is int:
        return str(value)
    if t is GString:
        return value.render()  # type: ignore[attr-defined]
    if isinstance(value, (IntRange, list, dict, GSet)):
        return _format(value, top=True, seen=[])
    return _scalar(value)


def _scalar(value: object) -> str:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return numbers.to_java_string(value)
    if isinstance(value, str):
        return value
    if isinstance(value, GString):
        return value.render()
    if isinstance(value, MapEntry):
        return f"{to_string(value.key)}={to_string(value.value)}"
    if isinstance(value, StringBuilder):
        return value.text()
    if isinstance(value, ClassRef):
        return f"class {value.qualified}"
    custom = getattr(value, "groovy_to_string", None)
    if custom is not None:  # before Throwable: a script exception class may define toString
        return custom()
    if isinstance(value, GroovyThrowable):
        return value.to_java_string()
    if isinstance(value, Closure):  # a closure literal is named as Groovy names its class
        return value.name if "$" in value.name else f"Script1$_run_{value.name}"
    if isinstance(value, ScriptSelf):
        return "Script1"
    # Java's Object.toString(): the class and a per-run identity hash, never a host address
    return f"{java_class_name(value)}@{identity_hash(value):x}"


def _format(value: object, top: bool, seen: list) -> str:
    b = budget.current()
    if type(value) is CharArray:
        b.tick(len(value) + 1)
        return value.groovy_to_string()
    if isinstance(value, IntRange):
        if not top:
            return range_text(value)
        # at least one character and ", " per element: refused before a list is made of it
        b.check_string(3 * len(value))
        value = list(value.to_range())
    elif isinstance(value, ObjectRange) and not top:
        return range_text(value)
    if isinstance(value, (list, GSet)):
        b.tick(len(value) + 1)
        seen.append(value)
        parts = []
        total = 0
        for item in value:
            if item is value or any(item is s for s in seen):
                part = "(this Collection)"
            elif isinstance(item, (list, dict, GSet, IntRange)):
                part = _format(item, top=False, seen=seen)
            else:
                part = to_string(item)
            total += len(part) + 2
            b.check_string(total)  # refuse before the whole text is built
            parts.append(part)
        seen.pop()
        text = "[" + ", ".join(parts) + "]"
    elif isinstance(value, dict):
        if not value:
            return "[:]"
        b.tick(len(value) + 1)
        seen.append(value)
        parts = []
        total = 0
        for k, v in value.items():
            key = "(this Map)" if k is value else _nested(k, seen)
            val = "(this Map)" if v is value else _nested(v, seen)
            total += len(key) + len(val) + 3
            b.check_string(total)
            parts.append(f"{key}:{val}")
        seen.pop()
        text = "[" + ", ".join(parts) + "]"
    else:
        return to_string(value)
    b.check_string(len(text))
    return text


def _nested(value: object, seen: list) -> str:
    if isinstance(value, (list, dict, GSet, IntRange)):
        if any(value is s for s in seen):
            return "(this Collection)"
        return _format(value, top=False, seen=seen)
    return to_string(value)


def range_text(r: object) -> str:
    """A range's own toString(): `1..5`, `5..<5`, `a..f`."""
    if isinstance(r, IntRange):
        if r.written_stop is not None:  # `1..<3`, and the empty `5..<5`
            return f"{r.start}..<{r.written_stop}"
        return f"{r.start}..{r.stop}"
    if not r:  # type: ignore[truthy-bool]  # an empty ObjectRange: `1.5..<1.5`
        return f"{to_string(r.start)}..<{to_string(r.stop)}"  # type: ignore[attr-defined]
    return f"{to_string(r.start)}..{to_string(r.stop)}"  # type: ignore[attr-defined]


def as_java_string(value: object) -> str | None:
    """The String a value is when Java expects a String: str, or a GString's text; else None."""
    if type(value) is str:
        return value  # type: ignore[return-value]
    if type(value) is GString:
        return value.render()
    return None
