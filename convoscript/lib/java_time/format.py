"""java.time.format.DateTimeFormatter: `ofPattern` (Locale.US), the ISO constants, formatting
any java.time value and parsing text into resolved fields.

A temporal value offers `temporal_parts()` -> Parts; the formatter reads fields from it and
reports Java's errors for missing ones ("Unsupported field: HourOfDay"). Parsing yields a
`Parsed` that the value classes turn into a LocalDate, LocalDateTime, ... with Java's messages
when that is not possible.
"""

from __future__ import annotations

from convoscript.lib.java_time.base import (
    NANOS_PER_SECOND,
    check_range,
    checked_date,
    date_time_error,
    parse_error,
)
from convoscript.lib.java_time.fields import NANOS_PER_DAY, Parts, parts_text, zoned_parts
from convoscript.lib.java_time.patterns import (
    ISO_LOCAL_DATE_TIME_ITEMS,
    ISO_OFFSET_DATE_TIME_ITEMS,
    ZONED_ITEMS,
    InstantText,
    Literal,
    Offset,
    Optional,
    ParseContext,
    Text,
    Value,
    ZoneIdText,
    compile_pattern,
    iso_date,
    iso_time,
    localize,
    parse_items,
)
from convoscript.lib.java_time.zoneids import as_zone_id, offset_id
from convoscript.lib.java_util import calendarmath as cm
from convoscript.lib.java_util.locale import Locale
from convoscript.lib.java_util.localedates import DEFAULT, date_tag
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.core.text import to_string
from convoscript.runtime.door.signatures import NoSignature, arity, as_str, charge, check_length
from convoscript.runtime.model.exceptions import GroovyThrowable

__all__ = ["NANOS_PER_DAY", "Parts", "compile_pattern"]


class Parsed:
    """The outcome of a parse: resolved date/time/offset/zone and any leftover fields."""

    __slots__ = ("date", "leftover", "offset", "time", "zone")

    def __init__(self):
        self.date = self.time = self.offset = self.zone = None
        self.leftover: dict[str, int] = {}

    def describe(self) -> str:
        fields = ", ".join(f"{k}={v}" for k, v in self.leftover.items())
        text = "{" + fields + "},ISO"
        if self.zone is not None:
            text += "," + self.zone.zone_id
        elif self.offset is not None:
            text += "," + offset_id(self.offset)
        if self.date is not None or self.time is not None:
            text += " resolved to " + parts_text(Parts(self.date, self.time))
        return text


def parse_text(formatter: DateTimeFormatter, text: str) -> Parsed:
    charge(1 + len(text) // 8)
    ctx = ParseContext(text, 0, formatter.case_insensitive)
    if not parse_items(formatter.items, ctx):
        raise parse_error(f"Text '{text}' could not be parsed at index {ctx.pos}", text, ctx.pos)
    if ctx.pos != len(text):
        raise parse_error(
            f"Text '{text}' could not be parsed, unparsed text found at index {ctx.pos}",
            text,
            ctx.pos,
        )
    try:
        return _resolve(ctx, formatter.strict)
    except GroovyThrowable as exc:
        raise parse_error(f"Text '{text}' could not be parsed: {exc.message}", text) from None


def _resolve(ctx: ParseContext, strict: bool) -> Parsed:
    f = dict(ctx.fields)
    parsed = Parsed()
    if "YearOfEra" in f:
        yoe = f.pop("YearOfEra")
        check_range("YearOfEra", yoe, 1, 1_000_000_000, "1 - 999999999/1000000000")
        era = f.pop("Era", 1)
        f["Year"] = yoe if era == 1 else 1 - yoe
    if "Year" in f and "MonthOfYear" in f and "DayOfMonth" in f:
        year, month, day = f.pop("Year"), f.pop("MonthOfYear"), f.pop("DayOfMonth")
        check_range("MonthOfYear", month, 1, 12)
        check_range("DayOfMonth", day, 1, 31, "1 - 28/31")
        if not strict:
            day = min(day, cm.month_length(year, month))
        parsed.date = checked_date(year, month, day)
    elif "Year" in f and "DayOfYear" in f:
        year, doy = f.pop("Year"), f.pop("DayOfYear")
        check_range("DayOfYear", doy, 1, 366)
        parsed.date = cm.civil(cm.epoch_day(year, 1, 1) + doy - 1)
    if parsed.date is not None and "DayOfWeek" in f:
        dow = f.pop("DayOfWeek")
        if dow != cm.iso_day_of_week(cm.epoch_day(*parsed.date)):
            raise date_time_error(
                f"Conflict found: Field DayOfWeek "
                f"{cm.iso_day_of_week(cm.epoch_day(*parsed.date))} differs "
                f"from DayOfWeek {dow} derived from {parts_text(Parts(parsed.date))}"
            )
    hour = _resolve_hour(f)
    if hour is not None:
        minute = f.pop("MinuteOfHour", 0)
        second = f.pop("SecondOfMinute", 0)
        nano = f.pop("NanoOfSecond", 0)
        check_range("MinuteOfHour", minute, 0, 59)
        check_range("SecondOfMinute", second, 0, 59)
        parsed.time = ((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + nano
    if "OffsetSeconds" in f:
        parsed.offset = f.pop("OffsetSeconds")
    parsed.zone = ctx.zone
    parsed.leftover = f
    return parsed


def _resolve_hour(f: dict) -> int | None:
    if "ClockHourOfDay" in f:
        value = check_range("ClockHourOfDay", f.pop("ClockHourOfDay"), 1, 24)
        f["HourOfDay"] = value % 24
    if "HourOfDay" in f:
        return check_range("HourOfDay", f.pop("HourOfDay"), 0, 23)
    if "ClockHourOfAmPm" in f:
        value = check_range("ClockHourOfAmPm", f.pop("ClockHourOfAmPm"), 1, 12)
        f["HourOfAmPm"] = value % 12
    if "HourOfAmPm" in f and "AmPmOfDay" in f:
        return f.pop("AmPmOfDay") * 12 + check_range("HourOfAmPm", f.pop("HourOfAmPm"), 0, 11)
    return None


# ---- the formatter class -----------------------------------------------------------------------
class DateTimeFormatter(JavaObject):
    """java.time.format.DateTimeFormatter (ISO chronology) in a Locale (`locale`, its tag)."""

    __slots__ = ("case_insensitive", "items", "label", "locale", "override_zone", "strict")
    java_class = "java.time.format.DateTimeFormatter"
    kinds = ("DateTimeFormatter", "Object")

    def __init__(
        self,
        items: list,
        strict: bool = False,
        case_insensitive: bool = False,
        label: str | None = None,
    ):
        self.items = items
        self.strict = strict
        self.case_insensitive = case_insensitive
        self.label = label
        self.override_zone = None
        self.locale = DEFAULT

    def copy(self) -> DateTimeFormatter:
        """A formatter like this one (withZone / withLocale change the copy)."""
        other = type(self).__new__(type(self))
        for cls in type(self).__mro__:
            for name in getattr(cls, "__slots__", ()):
                setattr(other, name, getattr(self, name))
        return other

    def with_locale(self, tag: str) -> DateTimeFormatter:
        copy = self.copy()
        copy.items, copy.locale = localize(self.items, tag), tag
        return copy

    def format_parts(self, parts: Parts) -> str:
        out = "".join(item.format(parts) for item in self.items)

        check_length(len(out))
        return out

    def groovy_to_string(self) -> str:
        if self.label is not None:
            return self.label
        return "".join(item.describe() for item in self.items)


def as_formatter(value: object) -> DateTimeFormatter:
    if isinstance(value, DateTimeFormatter):
        return value
    raise NoSignature


def format_temporal(formatter: DateTimeFormatter, temporal: object) -> str:
    parts_of = getattr(temporal, "temporal_parts", None)
    if parts_of is None:
        raise NoSignature
    parts = parts_of()
    if formatter.override_zone is not None and parts.instant is not None:
        parts = zoned_parts(parts.instant, formatter.override_zone)
    return formatter.format_parts(parts)


def _fmt(self: object) -> DateTimeFormatter:
    return as_formatter(self)


def dtf_format(self: object, *args: object) -> str:
    arity(args, 1)
    return format_temporal(_fmt(self), args[0])


def dtf_with_zone(self: object, *args: object) -> DateTimeFormatter:
    arity(args, 1)
    copy = _fmt(self).copy()
    copy.override_zone = as_zone_id(args[0])
    return copy


def of_pattern(*args: object) -> DateTimeFormatter:
    """ofPattern(pattern[, Locale]): a Locale whose date data convoscript lacks is refused."""
    arity(args, 1, 2)
    tag = date_tag(args[1]) if len(args) == 2 else DEFAULT
    formatter = DateTimeFormatter(compile_pattern(as_str(args[0]), tag))
    formatter.locale = tag
    return formatter


def dtf_with_locale(self: object, *args: object) -> DateTimeFormatter:
    arity(args, 1)
    return _fmt(self).with_locale(date_tag(args[0]))


def dtf_get_locale(self: object, *args: object) -> Locale:
    arity(args, 0)
    return Locale(_fmt(self).locale)


def _iso(items: list, label: str) -> DateTimeFormatter:
    return DateTimeFormatter(items, strict=True, case_insensitive=True, label=label)


_D = "Value(Year,4,10,EXCEEDS_PAD)'-'Value(MonthOfYear,2)'-'Value(DayOfMonth,2)"
_T = (
    "Value(HourOfDay,2)':'Value(MinuteOfHour,2)[':'Value(SecondOfMinute,2)"
    "[Fraction(NanoOfSecond,0,9,DecimalPoint)]]"
)
_LDT = f"ParseCaseSensitive(false)({_D})'T'({_T})"
_ODT = f"ParseCaseSensitive(false)({_LDT})ParseStrict(false)Offset(+HH:MM:ss,'Z')ParseStrict(true)"
_REGION = "['['ParseCaseSensitive(true)ZoneRegionId()']']"
_OFFSET = Offset("+HH:MM:ss", "Z")


def _zone_suffix() -> list:
    return [Optional([Literal("["), ZoneIdText(), Literal("]")])]


ISO_FORMATTERS = {
    "ISO_LOCAL_DATE": _iso(iso_date(), _D),
    "ISO_LOCAL_TIME": _iso(iso_time(), _T),
    "ISO_LOCAL_DATE_TIME": _iso(ISO_LOCAL_DATE_TIME_ITEMS, _LDT),
    "ISO_OFFSET_DATE_TIME": _iso(ISO_OFFSET_DATE_TIME_ITEMS, _ODT),
    "ISO_ZONED_DATE_TIME": _iso(ZONED_ITEMS, f"({_ODT}){_REGION}"),
    "ISO_DATE_TIME": _iso(
        ISO_LOCAL_DATE_TIME_ITEMS + [Optional([_OFFSET] + _zone_suffix())],
        f"({_LDT})[Offset(+HH:MM:ss,'Z'){_REGION}]",
    ),
    "ISO_DATE": _iso(
        iso_date() + [Optional([_OFFSET])],
        f"ParseCaseSensitive(false)({_D})[Offset(+HH:MM:ss,'Z')]",
    ),
    "ISO_TIME": _iso(
        iso_time() + [Optional([_OFFSET])],
        f"ParseCaseSensitive(false)({_T})[Offset(+HH:MM:ss,'Z')]",
    ),
    "ISO_INSTANT": _iso([InstantText()], "ParseCaseSensitive(false)Instant()"),
    "BASIC_ISO_DATE": _iso(
        [
            Value("Year", 4, 4, "NOT_NEGATIVE"),
            Value("MonthOfYear", 2, 2, "NOT_NEGATIVE"),
            Value("DayOfMonth", 2, 2, "NOT_NEGATIVE"),
            Optional([Offset("+HHMMss", "Z")]),
        ],
        "ParseCaseSensitive(false)Value(Year,4)Value(MonthOfYear,2)"
        "Value(DayOfMonth,2)[ParseStrict(false)Offset(+HHMMss,'Z')"
        "ParseStrict(true)]",
    ),
    "RFC_1123_DATE_TIME": _iso(
        [
            Optional([Text("DayOfWeek", "SHORT"), Literal(", ")]),
            Value("DayOfMonth", 1, 2, "NOT_NEGATIVE"),
            Literal(" "),
            Text("MonthOfYear", "SHORT", None),
            Literal(" "),
            Value("Year", 4, 4, "NOT_NEGATIVE"),
            Literal(" "),
            Value("HourOfDay", 2, 2, "NOT_NEGATIVE"),
            Literal(":"),
            Value("MinuteOfHour", 2, 2, "NOT_NEGATIVE"),
            Optional([Literal(":"), Value("SecondOfMinute", 2, 2, "NOT_NEGATIVE")]),
            Literal(" "),
            Offset("+HHMM", "GMT"),
        ],
        "ParseCaseSensitive(false)ParseStrict(false)[Text(DayOfWeek)"
        "', ']Value(DayOfMonth,1,2,NOT_NEGATIVE)' 'Text(MonthOfYear)"
        "' 'Value(Year,4)' 'Value(HourOfDay,2)':'Value(MinuteOfHour,2)"
        "[':'Value(SecondOfMinute,2)]' 'Offset(+HHMM,'GMT')",
    ),
}
for _name in ("ISO_LOCAL_DATE", "ISO_LOCAL_TIME"):
    ISO_FORMATTERS[_name].case_insensitive = False


def _detail(name: str):
    """A getter of what a DateTimeParseException carries (`getParsedString()`)."""

    def getter(self: object, *args: object) -> object:
        arity(args, 0)
        if not isinstance(self, GroovyThrowable):
            raise NoSignature
        return self.details.get(name)

    return getter


def new_date_time_parse_exception(*args: object) -> GroovyThrowable:
    """`new DateTimeParseException(message, parsedData, errorIndex[, cause])`, as a script
    builds one; the parsed text is copied as a String (`parsedData.toString()`)."""
    arity(args, 3, 4)
    message, data, index = args[:3]
    cause = args[3] if len(args) == 4 else None
    if type(index) is not int or cause is not None and not isinstance(cause, GroovyThrowable):
        raise NoSignature
    if data is None:  # Java reads parsedData.toString() first
        raise GroovyThrowable("NullPointerException", None)
    text = to_string(data)
    check_length(len(text))
    charge(1 + len(text) // 64)
    return GroovyThrowable(
        "DateTimeParseException",
        None if message is None else as_str(message),
        cause,
        details={"parsedString": text, "errorIndex": index},
    )


CONSTRUCTORS = {"java.time.format.DateTimeParseException": new_date_time_parse_exception}
METHODS = {
    "DateTimeFormatter": {
        "format": dtf_format,
        "withZone": dtf_with_zone,
        "withLocale": dtf_with_locale,
        "localizedBy": dtf_with_locale,
        "getLocale": dtf_get_locale,
    },
    "DateTimeParseException": {
        "getParsedString": _detail("parsedString"),
        "getErrorIndex": _detail("errorIndex"),
    },
}
PROPERTIES = {
    "DateTimeParseException": {
        "parsedString": lambda e: e.details.get("parsedString"),
        "errorIndex": lambda e: e.details.get("errorIndex"),
    },
}
STATIC_METHODS = {"java.time.format.DateTimeFormatter": {"ofPattern": of_pattern}}
STATIC_FIELDS = {"java.time.format.DateTimeFormatter": ISO_FORMATTERS}
