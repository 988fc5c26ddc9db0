"""java.time.Year: an ISO year (2024), with leap-year rules, arithmetic and the dates and
months it contains (`atDay`, `atMonth` -> YearMonth, `atMonthDay`).
"""

from __future__ import annotations

from convoscript.lib.java_time.base import (
    YEAR_MAX,
    YEAR_MIN,
    as_char_sequence,
    as_int,
    as_long,
    check_range,
    date_time_error,
    java_div,
    parse_error,
    unsupported,
)
from convoscript.lib.java_time.enums import as_unit, unit_text
from convoscript.lib.java_time.fields import Parts
from convoscript.lib.java_time.format import (
    DateTimeFormatter,
    as_formatter,
    format_temporal,
    parse_text,
)
from convoscript.lib.java_time.local import STATIC_METHODS as LOCAL_STATICS
from convoscript.lib.java_time.local import LocalDate
from convoscript.lib.java_time.monthday import as_month_day, at_year, valid_year
from convoscript.lib.java_time.patterns import Value
from convoscript.lib.java_time.yearmonth import (
    MONTH_UNITS,
    date_of,
    make_year_month,
    month_number,
)
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long

_FIELDS = frozenset({"Year", "YearOfEra", "Era"})
_YEAR_UNITS = {k: v // 12 for k, v in MONTH_UNITS.items() if v >= 12}


class Year(JavaObject):
    __slots__ = ("year",)
    java_class = "java.time.Year"
    kinds = ("Year", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.Temporal",
            "java.time.temporal.TemporalAccessor",
            "java.time.temporal.TemporalAdjuster",
            "java.lang.Comparable",
            "java.io.Serializable",
        }
    )

    def __init__(self, year: int):
        self.year = year

    def temporal_parts(self) -> Parts:
        return Parts(date=(self.year, 1, 1), only=_FIELDS)

    def groovy_to_string(self) -> str:
        return str(self.year)

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, Year) and other.year == self.year

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, Year):
            raise compare_error(other, "java.time.Year")
        return self.year - other.year

    def groovy_hash_code(self) -> int:
        return self.year

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(self.year)


def make_year(year: int) -> Year:
    check_range("Year", year, YEAR_MIN, YEAR_MAX)
    return Year(year)


def as_year(value: object) -> Year:
    if isinstance(value, Year):
        return value
    raise NoSignature


def _plus(sign: int, unit: str | None = None):
    def method(self: object, *args: object) -> Year:
        year = as_year(self)
        if unit is not None:
            arity(args, 1)
            return make_year(year.year + sign * as_long(args[0]))
        arity(args, 1, 2)
        if len(args) == 1:
            raise NoSignature
        name = as_unit(args[1]).enum_name
        if name not in _YEAR_UNITS:
            raise unsupported(f"Unsupported unit: {unit_text(name)}")
        return make_year(year.year + sign * as_long(args[0]) * _YEAR_UNITS[name])

    return method


def _at_day(self: object, *args: object) -> LocalDate:
    arity(args, 1)
    year, doy = as_year(self).year, as_int(args[0])
    check_range("DayOfYear", doy, 1, 366, "1 - 365/366")
    if doy == 366 and not cm.is_leap(year):
        raise date_time_error(f"Invalid date 'DayOfYear 366' as '{year}' is not a leap year")
    return LocalDate(*cm.civil(cm.epoch_day(year, 1, 1) + doy - 1))


def _compare(test):
    def method(self: object, *args: object) -> object:
        arity(args, 1)
        return test(as_year(self).groovy_compare_to(as_year(args[0])))

    return method


def _until(self: object, *args: object) -> Long:
    arity(args, 2)
    start, end = as_year(self).year, _from(args[0]).year
    name = as_unit(args[1]).enum_name
    if name not in _YEAR_UNITS:
        raise unsupported(f"Unsupported unit: {unit_text(name)}")
    return Long(java_div(end - start, _YEAR_UNITS[name]))


def _getter(fn):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        return fn(as_year(self))

    return method


METHODS = {
    "Year": {
        "getValue": _getter(lambda y: y.year),
        "isLeap": _getter(lambda y: cm.is_leap(y.year)),
        "length": _getter(lambda y: 366 if cm.is_leap(y.year) else 365),
        "atDay": _at_day,
        "atMonth": lambda self, *a: (
            arity(a, 1) or make_year_month(as_year(self).year, month_number(a[0]))
        ),
        "atMonthDay": lambda self, *a: (
            arity(a, 1) or at_year(as_month_day(a[0]), as_year(self).year)
        ),
        "isValidMonthDay": lambda self, *a: (
            arity(a, 1) or (a[0] is not None and valid_year(as_month_day(a[0]), as_year(self).year))
        ),
        "plus": _plus(1),
        "minus": _plus(-1),
        "plusYears": _plus(1, "YEARS"),
        "minusYears": _plus(-1, "YEARS"),
        "isBefore": _compare(lambda c: c < 0),
        "isAfter": _compare(lambda c: c > 0),
        "compareTo": _compare(lambda c: c),
        "until": _until,
        "format": lambda self, *a: (
            arity(a, 1) or format_temporal(as_formatter(a[0]), as_year(self))
        ),
    },
}


def _from(value: object) -> Year:
    if isinstance(value, Year):
        return value
    return Year(date_of(value, "Year")[0])


def _is_leap(*args: object) -> bool:
    arity(args, 1)
    return cm.is_leap(as_long(args[0]))


# Year.parse reads a year of 1 to 10 digits with an optional sign
_PARSER = DateTimeFormatter([Value("Year", 1, 10, "NORMAL")], strict=True)


def _parse(*args: object) -> Year:
    arity(args, 1, 2)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", "text")
    text = as_char_sequence(args[0])
    parsed = parse_text(as_formatter(args[1]) if len(args) == 2 else _PARSER, text)
    year = parsed.date[0] if parsed.date is not None else parsed.leftover.get("Year")
    if year is None:
        raise parse_error(
            f"Text '{text}' could not be parsed: Unable to obtain Year from "
            f"TemporalAccessor: {parsed.describe()} of type java.time.format.Parsed",
            text,
        )
    return Year(year)


STATIC_METHODS = {
    "java.time.Year": {
        "of": lambda *a: arity(a, 1) or make_year(as_int(a[0])),
        "from": lambda *a: arity(a, 1) or _from(a[0]),
        "parse": _parse,
        "isLeap": _is_leap,
        "now": lambda *a: _from(LOCAL_STATICS["java.time.LocalDate"]["now"](*a)),
    },
}
STATIC_FIELDS = {"java.time.Year": {"MIN_VALUE": YEAR_MIN, "MAX_VALUE": YEAR_MAX}}
