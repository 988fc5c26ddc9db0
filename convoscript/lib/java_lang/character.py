"""java.lang.Character's statics (isDigit, isLetter, toUpperCase, ...): each is the GDK's
method of the same name on the Character (gdk/strings.py, receiver "Character"), which also
takes an int code point here.

The value is runtime.model's `Char`.
"""

from __future__ import annotations

import unicodedata

from convoscript.lib.gdk.strings import CHARACTER_METHODS
from convoscript.runtime.door.signatures import NoSignature, arity
from convoscript.runtime.model.values import Char


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


STATIC_METHODS = {
    "java.lang.Character": {
        "getNumericValue": get_numeric_value,
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
