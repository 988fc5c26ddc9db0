"""The authoring subcommands (`test`, `repl`); cli.py loads this module only when one of them
runs (its lazy command table), since the REPL and the snippet tests bring YAML and more."""

from __future__ import annotations

import sys
import time

import click

from convoscript.authoring.cost import format_cost
from convoscript.authoring.flowtest import FlowTestError, discover, load_flowtest, run_case
from convoscript.authoring.inputs import read_state, read_text
from convoscript.authoring.logoption import log_format_option
from convoscript.authoring.repl import Repl


@click.command("test")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--cost", "show_cost", is_flag=True, help="Show each case's cost against the limits.")
@click.option("-k", "keyword", help="Only cases whose name contains this text.")
@click.option("-q", "--quiet", is_flag=True, help="Print failures and the summary only.")
@log_format_option
def test_command(paths: tuple[str, ...], show_cost: bool, keyword: str | None, quiet: bool) -> None:
    """Run the snippet tests in PATHS (*.flowtest.yaml files, or directories holding them)."""
    started = time.perf_counter()
    passed = failed = 0
    files = discover(list(paths))
    if not files:
        click.echo("no *.flowtest.yaml files found", err=True)
        sys.exit(2)
    for path in files:
        try:
            ft = load_flowtest(path)
        except FlowTestError as exc:
            failed += 1
            click.echo(click.style("ERROR ", fg="red", bold=True) + str(exc))
            continue
        for case in ft.cases:
            if keyword and keyword not in case.name:
                continue
            try:
                outcome = run_case(ft, case)
            except FlowTestError as exc:
                failed += 1
                click.echo(click.style("ERROR ", fg="red", bold=True) + str(exc))
                continue
            label = f"{outcome.file}::{case.name}"
            if outcome.passed:
                passed += 1
                if not quiet:
                    click.echo(click.style("PASS ", fg="green") + label)
            else:
                failed += 1
                click.echo(click.style("FAIL ", fg="red", bold=True) + label)
                click.echo("\n".join("    " + line for line in outcome.report().splitlines()))
            if show_cost and outcome.result is not None:
                click.echo(
                    "\n".join(
                        "    " + line
                        for line in format_cost(outcome.result.cost, outcome.limits).splitlines()
                    )
                )
    elapsed = time.perf_counter() - started
    summary = f"{passed} passed, {failed} failed in {elapsed:.2f}s"
    click.echo(click.style(summary, fg="red" if failed else "green", bold=True))
    sys.exit(1 if failed else 0)


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
