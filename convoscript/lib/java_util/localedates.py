"""The date data of a Locale: its words (month, day, AM/PM, era and quarter names), week rules,
localized date and time patterns and display names, read from `datelocales` (generated from
real Java 17, CLDR), and the clear refusal for a Locale whose data convoscript does not have.
"""

from __future__ import annotations

from convoscript.lib.java_util import datelocales as data
from convoscript.lib.java_util.locale import Locale, as_locale, refuse_locale

DEFAULT = data.DEFAULT
_TAGS = frozenset(data.TAGS)
# the Locales whose zone names convoscript prints (Locale.US's; en_GB's differences are handled
# by SimpleDateFormat and approximated elsewhere, as they always were)
_ZONE_NAME_TAGS = frozenset({"", "en", "en_US", "en_GB", "en_CA"})


def date_tag(value: object) -> str:
    """The tag of a Locale whose date data is at hand; any other Locale is refused, naming it."""
    locale = as_locale(value)
    if locale.tag not in _TAGS:
        raise refuse_locale(locale, "date data (month and day names, date patterns)")
    return locale.tag


def check_zone_names(tag: str) -> None:
    """Zone names (`z`, `zzzz`, `O`) are Locale.US's: another language's are refused."""
    if tag not in _ZONE_NAME_TAGS:
        raise refuse_locale(Locale(tag), "time zone names")


def _resolved(table: dict, tag: str):
    value = table[tag]
    return table[value] if isinstance(value, str) else value


def time_texts(tag: str, field: str, style: str) -> tuple:
    """java.time's texts of a field (MonthOfYear, DayOfWeek from Monday, AmPmOfDay, Era,
    QuarterOfYear) in a TextStyle (FULL, SHORT, NARROW, *_STANDALONE)."""
    styles = _resolved(data.TIME_TEXTS, tag)[field]
    return styles.get(style) or styles[style.removesuffix("_STANDALONE")]


def symbols(tag: str) -> tuple:
    """java.text.DateFormatSymbols: (months, short months, standalone months, short standalone
    months, weekdays from Sunday, short weekdays, AM/PM, eras)."""
    return _resolved(data.SYMBOLS, tag)


def week_rules(tag: str) -> tuple[int, int]:
    """(first day of week, 1 = Sunday; minimal days in the first week)."""
    return data.WEEKS[tag]


def localized_pattern(tag: str, date_style: int | None, time_style: int | None, text: bool):
    """The pattern of a localized formatter (styles 0 FULL .. 3 SHORT, None for no date or
    time): java.text.DateFormat's with `text`, else java.time's DateTimeFormatter's."""
    dates, times, both = (data.TEXT_PATTERNS if text else data.TIME_PATTERNS)[tag]
    if date_style is not None and time_style is not None:
        glue = both[date_style][time_style]
        return glue.replace("{1}", dates[date_style]).replace("{0}", times[time_style])
    if date_style is not None:
        return dates[date_style]
    assert time_style is not None
    return times[time_style]


def display(tag: str) -> tuple:
    """(language, country, name in the default Locale; the same in the Locale itself; ISO3
    language; ISO3 country)."""
    return data.DISPLAY[tag]


def names_like_default(tag: str) -> bool:
    """Whether a Locale names every listed Locale as the default Locale does."""
    return tag in data.ENGLISH_DISPLAY_TAGS
