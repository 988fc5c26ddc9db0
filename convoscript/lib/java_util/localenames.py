"""java.util.Locale's names: toLanguageTag / forLanguageTag, the ISO3 codes and the display
names (in the default Locale, in English Locales that name alike, or in the Locale itself), read
from Java 17's data in `datelocales.json`; a Locale or display Locale without that data is refused.
"""

from __future__ import annotations

from convoscript.lib.java_util.locale import Locale, as_locale, refuse_locale
from convoscript.lib.java_util.localedates import display, has_date_data, names_like_default
from convoscript.runtime.door.signatures import arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable


def _names(locale: Locale, shown_in: Locale | None) -> list:
    """(language, country, name) of `locale` shown in `shown_in` (None: the default Locale)."""
    if not has_date_data(locale.tag):
        raise refuse_locale(locale, "display names")
    names = display(locale.tag)
    if shown_in is None or names_like_default(shown_in.tag):
        return names[:3]
    if shown_in.tag == locale.tag:
        return names[3:6]
    raise refuse_locale(shown_in, f"display names of Locale {locale.tag or 'ROOT'}")


def _display(index: int):
    def method(self: object, *args: object) -> str:
        arity(args, 0, 1)
        shown_in = None
        if args:
            if args[0] is None:
                raise GroovyThrowable("NullPointerException", None)
            shown_in = as_locale(args[0])
        return _names(as_locale(self), shown_in)[index]

    return method


def _iso3(index: int):
    def method(self: object, *args: object) -> str:
        arity(args, 0)
        locale = as_locale(self)
        if not has_date_data(locale.tag):
            raise refuse_locale(locale, "ISO3 codes")
        return display(locale.tag)[6 + index]

    return method


def to_language_tag(self: object, *args: object) -> str:
    """en_US -> en-US; ROOT -> und (the variants of convoscript's Locales are refused)."""
    arity(args, 0)
    parts = as_locale(self).tag.split("_")
    if len(parts) > 2:
        raise refuse_locale(as_locale(self), "language tag")
    language = parts[0] or "und"
    return language + ("-" + parts[1] if len(parts) > 1 and parts[1] else "")


def for_language_tag(*args: object) -> Locale:
    """Locale.forLanguageTag: a language and a region ("fr-CA", "und" is ROOT); text that is
    not a tag gives ROOT as in Java. Scripts, variants and extensions are refused."""
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    subtags = as_str(args[0]).split("-")
    first = subtags[0]
    if not (first.isascii() and first.isalpha() and (2 <= len(first) <= 3 or 5 <= len(first) <= 8)):
        return Locale("")
    language = "" if first.lower() == "und" else first.lower()
    region = ""
    rest = subtags[1:]
    if (
        rest
        and rest[0].isascii()
        and ((len(rest[0]) == 2 and rest[0].isalpha()) or (len(rest[0]) == 3 and rest[0].isdigit()))
    ):
        region = rest.pop(0).upper()
    if rest:
        raise GroovyThrowable(
            "UnsupportedOperationException",
            f"convoscript does not have the Locale of language tag {as_str(args[0])}",
        )
    return Locale(language + ("_" + region if region else ""))


METHODS = {
    "Locale": {
        "toLanguageTag": to_language_tag,
        "getDisplayLanguage": _display(0),
        "getDisplayCountry": _display(1),
        "getDisplayName": _display(2),
        "getISO3Language": _iso3(0),
        "getISO3Country": _iso3(1),
    }
}
STATIC_METHODS = {
    "java.util.Locale": {
        "forLanguageTag": for_language_tag,
    }
}
