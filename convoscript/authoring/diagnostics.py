"""Diagnostics for authors: file:line:col, the source line with a caret, the Groovy-style
trace through script methods, and a hint for common mistakes. Coloured with click styles, which
`click.echo` strips when the output is not a terminal."""

from __future__ import annotations

import re

import click

from convoscript.authoring.names import handle_names, script_names
from convoscript.errors import (
    ConvoscriptError,
    FlowSyntaxError,
    LimitExceeded,
    ScriptError,
    SecurityViolation,
)
from convoscript.runtime.core.suggest import did_you_mean

_TYPED_DECL = (
    r"(?:def|var|String|int|long|double|float|boolean|BigDecimal|Integer|Long|"
    r"Object|Map|List|Set|Date)\b(?:<[^>]*>)?"
)


def diagnose(error: ConvoscriptError, source: str | dict[str, str] | None = None) -> dict:
    """A plain-data diagnostic: type, message, file, line, column, source_line, trace, hint.
    `source` is the script's text, or {filename: text} for a script and its libraries."""
    if isinstance(source, dict):
        source = source.get(error.file or "", None)
    lines = source.splitlines() if source is not None else []
    line = error.line
    source_line = getattr(error, "source_line", None)
    if source_line is None and line and 0 < line <= len(lines):
        source_line = lines[line - 1]
    column = error.column or _guess_column(error, source_line)
    message = (
        getattr(error, "groovy_message", None) if isinstance(error, ScriptError) else error.message
    )
    data: dict = {
        "severity": "error",
        "type": error.type,
        "message": message if message is not None else "",
        "file": error.file,
        "line": line,
        "column": column,
        "source_line": source_line,
        "trace": [frame.to_dict() for frame in getattr(error, "trace", [])],
        "hint": hint_for(error, source, lines),
    }
    if isinstance(error, SecurityViolation):
        data["signature"] = error.signature
    if isinstance(error, LimitExceeded):
        data["limit"] = error.limit
    return data


def _guess_column(error: ConvoscriptError, source_line: str | None) -> int | None:
    if not source_line:
        return None
    message = error.message or ""
    name = None
    m = re.search(r"No such property: (\w+)", message)
    if m:
        name = m.group(1)
    m = m or re.search(r"No signature of method: (?:[\w.$]+\.)?(\w+)\(\)", message)
    if m and name is None:
        name = m.group(1)
    m2 = re.search(r"Cannot (?:invoke method|get property) '?(\w+)'?", message)
    if m2 and name is None:
        name = m2.group(1)
    if name:
        found = re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", source_line)
        if found:
            col = found.start() + 1
            # point at the receiver of a `.name` call (where the null or wrong object is)
            return col
    stripped = len(source_line) - len(source_line.lstrip())
    return stripped + 1


def hint_for(error: ConvoscriptError, source: str | None, lines: list[str]) -> str | None:
    """A one-line hint for the mistakes flow authors make most."""
    message = error.message or ""
    if isinstance(error, FlowSyntaxError) and "Groovy 3" in message:
        return (
            "convoscript runs Groovy 2.4, as Amelia does: Groovy 3 syntax is not "
            "available (see docs/dialect.md, 'Groovy 3 constructs')."
        )
    if error.type == "MissingPropertyException":
        m = re.search(r"No such property: (\w+) for class: Script\d*", message)
        if m:
            name = m.group(1)
            trace = getattr(error, "trace", [])
            in_method = bool(trace) and trace[0][0] != "run"
            decl = re.compile(rf"^\s*{_TYPED_DECL}\s+{re.escape(name)}\s*(=|$)")
            for number, text in enumerate(lines, 1):
                if decl.search(text):
                    if in_method:
                        return (
                            f"'{name}' is declared at line {number} with a type or 'def', so "
                            "it is a local variable of the script body and script methods "
                            f"cannot see it. Drop the 'def' (making it a binding variable) or "
                            f"pass it to the method as a parameter."
                        )
                    break
            return _not_a_variable(name, source, error.file)
    if error.type == "MissingMethodException" and "upsertMetric()" in message:
        m = re.search(r"argument types: \(([^)]*)\)", message)
        kinds = m.group(1) if m else ""
        if kinds and any(
            k.strip() not in ("java.lang.String", "groovy.lang.GString") for k in kinds.split(",")
        ):
            return (
                "customMetricService.upsertMetric takes (String code, String value): metric "
                "values are Strings. Convert the value first: value.toString(), "
                'String.valueOf(value) (null-safe) or "${value}".'
            )
    if error.type == "MissingMethodException" and "No signature of method: Script" in message:
        return (
            "no script method with that name takes these arguments: check the name, the "
            "number of arguments and their types."
        )
    if error.type == "NullPointerException" and "on null object" in message:
        return (
            "a value was null: a state lookup (getVariable, getMetric) returns null when the "
            "key is absent. Use safe navigation (value?.method()) or the Elvis operator "
            "(value ?: default)."
        )
    if isinstance(error, LimitExceeded):
        return (
            "the run hit a hard limit; run with --cost to see how close a normal run is to "
            "each budget."
        )
    return None


def _not_a_variable(name: str, source: str | None, file: str | None) -> str:
    """The hint for a name that is no variable: the close names it may be a misspelling of (the
    script's own and the handles'), then every service handle and how state is read."""
    handles = handle_names()
    known = [*(script_names(source, file or "script.groovy") if source else []), *handles]
    close = did_you_mean(name, known)
    guess = f"did you mean {_either(close)}? " if close else ""
    return (
        f"{guess}'{name}' is neither a local variable nor a binding variable here; the "
        f"service handles are {', '.join(handles)}. State is read with "
        'transientVariableService.getVariable("...") or execution.getVariable("...").'
    )


def _either(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names[:3]]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def render_error(
    error: ConvoscriptError, source: str | dict[str, str] | None = None, color: bool | None = None
) -> str:
    """The author-facing report of an error (styles are stripped by click.echo when piped; pass
    color=False to get plain text directly)."""
    d = diagnose(error, source)
    return render_diagnostic(d, color)


def _frame_place(frame: dict, file: str | None) -> str:
    """`helpers.groovy:2`, as a Groovy stack trace names a frame (its column is in the JSON)."""
    name = frame.get("file") or file or "script"
    return f"{name.rsplit('/', 1)[-1]}:{frame['line']}"


def render_diagnostic(d: dict, color: bool | None = None) -> str:
    """Compiler-style: `FILE:LINE:COL: [Type: ]message`, the source line, a caret, the
    Groovy-style trace (`at method(file:line)`), a hint."""

    def style(text: str, **kw: object) -> str:
        return text if color is False else click.style(text, **kw)  # type: ignore[arg-type]

    where = d["file"] or "<script>"
    if d["line"]:
        where += f":{d['line']}"
        if d["column"]:
            where += f":{d['column']}"
    kind = (
        "" if d["type"] == "FlowSyntaxError" else style(f"{d['type']}:", fg="red", bold=True) + " "
    )
    out = [style(where + ":", bold=True) + " " + kind + str(d["message"])]
    if d["source_line"] is not None and d["line"]:
        out.append(d["source_line"].replace("\t", " "))
        if d["column"]:
            out.append(" " * (d["column"] - 1) + style("^", fg="green", bold=True))
    for frame in d["trace"]:
        out.append(f"    at {frame['method']}({_frame_place(frame, d['file'])})")
    if d.get("signature"):
        out.append(f"refused: {d['signature']}")
    if d["hint"]:
        out.append(style("hint:", fg="cyan", bold=True) + " " + d["hint"])
    return "\n".join(out)
