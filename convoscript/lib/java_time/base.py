"""Shared vocabulary of the java.time modules: Java's DateTimeException messages, range checks
(LocalDate.of's among them), int/long parameters and Java's truncating integer division.
"""

from __future__ import annotations

from convoscript.lib.java_util import calendarmath as cm
from convoscript.runtime.core.types import StringBuilder
from convoscript.runtime.door.signatures import NoSignature, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import LONG_MAX, LONG_MIN, Long

NANOS_PER_SECOND = 1_000_000_000
YEAR_MIN, YEAR_MAX = -999_999_999, 999_999_999
EPOCH_DAY_MIN, EPOCH_DAY_MAX = -365243219162, 365241780471  # LocalDate.MIN and MAX


def date_time_error(message: str, kind: str = "DateTimeException") -> GroovyThrowable:
    return GroovyThrowable(kind, message)


def parse_error(message: str, text: str, index: int = 0) -> GroovyThrowable:
    """Java's DateTimeParseException, carrying the text and the index where parsing stopped
    (`e.parsedString`, `e.errorIndex`)."""
    return GroovyThrowable(
        "DateTimeParseException", message, details={"parsedString": text, "errorIndex": index}
    )


def unsupported(what: str) -> GroovyThrowable:
    return date_time_error(what, "UnsupportedTemporalTypeException")


def check_range(name: str, value: int, low: int, high: int, shown: str | None = None) -> int:
    if not low <= value <= high:
        raise date_time_error(
            f"Invalid value for {name} (valid values {shown or f'{low} - {high}'}): {int(value)}"
        )
    return value


def checked_date(year: int, month: int, day: int) -> tuple[int, int, int]:
    """LocalDate.of's checks, with Java's messages."""
    check_range("Year", year, YEAR_MIN, YEAR_MAX)
    check_range("MonthOfYear", month, 1, 12)
    check_range("DayOfMonth", day, 1, 31, "1 - 28/31")
    if day > cm.month_length(year, month):
        if day == 29:
            raise date_time_error(f"Invalid date 'February 29' as '{year}' is not a leap year")
        raise date_time_error(f"Invalid date '{cm.MONTH_NAMES[month - 1].upper()} {day}'")
    return year, month, day


def as_long(value: object) -> int:
    """A `long` parameter (Integer or Long)."""
    if type(value) in (int, Long):
        return int(value)  # type: ignore[call-overload]
    raise NoSignature


def as_char_sequence(value: object) -> str:
    """A CharSequence parameter (the `parse` methods): a String, GString or StringBuilder."""
    if type(value) is StringBuilder:
        return value.text()  # type: ignore[attr-defined]
    return as_str(value)


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
