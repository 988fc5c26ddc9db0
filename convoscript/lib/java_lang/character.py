"""java.lang.Character's statics (isDigit, isLetter, toUpperCase, ...): each is the GDK's
method of the same name on the Character (gdk/strings.py, receiver "Character"), which also
takes an int code point here.

The value is runtime.model's `Char`.
"""

from __future__ import annotations

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


STATIC_METHODS = {
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
}
DEFAULT_IMPORTS = {"Character": "java.lang.Character"}
