"""groovy.time.TimeCategory: `use(TimeCategory) { ... }` (the only category a script may use),
the members it gives while its block runs (`3.days`, `2.hours`, `date + 1.month`,
`date - date`), its static methods, and what durations do with Dates (`plus(Date)`, `ago`,
`from.now`), which needs java.util.Date.

A category is active for the dynamic extent of its block, in the methods it calls too, as
Groovy's thread-bound categories are; it is kept in the run's context, so nothing is shared.
"""

from __future__ import annotations

from convoscript.lib.groovy_time.durations import (
    TIME_CATEGORY,
    BaseDuration,
    DatumDependentDuration,
    Duration,
    TimeDatumDependentDuration,
    TimeDuration,
    as_duration,
    between,
    in_time_category,
    shift_millis,
    to_millis,
)
from convoscript.lib.java_util import gregorian, zonerules
from convoscript.lib.java_util.dates import JavaDate, as_date
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.closures import call_closure
from convoscript.runtime.core.types import ClassRef
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Closure

_CATEGORIES = frozenset({TIME_CATEGORY})


# ---- use(Category) { ... } ------------------------------------------------------------------------
def _category_names(values: tuple) -> list[str]:
    names = []
    for value in values:
        items = value if isinstance(value, list) else [value]
        for item in items:
            if not isinstance(item, ClassRef) or item.qualified not in _CATEGORIES:
                raise NoSignature  # any other class is no category here: MissingMethodException
            names.append(item.qualified)
    return names


def use(self: object, *args: object) -> object:
    """Object.use(Class, Closure), use(List, Closure), use(Object...): run the closure with
    the categories active."""
    if len(args) < 2:
        raise GroovyThrowable(
            "IllegalArgumentException",
            "Expecting at least 2 arguments, a category class and a Closure",
        )
    if not isinstance(args[-1], Closure):
        raise GroovyThrowable(
            "IllegalArgumentException", "Expecting a Closure to be the last argument"
        )
    body = args[-1]
    names = _category_names(args[:-1])
    active = runcontext.current().categories
    depth = len(active)
    active.extend(names)
    try:
        return call_closure(body)
    finally:
        del active[depth:]


# ---- the members TimeCategory gives Integer ------------------------------------------------------
def _integer_getter(make):
    def method(self: object, *args: object) -> BaseDuration:
        arity(args, 0)
        if type(self) is not int or not in_time_category():
            raise NoSignature
        return make(self)

    return method


_UNITS = {
    "Years": lambda n: DatumDependentDuration((n, 0, 0, 0, 0, 0, 0)),
    "Months": lambda n: DatumDependentDuration((0, n, 0, 0, 0, 0, 0)),
    "Weeks": lambda n: Duration((0, 0, n * 7, 0, 0, 0, 0)),
    "Days": lambda n: Duration((0, 0, n, 0, 0, 0, 0)),
    "Hours": lambda n: TimeDuration((0, 0, 0, n, 0, 0, 0)),
    "Minutes": lambda n: TimeDuration((0, 0, 0, 0, n, 0, 0)),
    "Seconds": lambda n: TimeDuration((0, 0, 0, 0, 0, n, 0)),
    "Milliseconds": lambda n: TimeDuration((0, 0, 0, 0, 0, 0, n)),
}
# each unit also in the singular (1.day, 1.hour ...)
_INTEGER_METHODS = {
    f"get{name}": _integer_getter(make)
    for unit, make in _UNITS.items()
    for name in (unit, unit[:-1])
}


def _as_int(value: object) -> int:
    if type(value) is not int:
        raise NoSignature
    return value  # type: ignore[return-value]


def _dst_offset(millis: int) -> TimeDuration:
    zone_id, tz = zonerules.default_timezone()
    return TimeDuration((0, 0, 0, 0, 0, 0, zonerules.split_offset(zone_id, tz, millis)[1]))


def _relative_dst(a: object, b: object) -> TimeDuration:
    first, second = _dst_offset(as_date(a).millis), _dst_offset(as_date(b).millis)
    return TimeDuration((0, 0, 0, 0, 0, 0, second.fields[6] - first.fields[6]))


def _category_date(fn):
    """A Date member that TimeCategory adds: only inside `use(TimeCategory)`."""

    def method(self: object, *args: object) -> object:
        if not in_time_category():
            raise NoSignature
        return fn(self, *args)

    return method


# ---- durations and Dates --------------------------------------------------------------------------
def _start_of_day(millis: int) -> int:
    zone_id, tz = zonerules.default_timezone()
    cal = gregorian.JavaCalendar(millis, zone_id, tz)
    for field in (gregorian.HOUR_OF_DAY, gregorian.MINUTE, gregorian.SECOND, gregorian.MILLISECOND):
        cal.set_field(field, 0)
    return cal.time_millis()


def _ago(d: BaseDuration) -> JavaDate:
    """getAgo(): now minus the duration; a day-based one (not a TimeDuration) at midnight.
    Duration's own leaves out years and months (it has none)."""
    millis = shift_millis(zonerules.now_millis(), d, -1)
    return JavaDate(millis if type(d) is TimeDuration else _start_of_day(millis))


def _from_now(d: BaseDuration) -> JavaDate:
    """getFrom().getNow(): Duration adds only its days; the Time... ones keep the time of day."""
    now = zonerules.now_millis()
    if type(d) is Duration:
        return JavaDate(
            _start_of_day(shift_millis(now, Duration((0, 0, d.fields[2], 0, 0, 0, 0)), 1))
        )
    millis = shift_millis(now, d, 1)
    return JavaDate(millis if d.time else _start_of_day(millis))


class DurationFrom(JavaObject):
    """BaseDuration.From: what `duration.from` gives (`.now`, `.today`)."""

    __slots__ = ("duration",)
    java_class = "groovy.time.BaseDuration$From"
    kinds = ("GroovyDurationFrom", "Object")

    def __init__(self, duration: BaseDuration):
        self.duration = duration


def _from_getter(self: object, *args: object) -> JavaDate:
    arity(args, 0)
    if not isinstance(self, DurationFrom):
        raise NoSignature
    return _from_now(self.duration)


def _plus_date(self: object, *args: object) -> JavaDate:
    arity(args, 1)
    return JavaDate(shift_millis(as_date(args[0]).millis, as_duration(self), 1))


def _new(cls: type, count: int, leading: int = 0):
    """A duration constructor taking `count` ints, after `leading` zero fields."""

    def construct(*args: object) -> BaseDuration:
        arity(args, count)
        values = [_as_int(a) for a in args]
        return cls(tuple([0] * leading + values + [0] * (7 - leading - count)))

    return construct


def _time_duration(*args: object) -> BaseDuration:
    if len(args) == 4:  # (hours, minutes, seconds, millis)
        return _new(TimeDuration, 4, 3)(*args)
    return _new(TimeDuration, 5, 2)(*args)


METHODS = {
    "Integer": _INTEGER_METHODS,
    "Object": {"use": use},
    "Date": {
        "getDaylightSavingsOffset": _category_date(
            lambda self, *a: arity(a, 0) or _dst_offset(as_date(self).millis)
        ),
        "getRelativeDaylightSavingsOffset": _category_date(
            lambda self, *a: arity(a, 1) or _relative_dst(self, a[0])
        ),
    },
    "GroovyBaseDuration": {
        "plus": _plus_date,
        "getAgo": lambda self, *a: arity(a, 0) or _ago(as_duration(self)),
        "getFrom": lambda self, *a: arity(a, 0) or DurationFrom(as_duration(self)),
    },
    "GroovyDurationFrom": {"getNow": _from_getter, "getToday": _from_getter},
}


def _static_minus(*args: object) -> object:
    arity(args, 2)
    date = as_date(args[0])
    if isinstance(args[1], JavaDate):
        return between(date.millis, args[1].millis)
    return JavaDate(shift_millis(date.millis, as_duration(args[1]), -1))


STATIC_METHODS = {
    TIME_CATEGORY: {
        "plus": lambda *a: arity(a, 2) or _plus_date(as_duration(a[1]), a[0]),
        "minus": _static_minus,
        "getDaylightSavingsOffset": lambda *a: (
            arity(a, 1)
            or _dst_offset(
                # of a duration: at the instant its length after the epoch, plus 1 ms (Groovy's)
                as_date(a[0]).millis
                if isinstance(a[0], JavaDate)
                else to_millis(as_duration(a[0])) + 1
            )
        ),
        "getRelativeDaylightSavingsOffset": lambda *a: arity(a, 2) or _relative_dst(a[0], a[1]),
        **{
            name: (lambda make: lambda *a: arity(a, 1) or make(_as_int(a[0])))(_UNITS[unit])
            for unit in _UNITS
            for name in (f"get{unit}", f"get{unit[:-1]}")
        },
    },
}
CONSTRUCTORS = {
    "groovy.time.Duration": _new(Duration, 5, 2),
    "groovy.time.TimeDuration": _time_duration,
    "groovy.time.DatumDependentDuration": _new(DatumDependentDuration, 7),
    "groovy.time.TimeDatumDependentDuration": _new(TimeDatumDependentDuration, 7),
}
# groovy.time.Duration is not importable: declared types are read by their simple name, and
# `Duration` is java.time's (docs/dialect.md); the full name still works in `new`/`instanceof`
IMPORTABLE = {
    q: q
    for q in (
        TIME_CATEGORY,
        "groovy.time.BaseDuration",
        "groovy.time.TimeDuration",
        "groovy.time.DatumDependentDuration",
        "groovy.time.TimeDatumDependentDuration",
    )
}
