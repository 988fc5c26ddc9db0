"""Service handles: small classes bound to one conversation, visible to scripts only through the
methods they mark with `@script_method`, with Java-typed parameters as in Amelia.

A call whose arguments fit no declared overload is Groovy's MissingMethodException (so
`customMetricService.upsertMetric("x", 1)` fails exactly as it does on Amelia). Bean getters
(`getId()`, `getVariableNames()`) are also readable as properties (`execution.id`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType

from convoscript.runtime.core.instanceof import is_instance
from convoscript.runtime.core.keys import LIST_TYPES, MAP_TYPES
from convoscript.runtime.core.text import as_java_string, to_string
from convoscript.runtime.core.types import GSet, java_class_name
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable, no_signature, no_such_property


def _is_number(v: object) -> bool:
    return type(v) is not bool and isinstance(v, (int, float, Decimal))


# Parameter type -> (check, convert). "String" accepts a GString (Groovy coerces it).
_PARAM_TYPES: dict[str, Callable[[object], bool]] = {
    "Object": lambda v: True,
    "String": lambda v: v is None or as_java_string(v) is not None,
    "Map": lambda v: v is None or type(v) in MAP_TYPES,
    "List": lambda v: v is None or is_instance(v, "java.util.List"),
    "Collection": lambda v: v is None or is_instance(v, "java.util.Collection"),
    "Throwable": lambda v: v is None or isinstance(v, GroovyThrowable),
    "Set": lambda v: v is None or isinstance(v, GSet),  # a List is not a Set (as in Groovy)
    "Boolean": lambda v: v is None or type(v) is bool,
    "Double": lambda v: v is None or _is_number(v),
    "Long": lambda v: v is None or (isinstance(v, int) and type(v) is not bool),
    "boolean": lambda v: type(v) is bool,
    "int": lambda v: type(v) is int,
    "long": lambda v: isinstance(v, int) and type(v) is not bool,
    "double": lambda v: _is_number(v),
}


def script_method(*param_types: str):
    """Mark a method as callable from scripts with these Java parameter types (an overload)."""

    def mark(fn: Callable) -> Callable:
        overloads = getattr(fn, "script_overloads", [])
        fn.script_overloads = overloads + [param_types]  # type: ignore[attr-defined]
        return fn

    return mark


def _expand(types: tuple[str, ...], args: tuple) -> tuple[str, ...] | None:
    """The parameter types for these arguments; a last type "String..." is Java varargs."""
    if types and types[-1].endswith("..."):
        fixed = types[:-1]
        if len(args) < len(fixed):
            return None
        return fixed + (types[-1][:-3],) * (len(args) - len(fixed))
    return types if len(types) == len(args) else None


def _fits(types: tuple[str, ...], args: tuple) -> bool:
    expanded = _expand(types, args)
    if expanded is None:
        return False
    for t, a in zip(expanded, args):
        check = _PARAM_TYPES.get(t)
        if check is None:  # another handle type, e.g. "Execution"
            if getattr(type(a), "handle_type", None) != t:
                return False
        elif not check(a):
            return False
    return True


def _convert(types: tuple[str, ...], args: tuple) -> tuple:
    return tuple(
        as_java_string(a) if t == "String" and a is not None else a
        for t, a in zip(_expand(types, args) or types, args)
    )


class ServiceHandle:
    """Base of every handle. Subclasses set `handle_type` and `java_class`."""

    handle_type = "Service"
    java_class = "convoscript.Service"
    binding_name = "service"
    _table: dict[str, list[tuple[tuple[str, ...], Callable]]]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        table: dict[str, list[tuple[tuple[str, ...], Callable]]] = {}
        for klass in reversed(cls.__mro__):
            for attr, fn in vars(klass).items():
                overloads = getattr(fn, "script_overloads", None)
                if overloads:  # a subclass's method replaces the inherited one
                    # a trailing underscore names a Java method that is a Python keyword (`in_`)
                    table[attr.rstrip("_") or attr] = [(types, fn) for types in overloads]
        cls._table = table

    # Faults injected by tests: "method" -> Java exception class to raise instead of running it.
    # The class default is shared by every handle, so it is read-only; a run that injects
    # faults gives its own handle a new mapping.
    faults: Mapping[str, str] = MappingProxyType({})

    # The run a handle was made in (None outside any run). A handle carried past its run (the
    # REPL keeps binding values between inputs) must not write into that finished run's
    # state, where the change would be silently lost.
    _made_in_run: object = None

    def __new__(cls, *args: object, **kwargs: object) -> ServiceHandle:
        handle = super().__new__(cls)
        handle._made_in_run = budget.running()
        return handle

    def script_invoke(self, name: str, args: tuple) -> object:
        if self._made_in_run is not None and budget.current() is not self._made_in_run:
            raise GroovyThrowable(
                "IllegalStateException",
                f"{self.binding_name} belongs to a script run that has ended: use the handle "
                f"of the current run ({self.binding_name})",
            )
        fault = self.faults.get(name)
        if fault is not None and name in self._table:
            raise GroovyThrowable(fault, f"{self.binding_name}.{name} failed (injected fault)")
        for types, fn in self._table.get(name, ()):
            if _fits(types, args):
                return fn(self, *_convert(types, args))
        if len(args) == 1 and type(args[0]) in LIST_TYPES:
            # Groovy spreads a lone List argument over the parameters when nothing else fits
            spread = tuple(args[0])  # type: ignore[arg-type]
            for types, fn in self._table.get(name, ()):
                if _fits(types, spread):
                    return fn(self, *_convert(types, spread))
        if name == "toString" and not args:
            return self.groovy_to_string()
        arg_types = ", ".join(java_class_name(a) for a in args)
        values = ", ".join(to_string(a) for a in args)
        raise no_signature(self.java_class, name, arg_types, values, args)

    def script_getprop(self, name: str) -> object:
        for prefix in ("get", "is"):
            getter = prefix + name[:1].upper() + name[1:]
            if any(types == () for types, _ in self._table.get(getter, ())):
                return self.script_invoke(getter, ())
        raise no_such_property(self.java_class, name, details=False)

    def script_setprop(self, name: str, value: object) -> None:
        raise no_such_property(self.java_class, name, details=False)

    def groovy_to_string(self) -> str:
        return self.binding_name
