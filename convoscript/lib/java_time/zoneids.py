"""java.time.ZoneId and ZoneOffset: resolving a zone ID as ZoneId.of does (offsets, UTC/GMT
prefixes, IANA regions), and the run's default zone and clock as java.time reads them.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo

from convoscript.lib.java_time.base import date_time_error
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util import zonerules
from convoscript.lib.java_util.zonenames import ZONE_NAMES
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.hashing import string_hash
from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.model import runcontext
from convoscript.runtime.model.exceptions import GroovyThrowable

_REGION = re.compile(r"[A-Za-z][A-Za-z0-9~/._+-]+$")
_TZDB = frozenset(ZONE_NAMES) - frozenset(zonerules.SHORT_IDS) - {"EST", "MST", "HST"}


# ---- ZoneId and ZoneOffset ---------------------------------------------------------------------
def offset_id(seconds: int) -> str:
    if seconds == 0:
        return "Z"
    sign = "-" if seconds < 0 else "+"
    total = abs(seconds)
    text = f"{sign}{total // 3600:02d}:{total // 60 % 60:02d}"
    return text + (f":{total % 60:02d}" if total % 60 else "")


class JavaZoneId(JavaObject):
    """java.time.ZoneId: a ZoneRegion (IANA rules) or, as the subclass, a ZoneOffset."""

    __slots__ = ("is_offset", "offset", "tz", "zone_id")
    java_class = "java.time.ZoneRegion"
    kinds: tuple[str, ...] = ("ZoneId", "Object")
    supertypes = frozenset({"java.time.ZoneId"})

    def __init__(self, zone_id: str, tz: tzinfo, offset: int | None = None):
        self.zone_id, self.tz = zone_id, tz
        self.is_offset = offset is not None
        self.offset = offset

    def offset_at(self, epoch_second: int) -> int:
        if self.offset is not None:
            return self.offset
        return cm.offset_ms(self.tz, epoch_second * 1000) // 1000

    def groovy_to_string(self) -> str:
        return self.zone_id

    def groovy_equals(self, other: object) -> bool:
        return (
            isinstance(other, JavaZoneId)
            and other.zone_id == self.zone_id
            and other.is_offset == self.is_offset
        )

    def groovy_hash_code(self) -> int:

        return self.offset if self.offset is not None else string_hash(self.zone_id)

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash((self.zone_id, self.is_offset))


class ZoneOffset(JavaZoneId):
    __slots__ = ()
    java_class = "java.time.ZoneOffset"
    kinds = ("ZoneOffset", "ZoneId", "Object")
    supertypes = frozenset(
        {
            "java.time.ZoneId",
            "java.time.temporal.TemporalAccessor",
            "java.time.temporal.TemporalAdjuster",
            "java.lang.Comparable",
            "java.io.Serializable",
        }
    )


def make_offset(seconds: int) -> JavaZoneId:
    if abs(seconds) > 18 * 3600:
        raise date_time_error("Zone offset not in valid range: -18:00 to +18:00")
    return ZoneOffset(offset_id(seconds), cm.fixed_zone(seconds), seconds)


def parse_offset(text: str) -> JavaZoneId:
    """ZoneOffset.of(id): Z, +h, +hh, +hh:mm, +hhmm, +hh:mm:ss, +hhmmss, with Java's checks and
    messages (in Java's order)."""
    if text == "Z":
        return make_offset(0)
    if len(text) == 2:
        text = text[0] + "0" + text[1]
    layouts = {3: (1, None, None), 5: (1, 3, None), 6: (1, 4, None), 7: (1, 3, 5), 9: (1, 4, 7)}
    if len(text) not in layouts:
        raise date_time_error(f"Invalid ID for ZoneOffset, invalid format: {text}")
    colons = {6: (False, True, False), 9: (False, True, True)}.get(len(text), (False,) * 3)
    parts = [
        0 if pos is None else _offset_number(text, pos, colon)
        for pos, colon in zip(layouts[len(text)], colons)
    ]
    if text[0] not in "+-":
        raise date_time_error(
            f"Invalid ID for ZoneOffset, plus/minus not found when expected: {text}"
        )
    sign = -1 if text[0] == "-" else 1
    hours, minutes, seconds = (sign * p for p in parts)
    check_offset_parts(hours, minutes, seconds)
    return make_offset(hours * 3600 + minutes * 60 + seconds)


def _offset_number(text: str, pos: int, colon: bool) -> int:
    if colon and text[pos - 1] != ":":
        raise date_time_error(f"Invalid ID for ZoneOffset, colon not found when expected: {text}")
    digits = text[pos : pos + 2]
    if not (digits.isascii() and digits.isdigit()):
        raise date_time_error(f"Invalid ID for ZoneOffset, non numeric characters found: {text}")
    return int(digits)


def check_offset_parts(hours: int, minutes: int, seconds: int) -> None:
    """ZoneOffset's validation of hours, minutes and seconds, with Java's messages."""

    def fail(message: str) -> GroovyThrowable:
        return date_time_error("Zone offset " + message)

    if not -18 <= hours <= 18:
        raise fail(f"hours not in valid range: value {hours} is not in the range -18 to 18")
    if hours > 0 and (minutes < 0 or seconds < 0):
        raise fail("minutes and seconds must be positive because hours is positive")
    if hours < 0 and (minutes > 0 or seconds > 0):
        raise fail("minutes and seconds must be negative because hours is negative")
    if hours == 0 and ((minutes > 0 > seconds) or (minutes < 0 < seconds)):
        raise fail("minutes and seconds must have the same sign")
    for name, value in (("minutes", minutes), ("seconds", seconds)):
        if not -59 <= value <= 59:
            raise fail(f"{name} not in valid range: value {value} is not in the range -59 to 59")
    if abs(hours) == 18 and (minutes or seconds):
        raise fail("not in valid range: -18:00 to +18:00")


def zone_id_of(text: str) -> JavaZoneId:
    """ZoneId.of(id): offsets, UTC/GMT/UT with an optional offset, or an IANA region (Java's
    order of tests and its messages)."""
    if len(text) <= 1 or text.startswith(("+", "-")):
        return parse_offset(text)
    for prefix in ("UTC", "GMT", "UT"):
        if not text.startswith(prefix):
            continue
        if text == prefix:
            return JavaZoneId(text, cm.fixed_zone(0))
        if text[len(prefix)] not in "+-":
            break  # a region ID such as "UTCx" or "GMT0"
        try:
            offset = parse_offset(text[len(prefix) :])
        except GroovyThrowable:
            raise date_time_error(f"Invalid ID for offset-based ZoneId: {text}") from None
        if offset.offset == 0:
            return JavaZoneId(prefix, cm.fixed_zone(0))
        return JavaZoneId(prefix + offset.zone_id, offset.tz)
    if not _REGION.match(text):
        raise date_time_error(f"Invalid ID for region-based ZoneId, invalid format: {text}")
    if text not in _TZDB:
        raise date_time_error(f"Unknown time-zone ID: {text}", "ZoneRulesException")
    return JavaZoneId(text, zonerules.rules(text))


def as_zone_id(value: object) -> JavaZoneId:
    if isinstance(value, JavaZoneId):
        return value
    raise NoSignature


def default_zone_id() -> JavaZoneId:
    return zone_id_of(runcontext.default_zone())


def now_instant() -> tuple[int, int]:
    """(epoch second, nano) of the run's now (`runcontext.now()`), never the host clock."""
    delta = runcontext.now() - datetime(1970, 1, 1, tzinfo=UTC)
    return delta.days * 86400 + delta.seconds, delta.microseconds * 1000
