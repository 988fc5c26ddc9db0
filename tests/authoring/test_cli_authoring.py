"""`convoscript test`, `run --cost`, `check --format json`, run diagnostics, and pytest
collecting *.flowtest.yaml through the plugin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from convoscript.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


BROKEN = """
script: {script}
cases:
  - name: passes
    given: {{transient: {{trained_performance: 0.92}}}}
    expect: {{metrics: {{trained_performance: "0.92"}}}}
  - name: broken on purpose
    given: {{transient: {{trained_performance: 0.92}}}}
    expect: {{metrics: {{trained_performance: "0.95"}}}}
"""


def broken_file(tmp_path: Path) -> Path:
    path = tmp_path / "broken.flowtest.yaml"
    # a flowtest file reads scripts only from its own directory (issue 11, ST6)
    script = EXAMPLES / "trained_performance.groovy"
    (tmp_path / script.name).write_text(script.read_text(encoding="utf-8"), encoding="utf-8")
    path.write_text(BROKEN.format(script=script.name))
    return path


def test_test_command_runs_the_gallery() -> None:
    result = invoke("test", str(EXAMPLES))
    assert result.exit_code == 0, result.output
    assert "PASS " in result.output
    assert "trained_performance.flowtest.yaml::stores the score as a string metric" in result.output
    assert " 0 failed" in result.output


def test_test_command_shows_a_readable_diff(tmp_path: Path) -> None:
    result = invoke("test", str(broken_file(tmp_path)))
    assert result.exit_code == 1
    assert "PASS " in result.output and "::passes" in result.output
    assert "FAIL " in result.output and "::broken on purpose" in result.output
    assert (
        'metrics.trained_performance\n        expected: "0.95"\n        actual:   "0.92"'
        in result.output
    )
    assert "1 passed, 1 failed" in result.output
    assert "\x1b[" not in result.output  # plain when not a terminal


def test_test_command_cost_and_keyword(tmp_path: Path) -> None:
    result = invoke("test", str(broken_file(tmp_path)), "-k", "passes", "--cost")
    assert result.exit_code == 0
    assert "steps" in result.output and "/ 1,000,000" in result.output
    assert "broken on purpose" not in result.output


def test_run_cost(tmp_path: Path) -> None:
    script = EXAMPLES / "trained_performance.groovy"
    state = EXAMPLES / "trained_performance.state.json"
    result = (
        CliRunner(mix_stderr=False).invoke(
            cli, ["run", str(script), "--state", str(state), "--cost"]
        )
        if "mix_stderr" in CliRunner.__init__.__code__.co_varnames
        else CliRunner().invoke(cli, ["run", str(script), "--state", str(state), "--cost"])
    )
    assert result.exit_code == 0
    text = result.output + (result.stderr if hasattr(result, "stderr") else "")
    assert "cost:" in text and "steps" in text and "peak string length" in text
    data = json.loads(invoke("run", str(script), "--state", str(state), "--json", "--cost").output)
    assert data["cost"]["steps"] >= 0 and "peak_string" in data["cost"]
    plain = json.loads(invoke("run", str(script), "--state", str(state), "--json").output)
    assert "cost" not in plain


def test_run_error_shows_caret_trace_and_hint(tmp_path: Path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text("def total = 3\ndef report() {\n  println total\n}\nreport()\n")
    result = invoke("run", str(script))
    assert result.exit_code == 1
    text = result.output
    assert f"{script}:3:11: MissingPropertyException: No such property: total" in text
    assert "  println total\n          ^" in text
    assert "at report(s.groovy:3)" in text and "at run(s.groovy:5)" in text
    assert "hint: 'total' is declared at line 1" in text


def test_check_text_hint_for_groovy3(tmp_path: Path) -> None:
    script = tmp_path / "g3.groovy"
    script.write_text("def xs = [1]\nif (2 !in xs) { println 1 }\n")
    result = invoke("check", str(script))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{script}:2:")
    assert "Groovy 3" in lines[0]
    assert lines[-1].startswith("hint: convoscript runs Groovy 2.4")


def test_check_format_json(tmp_path: Path) -> None:
    good = tmp_path / "good.groovy"
    good.write_text("println 1\n")
    bad = tmp_path / "bad.groovy"
    bad.write_text("def a = 1\nif (a === 1) { }\n")
    result = invoke("check", "--format", "json", str(good), str(bad))
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["ok"] is False
    assert data["files"][0] == {"file": str(good), "ok": True, "diagnostics": []}
    [diag] = data["files"][1]["diagnostics"]
    assert diag["line"] == 2 and diag["column"] == 7
    assert diag["severity"] == "error" and diag["type"] == "FlowSyntaxError"
    assert diag["source_line"] == "if (a === 1) { }"
    assert "Groovy 2.4" in diag["hint"]
    ok = json.loads(invoke("check", "--format", "json", str(good)).output)
    assert ok["ok"] is True


def _pytest(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-o", "addopts=", *args],
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_pytest_collects_flowtest_files_by_case_name() -> None:
    proc = _pytest("-v", str(EXAMPLES))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (
        "trained_performance.flowtest.yaml::stores the score as a string metric PASSED"
        in proc.stdout
    )
    assert "interaction_score.flowtest.yaml::long conversations lose points PASSED" in proc.stdout


def test_pytest_broken_expectation_shows_diff(tmp_path: Path) -> None:
    broken_file(tmp_path)
    proc = _pytest("-q", str(tmp_path), "--flow-cost", cwd=tmp_path)
    assert proc.returncode == 1
    assert "case 'broken on purpose' failed" in proc.stdout
    assert 'expected: "0.95"' in proc.stdout and 'actual:   "0.92"' in proc.stdout
    assert "1 failed, 1 passed" in proc.stdout


def test_run_error_inside_a_library_shows_the_library_line(tmp_path: Path) -> None:
    lib = tmp_path / "util.groovy"
    lib.write_text("String boom(x) {\n  x.trim()\n}\n")
    script = tmp_path / "main.groovy"
    script.write_text("def v = null\nboom(v)\n")
    result = invoke("run", str(script), "--lib", str(lib))
    assert result.exit_code == 1
    assert f"{lib}:2:" in result.output and "NullPointerException" in result.output
    assert "  x.trim()\n" in result.output
    # every frame names its own file: the library's, then the script's
    assert "at boom(util.groovy:2)" in result.output and "at run(main.groovy:2)" in result.output
    data = json.loads(invoke("run", "--json", str(script), "--lib", str(lib)).output)
    error = data["error"]
    assert (error["file"], error["line"], error["column"]) == (str(lib), 2, 5)
    assert error["trace"] == [
        {"method": "boom", "line": 2, "column": 5, "file": str(lib)},
        {"method": "run", "line": 2, "column": 1, "file": str(script)},
    ]
