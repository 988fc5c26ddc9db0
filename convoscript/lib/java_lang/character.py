"""java.lang.Character's statics (isDigit, isLetter, toUpperCase, ...): each is the GDK's
method of the same name on the Character (gdk/strings.py, receiver "Character"), which also
takes an int code point here.

The value is runtime.model's `Char`.
"""

from __future__ import annotations

import unicodedata

from convoscript.lib.gdk.strings import CHARACTER_METHODS
from convoscript.runtime import numbers
from convoscript.runtime.core.arrays import JavaArray, make_array
from convoscript.runtime.core.utf16 import units
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.runtime.model.values import Char


def _character_test(name: str):
    """Character.<name>(char) is the GDK's method on the Character; <name>(int) takes a code
    point: a case mapping answers a code point (an int that is none maps to itself), a test
    is false for an int that is no code point."""
    mapping = name in ("toUpperCase", "toLowerCase")

    def method(*args: object) -> object:
        arity(args, 1)
        value = args[0]
        if type(value) is int:
            if not 0 <= value <= 0x10FFFF:  # type: ignore[operator]
                return value if mapping else False
            result = CHARACTER_METHODS[name](Char(chr(value)))  # type: ignore[arg-type]
            return ord(result) if mapping else result  # type: ignore[arg-type]
        if type(value) is not Char:
            raise NoSignature
        return CHARACTER_METHODS[name](value)

    return method


def get_numeric_value(*args: object) -> int:
    """Character.getNumericValue: a digit's value, 10..35 for the Latin letters a-z (either
    case, also full-width), -2 for a fraction, else -1."""
    arity(args, 1)
    value = args[0]
    if type(value) is int and 0 <= value <= 0x10FFFF:  # type: ignore[operator]
        value = Char(chr(value))  # type: ignore[arg-type]
    if type(value) is not Char:
        raise NoSignature
    c = unicodedata.normalize("NFKC", value)  # full-width forms to ASCII
    if len(c) == 1 and c.isascii() and c.isalpha():
        return ord(c.lower()) - ord("a") + 10
    number = unicodedata.numeric(value, None)
    if number is None or number < 0:
        return -1
    return int(number) if number == int(number) else -2


def _code_point(value: object) -> int:
    if type(value) is int:
        return value  # type: ignore[return-value]
    raise NoSignature


def _char(value: object) -> str:
    if type(value) is Char:
        return value  # type: ignore[return-value]
    raise NoSignature


def to_chars(*args: object) -> JavaArray:
    """Character.toChars(int): the code point's UTF-16 chars (two for U+10000 and up)."""
    arity(args, 1)
    cp = _code_point(args[0])
    if not 0 <= cp <= 0x10FFFF:
        raise GroovyThrowable(
            "IllegalArgumentException", f"Not a valid Unicode code point: 0x{cp & 0xFFFFFFFF:X}"
        )
    return make_array("char", [Char(c) for c in units(chr(cp))])


def to_code_point(*args: object) -> int:
    """Character.toCodePoint(high, low): Java's arithmetic, whatever the two chars are."""
    arity(args, 2)
    high, low = ord(_char(args[0])), ord(_char(args[1]))
    return numbers.to_int((high << 10) + low + (0x10000 - (0xD800 << 10) - 0xDC00))  # int wraps


def _code_point_test(test):
    def method(*args: object) -> bool:
        arity(args, 1)
        return test(_code_point(args[0]))

    return method


def _char_test(low: int, high: int):
    def method(*args: object) -> bool:
        arity(args, 1)
        return low <= ord(_char(args[0])) <= high

    return method


def _surrogate_of(high: bool):
    def method(*args: object) -> Char:
        arity(args, 1)
        cp = _code_point(args[0]) & 0xFFFFFFFF
        if high:
            return Char(chr(((cp >> 10) + (0xD800 - (0x10000 >> 10))) & 0xFFFF))
        return Char(chr((cp & 0x3FF) + 0xDC00))

    return method


STATIC_METHODS = {
    "java.lang.Character": {
        "getNumericValue": get_numeric_value,
        "toChars": to_chars,
        "toCodePoint": to_code_point,
        "charCount": lambda *a: arity(a, 1) or (2 if _code_point(a[0]) >= 0x10000 else 1),
        "isSupplementaryCodePoint": _code_point_test(lambda cp: 0x10000 <= cp <= 0x10FFFF),
        "isBmpCodePoint": _code_point_test(lambda cp: 0 <= cp <= 0xFFFF),
        "isValidCodePoint": _code_point_test(lambda cp: 0 <= cp <= 0x10FFFF),
        "isSurrogate": _char_test(0xD800, 0xDFFF),
        "isHighSurrogate": _char_test(0xD800, 0xDBFF),
        "isLowSurrogate": _char_test(0xDC00, 0xDFFF),
        "highSurrogate": _surrogate_of(True),
        "lowSurrogate": _surrogate_of(False),
    }
    | {
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
}
DEFAULT_IMPORTS = {"Character": "java.lang.Character"}
