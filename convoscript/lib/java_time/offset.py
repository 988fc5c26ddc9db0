"""java.time.OffsetDateTime: a date-time at a fixed offset from UTC ("2024-03-08T09:30-05:00"),
as ZonedDateTime.toOffsetDateTime, LocalDateTime.atOffset, Instant.atOffset and
OffsetDateTime.of/parse make it. Its arithmetic is a ZonedDateTime's in the offset's zone, so
each member runs the ZonedDateTime one and wraps the result.
"""

from __future__ import annotations

from convoscript.lib.java_time.base import as_char_sequence, parse_error
from convoscript.lib.java_time.format import ISO_FORMATTERS, Parts, as_formatter, parse_text
from convoscript.lib.java_time.local import (
    LOCAL_DATE_TIME_METHODS,
    LocalDate,
    LocalDateTime,
    LocalTime,
    as_local_date,
    as_local_date_time,
    as_local_time,
)
from convoscript.lib.java_time.local import STATIC_METHODS as LOCAL
from convoscript.lib.java_time.zoned import (
    INSTANT_METHODS,
    ZONED_METHODS,
    Instant,
    ZonedDateTime,
    as_instant,
)
from convoscript.lib.java_time.zoneids import (
    JavaZoneId,
    as_zone_id,
    default_zone_id,
    make_offset,
    now_instant,
)
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long


class OffsetDateTime(JavaObject):
    """An OffsetDateTime: `zdt` is the same date-time as a ZonedDateTime in its offset."""

    __slots__ = ("zdt",)
    java_class = "java.time.OffsetDateTime"
    kinds = ("OffsetDateTime", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.Temporal",
            "java.time.temporal.TemporalAdjuster",
            "java.lang.Comparable",
            "java.time.temporal.TemporalAccessor",
            "java.io.Serializable",
        }
    )

    def __init__(self, zdt: ZonedDateTime):
        self.zdt = zdt

    @classmethod
    def at(cls, ldt: LocalDateTime, offset: JavaZoneId) -> OffsetDateTime:
        return cls(ZonedDateTime(ldt, offset.offset, offset))  # type: ignore[arg-type]

    def temporal_parts(self) -> Parts:
        return self.zdt.temporal_parts()

    def groovy_to_string(self) -> str:
        return self.zdt.groovy_to_string()

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, OffsetDateTime) and other.zdt.groovy_equals(self.zdt)

    def groovy_compare_to(self, other: object) -> int:
        """By instant, then by local date-time (Java's OffsetDateTime.compareTo)."""
        if not isinstance(other, OffsetDateTime):
            raise compare_error(other, "java.time.OffsetDateTime")
        return self.zdt.groovy_compare_to(other.zdt)

    def groovy_hash_code(self) -> int:
        value = (self.zdt.ldt.groovy_hash_code() ^ self.zdt.offset) & 0xFFFFFFFF
        return value - 0x100000000 if value & 0x80000000 else value

    def groovy_json(self) -> str:
        raise GroovyThrowable("StackOverflowError", None)

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(self.zdt)


def as_offset_date_time(value: object) -> OffsetDateTime:
    if isinstance(value, OffsetDateTime):
        return value
    raise NoSignature


def _as_offset(value: object) -> JavaZoneId:
    zone = as_zone_id(value)
    if zone.offset is None or not zone.is_offset:
        raise NoSignature
    return zone


def _wrap(result: object) -> object:
    return OffsetDateTime(result) if isinstance(result, ZonedDateTime) else result


def _delegate(name: str, same_kind: bool = False):
    """The ZonedDateTime member `name` on the offset date-time; `same_kind`: its argument must
    be an OffsetDateTime too (isBefore, compareTo, ...)."""

    def method(self: object, *args: object) -> object:
        value = as_offset_date_time(self)
        if same_kind:
            arity(args, 1)
            args = (as_offset_date_time(args[0]).zdt,)
        else:
            args = tuple(a.zdt if isinstance(a, OffsetDateTime) else a for a in args)
        return _wrap(ZONED_METHODS[name](value.zdt, *args))

    return method


def _with_offset_same_instant(self: object, *args: object) -> OffsetDateTime:
    arity(args, 1)
    value = as_offset_date_time(self)
    return OffsetDateTime(ZonedDateTime.of_instant(value.zdt.instant(), _as_offset(args[0])))


def _with_offset_same_local(self: object, *args: object) -> OffsetDateTime:
    arity(args, 1)
    return OffsetDateTime.at(as_offset_date_time(self).zdt.ldt, _as_offset(args[0]))


def _at_zone_same_instant(self: object, *args: object) -> ZonedDateTime:
    arity(args, 1)
    value = as_offset_date_time(self)
    return ZonedDateTime.of_instant(value.zdt.instant(), as_zone_id(args[0]))


def _to_zoned(self: object, *args: object) -> ZonedDateTime:
    arity(args, 0)
    return as_offset_date_time(self).zdt


_SHARED = (
    "getYear",
    "getMonthValue",
    "getMonth",
    "getDayOfMonth",
    "getDayOfYear",
    "getDayOfWeek",
    "getHour",
    "getMinute",
    "getSecond",
    "getNano",
    "withYear",
    "withMonth",
    "withDayOfMonth",
    "withDayOfYear",
    "withHour",
    "withMinute",
    "withSecond",
    "withNano",
    "truncatedTo",
    "getOffset",
    "toLocalDate",
    "toLocalTime",
    "toLocalDateTime",
    "toInstant",
    "toEpochSecond",
    "plus",
    "minus",
    "until",
    "format",
    *(
        f"{sign}{unit}"
        for sign in ("plus", "minus")
        for unit in ("Days", "Weeks", "Months", "Years", "Hours", "Minutes", "Seconds", "Nanos")
    ),
)

OFFSET_METHODS = {
    **{name: _delegate(name) for name in _SHARED},
    **{name: _delegate(name, True) for name in ("isBefore", "isAfter", "isEqual", "compareTo")},
    "withOffsetSameInstant": _with_offset_same_instant,
    "withOffsetSameLocal": _with_offset_same_local,
    "atZoneSameInstant": _at_zone_same_instant,
    "toZonedDateTime": _to_zoned,
}


# ---- how other values become one -----------------------------------------------------------
def _zoned_to_offset(self: object, *args: object) -> OffsetDateTime:
    arity(args, 0)
    if not isinstance(self, ZonedDateTime):
        raise NoSignature
    return OffsetDateTime.at(self.ldt, make_offset(self.offset))


def _ldt_at_offset(self: object, *args: object) -> OffsetDateTime:
    arity(args, 1)
    return OffsetDateTime.at(as_local_date_time(self), _as_offset(args[0]))


def _instant_at_offset(self: object, *args: object) -> OffsetDateTime:
    arity(args, 1)
    return OffsetDateTime(ZonedDateTime.of_instant(as_instant(self), _as_offset(args[0])))


def _ldt_to_instant(self: object, *args: object) -> Instant:
    """LocalDateTime.toInstant(ZoneOffset) (a ChronoLocalDateTime default method)."""
    return _ldt_at_offset(self, *args).zdt.instant()


def _ldt_to_epoch_second(self: object, *args: object) -> Long:
    return Long(_ldt_at_offset(self, *args).zdt.epoch_second())


ZONED_METHODS["toOffsetDateTime"] = _zoned_to_offset
LOCAL_DATE_TIME_METHODS["toInstant"] = _ldt_to_instant
LOCAL_DATE_TIME_METHODS["toEpochSecond"] = _ldt_to_epoch_second
LOCAL_DATE_TIME_METHODS["atOffset"] = _ldt_at_offset
INSTANT_METHODS["atOffset"] = _instant_at_offset


# ---- statics -------------------------------------------------------------------------------
def _of(*args: object) -> OffsetDateTime:
    if len(args) == 8:
        ldt = LOCAL["java.time.LocalDateTime"]["of"](*args[:7])
        return OffsetDateTime.at(ldt, _as_offset(args[7]))
    if len(args) == 2:
        return OffsetDateTime.at(as_local_date_time(args[0]), _as_offset(args[1]))
    if len(args) == 3:
        ldt = LocalDateTime(as_local_date(args[0]), as_local_time(args[1]))
        return OffsetDateTime.at(ldt, _as_offset(args[2]))
    raise NoSignature


def _of_instant(*args: object) -> OffsetDateTime:
    arity(args, 2)
    zone = as_zone_id(args[1])
    zdt = ZonedDateTime.of_instant(as_instant(args[0]), zone)
    return OffsetDateTime.at(zdt.ldt, make_offset(zdt.offset))


def _now(*args: object) -> OffsetDateTime:
    arity(args, 0, 1)
    instant = Instant(*now_instant())
    if args:
        return _of_instant(instant, args[0])
    return _of_instant(instant, default_zone_id())


def _parse(*args: object) -> OffsetDateTime:
    arity(args, 1, 2)
    text = as_char_sequence(args[0])
    formatter = as_formatter(args[1]) if len(args) == 2 else ISO_FORMATTERS["ISO_OFFSET_DATE_TIME"]
    parsed = parse_text(formatter, text)
    if parsed.date is None or parsed.time is None or parsed.offset is None:
        raise parse_error(
            f"Text '{text}' could not be parsed: Unable to obtain OffsetDateTime from "
            f"TemporalAccessor: {parsed.describe()} of type java.time.format.Parsed",
            text,
        )
    ldt = LocalDateTime(LocalDate(*parsed.date), LocalTime(parsed.time))
    return OffsetDateTime.at(ldt, make_offset(parsed.offset))


METHODS = {"OffsetDateTime": OFFSET_METHODS}
STATIC_METHODS = {
    "java.time.OffsetDateTime": {
        "of": _of,
        "ofInstant": _of_instant,
        "now": _now,
        "parse": _parse,
    }
}
