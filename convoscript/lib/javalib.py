"""The allow-list tables of the library classes beyond the core GDK, gathered in one place:
dates and times (java.util.Date, Calendar, TimeZone, java.text.SimpleDateFormat, java.time),
Random and UUID, Arrays and Collections, MathContext and groovy.json.JsonBuilder.

`convoscript.lib` registers these tables, with the GDK ones, into the allow-list; every class
named here is reachable only through them.
"""

from __future__ import annotations

from convoscript.lib.groovy_json import jsonbuilder
from convoscript.lib.java_lang import statics
from convoscript.lib.java_math import mathcontext
from convoscript.lib.java_regex import pattern as regexstatics
from convoscript.lib.java_time import amount as timeamount
from convoscript.lib.java_time import enums as timeenums
from convoscript.lib.java_time import format as timeformat
from convoscript.lib.java_time import local as timelocal
from convoscript.lib.java_time import zoned as timezoned
from convoscript.lib.java_util import arrays as javautil
from convoscript.lib.java_util import calendar, dates, randoms, zones

_MODULES = (
    dates,
    calendar,
    zones,
    timeenums,
    timeamount,
    timeformat,
    timelocal,
    timezoned,
    randoms,
    javautil,
    jsonbuilder,
    mathcontext,
    regexstatics,
)


def _merged(attribute: str) -> dict:
    merged: dict = {}
    for module in _MODULES:
        table = getattr(module, attribute, {})
        overlap = set(merged) & set(table)
        if overlap:
            raise RuntimeError(f"{module.__name__}.{attribute} redefines {sorted(overlap)}")
        merged.update(table)
    return merged


METHODS: dict = _merged("METHODS")
STATIC_METHODS: dict = _merged("STATIC_METHODS")
STATIC_FIELDS: dict = _merged("STATIC_FIELDS")
CONSTRUCTORS: dict = _merged("CONSTRUCTORS")
CONSTRUCTORS["java.math.BigDecimal"] = mathcontext.new_big_decimal_mc(statics.new_big_decimal)

# Groovy imports java.util.* by default.
DEFAULT_IMPORTS = {
    q.rsplit(".", 1)[-1]: q
    for q in (
        "java.util.Date",
        "java.util.Calendar",
        "java.util.GregorianCalendar",
        "java.util.TimeZone",
        "java.util.Random",
        "java.util.UUID",
        "java.util.Arrays",
        "java.util.Collections",
        "java.util.Locale",
    )
}

IMPORTABLE = {
    q: q
    for q in (
        "java.text.SimpleDateFormat",
        "java.text.DateFormat",
        "java.text.ParseException",
        "java.time.LocalDate",
        "java.time.LocalTime",
        "java.time.LocalDateTime",
        "java.time.ZonedDateTime",
        "java.time.Instant",
        "java.time.ZoneId",
        "java.time.ZoneOffset",
        "java.time.Duration",
        "java.time.Period",
        "java.time.DayOfWeek",
        "java.time.Month",
        "java.time.DateTimeException",
        "java.time.format.DateTimeFormatter",
        "java.time.format.TextStyle",
        "java.time.format.DateTimeParseException",
        "java.time.temporal.ChronoUnit",
        "java.time.temporal.UnsupportedTemporalTypeException",
        "java.math.MathContext",
        "groovy.json.JsonBuilder",
    )
}
IMPORTABLE.update(regexstatics.IMPORTABLE)
