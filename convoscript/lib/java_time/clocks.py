"""java.time.Clock: the clocks a script may hand to `now(...)` — `Clock.fixed(instant, zone)`
(tests and replays), `Clock.systemUTC()`, `Clock.systemDefaultZone()`, `Clock.system(zone)` —
and their methods (`instant()`, `millis()`, `getZone()`, `withZone(zone)`).

A system clock reads the run's now (`zoneids.now_instant`), as `Instant.now()` does, never the
host's clock directly; a fixed clock is plain data. `Clock.offset` and `Clock.tick` are not
here: Groovy 2.4 cannot call them on JDK 17 (a VerifyError in InstantSource's static methods).
`LocalDate.now(clock)` and the other `now(Clock)` overloads read a clock through
`clock_now()` (local.py, zoned.py), so they need no import of this module.
"""

from __future__ import annotations

from convoscript.lib.java_time.base import long_result
from convoscript.lib.java_time.zoned import Instant, as_instant
from convoscript.lib.java_time.zoneids import (
    JavaZoneId,
    as_zone_id,
    default_zone_id,
    make_offset,
    now_instant,
)
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long


class Clock(JavaObject):
    """A java.time.Clock: fixed at an instant (`fixed`), or the run's now (`system*`)."""

    __slots__ = ("fixed", "zone")
    java_class = "java.time.Clock$SystemClock"
    kinds = ("Clock", "Object")
    supertypes = frozenset({"java.time.Clock", "java.time.InstantSource", "java.io.Serializable"})

    def __init__(self, zone: JavaZoneId, fixed: Instant | None = None):
        self.zone, self.fixed = zone, fixed

    def clock_now(self) -> tuple[JavaZoneId, int, int]:
        """(zone, epoch second, nano) of this clock's now: what `X.now(clock)` reads."""
        if self.fixed is not None:
            return self.zone, self.fixed.seconds, self.fixed.nanos
        return self.zone, *now_instant()

    def groovy_to_string(self) -> str:
        if self.fixed is not None:
            return f"FixedClock[{self.fixed.groovy_to_string()},{self.zone.groovy_to_string()}]"
        return f"SystemClock[{self.zone.groovy_to_string()}]"

    def groovy_equals(self, other: object) -> bool:
        return (
            isinstance(other, Clock)
            and other.zone.groovy_equals(self.zone)
            and (other.fixed is None) == (self.fixed is None)
            and (self.fixed is None or self.fixed.groovy_equals(other.fixed))
        )

    def groovy_hash_code(self) -> int:
        zone = self.zone.groovy_hash_code()
        if self.fixed is None:
            value = (zone + 1) & 0xFFFFFFFF
        else:
            value = (self.fixed.groovy_hash_code() ^ zone) & 0xFFFFFFFF
        return value - 0x100000000 if value & 0x80000000 else value


class FixedClock(Clock):
    __slots__ = ()
    java_class = "java.time.Clock$FixedClock"


def _clock(value: object) -> Clock:
    if isinstance(value, Clock):
        return value
    raise NoSignature


def _make(zone: JavaZoneId, fixed: Instant | None = None) -> Clock:
    return Clock(zone) if fixed is None else FixedClock(zone, fixed)


def _fixed(*args: object) -> Clock:
    arity(args, 2)
    if args[0] is None:  # Java's Objects.requireNonNull(fixedInstant, "fixedInstant")
        raise GroovyThrowable("NullPointerException", "fixedInstant")
    if args[1] is None:
        raise GroovyThrowable("NullPointerException", "zone")
    return FixedClock(as_zone_id(args[1]), as_instant(args[0]))


def _system(*args: object) -> Clock:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", "zone")
    return Clock(as_zone_id(args[0]))


def _system_utc(*args: object) -> Clock:
    arity(args, 0)
    return Clock(make_offset(0))


def _system_default_zone(*args: object) -> Clock:
    arity(args, 0)
    return Clock(default_zone_id())


def _instant(self: object, *args: object) -> Instant:
    arity(args, 0)
    _, seconds, nanos = _clock(self).clock_now()
    return Instant(seconds, nanos)


def _millis(self: object, *args: object) -> Long:
    """Instant.toEpochMilli of the clock's instant: a long, or ArithmeticException."""
    arity(args, 0)
    _, seconds, nanos = _clock(self).clock_now()
    return long_result(Instant(seconds, nanos).epoch_millis())


def _get_zone(self: object, *args: object) -> JavaZoneId:
    arity(args, 0)
    return _clock(self).zone


def _with_zone(self: object, *args: object) -> Clock:
    arity(args, 1)
    clock = _clock(self)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", "zone")
    zone = as_zone_id(args[0])
    if zone.groovy_equals(clock.zone):
        return clock  # Java returns the same clock
    return _make(zone, clock.fixed)


METHODS = {
    "Clock": {
        "instant": _instant,
        "millis": _millis,
        "getZone": _get_zone,
        "withZone": _with_zone,
    }
}
STATIC_METHODS = {
    "java.time.Clock": {
        "fixed": _fixed,
        "system": _system,
        "systemUTC": _system_utc,
        "systemDefaultZone": _system_default_zone,
    }
}
IMPORTABLE = {"java.time.Clock": "java.time.Clock"}
