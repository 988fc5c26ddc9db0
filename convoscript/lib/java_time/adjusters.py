"""java.time.temporal.TemporalAdjusters and `with(adjuster)` on LocalDate, LocalDateTime,
LocalTime and ZonedDateTime. An adjuster moves a date (firstDayOfMonth, next(FRIDAY) ...);
the date-like values (LocalDate, Month, DayOfWeek, YearMonth, Year, MonthDay) and LocalTime
adjust a temporal too, as in Java.
"""

from __future__ import annotations

from collections.abc import Callable

from convoscript.lib.java_time.base import as_int, unsupported
from convoscript.lib.java_time.enums import DayOfWeek, Month
from convoscript.lib.java_time.local import LocalDate, LocalDateTime, LocalTime
from convoscript.lib.java_time.monthday import MonthDay
from convoscript.lib.java_time.year import Year
from convoscript.lib.java_time.yearmonth import YearMonth
from convoscript.lib.java_time.zoned import ZonedDateTime
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.door.signatures import NoSignature, arity

DateFn = Callable[[LocalDate], LocalDate]


class TemporalAdjuster(JavaObject):
    """What a TemporalAdjusters factory returns: a function of a date. `field` is the field
    Java reads first, named in the error when the temporal has no date."""

    __slots__ = ("adjust", "field")
    java_class = "java.time.temporal.TemporalAdjuster"
    kinds = ("TemporalAdjuster", "Object")

    def __init__(self, adjust: DateFn, field: str):
        self.adjust, self.field = adjust, field


def _dow(date: LocalDate) -> int:
    return cm.iso_day_of_week(date.epoch_day())


def _plus_days(date: LocalDate, days: int) -> LocalDate:
    return LocalDate.of_epoch_day(date.epoch_day() + days)


def _last_day(date: LocalDate) -> LocalDate:
    return LocalDate(date.year, date.month, cm.month_length(date.year, date.month))


def _relative(dow: int, step: int, or_same: bool) -> DateFn:
    """next / previous (step 1 / -1) of a day of week, or the same day when it is one."""

    def adjust(date: LocalDate) -> LocalDate:
        current = _dow(date)
        if or_same and current == dow:
            return date
        diff = (dow - current) * step
        return _plus_days(date, step * (diff if diff > 0 else diff + 7))

    return adjust


def _in_month(ordinal: int, dow: int) -> DateFn:
    """dayOfWeekInMonth: the ordinal-th such day (0 is the last one of the month before,
    negative counts from the month's end), as Java computes it."""

    def adjust(date: LocalDate) -> LocalDate:
        if ordinal >= 0:
            first = LocalDate(date.year, date.month, 1)
            diff = (dow - _dow(first) + 7) % 7
            return _plus_days(first, diff + (ordinal - 1) * 7)
        last = _last_day(date)
        diff = dow - _dow(last)
        diff = 0 if diff == 0 else diff - 7 if diff > 0 else diff
        return _plus_days(last, diff - (-ordinal - 1) * 7)

    return adjust


def _next_month(date: LocalDate) -> LocalDate:
    y, m = (date.year + 1, 1) if date.month == 12 else (date.year, date.month + 1)
    return LocalDate(y, m, 1)


def _factory(make: Callable[..., DateFn], field: str, arg_kinds: tuple = ()):
    def method(*args: object) -> TemporalAdjuster:
        arity(args, len(arg_kinds))
        values = []
        for kind, value in zip(arg_kinds, args):
            if kind == "dow":
                if not isinstance(value, DayOfWeek):
                    raise NoSignature
                values.append(value.ordinal + 1)
            else:
                values.append(as_int(value))
        return TemporalAdjuster(make(*values), field)

    return method


STATIC_METHODS = {
    "java.time.temporal.TemporalAdjusters": {
        "firstDayOfMonth": _factory(lambda: lambda d: LocalDate(d.year, d.month, 1), "DayOfMonth"),
        "lastDayOfMonth": _factory(lambda: _last_day, "DayOfMonth"),
        "firstDayOfNextMonth": _factory(lambda: _next_month, "DayOfMonth"),
        "firstDayOfYear": _factory(lambda: lambda d: LocalDate(d.year, 1, 1), "DayOfYear"),
        "lastDayOfYear": _factory(lambda: lambda d: LocalDate(d.year, 12, 31), "DayOfYear"),
        "firstDayOfNextYear": _factory(lambda: lambda d: LocalDate(d.year + 1, 1, 1), "DayOfYear"),
        "next": _factory(lambda dow: _relative(dow, 1, False), "DayOfWeek", ("dow",)),
        "nextOrSame": _factory(lambda dow: _relative(dow, 1, True), "DayOfWeek", ("dow",)),
        "previous": _factory(lambda dow: _relative(dow, -1, False), "DayOfWeek", ("dow",)),
        "previousOrSame": _factory(lambda dow: _relative(dow, -1, True), "DayOfWeek", ("dow",)),
        "firstInMonth": _factory(lambda dow: _in_month(1, dow), "DayOfMonth", ("dow",)),
        "lastInMonth": _factory(lambda dow: _in_month(-1, dow), "DayOfMonth", ("dow",)),
        "dayOfWeekInMonth": _factory(_in_month, "DayOfMonth", ("int", "dow")),
    },
}


# ---- with(adjuster) ------------------------------------------------------------------------------
def _date_adjust(adjuster: object) -> DateFn | None:
    """How `adjuster` moves a date, or None when it does not adjust dates (LocalTime)."""
    if isinstance(adjuster, TemporalAdjuster):
        return adjuster.adjust
    if isinstance(adjuster, LocalDate):
        return lambda d: adjuster
    if isinstance(adjuster, Month):
        month = adjuster.ordinal + 1
        return lambda d: LocalDate(d.year, month, min(d.day, cm.month_length(d.year, month)))
    if isinstance(adjuster, DayOfWeek):
        return lambda d: _plus_days(d, adjuster.ordinal + 1 - _dow(d))
    if isinstance(adjuster, YearMonth):
        y, m = adjuster.year, adjuster.month
        return lambda d: LocalDate(y, m, min(d.day, cm.month_length(y, m)))
    if isinstance(adjuster, Year):
        y = adjuster.year
        return lambda d: LocalDate(y, d.month, min(d.day, cm.month_length(y, d.month)))
    if isinstance(adjuster, MonthDay):
        md = adjuster
        return lambda d: LocalDate(d.year, md.month, min(md.day, cm.month_length(d.year, md.month)))
    return None


def _first_field(adjuster: object) -> str:
    """The field an adjuster reads first on a temporal without one (Java's error)."""
    if isinstance(adjuster, TemporalAdjuster):
        return adjuster.field
    return {
        LocalDate: "EpochDay",
        Month: "MonthOfYear",
        DayOfWeek: "DayOfWeek",
        YearMonth: "ProlepticMonth",
        Year: "Year",
        MonthDay: "MonthOfYear",
    }.get(type(adjuster), "")


def _adjusted_date(date: LocalDate, adjuster: object) -> LocalDate:
    adjust = _date_adjust(adjuster)
    if adjust is None:
        raise NoSignature
    return adjust(date)


def _local_date_with(self: object, *args: object) -> LocalDate:
    arity(args, 1)
    if not isinstance(self, LocalDate):
        raise NoSignature
    if isinstance(args[0], LocalTime):
        raise unsupported("Unsupported field: NanoOfDay")
    return _adjusted_date(self, args[0])


def _ldt_adjusted(value: LocalDateTime, adjuster: object) -> LocalDateTime:
    if isinstance(adjuster, LocalTime):
        return LocalDateTime(value.date, adjuster)
    if isinstance(adjuster, LocalDateTime):
        return adjuster
    return LocalDateTime(_adjusted_date(value.date, adjuster), value.time)


def _local_date_time_with(self: object, *args: object) -> LocalDateTime:
    arity(args, 1)
    if not isinstance(self, LocalDateTime):
        raise NoSignature
    return _ldt_adjusted(self, args[0])


def _zoned_with(self: object, *args: object) -> ZonedDateTime:
    arity(args, 1)
    if not isinstance(self, ZonedDateTime):
        raise NoSignature
    ldt = _ldt_adjusted(self.ldt, args[0])
    return ZonedDateTime.of_local(ldt, self.zone, self.offset)


def _local_time_with(self: object, *args: object) -> LocalTime:
    arity(args, 1)
    if not isinstance(self, LocalTime):
        raise NoSignature
    if isinstance(args[0], LocalTime):
        return args[0]
    if _date_adjust(args[0]) is None:
        raise NoSignature
    raise unsupported(f"Unsupported field: {_first_field(args[0])}")


METHODS = {
    "LocalDate": {"with": _local_date_with},
    "LocalDateTime": {"with": _local_date_time_with},
    "LocalTime": {"with": _local_time_with},
    "ZonedDateTime": {"with": _zoned_with},
}
