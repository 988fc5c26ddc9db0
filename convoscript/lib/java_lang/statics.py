"""Static members and constructors of the allowed classes, keyed by qualified class name.

Also: `String.format` (a java.util.Formatter for %s %S %d %o %x %X %e %E %f %g %G %b %c %h %n
%%, with flags `-#+ 0,(`, width, precision and `n$` indices), Groovy's JsonOutput (`toJson`,
`prettyPrint`) and JsonSlurper (`parseText`), and the throwable constructors and methods.

Math.random draws from the run's random source (gdk.randoms); dates, Random and the other
library classes are in gdk.javalib.
"""

from __future__ import annotations

import json
import math
import re
from decimal import ROUND_HALF_UP, Decimal

from convoscript.lib.gdk.collections import Unmodifiable, _elements, _is_collection
from convoscript.lib.gdk.strings import CHARACTER_METHODS, java_compare_strings
from convoscript.lib.groovy_json.jsonshape import check_json_shape
from convoscript.lib.java_util.locale import Locale
from convoscript.lib.java_util.randoms import math_random
from convoscript.runtime import numbers
from convoscript.runtime.core.closures import Closure
from convoscript.runtime.core.comparators import JavaComparator
from convoscript.runtime.core.hashing import java_hash
from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.core.javatext import java_string as java_to_string
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import (
    GSet,
    MapEntry,
    StringBuilder,
    java_class_name,
)
from convoscript.runtime.door.dispatch import route_getprop, route_invoke
from convoscript.runtime.door.scriptclasses import ObjectBehaviour
from convoscript.runtime.door.signatures import (
    NoSignature,
    arity,
    as_int,
    as_number,
    as_str,
    charge,
    check_length,
)
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import JAVA_PARENTS, GroovyThrowable, qualified_name
from convoscript.runtime.model.values import (
    INT_MAX,
    INT_MIN,
    LONG_MAX,
    LONG_MIN,
    BigInteger,
    Char,
    Float,
    GString,
    IntRange,
    Long,
)


def _is_num(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and type(value) is not bool


def _text(value: object) -> str:
    """A String parameter that also takes a GString."""
    return as_str(value)


# ---- java.util.Formatter ------------------------------------------------------------------------
def _format_error(kind: str, message: str) -> GroovyThrowable:
    return GroovyThrowable(kind, message)


_SPEC = None


def _spec_pattern():
    global _SPEC
    if _SPEC is None:
        _SPEC = re.compile(r"%(\d+\$|<)?([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])")
    return _SPEC


def java_format(fmt: str, args: tuple) -> str:
    """java.lang.String.format(fmt, args...)."""
    out: list[str] = []
    pos = 0
    ordinary = 0
    last: int | None = None
    length = 0
    for m in _spec_pattern().finditer(fmt):
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
                return text
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
    return text[:precision] if precision is not None else text


def _format_char(arg: object) -> str:
    if arg is None:
        return "null"
    if type(arg) is Char:
        return arg  # type: ignore[return-value]
    if type(arg) is int and 0 <= arg <= 0x10FFFF:  # type: ignore[operator]
        return chr(arg)  # type: ignore[arg-type]
    raise _format_error("IllegalFormatConversionException", f"c != {_java_class(arg)}")


def _java_class(arg: object) -> str:

    return java_class_name(arg)


def _format_number(
    arg: object, flags: str, width: int | None, precision: int | None, conversion: str
) -> str:
    lower = conversion.lower()
    integral = type(arg) in (int, Long, BigInteger)
    floating = type(arg) in (float, Float, Decimal)
    if (lower in "dox" and not integral) or (lower in "efg" and not floating):
        raise _format_error(
            "IllegalFormatConversionException", f"{conversion} != {_java_class(arg)}"
        )
    if lower == "d":
        body, negative = _group(str(abs(arg)), flags), arg < 0  # type: ignore[operator]
    elif lower in "ox":
        return _justify(_radix(arg, lower, flags), flags, width)  # type: ignore[arg-type]
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
    groups = []
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
    d = abs(d)
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


def _fixed(d: Decimal, places: int) -> str:
    return format(d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")


def _round_significant(d: Decimal, digits: int) -> Decimal:
    if d == 0:
        return d
    return d.quantize(Decimal(1).scaleb(d.adjusted() - digits + 1), rounding=ROUND_HALF_UP)


def _scientific(d: Decimal, places: int) -> str:
    if d == 0:
        mantissa, exponent = "0" + ("." + "0" * places if places else ""), 0
    else:
        rounded = _round_significant(d, places + 1)
        exponent = rounded.adjusted()
        digits = format(rounded.scaleb(-exponent), "f")
        mantissa = format(Decimal(digits).quantize(Decimal(1).scaleb(-places)), "f")
    sign = "-" if exponent < 0 else "+"
    return f"{mantissa}e{sign}{abs(exponent):02d}"


def string_format(*args: object) -> str:
    if not args:
        raise NoSignature
    if len(args) >= 2 and (args[0] is None or _is_locale(args[0])):
        args = args[1:]  # format(Locale, ...): the Locales scripts can name all format alike
    return java_format(_text(args[0]), args[1:])


def _is_locale(value: object) -> bool:

    return isinstance(value, Locale)


def string_value_of(*args: object) -> str:
    arity(args, 1)
    return "null" if args[0] is None else str(java_to_string(args[0]))


def string_join(*args: object) -> str:
    if len(args) < 2:
        raise NoSignature
    separator = _text(args[0])
    items = _elements(args[1]) if len(args) == 2 and _is_collection(args[1]) else args[1:]
    parts = ["null" if x is None else _text(x) for x in items]
    check_length(sum(len(p) for p in parts) + len(separator) * len(parts))
    return separator.join(parts)


# ---- JSON
def _json_error(message: str) -> GroovyThrowable:
    return GroovyThrowable("JsonException", message)


def json_quote(text: str) -> str:
    """Groovy 2.4's JSON string escaping: quotes, backslash, controls and non-ASCII as \\uXXXX."""
    out = ['"']
    for c in text:
        code = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c in _JSON_SHORT:
            out.append(_JSON_SHORT[c])
        elif code < 0x20 or code > 0x7E:
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


_JSON_SHORT = {"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def to_json(value: object, depth: int = 0) -> str:
    """JsonOutput.toJson: compact, Java number formatting, insertion-ordered maps."""
    if depth > 500:
        raise GroovyThrowable("StackOverflowError", None)
    if value is None:
        return "null"
    if type(value) is bool:
        return "true" if value else "false"
    if isinstance(value, (str, GString, StringBuilder)):
        text = json_quote(to_string(value))
        check_length(len(text))
        return text
    if _is_num(value):
        return _json_number(value)
    if isinstance(value, dict):
        return _json_object(value, depth)
    if isinstance(value, (list, GSet, IntRange)):
        items = _elements(value)
        charge(len(items))
        return "[" + ",".join(to_json(item, depth + 1) for item in items) + "]"
    if isinstance(value, MapEntry):
        return (
            "{" + f'"value":{to_json(value.value, depth + 1)},"key":'
            f"{to_json(value.key, depth + 1)}" + "}"
        )
    if isinstance(value, Closure):  # written as the content its JsonDelegate records
        from convoscript.lib.groovy_json.jsonbuilder import delegate_content

        return _json_object(delegate_content(value), depth)
    if isinstance(value, Unmodifiable):
        return to_json(value.base, depth)
    if isinstance(value, ObjectBehaviour) and not isinstance(value, GroovyThrowable):
        return _json_object(_bean_properties(value), depth)
    custom = getattr(value, "groovy_json", None)
    if custom is not None:
        return custom()
    return json_quote(to_string(value))


def _bean_properties(obj: ObjectBehaviour) -> dict:
    """JsonOutput's view of a script-class instance: its properties (fields, getX()/isX()
    getters, static fields) by name. Groovy orders them by its meta-class's hash table;
    here they come in declaration order, subclass first."""
    names: dict[str, None] = {}
    for cls in obj.cls.chain():
        names.update(dict.fromkeys(cls.fields))
        for method, overloads in cls.methods.items():
            for prefix in ("get", "is"):
                if (
                    method.startswith(prefix)
                    and len(method) > len(prefix)
                    and method[len(prefix)].isupper()
                    and any(meta[2] == 0 and not meta[5] for _, meta in overloads)
                ):
                    names[method[len(prefix)].lower() + method[len(prefix) + 1 :]] = None
        names.update(dict.fromkeys(cls.static_fields))
    names.pop("class", None)
    names.pop("metaClass", None)
    charge(len(names))
    return {name: obj.script_getprop(name) for name in names}


def _json_number(value: object) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        if math.isnan(value):
            raise _json_error(
                "Number NaN can't be serialized as JSON: NaN are not allowed in JSON."
            )
        raise _json_error(
            f"Number {numbers.to_java_string(value)} can't be serialized as JSON: "
            f"infinite are not allowed in JSON."
        )
    return numbers.to_java_string(value)


def _json_object(m: dict, depth: int) -> str:
    charge(len(m))
    parts = []
    for k, v in m.items():
        if k is None:
            raise GroovyThrowable(
                "IllegalArgumentException", "Maps with null keys can't be converted to JSON"
            )
        name = java_string(k) if isinstance(k, (list, dict, GSet)) else to_string(k)
        parts.append(json_quote(name) + ":" + to_json(v, depth + 1))  # key.toString(), Java's
    text = "{" + ",".join(parts) + "}"
    check_length(len(text))
    return text


def json_to_json(*args: object) -> str:
    arity(args, 1)
    return to_json(args[0])


def _lex_error(text: str, at: int) -> GroovyThrowable:
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    char = text[at] if at < len(text) else "EOF"
    return _json_error(
        f"Lexing failed on line: {line}, column: {column}, while reading "
        f"'{char}', no possible valid JSON value or punctuation could be "
        f"recognized."
    )


def pretty_print(*args: object) -> str:
    """JsonOutput.prettyPrint: re-emits the JSON tokens with 4-space indentation."""
    arity(args, 1)
    text = _text(args[0])
    charge(len(text) // 8)
    out: list[str] = []
    indent = total = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        i += 1
        if c in " \t\r\n":
            continue
        if c in "{[":
            indent += 4
            piece = c + "\n" + " " * indent
        elif c in "}]":
            indent -= 4
            piece = "\n" + (" " * indent if indent > 0 else "") + c
        elif c == ",":
            piece = ",\n" + " " * indent
        elif c == ":":
            piece = ": "
        else:
            piece, i = _value_token(text, i - 1)
        total += len(piece)
        check_length(total)
        out.append(piece)
    return "".join(out)


_DECODER = json.JSONDecoder(strict=False)


def _value_token(text: str, i: int) -> tuple[str, int]:
    if text[i] == '"':
        try:
            value, end = _DECODER.raw_decode(text, i)
        except ValueError:
            raise _lex_error(text, i) from None
        return json_quote(value), end
    token = _bare_token(text, i)
    if token is None:
        raise _lex_error(text, i)
    return token, i + len(token)


def _bare_token(text: str, i: int) -> str | None:

    m = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null").match(text, i)
    return m.group(0) if m else None


class JsonSlurper:
    """groovy.json.JsonSlurper: `parseText` gives maps with sorted keys (Groovy 2.4's LazyMap
    builds a TreeMap on any JDK newer than 8); numbers become Integer, Long (wrapping past
    64 bits, as Groovy 2.4's parser does) or BigDecimal."""

    __slots__ = ()
    java_class = "groovy.json.JsonSlurper"

    def script_invoke(self, name: str, args: tuple) -> object:
        if name in JSON_SLURPER_METHODS:
            try:
                return JSON_SLURPER_METHODS[name](self, *args)
            except NoSignature:
                pass
        return route_invoke(self, ("Object",), name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, ("Object",), name)


def _json_int(text: str) -> int:
    budget.current().check_number_bits(len(text) * 4)
    value = int(text)
    if INT_MIN <= value <= INT_MAX:
        return value
    wrapped = value & 0xFFFFFFFFFFFFFFFF
    return Long(wrapped - (1 << 64) if wrapped > LONG_MAX else wrapped)


def _json_reject_constant(name: str) -> object:
    raise ValueError(name)


def _json_object_pairs(pairs: list) -> dict:
    """A JSON object as Groovy 2.4's LazyMap shows it on JDK 9+: a TreeMap (keys sorted),
    the last of duplicate keys winning."""
    merged = dict(pairs)
    return {k: merged[k] for k in sorted(merged)}


def parse_json(text: str) -> object:
    if not text:
        raise GroovyThrowable("IllegalArgumentException", "Text must not be null or empty")
    charge(len(text) // 16)
    check_json_shape(text)
    decoder = json.JSONDecoder(
        parse_float=Decimal,
        parse_int=_json_int,
        strict=False,
        parse_constant=_json_reject_constant,
        object_pairs_hook=_json_object_pairs,
    )
    stripped = text.lstrip(" \t\r\n")
    try:
        value, _ = decoder.raw_decode(stripped)
    except RecursionError:
        raise _json_error("Too deeply nested JSON") from None
    except ValueError as exc:
        raise _json_error(_json_message(exc)) from None
    return value


def _json_message(exc: ValueError) -> str:
    message = getattr(exc, "msg", str(exc))
    if "Expecting value" in message:
        return (
            "Unable to determine the current character, it is not a string, number, "
            "array, or object"
        )
    if "delimiter" in message or "Expecting property name" in message:
        return f"expecting '}}' or ',' but got current char: {message}"
    return message


def slurper_parse_text(self: object, *args: object) -> object:
    arity(args, 1)
    if not isinstance(self, JsonSlurper):
        raise NoSignature
    if args[0] is None:
        raise GroovyThrowable("IllegalArgumentException", "Text must not be null or empty")
    return parse_json(_text(args[0]))


JSON_SLURPER_METHODS = {"parseText": slurper_parse_text}


# ---- java.lang.Math
def _double(value: object) -> float:
    if value is None or type(value) is Char:
        raise NoSignature
    return numbers.to_double(as_number(value))


def _integral_kind(*values: object) -> str | None:
    """'int' or 'long' when Java would pick the integer overload, else None (double)."""
    kinds = {type(v) for v in values}
    if kinds <= {int}:
        return "int"
    if kinds <= {int, Long}:
        return "long"
    return None


def math_max(*args: object) -> object:
    arity(args, 2)
    return _math_extreme(args, 1)


def math_min(*args: object) -> object:
    arity(args, 2)
    return _math_extreme(args, -1)


def _math_extreme(args: tuple, want: int) -> object:
    a, b = args
    kinds = {type(a), type(b)}
    if Decimal in kinds and kinds & {int, Long}:
        name = "max" if want > 0 else "min"
        classes = ", ".join(f"class {_java_class(x)}" for x in args)
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"Ambiguous method overloading for method java.lang.Math#{name}.\nCannot resolve "
            f"which method to invoke for [{classes}] due to overlapping prototypes between:\n"
            f"\t[double, double]\n\t[float, float]",
        )
    kind = _integral_kind(a, b)
    if kind is not None:
        result = a if (a - b) * want >= 0 else b  # type: ignore[operator]
        return int(result) if kind == "int" else Long(result)  # type: ignore[arg-type]
    x, y = _double(a), _double(b)
    if math.isnan(x) or math.isnan(y):
        return math.nan
    return x if (x - y) * want >= 0 else y


def math_abs(*args: object) -> object:
    arity(args, 1)
    value = args[0]
    if type(value) in (int, Long):
        return numbers.number_abs(value)
    return abs(_double(value))


def math_round(*args: object) -> object:
    arity(args, 1)
    value = args[0]
    if type(value) in (int, Float):
        return numbers.number_round(numbers.to_float(value))
    if type(value) is Long:
        return value
    return numbers.number_round(_double(value))


def _double_function(fn):
    def method(*args: object) -> float:
        values = [_double(a) for a in args]
        try:
            return float(fn(*values))
        except (ValueError, ZeroDivisionError):
            return math.nan
        except OverflowError:
            return math.inf

    return method


def _java_pow(x: float, y: float) -> float:
    try:
        return math.pow(x, y)
    except OverflowError:
        return math.inf if x > 0 or y % 2 == 0 else -math.inf
    except ValueError:
        return math.nan


def _java_log(x: float) -> float:
    if x == 0:
        return -math.inf
    return math.log(x) if x > 0 else math.nan


def _java_log10(x: float) -> float:
    if x == 0:
        return -math.inf
    return math.log10(x) if x > 0 else math.nan


def _cbrt(x: float) -> float:
    """Math.cbrt: exact for perfect cubes (Python's cbrt can be 1 ulp off)."""
    if not math.isfinite(x) or x == 0:
        return x
    r = math.cbrt(x)
    nearest = round(r)
    return float(nearest) if nearest**3 == x else r


def _signum(x: float) -> float:
    if math.isnan(x) or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def _floor_op(op: str):
    def method(*args: object) -> object:
        arity(args, 2)
        kind = _integral_kind(*args)
        if kind is None:
            raise NoSignature
        a, b = args
        if b == 0:
            raise GroovyThrowable("ArithmeticException", "/ by zero")
        result = a // b if op == "div" else a % b  # type: ignore[operator]
        return int(result) if kind == "int" else Long(result)

    return method


def _exact(op: str):
    def method(*args: object) -> object:
        arity(args, 2)
        kind = _integral_kind(*args)
        if kind is None:
            raise NoSignature
        a, b = args
        result = {"add": a + b, "subtract": a - b, "multiply": a * b}[op]  # type: ignore
        low, high = (INT_MIN, INT_MAX) if kind == "int" else (LONG_MIN, LONG_MAX)
        if not low <= result <= high:
            raise GroovyThrowable(
                "ArithmeticException", f"{kind}eger overflow" if kind == "int" else "long overflow"
            )
        return int(result) if kind == "int" else Long(result)

    return method


MATH_METHODS = {
    "max": math_max,
    "min": math_min,
    "abs": math_abs,
    "round": math_round,
    "floor": _double_function(lambda x: x if not math.isfinite(x) else math.floor(x)),
    "ceil": _double_function(lambda x: x if not math.isfinite(x) else math.ceil(x)),
    "rint": _double_function(lambda x: x if not math.isfinite(x) else float(round(x))),
    "pow": _double_function(_java_pow),
    "sqrt": _double_function(lambda x: math.sqrt(x) if x >= 0 else math.nan),
    "cbrt": _double_function(lambda x: _cbrt(x)),
    "exp": _double_function(math.exp),
    "log": _double_function(_java_log),
    "log10": _double_function(_java_log10),
    "sin": _double_function(math.sin),
    "cos": _double_function(math.cos),
    "tan": _double_function(math.tan),
    "asin": _double_function(math.asin),
    "acos": _double_function(math.acos),
    "atan": _double_function(math.atan),
    "atan2": _double_function(math.atan2),
    "hypot": _double_function(math.hypot),
    "signum": _double_function(_signum),
    "toRadians": _double_function(math.radians),
    "toDegrees": _double_function(math.degrees),
    "floorDiv": _floor_op("div"),
    "floorMod": _floor_op("mod"),
    "addExact": _exact("add"),
    "subtractExact": _exact("subtract"),
    "multiplyExact": _exact("multiply"),
    "random": math_random,
}


# ---- Integer / Long / Double / Boolean / BigDecimal / Character --------------------------------
def _parse_int(*args: object) -> int:
    arity(args, 1, 2)
    radix = as_int(args[1]) if len(args) == 2 else 10
    return numbers.parse_int(None if args[0] is None else _text(args[0]), radix)


def _parse_long(*args: object) -> Long:
    arity(args, 1, 2)
    radix = as_int(args[1]) if len(args) == 2 else 10
    return numbers.parse_long(None if args[0] is None else _text(args[0]), radix)


def _integer_value_of(*args: object) -> int:
    if len(args) == 1 and type(args[0]) is int:
        return args[0]  # type: ignore[return-value]
    if len(args) == 1 and type(args[0]) is Char:
        raise NoSignature
    return _parse_int(*args)


def _long_value_of(*args: object) -> Long:
    if len(args) == 1 and type(args[0]) in (int, Long):
        return Long(args[0])  # type: ignore[arg-type]
    return _parse_long(*args)


def _to_radix_string(bits: int):
    def method(*args: object) -> str:
        arity(args, 1, 2)
        value = args[0]
        if type(value) not in (int, Long) or (bits == 32 and type(value) is not int):
            raise NoSignature
        if len(args) == 1:
            return str(int(value))  # type: ignore[call-overload]
        radix = as_int(args[1])
        radix = radix if 2 <= radix <= 36 else 10
        return _in_radix(int(value), radix)  # type: ignore[call-overload]

    return method


def _in_radix(value: int, radix: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if value == 0:
        return "0"
    sign, value = ("-", -value) if value < 0 else ("", value)
    out = []
    while value:
        value, r = divmod(value, radix)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def _unsigned_string(bits: int, radix_bits: int):
    def method(*args: object) -> str:
        arity(args, 1)
        value = args[0]
        if type(value) is not int and not (bits == 64 and type(value) is Long):
            raise NoSignature
        unsigned = int(value) & ((1 << bits) - 1)  # type: ignore[call-overload]
        return _in_radix(unsigned, 1 << radix_bits)

    return method


def _int_binary(fn, kind: str = "int"):
    """A static (int, int) or (long, long) method; results wrap like Java's."""

    def method(*args: object) -> object:
        arity(args, 2)
        allowed = (int,) if kind == "int" else (int, Long)
        if not all(type(a) in allowed for a in args):
            raise NoSignature
        result = fn(int(args[0]), int(args[1]))  # type: ignore[call-overload]
        if fn is _cmp:
            return result
        bits = 32 if kind == "int" else 64
        wrapped = (result + (1 << (bits - 1))) % (1 << bits) - (1 << (bits - 1))
        return wrapped if kind == "int" else Long(wrapped)

    return method


def _cmp(a: object, b: object) -> int:
    return (a > b) - (a < b)  # type: ignore[operator]


def _double_compare(*args: object) -> int:
    arity(args, 2)
    return numbers.compare(_double(args[0]), _double(args[1]))


def _double_value_of(*args: object) -> float:
    arity(args, 1)
    if type(args[0]) is float:
        return args[0]  # type: ignore[return-value]
    if _is_num(args[0]):
        raise NoSignature
    return numbers.parse_double(None if args[0] is None else _text(args[0]))


def _double_to_string(*args: object) -> str:
    arity(args, 1)
    return numbers.to_java_string(_double(args[0]))


def _double_predicate(test):
    def method(*args: object) -> bool:
        arity(args, 1)
        return test(_double(args[0]))

    return method


def _parse_boolean(*args: object) -> bool:
    arity(args, 1)
    return args[0] is not None and _text(args[0]).lower() == "true"


def _boolean_value_of(*args: object) -> bool:
    arity(args, 1)
    if type(args[0]) is bool:
        return args[0]  # type: ignore[return-value]
    return _parse_boolean(*args)


def _bool_to_string(*args: object) -> str:
    arity(args, 1)
    if type(args[0]) is not bool:
        raise NoSignature
    return "true" if args[0] else "false"


def _big_decimal_value_of(*args: object) -> Decimal:
    arity(args, 1, 2)
    value = args[0]
    if len(args) == 2:
        if type(value) not in (int, Long):
            raise NoSignature
        return Decimal(int(value)).scaleb(-as_int(args[1]))  # type: ignore[call-overload]
    if type(value) in (int, Long):
        return Decimal(int(value))  # type: ignore[call-overload]
    return _decimal_from_double_string(_double(value))


def _decimal_from_double_string(x: float) -> Decimal:
    """BigDecimal.valueOf(double): new BigDecimal(Double.toString(x))."""
    if not math.isfinite(x):
        raise GroovyThrowable("NumberFormatException", "Infinite or NaN")
    return numbers.to_bigdecimal_from_string(numbers.to_java_string(x))


def _big_integer_value_of(*args: object) -> BigInteger:
    arity(args, 1)
    if type(args[0]) not in (int, Long):
        raise NoSignature
    return BigInteger(int(args[0]))  # type: ignore[call-overload]


def _character_test(name: str):

    def method(*args: object) -> object:
        arity(args, 1)
        value = args[0]
        if type(value) is int and 0 <= value <= 0x10FFFF:  # type: ignore[operator]
            value = Char(chr(value))  # type: ignore[arg-type]
        if type(value) is not Char:
            raise NoSignature
        return CHARACTER_METHODS[name](value)

    return method


class RoundingMode:
    """java.math.RoundingMode constants (HALF_UP ...); setScale/divide accept them."""

    __slots__ = ("rounding_name",)
    java_class = "java.math.RoundingMode"

    def __init__(self, name: str):
        self.rounding_name = name

    def script_invoke(self, name: str, args: tuple) -> object:
        if name in ("name", "toString") and not args:
            return self.rounding_name
        if name == "ordinal" and not args:
            return _ROUNDING_NAMES.index(self.rounding_name)
        return route_invoke(self, ("Object",), name, args)

    def script_getprop(self, name: str) -> object:
        return route_getprop(self, ("Object",), name)

    def groovy_to_string(self) -> str:
        return self.rounding_name


_ROUNDING_NAMES = (
    "UP",
    "DOWN",
    "CEILING",
    "FLOOR",
    "HALF_UP",
    "HALF_DOWN",
    "HALF_EVEN",
    "UNNECESSARY",
)
ROUNDING_MODES = {name: RoundingMode(name) for name in _ROUNDING_NAMES}


def _rounding_value_of(*args: object) -> RoundingMode:
    arity(args, 1)
    if type(args[0]) is int and 0 <= args[0] < 8:  # type: ignore[operator]
        return ROUNDING_MODES[_ROUNDING_NAMES[args[0]]]  # type: ignore[index]
    name = _text(args[0])
    if name not in ROUNDING_MODES:
        raise GroovyThrowable(
            "IllegalArgumentException", f"No enum constant java.math.RoundingMode.{name}"
        )
    return ROUNDING_MODES[name]


# ---- constructors --------------------------------------------------------------------------------
def _capacity(value: object) -> None:
    if type(value) is not int:
        raise NoSignature
    if value < 0:  # type: ignore[operator]
        raise GroovyThrowable("IllegalArgumentException", f"Illegal Capacity: {value}")


def new_big_decimal(*args: object) -> Decimal:
    arity(args, 1)
    value = args[0]
    if type(value) in (str, GString):
        return numbers.to_bigdecimal_from_string(_text(value))
    if type(value) in (int, Long, BigInteger):
        return Decimal(int(value))  # type: ignore[call-overload]
    if type(value) in (float, Float, Decimal):
        x = float(value)  # type: ignore[arg-type]
        if not math.isfinite(x):
            raise GroovyThrowable("NumberFormatException", "Infinite or NaN")
        return Decimal(x)
    raise NoSignature


def new_big_integer(*args: object) -> BigInteger:
    arity(args, 1, 2)
    radix = as_int(args[1]) if len(args) == 2 else 10
    return numbers.to_biginteger_from_string(_text(args[0]), radix)


def new_integer(*args: object) -> int:
    arity(args, 1)
    if type(args[0]) is int:
        return args[0]  # type: ignore[return-value]
    return numbers.parse_int(_text(args[0]))


def new_string(*args: object) -> str:
    arity(args, 0, 1)
    if not args:
        return ""
    if isinstance(args[0], StringBuilder):
        return args[0].text()
    if getattr(type(args[0]), "java_class", None) == "char[]":
        return to_string(args[0])
    return _text(args[0])


def new_json_slurper(*args: object) -> JsonSlurper:
    arity(args, 0)
    return JsonSlurper()


# ---- throwables ----------------------------------------------------------------------------------
def _message_of(value: object) -> str | None:
    if value is None:
        return None
    return to_string(value)


def _throwable_constructor(name: str, with_cause: bool = True):
    def construct(*args: object) -> GroovyThrowable:
        arity(args, 0, 1, 2)
        if not args:
            return GroovyThrowable(name, None)
        if len(args) == 2:
            if not with_cause or not isinstance(args[1], GroovyThrowable) and args[1] is not None:
                raise NoSignature
            return GroovyThrowable(name, _message_text(args[0]), args[1])
        arg = args[0]
        if isinstance(arg, GroovyThrowable):
            if not with_cause:
                raise NoSignature
            return GroovyThrowable(name, arg.to_java_string(), arg)
        return GroovyThrowable(name, _message_text(arg))

    return construct


def _message_text(value: object) -> str | None:
    if value is None:
        return None
    if type(value) not in (str, GString):
        raise NoSignature
    return to_string(value)


def _assertion_error(*args: object) -> GroovyThrowable:
    arity(args, 0, 1, 2)
    if not args:
        return GroovyThrowable("AssertionError", None)
    if len(args) == 2:
        return GroovyThrowable("AssertionError", _message_text(args[0]), args[1])
    if type(args[0]) in (str, GString):
        raise GroovyThrowable(
            "GroovyRuntimeException",
            f"could not access constructor: private java.lang.AssertionError(java.lang.String) "
            f"with arguments: [{to_string(args[0])}] reason: java.lang.IllegalAccessException: "
            f"class org.codehaus.groovy.reflection.CachedConstructor cannot access a member of "
            f'class java.lang.AssertionError (in module java.base) with modifiers "private"',
        )
    cause = args[0] if isinstance(args[0], GroovyThrowable) else None
    return GroovyThrowable("AssertionError", _message_of(args[0]), cause)


# Constructible throwables: class -> whether it has (String, Throwable) / (Throwable)
_THROWABLES_WITH_CAUSE = (
    "Throwable",
    "Exception",
    "Error",
    "RuntimeException",
    "IllegalArgumentException",
    "IllegalStateException",
    "UnsupportedOperationException",
    "ConcurrentModificationException",
    "GroovyRuntimeException",
    "IOException",
)
_THROWABLES_MESSAGE_ONLY = (
    "ArithmeticException",
    "NullPointerException",
    "NumberFormatException",
    "IndexOutOfBoundsException",
    "ArrayIndexOutOfBoundsException",
    "StringIndexOutOfBoundsException",
    "ClassCastException",
    "NoSuchElementException",
    "JsonException",
)


def _t(self: object) -> GroovyThrowable:
    if isinstance(self, GroovyThrowable):
        return self
    raise NoSignature


def throwable_get_message(self: object, *args: object) -> object:
    arity(args, 0)
    return _t(self).message


def throwable_get_cause(self: object, *args: object) -> object:
    arity(args, 0)
    return _t(self).cause


def throwable_to_string(self: object, *args: object) -> str:
    arity(args, 0)
    return _t(self).to_java_string()


def throwable_init_cause(self: object, *args: object) -> GroovyThrowable:
    arity(args, 1)
    e = _t(self)
    if args[0] is not None and not isinstance(args[0], GroovyThrowable):
        raise NoSignature
    if e.cause is not None:
        raise GroovyThrowable(
            "IllegalStateException", f"Can't overwrite cause with {to_string(args[0])}"
        )
    if args[0] is e:
        raise GroovyThrowable("IllegalArgumentException", "Self-causation not permitted")
    e.cause = args[0]
    return e


THROWABLE_METHODS = {
    "getMessage": throwable_get_message,
    "getLocalizedMessage": throwable_get_message,
    "getCause": throwable_get_cause,
    "toString": throwable_to_string,
    "initCause": throwable_init_cause,
}


# ---- tables
STATIC_METHODS = {
    "java.lang.Integer": {
        "parseInt": _parse_int,
        "valueOf": _integer_value_of,
        "toString": _to_radix_string(32),
        "toHexString": _unsigned_string(32, 4),
        "toBinaryString": _unsigned_string(32, 1),
        "toOctalString": _unsigned_string(32, 3),
        "max": _int_binary(max),
        "min": _int_binary(min),
        "sum": _int_binary(lambda a, b: a + b),
        "compare": _int_binary(_cmp),
        "signum": lambda *a: arity(a, 1) or _cmp(as_int(a[0]), 0),
    },
    "java.lang.Long": {
        "parseLong": _parse_long,
        "valueOf": _long_value_of,
        "toString": _to_radix_string(64),
        "toHexString": _unsigned_string(64, 4),
        "toBinaryString": _unsigned_string(64, 1),
        "max": _int_binary(max, "long"),
        "min": _int_binary(min, "long"),
        "sum": _int_binary(lambda a, b: a + b, "long"),
        "compare": _int_binary(_cmp, "long"),
    },
    "java.lang.Double": {
        "parseDouble": _double_value_of,
        "valueOf": _double_value_of,
        "toString": _double_to_string,
        "isNaN": _double_predicate(math.isnan),
        "isInfinite": _double_predicate(math.isinf),
        "isFinite": _double_predicate(math.isfinite),
        "compare": _double_compare,
        "max": lambda *a: arity(a, 2) or max(_double(a[0]), _double(a[1])),
        "min": lambda *a: arity(a, 2) or min(_double(a[0]), _double(a[1])),
        "sum": lambda *a: arity(a, 2) or _double(a[0]) + _double(a[1]),
    },
    "java.lang.Boolean": {
        "parseBoolean": _parse_boolean,
        "valueOf": _boolean_value_of,
        "toString": _bool_to_string,
    },
    "java.lang.String": {
        "format": string_format,
        "valueOf": string_value_of,
        "join": string_join,
    },
    "java.lang.Character": {
        name: _character_test(name)
        for name in (
            "isDigit",
            "isLetter",
            "isLetterOrDigit",
            "isWhitespace",
            "isUpperCase",
            "isLowerCase",
            "toUpperCase",
            "toLowerCase",
        )
    },
    "java.math.BigDecimal": {"valueOf": _big_decimal_value_of},
    "java.math.BigInteger": {"valueOf": _big_integer_value_of},
    "java.math.RoundingMode": {"valueOf": _rounding_value_of},
    "java.lang.Math": MATH_METHODS,
    "groovy.json.JsonOutput": {"toJson": json_to_json, "prettyPrint": pretty_print},
}


def _case_insensitive(a: object, b: object) -> int:

    def fold(text: str) -> str:
        return "".join(c.upper().lower() if len(c.upper()) == 1 else c for c in text)

    return java_compare_strings(fold(_text(a)), fold(_text(b)))


STATIC_FIELDS = {
    "java.lang.Integer": {"MAX_VALUE": INT_MAX, "MIN_VALUE": INT_MIN},
    "java.lang.Long": {"MAX_VALUE": Long(LONG_MAX), "MIN_VALUE": Long(LONG_MIN)},
    "java.lang.Double": {
        "MAX_VALUE": 1.7976931348623157e308,
        "MIN_VALUE": 5e-324,
        "NaN": math.nan,
        "POSITIVE_INFINITY": math.inf,
        "NEGATIVE_INFINITY": -math.inf,
    },
    "java.lang.Boolean": {"TRUE": True, "FALSE": False},
    "java.math.BigDecimal": {
        "ONE": Decimal(1),
        "ZERO": Decimal(0),
        "TEN": Decimal(10),
        **{f"ROUND_{name}": i for i, name in enumerate(_ROUNDING_NAMES)},
    },
    "java.math.BigInteger": {
        "ONE": BigInteger(1),
        "ZERO": BigInteger(0),
        "TEN": BigInteger(10),
        "TWO": BigInteger(2),
    },
    "java.math.RoundingMode": dict(ROUNDING_MODES),
    "java.lang.Math": {"PI": math.pi, "E": math.e},
    "java.lang.String": {
        "CASE_INSENSITIVE_ORDER": JavaComparator(
            _case_insensitive, "java.lang.String$CaseInsensitiveComparator"
        ),
    },
}

CONSTRUCTORS = {
    "java.lang.String": new_string,
    "java.lang.Integer": new_integer,
    "java.math.BigInteger": new_big_integer,
    "groovy.json.JsonSlurper": new_json_slurper,
    "java.lang.AssertionError": _assertion_error,
}


def _throwable_qualified(name: str) -> str:

    return qualified_name(name)


for _name in _THROWABLES_WITH_CAUSE:
    CONSTRUCTORS[_throwable_qualified(_name)] = _throwable_constructor(_name)
for _name in _THROWABLES_MESSAGE_ONLY:
    CONSTRUCTORS[_throwable_qualified(_name)] = _throwable_constructor(_name, with_cause=False)

_DEFAULT_CLASSES = (
    "java.lang.Object",
    "java.lang.String",
    "java.lang.CharSequence",
    "java.lang.Character",
    "java.lang.Boolean",
    "java.lang.Number",
    "java.lang.Integer",
    "java.lang.Long",
    "java.lang.Double",
    "java.lang.Float",
    "java.lang.Math",
    "java.lang.Comparable",
    "java.lang.Iterable",
    "java.math.BigDecimal",
    "java.math.BigInteger",
    "java.util.List",
    "java.util.Map",
    "java.util.Set",
    "java.util.Collection",
    "groovy.lang.Closure",
    "groovy.lang.GString",
    "groovy.lang.Range",
    "groovy.lang.IntRange",
    "groovy.lang.ObjectRange",
    "java.util.Comparator",
)

DEFAULT_IMPORTS = {q.rsplit(".", 1)[-1]: q for q in _DEFAULT_CLASSES}
DEFAULT_IMPORTS.update(
    {
        name: _throwable_qualified(name)
        for name in JAVA_PARENTS
        if _throwable_qualified(name).rsplit(".", 1)[0]
        in ("java.lang", "java.util", "groovy.lang", "java.io")
    }
)

IMPORTABLE = {
    q: q
    for q in (
        "groovy.json.JsonOutput",
        "groovy.json.JsonSlurper",
        "groovy.json.JsonException",
        "java.math.RoundingMode",
        "java.util.Map.Entry",
    )
}

PROPERTIES = {
    "Throwable": {
        "message": lambda e: e.message,
        "localizedMessage": lambda e: e.message,
        "cause": lambda e: e.cause,
    },
}

METHODS = {
    "Throwable": THROWABLE_METHODS,
    "JsonSlurper": JSON_SLURPER_METHODS,
}
