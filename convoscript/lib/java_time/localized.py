"""java.time.format.FormatStyle and DateTimeFormatter.ofLocalizedDate / ofLocalizedTime /
ofLocalizedDateTime: the patterns of the JVM's default locale (English, CLDR data of Java 17),
as real Groovy prints them ("Jul 4, 2024", "7/4/24, 2:05 PM", "July 4, 2024 at 2:05:09 PM EDT"),
and after `withLocale` those of the Locale (`localedates`); a Locale without data is refused.
"""

from __future__ import annotations

from convoscript.lib.java_time.enums import JavaEnum
from convoscript.lib.java_time.enums import value_of as enum_value_of
from convoscript.lib.java_time.fields import Parts
from convoscript.lib.java_time.format import DateTimeFormatter, compile_pattern
from convoscript.lib.java_util.localedates import DEFAULT, localized_pattern
from convoscript.runtime.core.arrays import make_array
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable


class FormatStyle(JavaEnum):
    __slots__ = ()
    java_class = "java.time.format.FormatStyle"
    kinds: tuple[str, ...] = ("FormatStyle", "TimeEnum", "Object")


STYLES = {name: FormatStyle(name, i) for i, name in enumerate(("FULL", "LONG", "MEDIUM", "SHORT"))}
_STYLE_LIST = tuple(STYLES.values())


class LocalizedFormatter(DateTimeFormatter):
    """A formatter of ofLocalized*: its styles (0 FULL .. 3 SHORT, None for no date or time),
    the pattern of its Locale, and Java's ISO chronology override, which shows in the error for
    a time without a zone ("... with chronology ISO")."""

    __slots__ = ("styles",)
    styles: tuple[int | None, int | None]

    def with_locale(self, tag: str) -> DateTimeFormatter:
        copy = self.copy()
        date_style, time_style = self.styles
        copy.items = compile_pattern(localized_pattern(tag, date_style, time_style, False), tag)
        copy.locale = tag
        return copy

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
    pattern = localized_pattern(DEFAULT, date_style, time_style, text=False)
    names = [_STYLE_LIST[s].enum_name if s is not None else "" for s in (date_style, time_style)]
    formatter = LocalizedFormatter(
        compile_pattern(pattern), label=f"Localized({names[0]},{names[1]})"
    )
    formatter.styles = (date_style, time_style)
    return formatter


def _of_date_time(*args: object) -> LocalizedFormatter:
    arity(args, 1, 2)
    date_style = _style(args[0])
    return _make(date_style, _style(args[1]) if len(args) == 2 else date_style)


_value_of = enum_value_of("java.time.format.FormatStyle", STYLES)


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
