"""The shared face of the allowed Java value classes implemented in Python (Date, LocalDate,
Random, UUID, ...): method calls, properties and setters routed through the allow-list tables.

A subclass names its Java class (`java_class`), the tables searched for its methods (`kinds`,
most specific first, e.g. ("Date", "Object")) and the Java types `instanceof` accepts
(`supertypes`). Nothing of the Python object is reachable except through those tables.
"""

from __future__ import annotations

from convoscript.runtime.core.classcast import class_cast
from convoscript.runtime.door import allowlist
from convoscript.runtime.door.dispatch import class_of
from convoscript.runtime.door.missing import missing_method, missing_property
from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.model.exceptions import GroovyThrowable, no_such_property


def _tables(kinds: tuple) -> list:
    methods = allowlist.METHODS
    return [methods[k] for k in kinds if k in methods]


class JavaObject:
    """Base of the Java value classes: `script_invoke`, `script_getprop`, `script_setprop`."""

    __slots__ = ()
    java_class = "java.lang.Object"
    kinds: tuple[str, ...] = ("Object",)
    supertypes: frozenset[str] = frozenset()

    def script_invoke(self, name: str, args: tuple) -> object:
        for table in _tables(self.kinds):
            fn = table.get(name)
            if fn is None:
                continue
            try:
                return fn(self, *args)
            except NoSignature:
                continue
        raise missing_method(self, name, args)

    def script_getprop(self, name: str) -> object:
        if name == "class":
            return class_of(self)
        getter = name[:1].upper() + name[1:]
        for prefix in ("get", "is"):
            for table in _tables(self.kinds):
                fn = table.get(prefix + getter)
                if fn is None:
                    continue
                try:
                    value = fn(self)
                except NoSignature:
                    continue
                if prefix == "is" and type(value) is not bool:
                    continue
                return value
        raise missing_property(self, name)

    def script_setprop(self, name: str, value: object) -> None:
        setter = "set" + name[:1].upper() + name[1:]
        for table in _tables(self.kinds):
            fn = table.get(setter)
            if fn is None:
                continue
            try:
                fn(self, value)
                return
            except NoSignature:
                continue
        if any(("get" + setter[3:]) in table for table in _tables(self.kinds)):
            raise GroovyThrowable(
                "ReadOnlyPropertyException",
                f"Cannot set readonly property: {name} for class: {self.java_class}",
            )
        raise no_such_property(self.java_class, name, details=False)

    def java_is_a(self, qualified: str) -> bool:
        return qualified in (self.java_class, "java.lang.Object") or qualified in self.supertypes


def compare_error(other: object, target: str) -> GroovyThrowable:
    """Comparable.compareTo given a value it cannot cast (`date < 5`): ClassCastException."""
    return class_cast(other, target)


def receiver(cls: type):
    """A check for a method's receiver: `date = receiver(JavaDate)(self)` (else NoSignature)."""

    def check(value: object):
        if isinstance(value, cls):
            return value
        raise NoSignature

    return check
