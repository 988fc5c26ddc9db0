"""Groovy 2.4's JsonSlurper parser (groovy.json.internal.JsonParserCharArray), step for step,
for the texts Python's decoder refuses: what Groovy makes of them (it is lenient: `{"a":1,}`,
an unclosed object), or its JsonException with Groovy's exact message (the complaint, the
character, line and index, and the line with a caret under the character).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from convoscript.runtime.core.utf16 import pair
from convoscript.runtime.model import budget
from convoscript.runtime.model.exceptions import GroovyThrowable, java_is_a

# CharScanner's own failures (groovy.json.internal.Exceptions.JsonInternalException)
_INTERNAL = "JsonInternalException"


def _describe(c: str) -> str:
    """BaseJsonParser.charDescription."""
    shown = {" ": "[SPACE]", "\t": "[TAB]", "\n": "[NEWLINE]"}.get(c, f"'{c}'")
    return f"{shown} with an int value of {ord(c)}"


def error_details(message: str, text: str, index: int, current: str) -> str:
    """CharScanner.errorDetails: the JsonException message for a complaint at `index`."""
    line, line_start = 0, 0
    for i in range(min(index, len(text))):
        if text[i] == "\n":
            line += 1
            line_start = i + 1
    end = text.find("\n", line_start)
    source = text[line_start:] if end < 0 else text[line_start:end]
    return (
        f"{message}\n\nThe current character read is {_describe(current)}\n{message}\n"
        f"line number {line + 1}\nindex number {index}\n{source}\n"
        + "." * (index - line_start)
        + "^"
    )


_ESCAPES = {"n": "\n", "/": "/", '"': '"', "f": "\f", "t": "\t", "\\": "\\", "b": "\b", "r": "\r"}


def decode_escapes(text: str, start: int, end: int) -> str:
    """CharBuf.decodeJsonString: each `\\uXXXX` is one UTF-16 unit; an escaped surrogate pair
    is the character it stands for, a lone one stays (runtime/core/utf16.py's one spelling)."""
    out: list[str] = []
    i = start
    while i < end:
        c = text[i]
        if c != "\\":
            out.append(c)
        else:
            i += 1
            c = text[i] if i < len(text) else ""
            if c == "u":
                if i + 4 < end:
                    try:
                        out.append(chr(int(text[i + 1 : i + 5], 16)))
                    except ValueError:
                        raise GroovyThrowable(
                            "NumberFormatException", f'For input string: "{text[i + 1 : i + 5]}"'
                        ) from None
                    i += 4
            elif c in _ESCAPES:
                out.append(_ESCAPES[c])
            else:
                raise GroovyThrowable("JsonException", "Unable to decode string")
        i += 1
    return pair("".join(out))


class CharArrayParser:
    """One parse. `make_int` converts an integer's text (Integer or wrapped Long, as Groovy's
    parser does), `make_map` a list of key/value pairs (Groovy's LazyMap)."""

    def __init__(self, text: str, make_int: Callable[[str], object], make_map: Callable):
        self.text = text
        self.index = 0
        self.current = "\0"
        self.last = len(text) - 1
        self.make_int = make_int
        self.make_map = make_map

    def parse(self) -> object:
        return self.value()

    # -- JsonParserCharArray's primitives ----------------------------------------------------
    def fail(self, message: str) -> GroovyThrowable:
        return GroovyThrowable(
            "JsonException", error_details(message, self.text, self.index, self.current)
        )

    def at(self, i: int) -> str:
        if not 0 <= i < len(self.text):
            raise GroovyThrowable(
                "ArrayIndexOutOfBoundsException",
                f"Index {i} out of bounds for length {len(self.text)}",
            )
        return self.text[i]

    def skip_white_space(self) -> None:
        ix = self.index
        if ix <= self.last:
            self.current = self.text[ix]
        if self.current <= " ":
            while ix < len(self.text) and self.text[ix] <= " ":
                ix += 1
            if ix == len(self.text):
                ix -= 1
            self.current = self.at(ix)
            self.index = ix

    # -- values -------------------------------------------------------------------------------
    def value(self) -> object:
        budget.current().tick()
        self.skip_white_space()
        c = self.current
        if c == '"':
            return self.string()
        if c in ("t", "f", "n"):
            return self.word({"t": "true", "f": "false", "n": "null"}[c])
        if c == "[":
            return self.array()
        if c == "{":
            return self.object()
        if c.isdigit() and c.isascii() or c == "-":
            return self.number()
        raise self.fail(
            "Unable to determine the current character, it is not a string, number, array, "
            "or object"
        )

    def word(self, word: str) -> object:
        complaint = {
            "true": "true not parsed properly",
            "false": "false not parsed properly",
            "null": "null not parse properly",
        }[word]
        if self.index + len(word) <= len(self.text):
            for i, expected in enumerate(word):
                if i:
                    self.index += 1
                if self.text[self.index] != expected:
                    raise self.fail(complaint)
            self.index += 1
            return {"true": True, "false": False, "null": None}[word]
        raise self.fail(complaint)

    def string(self) -> str:
        text, index = self.text, self.index
        if index < len(text) and self.at(index) == '"':
            index += 1
        start = index
        while index < len(text) and text[index] not in '"\\':
            index += 1
        if index < len(text) and text[index] == "\\":
            escape = False
            while index < len(text):
                c = text[index]
                if c == '"' and not escape:
                    break
                escape = c == "\\" and not escape
                index += 1
            value = decode_escapes(text, start, index)
        else:
            value = text[start:index]
        if index < len(text):
            index += 1
        self.index = index
        return value  # type: ignore[no-any-return]

    def number(self) -> object:
        text, start = self.text, self.index
        index = start + 1 if text[start] == "-" else start
        if index >= len(text):
            raise GroovyThrowable(_INTERNAL, "died")
        dot, simple = False, True
        while index < len(text):
            c = text[index]
            if "0" <= c <= "9":
                pass
            elif c <= " " or c in ",}]":
                break
            elif c == ".":
                if dot:
                    raise GroovyThrowable(_INTERNAL, f"unexpected character {c}")
                dot = True
            elif c in "eE-+":
                simple = False
            else:
                raise GroovyThrowable(_INTERNAL, f"unexpected character {c}")
            index += 1
        self.index = index
        literal = text[start:index]
        if literal == "-":
            raise GroovyThrowable(_INTERNAL, "died")
        try:
            if not dot and simple:
                return self.make_int(literal)
            return Decimal(literal)
        except (ArithmeticError, ValueError):
            raise GroovyThrowable(
                "NumberFormatException", f'For input string: "{literal}"'
            ) from None

    def array(self) -> list:
        try:
            return self._array()
        except GroovyThrowable as exc:
            if java_is_a(exc.java_class, "JsonException"):
                raise
            raise self.fail("issue parsing JSON array") from None

    def _array(self) -> list:
        if self.current == "[":
            self.index += 1
        self.skip_white_space()
        if self.current == "]":
            self.index += 1
            return []
        items: list = []
        found_end = False
        while self.index < self.last:
            items.append(self.value())
            c = self.at(self.index)
            if c == ",":
                self.index += 1
                continue
            if c == "]":
                self.index += 1
                found_end = True
                break
            before = self.index
            self.skip_white_space()
            c = self.at(self.index)
            if c == ",":
                self.index += 1
                continue
            if c == "]" and before != self.index:
                self.index += 1
                found_end = True
                break
            raise self.fail(
                f"expecting a ',' or a ']',  but got \nthe current character of  "
                f"{_describe(c)}  on array index of {len(items)} \n"
            )
        if not found_end:
            raise self.fail("Did not find end of Json Array")
        return items

    def object(self) -> object:
        if self.current == "{":
            self.index += 1
        pairs: list = []
        while self.index < len(self.text):
            self.skip_white_space()
            if self.current == '"':
                key = self.string()
                self.skip_white_space()
                if self.current != ":":
                    raise self.fail(
                        f"expecting current character to be {_describe(self.current)}\n"
                    )
                self.index += 1
                self.skip_white_space()
                item = self.value()
                self.skip_white_space()
                pairs.append((key, item))
            if self.current == "}":
                self.index += 1
                break
            if self.current != ",":
                raise self.fail(
                    f"expecting '}}' or ',' but got current char {_describe(self.current)}"
                )
            self.index += 1
        return self.make_map(pairs)
