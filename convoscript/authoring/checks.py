"""Diagnostics for an editor's open document: compile the script (with its libraries, as
`convoscript check --lib` does) and turn the compiler's refusal, if any, into a located
problem. Plain data: the language server (lsp.py) turns these into LSP diagnostics."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from convoscript.engine import Runtime
from convoscript.errors import ConvoscriptError, FlowSyntaxError, SecurityViolation

_TOKEN = re.compile(r"[\w$]+|\S")


@dataclass(frozen=True)
class Problem:
    """One diagnostic: 1-based positions, the end exclusive."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    severity: str  # "error" | "warning" | "info"
    code: str
    message: str


@dataclass(frozen=True)
class SourceFile:
    path: str
    text: str


def compile_problems(
    runtime: Runtime, source: str, filename: str, libraries: Sequence[SourceFile] = ()
) -> list[Problem]:
    """The compiler's verdict on a script: [] when it compiles, else its one error. A library
    before the script is compiled with it, each library importing the ones listed before it;
    an error inside a library is reported on the script's first line, naming the library."""
    names: list[str] = []
    for lib in libraries:
        name = f"lib{len(names)}"
        runtime.register_library(name, lib.text, filename=lib.path, imports=names.copy())
        names.append(name)
    try:
        runtime.compile(source, filename=filename, libraries=names)
    except ConvoscriptError as exc:
        return [_problem(exc, source, filename)]
    return []


def _problem(exc: ConvoscriptError, source: str, filename: str) -> Problem:
    code = (
        "syntax"
        if isinstance(exc, FlowSyntaxError)
        else "refused"
        if isinstance(exc, SecurityViolation)
        else "compile"
    )
    message = exc.message or str(exc)
    if exc.file and exc.file != filename:  # in a library: say where, on the script's line 1
        where = f"{exc.file}:{exc.line}:{exc.column or 1}" if exc.line else exc.file
        return Problem(filename, 1, 1, 1, 2, "error", code, f"{where}: {message}")
    line = exc.line or 1
    column = exc.column or 1
    end = token_end(source, line, column)
    return Problem(filename, line, column, line, end, "error", code, message)


def token_end(source: str, line: int, column: int) -> int:
    """The column just past the token starting at (line, column); column + 1 at a line end."""
    lines = source.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    found = _TOKEN.match(text, column - 1) if column - 1 < len(text) else None
    return found.end() + 1 if found else column + 1
