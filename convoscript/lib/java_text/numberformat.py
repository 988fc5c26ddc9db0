"""java.text.NumberFormat's factories and DecimalFormat's methods and constructors, registered
into the allow-list (the formatting itself is in `decimalformat`, parsing in `numberparse`).

`NumberFormat.get*Instance(locale)` are DecimalFormats made from the Locale's Java 17 pattern
and symbols (`numberlocales`); a Locale whose data is not at hand is refused, naming it.
"""

from __future__ import annotations

from convoscript.lib.java_math.roundingmode import ROUNDING_MODES, RoundingMode
from convoscript.lib.java_text.decimalformat import DecimalFormat
from convoscript.lib.java_text.decimalsymbols import (
    DecimalFormatSymbols,
    default_symbols,
    symbols_for,
)
from convoscript.lib.java_text.numberlocales import PATTERNS
from convoscript.lib.java_text.numberparse import parse
from convoscript.lib.java_util.currency import Currency
from convoscript.lib.javaobject import receiver
from convoscript.runtime.core.gstring import gstring_text
from convoscript.runtime.door.signatures import NoSignature, arity, as_int, as_str
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import GString

_df = receiver(DecimalFormat)
_NUMBER, _CURRENCY, _PERCENT = 0, 1, 2


def _instance(kind: int, args: tuple) -> DecimalFormat:
    arity(args, 0, 1)
    symbols = symbols_for(args[0]) if args else default_symbols()
    return DecimalFormat(PATTERNS[symbols.tag][kind], symbols)


def _integer_instance(*args: object) -> DecimalFormat:
    f = _instance(_NUMBER, args)
    f.max_frac = f.min_frac = 0
    f.decimal_always = False
    f.parse_integer_only = True
    return f


def new_decimal_format(*args: object) -> DecimalFormat:
    """new DecimalFormat(), (pattern), (pattern, DecimalFormatSymbols)."""
    arity(args, 0, 1, 2)
    if not args:
        return _instance(_NUMBER, ())
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "String.length()" because "pattern" is null'
        )
    pattern = as_str(args[0])
    if len(args) == 1:
        return DecimalFormat(pattern, default_symbols())
    if args[1] is None:
        raise GroovyThrowable("NullPointerException", None)
    if not isinstance(args[1], DecimalFormatSymbols):
        raise NoSignature
    return DecimalFormat(pattern, args[1].copy())


# ---- methods --------------------------------------------------------------------------------
def _format(self: object, *args: object) -> str:
    arity(args, 1)
    return _df(self).format(args[0])


def _parse(self: object, *args: object) -> object:
    arity(args, 1)
    text = args[0]
    if text is None:
        raise GroovyThrowable(
            "NullPointerException",
            'Cannot invoke "String.regionMatches(int, String, int, int)" because "text" is null',
        )
    if type(text) is GString:
        text = gstring_text(text)
    if type(text) is not str:
        raise NoSignature
    return parse(_df(self), text)


def _digits(attr: str):
    def get(self: object, *args: object) -> int:
        arity(args, 0)
        return getattr(_df(self), attr)

    def set_(self: object, *args: object) -> None:
        arity(args, 1)
        _df(self).set_digits(attr, as_int(args[0]))

    return get, set_


def _flag(attr: str):
    def get(self: object, *args: object) -> bool:
        arity(args, 0)
        return getattr(_df(self), attr)

    def set_(self: object, *args: object) -> None:
        arity(args, 1)
        if type(args[0]) is not bool:
            raise NoSignature
        setattr(_df(self), attr, args[0])

    return get, set_


def _affix(attr: str):
    def get(self: object, *args: object) -> str:
        arity(args, 0)
        return getattr(_df(self), attr)

    def set_(self: object, *args: object) -> None:
        arity(args, 1)
        f = _df(self)
        setattr(f, attr, None if args[0] is None else as_str(args[0]))
        setattr(f, attr + "_pattern", None)  # a literal affix from now on

    return get, set_


def _set_rounding(self: object, *args: object) -> None:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    if not isinstance(args[0], RoundingMode):
        raise NoSignature
    _df(self).rounding = args[0].rounding_name


def _set_grouping_size(self: object, *args: object) -> None:
    arity(args, 1)
    size = as_int(args[0])
    if not 0 <= size <= 127:
        raise GroovyThrowable(
            "IllegalArgumentException", f"newValue is out of valid range. value: {size}"
        )
    _df(self).grouping_size = size


def _set_multiplier(self: object, *args: object) -> None:
    arity(args, 1)
    _df(self).multiplier = as_int(args[0])


def _apply_pattern(self: object, *args: object) -> None:
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable(
            "NullPointerException", 'Cannot invoke "String.length()" because "pattern" is null'
        )
    _df(self).apply_pattern(as_str(args[0]))


def _set_symbols(self: object, *args: object) -> None:
    arity(args, 1)
    if not isinstance(args[0], DecimalFormatSymbols):
        raise NoSignature
    f = _df(self)
    f.symbols = args[0].copy()
    f.expand_affixes()


def _set_currency(self: object, *args: object) -> None:
    """setCurrency: the currency's symbol in the prefixes; the fraction digits stay."""
    arity(args, 1)
    if args[0] is None:
        raise GroovyThrowable("NullPointerException", None)
    if not isinstance(args[0], Currency):
        raise NoSignature
    f = _df(self)
    f.symbols.set_currency(args[0])
    if f.currency_format:
        f.expand_affixes()


def _clone(self: object, *args: object) -> DecimalFormat:
    arity(args, 0)
    f = _df(self)
    copy = DecimalFormat.__new__(DecimalFormat)
    for name in DecimalFormat.__slots__:
        setattr(copy, name, getattr(f, name))
    copy.symbols = f.symbols.copy()
    return copy


def _methods() -> dict:
    table: dict = {
        "format": _format,
        "parse": _parse,
        "parseObject": _parse,
        "getRoundingMode": lambda s, *a: arity(a, 0) or ROUNDING_MODES[_df(s).rounding],
        "setRoundingMode": _set_rounding,
        "getGroupingSize": lambda s, *a: arity(a, 0) or _df(s).grouping_size,
        "setGroupingSize": _set_grouping_size,
        "getMultiplier": lambda s, *a: arity(a, 0) or _df(s).multiplier,
        "setMultiplier": _set_multiplier,
        "applyPattern": _apply_pattern,
        "toPattern": lambda s, *a: arity(a, 0) or _df(s).to_pattern(),
        "getDecimalFormatSymbols": lambda s, *a: arity(a, 0) or _df(s).symbols.copy(),
        "setDecimalFormatSymbols": _set_symbols,
        "getCurrency": lambda s, *a: arity(a, 0) or _df(s).symbols.currency(),
        "setCurrency": _set_currency,
        "clone": _clone,
    }
    for name, attr in (
        ("MinimumIntegerDigits", "min_int"),
        ("MaximumIntegerDigits", "max_int"),
        ("MinimumFractionDigits", "min_frac"),
        ("MaximumFractionDigits", "max_frac"),
    ):
        table["get" + name], table["set" + name] = _digits(attr)
    for name, attr in (
        ("GroupingUsed", "grouping_used"),
        ("ParseBigDecimal", "parse_big_decimal"),
        ("ParseIntegerOnly", "parse_integer_only"),
        ("DecimalSeparatorAlwaysShown", "decimal_always"),
    ):
        table["is" + name], table["set" + name] = _flag(attr)
    for name, attr in (
        ("PositivePrefix", "pos_prefix"),
        ("PositiveSuffix", "pos_suffix"),
        ("NegativePrefix", "neg_prefix"),
        ("NegativeSuffix", "neg_suffix"),
    ):
        table["get" + name], table["set" + name] = _affix(attr)
    return table


_FACTORIES = {
    "getInstance": lambda *a: _instance(_NUMBER, a),
    "getNumberInstance": lambda *a: _instance(_NUMBER, a),
    "getCurrencyInstance": lambda *a: _instance(_CURRENCY, a),
    "getPercentInstance": lambda *a: _instance(_PERCENT, a),
    "getIntegerInstance": _integer_instance,
}

METHODS = {"DecimalFormat": _methods()}
STATIC_METHODS = {"java.text.NumberFormat": _FACTORIES}
CONSTRUCTORS = {"java.text.DecimalFormat": new_decimal_format}
IMPORTABLE = {
    q: q
    for q in (
        "java.text.NumberFormat",
        "java.text.DecimalFormat",
        "java.text.Format",
    )
}
