"""The `convoscript lint` command: options, output and exit codes over lint.py and
lintformat.py (0: every file ready, 1: a finding of severity error, 2: a usage error)."""

from __future__ import annotations

import sys

import click

from convoscript.authoring.lint import LintUsageError, lint
from convoscript.authoring.lintformat import render, summary_lines


@click.command(name="lint")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--lib",
    "libs",
    multiple=True,
    help="A script library the files use (repeatable; a file or a folder). Files that only "
    "define methods and classes are libraries of the corpus without it.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "sarif"]),
    default="text",
    help="text for people, json for scripts, sarif (SARIF 2.1.0) for CI and code hosts.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here.")
def lint_command(
    paths: tuple[str, ...], libs: tuple[str, ...], fmt: str, output: str | None
) -> None:
    """Report what in PATHS (.groovy scripts and libraries, or folders of them) will not run
    here, with file:line:column, the reason and the portable rewrite. Static: nothing runs."""
    try:
        report = lint(paths, libs)
    except LintUsageError as exc:
        raise click.UsageError(str(exc)) from None
    text = render(report, fmt)
    if output:
        with open(output, "w", encoding="utf-8") as out:
            out.write(text + "\n")
        if fmt != "text":
            click.echo("\n".join(summary_lines(report)), err=True)
    else:
        click.echo(text)
    sys.exit(report.exit_code)
