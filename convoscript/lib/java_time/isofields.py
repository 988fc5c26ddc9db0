"""java.time.temporal.IsoFields (WEEK_OF_WEEK_BASED_YEAR, WEEK_BASED_YEAR, QUARTER_OF_YEAR,
DAY_OF_QUARTER) and `get(field)` / `getLong(field)` / `isSupported(field)` with them on the
values that hold a date. ISO weeks start on Monday; week 1 holds the year's first Thursday.
"""

from __future__ import annotations

from convoscript.lib.java_time.base import unsupported
from convoscript.lib.java_time.enums import ChronoUnit
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.values import Long


class IsoField(JavaObject):
    """A constant of IsoFields: printed by its display name, compared by identity."""

    __slots__ = ("name",)
    java_class = "java.time.temporal.IsoFields$Field"
    kinds = ("TemporalField", "Object")
    supertypes = frozenset({"java.time.temporal.TemporalField"})

    def __init__(self, name: str):
        self.name = name

    def groovy_to_string(self) -> str:
        return self.name


def _week_fields(y: int, m: int, d: int) -> tuple[int, int]:
    """(ISO week-based year, week of that year) of a date."""
    day = cm.epoch_day(y, m, d)
    thursday = day - cm.iso_day_of_week(day) + 4  # the Thursday of the date's week
    year = cm.civil(thursday)[0]
    return year, (thursday - cm.epoch_day(year, 1, 1)) // 7 + 1


def _value(name: str, y: int, m: int, d: int) -> int:
    if name == "WeekOfWeekBasedYear":
        return _week_fields(y, m, d)[1]
    if name == "WeekBasedYear":
        return _week_fields(y, m, d)[0]
    quarter = (m - 1) // 3
    if name == "QuarterOfYear":
        return quarter + 1
    return cm.epoch_day(y, m, d) - cm.epoch_day(y, quarter * 3 + 1, 1) + 1  # DayOfQuarter


FIELDS = {
    constant: IsoField(name)
    for constant, name in (
        ("WEEK_OF_WEEK_BASED_YEAR", "WeekOfWeekBasedYear"),
        ("WEEK_BASED_YEAR", "WeekBasedYear"),
        ("QUARTER_OF_YEAR", "QuarterOfYear"),
        ("DAY_OF_QUARTER", "DayOfQuarter"),
    )
}


def _date(value: object, field: IsoField) -> tuple[int, int, int]:
    parts_of = getattr(value, "temporal_parts", None)
    if parts_of is None:
        raise NoSignature
    parts = parts_of()
    if parts.date is None or parts.only is not None:
        raise unsupported(f"Unsupported field: {field.name}")
    return parts.date


def _get(self: object, *args: object) -> int:
    arity(args, 1)
    field = args[0]
    if not isinstance(field, IsoField):
        raise NoSignature
    return _value(field.name, *_date(self, field))


def _get_long(self: object, *args: object) -> Long:
    return Long(_get(self, *args))


def _is_supported(self: object, *args: object) -> bool:
    """isSupported(IsoFields field) / isSupported(ChronoUnit): what the value's parts hold."""
    arity(args, 1)
    parts = getattr(self, "temporal_parts", None)
    if parts is None:
        raise NoSignature
    p = parts()
    if isinstance(args[0], ChronoUnit):
        unit = args[0].ordinal  # NANOS 0 .. HALF_DAYS 6, DAYS 7, WEEKS 8 .. ERAS 14, FOREVER 15
        if p.date is None and p.time is None:  # an Instant: NANOS .. DAYS
            return unit <= 7
        if p.only is not None:
            raise NoSignature
        return (p.date is not None and 7 <= unit <= 14) or (p.time is not None and unit <= 6)
    if not isinstance(args[0], IsoField):
        raise NoSignature
    return p.date is not None and p.only is None


_ACCESS = {"get": _get, "getLong": _get_long, "isSupported": _is_supported}
METHODS = {
    **{
        kind: dict(_ACCESS)
        for kind in ("LocalDate", "LocalDateTime", "LocalTime", "ZonedDateTime", "OffsetDateTime")
    },
    "Instant": {"isSupported": _is_supported},
}
STATIC_FIELDS = {"java.time.temporal.IsoFields": FIELDS}
