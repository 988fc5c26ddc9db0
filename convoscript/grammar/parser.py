"""Source text to Groovy AST: scanner → layout (post-lexer) → Lark LALR → builder.

The Lark parser is made once per process, from the LALR tables shipped beside the grammar
(grammar/tables.py; built from groovy.lark when they are missing or stale); parsing is thread-safe because
each parse gets its own token list and Builder.
"""

from __future__ import annotations

import contextvars
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import (
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
    VisitError,
)
from lark.lexer import Lexer

from convoscript.errors import FlowSyntaxError
from convoscript.grammar import budget as compile_budget
from convoscript.grammar import nodes, tables
from convoscript.grammar.budget import CompileBudget
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
        return _timed(_tokens.get(), _budget.get())


def _timed(tokens: list[Token], budget: CompileBudget):
    """The tokens, reading the compile clock as the parser takes them."""
    for tok in tokens:
        budget.tick(tok.line or 1, tok.column or 1)
        yield tok


_budget: contextvars.ContextVar[CompileBudget] = contextvars.ContextVar("convoscript_parse_budget")


# Lark's options for groovy.lark: the tables' digest covers them (grammar/tables.py).
_OPTIONS: dict[str, object] = {
    "parser": "lalr",
    "lexer": _FeedLexer,
    "start": ["start", "expr_start"],
    "maybe_placeholders": False,
    "propagate_positions": True,
}


def build_lark(grammar: str) -> Lark:
    """The parser built from the grammar text: the LALR analysis, about 0.4 s."""
    return Lark(grammar, **_OPTIONS)  # type: ignore[arg-type]


def tables_digest(grammar: str) -> str:
    """The digest the shipped tables must carry to stand for `grammar` with our options."""
    return tables.digest(grammar, _OPTIONS)


@lru_cache(maxsize=1)
def _lark() -> tuple[Lark, dict[str, str]]:
    grammar = _GRAMMAR.read_text()
    parser = tables.load(tables_digest(grammar), _FeedLexer) or build_lark(grammar)
    names: dict[str, str] = {}
    for term in parser.terminals:
        if term.pattern.type == "str":
            names[term.pattern.value] = term.name
    return parser, names


def prepare() -> None:
    """Make the parser now (once per process: loaded from the shipped tables, or built from the
    grammar when they are missing or stale): not a script's cost."""
    _lark()


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


def _syntax_error(
    exc: UnexpectedInput, source: str, filename: str, origin: tuple[int, int]
) -> FlowSyntaxError:
    if isinstance(exc, UnexpectedEOF) or (
        isinstance(exc, UnexpectedToken) and exc.token.type == "$END"
    ):
        lines = source.splitlines() or [""]
        line = origin[0] + len(lines) - 1
        col = len(lines[-1]) + 1 + (origin[1] - 1 if len(lines) == 1 else 0)
        return FlowSyntaxError.at(filename, source, line, col, "Unexpected end of file")
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


def _unexpected_before_end(
    parser: Lark,
    names: dict[str, str],
    exc: LayoutError,
    source: str,
    filename: str,
    start: str,
    origin: tuple[int, int],
) -> None:
    """Brackets are left open at the end of the file: raise the first token the parser cannot
    take, if there is one before the end (Groovy reports `unexpected token: else` where a block
    misses its `}`, not the bracket), naming the bracket still open before it."""
    reset = _tokens.set(_to_lark(exc.tokens or [], names))
    try:
        parser.parse(source, start=start)
    except UnexpectedToken as bad:
        if bad.token.type == "$END":
            return
        error = _syntax_error(bad, source, filename, origin)
        before = [o for o in exc.open if (o[0], o[1]) < (error.line, error.column)]
        if before and error.message.startswith("Unexpected "):
            line, column, text = before[-1]
            closer = _CLOSERS[text]
            error.message += (
                f": the '{text}' at line {line}, column {column} is not closed by '{closer}' "
                "before it"
            )
        raise error from None
    except UnexpectedInput:
        return
    finally:
        _tokens.reset(reset)


_CLOSERS = {"(": ")", "[": "]", "{": "}"}


def _next_is(source: str, tok: Token, text: str) -> bool:
    end = tok.end_pos if tok.end_pos is not None else (tok.start_pos or 0) + len(tok.value)
    return source[end : end + len(text)] == text


# GStrings inside GString interpolations, nested deeper than this, are refused.
MAX_GSTRING_NESTING = 16


def _parse(
    source: str,
    filename: str,
    start: str,
    depth: int = 0,
    origin: tuple[int, int] = (1, 1),
) -> nodes.Node:
    """Parse `source`, which starts at `origin` (line, column) of the script: a GString
    interpolation's text is parsed on its own, its tokens placed where it is in the script."""
    parser, names = _lark()
    budget = compile_budget.active(filename, source)
    try:
        raw = layout(scan(source, filename, budget, *origin))
    except LayoutError as exc:
        if exc.tokens is not None:
            reset_budget = _budget.set(budget)
            try:
                _unexpected_before_end(parser, names, exc, source, filename, start, origin)
            finally:
                _budget.reset(reset_budget)
        raise FlowSyntaxError.at(filename, source, exc.line, exc.col, exc.message) from None
    reset = _tokens.set(_to_lark(raw, names))
    reset_budget = _budget.set(budget)
    try:
        tree = parser.parse(source, start=start)
    except UnexpectedInput as exc:
        raise _syntax_error(exc, source, filename, origin) from None
    finally:
        _tokens.reset(reset)
        _budget.reset(reset_budget)
    # every later stage recurses over the tree: refuse a deep one before anything does
    tree_depth = _check_nesting(tree, budget)

    def parse_inner(text: str, line: int, col: int) -> nodes.Node:
        budget.charge_interpolation(line, col)
        if depth >= MAX_GSTRING_NESTING:
            raise SyntaxProblem(
                f"GString interpolations nested too deeply (more than "
                f"{MAX_GSTRING_NESTING} levels)",
                line,
                col,
            )
        if text.lstrip().startswith("{"):
            # `${-> x}`, `${{ 1 }}`
            return _parse(text, filename, "expr_start", depth + 1, (line, col))
        # `"${def c = 0; list.each { c++ }; c}"`: statements, as Groovy 2.4 allows (one parse:
        # a second try on failure would double at every nesting level)
        inner = _parse(text, filename, "start", depth + 1, (line, col))
        assert isinstance(inner, nodes.Module)
        return _statements_value(inner.body, line, col)

    # an interpolation's tree hangs below this one: it may nest only what is left
    budget.nesting += tree_depth
    try:
        return Builder(source, parse_inner, origin).transform(tree)
    except VisitError as exc:
        inner = exc.orig_exc
        if isinstance(inner, SyntaxProblem):
            raise FlowSyntaxError.at(
                filename, source, inner.line, inner.col, inner.message
            ) from None
        if isinstance(inner, FlowSyntaxError):
            inner.source_line = _line_text(source, inner.line)
            raise inner from None
        if isinstance(inner, RecursionError):
            raise RecursionError from None  # reported by parse() as nesting, never a traceback
        raise
    finally:
        budget.nesting -= tree_depth


def _check_nesting(tree: Tree, budget: CompileBudget) -> int:
    """The depth of `tree` (walked without recursion); refused where it passes what the
    budget has left."""
    allowed = budget.limits.max_nesting - budget.nesting
    deepest = 0
    stack: list[tuple[Tree, int]] = [(tree, 1)]
    while stack:
        node, level = stack.pop()
        if level > allowed:
            line, col = _tree_position(node)
            raise budget.refuse(
                "nesting",
                f"Script nested too deeply: more than {budget.limits.max_nesting} levels of "
                "brackets, blocks or operator chains",
                line,
                col,
            )
        deepest = max(deepest, level)
        budget.tick()
        for child in reversed(node.children):  # the first child first: the leftmost culprit
            if isinstance(child, Tree):
                stack.append((child, level + 1))
    return deepest


def _tree_position(tree: Tree) -> tuple[int, int]:
    """Where a subtree starts: its own position, or its first token's."""
    if not tree.meta.empty:
        return tree.meta.line, tree.meta.column
    for child in tree.children:
        if isinstance(child, Token) and child.line:
            return child.line, child.column or 1
    return 1, 1


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
    """Parse a whole script under the active compile budget (a default one outside a compile).
    Raises FlowSyntaxError (CompileLimitExceeded for a budget) with file, line and column."""
    opened = None
    if compile_budget.current() is None:
        opened = compile_budget.begin(
            compile_budget.CompileBudget(compile_budget.DEFAULT_LIMITS, filename, source)
        )
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
    finally:
        if opened is not None:
            compile_budget.end(opened)
    assert isinstance(module, nodes.Module)
    module.source = source
    module.filename = filename
    return module
