"""What the door raises when nothing answers: Groovy's MissingMethodException and
MissingPropertyException for a receiver, and the refusal of a denied member (SecurityRefused)."""

from __future__ import annotations

from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import ClassRef, java_class_name
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import (
    GroovyThrowable,
    SecurityRefused,
    no_signature,
    no_such_property,
)


def missing_method(receiver: object, name: str, args: tuple) -> GroovyThrowable:
    """No method `name` of `receiver` takes `args`."""
    types = ", ".join(java_class_name(a) for a in args)
    values = ", ".join(to_string(a) for a in args)
    # a class's own (static) method is named as Groovy does: `static java.lang.Math.max()`
    owner = (
        java_class_name(receiver)
        if not isinstance(receiver, ClassRef)
        else "static " + receiver.qualified
    )
    return no_signature(owner, name, types, values, args)


def missing_property(receiver: object, name: str) -> GroovyThrowable:
    """`receiver` has no property `name`."""
    owner = receiver.qualified if isinstance(receiver, ClassRef) else java_class_name(receiver)
    return no_such_property(owner, name)


def refuse(signature: str) -> SecurityRefused:
    """The refusal of a denied call or member, named by its Java signature."""
    exc = SecurityRefused(signature)
    # Like a spent budget, a refusal ends the run: `finally` blocks cannot continue it.
    budget.current().stop(exc)
    return exc
