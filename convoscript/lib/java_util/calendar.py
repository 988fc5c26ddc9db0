"""java.util.Calendar's methods and statics (a GregorianCalendar, see `gregorian`), with
Groovy's `cal[field]` access and `format(pattern)`.
"""

from __future__ import annotations

from convoscript.lib.java_text import dateformat
from convoscript.lib.java_time.zoned import Instant as JavaInstant
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util import zonerules
from convoscript.lib.java_util.dates import JavaDate, as_date, as_long
from convoscript.lib.java_util.gregorian import (
    AM_PM,
    COMPUTED,
    DATE,
    DAY_OF_WEEK,
    DAY_OF_WEEK_IN_MONTH,
    DAY_OF_YEAR,
    ERA,
    FIELD_NAMES,
    HOUR_OF_DAY,
    MAXIMUM,
    MINUTE,
    MONTH,
    SECOND,
    WEEK_OF_MONTH,
    WEEK_OF_YEAR,
    YEAR,
    JavaCalendar,
    field_by_property,
)
from convoscript.lib.java_util.locale import Locale
from convoscript.lib.java_util.localedates import (
    DEFAULT,
    date_tag,
    symbols,
    time_texts,
    week_rules,
)
from convoscript.lib.java_util.zonerules import now_millis
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long


def _cal(self: object) -> JavaCalendar:
    if isinstance(self, JavaCalendar):
        return self
    raise NoSignature


def _ints(args: tuple, *counts: int) -> tuple:
    arity(args, *counts)
    if any(type(a) is not int for a in args):
        raise NoSignature
    return args


def cal_get(self: object, *args: object) -> int:
    (field,) = _ints(args, 1)
    return _cal(self).get_field(field)


def cal_set(self: object, *args: object) -> None:
    """set(field, value), set(year, month, date[, hourOfDay, minute[, second]])."""
    if len(args) == 1:
        return cal_set_map(self, *args)
    values = _ints(args, 2, 3, 5, 6)
    cal = _cal(self)
    if len(values) == 2:
        cal.set_field(values[0], values[1])
        return None
    for field, value in zip((YEAR, MONTH, DATE, HOUR_OF_DAY, MINUTE, SECOND), values):
        cal.set_field(field, value)
    return None


def cal_set_map(self: object, *args: object) -> None:
    """GDK set(Map): `cal.set(year: 2024, month: 0)`."""
    arity(args, 1)
    if type(args[0]) is not dict:
        raise NoSignature
    cal = _cal(self)
    for key, value in args[0].items():  # type: ignore[union-attr]
        field = field_by_property(key)
        if field is not None:
            if type(value) is not int:
                raise NoSignature
            cal.set_field(field, value)


def cal_add(self: object, *args: object) -> None:
    field, amount = _ints(args, 2)
    _cal(self).add(field, amount)


def cal_roll(self: object, *args: object) -> None:
    arity(args, 2)
    if type(args[0]) is not int or type(args[1]) not in (int, bool):
        raise NoSignature
    amount = args[1] if type(args[1]) is int else (1 if args[1] else -1)
    _cal(self).roll(args[0], amount)  # type: ignore[arg-type]


def cal_clear(self: object, *args: object) -> None:
    if args:
        (field,) = _ints(args, 1)
        _cal(self).clear(field)
    else:
        _cal(self).clear()


def cal_get_time(self: object, *args: object) -> JavaDate:
    arity(args, 0)
    return JavaDate(_cal(self).time_millis())


def cal_set_time(self: object, *args: object) -> None:
    arity(args, 1)
    cal = _cal(self)
    cal.millis, cal.pending, cal.stamps = as_date(args[0]).millis, None, [COMPUTED] * 17


def cal_get_millis(self: object, *args: object) -> Long:
    arity(args, 0)
    return Long(_cal(self).time_millis())


def cal_set_millis(self: object, *args: object) -> None:
    arity(args, 1)
    cal = _cal(self)
    cal.millis, cal.pending, cal.stamps = as_long(args[0]), None, [COMPUTED] * 17


def cal_get_timezone(self: object, *args: object) -> zonerules.JavaTimeZone:
    arity(args, 0)
    cal = _cal(self)
    return zonerules.JavaTimeZone(cal.zone_id, cal.tz)


def cal_set_timezone(self: object, *args: object) -> None:
    arity(args, 1)
    cal = _cal(self)
    zone = zonerules.as_timezone(args[0])
    cal.time_millis()
    cal.zone_id, cal.tz = zone.zone_id, zone.tz


def _compare(test):
    """before/after: false for anything that is not a Calendar, as in Java."""

    def method(self: object, *args: object) -> bool:
        arity(args, 1)
        cal = _cal(self)
        if not isinstance(args[0], JavaCalendar):
            return False
        return test(cal.time_millis(), args[0].time_millis())

    return method


def cal_compare_to(self: object, *args: object) -> int:
    arity(args, 1)
    if not isinstance(args[0], JavaCalendar):
        raise NoSignature
    return _cal(self).groovy_compare_to(args[0])


def cal_clone(self: object, *args: object) -> JavaCalendar:
    arity(args, 0)
    cal = _cal(self)
    copy = JavaCalendar(cal.time_millis(), cal.zone_id, cal.tz)
    copy.lenient, copy.weeks = cal.lenient, cal.weeks
    return copy


def cal_actual(maximum: bool):
    def method(self: object, *args: object) -> int:
        (field,) = _ints(args, 1)
        cal = _cal(self)
        v = cal.all_fields()
        if not maximum:
            return (
                1
                if field
                in (
                    DATE,
                    DAY_OF_YEAR,
                    DAY_OF_WEEK,
                    YEAR,
                    WEEK_OF_YEAR,
                    WEEK_OF_MONTH,
                    DAY_OF_WEEK_IN_MONTH,
                )
                else 0
            )
        year = v[YEAR]
        if field == DATE:
            return cm.month_length(year, v[MONTH] + 1)
        if field == DAY_OF_YEAR:
            return 366 if cm.is_leap(year) else 365
        if field == WEEK_OF_YEAR:
            last = cm.localized_weeks(year, 12, 31, *cal.weeks)[2]
            return last if last != 1 else cm.localized_weeks(year, 12, 24, *cal.weeks)[2]
        if field in MAXIMUM:
            return MAXIMUM[field]
        raise GroovyThrowable(
            "ArrayIndexOutOfBoundsException", f"Index {field} out of bounds for length 17"
        )

    return method


# getDisplayName styles (| 0x8000 is the standalone form): SHORT 1, LONG 2, NARROW 4
_STYLES = {1: "SHORT", 2: "FULL", 4: "NARROW"}


def cal_display_name(self: object, *args: object) -> str | None:
    """getDisplayName(field, style, locale): month, day, AM/PM and era names in the Locale
    (Java 17 data); Java's IllegalArgumentException for a bad field or style, null for a field
    without names."""
    arity(args, 3)
    field, style = args[0], args[1]
    if type(field) is not int or type(style) is not int:
        raise NoSignature
    base = style & ~0x8000
    if not 0 <= field < 17 or base not in _STYLES:  # type: ignore[operator]
        raise GroovyThrowable("IllegalArgumentException", None)
    if args[2] is None:
        raise GroovyThrowable("NullPointerException", None)
    if field not in (MONTH, DAY_OF_WEEK, AM_PM, ERA):
        return None
    tag = date_tag(args[2])
    v = _cal(self).all_fields()
    standalone = style != base  # type: ignore[comparison-overlap]
    text_style = _STYLES[base]  # type: ignore[index]
    if field == AM_PM:  # no standalone forms: the format names, as java.time has them
        return time_texts(tag, "AmPmOfDay", text_style)[v[field]]
    if field == ERA:  # LONG in format form is DateFormatSymbols' short era, as in Java
        short = base == 2 and not standalone
        return time_texts(tag, "Era", "SHORT" if short else text_style)[v[field]]
    if base == 4 or (standalone and field == DAY_OF_WEEK):
        # narrow names and standalone day names: java.time's texts (Monday first for days)
        text_style += "_STANDALONE" if standalone else ""
        if field == MONTH:
            return time_texts(tag, "MonthOfYear", text_style)[v[MONTH] % 12]
        return time_texts(tag, "DayOfWeek", text_style)[(v[DAY_OF_WEEK] + 5) % 7]
    full = base == 2
    words = symbols(tag)
    if field == MONTH:
        return words[(2 if standalone else 0) + (0 if full else 1)][v[MONTH] % 12]
    return words[4 if full else 5][v[DAY_OF_WEEK] - 1]


def cal_format(self: object, *args: object) -> str:
    """GDK format(pattern) in the calendar's own zone."""
    arity(args, 1)
    cal = _cal(self)
    tokens = dateformat.compile_pattern(as_str(args[0]))
    return dateformat.format_millis(tokens, cal.time_millis(), cal.zone_id, cal.tz)


def cal_put_at(self: object, *args: object) -> None:
    field, value = _ints(args, 2)
    _cal(self).set_field(field, value)


def cal_to_instant(self: object, *args: object) -> object:
    arity(args, 0)

    millis = _cal(self).time_millis()
    return JavaInstant(millis // 1000, millis % 1000 * 1_000_000)


def cal_set_lenient(self: object, *args: object) -> None:
    arity(args, 1)
    if type(args[0]) is not bool:
        raise NoSignature
    _cal(self).lenient = args[0]  # type: ignore[assignment]


CALENDAR_METHODS = {
    "get": cal_get,
    "getAt": cal_get,
    "set": cal_set,
    "putAt": cal_put_at,
    "add": cal_add,
    "roll": cal_roll,
    "clear": cal_clear,
    "getTime": cal_get_time,
    "setTime": cal_set_time,
    "getTimeInMillis": cal_get_millis,
    "setTimeInMillis": cal_set_millis,
    "getTimeZone": cal_get_timezone,
    "setTimeZone": cal_set_timezone,
    "before": _compare(lambda a, b: a < b),
    "after": _compare(lambda a, b: a > b),
    "compareTo": cal_compare_to,
    "clone": cal_clone,
    "getActualMaximum": cal_actual(True),
    "getActualMinimum": cal_actual(False),
    "getDisplayName": cal_display_name,
    "getFirstDayOfWeek": lambda self, *args: arity(args, 0) or _cal(self).weeks[0],
    "getMinimalDaysInFirstWeek": lambda self, *args: arity(args, 0) or _cal(self).weeks[1],
    "isLenient": lambda self, *args: arity(args, 0) or _cal(self).lenient,
    "setLenient": cal_set_lenient,
    "format": cal_format,
    "toInstant": cal_to_instant,
}


# ---- statics and constructors -------------------------------------------------------------------
def get_instance(*args: object) -> JavaCalendar:
    """Calendar.getInstance() (run's now, default zone), getInstance(TimeZone),
    getInstance(Locale), getInstance(TimeZone, Locale): a Locale chooses the week rules (a
    Locale without date data is refused)."""
    arity(args, 0, 1, 2)
    weeks = week_rules(DEFAULT)
    if args and isinstance(args[-1], Locale):
        weeks = week_rules(date_tag(args[-1]))
        args = args[:-1]
    elif len(args) == 2:
        raise NoSignature
    if args:
        zone = zonerules.as_timezone(args[0])
        cal = JavaCalendar(now_millis(), zone.zone_id, zone.tz)
    else:
        cal = JavaCalendar(now_millis(), *zonerules.default_timezone())
    cal.weeks = weeks
    return cal


def new_gregorian(*args: object) -> JavaCalendar:
    """new GregorianCalendar(), (TimeZone), (Locale), (TimeZone, Locale), (year, month, day[,
    hour, minute[, second]])."""
    if len(args) <= 1 or isinstance(args[-1], Locale):
        return get_instance(*args)
    values = _ints(args, 3, 5, 6)
    cal = JavaCalendar(0, *zonerules.default_timezone())
    local = cm.local_millis(values[0], values[1] + 1, values[2], *values[3:])
    cal.millis = cm.local_to_utc(cal.tz, local, later=True)
    return cal


CALENDAR_FIELDS: dict[str, object] = {
    **{name: i for i, name in enumerate(FIELD_NAMES)},
    "DATE": DATE,
    **{
        day: i + 1
        for i, day in enumerate(
            ("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")
        )
    },
    **{month.upper(): i for i, month in enumerate(cm.MONTH_NAMES)},
    "UNDECIMBER": 12,
    "AM": 0,
    "PM": 1,
    "ALL_STYLES": 0,
    "SHORT": 1,
    "LONG": 2,
    "NARROW_FORMAT": 4,
    "SHORT_FORMAT": 1,
    "LONG_FORMAT": 2,
    "SHORT_STANDALONE": 0x8001,
    "LONG_STANDALONE": 0x8002,
    "NARROW_STANDALONE": 0x8004,
    "FIELD_COUNT": 17,
}


def _is_leap_year(self: object, *args: object) -> bool:
    """GregorianCalendar.isLeapYear(int): Gregorian rules after the 1582 cutover, Julian
    (every fourth year) before it, as Java's default calendar."""
    arity(args, 1)
    year = as_int(args[0])
    if year <= 1582:
        return year % 4 == 0
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


METHODS = {"Calendar": CALENDAR_METHODS, "GregorianCalendar": {"isLeapYear": _is_leap_year}}
STATIC_METHODS = {
    "java.util.Calendar": {"getInstance": get_instance},
    "java.util.GregorianCalendar": {"getInstance": get_instance},
}
STATIC_FIELDS = {
    "java.util.Calendar": CALENDAR_FIELDS,
    "java.util.GregorianCalendar": {**CALENDAR_FIELDS, "AD": 1, "BC": 0},
}
CONSTRUCTORS = {"java.util.GregorianCalendar": new_gregorian}
