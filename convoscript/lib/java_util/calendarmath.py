"""Proleptic Gregorian calendar arithmetic on plain integers, and time-zone offsets.

Dates are epoch days (days since 1970-01-01) and instants are epoch milliseconds, as in Java, so
that nothing is limited to Python's `datetime` range (years 1..9999). Zone offsets come from a
`tzinfo` (IANA rules from `zoneinfo`, or a fixed offset); outside `datetime`'s range the offset
at the nearest representable instant is used.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

MS_PER_DAY = 86_400_000
_MIN_SECOND = -62_135_596_800 + 2 * 86_400  # 0001-01-03T00:00Z: keeps local times in range
_MAX_SECOND = 253_402_300_799 - 2 * 86_400  # 9999-12-29T23:59:59Z

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
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


def _start_offset(day: int, local_dow: int, minimal: int) -> int:
    """Where the first week with `minimal` days starts, relative to day 1 of a month or year,
    given that day `day` has localized day of week `local_dow` (java.time's WeekFields)."""
    week_start = (day - local_dow) % 7
    return 7 - week_start if week_start + 1 > minimal else -week_start


def _week(offset: int, day: int) -> int:
    return (7 + offset + day - 1) // 7  # 0 before the first week


def localized_weeks(year: int, month: int, day: int, first: int, minimal: int) -> tuple:
    """(localized day of week, week of month, week of week-based year, week-based year) of a
    date under week rules `first` (1 = Sunday .. 7 = Saturday) and `minimal` days in the first
    week, as java.time's WeekFields and GregorianCalendar compute them."""
    ordinal = epoch_day(year, month, day)
    local_dow = (iso_day_of_week(ordinal) % 7 + 1 - first) % 7 + 1
    week_of_month = _week(_start_offset(day, local_dow, minimal), day)
    doy = day_of_year(year, month, day)
    offset = _start_offset(doy, local_dow, minimal)
    week = _week(offset, doy)
    week_year = year
    if week == 0:
        previous = civil(ordinal - doy)
        week = localized_weeks(*previous, first, minimal)[2]
        week_year = year - 1
    elif week > 50:
        year_length = 366 if is_leap(year) else 365
        new_year_week = _week(offset, year_length + minimal)
        if week >= new_year_week:
            week, week_year = week - new_year_week + 1, year + 1
    return local_dow, week_of_month, week, week_year


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
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)


def offset_ms(tz: tzinfo, utc_ms: int) -> int:
    """The zone's total offset from UTC at an instant, in milliseconds."""
    local = _utc_datetime(utc_ms).astimezone(tz)
    return _ms(local.utcoffset())


def dst_ms(tz: tzinfo, utc_ms: int) -> int:
    """The daylight-saving part of the offset at an instant as the IANA data has it (0 in
    standard time; negative in the winter of zones such as Europe/Dublin)."""
    local = _utc_datetime(utc_ms).astimezone(tz)
    return _ms(local.dst())


def _ms(delta: timedelta | None) -> int:
    if delta is None:
        return 0
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000


def local_to_utc(tz: tzinfo, local_ms: int, later: bool = False) -> int:
    """The instant of a local wall-clock time (`local_ms`: the wall time counted as if UTC).

    In a gap (spring forward) the time is read with the offset before the gap, so it moves
    forward (java.time and java.util.Calendar agree); in an overlap the earlier instant is
    chosen (java.time), or the later one when `later` (java.util.Calendar).
    """
    days, in_day = split_millis(local_ms)
    y, m, d = civil(days)
    if not 2 <= y <= 9998:
        return local_ms - offset_ms(tz, local_ms)
    naive = datetime(y, m, d) + timedelta(milliseconds=in_day)
    first = local_ms - _ms(naive.replace(tzinfo=tz, fold=0).utcoffset())
    if later:
        second = local_ms - _ms(naive.replace(tzinfo=tz, fold=1).utcoffset())
        if second != first and second + offset_ms(tz, second) == local_ms:
            return second
    return first


def fixed_zone(seconds: int) -> tzinfo:
    return timezone(timedelta(seconds=seconds))


# ---- calendar fields (java.util.Calendar in Locale.US: weeks start on Sunday) -------------------
class Fields:
    """The calendar fields of an instant in a zone (month 1..12; `dow` 1 = Sunday .. 7)."""

    __slots__ = (
        "day",
        "dow",
        "doy",
        "epoch_day",
        "hour",
        "millis",
        "minute",
        "month",
        "offset",
        "second",
        "year",
    )

    def __init__(self, local_ms: int, offset: int):
        self.offset = offset
        self.epoch_day, in_day = split_millis(local_ms)
        self.year, self.month, self.day = civil(self.epoch_day)
        self.hour, rest = divmod(in_day, 3_600_000)
        self.minute, rest = divmod(rest, 60_000)
        self.second, self.millis = divmod(rest, 1000)
        self.dow = iso_day_of_week(self.epoch_day) % 7 + 1
        self.doy = self.epoch_day - epoch_day(self.year, 1, 1) + 1

    @property
    def week_of_year(self) -> int:
        jan1 = epoch_day(self.year, 1, 1)
        lead = iso_day_of_week(jan1) % 7  # days of week 1 before Jan 1 (0 if Sunday)
        week = (self.doy - 1 + lead) // 7 + 1
        if self.month == 12:
            next_jan1 = epoch_day(self.year + 1, 1, 1)
            if self.epoch_day >= next_jan1 - iso_day_of_week(next_jan1) % 7:
                return 1
        return week

    @property
    def week_year(self) -> int:
        return self.year + 1 if self.month == 12 and self.week_of_year == 1 else self.year

    @property
    def week_of_month(self) -> int:
        lead = iso_day_of_week(epoch_day(self.year, self.month, 1)) % 7
        return (self.day - 1 + lead) // 7 + 1

    @property
    def dow_in_month(self) -> int:
        return (self.day - 1) // 7 + 1


def fields_at(utc_ms: int, tz: tzinfo) -> Fields:
    offset = offset_ms(tz, utc_ms)
    return Fields(utc_ms + offset, offset)


def local_millis(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    millis: int = 0,
) -> int:
    """Wall-clock milliseconds (counted as if UTC) of lenient fields: any field may overflow."""
    total_months = year * 12 + (month - 1)
    y, m = total_months // 12, total_months % 12 + 1
    days = epoch_day(y, m, 1) + (day - 1)
    return days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis
