"""How the command line shows errors, costs and `check --format json` results: the helpers
`run` and `check` need, kept apart from the authoring subcommands so that those commands load
nothing else (cli.py)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import click

from convoscript import jsonio
from convoscript.authoring.cost import format_cost
from convoscript.authoring.diagnostics import diagnose, render_diagnostic
from convoscript.errors import ConvoscriptError


def print_cost(cost: dict, limits) -> None:
    """`run --cost`: the cost table on stderr."""
    click.echo(format_cost(cost, limits), err=True)


def check_json(results: Sequence[tuple[str, ConvoscriptError | None, str]]) -> str:
    """`check --format json`: one document {"ok", "files": [{file, ok, diagnostics}]}.
    `results` holds (path, error or None, source) per file."""
    files = []
    for path, error, source in results:
        diagnostics = [diagnose(error, source)] if error is not None else []
        files.append({"file": path, "ok": error is None, "diagnostics": diagnostics})
    return jsonio.dumps({"ok": all(f["ok"] for f in files), "files": files})


def render(error, source) -> str:
    """A run or compile error for the terminal (click.echo drops the colours when piped). An
    error inside a library (`--lib FILE`) is shown with that file's source line."""
    if isinstance(source, str) and error.file and os.path.isfile(error.file):
        try:
            text = Path(error.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = None
        if text is not None and text != source:
            source = {error.file: text, "<script>": source}
    return render_diagnostic(diagnose(error, source))
