"""The GString scanner: splits a double-quoted, slashy or dollar-slashy string body into literal
text and interpolated expressions (`$name`, `$a.b.c`, `${expr}`)."""

from __future__ import annotations

from dataclasses import dataclass

from convoscript.grammar.scanner import decode_escapes


@dataclass(slots=True)
class Interpolation:
    source: str  # expression text to parse
    offset: int  # index of the expression text within the string body


class GStringSyntaxError(ValueError):
    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


def _is_ident_start(ch: str) -> bool:
    return ch.isalpha() or ch == "_"


def _decode(text: str, kind: str) -> str:
    if kind == "dq":
        return decode_escapes(text)
    if kind == "slashy":
        return text.replace("\\/", "/")
    return text.replace("$$", "$").replace("$/", "/")


def split(body: str, kind: str) -> list[str | Interpolation]:
    """Literal strings and Interpolations in order. `kind` is "dq", "slashy" or "dslashy"."""
    parts: list[str | Interpolation] = []
    literal: list[str] = []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\" and kind != "dslashy" and i + 1 < n:
            literal.append(body[i : i + 2])
            i += 2
            continue
        if ch == "$" and kind == "dslashy" and i + 1 < n and body[i + 1] in "$/":
            literal.append(body[i : i + 2])
            i += 2
            continue
        if ch != "$":
            literal.append(ch)
            i += 1
            continue
        if i + 1 < n and body[i + 1] == "{":
            end = _closing_brace(body, i + 2)
            if end < 0:
                raise GStringSyntaxError("Unterminated GString expression", i)
            if literal or not parts or isinstance(parts[-1], Interpolation):
                parts.append(_decode("".join(literal), kind))
            literal = []
            inner = body[i + 2 : end]
            if inner.strip() == "":
                inner = "null"  # Groovy 2.4: `"${}"` interpolates null
            parts.append(Interpolation(inner, i + 2))
            i = end + 1
            continue
        if i + 1 < n and _is_ident_start(body[i + 1]):
            j = i + 2
            while j < n and (body[j].isalnum() or body[j] == "_"):
                j += 1
            while j + 1 < n and body[j] == "." and _is_ident_start(body[j + 1]):
                j += 2
                while j < n and (body[j].isalnum() or body[j] == "_"):
                    j += 1
            if literal or not parts or isinstance(parts[-1], Interpolation):
                parts.append(_decode("".join(literal), kind))
            literal = []
            parts.append(Interpolation(body[i + 1 : j], i + 1))
            i = j
            continue
        if kind == "dq":
            raise GStringSyntaxError(
                "Illegal string body character after dollar sign: "
                'either escape a literal dollar sign "\\$5" or bracket '
                'the value expression "${5}"',
                i,
            )
        literal.append(ch)  # slashy strings keep a lone `$` (as in `/a$/`)
        i += 1
    parts.append(_decode("".join(literal), kind))
    return parts


def _closing_brace(body: str, i: int) -> int:
    depth = 1
    n = len(body)
    while i < n:
        ch = body[i]
        if ch in "'\"":
            i += 1
            while i < n and body[i] != ch:
                i += 2 if body[i] == "\\" else 1
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1
