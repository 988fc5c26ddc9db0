"""java.text.DecimalFormatSymbols: a Locale's digits, separators, signs and currency symbol
(Java 17 CLDR data in `numberlocales`), with its getters and setters.

A DecimalFormat keeps its own copy: changing a symbols object after giving it to a format, or
one got from `getDecimalFormatSymbols()`, does not change the format (as in Java).
"""

from __future__ import annotations

from convoscript.lib.java_text.numberlocales import CURRENCIES, SYMBOLS
from convoscript.lib.java_util.currency import (
    DEFAULT_TAG,
    Currency,
    currency_of,
    number_locale,
)
from convoscript.lib.javaobject import JavaObject, receiver
from convoscript.runtime.door.signatures import NoSignature, arity, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Char

# the char symbols: Java getter/setter name -> attribute
_CHARS = {
    "ZeroDigit": "zero",
    "GroupingSeparator": "grouping",
    "DecimalSeparator": "decimal",
    "PerMill": "per_mill",
    "Percent": "percent",
    "MinusSign": "minus",
    "MonetaryDecimalSeparator": "mon_decimal",
    "MonetaryGroupingSeparator": "mon_grouping",
    "Digit": "digit",
    "PatternSeparator": "pattern_separator",
}
_TEXTS = {
    "ExponentSeparator": "exponent",
    "Infinity": "infinity",
    "NaN": "nan",
    "CurrencySymbol": "currency_symbol",
    "InternationalCurrencySymbol": "intl_symbol",
}


class DecimalFormatSymbols(JavaObject):
    __slots__ = ("tag", *_CHARS.values(), *_TEXTS.values())
    java_class = "java.text.DecimalFormatSymbols"
    kinds = ("DecimalFormatSymbols", "Object")
    supertypes = frozenset({"java.lang.Cloneable", "java.io.Serializable"})

    def __init__(self, tag: str):
        self.tag = tag
        data = SYMBOLS[tag]
        (
            self.zero,
            self.grouping,
            self.decimal,
            self.per_mill,
            self.percent,
            self.minus,
            self.mon_decimal,
            self.mon_grouping,
            self.exponent,
            self.infinity,
            self.nan,
            self.currency_symbol,
            self.intl_symbol,
        ) = data
        self.digit, self.pattern_separator = "#", ";"

    def copy(self) -> DecimalFormatSymbols:
        other = DecimalFormatSymbols(self.tag)
        for name in (*_CHARS.values(), *_TEXTS.values()):
            setattr(other, name, getattr(self, name))
        return other

    def state(self) -> tuple:
        return tuple(getattr(self, name) for name in (*_CHARS.values(), *_TEXTS.values()))

    def groovy_equals(self, other: object) -> bool:
        return isinstance(other, DecimalFormatSymbols) and other.state() == self.state()

    def groovy_hash_code(self) -> int:
        # Java: (zeroDigit * 37 + groupingSeparator) * 37 + decimalSeparator
        return (ord(self.zero) * 37 + ord(self.grouping)) * 37 + ord(self.decimal)

    def groovy_to_string(self) -> str:
        return f"java.text.DecimalFormatSymbols@{self.groovy_hash_code() & 0xFFFFFFFF:x}"

    def currency(self) -> Currency | None:
        return Currency(self.intl_symbol) if self.intl_symbol in CURRENCIES else None

    def set_currency(self, currency: Currency) -> None:
        self.intl_symbol = currency.code
        self.currency_symbol = currency.symbol(self.tag)


def symbols_for(value: object) -> DecimalFormatSymbols:
    """The symbols of a Locale (refused when not at hand; null: Java's NullPointerException)."""
    return DecimalFormatSymbols(number_locale(value).tag)


def default_symbols() -> DecimalFormatSymbols:
    """The symbols of the run's default Locale (Locale.getDefault(): en)."""
    return DecimalFormatSymbols(DEFAULT_TAG)


def new_symbols(*args: object) -> DecimalFormatSymbols:
    """new DecimalFormatSymbols(), new DecimalFormatSymbols(Locale), getInstance(...)."""
    arity(args, 0, 1)
    return symbols_for(args[0]) if args else default_symbols()


_symbols = receiver(DecimalFormatSymbols)


def _char_getter(attr: str):
    return lambda s, *a: arity(a, 0) or Char(getattr(_symbols(s), attr))


def _char_setter(attr: str):
    def set_char(self: object, *args: object) -> None:
        arity(args, 1)
        if type(args[0]) is not Char:  # a char parameter: Groovy does not narrow a String
            raise NoSignature
        setattr(_symbols(self), attr, str(args[0]))

    return set_char


def _text_getter(attr: str):
    return lambda s, *a: arity(a, 0) or getattr(_symbols(s), attr)


def _text_setter(attr: str):
    def set_text(self: object, *args: object) -> None:
        arity(args, 1)
        symbols = _symbols(self)
        text = None if args[0] is None else as_str(args[0])
        setattr(symbols, attr, text)
        if attr == "intl_symbol" and text in CURRENCIES:
            # Java also sets the currency, and its symbol in the default Locale
            symbols.currency_symbol = currency_of(text).symbol(DEFAULT_TAG)

    return set_text


def _set_currency(self: object, *args: object) -> None:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    if not isinstance(args[0], Currency):
        raise NoSignature
    _symbols(self).set_currency(args[0])


def _methods() -> dict:
    table: dict = {}
    for name, attr in _CHARS.items():
        table["get" + name] = _char_getter(attr)
        table["set" + name] = _char_setter(attr)
    for name, attr in _TEXTS.items():
        table["get" + name] = _text_getter(attr)
        table["set" + name] = _text_setter(attr)
    table["getCurrency"] = lambda s, *a: arity(a, 0) or _symbols(s).currency()
    table["setCurrency"] = _set_currency
    table["clone"] = lambda s, *a: arity(a, 0) or _symbols(s).copy()
    return table


METHODS = {"DecimalFormatSymbols": _methods()}
STATIC_METHODS = {"java.text.DecimalFormatSymbols": {"getInstance": new_symbols}}
CONSTRUCTORS = {"java.text.DecimalFormatSymbols": new_symbols}
IMPORTABLE = {"java.text.DecimalFormatSymbols": "java.text.DecimalFormatSymbols"}
