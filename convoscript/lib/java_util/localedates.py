"""The date data of a Locale: its words (month, day, AM/PM, era and quarter names), week rules,
localized date and time patterns and display names, read from `datelocales.json` (written from
real Java 17, CLDR, by tools/java_date_locales.groovy, which describes its layout), and the
clear refusal for a Locale whose data convoscript does not have.

The file is read on first use (a JSON load, about 1 ms), not at import: most runs format no date.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from convoscript.lib.java_util.locale import Locale, as_locale, refuse_locale

DEFAULT = "en"  # the oracle JVM's default Locale: the data file's DEFAULT (checked on loading)


@cache
def _data() -> dict:
    text = resources.files("convoscript.lib.java_util").joinpath("datelocales.json").read_text()
    data = json.loads(text)
    if data["DEFAULT"] != DEFAULT:
        raise RuntimeError("datelocales.json was written under another default Locale")
    data["TAGS"] = frozenset(data["TAGS"])
    data["ENGLISH_DISPLAY_TAGS"] = frozenset(data["ENGLISH_DISPLAY_TAGS"])
    return data


# the Locales whose zone names convoscript prints (Locale.US's; en_GB's differences are handled
# by SimpleDateFormat and approximated elsewhere, as they always were)
_ZONE_NAME_TAGS = frozenset({"", "en", "en_US", "en_GB", "en_CA"})


def date_tag(value: object) -> str:
    """The tag of a Locale whose date data is at hand; any other Locale is refused, naming it."""
    locale = as_locale(value)
    if locale.tag not in _data()["TAGS"]:
        raise refuse_locale(locale, "date data (month and day names, date patterns)")
    return locale.tag


def check_zone_names(tag: str) -> None:
    """Zone names (`z`, `zzzz`, `O`) are Locale.US's: another language's are refused."""
    if tag not in _ZONE_NAME_TAGS:
        raise refuse_locale(Locale(tag), "time zone names")


def _resolved(table: dict, tag: str):
    value = table[tag]
    return table[value] if isinstance(value, str) else value


def time_texts(tag: str, field: str, style: str) -> list:
    """java.time's texts of a field (MonthOfYear, DayOfWeek from Monday, AmPmOfDay, Era,
    QuarterOfYear) in a TextStyle (FULL, SHORT, NARROW, *_STANDALONE)."""
    styles = _resolved(_data()["TIME_TEXTS"], tag)[field]
    return styles.get(style) or styles[style.removesuffix("_STANDALONE")]


def symbols(tag: str) -> list:
    """java.text.DateFormatSymbols: (months, short months, standalone months, short standalone
    months, weekdays from Sunday, short weekdays, AM/PM, eras)."""
    return _resolved(_data()["SYMBOLS"], tag)


def week_rules(tag: str) -> tuple[int, int]:
    """(first day of week, 1 = Sunday; minimal days in the first week)."""
    first, minimal = _data()["WEEKS"][tag]
    return first, minimal


def localized_pattern(tag: str, date_style: int | None, time_style: int | None, text: bool):
    """The pattern of a localized formatter (styles 0 FULL .. 3 SHORT, None for no date or
    time): java.text.DateFormat's with `text`, else java.time's DateTimeFormatter's."""
    dates, times, both = _data()["TEXT_PATTERNS" if text else "TIME_PATTERNS"][tag]
    if date_style is not None and time_style is not None:
        glue = both[date_style][time_style]
        return glue.replace("{1}", dates[date_style]).replace("{0}", times[time_style])
    if date_style is not None:
        return dates[date_style]
    assert time_style is not None
    return times[time_style]


def display(tag: str) -> list:
    """(language, country, name in the default Locale; the same in the Locale itself; ISO3
    language; ISO3 country)."""
    return _data()["DISPLAY"][tag]


def names_like_default(tag: str) -> bool:
    """Whether a Locale names every listed Locale as the default Locale does."""
    return tag in _data()["ENGLISH_DISPLAY_TAGS"]


def has_date_data(tag: str) -> bool:
    return tag in _data()["TAGS"]
