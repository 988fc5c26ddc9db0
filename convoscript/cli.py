"""The `convoscript` command line: `run` a script on a conversation state, `check` syntax."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import jsonio
from .engine import RunResult, Runtime
from .errors import FlowSyntaxError, SecurityViolation

EXIT_OK, EXIT_SCRIPT_ERROR, EXIT_USAGE = 0, 1, 2


def _read_text(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise click.UsageError(f"cannot read {what} {path}: {reason}") from None


def _read_state(path: str | None) -> dict:
    if path is None:
        return {}
    text = _read_text(path, "state file")
    try:
        state = jsonio.loads(text)
    except ValueError as exc:
        raise click.UsageError(f"state file {path} is not valid JSON: {exc}") from None
    if not isinstance(state, dict):
        raise click.UsageError(f"state file {path} must hold a JSON object")
    for key in ("variables", "transient", "metrics"):
        if key in state and not isinstance(state[key], dict):
            raise click.UsageError(f"state file {path}: '{key}' must be a JSON object")
    return state


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="convoscript")
def cli() -> None:
    """Run Groovy conversation-flow scripts in a sandbox."""


@cli.command()
@click.argument("script", type=click.Path(dir_okay=False))
@click.option("--state", "state_path", type=click.Path(dir_okay=False),
              help="JSON conversation state: conversationId, variables, transient, metrics.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.option("--lib", "libs", multiple=True, type=click.Path(dir_okay=False),
              help="A script library the script uses (repeatable; imported in this order).")
def run(script: str, state_path: str | None, as_json: bool, libs: tuple[str, ...]) -> None:
    """Run SCRIPT on one conversation state."""
    source = _read_text(script, "script")
    state = _read_state(state_path)
    runtime = Runtime()
    names = _register_libraries(runtime, libs)
    conversation_id = str(state.get("conversationId", "c-1"))
    try:
        compiled = runtime.compile(source, filename=script, libraries=names)
    except (FlowSyntaxError, SecurityViolation) as exc:
        if as_json:
            click.echo(jsonio.dumps({"variables": state.get("variables", {}),
                                     "transient": state.get("transient", {}),
                                     "metrics": state.get("metrics", {}), "log": [],
                                     "stdout": "", "error": exc.to_dict()}))
        else:
            click.echo(_render_compile_error(exc), err=True)
        sys.exit(EXIT_SCRIPT_ERROR)
    conversation = runtime.conversation(conversation_id, state)
    try:
        result = conversation.run(compiled, now=state.get("now"), zone=state.get("timeZone"),
                                  seed=state.get("seed"))
    except (ValueError, KeyError) as exc:  # a bad `now` or `timeZone` in the state file
        raise click.UsageError(f"state file {state_path}: {exc}") from None
    if as_json:
        click.echo(jsonio.dumps(result.to_dict()))
    else:
        _print_summary(result, state)
    sys.exit(EXIT_OK if result.ok else EXIT_SCRIPT_ERROR)


def _register_libraries(runtime: Runtime, paths: tuple[str, ...]) -> list[str]:
    """Register each `--lib FILE` (named after the file) and return the names in order."""
    names = []
    for path in paths:
        name = Path(path).stem
        runtime.register_library(name, _read_text(path, "library"), filename=path,
                                 imports=names.copy())
        names.append(name)
    return names


def _render_compile_error(exc: Exception) -> str:
    if isinstance(exc, FlowSyntaxError):
        return exc.render()
    if isinstance(exc, SecurityViolation):
        where = f"{exc.file}:{exc.line}:{exc.column}: " if exc.line else ""
        return f"{where}{exc.message}"
    return str(exc)


def _print_summary(result: RunResult, before: dict) -> None:
    sys.stdout.write(result.stdout)
    lines: list[str] = []
    for section in ("variables", "transient", "metrics"):
        old = before.get(section) or {}
        new = getattr(result, section)
        for key, value in new.items():
            if key not in old or old[key] != value:
                lines.append(f"  {section}.{key} = {jsonio.dumps(value, indent=None)}")
        for key in old:
            if key not in new:
                lines.append(f"  {section}.{key} removed")
    for entry in result.log:
        lines.append(f"  log {entry['level']}: {entry['message']}")
    if lines:
        click.echo("--- state changes and log ---\n" + "\n".join(lines), err=True)
    if result.error is not None:
        err = result.error
        where = f" at line {err.line}" if err.line else ""
        click.echo(f"--- error{where} ---\n{err.type}: {err.message}", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--lib", "libs", multiple=True, type=click.Path(dir_okay=False),
              help="A script library the files use (repeatable).")
def check(files: tuple[str, ...], libs: tuple[str, ...]) -> None:
    """Parse and compile FILES without running them."""
    runtime = Runtime()
    names = _register_libraries(runtime, libs)
    failed = False
    for path in files:
        source = _read_text(path, "script")
        try:
            runtime.compile(source, filename=path, libraries=names)
        except (FlowSyntaxError, SecurityViolation) as exc:
            failed = True
            click.echo(_render_compile_error(exc))
            continue
        click.echo(f"{path}: Syntax check passed" if len(files) > 1 else "Syntax check passed")
    sys.exit(EXIT_SCRIPT_ERROR if failed else EXIT_OK)


def main() -> None:
    """Console entry point: usage errors exit 2, never a Python traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.UsageError as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.Abort:
        sys.exit(EXIT_USAGE)
