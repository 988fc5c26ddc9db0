"""The REPL: unit checks, and a real terminal session driven through a pseudo-terminal."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from convoscript.authoring.repl import COMMANDS, HELP, Repl, open_brackets
from convoscript.authoring.replterm import complete_at, history_path


def test_open_brackets() -> None:
    assert open_brackets("def f() {") == 1
    assert open_brackets("[1, [2,") == 2
    assert open_brackets("println '{'") == 0
    assert open_brackets('def s = """{') == 1
    assert open_brackets("x = 1 // {") == 0
    assert open_brackets("def f() {\n  1\n}") == 0


def test_binding_survives_and_def_does_not() -> None:
    repl = Repl({"transient": {"n": 2}})
    assert repl.evaluate("x = 5\n") == "===> 5"
    assert repl.evaluate("def y = 2\n") == "===> 2"
    assert repl.evaluate("x * transientVariableService.getVariable('n')\n") == "===> 10"
    out = repl.evaluate("y\n")
    assert "MissingPropertyException" in out and "do not survive between inputs" in out
    assert repl.evaluate("[a: 1, b: [1, 2]]\n") == "===> [a:1, b:[1, 2]]"
    assert repl.evaluate("null\n") == "===> null"


def test_binding_carries_values_but_not_handle_names() -> None:
    repl = Repl()
    assert repl.evaluate("log = 5\n") == "===> 5"  # shadows the handle for this input only
    assert repl.evaluate("log.toString()\n") == "===> log"
    assert "MissingMethodException" in repl.evaluate("x = 1\nboom()\n")  # fails...
    assert repl.binding == {"x": 1}  # ...but what it set is kept, as groovysh does
    assert repl.evaluate("x + 1\n") == "===> 2"
    assert repl.evaluate("f = { it * 2 }\n").startswith("===> ")
    assert repl.evaluate("f(x)\n") == "===> 2"  # a closure from an earlier input still runs


def test_commands(tmp_path: Path) -> None:
    repl = Repl({"metrics": {"m": "1"}})
    repl.evaluate("customMetricService.upsertMetric('k', 'v')\nz = 3\n")
    state = json.loads(repl.command(":state"))
    assert state["metrics"] == {"m": "1", "k": "v"} and state["binding"] == {"z": "3"}
    assert repl.command(":reset") == "conversation reset"
    state = json.loads(repl.command(":state"))
    assert state["metrics"] == {"m": "1"} and state["binding"] == {}
    script = tmp_path / "s.groovy"
    script.write_text("println 'loaded'\n41 + 1\n")
    assert repl.command(f":load {script}") == "loaded\n===> 42"
    assert "steps" in repl.command(":cost")
    assert repl.command(":quit") is None
    assert "unknown command" in repl.command(":nope")


class Terminal:
    """A child process on a pseudo-terminal, driven like pexpect."""

    def __init__(self, argv: list[str], env: dict):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child
            os.execve(argv[0], argv, env)
        self.buffer = ""
        self.buffer_filter: re.Pattern | None = None  # drops a full terminal's escapes
        self.raw = ""  # everything read, escapes included

    def expect(self, pattern: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        while True:
            found = regex.search(self.buffer)
            if found:
                before = self.buffer[: found.end()]
                self.buffer = self.buffer[found.end() :]
                return before
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out waiting for {pattern!r}; got {self.buffer!r}")
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise AssertionError(
                        f"terminal closed waiting for {pattern!r}; got {self.buffer!r}"
                    )
                text = chunk.decode("utf-8", "replace").replace("\r\n", "\n")
                self.raw += text
                self.buffer += self.buffer_filter.sub("", text) if self.buffer_filter else text

    def send(self, line: str) -> None:
        os.write(self.fd, (line + "\n").encode())

    def write(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def close(self) -> int:
        for _ in range(100):
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        return -9


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_repl_session_in_a_real_terminal(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_text('{"transient": {"trained_performance": 0.92}}')
    script = tmp_path / "load.groovy"
    script.write_text('customMetricService.upsertMetric("loaded", "yes")\n"done"\n')
    history = tmp_path / "history"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "TERM": "dumb",
        "CONVOSCRIPT_HISTORY": str(history),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    term = Terminal(
        [
            sys.executable,
            "-c",
            "from convoscript.cli import main; main()",
            "repl",
            "--state",
            str(state),
        ],
        env,
    )
    try:
        term.expect(r"groovy:000> ")
        term.send('x = transientVariableService.getVariable("trained_performance")')
        assert "===> 0.92" in term.expect(r"groovy:000> ")
        term.send("def twice(n) {")  # multi-line: continues while the brace is open
        term.expect(r"groovy:001> ")
        term.send("  n * 2")
        term.expect(r"groovy:002> ")
        term.send("}; twice(x)")
        assert "===> 1.84" in term.expect(r"groovy:000> ")
        term.send('[name: "Ann", tags: ["a", "b"]]')
        assert "===> [name:Ann, tags:[a, b]]" in term.expect(r"groovy:000> ")
        term.send('customMetricService.upsertMetric("score", x)')
        out = term.expect(r"groovy:000> ")
        assert "MissingMethodException" in out and "hint:" in out and "^" in out
        term.send(f":load {script}")
        assert "===> done" in term.expect(r"groovy:000> ")
        term.send(":state")
        out = term.expect(r"groovy:000> ")
        assert '"loaded": "yes"' in out and '"x": "0.92"' in out
        term.send(":reset")
        assert "conversation reset" in term.expect(r"groovy:000> ")
        term.send(":state")
        assert '"loaded"' not in term.expect(r"groovy:000> ")
        term.send(":quit")
        assert term.close() == 0
    finally:
        if term.pid:
            try:
                os.kill(term.pid, 0)
            except OSError:
                pass
            else:
                term.close()
    assert "twice(x)" in history.read_text()  # readline history was saved


def test_help_lists_every_command() -> None:
    repl = Repl()
    for names, _, what in COMMANDS:
        assert names[0] in HELP and what in HELP
        for name in names:  # each name and alias is handled, none falls to "unknown command"
            assert "unknown command" not in (repl.command(name + " x.groovy") or "")
    assert ":clear" in HELP and "Ctrl-R" in HELP


def test_completion_from_the_catalog_and_the_binding() -> None:
    found = complete_at("transientVariableService.getVar", 1, 32)
    assert ("getVariable", -6, "Object getVariable(String)") in found
    assert all(insert.startswith("getVar") for insert, _, _ in found)
    names = [insert for insert, _, _ in complete_at("total + tra", 1, 12, ["trained", "other"])]
    assert names[0] == "trained" and "transientVariableService" in names
    assert "other" not in names
    lib = {"util.groovy": "def formatScore(s) { s }\n"}
    assert "formatScore" in [i for i, _, _ in complete_at("format", 1, 7, (), lib)]


def test_history_lives_in_the_state_directory(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CONVOSCRIPT_HISTORY", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert history_path() == tmp_path / "convoscript" / "repl_history"
    monkeypatch.setenv("CONVOSCRIPT_HISTORY", str(tmp_path / "h"))
    assert history_path() == tmp_path / "h"


def test_clear_abandons_a_half_typed_input_when_piped() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from convoscript.cli import main; main()", "repl"],
        input="def f() {\n  1\n:clear\nx = 2\n:quit\n", capture_output=True, text=True,
        timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "input cleared" in proc.stdout and "===> 2" in proc.stdout
    assert "Exception" not in proc.stdout


_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_full_terminal_editing_completion_highlighting_history(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_text('{"transient": {"n": 5}}')
    history = tmp_path / "state" / "convoscript" / "repl_history"
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "TERM": "xterm",
           "XDG_STATE_HOME": str(tmp_path / "state"), "PROMPT_TOOLKIT_NO_CPR": "1",
           "COLUMNS": "100", "LINES": "30", "PYTHONDONTWRITEBYTECODE": "1"}
    term = Terminal([sys.executable, "-c", "from convoscript.cli import main; main()",
                     "repl", "--state", str(state)], env)
    expect = term.expect
    term.buffer_filter = _ESCAPES
    try:
        expect(r"groovy:000>")
        term.write("def twice(n) {\r")  # Enter inside an open brace starts a new line
        expect(r"groovy:001>")
        term.write("  n * 2\r")
        expect(r"groovy:002>")
        term.write("}; twice(4)\r")
        expect(r"===> 8")
        expect(r"groovy:000>")  # keys typed before the prompt is up meet a cooked terminal
        assert re.search(r"\x1b\[[0-9;]+mdef\x1b\[0m", term.raw)  # GroovyLexer colours
        term.write("[1,\r")
        expect(r"groovy:001>")
        term.write(":clear\r")  # abandons "[1," ...
        expect(r"input cleared")
        expect(r"groovy:000>")
        term.write("x = 2\r")  # ... so this runs on its own
        expect(r"===> 2")
        expect(r"groovy:000>")
        term.write("transientVariableService.getVar\t")  # Tab: the catalog's methods
        assert "Object getVariable(String)" in expect(r"getVariables\(\)")
        term.write('("n")\r')
        expect(r"===> 5")
        expect(r"groovy:000>")
        term.write(":help\r")
        assert ":clear" in expect(r"this help")
        expect(r"groovy:000>")
        term.write("\x12twi")  # Ctrl-R: search the history
        expect(r"I-search backward: twi")
        term.write("\r")  # take the found input ...
        expect(r"groovy:002> \}; twice\(4\)")
        term.write("\r")  # ... and run it
        expect(r"===> 8")
        term.write(":quit\r")
        assert term.close() == 0
    finally:
        if term.pid:
            try:
                os.kill(term.pid, 0)
            except OSError:
                pass
            else:
                term.close()
    assert "twice(4)" in history.read_text()
