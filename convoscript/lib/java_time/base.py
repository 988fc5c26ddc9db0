"""Shared vocabulary of the java.time modules: Java's DateTimeException messages, range checks,
int/long parameters and Java's truncating integer division.
"""

from __future__ import annotations

from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import LONG_MAX, LONG_MIN, Long

NANOS_PER_SECOND = 1_000_000_000


def date_time_error(message: str, kind: str = "DateTimeException") -> GroovyThrowable:
    return GroovyThrowable(kind, message)


def unsupported(what: str) -> GroovyThrowable:
    return date_time_error(what, "UnsupportedTemporalTypeException")


def check_range(name: str, value: int, low: int, high: int, shown: str | None = None) -> int:
    if not low <= value <= high:
        raise date_time_error(
            f"Invalid value for {name} (valid values {shown or f'{low} - {high}'}): {value}"
        )
    return value


def as_long(value: object) -> int:
    """A `long` parameter (Integer or Long)."""
    if type(value) in (int, Long):
        return int(value)  # type: ignore[call-overload]
    raise NoSignature


def as_int(value: object) -> int:
    if type(value) is int:
        return value  # type: ignore[return-value]
    raise NoSignature


def long_result(value: int) -> Long:
    if not LONG_MIN <= value <= LONG_MAX:
        raise GroovyThrowable("ArithmeticException", "long overflow")
    return Long(value)


def java_div(a: int, b: int) -> int:
    """Java's `/` on integers: truncates toward zero."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def java_rem(a: int, b: int) -> int:
    return a - java_div(a, b) * b
