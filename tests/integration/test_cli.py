"""The command line contract: `run` (JSON and human output, exit codes) and `check`."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner

from convoscript.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_run_documented_example_json() -> None:
    result = invoke("run", str(ROOT / "examples" / "trained_performance.groovy"), "--state",
                    str(ROOT / "examples" / "trained_performance.state.json"), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output, parse_float=Decimal)
    core = [k for k in data if k != "messages"]  # `messages` joins with the richer services
    assert core == ["variables", "transient", "metrics", "log", "stdout", "error"]
    assert data["metrics"] == {"trained_performance": "0.92"}
    assert data["transient"] == {"trained_performance": Decimal("0.92")}
    assert data["error"] is None


def test_run_reports_script_error_with_exit_1(tmp_path: Path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text('println "before"\ncustomMetricService.upsertMetric("x", 1)\n')
    result = invoke("run", str(script), "--json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["stdout"] == "before\n"
    assert data["error"]["type"] == "MissingMethodException"
    assert data["error"]["line"] == 2


def test_run_human_output(tmp_path: Path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text('println "hello"\nexecution.setVariable("a", 1)\nlog.info "done"\n')
    result = invoke("run", str(script))
    assert result.exit_code == 0
    assert "hello" in result.output
    assert "variables.a = 1" in result.output
    assert "log INFO: done" in result.output


def test_run_missing_file_is_usage_error() -> None:
    result = invoke("run", "/nonexistent/script.groovy")
    assert result.exit_code == 2
    assert "cannot read script" in result.output


def test_run_bad_state_is_usage_error(tmp_path: Path) -> None:
    script = tmp_path / "s.groovy"
    script.write_text("println 1\n")
    state = tmp_path / "state.json"
    state.write_text("{not json")
    result = invoke("run", str(script), "--state", str(state))
    assert result.exit_code == 2
    assert "not valid JSON" in result.output


def test_check_passes(tmp_path: Path) -> None:
    script = tmp_path / "ok.groovy"
    script.write_text("def x = 1\nprintln x\n")
    result = invoke("check", str(script))
    assert result.exit_code == 0
    assert result.output.strip() == "Syntax check passed"


def test_check_unclosed_brace_reports_file_line_column_and_caret(tmp_path: Path) -> None:
    script = tmp_path / "broken.groovy"
    script.write_text("def f(x) {\n  if (x) {\n    println x\n}\n")
    result = invoke("check", str(script))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{script}:1:10: ")
    assert "never closed" in lines[0]
    assert lines[1] == "def f(x) {"
    assert lines[2] == " " * 9 + "^"


def test_check_reports_unexpected_token(tmp_path: Path) -> None:
    script = tmp_path / "bad.groovy"
    script.write_text("def x = \nprintln 1 +* 2\n")
    result = invoke("check", str(script))
    assert result.exit_code == 1
    assert result.output.startswith(f"{script}:2:")
