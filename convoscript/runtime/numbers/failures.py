"""The Java exceptions the number tower throws (Arithmetic, NumberFormat, UnsupportedOperation)."""

from __future__ import annotations

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.numbers.kinds import java_class_name
from convoscript.runtime.numbers.tostring import to_java_string


def arithmetic_exception(message: str) -> GroovyThrowable:
    """java.lang.ArithmeticException."""
    return GroovyThrowable("ArithmeticException", message)


def number_format_exception(message: str | None) -> GroovyThrowable:
    """java.lang.NumberFormatException."""
    return GroovyThrowable("NumberFormatException", message)


def unsupported_operation(operation: str, left: object) -> GroovyThrowable:
    """What Groovy's NumberMath throws for an operation the left operand's type lacks."""
    return GroovyThrowable(
        "UnsupportedOperationException",
        f"Cannot use {operation}() on this number type: {java_class_name(left)} "
        f"with value: {to_java_string(left)}",
    )
