"""java.time.zone.ZoneRules (`zoneId.rules`): a zone's offset, standard offset and daylight
saving at an instant, and the offsets valid at a local date-time (two in an autumn overlap,
none in a spring gap); with ZonedDateTime's `withEarlierOffsetAtOverlap` and
`withLaterOffsetAtOverlap`, which choose between an overlap's two offsets."""

from __future__ import annotations

from convoscript.lib.java_time.amount import Duration
from convoscript.lib.java_time.base import NANOS_PER_SECOND
from convoscript.lib.java_time.local import LocalDateTime, as_local_date_time
from convoscript.lib.java_time.zoned import ZonedDateTime, as_instant
from convoscript.lib.java_time.zoneids import JavaZoneId, make_offset, offset_id
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.door.signatures import NoSignature, arity

# Regions whose rules are one fixed offset (ZoneRules.isFixedOffset)
_FIXED_REGIONS = frozenset({"UTC", "GMT", "UT", "Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Zulu"})


class ZoneRules(JavaObject):
    __slots__ = ("zone",)
    java_class = "java.time.zone.ZoneRules"
    kinds = ("ZoneRules", "Object")
    supertypes = frozenset({"java.io.Serializable"})

    def __init__(self, zone: JavaZoneId):
        self.zone = zone

    def fixed(self) -> bool:
        return self.zone.offset is not None or self.zone.zone_id in _FIXED_REGIONS

    def dst_seconds(self, epoch_second: int) -> int:
        if self.zone.offset is not None:
            return 0
        return cm.dst_ms(self.zone.tz, epoch_second * 1000) // 1000

    def groovy_to_string(self) -> str:
        # Java names the standard offset of its last rule: the current one for today's zones
        if self.zone.offset is not None:
            return f"ZoneRules[currentStandardOffset={offset_id(self.zone.offset)}]"
        return f"ZoneRules[currentStandardOffset={offset_id(self._standard(0))}]"

    def _standard(self, epoch_second: int) -> int:
        return self.zone.offset_at(epoch_second) - self.dst_seconds(epoch_second)

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, ZoneRules) and other.zone == self.zone


def valid_offsets(ldt: LocalDateTime, zone: JavaZoneId) -> list[int]:
    """The offsets at which the local date-time exists in the zone, earlier instant first (so
    the larger offset first); empty in a gap."""
    if zone.offset is not None:
        return [zone.offset]
    local_s = ldt.date.epoch_day() * 86400 + ldt.time.nano_of_day // NANOS_PER_SECOND
    found: list[int] = []
    for later in (False, True):
        utc_ms = cm.local_to_utc(zone.tz, local_s * 1000, later=later)
        offset = cm.offset_ms(zone.tz, utc_ms) // 1000
        if local_s - offset == utc_ms // 1000 and offset not in found:
            found.append(offset)
    return sorted(found, reverse=True)


def _rules(self: object) -> ZoneRules:
    if isinstance(self, ZoneRules):
        return self
    raise NoSignature


def _get_offset(self: object, *args: object) -> JavaZoneId:
    arity(args, 1)
    rules = _rules(self)
    if isinstance(args[0], LocalDateTime):
        offsets = valid_offsets(args[0], rules.zone)
        if offsets:
            return make_offset(offsets[0])  # an overlap: the offset before the transition
        # a gap: the offset before it (an hour earlier)
        local_s = args[0].date.epoch_day() * 86400 + args[0].time.nano_of_day // NANOS_PER_SECOND
        return make_offset(rules.zone.offset_at(local_s - 86400))
    instant = as_instant(args[0])
    return make_offset(rules.zone.offset_at(instant.seconds))


def _instant_second(args: tuple) -> int:
    arity(args, 1)
    return as_instant(args[0]).seconds


def _standard_offset(self: object, *args: object) -> JavaZoneId:
    return make_offset(_rules(self)._standard(_instant_second(args)))


def _is_daylight_savings(self: object, *args: object) -> bool:
    rules = _rules(self)
    s = _instant_second(args)
    return rules.zone.offset_at(s) != rules._standard(s)


def _daylight_savings(self: object, *args: object) -> Duration:
    return Duration(_rules(self).dst_seconds(_instant_second(args)))


def _is_fixed(self: object, *args: object) -> bool:
    arity(args, 0)
    return _rules(self).fixed()


def _get_valid_offsets(self: object, *args: object) -> list:
    arity(args, 1)
    rules = _rules(self)
    offsets = valid_offsets(as_local_date_time(args[0]), rules.zone)
    return [make_offset(o) for o in offsets]  # as Java lists them: the earlier instant's first


def _is_valid_offset(self: object, *args: object) -> bool:
    arity(args, 2)
    rules = _rules(self)
    offset = args[1]
    if not (isinstance(offset, JavaZoneId) and offset.offset is not None):
        raise NoSignature
    return offset.offset in valid_offsets(as_local_date_time(args[0]), rules.zone)


def _zone_rules(self: object, *args: object) -> ZoneRules:
    arity(args, 0)
    if not isinstance(self, JavaZoneId):
        raise NoSignature
    return ZoneRules(self)


def _at_overlap(pick_earlier: bool):
    def method(self: object, *args: object) -> ZonedDateTime:
        arity(args, 0)
        if not isinstance(self, ZonedDateTime):
            raise NoSignature
        offsets = valid_offsets(self.ldt, self.zone)
        if len(offsets) != 2:
            return self
        offset = offsets[0] if pick_earlier else offsets[1]
        return self if offset == self.offset else ZonedDateTime(self.ldt, offset, self.zone)

    return method


METHODS = {
    "ZoneId": {"getRules": _zone_rules},
    "ZoneRules": {
        "getOffset": _get_offset,
        "getStandardOffset": _standard_offset,
        "isDaylightSavings": _is_daylight_savings,
        "getDaylightSavings": _daylight_savings,
        "isFixedOffset": _is_fixed,
        "getValidOffsets": _get_valid_offsets,
        "isValidOffset": _is_valid_offset,
    },
    "ZonedDateTime": {
        "withEarlierOffsetAtOverlap": _at_overlap(True),
        "withLaterOffsetAtOverlap": _at_overlap(False),
    },
}
