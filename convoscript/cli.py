"""The `convoscript` command line: `run` a script on a conversation state, `run-many` scripts in
one Runtime, `check` syntax.

A command loads only what it uses (docs/architecture.md, "Lazy imports"): `test` and `repl`
come from their module when invoked (the lazy command table), `serve` and `export` import
their modules inside the command, so that `convoscript run` starts without the HTTP service,
the exporter, YAML or the REPL."""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from convoscript import jsonio
from convoscript.authoring.inputs import read_state, read_text
from convoscript.authoring.logoption import log_format_option
from convoscript.authoring.terminal import check_json, print_cost, render
from convoscript.engine import Runtime
from convoscript.errors import FlowStateError, FlowSyntaxError, SecurityViolation, StoreError
from convoscript.services.secure import SecretBox
from convoscript.store import open_store
from convoscript.textout import ERRORS as JAVA_TEXT_ERRORS

if TYPE_CHECKING:
    from convoscript.runtime.run.result import RunResult

EXIT_OK, EXIT_SCRIPT_ERROR, EXIT_USAGE = 0, 1, 2
# a Fernet key (or keys, comma-separated: the first encrypts) for secure variables in --store
SECRET_KEY_VARIABLE = "CONVOSCRIPT_SECRET_KEY"


def _runtime(**options: Any) -> Runtime:
    """A Runtime with the secure-variable key from CONVOSCRIPT_SECRET_KEY, if set."""
    text = os.environ.get(SECRET_KEY_VARIABLE, "").strip()
    keys = [k.strip() for k in text.split(",") if k.strip()]
    try:
        return Runtime(secret_key=keys or None, **options)
    except ValueError as exc:
        raise click.UsageError(f"{SECRET_KEY_VARIABLE}: {exc}") from None


class _LazyGroup(click.Group):
    """A command group whose listed commands come from their modules when first asked for."""

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy  # command name -> "module:attribute"

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            module, _, attribute = self.lazy[cmd_name].partition(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=_LazyGroup,
    lazy={
        "test": "convoscript.authoring.commands:test_command",
        "repl": "convoscript.authoring.commands:repl_command",
        "lint": "convoscript.authoring.lintcommand:lint_command",
    },
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(package_name="convoscript")
def cli() -> None:
    """Run Groovy conversation-flow scripts in a sandbox."""


@cli.command()
@click.argument("script", type=click.Path(dir_okay=False))
@click.option(
    "--state",
    "state_path",
    type=click.Path(dir_okay=False),
    help="JSON conversation state: conversationId, variables, transient, metrics, user, "
    "intent, entities, transcript, tables, ... (see docs/state.md).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.option(
    "--lib",
    "libs",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="A script library the script uses (repeatable; imported in this order).",
)
@click.option(
    "--cost",
    "show_cost",
    is_flag=True,
    help="Report steps, time, peak sizes and output against the limits.",
)
@click.option(
    "--store",
    "store_path",
    metavar="URL",
    help="The store keeping conversations between invocations: a SQLite file (created if "
    "missing), sqlite:///PATH, postgresql://... or redis://...; --state then seeds the "
    "conversation.",
)
@click.option(
    "--conversation",
    "conversation_opt",
    metavar="ID",
    help="Conversation id (default: the state file's conversationId, else c-1).",
)
@click.option(
    "--utterance",
    metavar="TEXT",
    help="Record TEXT as the user's turn in the transcript before the run.",
)
@log_format_option
def run(
    script: str,
    state_path: str | None,
    as_json: bool,
    libs: tuple[str, ...],
    show_cost: bool = False,
    store_path: str | None = None,
    conversation_opt: str | None = None,
    utterance: str | None = None,
) -> None:
    """Run SCRIPT on one conversation state (kept in --store between invocations)."""
    source = read_text(script, "script")
    state = read_state(state_path)
    runtime = _runtime(store=_open_store(store_path)) if store_path else _runtime()
    names = _register_libraries(runtime, libs)
    conversation_id = conversation_opt or str(state.get("conversationId", "c-1"))
    try:
        compiled = runtime.compile(source, filename=script, libraries=names)
    except (FlowSyntaxError, SecurityViolation) as exc:
        if as_json:
            digest = runtime.digest(source, names)
            click.echo(jsonio.dumps(_compile_error_document(state, exc, digest)))
        else:
            click.echo(_render_compile_error(exc, source), err=True)
        sys.exit(EXIT_SCRIPT_ERROR)
    try:
        conversation = runtime.conversation(
            conversation_id, state if state_path is not None or store_path is None else None
        )
    except ValueError as exc:  # nested too deeply, too large: nothing was stored
        raise click.UsageError(f"state file {state_path}: {exc}") from None
    if store_path is not None:
        if utterance is not None:
            conversation.add_utterance(utterance)
        state = {**state, **conversation.state()}  # the summary shows changes to the store
    elif utterance is not None:
        conversation.add_utterance(utterance)
    try:
        result = conversation.run(
            compiled, now=state.get("now"), zone=state.get("timeZone"), seed=state.get("seed")
        )
    except FlowStateError as exc:  # the stored state cannot be run on; it is left as it was
        raise click.UsageError(f"conversation {conversation_id}: {exc}") from None
    except (ValueError, KeyError) as exc:  # a bad `now` or `timeZone` in the state file
        raise click.UsageError(f"state file {state_path}: {exc}") from None
    if as_json:
        click.echo(
            jsonio.dumps(
                {**result.to_dict(), "cost": result.cost} if show_cost else result.to_dict()
            )
        )
    else:
        _print_summary(result, state, source)
        if show_cost:
            print_cost(result.cost, runtime.limits)
    sys.exit(EXIT_OK if result.ok else EXIT_SCRIPT_ERROR)


def _compile_error_document(
    state: dict, exc: FlowSyntaxError | SecurityViolation, digest: str
) -> dict:
    """`run --json`'s document for a script that did not compile: the state unchanged."""
    return {
        "variables": SecretBox.masked(state),  # secure variables read ********
        "transient": state.get("transient", {}),
        "metrics": state.get("metrics", {}),
        "log": [],
        "messages": [],
        "stdout": "",
        "error": exc.to_dict(),
        "digest": digest,
    }


@cli.command(name="run-many")
@click.argument("runs_path", metavar="RUNS.json", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of result documents.")
@click.option(
    "--isolation",
    type=click.Choice(["thread", "process"]),
    default="thread",
    show_default=True,
    help="process: run in one sandbox worker process with OS limits (Runtime(isolation=...)).",
)
@log_format_option
def run_many(runs_path: str, as_json: bool, isolation: str = "thread") -> None:
    """Run the scripts RUNS.json lists, in order, in one process and one Runtime — the way a
    deployed host serves many conversations — so isolation across runs can be tested.

    RUNS.json holds [{"script": PATH, "state": PATH, "conversation": ID}, ...] ("state" and
    "conversation" optional; paths relative to RUNS.json). Each run is on the conversation ID,
    else the state file's conversationId, else c-N (N: its place in the list); a run without a
    state continues that conversation. --json prints an array of the documents `run --json`
    prints. With --isolation process every run goes to the same sandbox worker process."""
    runs = _read_runs(runs_path)
    runtime = _runtime(isolation=isolation, workers=1)
    try:
        documents, all_ok = _run_all(runtime, runs_path, runs, as_json)
    finally:
        runtime.close()
    if as_json:
        click.echo(jsonio.dumps(documents))
    sys.exit(EXIT_OK if all_ok else EXIT_SCRIPT_ERROR)


def _run_all(
    runtime: Runtime,
    runs_path: str,
    runs: list[tuple[str, str | None, str | None]],
    as_json: bool,
) -> tuple[list[dict], bool]:
    """Run each entry of RUNS.json in order; the documents and whether every run succeeded."""
    documents, all_ok = [], True
    for index, (script, state_path, conversation_id) in enumerate(runs, 1):
        try:
            source = read_text(script, "script")
            state = read_state(state_path)
        except click.UsageError as exc:
            raise click.UsageError(f"runs file {runs_path}: entry {index}: {exc.message}") from None
        cid = conversation_id or str(state.get("conversationId", f"c-{index}"))
        try:
            compiled = runtime.compile(source, filename=script)
        except (FlowSyntaxError, SecurityViolation) as exc:
            all_ok = False
            documents.append(_compile_error_document(state, exc, runtime.digest(source)))
            if not as_json:
                click.echo(f"--- run {index}: {script} ---", err=True)
                click.echo(_render_compile_error(exc, source), err=True)
            continue
        try:
            conversation = runtime.conversation(cid, state if state_path is not None else None)
            result = conversation.run(
                compiled, now=state.get("now"), zone=state.get("timeZone"), seed=state.get("seed")
            )
        except (ValueError, KeyError) as exc:  # a bad `now`, `timeZone` or table in the state
            raise click.UsageError(f"runs file {runs_path}: entry {index}: {exc}") from None
        all_ok = all_ok and result.ok
        documents.append(result.to_dict())
        if not as_json:
            click.echo(f"--- run {index}: {script} ({cid}) ---", err=True)
            _print_summary(result, state, source)
    return documents, all_ok


_RUN_KEYS = ("script", "state", "conversation")


def _read_runs(path: str) -> list[tuple[str, str | None, str | None]]:
    """RUNS.json's entries as (script path, state path or None, conversation id or None), the
    paths resolved against the file's directory; a usage error names the file and the entry."""
    try:
        runs = jsonio.loads(read_text(path, "runs file"))
    except ValueError as exc:
        raise click.UsageError(f"runs file {path} is not valid JSON: {exc}") from None
    if not isinstance(runs, list):
        raise click.UsageError(
            f'runs file {path} must hold a JSON array of {{"script": PATH, "state": PATH}}'
        )
    base = Path(path).parent
    entries: list[tuple[str, str | None, str | None]] = []
    for index, entry in enumerate(runs, 1):
        where = f"runs file {path}: entry {index}"
        if not isinstance(entry, dict):
            raise click.UsageError(f"{where} must be a JSON object")
        unknown = sorted(str(key) for key in entry if key not in _RUN_KEYS)
        if unknown:
            raise click.UsageError(
                f"{where}: unknown key {unknown[0]!r} (expected script, state, conversation)"
            )
        if "script" not in entry:
            raise click.UsageError(f"{where} has no 'script'")
        for key in _RUN_KEYS:
            if key in entry and (not isinstance(entry[key], str) or not entry[key]):
                raise click.UsageError(f"{where}: '{key}' must be a non-empty string")
        state = entry.get("state")
        entries.append(
            (
                str(base / entry["script"]),
                None if state is None else str(base / state),
                entry.get("conversation"),
            )
        )
    return entries


def _register_libraries(runtime: Runtime, paths: tuple[str, ...]) -> list[str]:
    """Register each `--lib FILE` (named after the file) and return the names in order."""
    names: list[str] = []
    for path in paths:
        name = Path(path).stem
        runtime.register_library(
            name, read_text(path, "library"), filename=path, imports=names.copy()
        )
        names.append(name)
    return names


def _render_compile_error(exc: Exception, source: str | None = None) -> str:
    if isinstance(exc, (FlowSyntaxError, SecurityViolation)):  # with caret, trace and hint
        return render(exc, source)
    if isinstance(exc, FlowSyntaxError):
        return exc.render()
    if isinstance(exc, SecurityViolation):
        where = f"{exc.file}:{exc.line}:{exc.column}: " if exc.line else ""
        return f"{where}{exc.message}"
    return str(exc)


def _print_summary(result: RunResult, before: dict, source: str | None = None) -> None:
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
        if err.line and err.column:
            where += f", column {err.column}"

        click.echo(f"--- error{where} ---\n{render(err, source)}", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--lib",
    "libs",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="A script library the files use (repeatable).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    help="json: one document of diagnostics, for editors.",
)
def check(files: tuple[str, ...], libs: tuple[str, ...], fmt: str = "text") -> None:
    """Parse and compile FILES without running them."""
    runtime = Runtime()
    names = _register_libraries(runtime, libs)
    failed = False
    results: list[tuple[str, FlowSyntaxError | SecurityViolation | None, str]] = []
    for path in files:
        source = read_text(path, "script")
        try:
            runtime.compile(source, filename=path, libraries=names)
        except (FlowSyntaxError, SecurityViolation) as exc:
            failed = True
            results.append((path, exc, source))
            if fmt == "text":
                click.echo(_render_compile_error(exc, source))
            continue
        results.append((path, None, source))
        if fmt == "text":
            click.echo(f"{path}: Syntax check passed" if len(files) > 1 else "Syntax check passed")
    if fmt == "json":
        click.echo(check_json(results))
    sys.exit(EXIT_SCRIPT_ERROR if failed else EXIT_OK)


def _is_url(target: str) -> bool:
    return "://" in target or target == "memory:"


def _open_store(target: str, migrate: bool | None = None):
    """The store a --store value names (a SQLite file or a store URL)."""
    try:
        return open_store(target, migrate=migrate)
    except StoreError as exc:  # not a database, an unwritable directory, no server, no schema
        raise click.UsageError(f"cannot open store {target}: {exc.message}") from None


def _existing_store(target: str):
    if not _is_url(target) and not Path(target).is_file():
        raise click.UsageError(f"no store at {target}")
    return _open_store(target)


_STORE_OPTION = click.option(
    "--store",
    "store_path",
    required=True,
    metavar="URL",
    help="The store holding the conversation: a SQLite file, sqlite:///PATH, "
    "postgresql://... or redis://...",
)


@cli.command(name="close")
@click.argument("conversation_id", metavar="ID")
@_STORE_OPTION
def close_command(conversation_id: str, store_path: str) -> None:
    """End conversation ID: clear its transient variables, stamp the finish time and freeze
    its default metrics (printed as JSON)."""
    store = _existing_store(store_path)
    if store.load(conversation_id) is None:
        raise click.UsageError(f"no conversation {conversation_id} in {store_path}")
    metrics = _runtime(store=store).conversation(conversation_id).close()
    click.echo(jsonio.dumps({"conversationId": conversation_id, "metrics": metrics}))


@cli.command(name="reopen")
@click.argument("conversation_id", metavar="ID")
@_STORE_OPTION
def reopen_command(conversation_id: str, store_path: str) -> None:
    """Open closed conversation ID again, so that runs on it are accepted."""
    store = _existing_store(store_path)
    if store.load(conversation_id) is None:
        raise click.UsageError(f"no conversation {conversation_id} in {store_path}")
    _runtime(store=store).conversation(conversation_id).reopen()
    click.echo(f"conversation {conversation_id} reopened")


@cli.group(name="store")
def store_group() -> None:
    """Manage a conversation store's schema."""


@store_group.command(name="migrate")
@click.argument("url", metavar="URL")
def migrate_command(url: str) -> None:
    """Create or upgrade the schema of the store at URL (PostgreSQL and Redis stores need
    this once before use, and after an upgrade of convoscript that changes the schema)."""
    store = _open_store(url, migrate=True)
    click.echo(f"{url}: schema version {store.schema_version()}")
    store.close()


@cli.command(name="export")
@_STORE_OPTION
@click.option(
    "--from",
    "start",
    metavar="T",
    help="Only conversations created at or after T (ISO-8601, UTC if no offset, or epoch seconds).",
)
@click.option("--to", "end", metavar="T", help="Only conversations created before T.")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True
)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file; past 2000 conversations further files are numbered "
    "(out-2.json, out-3.json, ...).",
)
@click.option("--per-file", type=click.IntRange(min=1), default=2000, hidden=True)
def export_command(
    store_path: str, start: str | None, end: str | None, fmt: str, output: str, per_file: int
) -> None:
    """Export conversations as Amelia does (docs/export-schema.json)."""
    from convoscript import export as export_mod  # noqa: PLC0415 - lazy: only export needs it

    try:
        t0 = export_mod.parse_time(start) if start else None
        t1 = export_mod.parse_time(end) if end else None
        export_mod.check_range(t0, t1)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    store = _existing_store(store_path)
    count = [0]

    def counted() -> None:
        count[0] += 1

    try:
        if sys.stderr.isatty():
            with click.progressbar(
                length=store.count(t0, t1), label="Exporting", file=sys.stderr
            ) as bar:

                def step() -> None:
                    counted()
                    bar.update(1)

                files = export_mod.export(store, output, fmt, t0, t1, per_file, step)
        else:
            files = export_mod.export(store, output, fmt, t0, t1, per_file, counted)
    except OSError as exc:
        raise click.UsageError(f"cannot write {output}: {exc.strerror or exc}") from None
    if count[0] == 0:
        click.echo(_empty_export_warning(t0, t1, export_mod.iso_time), err=True)
    for path in files:
        click.echo(str(path))


def _empty_export_warning(
    t0: float | None, t1: float | None, when: Callable[[float | None], str]
) -> str:
    """What an export that selected no conversation says on stderr (its file is still
    written, empty, so a pipeline sees the usual output); `when` writes a time."""
    if t0 is not None and t0 == t1:
        return f"warning: the time range is empty (--from equals --to: {when(t0)}); the export is empty"
    if t0 is None and t1 is None:
        return "warning: the store holds no conversations; the export is empty"
    span = f"from {when(t0) if t0 is not None else 'the start'} to {when(t1) if t1 is not None else 'now'}"
    return f"warning: no conversation was created {span}; the export is empty"


@cli.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@click.option(
    "--store", "store_url", metavar="URL", help="The store (default: the config's, else memory:)."
)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True)
@click.option(
    "--config",
    "config",
    type=click.Path(dir_okay=False, exists=True),
    help="TOML or JSON: tenants, tokens, limits, quotas (docs/service.md).",
)
def serve_command(
    host: str, port: int, store_url: str | None, config: str | None, workers: int
) -> None:
    """Serve the HTTP API (docs/service.md)."""
    # lazy: only serve needs Starlette, uvicorn and Prometheus
    from convoscript.service import server  # noqa: PLC0415
    from convoscript.service.settings import ConfigError  # noqa: PLC0415

    try:
        settings = server.settings_for(store_url, config)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    refusal = server.check_host(settings, host)
    if refusal:
        raise click.UsageError(refusal)
    if settings.store.startswith("memory:") and workers > 1:
        raise click.UsageError(
            "--workers > 1 needs a shared store (--store): memory: is per process"
        )
    _open_store(settings.store).close()  # fail now, with a message, on a store that cannot open
    if settings.open:
        click.echo("no tokens configured: open mode, listening on loopback only", err=True)
    server.serve(host, port, store_url, config, workers)


@cli.command(name="lsp")
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the default and only way).")
def lsp_command(stdio: bool) -> None:
    """Run the language server for editors over stdio (docs/editors.md)."""
    # pygls is loaded by this command only: no other command pays for importing it
    from convoscript.authoring import lsp  # noqa: PLC0415

    lsp.serve()


def _java_streams() -> None:
    """Make stdout and stderr write text as Java does (textout.py): a script's lone surrogate
    prints `?` instead of failing the write with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=JAVA_TEXT_ERRORS)


def main() -> None:
    """Console entry point: usage errors exit 2, never a Python traceback."""
    # what is loaded now lives until the process ends: no collection need walk it again (nor
    # the interpreter's last collections at exit, a tenth of a second)
    gc.freeze()
    _java_streams()
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
    except StoreError as exc:  # the store failed mid-command: a message, not a traceback
        click.echo(f"Error: {exc.message}", err=True)
        sys.exit(EXIT_USAGE)
