"""java.time.MonthDay: a month and a day of month (--12-25), with Java's checks, comparison,
hash code and messages.
"""

from __future__ import annotations

from convoscript.lib.java_time.base import (
    as_char_sequence,
    as_int,
    check_range,
    date_time_error,
    parse_error,
)
from convoscript.lib.java_time.enums import MONTH_LIST
from convoscript.lib.java_time.fields import Parts
from convoscript.lib.java_time.format import (
    DateTimeFormatter,
    as_formatter,
    format_temporal,
    parse_text,
)
from convoscript.lib.java_time.local import STATIC_METHODS as LOCAL_STATICS
from convoscript.lib.java_time.local import LocalDate
from convoscript.lib.java_time.patterns import Literal, Value
from convoscript.lib.java_time.yearmonth import date_of, month_number
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable

_FIELDS = frozenset({"MonthOfYear", "DayOfMonth"})


class MonthDay(JavaObject):
    __slots__ = ("day", "month")
    java_class = "java.time.MonthDay"
    kinds = ("MonthDay", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.TemporalAccessor",
            "java.time.temporal.TemporalAdjuster",
            "java.lang.Comparable",
            "java.io.Serializable",
        }
    )

    def __init__(self, month: int, day: int):
        self.month, self.day = month, day

    def temporal_parts(self) -> Parts:
        return Parts(date=(2000, self.month, self.day), only=_FIELDS)

    def groovy_to_string(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, MonthDay) and (other.month, other.day) == (self.month, self.day)

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, MonthDay):
            raise compare_error(other, "java.time.MonthDay")
        return (self.month - other.month) or (self.day - other.day)

    def groovy_hash_code(self) -> int:
        return (self.month << 6) + self.day

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash((self.month, self.day))


def make_month_day(month: int, day: int) -> MonthDay:
    """MonthDay.of's checks: Month.of, the day's range, then the month's longest length."""
    if not 1 <= month <= 12:
        raise date_time_error(f"Invalid value for MonthOfYear: {month}")
    check_range("DayOfMonth", day, 1, 31, "1 - 28/31")
    if day > cm.month_length(2000, month):
        raise date_time_error(
            f"Illegal value for DayOfMonth field, value {day} is not valid for month "
            f"{MONTH_LIST[month - 1].enum_name}"
        )
    return MonthDay(month, day)


def as_month_day(value: object) -> MonthDay:
    if isinstance(value, MonthDay):
        return value
    raise NoSignature


def valid_year(md: MonthDay, year: int) -> bool:
    return not (md.month == 2 and md.day == 29 and not cm.is_leap(year))


def at_year(md: MonthDay, year: int) -> LocalDate:
    """MonthDay.atYear: February 29th becomes the 28th in a year that is not a leap year."""
    check_range("Year", year, -999_999_999, 999_999_999)
    return LocalDate(year, md.month, md.day if valid_year(md, year) else 28)


def _with_month(md: MonthDay, month: int) -> MonthDay:
    if not 1 <= month <= 12:
        raise date_time_error(f"Invalid value for MonthOfYear (valid values 1 - 12): {month}")
    return MonthDay(month, min(md.day, cm.month_length(2000, month)))


def _compare(test):
    def method(self: object, *args: object) -> object:
        arity(args, 1)
        return test(as_month_day(self).groovy_compare_to(as_month_day(args[0])))

    return method


def _getter(fn):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        return fn(as_month_day(self))

    return method


def _with(self: object, *args: object) -> MonthDay:
    arity(args, 1)
    md = as_month_day(self)
    if isinstance(args[0], type(MONTH_LIST[0])):
        return _with_month(md, args[0].ordinal + 1)  # type: ignore[attr-defined]
    raise NoSignature


METHODS = {
    "MonthDay": {
        "getMonth": _getter(lambda md: MONTH_LIST[md.month - 1]),
        "getMonthValue": _getter(lambda md: md.month),
        "getDayOfMonth": _getter(lambda md: md.day),
        "atYear": lambda self, *a: arity(a, 1) or at_year(as_month_day(self), as_int(a[0])),
        "isValidYear": lambda self, *a: arity(a, 1) or valid_year(as_month_day(self), as_int(a[0])),
        "withMonth": lambda self, *a: arity(a, 1) or _with_month(as_month_day(self), as_int(a[0])),
        "withDayOfMonth": lambda self, *a: (
            arity(a, 1) or make_month_day(as_month_day(self).month, as_int(a[0]))
        ),
        "with": _with,
        "isBefore": _compare(lambda c: c < 0),
        "isAfter": _compare(lambda c: c > 0),
        "compareTo": _compare(lambda c: c),
        "format": lambda self, *a: (
            arity(a, 1) or format_temporal(as_formatter(a[0]), as_month_day(self))
        ),
    },
}


def _from(value: object) -> MonthDay:
    if isinstance(value, MonthDay):
        return value
    _, m, d = date_of(value, "MonthDay")
    return MonthDay(m, d)


# the formatter MonthDay.parse uses: "--", a two-digit month, '-', a two-digit day
_PARSER = DateTimeFormatter(
    [
        Literal("--"),
        Value("MonthOfYear", 2, 2, "NOT_NEGATIVE"),
        Literal("-"),
        Value("DayOfMonth", 2, 2, "NOT_NEGATIVE"),
    ],
    strict=True,
)


def _parse(*args: object) -> MonthDay:
    arity(args, 1, 2)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", "text")
    text = as_char_sequence(args[0])
    parsed = parse_text(as_formatter(args[1]) if len(args) == 2 else _PARSER, text)
    fields = dict(parsed.leftover)
    if parsed.date is not None:
        fields.update(MonthOfYear=parsed.date[1], DayOfMonth=parsed.date[2])
    month, day = fields.get("MonthOfYear"), fields.get("DayOfMonth")
    try:
        if month is None or day is None:
            raise date_time_error("")
        return make_month_day(month, day)
    except GroovyThrowable:
        raise parse_error(
            f"Text '{text}' could not be parsed: Unable to obtain MonthDay from "
            f"TemporalAccessor: {parsed.describe()} of type java.time.format.Parsed",
            text,
        ) from None


STATIC_METHODS = {
    "java.time.MonthDay": {
        "of": lambda *a: arity(a, 2) or make_month_day(month_number(a[0]), as_int(a[1])),
        "from": lambda *a: arity(a, 1) or _from(a[0]),
        "parse": _parse,
        "now": lambda *a: _from(LOCAL_STATICS["java.time.LocalDate"]["now"](*a)),
    },
}
