"""Time zones as Java names them: the rules of a zone ID (`zoneinfo`, the IANA database),
`TimeZone.getTimeZone(id)` resolution, display names (`EST`, `Central European Standard Time`),
offsets, the java.util.TimeZone value, and the run's now in epoch milliseconds.

The names come from `zonenames` (Java's own). The default zone is the run's
(`runcontext.default_zone()`), never the host's.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util.zonenames import ZONE_NAMES
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.hashing import string_hash
from convoscript.runtime.door.signatures import NoSignature
from convoscript.runtime.model import runcontext

# java.time.ZoneId.SHORT_IDS: the old three-letter IDs TimeZone still accepts.
SHORT_IDS = {
    "ACT": "Australia/Darwin",
    "AET": "Australia/Sydney",
    "AGT": "America/Argentina/Buenos_Aires",
    "ART": "Africa/Cairo",
    "AST": "America/Anchorage",
    "BET": "America/Sao_Paulo",
    "BST": "Asia/Dhaka",
    "CAT": "Africa/Harare",
    "CNT": "America/St_Johns",
    "CST": "America/Chicago",
    "CTT": "Asia/Shanghai",
    "EAT": "Africa/Addis_Ababa",
    "ECT": "Europe/Paris",
    "EST": "-05:00",
    "HST": "-10:00",
    "IET": "America/Indiana/Indianapolis",
    "IST": "Asia/Kolkata",
    "JST": "Asia/Tokyo",
    "MIT": "Pacific/Apia",
    "MST": "-07:00",
    "NET": "Asia/Yerevan",
    "NST": "Pacific/Auckland",
    "PLT": "Asia/Karachi",
    "PNT": "America/Phoenix",
    "PRT": "America/Puerto_Rico",
    "PST": "America/Los_Angeles",
    "SST": "Pacific/Guadalcanal",
    "VST": "Asia/Ho_Chi_Minh",
}
# Zones whose IANA data uses a negative DST (Java's tzdb keeps the positive "rearguard" form).
_NEGATIVE_DST = frozenset({"Europe/Dublin", "Eire", "Africa/Casablanca", "Africa/El_Aaiun"})
_CUSTOM = re.compile(r"GMT([+-])(\d{1,2})(?::?(\d{2}))?$")


def rules(zone_id: str) -> tzinfo:
    """The rules of a Java zone ID known to `ZONE_NAMES` (or a SHORT_IDS alias)."""
    target = SHORT_IDS.get(zone_id, zone_id) if zone_id not in ("EST", "MST", "HST") else zone_id
    return ZoneInfo(target)


# ---- TimeZone.getTimeZone ----------------------------------------------------------------------
def timezone_for(zone_id: str) -> tuple[str, tzinfo]:
    """java.util.TimeZone.getTimeZone(id): known IDs, custom `GMT+hh:mm`, else GMT."""
    if zone_id in ZONE_NAMES:
        return zone_id, rules(zone_id)
    m = _CUSTOM.match(zone_id)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours <= 23 and minutes <= 59:
            sign = -1 if m.group(1) == "-" else 1
            return (
                f"GMT{m.group(1)}{hours:02d}:{minutes:02d}",
                cm.fixed_zone(sign * (hours * 3600 + minutes * 60)),
            )
    return "GMT", ZoneInfo("GMT")


def default_timezone() -> tuple[str, tzinfo]:
    return timezone_for(runcontext.default_zone())


# ---- names and offsets --------------------------------------------------------------------------
def split_offset(zone_id: str, tz: tzinfo, utc_ms: int) -> tuple[int, int]:
    """(raw offset, daylight saving) in ms at an instant, as Java's TimeZone reports them."""
    total = cm.offset_ms(tz, utc_ms)
    dst = cm.dst_ms(tz, utc_ms)
    if zone_id in _NEGATIVE_DST and utc_ms >= 31_536_000_000:  # since 1971
        dst = 0 if dst < 0 else 3_600_000
    dst = max(dst, 0)
    return total - dst, dst


def display_name(zone_id: str, daylight: bool, long: bool) -> str:
    names = ZONE_NAMES.get(zone_id)
    if names is None:  # a custom zone (GMT+05:30) is named by its ID
        return zone_id
    return names[(2 if long else 0) + (1 if daylight else 0)]


def zone_name_at(zone_id: str, tz: tzinfo, utc_ms: int, long: bool) -> str:
    """The `z`/`zzzz` text of a zone at an instant (daylight name in summer time)."""
    if zone_id not in ZONE_NAMES:
        return gmt_text(cm.offset_ms(tz, utc_ms)) if not zone_id.startswith("GMT") else zone_id
    return display_name(zone_id, split_offset(zone_id, tz, utc_ms)[1] != 0, long)


def gmt_text(offset: int) -> str:
    sign = "-" if offset < 0 else "+"
    minutes = abs(offset) // 60000
    return f"GMT{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def offset_hhmm(
    offset: int,
    colon: bool = False,
    zulu: bool = False,
    seconds: bool = False,
    minutes: str = "always",
) -> str:
    """+hhmm, +hh:mm (colon), Z for zero (zulu); minutes "always", "nonzero" or "never"."""
    if zulu and offset == 0:
        return "Z"
    sign = "-" if offset < 0 else "+"
    total = abs(offset) // 1000
    h, m, s = total // 3600, total // 60 % 60, total % 60
    sep = ":" if colon else ""
    text = f"{sign}{h:02d}"
    if minutes == "always" or (minutes == "nonzero" and (m or s)):
        text += f"{sep}{m:02d}"
        if seconds and s:
            text += f"{sep}{s:02d}"
    return text


# ---- java.util.TimeZone ----------------------------------------------------------------------------
class JavaTimeZone(JavaObject):
    """java.util.TimeZone (a sun.util.calendar.ZoneInfo for named zones)."""

    __slots__ = ("tz", "zone_id")
    java_class = "sun.util.calendar.ZoneInfo"
    kinds = ("TimeZone", "Object")
    supertypes = frozenset({"java.util.TimeZone"})

    def __init__(self, zone_id: str, tz: tzinfo):
        self.zone_id = zone_id
        self.tz = tz

    def groovy_to_string(self) -> str:
        raw, _ = split_offset(self.zone_id, self.tz, 0)
        return (
            f'sun.util.calendar.ZoneInfo[id="{self.zone_id}",offset={raw},dstSavings=0,'
            f"useDaylight=false,transitions=0,lastRule=null]"
        )

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, JavaTimeZone) and other.zone_id == self.zone_id

    def groovy_hash_code(self) -> int:

        return string_hash(self.zone_id)

    def __eq__(self, other: object) -> bool:
        return self.groovy_equals(other)

    def __hash__(self) -> int:
        return hash(("TimeZone", self.zone_id))


def make_timezone(zone_id: str) -> JavaTimeZone:
    return JavaTimeZone(*timezone_for(zone_id))


def as_timezone(value: object) -> JavaTimeZone:
    if isinstance(value, JavaTimeZone):
        return value
    raise NoSignature


def now_millis() -> int:
    """The run's now (`runcontext.now()`) in epoch milliseconds."""
    delta = runcontext.now() - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
