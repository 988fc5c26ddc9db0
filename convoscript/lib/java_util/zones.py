"""java.util.TimeZone's methods and statics: getTimeZone(id or ZoneId), getDefault, names,
offsets, daylight saving and toZoneId, over the zone rules of `zonerules`.
"""

from __future__ import annotations

from convoscript.lib.java_time.zoneids import JavaZoneId, zone_id_of
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util.dates import as_date
from convoscript.lib.java_util.locale import text_locale
from convoscript.lib.java_util.zonenames import ZONE_NAMES
from convoscript.lib.java_util.zonerules import (
    SHORT_IDS,
    JavaTimeZone,
    as_timezone,
    default_timezone,
    display_name,
    make_timezone,
    now_millis,
    split_offset,
)
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Long


def _tz(self: object) -> JavaTimeZone:
    return as_timezone(self)


def tz_get_id(self: object, *args: object) -> str:
    arity(args, 0)
    return _tz(self).zone_id


def tz_display_name(self: object, *args: object) -> str:
    """getDisplayName(), getDisplayName(Locale), getDisplayName(daylight, style[, Locale])."""
    zone = _tz(self)
    if len(args) <= 1:
        if args:
            text_locale(args[0])
        return display_name(zone.zone_id, False, True)
    arity(args, 2, 3)
    if type(args[0]) is not bool or type(args[1]) is not int:
        raise NoSignature
    if args[1] not in (0, 1):
        raise GroovyThrowable("IllegalArgumentException", f"Illegal style: {args[1]}")
    if len(args) == 3:
        text_locale(args[2])
    return display_name(zone.zone_id, args[0], args[1] == 1)  # type: ignore[arg-type]


def tz_raw_offset(self: object, *args: object) -> int:
    arity(args, 0)
    zone = _tz(self)
    return split_offset(zone.zone_id, zone.tz, now_millis())[0]


def tz_offset(self: object, *args: object) -> int:
    arity(args, 1)

    if type(args[0]) not in (int, Long):
        raise NoSignature
    zone = _tz(self)
    return cm.offset_ms(zone.tz, int(args[0]))  # type: ignore[call-overload]


def tz_in_daylight(self: object, *args: object) -> bool:
    arity(args, 1)
    zone = _tz(self)
    return split_offset(zone.zone_id, zone.tz, as_date(args[0]).millis)[1] != 0


def tz_dst_savings(self: object, *args: object) -> int:
    arity(args, 0)
    zone = _tz(self)
    now = now_millis()
    return max(split_offset(zone.zone_id, zone.tz, now + k * 2_629_800_000)[1] for k in range(12))


def tz_use_daylight(self: object, *args: object) -> bool:
    return tz_dst_savings(self, *args) != 0


def tz_to_zone_id(self: object, *args: object) -> object:
    arity(args, 0)
    zone_id = _tz(self).zone_id
    return zone_id_of(SHORT_IDS.get(zone_id, zone_id))


def get_timezone(*args: object) -> JavaTimeZone:
    """TimeZone.getTimeZone(String) / getTimeZone(ZoneId)."""
    arity(args, 1)
    if isinstance(args[0], JavaZoneId):
        zid = args[0].zone_id
        name = "UTC" if zid == "Z" else ("GMT" + zid if zid[0] in "+-" else zid)
        return make_timezone(name)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    return make_timezone(as_str(args[0]))


def get_default(*args: object) -> JavaTimeZone:
    arity(args, 0)
    return JavaTimeZone(*default_timezone())


def available_ids(*args: object) -> object:
    arity(args, 0)
    return make_array("String", sorted(ZONE_NAMES))


METHODS = {
    "TimeZone": {
        "getID": tz_get_id,
        "getDisplayName": tz_display_name,
        "getRawOffset": tz_raw_offset,
        "getOffset": tz_offset,
        "inDaylightTime": tz_in_daylight,
        "getDSTSavings": tz_dst_savings,
        "useDaylightTime": tz_use_daylight,
        "observesDaylightTime": tz_use_daylight,
        "toZoneId": tz_to_zone_id,
    },
}

STATIC_METHODS = {
    "java.util.TimeZone": {
        "getTimeZone": get_timezone,
        "getDefault": get_default,
        "getAvailableIDs": available_ids,
    },
}

STATIC_FIELDS = {"java.util.TimeZone": {"SHORT": 0, "LONG": 1}}
