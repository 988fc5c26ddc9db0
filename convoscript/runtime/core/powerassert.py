"""Groovy 2.4's power assertion message: the asserted text, then the value of each
sub-expression under it (org.codehaus.groovy.runtime.powerassert.AssertionRenderer).

The generated code records values as the condition is evaluated (`Recorder.record`, with the
column of the sub-expression in the text); `render` lays them out as Groovy does: rightmost
first, each on the first line where it fits, with `|` above it on the lines it passes.
"""

from __future__ import annotations

from convoscript.runtime.core.text import to_string
from convoscript.runtime.core.types import java_class_name
from convoscript.runtime.model.runcontext import identity_hash


class Recorder:
    """The values of one evaluation of an asserted condition, with their columns (1-based)."""

    __slots__ = ("values",)

    def __init__(self) -> None:
        self.values: list[tuple[int, object]] = []

    def record(self, value: object, column: int) -> object:
        self.values.append((column, value))
        return value


def _value_text(value: object) -> str:
    text = to_string(value)
    if text == "":
        if isinstance(value, str) or java_class_name(value) in (
            "java.lang.StringBuilder",
            "java.lang.StringBuffer",
        ):
            return '""'
        return f'{java_class_name(value)}@{identity_hash(value):x} (toString() == "")'
    return text


def _place(line: list[str], text: str, column: int) -> None:
    while len(line) < column:
        line.append(" ")
    line[column - 1 : column - 1 + len(text)] = list(text)


def render(text: str, recorder: Recorder) -> str:
    lines: list[list[str]] = [list(text), []]
    starts = [0, 0]  # the first non-empty column of each line
    values = sorted(recorder.values, key=lambda v: -v[0])  # stable: last recorded stays last
    for i, (column, value) in enumerate(values):
        if column < 1:
            continue
        if i + 1 < len(values) and values[i + 1][0] == column:
            continue  # several values at one column: the outermost (recorded last) shows
        shown = _value_text(value)
        parts = shown.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        end = column + len(shown) if len(parts) == 1 else 1 << 62
        for j in range(1, len(lines)):
            if end < starts[j]:
                _place(lines[j], shown, column)
                starts[j] = column
                break
            _place(lines[j], "|", column)
            if j > 1:
                starts[j] = column + 1
        else:
            for part in parts:
                line: list[str] = []
                _place(line, part, column)
                lines.append(line)
                starts.append(column)
    return "\n".join("".join(line) for line in lines)
