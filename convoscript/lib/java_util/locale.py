"""java.util.Locale: Java's Locale constants and constructor, number symbols for
`String.format`, and the refusal where a Locale's data is not at hand.

The data was read from real Java 17 (CLDR): number symbols for the Locales of
`java_text/numberlocales.py`, date words, week rules and names in `datelocales.json` (read by
`localedates` and `localenames`). A Locale whose data convoscript lacks is refused, not faked.
"""

from __future__ import annotations

from convoscript.lib.java_text.numberlocales import SYMBOLS
from convoscript.lib.javaobject import JavaObject
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable


class Locale(JavaObject):
    __slots__ = ("tag",)
    java_class = "java.util.Locale"
    kinds = ("Locale", "Object")

    def __init__(self, tag: str):
        self.tag = tag

    def groovy_to_string(self) -> str:
        return self.tag

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, Locale) and other.tag == self.tag


_TAGS = {
    "ENGLISH": "en",
    "FRENCH": "fr",
    "GERMAN": "de",
    "ITALIAN": "it",
    "JAPANESE": "ja",
    "KOREAN": "ko",
    "CHINESE": "zh",
    "SIMPLIFIED_CHINESE": "zh_CN",
    "TRADITIONAL_CHINESE": "zh_TW",
    "FRANCE": "fr_FR",
    "GERMANY": "de_DE",
    "ITALY": "it_IT",
    "JAPAN": "ja_JP",
    "KOREA": "ko_KR",
    "CHINA": "zh_CN",
    "PRC": "zh_CN",
    "TAIWAN": "zh_TW",
    "UK": "en_GB",
    "US": "en_US",
    "CANADA": "en_CA",
    "CANADA_FRENCH": "fr_CA",
    "ROOT": "",
}
LOCALES = {name: Locale(tag) for name, tag in _TAGS.items()}


def as_locale(value: object) -> Locale:
    if isinstance(value, Locale):
        return value
    raise NoSignature


def number_symbols(value: object) -> tuple[str, str]:
    """(decimal separator, grouping separator) String.format uses for this Locale: its
    DecimalFormatSymbols' (Java 17 data); a Locale without that data is refused."""
    locale = as_locale(value)
    data = SYMBOLS.get(locale.tag)
    if data is None:
        raise refuse_locale(locale, "number symbols and currencies")
    return data[2], data[1]


def refuse_locale(locale: Locale, what: str) -> GroovyThrowable:
    """The clear refusal when a Locale's data is not at hand (never silently Locale.US)."""
    return GroovyThrowable(
        "UnsupportedOperationException",
        f"convoscript does not have the {what} of Locale {locale.tag or 'ROOT'}",
    )


def text_locale(value: object) -> Locale:
    """A Locale for time zone names (TimeZone.getDisplayName): English ones name zones as
    Locale.US (the UK's differences are approximated, as they always were); others are refused."""
    locale = as_locale(value)
    if locale.tag and not locale.tag.startswith("en"):
        raise refuse_locale(locale, "date and day names")
    return locale


def new_locale(*args: object) -> Locale:
    """new Locale(language[, country[, variant]]): Java lower-cases the language and
    upper-cases the country (`new Locale("EN", "in")` is en_IN)."""
    if not 1 <= len(args) <= 3:
        raise NoSignature
    if any(a is None for a in args):
        raise GroovyThrowable("NullPointerException", None)
    parts = [as_str(a) for a in args]
    language = parts[0].lower()
    country = parts[1].upper() if len(parts) > 1 else ""
    variant = parts[2] if len(parts) > 2 else ""
    tag = language
    if country or variant:
        tag += "_" + country
    if variant:
        tag += "_" + variant
    return Locale(tag)


def _part(index: int):
    def get(self: object, *args: object) -> str:
        arity(args, 0)
        parts = as_locale(self).tag.split("_")
        return parts[index] if index < len(parts) else ""

    return get


METHODS = {
    "Locale": {
        "getLanguage": _part(0),
        "getCountry": _part(1),
        "getVariant": _part(2),
        "toString": lambda s, *a: arity(a, 0) or as_locale(s).tag,
    }
}
CONSTRUCTORS = {"java.util.Locale": new_locale}
