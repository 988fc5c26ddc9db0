"""java.time.Instant and ZonedDateTime, the ZoneId / ZoneOffset tables, and the `until`/`between`
arithmetic the java.time classes share (also registered here into the tables of LocalDate,
LocalDateTime, ChronoUnit and Duration). `now()` is the run's clock; `systemDefault()` the run's
default zone.
"""

from __future__ import annotations

from convoscript.lib.java_time.amount import STATIC_METHODS as AMOUNT_STATICS
from convoscript.lib.java_time.amount import Duration, Period, period_between
from convoscript.lib.java_time.base import (
    NANOS_PER_SECOND,
    as_char_sequence,
    as_int,
    as_long,
    date_time_error,
    java_div,
    long_result,
    parse_error,
    unsupported,
)
from convoscript.lib.java_time.enums import METHODS as ENUM_METHODS
from convoscript.lib.java_time.enums import UNIT_NANOS, as_unit
from convoscript.lib.java_time.format import (
    ISO_FORMATTERS,
    Parts,
    as_formatter,
    format_temporal,
    parse_text,
)
from convoscript.lib.java_time.isotext import instant_text
from convoscript.lib.java_time.local import (
    LOCAL_DATE_METHODS,
    LOCAL_DATE_TIME_METHODS,
    LONG_UNITS,
    LocalDate,
    LocalDateTime,
    LocalTime,
    as_local_date,
    as_local_date_time,
    as_local_time,
    plus_ldt,
)
from convoscript.lib.java_time.local import STATIC_METHODS as LOCAL
from convoscript.lib.java_time.zoneids import (
    JavaZoneId,
    as_zone_id,
    check_offset_parts,
    default_zone_id,
    make_offset,
    now_instant,
    offset_id,
    parse_offset,
    zone_id_of,
)
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.core.hashing import long_hash
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long


def _zone_of(*args: object) -> JavaZoneId:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", "zoneId")
    return zone_id_of(as_str(args[0]))


# ---- Instant --------------------------------------------------------------------------------
class Instant(JavaObject):
    __slots__ = ("nanos", "seconds")
    java_class = "java.time.Instant"
    kinds = ("Instant", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.Temporal",
            "java.lang.Comparable",
            "java.time.temporal.TemporalAccessor",
            "java.time.temporal.TemporalAdjuster",
            "java.io.Serializable",
        }
    )

    def __init__(self, seconds: int, nanos: int = 0):
        self.seconds, self.nanos = seconds, nanos

    @classmethod
    def of_nanos(cls, total: int) -> Instant:
        seconds, nanos = divmod(total, NANOS_PER_SECOND)
        if not -31557014167219200 <= seconds <= 31556889864403199:
            raise date_time_error("Instant exceeds minimum or maximum instant")
        return cls(seconds, nanos)

    def total_nanos(self) -> int:
        return self.seconds * NANOS_PER_SECOND + self.nanos

    def epoch_millis(self) -> int:
        return self.seconds * 1000 + self.nanos // 1_000_000

    def temporal_parts(self) -> Parts:
        return Parts(instant=(self.seconds, self.nanos))

    def groovy_to_string(self) -> str:
        return instant_text(self.seconds, self.nanos)

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, Instant) and other.total_nanos() == self.total_nanos()

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, Instant):
            raise compare_error(other, "java.time.Instant")
        a, b = self.total_nanos(), other.total_nanos()
        return (a > b) - (a < b)

    def groovy_hash_code(self) -> int:

        value = (long_hash(self.seconds) + 51 * self.nanos) & 0xFFFFFFFF
        return value - 0x100000000 if value & 0x80000000 else value

    def groovy_json(self) -> str:
        return f'{{"epochSecond":{self.seconds},"nano":{self.nanos}}}'

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(self.total_nanos())


def as_instant(value: object) -> Instant:
    if isinstance(value, Instant):
        return value
    raise NoSignature


def _inst(self: object) -> Instant:
    return as_instant(self)


def _instant_units(unit: str) -> int:
    if unit not in UNIT_NANOS:
        raise unsupported(f"Unsupported unit: {unit.title().replace('_', '')}")
    return UNIT_NANOS[unit]


def _inst_plus(sign: int, unit_nanos: int | None = None):
    def method(self: object, *args: object) -> Instant:
        if unit_nanos is not None:
            arity(args, 1)
            delta = as_long(args[0]) * unit_nanos
        else:
            arity(args, 1, 2)
            if len(args) == 2:
                delta = as_long(args[0]) * _instant_units(as_unit(args[1]).enum_name)
            elif isinstance(args[0], Duration):
                delta = args[0].total_nanos()
            elif isinstance(args[0], Period):
                raise unsupported(
                    "Unsupported unit: Months"
                    if args[0].months or args[0].years
                    else "Unsupported unit: Days"
                )
            else:
                raise NoSignature
        instant = _inst(self)
        whole = sign * delta // NANOS_PER_SECOND if delta % NANOS_PER_SECOND == 0 else 0
        # Java multiplies and adds the seconds as longs first: "long overflow" before the range
        if not -(2**63) <= whole < 2**63 or not -(2**63) <= instant.seconds + whole < 2**63:
            raise GroovyThrowable("ArithmeticException", "long overflow")
        return Instant.of_nanos(instant.total_nanos() + sign * delta)

    return method


def _inst_compare(test):
    def method(self: object, *args: object) -> bool:
        arity(args, 1)
        return test(_inst(self).groovy_compare_to(as_instant(args[0])))

    return method


def _getter(kind: type, fn):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        if not isinstance(self, kind):
            raise NoSignature
        return fn(self)

    return method


def _format(self: object, *args: object) -> str:
    arity(args, 1)
    return format_temporal(as_formatter(args[0]), self)


INSTANT_METHODS = {
    "toEpochMilli": _getter(Instant, lambda i: long_result(i.epoch_millis())),
    "getEpochSecond": _getter(Instant, lambda i: Long(i.seconds)),
    "getNano": _getter(Instant, lambda i: i.nanos),
    "plus": _inst_plus(1),
    "minus": _inst_plus(-1),
    **{
        f"plus{name}": _inst_plus(1, n)
        for name, n in (("Seconds", NANOS_PER_SECOND), ("Millis", 1_000_000), ("Nanos", 1))
    },
    **{
        f"minus{name}": _inst_plus(-1, n)
        for name, n in (("Seconds", NANOS_PER_SECOND), ("Millis", 1_000_000), ("Nanos", 1))
    },
    "isBefore": _inst_compare(lambda c: c < 0),
    "isAfter": _inst_compare(lambda c: c > 0),
    "compareTo": _inst_compare(lambda c: c),
    "atZone": lambda self, *a: (
        arity(a, 1) or ZonedDateTime.of_instant(_inst(self), as_zone_id(a[0]))
    ),
    "truncatedTo": lambda self, *a: arity(a, 1) or _truncate_instant(_inst(self), a[0]),
    "until": lambda self, *a: arity(a, 2) or units_between(as_unit(a[1]).enum_name, self, a[0]),
}


def _truncate_instant(value: Instant, unit: object) -> Instant:
    name = as_unit(unit).enum_name
    if name in LONG_UNITS:
        raise unsupported("Unit is too large to be used for truncation")
    size = _instant_units(name)
    total = value.total_nanos()
    return Instant.of_nanos(total - total % size)


# ---- ZonedDateTime ---------------------------------------------------------------------------
class ZonedDateTime(JavaObject):
    __slots__ = ("ldt", "offset", "zone")
    java_class = "java.time.ZonedDateTime"
    kinds = ("ZonedDateTime", "Object")
    supertypes = frozenset(
        {
            "java.time.temporal.Temporal",
            "java.lang.Comparable",
            "java.time.chrono.ChronoZonedDateTime",
            "java.time.temporal.TemporalAccessor",
        }
    )

    def __init__(self, ldt: LocalDateTime, offset: int, zone: JavaZoneId):
        self.ldt, self.offset, self.zone = ldt, offset, zone

    @classmethod
    def of_local(
        cls, ldt: LocalDateTime, zone: JavaZoneId, preferred: int | None = None
    ) -> ZonedDateTime:
        """Java's ofLocal: in an overlap keep `preferred` (else the earlier offset); in a gap
        move the time forward by the gap's length."""
        if zone.offset is not None:
            return cls(ldt, zone.offset, zone)
        local_s = ldt.date.epoch_day() * 86400 + ldt.time.nano_of_day // NANOS_PER_SECOND
        candidates = []
        for later in (False, True):
            utc_ms = cm.local_to_utc(zone.tz, local_s * 1000, later=later)
            offset = cm.offset_ms(zone.tz, utc_ms) // 1000
            if local_s - offset == utc_ms // 1000 and offset not in candidates:
                candidates.append(offset)
        if not candidates:  # a gap
            before = cm.offset_ms(zone.tz, (local_s - 86400) * 1000) // 1000
            after = cm.offset_ms(zone.tz, (local_s + 86400) * 1000) // 1000
            shifted = plus_ldt(ldt, after - before, "SECONDS")
            return cls(shifted, after, zone)
        if preferred in candidates:
            return cls(ldt, preferred, zone)  # type: ignore[arg-type]
        return cls(ldt, max(candidates) if len(candidates) > 1 else candidates[0], zone)

    @classmethod
    def of_instant(cls, instant: Instant, zone: JavaZoneId) -> ZonedDateTime:
        offset = zone.offset_at(instant.seconds)
        local = instant.seconds + offset
        ldt = LocalDateTime.of_local_nanos(
            local // 86400, (local % 86400) * NANOS_PER_SECOND + instant.nanos
        )
        return cls(ldt, offset, zone)

    def epoch_second(self) -> int:
        return (
            self.ldt.date.epoch_day() * 86400
            + self.ldt.time.nano_of_day // NANOS_PER_SECOND
            - self.offset
        )

    def instant(self) -> Instant:
        return Instant(self.epoch_second(), self.ldt.time.nano_of_day % NANOS_PER_SECOND)

    def temporal_parts(self) -> Parts:
        instant = self.instant()
        return Parts(
            self.ldt.date.ymd(),
            self.ldt.time.nano_of_day,
            self.offset,
            self.zone,
            (instant.seconds, instant.nanos),
        )

    def groovy_to_string(self) -> str:
        text = self.ldt.groovy_to_string() + offset_id(self.offset)
        return text if self.zone.is_offset else text + "[" + self.zone.zone_id + "]"

    def groovy_equals(self, other: object) -> bool:
        return (
            isinstance(other, ZonedDateTime)
            and other.ldt == self.ldt
            and other.offset == self.offset
            and other.zone == self.zone
        )

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, ZonedDateTime):
            raise compare_error(other, "java.time.chrono.ChronoZonedDateTime")
        a = (self.instant().total_nanos(), self.ldt.key(), self.zone.zone_id)
        b = (other.instant().total_nanos(), other.ldt.key(), other.zone.zone_id)
        return (a > b) - (a < b)

    def groovy_hash_code(self) -> int:
        zone_hash = self.zone.groovy_hash_code() & 0xFFFFFFFF
        rotated = ((zone_hash << 3) | (zone_hash >> 29)) & 0xFFFFFFFF
        value = (self.ldt.groovy_hash_code() ^ self.offset ^ rotated) & 0xFFFFFFFF
        return value - 0x100000000 if value & 0x80000000 else value

    def groovy_json(self) -> str:
        raise GroovyThrowable("StackOverflowError", None)

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash((self.ldt, self.offset, self.zone.zone_id))


def as_zoned(value: object) -> ZonedDateTime:
    if isinstance(value, ZonedDateTime):
        return value
    raise NoSignature


def _zdt(self: object) -> ZonedDateTime:
    return as_zoned(self)


def plus_zoned(value: ZonedDateTime, amount: int, unit: str) -> ZonedDateTime:
    if unit in UNIT_NANOS and unit != "DAYS":
        # Java adds to the local date-time (its errors: "Invalid value for EpochDay ..."), then
        # reads the result at the old offset as an instant
        ldt = plus_ldt(value.ldt, amount, unit)
        local = ldt.date.epoch_day() * 86400 * NANOS_PER_SECOND + ldt.time.nano_of_day
        total = local - value.offset * NANOS_PER_SECOND
        return ZonedDateTime.of_instant(Instant.of_nanos(total), value.zone)
    return ZonedDateTime.of_local(plus_ldt(value.ldt, amount, unit), value.zone, value.offset)


def _zdt_plus(sign: int, unit: str | None = None):
    def method(self: object, *args: object) -> ZonedDateTime:
        value = _zdt(self)
        if unit is not None:
            arity(args, 1)
            return plus_zoned(value, sign * as_long(args[0]), unit)
        arity(args, 1, 2)
        if len(args) == 2:
            return plus_zoned(value, sign * as_long(args[0]), as_unit(args[1]).enum_name)
        if isinstance(args[0], Duration):
            return plus_zoned(value, sign * args[0].total_nanos(), "NANOS")
        if isinstance(args[0], Period):
            p = args[0]
            months = plus_zoned(value, sign * (p.years * 12 + p.months), "MONTHS")
            return plus_zoned(months, sign * p.days, "DAYS")
        raise NoSignature

    return method


def _zdt_local(name: str):

    def method(self: object, *args: object) -> object:
        value = _zdt(self)
        result = LOCAL_DATE_TIME_METHODS[name](value.ldt, *args)
        if isinstance(result, LocalDateTime):
            return ZonedDateTime.of_local(result, value.zone, value.offset)
        return result

    return method


def _zdt_compare(test):
    def method(self: object, *args: object) -> bool:
        arity(args, 1)
        a, b = _zdt(self).instant().total_nanos(), as_zoned(args[0]).instant().total_nanos()
        return test((a > b) - (a < b))

    return method


ZONED_METHODS = {
    **{
        name: _zdt_local(name)
        for name in (
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
        )
    },
    "getOffset": _getter(ZonedDateTime, lambda z: make_offset(z.offset)),
    "getZone": _getter(ZonedDateTime, lambda z: z.zone),
    "toLocalDate": _getter(ZonedDateTime, lambda z: z.ldt.date),
    "toLocalTime": _getter(ZonedDateTime, lambda z: z.ldt.time),
    "toLocalDateTime": _getter(ZonedDateTime, lambda z: z.ldt),
    "toInstant": _getter(ZonedDateTime, lambda z: z.instant()),
    "toEpochSecond": _getter(ZonedDateTime, lambda z: Long(z.epoch_second())),
    "withZoneSameInstant": lambda self, *a: (
        arity(a, 1) or ZonedDateTime.of_instant(_zdt(self).instant(), as_zone_id(a[0]))
    ),
    "withZoneSameLocal": lambda self, *a: (
        arity(a, 1) or ZonedDateTime.of_local(_zdt(self).ldt, as_zone_id(a[0]), _zdt(self).offset)
    ),
    "plus": _zdt_plus(1),
    "minus": _zdt_plus(-1),
    **{
        f"plus{name}": _zdt_plus(1, name.upper())
        for name in ("Days", "Weeks", "Months", "Years", "Hours", "Minutes", "Seconds", "Nanos")
    },
    **{
        f"minus{name}": _zdt_plus(-1, name.upper())
        for name in ("Days", "Weeks", "Months", "Years", "Hours", "Minutes", "Seconds", "Nanos")
    },
    "isBefore": _zdt_compare(lambda c: c < 0),
    "isAfter": _zdt_compare(lambda c: c > 0),
    "isEqual": _zdt_compare(lambda c: c == 0),
    "compareTo": lambda self, *a: arity(a, 1) or _zdt(self).groovy_compare_to(as_zoned(a[0])),
    "until": lambda self, *a: arity(a, 2) or units_between(as_unit(a[1]).enum_name, self, a[0]),
    "format": _format,
}


# ---- until / between -----------------------------------------------------------------------------
def _convert(value: object, target: type) -> object:
    """`Target.from(value)` for the java.time classes, with Java's message when impossible."""
    if isinstance(value, target):
        return value
    if isinstance(value, ZonedDateTime):
        converted = {
            LocalDate: value.ldt.date,
            LocalTime: value.ldt.time,
            LocalDateTime: value.ldt,
            Instant: value.instant(),
        }.get(target)
        if converted is not None:
            return converted
    if isinstance(value, LocalDateTime):
        converted = {LocalDate: value.date, LocalTime: value.time}.get(target)
        if converted is not None:
            return converted
    if not isinstance(value, (LocalDate, LocalTime, LocalDateTime, Instant, ZonedDateTime)):
        raise NoSignature
    raise date_time_error(
        f"Unable to obtain {target.__name__} from TemporalAccessor: "
        f"{value.groovy_to_string()} of type {java_class_name(value)}"
    )


def _month_diff(a: LocalDate, b: LocalDate) -> int:
    packed_a = (a.year * 12 + a.month - 1) * 32 + a.day
    packed_b = (b.year * 12 + b.month - 1) * 32 + b.day
    return java_div(packed_b - packed_a, 32)


def _date_until(a: LocalDate, b: LocalDate, unit: str) -> int:
    if unit == "DAYS":
        return b.epoch_day() - a.epoch_day()
    if unit == "WEEKS":
        return java_div(b.epoch_day() - a.epoch_day(), 7)
    months = _month_diff(a, b)
    divisors = {"MONTHS": 1, "YEARS": 12, "DECADES": 120, "CENTURIES": 1200, "MILLENNIA": 12000}
    if unit not in divisors:
        raise unsupported(f"Unsupported unit: {unit.title().replace('_', '')}")
    return java_div(months, divisors[unit])


def _ldt_until(a: LocalDateTime, b: LocalDateTime, unit: str) -> int:
    if unit in UNIT_NANOS and unit != "DAYS":
        days = b.date.epoch_day() - a.date.epoch_day()
        nanos = days * 86400 * NANOS_PER_SECOND + b.time.nano_of_day - a.time.nano_of_day
        return java_div(nanos, UNIT_NANOS[unit])
    end = b.date
    if end.epoch_day() > a.date.epoch_day() and b.time.nano_of_day < a.time.nano_of_day:
        end = LocalDate.of_epoch_day(end.epoch_day() - 1)
    elif end.epoch_day() < a.date.epoch_day() and b.time.nano_of_day > a.time.nano_of_day:
        end = LocalDate.of_epoch_day(end.epoch_day() + 1)
    return _date_until(a.date, end, unit)


def units_between(unit: str, start: object, end: object) -> Long:
    """start.until(end, unit) as ChronoUnit.between and LocalDate.until compute it."""
    if isinstance(start, LocalDate):
        return long_result(_date_until(start, _convert(end, LocalDate), unit))  # type: ignore
    if isinstance(start, LocalTime):
        other = _convert(end, LocalTime)
        if unit not in UNIT_NANOS or unit == "DAYS":
            raise unsupported(f"Unsupported unit: {unit.title().replace('_', '')}")
        diff = other.nano_of_day - start.nano_of_day  # type: ignore[attr-defined]
        return long_result(java_div(diff, UNIT_NANOS[unit]))
    if isinstance(start, LocalDateTime):
        return long_result(_ldt_until(start, _convert(end, LocalDateTime), unit))  # type: ignore
    if isinstance(start, ZonedDateTime):
        other = as_zoned(_convert(end, ZonedDateTime))
        other = ZonedDateTime.of_instant(other.instant(), start.zone)
        if unit in UNIT_NANOS and unit != "DAYS":
            diff = other.instant().total_nanos() - start.instant().total_nanos()
            return long_result(java_div(diff, UNIT_NANOS[unit]))
        return long_result(_ldt_until(start.ldt, other.ldt, unit))
    if isinstance(start, Instant):
        other = as_instant(_convert(end, Instant))
        diff = other.total_nanos() - start.total_nanos()
        return long_result(java_div(diff, _instant_units(unit)))
    raise NoSignature


def nanos_between(start: object, end: object, fallback: str) -> int:
    """Duration.between: start.until(end, NANOS) (Java reports a failure as SECONDS)."""
    if isinstance(start, LocalDate):
        raise unsupported("Unsupported unit: Seconds")
    return units_between("NANOS", start, end)


# ---- methods of the classes below, registered into their tables from here ---------------------
# LocalDate, LocalDateTime, ChronoUnit and Duration live in modules below this one; those of
# their methods that give a ZonedDateTime or measure between any two temporals need the classes
# here, so their tables get them from this module instead of importing upwards.
def _local_date_at_start(self: object, *args: object) -> object:
    arity(args, 0, 1)
    date = as_local_date(self)
    if args:
        return ZonedDateTime.of_local(LocalDateTime(date, LocalTime(0)), as_zone_id(args[0]))
    return LocalDateTime(date, LocalTime(0))


def _local_date_until(self: object, *args: object) -> object:
    arity(args, 1, 2)
    if len(args) == 1:
        return period_between(as_local_date(self).ymd(), as_local_date(args[0]).ymd())
    return units_between(as_unit(args[1]).enum_name, self, args[0])


def _local_date_time_at_zone(self: object, *args: object) -> ZonedDateTime:
    arity(args, 1)
    return ZonedDateTime.of_local(as_local_date_time(self), as_zone_id(args[0]))


def _local_date_time_until(self: object, *args: object) -> Long:
    arity(args, 2)
    return units_between(as_unit(args[1]).enum_name, self, args[0])


def _unit_between(self: object, *args: object) -> Long:
    arity(args, 2)
    return units_between(as_unit(self).enum_name, args[0], args[1])


def _duration_between(*args: object) -> Duration:
    arity(args, 2)
    return Duration.of_nanos(nanos_between(args[0], args[1], "SECONDS"))


LOCAL_DATE_METHODS["atStartOfDay"] = _local_date_at_start
LOCAL_DATE_METHODS["until"] = _local_date_until
LOCAL_DATE_TIME_METHODS["atZone"] = _local_date_time_at_zone
LOCAL_DATE_TIME_METHODS["until"] = _local_date_time_until
ENUM_METHODS["ChronoUnit"]["between"] = _unit_between
AMOUNT_STATICS["java.time.Duration"]["between"] = _duration_between


# ---- statics ---------------------------------------------------------------------------------
def _zoned_of(*args: object) -> ZonedDateTime:
    if len(args) == 8:
        ldt = LOCAL["java.time.LocalDateTime"]["of"](*args[:7])
        return ZonedDateTime.of_local(ldt, as_zone_id(args[7]))
    if len(args) == 2:
        return ZonedDateTime.of_local(as_local_date_time(args[0]), as_zone_id(args[1]))
    if len(args) == 3:
        ldt = LocalDateTime(as_local_date(args[0]), as_local_time(args[1]))
        return ZonedDateTime.of_local(ldt, as_zone_id(args[2]))
    raise NoSignature


def _zoned_of_instant(*args: object) -> ZonedDateTime:
    """ofInstant(Instant, ZoneId), ofInstant(LocalDateTime, ZoneOffset, ZoneId): the instant of
    the local date-time at the offset, seen in the zone."""
    arity(args, 2, 3)
    if len(args) == 2:
        return ZonedDateTime.of_instant(as_instant(args[0]), as_zone_id(args[1]))
    ldt, offset = as_local_date_time(args[0]), as_zone_id(args[1])
    if offset.offset is None or not offset.is_offset:
        raise NoSignature
    seconds = ldt.date.epoch_day() * 86400 + ldt.time.nano_of_day // NANOS_PER_SECOND
    instant = Instant(seconds - offset.offset, ldt.time.nano_of_day % NANOS_PER_SECOND)
    return ZonedDateTime.of_instant(instant, as_zone_id(args[2]))


def _zoned_now(*args: object) -> ZonedDateTime:
    arity(args, 0, 1)
    clock_now = getattr(type(args[0]), "clock_now", None) if args else None
    if clock_now is not None:  # a java.time.Clock (clocks.py): its instant in its zone
        zone, seconds, nanos = clock_now(args[0])
        return ZonedDateTime.of_instant(Instant(seconds, nanos), zone)
    zone = as_zone_id(args[0]) if args else default_zone_id()
    return ZonedDateTime.of_instant(Instant(*now_instant()), zone)


def _instant_now(*args: object) -> Instant:
    """Instant.now(), or Instant.now(clock): a Clock's instant (clocks.py)."""
    arity(args, 0, 1)
    clock_now = getattr(type(args[0]), "clock_now", None) if args else None
    if args and clock_now is None:
        raise NoSignature
    if clock_now is not None:
        _, seconds, nanos = clock_now(args[0])
        return Instant(seconds, nanos)
    return Instant(*now_instant())


def _parsed_zoned(parsed) -> ZonedDateTime | None:
    if parsed.date is None or parsed.time is None:
        return None
    ldt = LocalDateTime(LocalDate(*parsed.date), LocalTime(parsed.time))
    if parsed.zone is not None:
        return ZonedDateTime.of_local(ldt, parsed.zone, parsed.offset)
    if parsed.offset is not None:
        return ZonedDateTime(ldt, parsed.offset, make_offset(parsed.offset))
    return None


def _parse(default: str, target: str, build):
    def method(*args: object) -> object:
        arity(args, 1, 2)
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


def _instant_of_second(*args: object) -> Instant:
    arity(args, 1, 2)
    adjust = as_long(args[1]) if len(args) == 2 else 0
    return Instant.of_nanos(as_long(args[0]) * NANOS_PER_SECOND + adjust)


def _offset_hours(*args: object) -> JavaZoneId:
    """ZoneOffset.ofHours / ofHoursMinutes / ofHoursMinutesSeconds, with Java's checks."""
    arity(args, 1, 2, 3)
    hours, minutes, seconds = [as_int(a) for a in args] + [0] * (3 - len(args))
    check_offset_parts(hours, minutes, seconds)
    return make_offset(hours * 3600 + minutes * 60 + seconds)


STATIC_METHODS = {
    "java.time.ZoneId": {
        "of": _zone_of,
        "systemDefault": lambda *a: arity(a, 0) or default_zone_id(),
    },
    "java.time.ZoneOffset": {
        "of": lambda *a: arity(a, 1) or parse_offset(as_str(a[0])),
        "ofHours": _offset_hours,
        "ofHoursMinutes": _offset_hours,
        "ofHoursMinutesSeconds": _offset_hours,
        "ofTotalSeconds": lambda *a: arity(a, 1) or make_offset(as_long(a[0])),
    },
    "java.time.Instant": {
        "now": _instant_now,
        "ofEpochMilli": lambda *a: arity(a, 1) or Instant.of_nanos(as_long(a[0]) * 1_000_000),
        "ofEpochSecond": _instant_of_second,
        "parse": _parse(
            "ISO_INSTANT",
            "Instant",
            lambda p: _parsed_zoned(p).instant() if _parsed_zoned(p) else None,
        ),
    },
    "java.time.ZonedDateTime": {
        "of": _zoned_of,
        "now": _zoned_now,
        "ofInstant": _zoned_of_instant,
        "parse": _parse("ISO_ZONED_DATE_TIME", "ZonedDateTime", _parsed_zoned),
    },
}

STATIC_FIELDS = {
    "java.time.ZoneOffset": {
        "UTC": make_offset(0),
        "MIN": make_offset(-18 * 3600),
        "MAX": make_offset(18 * 3600),
    },
    "java.time.Instant": {"EPOCH": Instant(0)},
}

METHODS = {
    "ZoneId": {
        "getId": _getter(JavaZoneId, lambda z: z.zone_id),
        "normalized": _getter(
            JavaZoneId, lambda z: make_offset(z.offset) if z.offset is not None else z
        ),
    },
    # a ZoneRegion has no getTotalSeconds (only a ZoneOffset has)
    "ZoneOffset": {"getTotalSeconds": lambda self, *a: arity(a, 0) or _offset_seconds(self)},
    "Instant": INSTANT_METHODS,
    "ZonedDateTime": ZONED_METHODS,
}


def _offset_seconds(value: object) -> int:
    if isinstance(value, JavaZoneId) and value.offset is not None:
        return value.offset
    raise NoSignature
