"""What the door raises when nothing answers: Groovy's MissingMethodException and
MissingPropertyException for a receiver, and the refusal of a denied member (SecurityRefused)."""

from __future__ import annotations

from convoscript.runtime.core.suggestions import (
    Signature,
    argument_classes,
    java_methods,
    java_properties,
    method_tail,
    property_tail,
)
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import ClassRef, java_class_name
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import (
    GroovyThrowable,
    SecurityRefused,
    no_signature,
    no_such_property,
)
from convoscript.runtime.model.values import GString


def missing_method(
    receiver: object, name: str, args: tuple, owner: str | None = None
) -> GroovyThrowable:
    """No method `name` of `receiver` takes `args`; `owner` names the receiver's class when
    its Java class does not (a class a script defines, called statically)."""
    if type(receiver) is GString:
        # GString.invokeMethod retries a missing method on toString(): Groovy's exception is
        # the String's, with String's candidates (checked on Groovy 2.4)
        receiver = to_string(receiver)
    types = ", ".join(java_class_name(a) for a in args)
    values = ", ".join(to_string(a) for a in args)
    # a class's own (static) method is named as Groovy does: `static java.lang.Math.max()`
    owner = owner or (
        java_class_name(receiver)
        if not isinstance(receiver, ClassRef)
        else "static " + receiver.qualified
    )
    tail = method_tail(name, argument_classes(args), lambda: _methods_of(receiver))
    return no_signature(owner, name, types, values, args, tail)


def described_missing_method(
    cls: ClassRef | object, name: str, args: tuple, static: bool = False
) -> GroovyThrowable:
    """`new MissingMethodException(name, cls, args[, static])`: the exception a script builds
    itself, with the message Groovy's getMessage() writes for class `cls` (a class reference or
    a script's class) and the same candidates as a failed call on it."""
    owner = cls.qualified if isinstance(cls, ClassRef) else str(cls.name)  # type: ignore[attr-defined]
    types = ", ".join(java_class_name(a) for a in args)
    values = ", ".join(to_string(a) for a in args)
    tail = method_tail(name, argument_classes(args), lambda: _methods_of(cls))
    return no_signature(("static " if static else "") + owner, name, types, values, args, tail)


def described_missing_property(cls: ClassRef | object, name: str) -> GroovyThrowable:
    """`new MissingPropertyException(name, cls)`: Groovy's message for property `name` of class
    `cls` (a class reference or a script's class), with a failed lookup's candidates."""
    if isinstance(cls, ClassRef):
        return missing_property(cls, name)
    return missing_property(cls, name, owner=str(cls.name))  # type: ignore[attr-defined]


def _methods_of(receiver: object) -> list[Signature] | None:
    own = getattr(receiver, "method_candidates", None)  # a class a script defines
    if own is not None:
        return own()  # type: ignore[no-any-return]
    class_name = receiver.qualified if isinstance(receiver, ClassRef) else java_class_name(receiver)
    # a class Groovy's lists do not hold: the methods every object has (docs/dialect.md)
    return java_methods(class_name) or java_methods("java.lang.Object")


def missing_property(receiver: object, name: str, owner: str | None = None) -> GroovyThrowable:
    """`receiver` has no property `name`."""
    if owner is None:
        owner = receiver.qualified if isinstance(receiver, ClassRef) else java_class_name(receiver)
    own = getattr(receiver, "property_candidates", None)
    java_class = owner
    tail = property_tail(name, own if own is not None else lambda: java_properties(java_class))
    return no_such_property(owner, name, suggestions=tail)


def refuse(signature: str) -> SecurityRefused:
    """The refusal of a denied call or member, named by its Java signature."""
    exc = SecurityRefused(signature)
    # Like a spent budget, a refusal ends the run: `finally` blocks cannot continue it.
    budget.current().stop(exc)
    return exc
