"""The REPL's terminal front end on a full terminal: prompt_toolkit with multi-line editing
(Enter runs the input once its brackets and strings are closed, and otherwise starts a new
line), history kept in a file with search (Ctrl-R), completion from the same catalog as the
language server (authoring/catalog.py), and Groovy highlighting through Pygments'
GroovyLexer. repl.py decides when it is used; the line-based loop there serves pipes and dumb
terminals."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from convoscript.authoring.catalog import completions

# a word being completed: Groovy identifier characters
_WORD = re.compile(r"[A-Za-z0-9_$]+")
CLEAR = (":clear", ":c")


def history_path() -> Path:
    """Where the REPL keeps its history: $CONVOSCRIPT_HISTORY, else `convoscript/repl_history`
    in the user's state directory ($XDG_STATE_HOME, default ~/.local/state; %LOCALAPPDATA% on
    Windows)."""
    chosen = os.environ.get("CONVOSCRIPT_HISTORY")
    if chosen:
        return Path(chosen)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        state = Path(os.environ["LOCALAPPDATA"])
    else:
        state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return state / "convoscript" / "repl_history"


def interactive() -> bool:
    """Whether the full terminal front end can run: both ends a terminal that is not dumb."""
    return sys.stdin.isatty() and sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def readline_history() -> Callable[[str], None] | None:
    """For the line-based loop on a dumb terminal: readline (when the platform has it) given
    the same history file as the full front end, and a function that adds an input to it."""
    try:
        import readline  # noqa: PLC0415 - optional: the platform may not have it
    except ImportError:  # pragma: no cover - no readline on this platform
        return None
    from prompt_toolkit.history import FileHistory  # noqa: PLC0415 - see prompt_loop

    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        history = FileHistory(str(path))
        for entry in reversed(list(history.load_history_strings())):  # newest last
            readline.add_history(entry)
    except OSError:
        return None

    def store(text: str) -> None:
        try:
            history.store_string(text)
        except OSError:
            pass

    return store


def complete_at(
    text: str,
    line: int,
    column: int,
    names: Iterable[str] = (),
    libraries: Mapping[str, str] | None = None,
) -> list[tuple[str, int, str]]:
    """Completions at a cursor (1-based line and column) of the input being typed: (text to
    insert, where it starts relative to the cursor, what it is), those starting with the word
    before the cursor (case-insensitively), the REPL's binding variables first."""
    before = text.splitlines()[line - 1][: column - 1] if text else ""
    found = _WORD.search(before[::-1])
    word = found.group(0)[::-1] if found and found.start() == 0 else ""
    lowered = word.lower()
    out: list[tuple[str, int, str]] = []
    seen: set[tuple[str, str]] = set()
    dotted = before[: len(before) - len(word)].rstrip().endswith(".")
    candidates = [] if dotted else [(n, n, "binding variable") for n in names]
    for item in completions(text, line, column, "groovysh_evaluate", libraries):
        candidates.append((item.label, item.insert_text, item.detail or item.kind))
    for label, insert, meta in candidates:
        if label.lower().startswith(lowered) and (label, meta) not in seen:
            seen.add((label, meta))
            out.append((insert, -len(word), meta))
    return out


def prompt_loop(
    evaluate: Callable[[str], str],
    command: Callable[[str], str | None],
    binding_names: Callable[[], Iterable[str]],
    libraries: Mapping[str, str],
    echo: Callable[[str], None],
    is_complete: Callable[[str], bool],
) -> None:
    """Read, run and print until `:quit` or Ctrl-D; Ctrl-C or `:clear` abandon the input."""
    # prompt_toolkit and Pygments load only for an interactive terminal: 0.15 s that every
    # other command (and a piped REPL) would pay at start-up
    from prompt_toolkit import PromptSession  # noqa: PLC0415
    from prompt_toolkit.completion import Completer, Completion  # noqa: PLC0415
    from prompt_toolkit.filters import is_searching  # noqa: PLC0415
    from prompt_toolkit.history import FileHistory  # noqa: PLC0415
    from prompt_toolkit.key_binding import KeyBindings  # noqa: PLC0415
    from prompt_toolkit.lexers import PygmentsLexer  # noqa: PLC0415
    from pygments.lexers.jvm import GroovyLexer  # noqa: PLC0415

    class CatalogCompleter(Completer):
        def get_completions(self, document, complete_event):
            for insert, start, meta in complete_at(
                document.text,
                document.cursor_position_row + 1,
                document.cursor_position_col + 1,
                binding_names(),
                libraries,
            ):
                yield Completion(insert, start_position=start, display_meta=meta)

    keys = KeyBindings()

    @keys.add("enter", filter=~is_searching)  # while searching, Enter takes the found input
    def _enter(event) -> None:
        """Run the input when it is complete; a `:clear` line abandons it."""
        buffer = event.current_buffer
        last = buffer.document.text.rsplit("\n", 1)[-1].strip()
        if last in CLEAR and "\n" in buffer.document.text:
            buffer.text = last  # handled by the loop: "input cleared"
            buffer.validate_and_handle()
        elif buffer.document.text.lstrip().startswith(":") or is_complete(buffer.document.text):
            buffer.validate_and_handle()
        else:
            buffer.insert_text("\n")

    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        history = FileHistory(str(path))
    except OSError:  # no writable state directory: history for this session only
        history = None
    session: PromptSession[str] = PromptSession(
        history=history,
        multiline=True,
        key_bindings=keys,
        completer=CatalogCompleter(),
        complete_while_typing=False,  # Tab completes; typing stays fast on large catalogs
        lexer=PygmentsLexer(GroovyLexer),
        prompt_continuation=lambda width, line, wrapped: f"groovy:{line:03d}> ",
        enable_history_search=False,  # Up/Down move between lines of a multi-line input
    )
    echo("convoscript Groovy shell (Groovy 2.4 dialect). :help for commands.")
    while True:
        try:
            text = session.prompt("groovy:000> ")
        except EOFError:
            echo("")
            return
        except KeyboardInterrupt:
            continue
        stripped = text.strip()
        if stripped in CLEAR:
            echo("input cleared")
        elif stripped.startswith(":") and "\n" not in stripped:
            out = command(stripped)
            if out is None:
                return
            echo(out)
        elif stripped:
            echo(evaluate(text + "\n"))
