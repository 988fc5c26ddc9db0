"""groovy.json.JsonOutput: `toJson` (compact, Java number formatting, insertion-ordered maps,
script objects by their properties) and `prettyPrint`, as Groovy 2.4 writes them.

JsonBuilder (`jsonbuilder.py`) prints through here; a closure value is written as the content
its JsonDelegate records (`jsondelegate.py`).
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal

from convoscript.lib.gdk.collections import Unmodifiable, _elements
from convoscript.lib.groovy_json.jsondelegate import delegate_content
from convoscript.runtime import numbers
from convoscript.runtime.core.javatext import java_string
from convoscript.runtime.core.keys import GSet
from convoscript.runtime.core.suggestions import meta_class_order
from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import MapEntry, StringBuilder
from convoscript.runtime.door.scriptclasses import ObjectBehaviour
from convoscript.runtime.door.signatures import arity, as_str, charge, check_length
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Closure, GString, IntRange

_BARE_TOKEN = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


def _json_error(message: str) -> GroovyThrowable:
    return GroovyThrowable("JsonException", message)


def _is_num(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and type(value) is not bool


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
        return _json_object(delegate_content(value), depth)
    if isinstance(value, Unmodifiable):
        return to_json(value.base, depth)
    if isinstance(value, ObjectBehaviour) and value.enum is not None:
        return json_quote(value.enum[0])  # an enum constant is written as its name
    if isinstance(value, ObjectBehaviour) and not isinstance(value, GroovyThrowable):
        return _json_object(_bean_properties(value), depth)
    custom = getattr(value, "groovy_json", None)
    if custom is not None:
        return custom()
    return json_quote(to_string(value))


def _bean_properties(obj: ObjectBehaviour) -> dict:
    """JsonOutput's view of a script-class instance: its bean properties (properties, static
    ones too, and getX()/isX() getters; not fields declared with a visibility), in the order
    Groovy's meta-class hash table lists them."""
    entries = ["class"]  # what the meta-class's table holds, in the order it is filled
    listed: set[str] = set()
    for cls in reversed(list(obj.cls.chain())):
        for fields in (cls.fields, cls.static_fields):
            for name, meta in fields.items():
                entries.append(name)  # every field has an entry; only properties are listed
                if meta.visibility is None:
                    listed.add(name)
        for method, overloads in cls.methods.items():
            for prefix in ("get", "is"):
                if (
                    method.startswith(prefix)
                    and len(method) > len(prefix)
                    and method[len(prefix)].isupper()
                    and any(meta.min_args == 0 and not meta.static for _, meta in overloads)
                ):
                    name = method[len(prefix)].lower() + method[len(prefix) + 1 :]
                    entries.append(name)
                    listed.add(name)
    entries.append("metaClass")
    listed -= {"class", "metaClass"}
    charge(len(entries))
    ordered = [n for n in meta_class_order(entries) if n in listed]
    return {name: obj.script_getprop(name) for name in ordered}


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
    text = as_str(args[0])
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
    m = _BARE_TOKEN.match(text, i)
    return m.group(0) if m else None


STATIC_METHODS = {"groovy.json.JsonOutput": {"toJson": json_to_json, "prettyPrint": pretty_print}}
IMPORTABLE = {"groovy.json.JsonOutput": "groovy.json.JsonOutput"}
