"""java.util.Currency: ISO 4217 currencies with Java 17's fraction digits, numeric codes, symbols
(per Locale, for the Locales whose data is at hand) and English display names.

Other Locales' symbols and non-English display names are refused, naming the Locale.
"""

from __future__ import annotations

from convoscript.lib.java_text.numberlocales import (
    CURRENCIES,
    CURRENCY_SYMBOLS,
    ENGLISH_NAME_TAGS,
    SYMBOLS,
)
from convoscript.lib.java_util.locale import LOCALES, Locale, as_locale, refuse_locale
from convoscript.lib.javaobject import JavaObject, receiver
from convoscript.runtime.core.hashing import string_hash
from convoscript.runtime.door.signatures import arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable

DEFAULT_TAG = LOCALES["ENGLISH"].tag  # Locale.getDefault() of a run


class Currency(JavaObject):
    """One ISO 4217 currency (Java keeps one instance per code: `==` is identity there)."""

    __slots__ = ("code",)
    java_class = "java.util.Currency"
    kinds = ("Currency", "Object")
    supertypes = frozenset({"java.io.Serializable"})

    def __init__(self, code: str):
        self.code = code

    def groovy_to_string(self) -> str:
        return self.code

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, Currency) and other.code == self.code

    def groovy_hash_code(self) -> int:
        return string_hash(self.code)

    def symbol(self, tag: str) -> str:
        """getSymbol(locale) for a Locale whose number data is at hand."""
        root, by_tag = CURRENCY_SYMBOLS.get(self.code, (self.code, {}))
        return by_tag.get(tag, root)


def number_locale(value: object) -> Locale:
    """A Locale whose number symbols convoscript has (read from Java 17); others are refused."""
    if value is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "Object.hashCode()" because "key" is null'
        )
    locale = as_locale(value)
    if locale.tag not in SYMBOLS:
        raise refuse_locale(locale, "number symbols and currencies")
    return locale


def currency_of(code: str) -> Currency:
    if code not in CURRENCIES:
        raise GroovyThrowable("IllegalArgumentException", None)
    return Currency(code)


def _get_instance(*args: object) -> Currency:
    """Currency.getInstance(code) or getInstance(Locale) (the currency of its country)."""
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "Object.hashCode()" because "key" is null'
        )
    if isinstance(args[0], Locale):
        code = SYMBOLS[number_locale(args[0]).tag][12]
        if code == "XXX":  # a Locale without a country has no currency
            raise GroovyThrowable("IllegalArgumentException", None)
        return currency_of(code)
    return currency_of(as_str(args[0]))


_currency = receiver(Currency)


def _symbol(self: object, *args: object) -> str:
    arity(args, 0, 1)
    tag = number_locale(args[0]).tag if args else DEFAULT_TAG
    return _currency(self).symbol(tag)


def _display_name(self: object, *args: object) -> str:
    arity(args, 0, 1)
    if args:
        locale = number_locale(args[0])
        if locale.tag not in ENGLISH_NAME_TAGS:
            raise refuse_locale(locale, "currency names")
    return CURRENCIES[_currency(self).code][2]


METHODS = {
    "Currency": {
        "getCurrencyCode": lambda s, *a: arity(a, 0) or _currency(s).code,
        "getSymbol": _symbol,
        "getDefaultFractionDigits": lambda s, *a: arity(a, 0) or CURRENCIES[_currency(s).code][0],
        "getNumericCode": lambda s, *a: arity(a, 0) or CURRENCIES[_currency(s).code][1],
        "getNumericCodeAsString": lambda s, *a: (
            arity(a, 0) or f"{CURRENCIES[_currency(s).code][1]:03d}"
        ),
        "getDisplayName": _display_name,
        "toString": lambda s, *a: arity(a, 0) or _currency(s).code,
    }
}
STATIC_METHODS = {"java.util.Currency": {"getInstance": _get_instance}}
DEFAULT_IMPORTS = {"Currency": "java.util.Currency"}
