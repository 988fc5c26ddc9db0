"""The authoring subcommands (`test`, `repl`); cli.py loads this module only when one of them
runs (its lazy command table), since the REPL and the snippet tests bring pytest and more."""

from __future__ import annotations

import sys

import click

from convoscript.authoring.flowtest import discover
from convoscript.authoring.inputs import read_state, read_text
from convoscript.authoring.logoption import log_format_option
from convoscript.authoring.repl import Repl

# `convoscript test` is pytest with the convoscript plugin and nothing else: the same
# collection, -k expressions, reports and exit codes as `pytest` on the same files (5: nothing
# selected). Autoloading other plugins and conftest.py files is off, so a project's test set-up
# cannot change what a flowtest run means (and hypothesis & co. do not slow its start).
_PYTEST_ARGS = (
    "--disable-plugin-autoload",
    "-p",
    "convoscript.authoring.pytest_plugin",
    "-p",
    "no:cacheprovider",
    "--noconftest",
    "-o",
    "addopts=",
    "--no-header",
    "--continue-on-collection-errors",  # a broken file fails; the other files still run
    "-s",  # scripts' output is the RunResult's; the engine's --log-format lines go to stderr
)
NOTHING_SELECTED = 5  # pytest.ExitCode.NO_TESTS_COLLECTED


@click.command("test")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--cost", "show_cost", is_flag=True, help="Show each case's cost against the limits.")
@click.option(
    "-k",
    "keyword",
    help="Only cases whose file or case name matches this pytest -k expression: each word a "
    "case-insensitive substring, combined with and/or/not (-k 'refund and not vip').",
)
@click.option("-q", "--quiet", is_flag=True, help="Print failures and the summary only.")
@log_format_option
def test_command(paths: tuple[str, ...], show_cost: bool, keyword: str | None, quiet: bool) -> None:
    """Run the snippet tests in PATHS (*.flowtest.yaml files, or directories holding them)
    through pytest; exits 0 when all passed, 1 on a failure, 5 when nothing was selected."""
    import pytest  # noqa: PLC0415 - 0.1 s that only this command needs (docs/authoring.md)

    files = discover(list(paths))
    if not files:
        click.echo(f"no *.flowtest.yaml files in {', '.join(paths)}", err=True)
        sys.exit(NOTHING_SELECTED)
    args = [*_PYTEST_ARGS, "-q" if quiet else "-v", *map(str, files)]
    if keyword is not None:
        args += ["-k", keyword]
    if show_cost:
        args.append("--flow-cost")
    code = int(pytest.main(args))
    if code == NOTHING_SELECTED:
        click.echo(
            f"no case matched -k {keyword!r} in {len(files)} file(s)"
            if keyword is not None
            else "no cases to run",
            err=True,
        )
    sys.exit(code)


@click.command("repl")
@click.option(
    "--state",
    "state_path",
    type=click.Path(dir_okay=False),
    help="JSON conversation state to start from (as for `run --state`).",
)
@click.option(
    "--lib",
    "libs",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="A script library every input may use (repeatable).",
)
def repl_command(state_path: str | None, libs: tuple[str, ...]) -> None:
    """An interactive Groovy shell on one conversation (:help for commands)."""

    state = read_state(state_path)
    libraries = [(path, read_text(path, "library")) for path in libs]
    Repl(state, libraries=libraries).loop()
