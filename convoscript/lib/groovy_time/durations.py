"""groovy.time's durations as values: seven int fields (years, months, days, hours, minutes,
seconds, millis), Groovy 2.4's arithmetic between them, printing ("2 hours, 45 minutes"),
comparison by length, and moving a Date's milliseconds by one (Calendar.add in the default
zone, field by field, as BaseDuration.plus and TimeCategory.minus do).

The four classes differ in what `+`/`-` give: a datum-dependent duration (months, years) stays
one, and a "time" duration (hours, minutes, seconds) makes the result a Time... one.
"""

from __future__ import annotations

from convoscript.lib.java_util import gregorian, zonerules
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.runcontext import category_active, identity_hash
from convoscript.runtime.model.values import Long

TIME_CATEGORY = "groovy.time.TimeCategory"
_NAMES = ("years", "months", "days", "hours", "minutes", "seconds", "millis")
# the Calendar fields BaseDuration.plus adds, in its order (DAY_OF_YEAR for days)
_CALENDAR_FIELDS = (
    gregorian.YEAR,
    gregorian.MONTH,
    gregorian.DAY_OF_YEAR,
    gregorian.HOUR_OF_DAY,
    gregorian.MINUTE,
    gregorian.SECOND,
    gregorian.MILLISECOND,
)


def int32(n: int) -> int:
    n &= 0xFFFFFFFF
    return n - 0x100000000 if n & 0x80000000 else n


class BaseDuration(JavaObject):
    """A groovy.time duration; its class says whether months/years matter (`datum`) and
    whether it came from hours, minutes, seconds (`time`)."""

    __slots__ = ("fields",)
    datum = False
    time = False
    supertypes = frozenset({"groovy.time.BaseDuration", "java.lang.Comparable"})

    def __init__(self, fields: tuple[int, ...]):
        self.fields = tuple(int32(f) for f in fields)

    def groovy_to_string(self) -> str:
        years, months, days, hours, minutes, seconds, millis = self.fields
        parts = [
            f"{value} {name}"
            for value, name in zip((years, months, days, hours, minutes), _NAMES)
            if value
        ]
        if seconds or millis:
            # Groovy 2.4 carries whole seconds out of the millis before printing
            norm_millis = millis - int(millis / 1000) * 1000  # Java's %
            norm_seconds = seconds + (millis - norm_millis) // 1000
            head = norm_seconds if norm_seconds else "-0" if norm_millis < 0 else "0"
            parts.append(f"{head}.{abs(norm_millis):03d} seconds")
        return ", ".join(parts) if parts else "0"

    def groovy_equals(self, other: object) -> bool:
        """Groovy's `==`: compareTo between classes of one line (a TimeDuration and a
        Duration); `equals` itself is identity (BaseDuration does not override it)."""
        if not isinstance(other, BaseDuration):
            return False
        if not (isinstance(other, type(self)) or isinstance(self, type(other))):
            return other is self
        return self.groovy_compare_to(other) == 0

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, BaseDuration):
            raise compare_error(other, "groovy.time.BaseDuration")
        diff = to_millis(self) - to_millis(other)
        return (diff > 0) - (diff < 0)


class Duration(BaseDuration):
    __slots__ = ()
    java_class = "groovy.time.Duration"
    kinds: tuple[str, ...] = ("GroovyDuration", "GroovyBaseDuration", "Object")


class TimeDuration(Duration):
    __slots__ = ()
    time = True
    java_class = "groovy.time.TimeDuration"
    kinds: tuple[str, ...] = (
        "GroovyTimeDuration",
        "GroovyDuration",
        "GroovyBaseDuration",
        "Object",
    )
    supertypes = BaseDuration.supertypes | {"groovy.time.Duration"}


class DatumDependentDuration(BaseDuration):
    __slots__ = ()
    datum = True
    java_class = "groovy.time.DatumDependentDuration"
    kinds: tuple[str, ...] = ("GroovyDatumDependentDuration", "GroovyBaseDuration", "Object")


class TimeDatumDependentDuration(DatumDependentDuration):
    __slots__ = ()
    time = True
    java_class = "groovy.time.TimeDatumDependentDuration"
    kinds: tuple[str, ...] = (
        "GroovyTimeDatumDependentDuration",
        "GroovyDatumDependentDuration",
        "GroovyBaseDuration",
        "Object",
    )
    supertypes = BaseDuration.supertypes | {"groovy.time.DatumDependentDuration"}


# the class of a duration by (datum, time)
CLASSES = {
    (False, False): Duration,
    (False, True): TimeDuration,
    (True, False): DatumDependentDuration,
    (True, True): TimeDatumDependentDuration,
}


def as_duration(value: object) -> BaseDuration:
    if isinstance(value, BaseDuration):
        return value
    raise NoSignature


def shift_millis(millis: int, d: BaseDuration, sign: int) -> int:
    """A Date's milliseconds moved by a duration: Calendar.add of each field in the default
    zone (days keep the wall-clock time across a daylight-saving change; hours do not)."""
    zone_id, tz = zonerules.default_timezone()
    cal = gregorian.JavaCalendar(millis, zone_id, tz)
    for field, amount in zip(_CALENDAR_FIELDS, d.fields):
        cal.add(field, sign * amount)
    return cal.time_millis()


def between(lhs: int, rhs: int) -> BaseDuration:
    """TimeCategory.minus(Date, Date): the difference split into days .. millis (truncating)."""
    ms = lhs - rhs
    out = []
    for size in (86_400_000, 3_600_000, 60_000, 1000):
        q = abs(ms) // size * (1 if ms >= 0 else -1)  # Java's truncating division
        out.append(q)
        ms -= q * size
    return TimeDuration((0, 0, *out, ms))


def to_millis(d: BaseDuration) -> int:
    """toMilliseconds(): a fixed length for days and less; relative to now for months/years."""
    if d.datum:
        now = zonerules.now_millis()
        return to_millis(between(shift_millis(now, d, 1), now))
    _, _, days, hours, minutes, seconds, millis = d.fields
    day_hours = int32(days * 24)  # Java multiplies in int before widening
    return (((day_hours + hours) * 60 + minutes) * 60 + seconds) * 1000 + millis


def _combine(a: BaseDuration, b: BaseDuration, sign: int) -> BaseDuration:
    fields = tuple(x + sign * y for x, y in zip(a.fields, b.fields))
    if sign < 0 and a.datum:
        return CLASSES[(True, a.time)](fields)  # DatumDependentDuration.minus keeps its class
    return CLASSES[(a.datum or b.datum, a.time or b.time)](fields)


def _arith(sign: int):
    def method(self: object, *args: object) -> BaseDuration:
        arity(args, 1)
        return _combine(as_duration(self), as_duration(args[0]), sign)

    return method


def _field(index: int):
    def method(self: object, *args: object) -> int:
        arity(args, 0)
        return as_duration(self).fields[index]

    return method


def _compare(self: object, *args: object) -> int:
    arity(args, 1)
    return as_duration(self).groovy_compare_to(args[0])


METHODS = {
    "GroovyBaseDuration": {
        **{"get" + name.capitalize(): _field(i) for i, name in enumerate(_NAMES)},
        "toMilliseconds": lambda self, *a: arity(a, 0) or Long(to_millis(as_duration(self))),
        "compareTo": _compare,
        "equals": lambda self, *a: arity(a, 1) or as_duration(self) is a[0],
        "hashCode": lambda self, *a: arity(a, 0) or identity_hash(as_duration(self)),
    },
    # plus/minus of two durations; plus(Date) is the category module's (it makes a Date)
    "GroovyDuration": {"plus": _arith(1), "minus": _arith(-1)},
    "GroovyDatumDependentDuration": {"plus": _arith(1), "minus": _arith(-1)},
}


def in_time_category() -> bool:
    return category_active(TIME_CATEGORY)
