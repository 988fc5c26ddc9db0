"""java.time.YearMonth: a year and a month (2024-02), with Java's arithmetic, comparison,
hash code and messages. `from` takes any value that holds a date.
"""

from __future__ import annotations

from convoscript.lib.java_time.amount import Period
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
from convoscript.lib.java_time.enums import MONTH_LIST, Month, as_unit, unit_text
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
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.core.text import to_string
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long

# The units a YearMonth adds, in months
MONTH_UNITS = {"MONTHS": 1, "YEARS": 12, "DECADES": 120, "CENTURIES": 1200, "MILLENNIA": 12000}
_FIELDS = frozenset({"Year", "YearOfEra", "Era", "MonthOfYear", "QuarterOfYear"})


class YearMonth(JavaObject):
    __slots__ = ("month", "year")
    java_class = "java.time.YearMonth"
    kinds = ("YearMonth", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.Temporal",
            "java.time.temporal.TemporalAccessor",
            "java.time.temporal.TemporalAdjuster",
            "java.lang.Comparable",
            "java.io.Serializable",
        }
    )

    def __init__(self, year: int, month: int):
        self.year, self.month = year, month

    def temporal_parts(self) -> Parts:
        return Parts(date=(self.year, self.month, 1), only=_FIELDS)

    def groovy_to_string(self) -> str:
        # Java pads a year below 1000 to four digits; a longer year is printed as it is
        y = self.year
        year = (f"-{-y:04d}" if y < 0 else f"{y:04d}") if abs(y) < 1000 else str(y)
        return f"{year}-{self.month:02d}"

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, YearMonth) and (other.year, other.month) == (self.year, self.month)

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, YearMonth):
            raise compare_error(other, "java.time.YearMonth")
        return (self.year - other.year) or (self.month - other.month)

    def groovy_hash_code(self) -> int:
        value = (self.year ^ (self.month << 27)) & 0xFFFFFFFF
        return value - 0x100000000 if value & 0x80000000 else value

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash((self.year, self.month))


def make_year_month(year: int, month: int) -> YearMonth:
    check_range("Year", year, YEAR_MIN, YEAR_MAX)
    check_range("MonthOfYear", month, 1, 12)
    return YearMonth(year, month)


def as_year_month(value: object) -> YearMonth:
    if isinstance(value, YearMonth):
        return value
    raise NoSignature


def month_number(value: object) -> int:
    """A month given as an int or a Month constant."""
    return value.ordinal + 1 if isinstance(value, Month) else as_int(value)


def date_of(value: object, target: str) -> tuple[int, int, int]:
    """The date a temporal value holds (`Target.from(value)`), or Java's error."""
    parts_of = getattr(value, "temporal_parts", None)
    if parts_of is None:
        raise NoSignature
    parts = parts_of()
    if parts.date is None or parts.only is not None:
        raise date_time_error(
            f"Unable to obtain {target} from TemporalAccessor: {to_string(value)} "
            f"of type {getattr(value, 'java_class', 'java.lang.Object')}"
        )
    return parts.date


def _plus_months(ym: YearMonth, months: int) -> YearMonth:
    total = ym.year * 12 + ym.month - 1 + months
    return make_year_month(total // 12, total % 12 + 1)


def plus_unit(amount: int, unit: str, what: str = "YearMonth") -> int:
    """`amount` of a month-based unit in months (other units are unsupported)."""
    if unit not in MONTH_UNITS:
        raise unsupported(f"Unsupported unit: {unit_text(unit)}")
    return amount * MONTH_UNITS[unit]


def _ym_plus(sign: int, unit: str | None = None):
    def method(self: object, *args: object) -> YearMonth:
        ym = as_year_month(self)
        if unit is not None:
            arity(args, 1)
            return _plus_months(ym, sign * as_long(args[0]) * MONTH_UNITS[unit])
        arity(args, 1, 2)
        if len(args) == 2:
            return _plus_months(ym, sign * plus_unit(as_long(args[0]), as_unit(args[1]).enum_name))
        if isinstance(args[0], Period):
            if args[0].days:
                raise unsupported("Unsupported unit: Days")
            return _plus_months(ym, sign * (args[0].years * 12 + args[0].months))
        raise NoSignature

    return method


def _ym_compare(test):
    def method(self: object, *args: object) -> object:
        arity(args, 1)
        return test(as_year_month(self).groovy_compare_to(as_year_month(args[0])))

    return method


def _at_day(self: object, *args: object) -> LocalDate:
    arity(args, 1)
    ym, day = as_year_month(self), as_int(args[0])
    check_range("DayOfMonth", day, 1, 31, "1 - 28/31")
    if day > cm.month_length(ym.year, ym.month):
        if day == 29:
            raise date_time_error(f"Invalid date 'February 29' as '{ym.year}' is not a leap year")
        raise date_time_error(f"Invalid date '{cm.MONTH_NAMES[ym.month - 1].upper()} {day}'")
    return LocalDate(ym.year, ym.month, day)


def _is_valid_day(self: object, *args: object) -> bool:
    arity(args, 1)
    ym = as_year_month(self)
    return 1 <= as_int(args[0]) <= cm.month_length(ym.year, ym.month)


def _until(self: object, *args: object) -> Long:
    arity(args, 2)
    start, end = as_year_month(self), _from(args[0])
    unit = as_unit(args[1]).enum_name
    months = (end.year * 12 + end.month) - (start.year * 12 + start.month)
    if unit not in MONTH_UNITS:
        raise unsupported(f"Unsupported unit: {unit_text(unit)}")
    return Long(java_div(months, MONTH_UNITS[unit]))


def _getter(fn):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        return fn(as_year_month(self))

    return method


def _format(self: object, *args: object) -> str:
    arity(args, 1)
    return format_temporal(as_formatter(args[0]), as_year_month(self))


METHODS = {
    "YearMonth": {
        "getYear": _getter(lambda ym: ym.year),
        "getMonthValue": _getter(lambda ym: ym.month),
        "getMonth": _getter(lambda ym: MONTH_LIST[ym.month - 1]),
        "lengthOfMonth": _getter(lambda ym: cm.month_length(ym.year, ym.month)),
        "lengthOfYear": _getter(lambda ym: 366 if cm.is_leap(ym.year) else 365),
        "isLeapYear": _getter(lambda ym: cm.is_leap(ym.year)),
        "atEndOfMonth": _getter(
            lambda ym: LocalDate(ym.year, ym.month, cm.month_length(ym.year, ym.month))
        ),
        "atDay": _at_day,
        "isValidDay": _is_valid_day,
        "plus": _ym_plus(1),
        "minus": _ym_plus(-1),
        "plusMonths": _ym_plus(1, "MONTHS"),
        "minusMonths": _ym_plus(-1, "MONTHS"),
        "plusYears": _ym_plus(1, "YEARS"),
        "minusYears": _ym_plus(-1, "YEARS"),
        "withMonth": lambda self, *a: (
            arity(a, 1) or make_year_month(as_year_month(self).year, as_int(a[0]))
        ),
        "withYear": lambda self, *a: (
            arity(a, 1) or make_year_month(as_int(a[0]), as_year_month(self).month)
        ),
        "isBefore": _ym_compare(lambda c: c < 0),
        "isAfter": _ym_compare(lambda c: c > 0),
        "compareTo": _ym_compare(lambda c: c),
        "until": _until,
        "format": _format,
    },
}


def _from(value: object) -> YearMonth:
    if isinstance(value, YearMonth):
        return value
    y, m, _ = date_of(value, "YearMonth")
    return YearMonth(y, m)


# the formatter YearMonth.parse uses: an ISO year, '-', a two-digit month
_ISO = DateTimeFormatter(
    [Value("Year", 4, 10, "EXCEEDS_PAD"), Literal("-"), Value("MonthOfYear", 2, 2, "NOT_NEGATIVE")],
    strict=True,
)


def _parse(*args: object) -> YearMonth:
    arity(args, 1, 2)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", "text")
    text = as_char_sequence(args[0])
    formatter = as_formatter(args[1]) if len(args) == 2 else _ISO
    parsed = parse_text(formatter, text)
    fields = dict(parsed.leftover)
    if parsed.date is not None:
        fields.update(Year=parsed.date[0], MonthOfYear=parsed.date[1])
    year, month = fields.get("Year"), fields.get("MonthOfYear")
    if year is None or month is None or not 1 <= month <= 12:
        raise parse_error(
            f"Text '{text}' could not be parsed: Unable to obtain YearMonth from "
            f"TemporalAccessor: {parsed.describe()} of type java.time.format.Parsed",
            text,
        )
    return YearMonth(year, month)


STATIC_METHODS = {
    "java.time.YearMonth": {
        "of": lambda *a: arity(a, 2) or make_year_month(as_int(a[0]), month_number(a[1])),
        "from": lambda *a: arity(a, 1) or _from(a[0]),
        "parse": _parse,
        "now": lambda *a: _from(LOCAL_STATICS["java.time.LocalDate"]["now"](*a)),
    },
}
