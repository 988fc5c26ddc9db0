"""The ISO-8601 text of java.time values: a date (`2024-03-05`, `+10000-01-01`), a time of day
(`09:30`, `09:30:00.250`) and an instant in UTC (`2024-03-05T09:30:00Z`), as toString() prints
them.
"""

from __future__ import annotations

from convoscript.lib.java_time.base import NANOS_PER_SECOND
from convoscript.lib.java_util import calendarmath as cm


def date_text(year: int, month: int, day: int) -> str:
    if abs(year) < 1000:
        head = ("-" if year < 0 else "") + str(abs(year)).zfill(4)
    else:
        head = ("+" if year > 9999 else "") + str(year)
    return f"{head}-{month:02d}-{day:02d}"


def time_text(nano_of_day: int) -> str:
    hour, rest = divmod(nano_of_day, 3600 * NANOS_PER_SECOND)
    minute, rest = divmod(rest, 60 * NANOS_PER_SECOND)
    second, nano = divmod(rest, NANOS_PER_SECOND)
    text = f"{hour:02d}:{minute:02d}"
    if second or nano:
        text += f":{second:02d}"
        if nano:
            if nano % 1_000_000 == 0:
                text += f".{nano // 1_000_000:03d}"
            elif nano % 1000 == 0:
                text += f".{nano // 1000:06d}"
            else:
                text += f".{nano:09d}"
    return text


def instant_text(seconds: int, nanos: int) -> str:
    """Instant.toString(): ISO-8601 in UTC, seconds always shown, 3/6/9 fraction digits."""
    day, second_of_day = divmod(seconds, 86400)
    hour, rest = divmod(second_of_day, 3600)
    text = f"{date_text(*cm.civil(day))}T{hour:02d}:{rest // 60:02d}:{rest % 60:02d}"
    if nanos:
        if nanos % 1_000_000 == 0:
            text += f".{nanos // 1_000_000:03d}"
        elif nanos % 1000 == 0:
            text += f".{nanos // 1000:06d}"
        else:
            text += f".{nanos:09d}"
    return text + "Z"
