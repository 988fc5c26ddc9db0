"""Service handles: small classes bound to one conversation, visible to scripts only through the
methods they mark with `@script_method`, with Java-typed parameters as in Amelia.

A call whose arguments fit no declared overload is Groovy's MissingMethodException (so
`customMetricService.upsertMetric("x", 1)` fails exactly as it does on Amelia). Bean getters
(`getId()`, `getVariableNames()`) are also readable as properties (`execution.id`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from convoscript.runtime.core.keys import LIST_TYPES, GSet
from convoscript.runtime.core.suggestions import (
    Signature,
    argument_classes,
    declared_methods,
    java_type_name,
    meta_class_order,
    method_tail,
    piece,
    property_tail,
)
from convoscript.runtime.core.suggestions import meta_methods as java_methods_meta
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.fitting import HandleType, fit
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable, no_signature, no_such_property

_PRIMITIVES = frozenset(("boolean", "char", "byte", "short", "int", "long", "float", "double"))


def _java_param(type_name: str) -> str:
    """The Java class name Groovy prints for a handle method's parameter type."""
    if type(type_name) is HandleType:
        return _handle_classes().get(type_name, type_name)
    return java_type_name(type_name, allowlist.resolve_class_name)


def _handle_classes() -> dict[str, str]:
    found: dict[str, str] = {}
    todo: list[type[ServiceHandle]] = [ServiceHandle]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        found.setdefault(cls.handle_type, cls.java_class)
    return found


def script_method(*param_types: str):
    """Mark a method as callable from scripts with these Java parameter types (an overload)."""

    def mark(fn: Callable) -> Callable:
        overloads = getattr(fn, "script_overloads", [])
        fn.script_overloads = overloads + [param_types]  # type: ignore[attr-defined]
        return fn

    return mark


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
            fitted = fit(types, args, name)
            if fitted is not None:
                return _timed(fn, self, fitted)
        if len(args) == 1 and type(args[0]) in LIST_TYPES:
            # Groovy spreads a lone List argument over the parameters when nothing else fits
            spread = tuple(args[0])  # type: ignore[arg-type]
            for types, fn in self._table.get(name, ()):
                fitted = fit(types, spread, name)
                if fitted is not None:
                    return _timed(fn, self, fitted)
        if name == "toString" and not args:
            return self.groovy_to_string()
        if not args:
            # Groovy calls a one-parameter method without arguments with null (Groovy 2.4)
            for types, fn in self._table.get(name, ()):
                if len(types) == 1 and types[0] not in _PRIMITIVES:
                    fitted = fit(types, (None,), name)
                    if fitted is not None:
                        return _timed(fn, self, fitted)
        arg_types = ", ".join(java_class_name(a) for a in args)
        values = ", ".join(to_string(a) for a in args)
        tail = method_tail(name, argument_classes(args), self.method_candidates)
        raise no_signature(self.java_class, name, arg_types, values, args, tail)

    @classmethod
    def method_candidates(cls) -> list[Signature]:
        """What Groovy's "Possible solutions:" ranks for this Java class: Object's methods, the
        class's own (sorted as Groovy sorts them), then the GDK's for any Object."""
        declared = [
            ("java.lang.Object", name, tuple(_java_param(t) for t in types))
            for name, overloads in cls._table.items()
            for types, _ in overloads
        ]
        return piece("object") + declared_methods(declared) + java_methods_meta("java.lang.Object")

    def script_getprop(self, name: str) -> object:
        for prefix in ("get", "is"):
            getter = prefix + name[:1].upper() + name[1:]
            if any(types == () for types, _ in self._table.get(getter, ())):
                return self.script_invoke(getter, ())
        raise self._no_property(name)

    def script_setprop(self, name: str, value: object) -> None:
        raise self._no_property(name)

    def _no_property(self, name: str) -> GroovyThrowable:
        tail = property_tail(name, self.property_candidates)
        return no_such_property(self.java_class, name, details=False, suggestions=tail)

    @classmethod
    def property_candidates(cls) -> list[str]:
        """The bean properties Groovy's meta-class lists for this Java class: `class` and one
        per getter, in its table's order."""
        names = ["class"]
        for method, overloads in sorted(cls._table.items()):
            for prefix in ("get", "is"):
                rest = method[len(prefix) :]
                getter = any(types == () for types, _ in overloads)
                if method.startswith(prefix) and rest[:1].isupper() and getter:
                    names.append(rest[:1].lower() + rest[1:])
        return meta_class_order(names)

    def groovy_to_string(self) -> str:
        return self.binding_name

    def remaining_seconds(self) -> float:
        """Seconds left before the run's deadline (0.0 once passed; unlimited outside a run).
        A service that waits (a network call, a lock) should wait no longer than this: the run
        ends with LimitExceeded (`time`) as soon as the call returns past its deadline, so a
        longer wait only delays that. Not callable from scripts (it is no `script_method`)."""
        return budget.current().remaining()


def _timed(fn: Callable, handle: ServiceHandle, args: tuple) -> object:
    """A service call between two clock reads: none starts after the run's deadline, and the
    run ends right after one that returns past it (an embedder's service may block for any
    time; ten calls to a slow one stretched a 1 s run to 5.5 s when only steps read the clock).
    What the call made is charged by its size (`_made_cost`): a copy of 10,000 variables per
    call was one step."""
    b = budget.current()
    b.check_clock()
    result = fn(handle, *args)
    b.check_clock()
    t = type(result)
    if t is str or t is dict or t is list or t is GSet:
        b.tick(_made_cost(result))
    return result


def _made_cost(result: str | dict | list | GSet) -> int:
    """Steps for a value a service built: one per entry, one per 16 characters (a step is
    about what copying 16 characters costs)."""
    return 1 + (len(result) // 16 if type(result) is str else len(result))
