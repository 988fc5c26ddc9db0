"""java.time.format.FormatStyle and DateTimeFormatter.ofLocalizedDate / ofLocalizedTime /
ofLocalizedDateTime: the patterns of the JVM's default locale (English, CLDR data of Java 17),
as real Groovy prints them ("Jul 4, 2024", "7/4/24, 2:05 PM", "July 4, 2024 at 2:05:09 PM EDT").
Another locale's patterns are not at hand: `withLocale` of one is refused, never faked.
"""

from __future__ import annotations

from convoscript.lib.java_time.enums import JavaEnum
from convoscript.lib.java_time.fields import Parts
from convoscript.lib.java_time.format import DateTimeFormatter, as_formatter, compile_pattern
from convoscript.lib.java_util.locale import text_locale, us_text_locale
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable


class FormatStyle(JavaEnum):
    __slots__ = ()
    java_class = "java.time.format.FormatStyle"
    kinds: tuple[str, ...] = ("FormatStyle", "TimeEnum", "Object")


STYLES = {name: FormatStyle(name, i) for i, name in enumerate(("FULL", "LONG", "MEDIUM", "SHORT"))}
_STYLE_LIST = tuple(STYLES.values())

# Java 17's English (CLDR) patterns by style, FULL to SHORT
_DATE = ("EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "M/d/yy")
_TIME = ("h:mm:ss a zzzz", "h:mm:ss a z", "h:mm:ss a", "h:mm a")


def _glue(date_style: int, time_style: int) -> str:
    # the date and the time are joined with " 'at' " when both are FULL or LONG, else ", "
    return " 'at' " if max(date_style, time_style) <= 1 else ", "


class LocalizedFormatter(DateTimeFormatter):
    """A formatter of ofLocalized*: its pattern, and Java's ISO chronology override, which
    shows in the error for a time without a zone ("... with chronology ISO")."""

    __slots__ = ()

    def format_parts(self, parts: Parts) -> str:
        try:
            return super().format_parts(parts)
        except GroovyThrowable as exc:
            message = exc.message or ""
            if parts.date is None and message.startswith("Unable to extract ZoneId"):
                raise GroovyThrowable(exc.java_class, message + " with chronology ISO") from None
            raise


def _style(value: object) -> int:
    if isinstance(value, FormatStyle):
        return value.ordinal
    if value is None:
        raise GroovyThrowable("NullPointerException", None)
    raise NoSignature


def _make(date_style: int | None, time_style: int | None) -> LocalizedFormatter:
    if date_style is not None and time_style is not None:
        pattern = _DATE[date_style] + _glue(date_style, time_style) + _TIME[time_style]
    elif date_style is not None:
        pattern = _DATE[date_style]
    else:
        pattern = _TIME[time_style]  # type: ignore[index]
    names = [_STYLE_LIST[s].enum_name if s is not None else "" for s in (date_style, time_style)]
    return LocalizedFormatter(compile_pattern(pattern), label=f"Localized({names[0]},{names[1]})")


def _of_date_time(*args: object) -> LocalizedFormatter:
    arity(args, 1, 2)
    date_style = _style(args[0])
    return _make(date_style, _style(args[1]) if len(args) == 2 else date_style)


def _with_locale(self: object, *args: object) -> DateTimeFormatter:
    """withLocale: English gives the same texts; a locale whose texts or patterns
    convoscript does not have is refused."""
    arity(args, 1)
    formatter = as_formatter(self)
    if isinstance(formatter, LocalizedFormatter):
        us_text_locale(args[0])  # even en_GB orders a short date differently
    else:
        text_locale(args[0])
    return formatter


def _value_of(*args: object) -> FormatStyle:
    arity(args, 1)
    name = as_str(args[0])
    if name not in STYLES:
        raise GroovyThrowable(
            "IllegalArgumentException", f"No enum constant java.time.format.FormatStyle.{name}"
        )
    return STYLES[name]


STATIC_METHODS = {
    "java.time.format.DateTimeFormatter": {
        "ofLocalizedDate": lambda *a: arity(a, 1) or _make(_style(a[0]), None),
        "ofLocalizedTime": lambda *a: arity(a, 1) or _make(None, _style(a[0])),
        "ofLocalizedDateTime": _of_date_time,
    },
    "java.time.format.FormatStyle": {
        "valueOf": _value_of,
        "values": lambda *a: (
            arity(a, 0) or make_array("java.time.format.FormatStyle", list(_STYLE_LIST))
        ),
    },
}
STATIC_FIELDS = {"java.time.format.FormatStyle": dict(STYLES)}
METHODS = {"DateTimeFormatter": {"withLocale": _with_locale}}
