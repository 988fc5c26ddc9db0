"""A script's declarations as an editor lists them: its methods, classes (with their fields
and methods) and top-level variables, each with the position of its name. Document symbols,
go to definition and completion of script names (lsp.py, catalog.py) read this.

Text being typed often does not parse; `outline` then parses the text with the cursor's line
blanked (the usual culprit), and failing that returns an empty outline rather than raising.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from convoscript.errors import ConvoscriptError
from convoscript.grammar import nodes
from convoscript.grammar.parser import parse


@dataclass(frozen=True)
class Symbol:
    name: str
    kind: str  # "method" | "class" | "field" | "variable" | "property"
    detail: str  # the declaration as written: `String greet(String who, int n)`
    file: str
    line: int  # 1-based, of the name
    column: int
    children: tuple[Symbol, ...] = field(default=())


def outline(source: str, filename: str, cursor_line: int | None = None) -> list[Symbol]:
    """The declarations of one file; [] when it does not parse even without the cursor line."""
    module = _parse_forgiving(source, filename, cursor_line)
    if module is None:
        return []
    lines = source.splitlines()
    out: list[Symbol] = []
    for node in module.body:
        out.extend(_symbols(node, filename, lines))
    return out


def library_outlines(libraries: Mapping[str, str] | None) -> list[Symbol]:
    """The top-level declarations of every library (filename -> source)."""
    out: list[Symbol] = []
    for filename, text in (libraries or {}).items():
        out.extend(outline(text, filename))
    return out


def flatten(symbols: Iterable[Symbol]) -> list[Symbol]:
    out: list[Symbol] = []
    for s in symbols:
        out.append(s)
        out.extend(flatten(s.children))
    return out


def _parse_forgiving(source: str, filename: str, cursor_line: int | None) -> nodes.Module | None:
    attempts = [source]
    if cursor_line is not None:
        lines = source.split("\n")
        if 0 < cursor_line <= len(lines):
            lines[cursor_line - 1] = ""
            attempts.append("\n".join(lines))
    for text in attempts:
        try:
            return parse(text, filename)
        except ConvoscriptError:
            continue
        except RecursionError:
            return None
    return None


def _name_column(lines: list[str], line: int, col: int, name: str) -> int:
    """The column of `name` at or after `col` on its line (nodes point at the declaration)."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    found = re.compile(rf"(?<![\w$]){re.escape(name)}(?![\w$])").search(text, max(col - 1, 0))
    return found.start() + 1 if found else max(col, 1)


def _params(params: list[nodes.Param]) -> str:
    return ", ".join(f"{p.type} {p.name}" if p.type else p.name for p in params)


def _method(node: nodes.MethodDef, filename: str, lines: list[str], kind: str) -> Symbol:
    returns = node.return_type or "def"
    static = "static " if node.static else ""
    detail = f"{static}{returns} {node.name}({_params(node.params)})"
    column = _name_column(lines, node.line, node.col, node.name)
    return Symbol(node.name, kind, detail, filename, node.line, column)


def _field(node: nodes.VarDecl, filename: str, lines: list[str], kind: str) -> Symbol:
    detail = f"{node.type or 'def'} {node.name}"
    column = _name_column(lines, node.line, node.col, node.name)
    return Symbol(node.name, kind, detail, filename, node.line, column)


def _symbols(node: nodes.Node, filename: str, lines: list[str]) -> list[Symbol]:
    if isinstance(node, nodes.MethodDef):
        return [_method(node, filename, lines, "method")]
    if isinstance(node, nodes.ClassDef):
        children = [_field(f, filename, lines, "field") for f in node.fields]
        children += [_method(m, filename, lines, "method") for m in node.methods]
        children += [_method(c, filename, lines, "method") for c in node.constructors]
        detail = f"{node.kind} {node.name}" + (
            f" extends {node.superclass}" if node.superclass else ""
        )
        column = _name_column(lines, node.line, node.col, node.name)
        return [Symbol(node.name, "class", detail, filename, node.line, column, tuple(children))]
    if isinstance(node, nodes.VarDecl):
        return [_field(node, filename, lines, "variable")]
    if isinstance(node, nodes.MultiDecl):
        return [
            Symbol(
                n,
                "variable",
                f"{t or 'def'} {n}",
                filename,
                node.line,
                _name_column(lines, node.line, node.col, n),
            )
            for n, t in zip(node.names, node.types)
        ]
    if isinstance(node, nodes.Block) and not node.scoped:
        return [s for child in node.body for s in _symbols(child, filename, lines)]
    if isinstance(node, nodes.ExprStmt) and isinstance(node.expr, nodes.Assign):
        target = node.expr.target
        if node.expr.op == "=" and isinstance(target, nodes.Name):  # a binding variable
            column = _name_column(lines, target.line, target.col, target.id)
            return [
                Symbol(target.id, "variable", f"binding {target.id}", filename, target.line, column)
            ]
    return []
