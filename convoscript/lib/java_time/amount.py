"""java.time.Duration (seconds and nanos, printed PT1H30M) and java.time.Period (years, months
and days, printed P1Y2M3D), with Java's arithmetic and messages.
"""

from __future__ import annotations

import re

from convoscript.lib.java_time.base import (
    NANOS_PER_SECOND,
    as_char_sequence,
    as_int,
    as_long,
    java_div,
    java_rem,
    long_result,
    parse_error,
    unsupported,
)
from convoscript.lib.java_time.enums import METHODS as ENUM_METHODS
from convoscript.lib.java_time.enums import UNIT_NANOS, as_unit, unit_text
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.core.hashing import long_hash
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import LONG_MAX, LONG_MIN, Long


# ---- Duration ---------------------------------------------------------------------------------
class Duration(JavaObject):
    """java.time.Duration: seconds and a 0..999,999,999 nano adjustment."""

    __slots__ = ("nanos", "seconds")
    java_class = "java.time.Duration"
    kinds = ("Duration", "Object")
    supertypes = frozenset({"java.time.temporal.TemporalAmount", "java.lang.Comparable"})

    def __init__(self, seconds: int, nanos: int = 0):
        if not LONG_MIN <= seconds <= LONG_MAX:
            raise GroovyThrowable("ArithmeticException", "long overflow")
        self.seconds = seconds
        self.nanos = nanos

    @classmethod
    def of_nanos(cls, total: int) -> Duration:
        seconds, nanos = divmod(total, NANOS_PER_SECOND)
        return cls(seconds, nanos)

    def total_nanos(self) -> int:
        return self.seconds * NANOS_PER_SECOND + self.nanos

    def groovy_to_string(self) -> str:
        if self.seconds == 0 and self.nanos == 0:
            return "PT0S"
        effective = self.seconds + (1 if self.seconds < 0 and self.nanos > 0 else 0)
        hours = java_div(effective, 3600)
        minutes = java_div(java_rem(effective, 3600), 60)
        secs = java_rem(effective, 60)
        out = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
        if secs == 0 and self.nanos == 0 and len(out) > 2:
            return out
        out += "-0" if self.seconds < 0 and self.nanos > 0 and secs == 0 else str(secs)
        if self.nanos > 0:
            fraction = str(
                2 * NANOS_PER_SECOND - self.nanos
                if self.seconds < 0
                else self.nanos + NANOS_PER_SECOND
            ).rstrip("0")
            out += "." + fraction[1:]
        return out + "S"

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, Duration) and other.total_nanos() == self.total_nanos()

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, Duration):
            raise compare_error(other, "java.time.Duration")
        a, b = self.total_nanos(), other.total_nanos()
        return (a > b) - (a < b)

    def groovy_hash_code(self) -> int:

        return _int32(long_hash(self.seconds) + 51 * self.nanos)

    def groovy_json(self) -> str:
        negative = "true" if self.seconds < 0 else "false"
        zero = "true" if self.total_nanos() == 0 else "false"
        return (
            '{"units":["SECONDS","NANOS"],"nano":'
            + str(self.nanos)
            + ',"negative":'
            + negative
            + ',"seconds":'
            + str(self.seconds)
            + ',"zero":'
            + zero
            + "}"
        )

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(self.total_nanos())


def _rotate_left(n: int, bits: int) -> int:
    n &= 0xFFFFFFFF
    return ((n << bits) | (n >> (32 - bits))) & 0xFFFFFFFF


def _int32(n: int) -> int:
    n &= 0xFFFFFFFF
    return n - 0x100000000 if n & 0x80000000 else n


def as_duration(value: object) -> Duration:
    if isinstance(value, Duration):
        return value
    raise NoSignature


def _dur(self: object) -> Duration:
    return as_duration(self)


def _duration_of(unit_nanos: int):
    def method(*args: object) -> Duration:
        arity(args, 1)
        return Duration.of_nanos(as_long(args[0]) * unit_nanos)

    return method


def _duration_of_seconds(*args: object) -> Duration:
    arity(args, 1, 2)
    adjust = as_long(args[1]) if len(args) == 2 else 0
    return Duration.of_nanos(as_long(args[0]) * NANOS_PER_SECOND + adjust)


def _duration_of_unit(*args: object) -> Duration:
    arity(args, 2)
    amount, unit = as_long(args[0]), as_unit(args[1]).enum_name
    if unit not in UNIT_NANOS:
        raise unsupported("Unit must not have an estimated duration")
    return Duration.of_nanos(amount * UNIT_NANOS[unit])


_DURATION_TEXT = re.compile(
    r"([-+]?)P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?"
    r"(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?",
    re.IGNORECASE,
)


def _duration_parse(*args: object) -> Duration:
    arity(args, 1)
    text = as_char_sequence(args[0])
    m = _DURATION_TEXT.fullmatch(text) if len(text) <= 100 else None  # no real one is longer
    if not m or text.upper().endswith("T") or (m.group(2) is None and m.group(3) is None):
        raise parse_error("Text cannot be parsed to a Duration", text)
    days, hours, minutes, secs = (int(g) if g else 0 for g in m.group(2, 4, 5, 6))
    fraction = int((m.group(7) or "").ljust(9, "0") or 0)
    if m.group(6) and m.group(6).startswith("-"):
        fraction = -fraction
    total = ((days * 24 + hours) * 60 + minutes) * 60 + secs
    result = total * NANOS_PER_SECOND + fraction
    return Duration.of_nanos(-result if m.group(1) == "-" else result)


def _to_unit(divisor: int, part_mod: int | None = None):
    """toDays/toHours/toMinutes (and their *Part): Java divides the seconds field (truncating),
    so -1 s + 5 ns is 0 minutes and -1 in toSecondsPart; smaller units divide the total."""

    def method(self: object, *args: object) -> object:
        arity(args, 0)
        duration = _dur(self)
        if divisor >= NANOS_PER_SECOND:
            value = java_div(duration.seconds, divisor // NANOS_PER_SECOND)
        else:
            value = java_div(duration.total_nanos(), divisor)
        if part_mod is None:
            return long_result(value)
        return int(java_rem(value, part_mod))

    return method


def _dur_plus(sign: int, unit_nanos: int | None = None):
    def method(self: object, *args: object) -> Duration:
        if unit_nanos is None:
            arity(args, 1, 2)
            if len(args) == 2:
                unit = as_unit(args[1]).enum_name
                if unit not in UNIT_NANOS:
                    raise unsupported("Unit must not have an estimated duration")
                delta = as_long(args[0]) * UNIT_NANOS[unit]
            else:
                delta = as_duration(args[0]).total_nanos()
        else:
            arity(args, 1)
            delta = as_long(args[0]) * unit_nanos
        return Duration.of_nanos(_dur(self).total_nanos() + sign * delta)

    return method


def _dur_multiplied(self: object, *args: object) -> Duration:
    arity(args, 1)
    return Duration.of_nanos(_dur(self).total_nanos() * as_long(args[0]))


def _dur_divided(self: object, *args: object) -> object:
    arity(args, 1)
    total = _dur(self).total_nanos()
    if isinstance(args[0], Duration):
        if args[0].total_nanos() == 0:  # Java divides BigDecimal seconds
            message = "Division undefined" if total == 0 else "Division by zero"
            raise GroovyThrowable("ArithmeticException", message)
        quotient = java_div(total, args[0].total_nanos())
        if not -(2**63) <= quotient < 2**63:
            raise GroovyThrowable("ArithmeticException", "Overflow")  # longValueExact
        return Long(quotient)
    divisor = as_long(args[0])
    if divisor == 0:
        raise GroovyThrowable("ArithmeticException", "Cannot divide by zero")
    return Duration.of_nanos(java_div(total, divisor))


def _dur_unary(fn):
    def method(self: object, *args: object) -> object:
        arity(args, 0)
        return fn(_dur(self))

    return method


DURATION_METHODS = {
    "getSeconds": _dur_unary(lambda d: Long(d.seconds)),
    "getNano": _dur_unary(lambda d: d.nanos),
    "toDays": _to_unit(86400 * NANOS_PER_SECOND),
    "toHours": _to_unit(3600 * NANOS_PER_SECOND),
    "toMinutes": _to_unit(60 * NANOS_PER_SECOND),
    "toSeconds": _dur_unary(lambda d: Long(d.seconds)),  # Java 17: the seconds field
    "toMillis": _to_unit(1_000_000),
    "toNanos": _to_unit(1),
    "toDaysPart": _to_unit(86400 * NANOS_PER_SECOND),
    "toHoursPart": _to_unit(3600 * NANOS_PER_SECOND, 24),
    "toMinutesPart": _to_unit(60 * NANOS_PER_SECOND, 60),
    "toSecondsPart": _to_unit(NANOS_PER_SECOND, 60),
    "toMillisPart": _dur_unary(lambda d: d.nanos // 1_000_000),
    "toNanosPart": _dur_unary(lambda d: d.nanos),
    "isNegative": _dur_unary(lambda d: d.seconds < 0),
    "isZero": _dur_unary(lambda d: d.total_nanos() == 0),
    "negated": _dur_unary(lambda d: Duration.of_nanos(-d.total_nanos())),
    "abs": _dur_unary(lambda d: Duration.of_nanos(abs(d.total_nanos()))),
    "plus": _dur_plus(1),
    "minus": _dur_plus(-1),
    "multipliedBy": _dur_multiplied,
    "dividedBy": _dur_divided,
    "compareTo": lambda self, *args: arity(args, 1) or _dur(self).groovy_compare_to(args[0]),
    **{
        f"plus{name}": _dur_plus(1, n)
        for name, n in (
            ("Days", 86400 * NANOS_PER_SECOND),
            ("Hours", 3600 * NANOS_PER_SECOND),
            ("Minutes", 60 * NANOS_PER_SECOND),
            ("Seconds", NANOS_PER_SECOND),
            ("Millis", 1_000_000),
            ("Nanos", 1),
        )
    },
    **{
        f"minus{name}": _dur_plus(-1, n)
        for name, n in (
            ("Days", 86400 * NANOS_PER_SECOND),
            ("Hours", 3600 * NANOS_PER_SECOND),
            ("Minutes", 60 * NANOS_PER_SECOND),
            ("Seconds", NANOS_PER_SECOND),
            ("Millis", 1_000_000),
            ("Nanos", 1),
        )
    },
}


# ChronoUnit's estimated durations of the units longer than a day (a year is 365.2425 days)
_ESTIMATED_SECONDS = {
    "WEEKS": 7 * 86400,
    "MONTHS": 31556952 // 12,
    "YEARS": 31556952,
    "DECADES": 31556952 * 10,
    "CENTURIES": 31556952 * 100,
    "MILLENNIA": 31556952 * 1000,
    "ERAS": 31556952 * 1_000_000_000,
}


def _unit_duration(self: object, *args: object) -> Duration:
    arity(args, 0)
    unit = as_unit(self).enum_name
    if unit in _ESTIMATED_SECONDS:
        return Duration.of_nanos(_ESTIMATED_SECONDS[unit] * NANOS_PER_SECOND)
    if unit == "FOREVER":
        return Duration.of_nanos((2**63 - 1) * NANOS_PER_SECOND + 999_999_999)
    if unit not in UNIT_NANOS:
        raise unsupported(f"Unsupported unit: {unit_text(unit)}")
    return Duration.of_nanos(UNIT_NANOS[unit])


# ChronoUnit.getDuration gives a Duration, a class above enums.py: registered from here.
ENUM_METHODS["ChronoUnit"]["getDuration"] = _unit_duration


# ---- Period ------------------------------------------------------------------------------------
class Period(JavaObject):
    """java.time.Period: years, months and days, each kept as given."""

    __slots__ = ("days", "months", "years")
    java_class = "java.time.Period"
    kinds = ("Period", "Object")
    supertypes = frozenset({"java.time.temporal.TemporalAmount", "java.time.chrono.ChronoPeriod"})

    def __init__(self, years: int, months: int, days: int):
        self.years, self.months, self.days = years, months, days

    def groovy_to_string(self) -> str:
        if not (self.years or self.months or self.days):
            return "P0D"
        return (
            "P"
            + (f"{self.years}Y" if self.years else "")
            + (f"{self.months}M" if self.months else "")
            + (f"{self.days}D" if self.days else "")
        )

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, Period) and (other.years, other.months, other.days) == (
            self.years,
            self.months,
            self.days,
        )

    def groovy_hash_code(self) -> int:
        return _int32(self.years + _rotate_left(self.months, 8) + _rotate_left(self.days, 16))

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash((self.years, self.months, self.days))


def as_period(value: object) -> Period:
    if isinstance(value, Period):
        return value
    raise NoSignature


def period_between(start: tuple[int, int, int], end: tuple[int, int, int]) -> Period:
    """LocalDate.until(end) as a Period (Java's algorithm)."""
    total_months = (end[0] * 12 + end[1]) - (start[0] * 12 + start[1])
    days = end[2] - start[2]
    if total_months > 0 and days < 0:
        total_months -= 1
        y, m, d = cm.add_months(*start, total_months)
        days = cm.epoch_day(*end) - cm.epoch_day(y, m, d)
    elif total_months < 0 and days > 0:
        total_months += 1
        days -= cm.month_length(end[0], end[1])
    return Period(java_div(total_months, 12), java_rem(total_months, 12), days)


def _period_of(*args: object) -> Period:
    arity(args, 3)
    return Period(*(as_int(a) for a in args))


def _period_single(factor: int, position: int):
    def method(*args: object) -> Period:
        arity(args, 1)
        values = [0, 0, 0]
        values[position] = as_int(args[0]) * factor
        return Period(*values)

    return method


def _per(self: object) -> Period:
    return as_period(self)


def _period_plus(sign: int, position: int | None):
    def method(self: object, *args: object) -> Period:
        arity(args, 1)
        p = _per(self)
        values = [p.years, p.months, p.days]
        if position is None:
            other = as_period(args[0])
            delta = [other.years, other.months, other.days]
        else:
            delta = [0, 0, 0]
            delta[position] = as_long(args[0])
        return Period(*(v + sign * d for v, d in zip(values, delta)))

    return method


PERIOD_METHODS = {
    "getYears": lambda self, *args: arity(args, 0) or _per(self).years,
    "getMonths": lambda self, *args: arity(args, 0) or _per(self).months,
    "getDays": lambda self, *args: arity(args, 0) or _per(self).days,
    "toTotalMonths": lambda self, *args: (
        arity(args, 0) or Long(_per(self).years * 12 + _per(self).months)
    ),
    "isZero": lambda self, *args: (
        arity(args, 0) or not (_per(self).years or _per(self).months or _per(self).days)
    ),
    "isNegative": lambda self, *args: (
        arity(args, 0) or min(_per(self).years, _per(self).months, _per(self).days) < 0
    ),
    "plus": _period_plus(1, None),
    "minus": _period_plus(-1, None),
    "plusYears": _period_plus(1, 0),
    "plusMonths": _period_plus(1, 1),
    "plusDays": _period_plus(1, 2),
    "minusYears": _period_plus(-1, 0),
    "minusMonths": _period_plus(-1, 1),
    "minusDays": _period_plus(-1, 2),
    "negated": lambda self, *args: (
        arity(args, 0) or Period(-_per(self).years, -_per(self).months, -_per(self).days)
    ),
}


METHODS = {
    "Duration": DURATION_METHODS,
    "Period": PERIOD_METHODS,
}

STATIC_METHODS = {
    "java.time.Duration": {
        "ofDays": _duration_of(86400 * NANOS_PER_SECOND),
        "ofHours": _duration_of(3600 * NANOS_PER_SECOND),
        "ofMinutes": _duration_of(60 * NANOS_PER_SECOND),
        "ofSeconds": _duration_of_seconds,
        "ofMillis": _duration_of(1_000_000),
        "ofNanos": _duration_of(1),
        "of": _duration_of_unit,
        # between is registered by zoned.py: it measures between any two temporals.
        "parse": _duration_parse,
    },
    "java.time.Period": {
        "of": _period_of,
        "ofYears": _period_single(1, 0),
        "ofMonths": _period_single(1, 1),
        "ofWeeks": _period_single(7, 2),
        "ofDays": _period_single(1, 2),
        # between is registered by local.py: it takes two LocalDates.
    },
}


STATIC_FIELDS = {
    "java.time.Duration": {"ZERO": Duration(0)},
    "java.time.Period": {"ZERO": Period(0, 0, 0)},
}
