"""Group R54-R57: text a script makes that Python cannot encode, and host state that the
runtime used to read by Python's rules (issue 11, the novel-attack review, findings 02, 03,
06, 07, 08 in /work/attack/findings).

- R54 a lone surrogate (`"\\uD83D\\uDE00".charAt(0)`) in stdout or a variable: the CLI printed
  a Python traceback, a store failed with a message naming a Python exception;
- R55 non-String metrics in host state came back as Python reprs (`None`, `{'e': 1}`);
- R56 a 900,000-digit integer in host state was converted outside any budget (15 s);
- R57 masking of secure values hides the exact value only (a regression row pinning what
  docs/sandbox.md and docs/embedding.md promise).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sandbox_harness import row, run

from convoscript import FlowStateError, Runtime, StoreError
from convoscript.export import export
from convoscript.store import SQLiteStore
from convoscript.store.memory import MemoryStore

CLI = (sys.executable, "-c", "from convoscript.cli import main; main()")

LONE = """
def c = "\\uD83D\\uDE00".charAt(0)
execution.setVariable("lone", "x" + c)
customMetricService.upsertMetric("m", "y" + c)
println "a" + c + "b"
"""


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, *args], capture_output=True, cwd=tmp_path, timeout=120, check=False
    )


# ---- R54: lone surrogates ------------------------------------------------------------------------
@row("R54")
def test_R54_run_json_escapes_a_lone_surrogate(tmp_path: Path) -> None:
    (tmp_path / "s.groovy").write_text(LONE)
    done = cli(tmp_path, "run", "s.groovy", "--json")
    assert b"Traceback" not in done.stderr and done.returncode == 0, done.stderr
    assert b"\\ud83d" in done.stdout  # the JSON escape, valid JSON
    document = json.loads(done.stdout)
    assert document["variables"]["lone"] == "x\ud83d"
    assert document["stdout"] == "a\ud83db\n"


@row("R54")
def test_R54_plain_run_prints_a_lone_surrogate_as_java_does(tmp_path: Path) -> None:
    # real Groovy 2.4 (Java's UTF-8 PrintStream) prints `a?b`; a surrogate pair prints whole
    (tmp_path / "s.groovy").write_text(LONE + 'println "\\uD83D\\uDE00"\n')
    done = cli(tmp_path, "run", "s.groovy")
    assert b"Traceback" not in done.stderr and done.returncode == 0, done.stderr
    assert done.stdout == "a?b\n\U0001f600\n".encode()
    assert b'variables.lone = "x\\ud83d"' in done.stderr


@row("R54")
@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_R54_a_lone_surrogate_round_trips_through_the_store(backend: str, tmp_path: Path) -> None:
    store = MemoryStore() if backend == "memory" else SQLiteStore(str(tmp_path / "s.db"))
    rt = Runtime(store=store)
    first = rt.conversation("c").run(LONE)
    assert first.ok, first.error
    again = rt.conversation("c").run(
        'def v = execution.getVariable("lone")\nprintln v.length()\nprintln((int) v.charAt(1))'
    )
    assert again.ok and again.stdout == "2\n55357\n"
    assert store.load("c")["metrics"]["m"] == "y\ud83d"
    for fmt in ("json", "csv"):
        (path,) = export(store, tmp_path / f"out.{fmt}", fmt)
        text = path.read_text(encoding="utf-8")
        assert "\\ud83d" in text
        if fmt == "json":
            assert json.loads(text)[0]["conversationId"] == "c"


@row("R54")
def test_R54_the_cli_store_keeps_the_run(tmp_path: Path) -> None:
    (tmp_path / "s.groovy").write_text(LONE)
    done = cli(tmp_path, "run", "s.groovy", "--store", "s.db")
    assert done.returncode == 0, done.stderr
    assert b"StoreError" not in done.stderr and b"Encode" not in done.stderr
    assert SQLiteStore(str(tmp_path / "s.db")).load("c-1")["variables"]["lone"] == "x\ud83d"


class _Failing:
    """A store whose driver fails the way a codec does."""

    def __getattr__(self, name: str):
        def fail(*args: object) -> None:
            "x\ud83d".encode()

        fail.__name__ = name
        return fail


@row("R54")
def test_R54_a_store_error_names_no_python_exception(caplog: pytest.LogCaptureFixture) -> None:
    result = Runtime(store=_Failing()).conversation("a").run("1")  # type: ignore[arg-type]
    assert isinstance(result.error, StoreError)
    message = result.error.message
    assert message.startswith("store failure: the conversation store could not read")
    assert "Error" not in message and "codec" not in message and "utf-8" not in message
    assert "UnicodeEncodeError" in caplog.text  # the detail is in the host's log


# ---- R55: metrics are Strings --------------------------------------------------------------------
@row("R55")
def test_R55_state_metrics_are_converted_with_groovy_text_rules() -> None:
    state = {"metrics": {"a": 1, "b": None, "c": [1, None], "d": {"e": 1}, "t": True}}
    result = run("customMetricService.getAllMetrics()", state=state)
    assert result.metrics == {"a": "1", "c": "[1, null]", "d": "[e:1]", "t": "true"}
    assert result.value == result.metrics


@row("R55")
def test_R55_state_file_metrics_show_no_python_repr(tmp_path: Path) -> None:
    (tmp_path / "s.groovy").write_text("println customMetricService.getAllMetrics()")
    (tmp_path / "s.json").write_text('{"metrics": {"b": null, "d": {"e": 1}, "f": false}}')
    done = cli(tmp_path, "run", "s.groovy", "--state", "s.json", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["metrics"] == {"d": "[e:1]", "f": "false"}
    assert b"None" not in done.stdout and b"{'e'" not in done.stdout


# ---- R56: numbers longer than max_number_digits --------------------------------------------------
@row("R56")
def test_R56_a_huge_integer_in_a_state_file_is_refused_at_once(tmp_path: Path) -> None:
    (tmp_path / "s.groovy").write_text("println 1")
    (tmp_path / "s.json").write_text('{"variables": {"x": {"y": [1, ' + "9" * 900_000 + "]}}}")
    start = time.monotonic()
    done = cli(tmp_path, "run", "s.groovy", "--state", "s.json", "--json")
    elapsed = time.monotonic() - start
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert b"state 'variables.x.y[1]' holds a number of 900000 digits" in done.stderr
    assert elapsed < 6, elapsed  # was 15 s; the interpreter's start is most of what is left


@row("R56")
@pytest.mark.parametrize(
    "number", [-(10**200_000), 10**20_000 + 1, "decimal"], ids=["negative", "int", "decimal"]
)
def test_R56_a_huge_number_from_the_host_is_a_flow_state_error(number: object) -> None:
    value = Decimal("1." + "5" * 20_000) if number == "decimal" else number
    start = time.monotonic()
    with pytest.raises(FlowStateError, match=r"state 'transient\.t\[0\]\.k' holds a number of"):
        Runtime().conversation("c", {"transient": {"t": [{"k": value}]}})
    assert time.monotonic() - start < 0.5


@row("R56")
def test_R56_numbers_within_the_limit_are_accepted() -> None:
    big = 10**1_500  # the harness's limit is 2,000 digits
    result = run('execution.getVariable("x") + 1', state={"variables": {"x": big}})
    assert result.ok and result.value == big + 1


# ---- R57: what masking hides (regression row: documents the limit, docs/sandbox.md) ---------------
@row("R57")
def test_R57_masking_hides_the_exact_value_not_a_transformed_copy() -> None:
    result = run(
        'execution.setSecureVariable("pw", "hunter2secret")\n'
        'def pw = execution.getVariable("pw")\n'
        'println "direct: " + pw\nprintln "rev: " + pw.reverse()'
    )
    assert "hunter2secret" not in result.stdout and "direct: ********" in result.stdout
    # a script that can read a secret can transform it: masking is against accidents only
    assert "terces2retnuh" in result.stdout
