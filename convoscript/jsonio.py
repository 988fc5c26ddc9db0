"""JSON reading and writing that keeps numbers exact: decimals as Decimal (BigDecimal), and
Decimal written with its exact digits (`2.50` stays `2.50`).

Text is written as UTF-8-safe JSON: a lone surrogate (a Groovy String is UTF-16, so
`"\\uD83D\\uDE00".charAt(0)` is one) cannot be encoded as UTF-8, so it is written as its JSON
escape `\\udXXX` — valid JSON that reads back as the same string — and every document this
module writes can be encoded, stored and read again whatever text a script made."""

from __future__ import annotations

import decimal
import json
import math
import re
from decimal import Decimal

import simplejson

_SURROGATE = re.compile("[\ud800-\udfff]")


def string(text: str) -> str:
    """`text` as a JSON string literal: non-ASCII kept as it is, lone surrogates escaped."""
    out = json.dumps(text, ensure_ascii=False)
    return _SURROGATE.sub(_escape, out) if _SURROGATE.search(out) else out


def _escape(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


class OversizedNumber:
    """A JSON number with more digits than `loads(max_digits=...)` allows, left as it was read
    (converting a 900,000-digit integer takes seconds, before any budget runs): whoever asked
    for the limit refuses it, naming where it is (services.state.check_numbers)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int):
        self.digits = digits


def loads(text: str, max_digits: int | None = None) -> object:
    """Parse JSON: fractions/exponents become Decimal, integers int, objects ordered dicts.
    With `max_digits`, a number with more digits is an OversizedNumber, never converted: its
    text is measured first, so reading it costs its length, not the quadratic conversion."""
    if max_digits is None:
        return json.loads(text, parse_float=Decimal)
    limit = max_digits

    def parse_int(number: str) -> object:
        digits = len(number) - number.startswith("-")
        return OversizedNumber(digits) if digits > limit else int(number)

    def parse_float(number: str) -> object:
        mantissa = number.lower().partition("e")[0]
        digits = len(mantissa) - mantissa.count("-") - mantissa.count(".")
        return OversizedNumber(digits) if digits > limit else Decimal(number)

    return json.loads(text, parse_float=parse_float, parse_int=parse_int)


def dumps(value: object, indent: int | None = 2) -> str:
    return "".join(_write(value, indent, 0))


def compact(value: object) -> str:
    """`dumps(value, indent=None)`, the same text, written by simplejson's C encoder (several
    times faster: the store writes every conversation's state this way after each run).
    For data without floats (their text is the caller's: the store's codec tags them; a float
    here would be written bare, and NaN as a bare `NaN`); every other value is written as
    `dumps` writes it, a lone surrogate escaped, a Decimal with its exact digits."""
    try:
        with decimal.localcontext(_LOWER_E):  # str(Decimal) as `dumps` writes it: `1e+3`
            out = _COMPACT.encode(value)
    except ValueError:
        # a Decimal NaN or infinity, refused with allow_nan off (simplejson >= 4.2; before, it
        # was written bare), which `dumps` quotes: the exact, slower encoder
        out = _COMPACT_EXACT.encode(value)
    try:  # a lone surrogate is the one thing UTF-8 refuses; the C codec finds it fastest
        out.encode("utf-8")
    except UnicodeEncodeError:
        # and writes it as `dumps` does: a surrogate is below U+10000, so `\\udXXX`
        return out.encode("utf-8", "backslashreplace").decode("utf-8")
    return out


def _exact_default(value: object) -> object:
    """What the exact encoder writes itself: a Decimal as `dumps` does (a non-finite one
    quoted), anything else as its text."""
    if isinstance(value, Decimal):
        return simplejson.RawJSON(_decimal(value))
    return str(value)


_LOWER_E = decimal.Context(capitals=0)
_OPTIONS = {
    "ensure_ascii": False,
    "separators": (", ", ": "),
    "check_circular": False,  # plain data from the boundary: no cycles (to_plain cuts them)
    "namedtuple_as_object": False,  # a tuple is a list, as in `dumps` (and no probe per list)
    "allow_nan": False,
}
_COMPACT = simplejson.JSONEncoder(use_decimal=True, default=str, **_OPTIONS)
_COMPACT_EXACT = simplejson.JSONEncoder(use_decimal=False, default=_exact_default, **_OPTIONS)


def _write(value: object, indent: int | None, level: int):
    if value is None:
        yield "null"
    elif value is True:
        yield "true"
    elif value is False:
        yield "false"
    elif isinstance(value, Decimal):
        yield _decimal(value)
    elif isinstance(value, int):
        yield str(int(value))
    elif isinstance(value, float):
        yield json.dumps(value) if math.isfinite(value) else json.dumps(_java_special(value))
    elif isinstance(value, str):
        yield string(value)
    elif isinstance(value, dict):
        yield from _container("{", "}", [(k, v) for k, v in value.items()], indent, level, True)
    elif isinstance(value, (list, tuple)):
        yield from _container("[", "]", [(None, v) for v in value], indent, level, False)
    else:
        yield string(str(value))


def _java_special(value: float) -> str:
    """Java's Double.toString of NaN and the infinities (JSON has no literal for them)."""
    if math.isnan(value):
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


def _decimal(value: Decimal) -> str:
    if not value.is_finite():
        return json.dumps(str(value))
    text = str(value)
    return text if "E" not in text else text.replace("E", "e")


def _container(open_: str, close: str, items: list, indent: int | None, level: int, keyed: bool):
    if not items:
        yield open_ + close
        return
    yield open_
    for i, (key, value) in enumerate(items):
        if indent is not None:
            yield "\n" + " " * (indent * (level + 1))
        if keyed:
            yield string(str(key) if not isinstance(key, str) else key)
            yield ": "
        yield from _write(value, indent, level + 1)
        if i < len(items) - 1:
            yield "," if indent is not None else ", "
    if indent is not None:
        yield "\n" + " " * (indent * level)
    yield close
