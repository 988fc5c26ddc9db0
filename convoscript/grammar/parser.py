"""Source text to Groovy AST: scanner → layout (post-lexer) → Lark LALR → builder.

The Lark parser (and its LALR tables) is built once per process; parsing is thread-safe because
each parse gets its own token list and Builder.
"""

from __future__ import annotations

import contextvars
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token
from lark.exceptions import (
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
    VisitError,
)
from lark.lexer import Lexer

from convoscript.errors import FlowSyntaxError
from convoscript.grammar import nodes
from convoscript.grammar.builder import Builder, SyntaxProblem
from convoscript.grammar.layout import LayoutError, layout
from convoscript.grammar.scanner import RawToken, scan

_GRAMMAR = Path(__file__).with_name("groovy.lark")
_tokens: contextvars.ContextVar[list[Token]] = contextvars.ContextVar("convoscript_tokens")


class _FeedLexer(Lexer):
    """Lark's lexer slot: hands over the tokens our scanner and layout pass already made."""

    def __init__(self, lexer_conf):
        pass

    def lex(self, data):  # Lark's interface-0 custom lexer: `data` is the (ignored) text
        return iter(_tokens.get())


@lru_cache(maxsize=1)
def _lark() -> tuple[Lark, dict[str, str]]:
    parser = Lark(
        _GRAMMAR.read_text(),
        parser="lalr",
        lexer=_FeedLexer,
        start=["start", "expr_start"],
        maybe_placeholders=False,
        propagate_positions=True,
    )
    names: dict[str, str] = {}
    for term in parser.terminals:
        if term.pattern.type == "str":
            names[term.pattern.value] = term.name
    return parser, names


# Human names for tokens in error messages.
_DESCRIBE = {
    "SEP": "end of statement",
    "CMD_OPEN": "command arguments",
    "CMD_CLOSE": "end of command",
    "$END": "end of file",
    "BLOCK_OPEN": "'{'",
    "CLOSURE_PARAMS": "'{'",
    "METHOD_NAME": "method name",
    "FOR_IN": "'in'",
}


def _to_lark(raw: list[RawToken], names: dict[str, str]) -> list[Token]:
    out = []
    for t in raw:
        type_ = names.get(t.type, t.type) if t.type not in _NAMED else t.type
        tok = Token(type_, t.value, t.pos, t.line, t.column, t.line, t.column, t.end_pos)
        out.append(tok)
    return out


_NAMED = {
    "NAME",
    "NUMBER",
    "STRING",
    "GSTRING",
    "SLASHY",
    "DSLASHY",
    "TYPE",
    "SEP",
    "CMD_OPEN",
    "CMD_CLOSE",
    "METHOD_NAME",
    "BLOCK_OPEN",
    "CLOSURE_PARAMS",
    "FOR_IN",
    "LABEL",
    "IMPORT_PATH",
    "CAST",
    "CASE_COLON",
    "ANNOTATION",
    "IMPLEMENTS",
}

# Constructs of Groovy 3 (or Java) that Groovy 2.4 does not have: named in the error message.
_GROOVY3_HINTS = {
    "do": "do/while loops are Groovy 3 syntax; Groovy 2.4 has none: use while (true) { ... "
    "if (!cond) break }",
    "===": "'===' is Groovy 3 syntax; in Groovy 2.4 use a.is(b)",
    "!==": "'!==' is Groovy 3 syntax; in Groovy 2.4 use !a.is(b)",
}


def _describe(tok: Token) -> str:
    if tok.type in _DESCRIBE:
        return _DESCRIBE[tok.type]
    if tok.type in ("NAME", "NUMBER", "TYPE"):
        return f"'{tok.value}'"
    if tok.type in ("STRING", "GSTRING", "SLASHY", "DSLASHY"):
        return "string literal"
    return f"'{tok.value}'"


def _syntax_error(exc: UnexpectedInput, source: str, filename: str) -> FlowSyntaxError:
    if isinstance(exc, UnexpectedEOF) or (
        isinstance(exc, UnexpectedToken) and exc.token.type == "$END"
    ):
        lines = source.splitlines() or [""]
        return FlowSyntaxError.at(
            filename, source, len(lines), len(lines[-1]) + 1, "Unexpected end of file"
        )
    if isinstance(exc, UnexpectedToken):
        tok = exc.token
        value = str(tok.value)
        if value in _GROOVY3_HINTS:
            message = _GROOVY3_HINTS[value]
        elif value == "?." and _next_is(source, tok, "["):
            message = "'?.[' (safe index) is Groovy 3 syntax; use list?.getAt(i)"
        elif value == "->" or tok.type == "->":
            message = "Lambda expressions are Groovy 3 syntax; use a closure { x -> ... }"
        elif value == "!" and _next_is(source, tok, "in"):
            message = "'!in' is Groovy 3 syntax; use !(x in y)"
        else:
            message = f"Unexpected {_describe(tok)}"
        return FlowSyntaxError.at(filename, source, tok.line or 1, tok.column or 1, message)
    if isinstance(exc, UnexpectedCharacters):
        return FlowSyntaxError.at(filename, source, exc.line, exc.column, "Unexpected character")
    return FlowSyntaxError.at(filename, source, 1, 1, str(exc))


def _next_is(source: str, tok: Token, text: str) -> bool:
    end = tok.end_pos if tok.end_pos is not None else (tok.start_pos or 0) + len(tok.value)
    return source[end : end + len(text)] == text


# GStrings inside GString interpolations, nested deeper than this, are refused.
MAX_GSTRING_NESTING = 16


def _parse(source: str, filename: str, start: str, depth: int = 0) -> nodes.Node:
    parser, names = _lark()
    try:
        raw = layout(scan(source, filename))
    except LayoutError as exc:
        raise FlowSyntaxError.at(filename, source, exc.line, exc.col, exc.message) from None
    reset = _tokens.set(_to_lark(raw, names))
    try:
        tree = parser.parse(source, start=start)
    except UnexpectedInput as exc:
        raise _syntax_error(exc, source, filename) from None
    finally:
        _tokens.reset(reset)

    def parse_inner(text: str, line: int, col: int) -> nodes.Node:
        if depth >= MAX_GSTRING_NESTING:
            raise SyntaxProblem(
                f"GString interpolations nested too deeply (more than "
                f"{MAX_GSTRING_NESTING} levels)",
                line,
                col,
            )
        padded = "\n" * (line - 1) + " " * (col - 1) + text
        if text.lstrip().startswith("{"):
            return _parse(padded, filename, "expr_start", depth + 1)  # `${-> x}`, `${{ 1 }}`
        # `"${def c = 0; list.each { c++ }; c}"`: statements, as Groovy 2.4 allows (one parse:
        # a second try on failure would double at every nesting level)
        inner = _parse(padded, filename, "start", depth + 1)
        assert isinstance(inner, nodes.Module)
        return _statements_value(inner.body, line, col)

    try:
        return Builder(source, parse_inner).transform(tree)
    except VisitError as exc:
        inner = exc.orig_exc
        if isinstance(inner, SyntaxProblem):
            raise FlowSyntaxError.at(
                filename, source, inner.line, inner.col, inner.message
            ) from None
        if isinstance(inner, FlowSyntaxError):
            inner.source_line = _line_text(source, inner.line)
            raise inner from None
        raise


def _statements_value(body: list[nodes.Node], line: int, col: int) -> nodes.Node:
    """The value of a `${}` holding statements: the last one's value, computed at once in a
    scope of its own (a closure without parameters, called in place)."""
    if len(body) == 1 and isinstance(body[0], nodes.ExprStmt):
        return body[0].expr  # `${n; }`
    closure = nodes.ClosureExpr([], body, False, line=line, col=col)
    return nodes.Call(closure, [], line=line, col=col)


def _line_text(source: str, line: int | None) -> str:
    lines = source.splitlines()
    return lines[line - 1] if line and 0 < line <= len(lines) else ""


def parse(source: str, filename: str = "script.groovy") -> nodes.Module:
    """Parse a whole script. Raises FlowSyntaxError with file, line and column."""
    try:
        module = _parse(source, filename, "start")
    except RecursionError:
        raise FlowSyntaxError.at(
            filename,
            source,
            1,
            1,
            "Script nested too deeply to parse (brackets, blocks or operator chains)",
        ) from None
    assert isinstance(module, nodes.Module)
    module.source = source
    module.filename = filename
    return module
