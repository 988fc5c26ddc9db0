"""java.util.Formatter: the format strings of `String.format`, and of the GDK's `sprintf` and
`printf`: %s %S %d %o %x %X %e %E %f %g %G %b %c %h %n %%, with flags `-#+ 0,(`, width,
precision and `n$` indices.

Numbers are formatted from the digits Java prints (Double.toString), rounded HALF_UP as Java's
Formatter does; output is charged to the run's string budget as it grows.
"""

from __future__ import annotations

import math
import re
from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_UP, Context, Decimal

from convoscript.runtime import numbers
from convoscript.runtime.core import utf16
from convoscript.runtime.core.hashing import java_hash
from convoscript.runtime.core.javatext import java_string as java_to_string
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.door.signatures import check_length
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import BigInteger, Char, Float, Long

_SPEC = re.compile(r"%(\d+\$|<)?([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])")


def _format_error(kind: str, message: str) -> GroovyThrowable:
    return GroovyThrowable(kind, message)


def java_format(fmt: str, args: tuple, symbols: tuple[str, str] | None = None) -> str:
    """java.lang.String.format(fmt, args...); `symbols`: a Locale's decimal and grouping
    separators, in place of '.' and ','."""
    out: list[str] = []
    pos = 0
    ordinary = 0
    last: int | None = None
    length = 0
    for m in _SPEC.finditer(fmt):
        out.append(fmt[pos : m.start()])
        pos = m.end()
        index_part, flags, width, precision, conversion = m.groups()
        if conversion in "n%":
            out.append("\n" if conversion == "n" else _justify("%", flags, width))
            continue
        if index_part == "<":
            index = last
        elif index_part:
            index = int(index_part[:-1]) - 1
        else:
            index = ordinary
            ordinary += 1
        if index is None or index >= len(args) or index < 0:
            raise _format_error(
                "MissingFormatArgumentException", f"Format specifier '{m.group(0)}'"
            )
        last = index
        piece = _format_one(
            args[index],
            flags,
            int(width) if width else None,
            int(precision[1:]) if precision else None,
            conversion,
        )
        if symbols is not None and symbols != (".", ",") and conversion.lower() in "defg":
            # the number's own '.' and ',' only: nothing else in a formatted number has them
            piece = piece.translate({ord("."): symbols[0], ord(","): symbols[1]})
        length += len(piece)
        check_length(length)
        out.append(piece)
    rest = fmt[pos:]
    if "%" in rest:
        bad = rest[rest.index("%") + 1 : rest.index("%") + 2] or "%"
        raise _format_error("UnknownFormatConversionException", f"Conversion = '{bad}'")
    out.append(rest)
    return "".join(out)


def _justify(text: str, flags: str, width: int | str | None) -> str:
    if width in (None, ""):
        return text
    w = int(width)  # type: ignore[arg-type]
    check_length(w)
    w -= utf16.length(text) - len(text)  # the width counts UTF-16 units (an emoji is 2)
    return text.ljust(w) if "-" in flags else text.rjust(w)


def _format_one(
    arg: object, flags: str, width: int | None, precision: int | None, conversion: str
) -> str:
    lower = conversion.lower()
    if lower in "sbhc":
        text = _format_general(arg, lower, precision)
    elif lower in "doxefg":
        if arg is None:
            text = "null"
        else:
            text = _format_number(arg, flags, width, precision, conversion)
            if "0" in flags and width is not None and "-" not in flags:
                return text.upper() if conversion.isupper() else text
    else:
        raise _format_error("UnknownFormatConversionException", f"Conversion = '{conversion}'")
    if conversion.isupper():
        text = text.upper()
    return _justify(text, flags, width)


def _format_general(arg: object, conversion: str, precision: int | None) -> str:
    if conversion == "s":
        text = "null" if arg is None else java_to_string(arg)
    elif conversion == "b":
        text = (
            ("true" if arg else "false")
            if type(arg) is bool
            else ("false" if arg is None else "true")
        )
    elif conversion == "h":
        text = "null" if arg is None else format(java_hash(arg) & 0xFFFFFFFF, "x")
    else:
        text = _format_char(arg)
    if precision is None or precision >= len(text) and utf16.is_bmp(text):
        return text
    return utf16.cut(text, 0, min(precision, utf16.length(text)))  # UTF-16 units


def _format_char(arg: object) -> str:
    if arg is None:
        return "null"
    if type(arg) is Char:
        return arg  # type: ignore[return-value]
    if type(arg) is int and 0 <= arg <= 0x10FFFF:  # type: ignore[operator]
        return chr(arg)  # type: ignore[arg-type]
    raise _format_error("IllegalFormatConversionException", f"c != {java_class_name(arg)}")


def _format_number(
    arg: object, flags: str, width: int | None, precision: int | None, conversion: str
) -> str:
    lower = conversion.lower()
    integral = type(arg) in (int, Long, BigInteger)
    floating = type(arg) in (float, Float, Decimal)
    if (lower in "dox" and not integral) or (lower in "efg" and not floating):
        raise _format_error(
            "IllegalFormatConversionException", f"{conversion} != {java_class_name(arg)}"
        )
    if lower == "d":
        body, negative = _group(str(abs(arg)), flags), arg < 0  # type: ignore[arg-type, operator]
    elif lower in "ox":
        text = _radix(arg, lower, flags)  # type: ignore[arg-type]
        if "0" in flags and width is not None and "-" not in flags:
            check_length(width)
            prefix = "0x" if text.startswith("0x") else ""
            return prefix + text[len(prefix) :].rjust(width - len(prefix), "0")
        return _justify(text, flags, width)
    else:
        if type(arg) is not Decimal and not math.isfinite(arg):  # type: ignore[arg-type]
            text = "NaN" if math.isnan(arg) else ("Infinity" if arg > 0 else "-Infinity")  # type: ignore
            return _justify(
                ("+" + text) if "+" in flags and text == "Infinity" else text, flags, width
            )
        body, negative = _format_floating(arg, lower, precision, flags)
    return _signed(body, negative, flags, width)


def _signed(body: str, negative: bool, flags: str, width: int | None) -> str:
    if negative:
        prefix, suffix = ("(", ")") if "(" in flags else ("-", "")
    else:
        prefix, suffix = ("+" if "+" in flags else " " if " " in flags else ""), ""
    if "0" in flags and width is not None and "-" not in flags:
        check_length(width)
        body = body.rjust(width - len(prefix) - len(suffix), "0")
    return _justify(prefix + body + suffix, flags, width)


def _group(digits: str, flags: str) -> str:
    if "," not in flags:
        return digits
    head, dot, tail = digits.partition(".")
    groups: list[str] = []
    while len(head) > 3:
        groups.insert(0, head[-3:])
        head = head[:-3]
    groups.insert(0, head)
    return ",".join(groups) + dot + tail


def _radix(arg: int, conversion: str, flags: str) -> str:
    value = int(arg)
    if value < 0 and type(arg) is not BigInteger:
        value += 1 << (32 if type(arg) is int else 64)
    text = format(value, "o" if conversion == "o" else "x")
    if "#" in flags:
        text = ("0" if conversion == "o" else "0x") + text
    return text


def _decimal_of(arg: object) -> Decimal:
    """The decimal digits Java formats a floating value from (Double.toString's digits)."""
    if type(arg) is Decimal:
        return arg  # type: ignore[return-value]
    return Decimal(numbers.to_java_string(arg).replace("E", "e"))


def _format_floating(
    arg: object, conversion: str, precision: int | None, flags: str
) -> tuple[str, bool]:
    d = _decimal_of(arg)
    negative = d.is_signed() and not (type(arg) is Decimal and d == 0)
    d = d.copy_abs()  # exact: abs() rounds to the default context's 28 digits
    p = 6 if precision is None else precision
    budget.current().check_string(p)
    if conversion == "f":
        return _group(_fixed(d, p), flags), negative
    if conversion == "e":
        return _scientific(d, p), negative
    p = 1 if p == 0 else p
    rounded = _round_significant(d, p)
    if rounded != 0 and (rounded < Decimal("0.0001") or rounded >= Decimal(10) ** p):
        return _scientific(d, p - 1), negative
    exponent = rounded.adjusted() if rounded != 0 else 0
    return _group(_fixed(d, max(p - 1 - exponent, 0)), flags), negative


def _quantize(d: Decimal, exponent: int) -> Decimal:
    """`d` rounded half-up to a multiple of 10**exponent, exactly: the context holds every digit
    of the result (the default context's 28 digits made `%.30f` fail)."""
    digits = max(d.adjusted() - exponent + 2, 1)
    context = Context(prec=digits, rounding=ROUND_HALF_UP, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return d.quantize(Decimal((0, (1,), exponent)), context=context)


def _fixed(d: Decimal, places: int) -> str:
    return format(_quantize(d, -places), "f")


def _round_significant(d: Decimal, digits: int) -> Decimal:
    if d == 0:
        return d
    return _quantize(d, d.adjusted() - digits + 1)


def _scientific(d: Decimal, places: int) -> str:
    if d == 0:
        mantissa, exponent = "0" + ("." + "0" * places if places else ""), 0
    else:
        rounded = _round_significant(d, places + 1)
        exponent = rounded.adjusted()
        digits = format(rounded.scaleb(-exponent), "f")
        mantissa = format(_quantize(Decimal(digits), -places), "f")
    sign = "-" if exponent < 0 else "+"
    return f"{mantissa}e{sign}{abs(exponent):02d}"
