"""Proleptic Gregorian calendar arithmetic on plain integers, and time-zone offsets.

Dates are epoch days (days since 1970-01-01) and instants are epoch milliseconds, as in Java, so
that nothing is limited to Python's `datetime` range (years 1..9999). Zone offsets come from a
`tzinfo` (IANA rules from `zoneinfo`, or a fixed offset); outside `datetime`'s range the offset
at the nearest representable instant is used.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

MS_PER_DAY = 86_400_000
_MIN_SECOND = -62_135_596_800 + 2 * 86_400  # 0001-01-03T00:00Z: keeps local times in range
_MAX_SECOND = 253_402_300_799 - 2 * 86_400  # 9999-12-29T23:59:59Z

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int) -> int:
    """Days in `month` (1..12) of `year`."""
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def epoch_day(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to year-month-day (month 1..12; day may be any integer)."""
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468 + (day - 1)


def civil(days: int) -> tuple[int, int, int]:
    """(year, month 1..12, day) of an epoch day."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


def iso_day_of_week(days: int) -> int:
    """1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday)."""
    return (days + 3) % 7 + 1


def day_of_year(year: int, month: int, day: int) -> int:
    return epoch_day(year, month, day) - epoch_day(year, 1, 1) + 1


def add_months(year: int, month: int, day: int, months: int) -> tuple[int, int, int]:
    """Add months, clamping the day to the new month's length (Java's plusMonths / add)."""
    total = year * 12 + (month - 1) + months
    y, m = total // 12, total % 12 + 1
    return y, m, min(day, month_length(y, m))


def split_millis(millis: int) -> tuple[int, int]:
    """(epoch day, millisecond of the day) of an epoch-millisecond count."""
    return millis // MS_PER_DAY, millis % MS_PER_DAY


# ---- zone offsets ------------------------------------------------------------------------------
def _utc_datetime(utc_ms: int) -> datetime:
    seconds = min(max(utc_ms // 1000, _MIN_SECOND), _MAX_SECOND)
    return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds)


def offset_ms(tz: tzinfo, utc_ms: int) -> int:
    """The zone's total offset from UTC at an instant, in milliseconds."""
    local = _utc_datetime(utc_ms).astimezone(tz)
    return _ms(local.utcoffset())


def dst_ms(tz: tzinfo, utc_ms: int) -> int:
    """The daylight-saving part of the offset at an instant (0 in standard time)."""
    local = _utc_datetime(utc_ms).astimezone(tz)
    return max(_ms(local.dst()), 0)


def _ms(delta: timedelta | None) -> int:
    if delta is None:
        return 0
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000


def local_to_utc(tz: tzinfo, local_ms: int, later: bool = False) -> int:
    """The instant of a local wall-clock time (`local_ms`: the wall time counted as if UTC).

    In a gap (spring forward) the time is read with the offset before the gap, so it moves
    forward; in an overlap the earlier instant is chosen, or the later one when `later`.
    """
    days, in_day = split_millis(local_ms)
    y, m, d = civil(days)
    if not 1 <= y <= 9999:
        return local_ms - offset_ms(tz, local_ms)
    naive = datetime(y, m, d) + timedelta(milliseconds=in_day)
    aware = naive.replace(tzinfo=tz, fold=1 if later else 0)
    return local_ms - _ms(aware.utcoffset())


def fixed_zone(seconds: int) -> tzinfo:
    return timezone(timedelta(seconds=seconds))
