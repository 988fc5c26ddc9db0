"""What the java.time formatters read: a temporal value's parts (date, time of day, offset,
zone, instant) and the ISO / Locale.US field values computed from them ("MonthOfYear",
"ClockHourOfAmPm", "WeekOfWeekBasedYear" ...), with Java's error for a missing field.
"""

from __future__ import annotations

from convoscript.lib.java_time.base import (
    EPOCH_DAY_MAX,
    EPOCH_DAY_MIN,
    NANOS_PER_SECOND,
    check_range,
    unsupported,
)
from convoscript.lib.java_time.isotext import date_text, time_text
from convoscript.lib.java_util import calendarmath as cm

NANOS_PER_DAY = 86_400 * NANOS_PER_SECOND


class Parts:
    """What a temporal value holds: a date (y, m, d), a nano-of-day, an offset in seconds, a
    zone (JavaZoneId) and, for instants, (epoch second, nano). A partial date (YearMonth,
    MonthDay, Year) fills `date` but names the only fields it supports in `only`."""

    __slots__ = ("date", "instant", "offset", "only", "time", "zone")

    def __init__(self, date=None, time=None, offset=None, zone=None, instant=None, only=None):
        self.date, self.time, self.offset, self.zone, self.instant = (
            date,
            time,
            offset,
            zone,
            instant,
        )
        self.only: frozenset[str] | None = only


def zoned_parts(instant: tuple[int, int], zone) -> Parts:
    """The parts of an instant seen in a zone (a JavaZoneId), as ZonedDateTime.ofInstant gives
    them; a date beyond LocalDate.MIN/MAX fails as there."""
    seconds, nanos = instant
    offset = zone.offset_at(seconds)
    day, second_of_day = divmod(seconds + offset, 86400)
    date = cm.civil(day)
    check_range("EpochDay", day, EPOCH_DAY_MIN, EPOCH_DAY_MAX)
    return Parts(date, second_of_day * NANOS_PER_SECOND + nanos, offset, zone, (seconds, nanos))


# ---- field values ----------------------------------------------------------------------------
def _date_field(name: str, y: int, m: int, d: int) -> int | None:
    day = cm.epoch_day(y, m, d)
    if name == "Year":
        return y
    if name == "YearOfEra":
        return y if y > 0 else 1 - y
    if name == "Era":
        return 1 if y > 0 else 0
    if name == "MonthOfYear":
        return m
    if name == "DayOfMonth":
        return d
    if name == "DayOfYear":
        return cm.day_of_year(y, m, d)
    if name == "DayOfWeek":
        return cm.iso_day_of_week(day)
    if name == "QuarterOfYear":
        return (m - 1) // 3 + 1
    f = cm.Fields(day * cm.MS_PER_DAY, 0)
    us = {
        "LocalizedDayOfWeek": f.dow,
        "WeekBasedYear": f.week_year,
        "WeekOfWeekBasedYear": f.week_of_year,
        "WeekOfMonth": f.week_of_month,
    }
    return us.get(name)


def _time_field(name: str, nod: int) -> int | None:
    hour = nod // (3600 * NANOS_PER_SECOND)
    values = {
        "HourOfDay": hour,
        "ClockHourOfDay": hour or 24,
        "HourOfAmPm": hour % 12,
        "ClockHourOfAmPm": hour % 12 or 12,
        "AmPmOfDay": hour // 12,
        "MinuteOfHour": nod // (60 * NANOS_PER_SECOND) % 60,
        "SecondOfMinute": nod // NANOS_PER_SECOND % 60,
        "NanoOfSecond": nod % NANOS_PER_SECOND,
        "NanoOfDay": nod,
        "MilliOfDay": nod // 1_000_000,
    }
    return values.get(name)


def field_value(parts: Parts, name: str) -> int:
    if parts.only is not None and name not in parts.only:
        raise unsupported(f"Unsupported field: {name}")
    value = None
    if parts.date is not None:
        value = _date_field(name, *parts.date)
    if value is None and parts.time is not None:
        value = _time_field(name, parts.time)
    if value is None and name == "OffsetSeconds" and parts.offset is not None:
        value = parts.offset
    if value is None and name == "InstantSeconds" and parts.instant is not None:
        value = parts.instant[0]
    if value is None and name == "NanoOfSecond" and parts.instant is not None:
        value = parts.instant[1]
    if value is None:
        raise unsupported(f"Unsupported field: {name}")
    return value


def parts_text(parts: Parts) -> str:
    if parts.date is not None and parts.time is not None:
        return date_text(*parts.date) + "T" + time_text(parts.time)
    if parts.date is not None:
        return date_text(*parts.date)
    if parts.time is not None:
        return time_text(parts.time)
    return ""


def instant_ms(parts: Parts) -> int:
    if parts.instant is not None:
        return parts.instant[0] * 1000 + parts.instant[1] // 1_000_000
    day = cm.epoch_day(*parts.date) if parts.date else 0
    local = day * cm.MS_PER_DAY + (parts.time or 0) // 1_000_000
    return local - (parts.offset or 0) * 1000
