"""java.time.LocalDate, LocalTime and LocalDateTime (and the java.util.Locale statics).
`now()` reads the run's clock in the run's default zone.

Values are immutable: a LocalDate is (year, month, day), a LocalTime a nano-of-day.
"""

from __future__ import annotations

from convoscript.lib.java_time.amount import STATIC_METHODS as AMOUNT_STATICS
from convoscript.lib.java_time.amount import Duration, Period, period_between
from convoscript.lib.java_time.base import (
    EPOCH_DAY_MAX,
    EPOCH_DAY_MIN,
    NANOS_PER_SECOND,
    YEAR_MAX,
    YEAR_MIN,
    as_char_sequence,
    as_int,
    as_long,
    check_range,
    checked_date,
    date_time_error,
    long_result,
    parse_error,
    unsupported,
)
from convoscript.lib.java_time.enums import DAY_LIST, MONTH_LIST, Month, as_unit
from convoscript.lib.java_time.format import (
    ISO_FORMATTERS,
    NANOS_PER_DAY,
    Parts,
    as_formatter,
    format_temporal,
    parse_text,
)
from convoscript.lib.java_time.isotext import date_text, time_text
from convoscript.lib.java_time.zoneids import as_zone_id, default_zone_id, now_instant
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util.locale import LOCALES
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.core.hashing import long_hash
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long

_DATE_UNITS = {
    "DAYS": (0, 1),
    "WEEKS": (0, 7),
    "MONTHS": (1, 0),
    "YEARS": (12, 0),
    "DECADES": (120, 0),
    "CENTURIES": (1200, 0),
    "MILLENNIA": (12000, 0),
}
_TIME_UNITS = {
    "NANOS": 1,
    "MICROS": 1000,
    "MILLIS": 1_000_000,
    "SECONDS": NANOS_PER_SECOND,
    "MINUTES": 60 * NANOS_PER_SECOND,
    "HOURS": 3600 * NANOS_PER_SECOND,
    "HALF_DAYS": 43200 * NANOS_PER_SECOND,
}


def _int32(n: int) -> int:
    n &= 0xFFFFFFFF
    return n - 0x100000000 if n & 0x80000000 else n


def _ordering(a: tuple, b: tuple) -> int:
    return (a > b) - (a < b)


# ---- LocalDate --------------------------------------------------------------------------------
class LocalDate(JavaObject):
    __slots__ = ("day", "month", "year")
    java_class = "java.time.LocalDate"
    kinds = ("LocalDate", "Temporal", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.Temporal",
            "java.time.chrono.ChronoLocalDate",
            "java.lang.Comparable",
            "java.time.temporal.TemporalAccessor",
            "java.time.temporal.TemporalAdjuster",
            "java.io.Serializable",
        }
    )

    def __init__(self, year: int, month: int, day: int):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def of_epoch_day(cls, days: int) -> LocalDate:
        y, m, d = cm.civil(days)
        check_range("EpochDay", days, EPOCH_DAY_MIN, EPOCH_DAY_MAX)
        return cls(y, m, d)

    def ymd(self) -> tuple[int, int, int]:
        return self.year, self.month, self.day

    def epoch_day(self) -> int:
        return cm.epoch_day(self.year, self.month, self.day)

    def temporal_parts(self) -> Parts:
        return Parts(date=self.ymd())

    def groovy_to_string(self) -> str:
        return date_text(*self.ymd())

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, LocalDate) and other.ymd() == self.ymd()

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, LocalDate):
            raise compare_error(other, "java.time.chrono.ChronoLocalDate")
        # Java's compareTo: the first difference of year, month and day (not just its sign)
        for mine, theirs in zip(self.ymd(), other.ymd()):
            if mine != theirs:
                return mine - theirs
        return 0

    def groovy_hash_code(self) -> int:
        y = self.year
        return _int32((y & 0xFFFFF800) ^ ((y << 11) + (self.month << 6) + self.day))

    def groovy_json(self) -> str:
        raise GroovyThrowable("StackOverflowError", None)

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(self.ymd())


def as_local_date(value: object) -> LocalDate:
    if isinstance(value, LocalDate):
        return value
    raise NoSignature


def _ld(self: object) -> LocalDate:
    return as_local_date(self)


def _wrap_long(value: int) -> int:
    """Java's long addition, which wraps on overflow (plusMonths/plusYears check the year
    only after it)."""
    return (value + 2**63) % 2**64 - 2**63


def plus_months(date: LocalDate, months: int) -> LocalDate:
    if months == 0:
        return date
    total = _wrap_long(date.year * 12 + date.month - 1 + months)
    year, month = divmod(total, 12)
    check_range("Year", year, YEAR_MIN, YEAR_MAX)
    return LocalDate(year, month + 1, min(date.day, cm.month_length(year, month + 1)))


def plus_years(date: LocalDate, years: int) -> LocalDate:
    if years == 0:
        return date
    year = check_range("Year", _wrap_long(date.year + years), YEAR_MIN, YEAR_MAX)
    return LocalDate(year, date.month, min(date.day, cm.month_length(year, date.month)))


def plus_date_unit(date: LocalDate, amount: int, unit: str) -> LocalDate:
    if unit not in _DATE_UNITS:
        raise unsupported(f"Unsupported unit: {unit.title().replace('_', '')}")
    months, days = _DATE_UNITS[unit]
    if months >= 12:  # plusYears(multiplyExact(amount, years))
        return plus_years(date, long_result(amount * (months // 12)))
    if months:
        return plus_months(date, amount)
    return LocalDate.of_epoch_day(long_result(date.epoch_day() + amount * days))


def plus_amount(date: LocalDate, amount: object, sign: int) -> LocalDate:
    if isinstance(amount, Period):
        total = amount.years * 12 + amount.months
        return LocalDate.of_epoch_day(
            plus_months(date, sign * total).epoch_day() + sign * amount.days
        )
    if isinstance(amount, Duration):
        if amount.total_nanos() == 0:  # Java adds its non-zero parts only
            return date
        raise unsupported("Unsupported unit: Seconds")
    raise NoSignature


def _ld_plus(sign: int, unit: str | None = None):
    def method(self: object, *args: object) -> LocalDate:
        date = _ld(self)
        if unit is not None:
            arity(args, 1)
            return plus_date_unit(date, sign * as_long(args[0]), unit)
        arity(args, 1, 2)
        if len(args) == 2:
            return plus_date_unit(date, sign * as_long(args[0]), as_unit(args[1]).enum_name)
        return plus_amount(date, args[0], sign)

    return method


def _ld_with(part: str):
    def method(self: object, *args: object) -> LocalDate:
        arity(args, 1)
        date, value = _ld(self), as_int(args[0])
        if part == "year":
            check_range("Year", value, YEAR_MIN, YEAR_MAX)
            return LocalDate(value, date.month, min(date.day, cm.month_length(value, date.month)))
        if part == "month":
            check_range("MonthOfYear", value, 1, 12)
            return LocalDate(date.year, value, min(date.day, cm.month_length(date.year, value)))
        if part == "dayOfYear":
            check_range("DayOfYear", value, 1, 366, "1 - 365/366")
            if value == 366 and not cm.is_leap(date.year):
                raise date_time_error(
                    f"Invalid date 'DayOfYear 366' as '{date.year}' is not a leap year"
                )
            return LocalDate.of_epoch_day(cm.epoch_day(date.year, 1, 1) + value - 1)
        return LocalDate(*checked_date(date.year, date.month, value))

    return method


def _ld_compare(test):
    def method(self: object, *args: object) -> bool:
        arity(args, 1)
        return test(_ld(self).groovy_compare_to(as_local_date(args[0])))

    return method


def _ld_at_time(self: object, *args: object) -> LocalDateTime:
    date = _ld(self)
    if len(args) == 1 and isinstance(args[0], LocalTime):
        return LocalDateTime(date, args[0])
    return LocalDateTime(date, _time_of(args))


def _format(self: object, *args: object) -> str:
    arity(args, 1)
    return format_temporal(as_formatter(args[0]), self)


def _getter(kind: type, fn):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        if not isinstance(self, kind):
            raise NoSignature
        return fn(self)

    return method


LOCAL_DATE_METHODS = {
    "getYear": _getter(LocalDate, lambda d: d.year),
    "getMonthValue": _getter(LocalDate, lambda d: d.month),
    "getMonth": _getter(LocalDate, lambda d: MONTH_LIST[d.month - 1]),
    "getDayOfMonth": _getter(LocalDate, lambda d: d.day),
    "getDayOfYear": _getter(LocalDate, lambda d: cm.day_of_year(*d.ymd())),
    "getDayOfWeek": _getter(LocalDate, lambda d: DAY_LIST[cm.iso_day_of_week(d.epoch_day()) - 1]),
    "isLeapYear": _getter(LocalDate, lambda d: cm.is_leap(d.year)),
    "lengthOfMonth": _getter(LocalDate, lambda d: cm.month_length(d.year, d.month)),
    "lengthOfYear": _getter(LocalDate, lambda d: 366 if cm.is_leap(d.year) else 365),
    "toEpochDay": _getter(LocalDate, lambda d: Long(d.epoch_day())),
    "plus": _ld_plus(1),
    "minus": _ld_plus(-1),
    **{
        f"plus{name}": _ld_plus(1, unit)
        for name, unit in (
            ("Days", "DAYS"),
            ("Weeks", "WEEKS"),
            ("Months", "MONTHS"),
            ("Years", "YEARS"),
        )
    },
    **{
        f"minus{name}": _ld_plus(-1, unit)
        for name, unit in (
            ("Days", "DAYS"),
            ("Weeks", "WEEKS"),
            ("Months", "MONTHS"),
            ("Years", "YEARS"),
        )
    },
    "withYear": _ld_with("year"),
    "withMonth": _ld_with("month"),
    "withDayOfMonth": _ld_with("day"),
    "withDayOfYear": _ld_with("dayOfYear"),
    "isBefore": _ld_compare(lambda c: c < 0),
    "isAfter": _ld_compare(lambda c: c > 0),
    "isEqual": _ld_compare(lambda c: c == 0),
    "compareTo": _ld_compare(lambda c: c),
    "atTime": _ld_at_time,
    # atStartOfDay and until are registered by zoned.py: they give or measure against a
    # ZonedDateTime, a class above this module.
    "format": _format,
}


# ---- LocalTime --------------------------------------------------------------------------------
class LocalTime(JavaObject):
    __slots__ = ("nano_of_day",)
    java_class = "java.time.LocalTime"
    kinds = ("LocalTime", "Temporal", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.Temporal",
            "java.lang.Comparable",
            "java.time.temporal.TemporalAccessor",
            "java.time.temporal.TemporalAdjuster",
            "java.io.Serializable",
        }
    )

    def __init__(self, nano_of_day: int):
        self.nano_of_day = nano_of_day

    def temporal_parts(self) -> Parts:
        return Parts(time=self.nano_of_day)

    def groovy_to_string(self) -> str:
        return time_text(self.nano_of_day)

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, LocalTime) and other.nano_of_day == self.nano_of_day

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, LocalTime):
            raise compare_error(other, "java.time.LocalTime")
        return _ordering((self.nano_of_day,), (other.nano_of_day,))

    def groovy_hash_code(self) -> int:

        return long_hash(self.nano_of_day)

    def groovy_json(self) -> str:
        n = self.nano_of_day
        return (
            f'{{"second":{n // NANOS_PER_SECOND % 60},"hour":'
            f'{n // (3600 * NANOS_PER_SECOND)},"nano":{n % NANOS_PER_SECOND},"minute":'
            f"{n // (60 * NANOS_PER_SECOND) % 60}}}"
        )

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(self.nano_of_day)


def _time_of(args: tuple) -> LocalTime:
    """LocalTime.of(hour, minute[, second[, nano]]) with Java's range checks."""
    arity(args, 2, 3, 4)
    values = [as_int(a) for a in args] + [0] * (4 - len(args))
    hour, minute, second, nano = values
    check_range("HourOfDay", hour, 0, 23)
    check_range("MinuteOfHour", minute, 0, 59)
    check_range("SecondOfMinute", second, 0, 59)
    check_range("NanoOfSecond", nano, 0, 999_999_999)
    return LocalTime(((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + nano)


def as_local_time(value: object) -> LocalTime:
    if isinstance(value, LocalTime):
        return value
    raise NoSignature


def _lt(self: object) -> LocalTime:
    return as_local_time(self)


def time_unit_nanos(unit: str) -> int:
    if unit not in _TIME_UNITS:
        raise unsupported(f"Unsupported unit: {unit.title().replace('_', '')}")
    return _TIME_UNITS[unit]


def _lt_plus(sign: int, unit: str | None = None):
    def method(self: object, *args: object) -> LocalTime:
        time = _lt(self)
        if unit is not None:
            arity(args, 1)
            delta = as_long(args[0]) * _TIME_UNITS[unit]
        else:
            arity(args, 1, 2)
            if len(args) == 2:
                delta = as_long(args[0]) * time_unit_nanos(as_unit(args[1]).enum_name)
            elif isinstance(args[0], Duration):
                delta = args[0].total_nanos()
            else:
                raise NoSignature
        return LocalTime((time.nano_of_day + sign * delta) % NANOS_PER_DAY)

    return method


def _lt_with(index: int, name: str, high: int):
    def method(self: object, *args: object) -> LocalTime:
        arity(args, 1)
        value = check_range(name, as_int(args[0]), 0, high)
        nod = _lt(self).nano_of_day
        parts = [
            nod // (3600 * NANOS_PER_SECOND),
            nod // (60 * NANOS_PER_SECOND) % 60,
            nod // NANOS_PER_SECOND % 60,
            nod % NANOS_PER_SECOND,
        ]
        parts[index] = value
        return LocalTime(((parts[0] * 60 + parts[1]) * 60 + parts[2]) * NANOS_PER_SECOND + parts[3])

    return method


def _lt_compare(test):
    def method(self: object, *args: object) -> bool:
        arity(args, 1)
        return test(_lt(self).groovy_compare_to(as_local_time(args[0])))

    return method


# the units longer than a day (their estimated durations), which truncatedTo refuses
LONG_UNITS = frozenset(
    {"WEEKS", "MONTHS", "YEARS", "DECADES", "CENTURIES", "MILLENNIA", "ERAS", "FOREVER"}
)


def truncate_nanos(nod: int, unit: str) -> int:
    if unit == "DAYS":
        return 0
    if unit in LONG_UNITS:
        raise unsupported("Unit is too large to be used for truncation")
    size = time_unit_nanos(unit)
    return nod - nod % size


LOCAL_TIME_METHODS = {
    "getHour": _getter(LocalTime, lambda t: t.nano_of_day // (3600 * NANOS_PER_SECOND)),
    "getMinute": _getter(LocalTime, lambda t: t.nano_of_day // (60 * NANOS_PER_SECOND) % 60),
    "getSecond": _getter(LocalTime, lambda t: t.nano_of_day // NANOS_PER_SECOND % 60),
    "getNano": _getter(LocalTime, lambda t: t.nano_of_day % NANOS_PER_SECOND),
    "toSecondOfDay": _getter(LocalTime, lambda t: t.nano_of_day // NANOS_PER_SECOND),
    "toNanoOfDay": _getter(LocalTime, lambda t: Long(t.nano_of_day)),
    "plus": _lt_plus(1),
    "minus": _lt_plus(-1),
    **{
        f"plus{name}": _lt_plus(1, unit)
        for name, unit in (
            ("Hours", "HOURS"),
            ("Minutes", "MINUTES"),
            ("Seconds", "SECONDS"),
            ("Nanos", "NANOS"),
        )
    },
    **{
        f"minus{name}": _lt_plus(-1, unit)
        for name, unit in (
            ("Hours", "HOURS"),
            ("Minutes", "MINUTES"),
            ("Seconds", "SECONDS"),
            ("Nanos", "NANOS"),
        )
    },
    "withHour": _lt_with(0, "HourOfDay", 23),
    "withMinute": _lt_with(1, "MinuteOfHour", 59),
    "withSecond": _lt_with(2, "SecondOfMinute", 59),
    "withNano": _lt_with(3, "NanoOfSecond", 999_999_999),
    "isBefore": _lt_compare(lambda c: c < 0),
    "isAfter": _lt_compare(lambda c: c > 0),
    "compareTo": _lt_compare(lambda c: c),
    "atDate": lambda self, *args: (
        arity(args, 1) or LocalDateTime(as_local_date(args[0]), _lt(self))
    ),
    "truncatedTo": lambda self, *args: (
        arity(args, 1)
        or LocalTime(truncate_nanos(_lt(self).nano_of_day, as_unit(args[0]).enum_name))
    ),
    "format": _format,
}


# ---- LocalDateTime --------------------------------------------------------------------------------
class LocalDateTime(JavaObject):
    __slots__ = ("date", "time")
    java_class = "java.time.LocalDateTime"
    kinds = ("LocalDateTime", "Temporal", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.Temporal",
            "java.lang.Comparable",
            "java.time.chrono.ChronoLocalDateTime",
            "java.time.temporal.TemporalAccessor",
            "java.time.temporal.TemporalAdjuster",
            "java.io.Serializable",
        }
    )

    def __init__(self, date: LocalDate, time: LocalTime):
        self.date, self.time = date, time

    @classmethod
    def of_local_nanos(cls, day: int, nano_of_day: int) -> LocalDateTime:
        extra, nod = divmod(nano_of_day, NANOS_PER_DAY)
        return cls(LocalDate.of_epoch_day(day + extra), LocalTime(nod))

    def key(self) -> tuple:
        return self.date.ymd() + (self.time.nano_of_day,)

    def temporal_parts(self) -> Parts:
        return Parts(date=self.date.ymd(), time=self.time.nano_of_day)

    def groovy_to_string(self) -> str:
        return self.date.groovy_to_string() + "T" + self.time.groovy_to_string()

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, LocalDateTime) and other.key() == self.key()

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, LocalDateTime):
            raise compare_error(other, "java.time.chrono.ChronoLocalDateTime")
        by_date = self.date.groovy_compare_to(other.date)  # a difference, as LocalDate's
        return by_date or _ordering(self.key(), other.key())

    def groovy_hash_code(self) -> int:
        return self.date.groovy_hash_code() ^ self.time.groovy_hash_code()

    def groovy_json(self) -> str:
        raise GroovyThrowable("StackOverflowError", None)

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(self.key())


def as_local_date_time(value: object) -> LocalDateTime:
    if isinstance(value, LocalDateTime):
        return value
    raise NoSignature


def _ldt(self: object) -> LocalDateTime:
    return as_local_date_time(self)


def plus_ldt(value: LocalDateTime, amount: int, unit: str) -> LocalDateTime:
    if unit in _TIME_UNITS:
        return LocalDateTime.of_local_nanos(
            value.date.epoch_day(), value.time.nano_of_day + amount * _TIME_UNITS[unit]
        )
    if unit not in _DATE_UNITS:
        raise unsupported(f"Unsupported unit: {unit.title().replace('_', '')}")
    return LocalDateTime(plus_date_unit(value.date, amount, unit), value.time)


def _ldt_plus(sign: int, unit: str | None = None):
    def method(self: object, *args: object) -> LocalDateTime:
        value = _ldt(self)
        if unit is not None:
            arity(args, 1)
            return plus_ldt(value, sign * as_long(args[0]), unit)
        arity(args, 1, 2)
        if len(args) == 2:
            return plus_ldt(value, sign * as_long(args[0]), as_unit(args[1]).enum_name)
        if isinstance(args[0], Duration):
            return plus_ldt(value, sign * args[0].total_nanos(), "NANOS")
        return LocalDateTime(plus_amount(value.date, args[0], sign), value.time)

    return method


def _ldt_delegate(table: dict, name: str, part: str):
    def method(self: object, *args: object) -> object:
        value = _ldt(self)
        result = table[name](getattr(value, part), *args)
        if isinstance(result, LocalDate):
            return LocalDateTime(result, value.time)
        if isinstance(result, LocalTime) and name.startswith("with"):
            return LocalDateTime(value.date, result)
        return result

    return method


def _ldt_compare(test):
    def method(self: object, *args: object) -> bool:
        arity(args, 1)
        return test(_ldt(self).groovy_compare_to(as_local_date_time(args[0])))

    return method


def _ldt_truncated(self: object, *args: object) -> LocalDateTime:
    arity(args, 1)
    value = _ldt(self)
    return LocalDateTime(
        value.date, LocalTime(truncate_nanos(value.time.nano_of_day, as_unit(args[0]).enum_name))
    )


LOCAL_DATE_TIME_METHODS = {
    **{
        name: _ldt_delegate(LOCAL_DATE_METHODS, name, "date")
        for name in (
            "getYear",
            "getMonthValue",
            "getMonth",
            "getDayOfMonth",
            "getDayOfYear",
            "getDayOfWeek",
            "withYear",
            "withMonth",
            "withDayOfMonth",
            "withDayOfYear",
        )
    },
    **{
        name: _ldt_delegate(LOCAL_TIME_METHODS, name, "time")
        for name in (
            "getHour",
            "getMinute",
            "getSecond",
            "getNano",
            "withHour",
            "withMinute",
            "withSecond",
            "withNano",
        )
    },
    "toLocalDate": _getter(LocalDateTime, lambda v: v.date),
    "toLocalTime": _getter(LocalDateTime, lambda v: v.time),
    "plus": _ldt_plus(1),
    "minus": _ldt_plus(-1),
    **{
        f"plus{name}": _ldt_plus(1, name.upper())
        for name in ("Days", "Weeks", "Months", "Years", "Hours", "Minutes", "Seconds", "Nanos")
    },
    **{
        f"minus{name}": _ldt_plus(-1, name.upper())
        for name in ("Days", "Weeks", "Months", "Years", "Hours", "Minutes", "Seconds", "Nanos")
    },
    "isBefore": _ldt_compare(lambda c: c < 0),
    "isAfter": _ldt_compare(lambda c: c > 0),
    "isEqual": _ldt_compare(lambda c: c == 0),
    "compareTo": _ldt_compare(lambda c: c),
    "truncatedTo": _ldt_truncated,
    # atZone and until are registered by zoned.py, as for LocalDate.
    "format": _format,
}


def _period_between(*args: object) -> Period:
    arity(args, 2)
    a, b = as_local_date(args[0]), as_local_date(args[1])
    return period_between(a.ymd(), b.ymd())


# Period.between takes two LocalDates, a class above amount.py: registered from here.
AMOUNT_STATICS["java.time.Period"]["between"] = _period_between


# ---- statics ----------------------------------------------------------------------------------
def _today_parts(args: tuple) -> tuple[int, int]:
    """(epoch day, nano of day) of the run's now in the default zone or a ZoneId argument, or
    of a Clock argument's instant in its zone."""
    arity(args, 0, 1)
    clock_now = getattr(type(args[0]), "clock_now", None) if args else None
    if clock_now is not None:  # a java.time.Clock (clocks.py): its zone and instant
        zone, seconds, nanos = clock_now(args[0])
    else:
        zone = as_zone_id(args[0]) if args else default_zone_id()
        seconds, nanos = now_instant()
    offset = zone.offset_at(seconds)
    local = seconds + offset
    return local // 86400, (local % 86400) * NANOS_PER_SECOND + nanos


def _parse_with(default: str, target: str, build):
    def method(*args: object) -> object:
        arity(args, 1, 2)
        if args[0] is None:
            raise GroovyThrowable("NullPointerException", "text")
        text = as_char_sequence(args[0])
        formatter = as_formatter(args[1]) if len(args) == 2 else ISO_FORMATTERS[default]
        parsed = parse_text(formatter, text)
        result = build(parsed)
        if result is None:
            raise parse_error(
                f"Text '{text}' could not be parsed: Unable to obtain "
                f"{target} from TemporalAccessor: {parsed.describe()} of "
                f"type java.time.format.Parsed",
                text,
            )
        return result

    return method


def _date_of(*args: object) -> LocalDate:
    arity(args, 3)
    month = args[1].ordinal + 1 if isinstance(args[1], Month) else as_int(args[1])
    return LocalDate(*checked_date(as_int(args[0]), month, as_int(args[2])))


def _date_time_of(*args: object) -> LocalDateTime:
    if len(args) == 2:
        return LocalDateTime(as_local_date(args[0]), as_local_time(args[1]))
    if len(args) not in (5, 6, 7):
        raise NoSignature
    return LocalDateTime(_date_of(*args[:3]), _time_of(args[3:]))


def _year_day(*args: object) -> LocalDate:
    arity(args, 2)
    year, doy = as_int(args[0]), as_int(args[1])
    check_range("Year", year, YEAR_MIN, YEAR_MAX)
    check_range("DayOfYear", doy, 1, 366, "1 - 365/366")
    if doy == 366 and not cm.is_leap(year):
        raise date_time_error(f"Invalid date 'DayOfYear 366' as '{year}' is not a leap year")
    return LocalDate.of_epoch_day(cm.epoch_day(year, 1, 1) + doy - 1)


def _second_of_day(*args: object) -> LocalTime:
    arity(args, 1)
    seconds = check_range("SecondOfDay", as_long(args[0]), 0, 86399)
    return LocalTime(seconds * NANOS_PER_SECOND)


STATIC_METHODS = {
    "java.time.LocalDate": {
        "of": _date_of,
        "now": lambda *a: LocalDate.of_epoch_day(_today_parts(a)[0]),
        "parse": _parse_with(
            "ISO_LOCAL_DATE", "LocalDate", lambda p: LocalDate(*p.date) if p.date else None
        ),
        "ofEpochDay": lambda *a: arity(a, 1) or LocalDate.of_epoch_day(as_long(a[0])),
        "ofYearDay": _year_day,
    },
    "java.time.LocalTime": {
        "of": lambda *a: _time_of(a),
        "now": lambda *a: LocalTime(_today_parts(a)[1]),
        "parse": _parse_with(
            "ISO_LOCAL_TIME",
            "LocalTime",
            lambda p: LocalTime(p.time) if p.time is not None else None,
        ),
        "ofSecondOfDay": _second_of_day,
    },
    "java.time.LocalDateTime": {
        "of": _date_time_of,
        "now": lambda *a: LocalDateTime.of_local_nanos(*_today_parts(a)),
        "parse": _parse_with(
            "ISO_LOCAL_DATE_TIME",
            "LocalDateTime",
            lambda p: (
                LocalDateTime(LocalDate(*p.date), LocalTime(p.time))
                if p.date and p.time is not None
                else None
            ),
        ),
    },
    "java.util.Locale": {"getDefault": lambda *a: arity(a, 0) or LOCALES["ENGLISH"]},
}

STATIC_FIELDS = {
    "java.time.LocalDate": {
        "MIN": LocalDate(YEAR_MIN, 1, 1),
        "MAX": LocalDate(YEAR_MAX, 12, 31),
        "EPOCH": LocalDate(1970, 1, 1),
    },
    "java.time.LocalTime": {
        "MIDNIGHT": LocalTime(0),
        "NOON": LocalTime(NANOS_PER_DAY // 2),
        "MIN": LocalTime(0),
        "MAX": LocalTime(NANOS_PER_DAY - 1),
    },
    "java.time.LocalDateTime": {
        "MIN": LocalDateTime(LocalDate(YEAR_MIN, 1, 1), LocalTime(0)),
        "MAX": LocalDateTime(LocalDate(YEAR_MAX, 12, 31), LocalTime(NANOS_PER_DAY - 1)),
    },
    "java.util.Locale": dict(LOCALES),
}

METHODS = {
    "LocalDate": LOCAL_DATE_METHODS,
    "LocalTime": LOCAL_TIME_METHODS,
    "LocalDateTime": LOCAL_DATE_TIME_METHODS,
}
