"""java.util.GregorianCalendar's state (Locale.US: weeks start on Sunday, week 1 holds
January 1st) and Java's lazy, lenient field arithmetic.

`set` only records fields; they are resolved (Feb 31 becomes Mar 2) on the next read, so
`set(MONTH, 1); set(DAY_OF_MONTH, 1)` gives February 1st as in Java.
"""

from __future__ import annotations

from datetime import tzinfo

from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util import zonerules
from convoscript.lib.javaobject import JavaObject, compare_error
from convoscript.runtime.core.hashing import long_hash
from convoscript.runtime.core.text import as_java_string
from convoscript.runtime.model.exceptions import GroovyThrowable

FIELD_NAMES = (
    "ERA",
    "YEAR",
    "MONTH",
    "WEEK_OF_YEAR",
    "WEEK_OF_MONTH",
    "DAY_OF_MONTH",
    "DAY_OF_YEAR",
    "DAY_OF_WEEK",
    "DAY_OF_WEEK_IN_MONTH",
    "AM_PM",
    "HOUR",
    "HOUR_OF_DAY",
    "MINUTE",
    "SECOND",
    "MILLISECOND",
    "ZONE_OFFSET",
    "DST_OFFSET",
)
(
    ERA,
    YEAR,
    MONTH,
    WEEK_OF_YEAR,
    WEEK_OF_MONTH,
    DATE,
    DAY_OF_YEAR,
    DAY_OF_WEEK,
    DAY_OF_WEEK_IN_MONTH,
    AM_PM,
    HOUR,
    HOUR_OF_DAY,
    MINUTE,
    SECOND,
    MILLISECOND,
    ZONE_OFFSET,
    DST_OFFSET,
) = range(17)
_ABSOLUTE_MS = {
    HOUR: 3_600_000,
    HOUR_OF_DAY: 3_600_000,
    MINUTE: 60_000,
    SECOND: 1000,
    MILLISECOND: 1,
    AM_PM: 43_200_000,
}
MAXIMUM = {
    ERA: 1,
    MONTH: 11,
    WEEK_OF_MONTH: 6,
    DAY_OF_WEEK: 7,
    DAY_OF_WEEK_IN_MONTH: 6,
    AM_PM: 1,
    HOUR: 11,
    HOUR_OF_DAY: 23,
    MINUTE: 59,
    SECOND: 59,
    MILLISECOND: 999,
}
_PROPERTY_FIELDS = {
    "year": YEAR,
    "month": MONTH,
    "date": DATE,
    "dayOfMonth": DATE,
    "hourOfDay": HOUR_OF_DAY,
    "minute": MINUTE,
    "second": SECOND,
}


UNSET, COMPUTED, FIRST_SET = 0, 1, 2
# the field values of a cleared calendar (1970-01-01, a Thursday)
_CLEARED = (1, 1970, 0, 1, 1, 1, 1, 5, 1, 0, 0, 0, 0, 0, 0, 0, 0)


def _check_field(field: int) -> None:
    if not 0 <= field < 17:
        raise GroovyThrowable(
            "ArrayIndexOutOfBoundsException", f"Index {field} out of bounds for length 17"
        )


def _aggregate(a: int, b: int) -> int:
    return UNSET if a == UNSET or b == UNSET else max(a, b)


def _select_fields(st: list[int]) -> set[int]:
    """Which fields decide the date and time (java.util.Calendar.selectFields)."""
    dow, dom = st[DAY_OF_WEEK], st[DATE]
    wom = _aggregate(st[WEEK_OF_MONTH], dow)
    dowim = _aggregate(st[DAY_OF_WEEK_IN_MONTH], dow)
    doy = st[DAY_OF_YEAR]
    woy = _aggregate(st[WEEK_OF_YEAR], dow)
    best = max(dom, wom, dowim, doy, woy)
    if best == UNSET:
        wom, dowim, woy = st[WEEK_OF_MONTH], max(st[DAY_OF_WEEK_IN_MONTH], dow), st[WEEK_OF_YEAR]
        best = max(wom, dowim, woy)
        if best == UNSET:
            best = dom = st[MONTH]
    mask = {YEAR}
    if (
        best == dom
        or (best == wom and st[WEEK_OF_MONTH] >= st[WEEK_OF_YEAR])
        or (best == dowim and st[DAY_OF_WEEK_IN_MONTH] >= st[WEEK_OF_YEAR])
    ):
        mask.add(MONTH)
        if best == dom:
            mask.add(DATE)
        else:
            if dow != UNSET:
                mask.add(DAY_OF_WEEK)
            if wom == dowim:
                mask.add(
                    WEEK_OF_MONTH
                    if st[WEEK_OF_MONTH] >= st[DAY_OF_WEEK_IN_MONTH]
                    else DAY_OF_WEEK_IN_MONTH
                )
            elif best == wom:
                mask.add(WEEK_OF_MONTH)
            elif st[DAY_OF_WEEK_IN_MONTH] != UNSET:
                mask.add(DAY_OF_WEEK_IN_MONTH)
    elif best == doy:
        mask.add(DAY_OF_YEAR)
    else:
        if dow != UNSET:
            mask.add(DAY_OF_WEEK)
        mask.add(WEEK_OF_YEAR)
    hour_of_day = st[HOUR_OF_DAY]
    hour = _aggregate(st[HOUR], st[AM_PM])
    best = max(hour, hour_of_day)
    if best == UNSET:
        best = max(st[HOUR], st[AM_PM])
    if best != UNSET:
        if best == hour_of_day:
            mask.add(HOUR_OF_DAY)
        else:
            mask.add(HOUR)
            if st[AM_PM] != UNSET:
                mask.add(AM_PM)
    return mask


def _first_week_start(first_day: int, weeks: tuple[int, int]) -> int:
    """The epoch day the first week of a month or year (starting at epoch day `first_day`)
    starts on, under week rules (first day of week, minimal days)."""
    week_start = _on_or_before(first_day + 6, weeks[0])
    if week_start - first_day >= weeks[1]:
        week_start -= 7
    return week_start


def _on_or_before(day: int, dow: int) -> int:
    """The epoch day of weekday `dow` (1 = Sunday) on or before `day`."""
    return day - (cm.iso_day_of_week(day) % 7 + 1 - dow) % 7


def _fixed_day(
    v: list[int], st: list[int], mask: set[int], year: int, weeks: tuple[int, int] = (1, 1)
) -> int:
    """The epoch day of the date fields (GregorianCalendar.getFixedDate) under the calendar's
    week rules (first day of week, minimal days in the first week)."""
    month = v[MONTH] if MONTH in mask else 0
    first = cm.local_millis(year, month + 1, 1) // cm.MS_PER_DAY
    if MONTH in mask:
        if DATE in mask:
            return first + (v[DATE] - 1 if st[DATE] != UNSET else 0)
        if WEEK_OF_MONTH in mask:
            week_start = _first_week_start(first, weeks)
            if DAY_OF_WEEK in mask:
                week_start = _on_or_before(week_start + 6, v[DAY_OF_WEEK])
            return week_start + 7 * (v[WEEK_OF_MONTH] - 1)
        dow = v[DAY_OF_WEEK] if DAY_OF_WEEK in mask else 1
        dowim = v[DAY_OF_WEEK_IN_MONTH] if DAY_OF_WEEK_IN_MONTH in mask else 1
        if dowim >= 0:
            return _on_or_before(first + 7 * dowim - 1, dow)
        last = first + cm.month_length(*cm.civil(first)[:2]) - 1
        return _on_or_before(last + 7 * (dowim + 1), dow)
    if DAY_OF_YEAR in mask:
        return first + v[DAY_OF_YEAR] - 1
    week_start = _first_week_start(first, weeks)
    if DAY_OF_WEEK in mask and v[DAY_OF_WEEK] != weeks[0]:
        week_start = _on_or_before(week_start + 6, v[DAY_OF_WEEK])
    return week_start + 7 * (v[WEEK_OF_YEAR] - 1)


def field_by_property(key: object) -> int | None:
    """The Calendar field of a `date.set(year: ..)` key (a name or a field number)."""
    if type(key) is int:
        return key  # type: ignore[return-value]

    text = as_java_string(key)
    return _PROPERTY_FIELDS.get(text) if text is not None else None


class JavaCalendar(JavaObject):
    """java.util.GregorianCalendar: an instant, a zone, and pending (unresolved) field sets."""

    __slots__ = ("lenient", "millis", "next_stamp", "pending", "stamps", "tz", "weeks", "zone_id")
    java_class = "java.util.GregorianCalendar"
    kinds = ("GregorianCalendar", "Calendar", "Object")
    supertypes = frozenset(
        {
            "java.util.Calendar",
            "java.lang.Comparable",
            "java.lang.Cloneable",
            "java.io.Serializable",
        }
    )

    def __init__(self, millis: int, zone_id: str, tz: tzinfo):
        self.millis = millis
        self.zone_id = zone_id
        self.tz = tz
        self.lenient = True
        self.pending: list[int] | None = None  # field values while some are set but unresolved
        self.stamps: list[int] = [COMPUTED] * 17  # UNSET, COMPUTED, or the order of a set()
        self.next_stamp = FIRST_SET
        self.weeks = (1, 1)  # (first day of week, 1 = Sunday; minimal days in the first week)

    # ---- fields ------------------------------------------------------------------------------
    def all_fields(self) -> list[int]:
        if self.pending is not None:
            return self.pending
        f = cm.fields_at(self.millis, self.tz)
        raw, dst = zonerules.split_offset(self.zone_id, self.tz, self.millis)
        era, year = (1, f.year) if f.year > 0 else (0, 1 - f.year)
        if self.weeks == (1, 1):
            week_of_year, week_of_month = f.week_of_year, f.week_of_month
        else:
            _, week_of_month, week_of_year, _ = cm.localized_weeks(
                f.year, f.month, f.day, *self.weeks
            )
        return [
            era,
            year,
            f.month - 1,
            week_of_year,
            week_of_month,
            f.day,
            f.doy,
            f.dow,
            f.dow_in_month,
            f.hour // 12,
            f.hour % 12,
            f.hour,
            f.minute,
            f.second,
            f.millis,
            raw,
            dst,
        ]

    def get_field(self, field: int) -> int:
        _check_field(field)
        self.time_millis()
        return self.all_fields()[field]

    def set_field(self, field: int, value: int) -> None:
        _check_field(field)
        self.pending = self.all_fields()
        self.pending[field] = value
        self.stamps[field] = self.next_stamp
        self.next_stamp += 1

    def clear(self, field: int | None = None) -> None:
        """clear(): every field unset (the time becomes 1970-01-01 00:00 local); clear(f)."""
        if field is None:
            self.pending = list(_CLEARED)
            self.stamps = [UNSET] * 17
            return
        _check_field(field)
        self.pending = self.all_fields()
        self.pending[field] = _CLEARED[field]
        self.stamps[field] = UNSET

    def time_millis(self) -> int:
        """Resolve pending field sets (Java's computeTime) and give the instant."""
        if self.pending is None:
            return self.millis
        v, stamps = self.pending, self.stamps
        if not self.lenient:
            self._check_ranges(v)
        year = v[YEAR] if stamps[YEAR] != UNSET else 1970
        if stamps[ERA] != UNSET and v[ERA] == 0:
            year = 1 - year
        mask = _select_fields(stamps)
        day_ms = _fixed_day(v, stamps, mask, year, self.weeks) * cm.MS_PER_DAY
        if HOUR_OF_DAY in mask:
            hour = v[HOUR_OF_DAY]
        else:
            hour = v[HOUR] + (12 * v[AM_PM] if AM_PM in mask else 0)
        local = day_ms + ((hour * 60 + v[MINUTE]) * 60 + v[SECOND]) * 1000 + v[MILLISECOND]
        if stamps[ZONE_OFFSET] >= FIRST_SET or stamps[DST_OFFSET] >= FIRST_SET:
            self.millis = local - v[ZONE_OFFSET] - v[DST_OFFSET]
        else:
            self.millis = cm.local_to_utc(self.tz, local, later=True)
        self.pending, self.stamps, self.next_stamp = None, [COMPUTED] * 17, FIRST_SET
        return self.millis

    def _check_ranges(self, v: list[int]) -> None:
        year = v[YEAR]
        limits = dict(MAXIMUM)
        limits[DATE] = cm.month_length(year, v[MONTH] + 1) if 0 <= v[MONTH] <= 11 else 31
        limits[DAY_OF_YEAR] = 366 if cm.is_leap(year) else 365
        for field, stamp in enumerate(self.stamps):
            if stamp < FIRST_SET:
                continue
            low = 1 if field in (DATE, DAY_OF_YEAR, DAY_OF_WEEK, YEAR, WEEK_OF_YEAR) else 0
            high = limits.get(field, 53 if field == WEEK_OF_YEAR else None)
            if v[field] < low or (high is not None and v[field] > high):
                raise GroovyThrowable("IllegalArgumentException", FIELD_NAMES[field])

    def add(self, field: int, amount: int) -> None:
        millis = self.time_millis()
        if field in _ABSOLUTE_MS:
            self.millis = millis + amount * _ABSOLUTE_MS[field]
            return
        local = millis + cm.offset_ms(self.tz, millis)
        day, in_day = cm.split_millis(local)
        if field in (YEAR, MONTH, ERA):
            y, m, d = cm.civil(day)
            months = amount * 12 if field == YEAR else amount if field == MONTH else 0
            y, m, d = cm.add_months(y, m, d, months)
            day = cm.epoch_day(y, m, d)
        elif field in (DATE, DAY_OF_YEAR, DAY_OF_WEEK):
            day += amount
        elif field in (WEEK_OF_YEAR, WEEK_OF_MONTH, DAY_OF_WEEK_IN_MONTH):
            day += 7 * amount
        else:
            raise GroovyThrowable("IllegalArgumentException", None)
        self.millis = cm.local_to_utc(self.tz, day * cm.MS_PER_DAY + in_day, later=True)

    def roll(self, field: int, amount: int) -> None:
        """Change one field within its range, leaving the larger fields alone."""
        v = self.all_fields()
        if field in (YEAR, ERA):
            self.add(field, amount)
            return
        if field == MONTH:
            year = v[YEAR]
            month = (v[MONTH] + amount) % 12
            self._set_all(MONTH, month, DATE, min(v[DATE], cm.month_length(year, month + 1)))
            return
        ranges = {
            DATE: (1, cm.month_length(v[YEAR], v[MONTH] + 1)),
            DAY_OF_YEAR: (1, 366 if cm.is_leap(v[YEAR]) else 365),
            DAY_OF_WEEK: (1, 7),
            HOUR_OF_DAY: (0, 23),
            HOUR: (0, 11),
            MINUTE: (0, 59),
            SECOND: (0, 59),
            MILLISECOND: (0, 999),
            AM_PM: (0, 1),
        }
        if field not in ranges:
            raise GroovyThrowable("IllegalArgumentException", None)
        low, high = ranges[field]
        value = (v[field] - low + amount) % (high - low + 1) + low
        self._set_all(field, value)

    def _set_all(self, *pairs: int) -> None:
        for field, value in zip(pairs[::2], pairs[1::2]):
            self.set_field(field, value)
        self.time_millis()

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, JavaCalendar) and other.time_millis() == self.time_millis()

    def groovy_compare_to(self, other: object) -> int:
        if not isinstance(other, JavaCalendar):
            raise compare_error(other, "java.util.Calendar")
        a, b = self.time_millis(), other.time_millis()
        return (a > b) - (a < b)

    def groovy_hash_code(self) -> int:

        return long_hash(self.time_millis()) ^ 1  # Java mixes in lenient/firstDayOfWeek

    def groovy_to_string(self) -> str:
        return (
            f"java.util.GregorianCalendar[time={self.time_millis()},areFieldsSet=true,"
            f"lenient={'true' if self.lenient else 'false'},zone={self.zone_id}]"
        )
