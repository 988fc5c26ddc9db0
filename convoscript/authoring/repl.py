"""`convoscript repl`: an interactive Groovy shell on one conversation.

Each input runs as a script on the same conversation (kept in a MemoryStore), so service state
(variables, transient, metrics) carries over. As in groovysh, binding variables (`x = 1`) survive
between inputs and local `def` variables do not. Input continues over lines while brackets are
open. The value of the last expression is printed the Groovy way: `===> [a:1]`."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from convoscript import jsonio
from convoscript.authoring import replterm
from convoscript.authoring.cost import format_cost
from convoscript.authoring.diagnostics import render_error
from convoscript.authoring.groovyfmt import display
from convoscript.engine import Runtime
from convoscript.errors import FlowSyntaxError, SecurityViolation
from convoscript.runtime.model import budget, runcontext
from convoscript.runtime.model.budget import Budget, Limits
from convoscript.runtime.model.exceptions import BudgetExceeded
from convoscript.runtime.run.boundary import Allowance, to_plain
from convoscript.store.memory import MemoryStore

# What `:state` may spend showing the binding variables: they are the script's own objects, so
# they are shown without running script code (a script object as `A@1b2c3d`), under a budget
# of their own, in at most this many values and characters each.
_SHOW_VALUES = 10_000
_SHOW_CHARS = 100_000


def _shown(value: object) -> str:
    """A binding variable as `:state` shows it: its plain form, never running its toString."""
    token = budget.activate(Budget(Limits(max_steps=10**7, max_seconds=1.0)))
    context = runcontext.activate(runcontext.make_context())
    try:
        plain = to_plain(value, False, _SHOW_VALUES, Allowance(_SHOW_CHARS))
    except BudgetExceeded:
        return "(too large to show)"
    finally:
        runcontext.deactivate(context)
        budget.deactivate(token)
    return plain if isinstance(plain, str) else display(plain)


# (names, argument, what it does): the commands, in the order :help lists them
COMMANDS = (
    ((":state", ":s"), "", "show the conversation state and binding variables"),
    ((":reset",), "", "start again from the initial state (forgets binding variables)"),
    ((":load", ":l"), "FILE", "run a Groovy file on this conversation"),
    ((":cost",), "", "the cost of the last input against the limits"),
    ((":clear", ":c"), "", "abandon the input being typed (also Ctrl-C)"),
    ((":help", ":h", ":?"), "", "this help"),
    ((":quit", ":q", ":exit", ":x"), "", "leave (also Ctrl-D)"),
)


def _help() -> str:
    lines = ["Commands:"]
    for names, arg, what in COMMANDS:
        usage = f"{names[0]} {arg}".strip()
        aliases = f" ({', '.join(names[1:])})" if names[1:] else ""
        lines.append(f"  {usage:<12}  {what}{aliases}")
    lines.append("Keys: Tab completes, Ctrl-R searches the history, Enter runs a complete input.")
    lines.append("Binding variables (x = 1) survive between inputs; local 'def' variables do not.")
    return "\n".join(lines)


HELP = _help()
_NAMES = {alias: names[0] for names, _, _ in COMMANDS for alias in names}


def open_brackets(text: str) -> int:
    """How many (, [, { are still open, ignoring strings and comments (for continuation)."""
    depth = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                return depth + 1
            i = j + 2
            continue
        for quote in ('"""', "'''", '"', "'"):
            if text.startswith(quote, i):
                j = i + len(quote)
                while j < n and not text.startswith(quote, j):
                    j += 2 if text[j] == "\\" else 1
                if j >= n:
                    return depth + 1  # an open string continues too
                i = j + len(quote)
                break
        else:
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            i += 1
    return depth


class Repl:
    def __init__(
        self, state: dict | None = None, libraries: list[tuple[str, str]] | None = None, out=None
    ):
        self.initial = state or {}
        self.runtime = Runtime(store=MemoryStore())
        self.names: list[str] = []
        self.library_sources = dict(libraries or [])  # file name -> source, for completion
        for filename, source in libraries or []:
            name = Path(filename).stem
            self.runtime.register_library(
                name, source, filename=filename, imports=self.names.copy()
            )
            self.names.append(name)
        self.count = 0
        self.last_cost: dict | None = None
        self.reset()

    def reset(self) -> None:
        self.binding: dict = {}
        self.locals: set[str] = set()
        self.conversation = self.runtime.conversation(
            str(self.initial.get("conversationId", "repl-1")), self.initial
        )

    # -- running one input -----------------------------------------------------------------
    def evaluate(self, source: str, filename: str | None = None) -> str:
        """Run one input; the text to print (stdout, log, `===> value` or the error)."""
        self.count += 1
        name = filename or f"groovysh_evaluate{self.count}"
        try:
            script = (
                self.runtime.compile(source, name, libraries=self.names)
                if self.names
                else self.runtime.compile(source, name)
            )
        except (FlowSyntaxError, SecurityViolation) as exc:
            return render_error(exc, source)
        # the engine's REPL hook: start from the earlier inputs' binding variables and keep
        # the ones this input ends with (refilled in place, also when the input fails)
        result = self.conversation._run(script, binding=self.binding)
        self.last_cost = result.cost
        parts = []
        if result.stdout:
            parts.append(result.stdout.rstrip("\n"))
        for entry in result.log:
            parts.append(f"[{entry['level'].upper()}] {entry['message']}")
        if result.error is not None:
            parts.append(render_error(result.error, source))
            missing = re.search(r"No such property: (\w+) for class", result.error.message or "")
            if missing and missing.group(1) in self.locals:
                parts.append(
                    f"repl: '{missing.group(1)}' was declared with 'def' in an earlier "
                    "input; local variables do not survive between inputs. Assign it "
                    f"without 'def' ({missing.group(1)} = ...) to keep it."
                )
        else:
            self.locals.update(re.findall(r"(?m)^\s*def\s+(\w+)\s*=", source))
        if result.error is None:
            parts.append(f"===> {display(result.value)}")
        return "\n".join(parts)

    def command(self, line: str) -> str | None:
        """A `:command`; None means quit."""
        given, _, arg = line.strip().partition(" ")
        cmd = _NAMES.get(given)
        if cmd == ":quit":
            return None
        if cmd == ":help":
            return HELP
        if cmd == ":clear":
            return "input cleared"  # the loops drop the input being typed
        if cmd == ":state":
            state = self.conversation.state()
            data = {k: state.get(k, {}) for k in ("variables", "transient", "metrics")}
            data["binding"] = {k: _shown(v) for k, v in self.binding.items()}
            return jsonio.dumps(data)
        if cmd == ":reset":
            self.reset()
            return "conversation reset"
        if cmd == ":load":
            path = arg.strip()
            if not path:
                return "usage: :load FILE"
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                return f"cannot read {path}: {exc.strerror or exc}"
            return self.evaluate(text, path)
        if cmd == ":cost":
            return (
                format_cost(self.last_cost, self.runtime.limits)
                if self.last_cost
                else "nothing run yet"
            )
        return f"unknown command {given} (:help lists them)"

    @staticmethod
    def complete(text: str) -> bool:
        """Whether an input can run: no bracket, brace or string left open, no trailing `\\`."""
        return open_brackets(text) <= 0 and not text.rstrip().endswith("\\")

    # -- the terminal loops ----------------------------------------------------------------
    def loop(self) -> None:
        """prompt_toolkit on a full terminal (replterm.py), else a line at a time."""
        if replterm.interactive():
            replterm.prompt_loop(
                self.evaluate,
                self.command,
                lambda: list(self.binding),
                self.library_sources,
                click.echo,
                self.complete,
            )
        else:
            self.line_loop()

    def line_loop(self) -> None:
        """A line at a time (pipes, dumb terminals): input continues while brackets are open,
        groovysh's `groovy:NNN>` prompt counting the lines typed so far."""
        store = replterm.readline_history() if sys.stdin.isatty() else None
        click.echo("convoscript Groovy shell (Groovy 2.4 dialect). :help for commands.")
        buffer: list[str] = []
        while True:
            prompt = f"groovy:{len(buffer):03d}> "
            try:
                line = input(prompt)
            except EOFError:
                click.echo()
                break
            except KeyboardInterrupt:
                click.echo()
                buffer = []
                continue
            if line.strip() in replterm.CLEAR:
                buffer = []
                click.echo("input cleared")
                continue
            if not buffer and line.strip().startswith(":"):
                out = self.command(line)
                if out is None:
                    break
                click.echo(out)
                continue
            buffer.append(line)
            text = "\n".join(buffer)
            if not text.strip():
                buffer = []
                continue
            if not self.complete(text):
                continue
            buffer = []
            if store is not None:
                store(text)
            click.echo(self.evaluate(text + "\n"))
