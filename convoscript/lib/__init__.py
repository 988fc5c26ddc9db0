"""What scripts may use: the GDK and the JDK classes implemented in Python, registered into the
allow-list of `runtime.door` in one place (this module).

Importing this package registers the tables (the door imports it on the first read of a table:
`allowlist.ensure_library_loaded`). Each module below exports the tables of what it is the home
of, under the allow-list's names: METHODS and PROPERTIES by receiver kind, STATIC_METHODS,
STATIC_FIELDS and CONSTRUCTORS by qualified class name, DEFAULT_IMPORTS (simple name ->
qualified name, for the classes usable without an import) and IMPORTABLE. They are gathered
here and registered at once; a member that two modules both define is an error, never a silent
override.
"""

from __future__ import annotations

from types import ModuleType

from convoscript.lib import signature_files
from convoscript.lib.gdk import closures as gdk_closures
from convoscript.lib.gdk import collections as gdk_collections
from convoscript.lib.gdk import maps as gdk_maps
from convoscript.lib.gdk import numbers as gdk_numbers
from convoscript.lib.gdk import objectiteration as gdk_objectiteration
from convoscript.lib.gdk import objects as gdk_objects
from convoscript.lib.gdk import stringlayout as gdk_stringlayout
from convoscript.lib.gdk import strings as gdk_strings
from convoscript.lib.groovy_json import jsonbuilder, jsonoutput, jsonslurper
from convoscript.lib.groovy_time import category as time_category
from convoscript.lib.groovy_time import durations as time_durations
from convoscript.lib.groovy_util import orderby
from convoscript.lib.java_io import printwriter, stringwriter
from convoscript.lib.java_lang import (
    boxes,
    character,
    classes,
    math,
    stringbuilder,
    strings,
    threadstate,
    throwables,
)
from convoscript.lib.java_math import bigdecimal, biginteger, mathcontext, roundingmode
from convoscript.lib.java_regex import matcher, pattern
from convoscript.lib.java_text import (
    dateformat,
    dateformatsymbols,
    decimalsymbols,
    normalizer,
    numberformat,
)
from convoscript.lib.java_time import adjusters as time_adjusters
from convoscript.lib.java_time import amount as time_amount
from convoscript.lib.java_time import clocks as time_clocks
from convoscript.lib.java_time import enums as time_enums
from convoscript.lib.java_time import format as time_format
from convoscript.lib.java_time import isofields as time_isofields
from convoscript.lib.java_time import local as time_local
from convoscript.lib.java_time import localized as time_localized
from convoscript.lib.java_time import monthday as time_monthday
from convoscript.lib.java_time import offset as time_offset
from convoscript.lib.java_time import year as time_year
from convoscript.lib.java_time import yearmonth as time_yearmonth
from convoscript.lib.java_time import zoned as time_zoned
from convoscript.lib.java_time import zonerules as time_zonerules
from convoscript.lib.java_util import (
    arraydeque,
    arraylist,
    arrays,
    calendar,
    collections,
    comparators,
    currency,
    dates,
    enumcollections,
    functions,
    hashmap,
    iterators,
    linkedhashmap,
    linkedlist,
    locale,
    localenames,
    objects,
    priorityqueue,
    randoms,
    sets,
    streams,
    treemap,
    zones,
)
from convoscript.runtime.door import allowlist

_MODULES: tuple[ModuleType, ...] = (
    # the GDK, by receiver
    gdk_objects,
    gdk_objectiteration,
    gdk_strings,
    gdk_stringlayout,
    gdk_collections,
    gdk_maps,
    gdk_numbers,
    gdk_closures,
    # java.lang, java.io
    boxes,
    character,
    classes,
    math,
    strings,
    stringbuilder,
    throwables,
    threadstate,
    stringwriter,
    printwriter,
    # java.math
    bigdecimal,
    biginteger,
    roundingmode,
    mathcontext,
    # java.util collections and utilities, java.util.regex
    arraylist,
    arraydeque,
    priorityqueue,
    linkedlist,
    linkedhashmap,
    hashmap,
    treemap,
    sets,
    arrays,
    collections,
    comparators,
    objects,
    streams,
    enumcollections,
    functions,
    iterators,
    randoms,
    pattern,
    matcher,
    # java.text numbers, java.util.Currency and Locale
    numberformat,
    decimalsymbols,
    dateformatsymbols,
    normalizer,
    currency,
    locale,
    localenames,
    # groovy.json
    jsonoutput,
    jsonslurper,
    jsonbuilder,
    # groovy.util
    orderby,
    # dates and times
    dates,
    dateformat,
    calendar,
    zones,
    time_enums,
    time_amount,
    time_format,
    time_local,
    time_zoned,
    time_zonerules,
    time_offset,
    time_yearmonth,
    time_monthday,
    time_year,
    time_adjusters,
    time_clocks,
    time_isofields,
    time_localized,
    time_category,
    time_durations,
)

# Groovy imports java.util.* by default. The date and time modules export only their member
# tables, so their class names are listed here.
_DATE_TIME_DEFAULT_IMPORTS = {
    q.rsplit(".", 1)[-1]: q
    for q in (
        "java.util.Date",
        "java.util.Calendar",
        "java.util.GregorianCalendar",
        "java.util.TimeZone",
        "java.util.Locale",
    )
}
_DATE_TIME_IMPORTABLE = {
    q: q
    for q in (
        "java.text.SimpleDateFormat",
        "java.text.DateFormat",
        "java.text.ParseException",
        "java.time.LocalDate",
        "java.time.LocalTime",
        "java.time.LocalDateTime",
        "java.time.ZonedDateTime",
        "java.time.OffsetDateTime",
        "java.time.Instant",
        "java.time.ZoneId",
        "java.time.ZoneOffset",
        "java.time.Duration",
        "java.time.Period",
        "java.time.DayOfWeek",
        "java.time.Month",
        "java.time.YearMonth",
        "java.time.Year",
        "java.time.MonthDay",
        "java.time.DateTimeException",
        "java.time.format.DateTimeFormatter",
        "java.time.format.TextStyle",
        "java.time.format.FormatStyle",
        "java.time.format.DateTimeParseException",
        "java.time.temporal.ChronoUnit",
        "java.time.temporal.TemporalAdjusters",
        "java.time.temporal.TemporalAdjuster",
        "java.time.temporal.IsoFields",
        "java.time.temporal.UnsupportedTemporalTypeException",
    )
}

# Tables whose entries are tables of members (merged member by member) ...
_NESTED = ("METHODS", "PROPERTIES", "STATIC_METHODS", "STATIC_FIELDS")
# ... and tables of single entries; the allow-list calls DEFAULT_IMPORTS "CLASS_NAMES".
_FLAT = {
    "CONSTRUCTORS": "CONSTRUCTORS",
    "DEFAULT_IMPORTS": "CLASS_NAMES",
    "IMPORTABLE": "IMPORTABLE",
    "SUPERCLASSES": "SUPERCLASSES",
}


def _add(target: dict, entries: dict, where: str) -> None:
    overlap = target.keys() & entries.keys()
    if overlap:
        raise RuntimeError(f"{where} redefines {sorted(overlap)}")
    target.update(entries)


def _gather(modules: tuple[ModuleType, ...]) -> dict[str, dict]:
    tables: dict[str, dict] = {name: {} for name in (*_NESTED, *_FLAT.values())}
    for module in modules:
        for name in _NESTED:
            for key, members in getattr(module, name, {}).items():
                _add(tables[name].setdefault(key, {}), members, f"{module.__name__}.{name}[{key}]")
        for name, table in _FLAT.items():
            _add(tables[table], getattr(module, name, {}), f"{module.__name__}.{name}")
    _add(tables["CLASS_NAMES"], _DATE_TIME_DEFAULT_IMPORTS, "the date and time classes")
    _add(tables["IMPORTABLE"], _DATE_TIME_IMPORTABLE, "the date and time classes")
    return tables


allowlist.register(**_gather(_MODULES))
allowlist.register_signatures(
    signature_files.load(),
    signature_files.load_kinds(),
    signature_files.load_costs(),
    signature_files.load_types(),
)
