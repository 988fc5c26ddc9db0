"""Script libraries: named Groovy sources whose functions and classes a script can use.

As on Amelia, a library's text runs together with the script's: the compiler joins the
libraries (dependencies first) and the script into one source and keeps a line map, so every
error still names the file and line it came from. Each library is parsed alone first, so a
library's syntax error names the library.
"""

from __future__ import annotations

from dataclasses import dataclass

from convoscript.compiler.artifact import Segment
from convoscript.compiler.literals import number_values
from convoscript.errors import FlowSyntaxError
from convoscript.grammar.parser import parse


@dataclass(frozen=True)
class Library:
    name: str
    source: str
    filename: str
    imports: tuple[str, ...] = ()


@dataclass(frozen=True)
class Joined:
    """The combined source and where each library and the script sit in it."""

    source: str
    segments: tuple[Segment, ...]

    def locate(self, line: int | None) -> tuple[str | None, int | None]:
        if line is None:
            return None, None
        for segment in self.segments:
            if segment.holds(line):
                return segment.filename, line - segment.start + 1
        return None, line


def order(libraries: dict[str, Library], wanted: list[str]) -> list[Library]:
    """The libraries a script needs, each after the libraries it imports; cycles refused."""
    out: list[Library] = []
    state: dict[str, str] = {}

    def visit(name: str, via: str) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            raise ValueError(f"library import cycle through '{name}'")
        lib = libraries.get(name)
        if lib is None:
            raise ValueError(f"unknown script library '{name}' (imported by {via})")
        state[name] = "visiting"
        for dep in lib.imports:
            visit(dep, lib.filename)
        state[name] = "done"
        out.append(lib)

    for name in wanted:
        visit(name, "the script")
    return out


def join(libs: list[Library], source: str, filename: str) -> Joined:
    """Check each library parses on its own, then join them and the script."""
    parts: list[str] = []
    segments: list[Segment] = []
    line = 1
    for lib in libs:
        number_values(parse(lib.source, lib.filename))  # a syntax error names the library
        count = lib.source.count("\n") + 1
        parts.append(lib.source)
        segments.append(Segment(line, lib.filename, count))
        line += count
    segments.append(Segment(line, filename, source.count("\n") + 1))
    parts.append(source)
    return Joined("\n".join(parts), tuple(segments))


def relocate(error: FlowSyntaxError, joined: Joined, sources: dict[str, str]) -> FlowSyntaxError:
    """A syntax error in the joined source, reported at its own file and line."""
    filename, line = joined.locate(error.line)
    if filename is None or line is None:
        return error
    # moved, not remade: a CompileLimitExceeded stays one
    lines = sources.get(filename, "").splitlines()
    error.file, error.line, error.column = filename, line, error.column or 1
    error.source_line = lines[line - 1] if 0 < line <= len(lines) else ""
    return error
