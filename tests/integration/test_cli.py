"""The command line contract: `run` (JSON and human output, exit codes) and `check`."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner

from convoscript.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_run_documented_example_json() -> None:
    result = invoke(
        "run",
        str(ROOT / "examples" / "trained_performance.groovy"),
        "--state",
        str(ROOT / "examples" / "trained_performance.state.json"),
        "--json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output, parse_float=Decimal)
    core = [k for k in data if k != "messages"]  # `messages` joins with the richer services
    assert core == ["variables", "transient", "metrics", "log", "stdout", "error", "digest"]
    assert re.fullmatch("[0-9a-f]{64}", data["digest"])
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


# ---- run-many: many runs in one process and one Runtime ---------------------------------------
def test_run_many_prints_the_run_documents_in_order(tmp_path: Path) -> None:
    runs_dir = tmp_path / "runs"
    (runs_dir / "scripts").mkdir(parents=True)
    (runs_dir / "scripts" / "count.groovy").write_text(
        'def n = execution.getVariable("n") ?: 0\nexecution.setVariable("n", n + 1)\nprintln n\n'
    )
    (runs_dir / "scripts" / "broken.groovy").write_text("null.foo()\n")
    (runs_dir / "state.json").write_text('{"conversationId": "c-a", "variables": {"n": 10}}')
    (runs_dir / "runs.json").write_text(
        json.dumps(
            [
                {"script": "scripts/count.groovy", "state": "state.json"},
                {"script": "scripts/count.groovy", "conversation": "c-a"},  # continues c-a
                {"script": "scripts/count.groovy"},  # its own conversation, c-3
                {"script": "scripts/broken.groovy"},
            ]
        )
    )
    result = invoke("run-many", str(runs_dir / "runs.json"), "--json")
    assert result.exit_code == 1  # one run failed
    documents = json.loads(result.output)
    assert [d["stdout"] for d in documents] == ["10\n", "11\n", "0\n", ""]
    assert documents[1]["variables"] == {"n": 12}
    assert documents[3]["error"]["type"] == "NullPointerException"
    single = invoke(
        "run",
        str(runs_dir / "scripts" / "count.groovy"),
        "--state",
        str(runs_dir / "state.json"),
        "--json",
    )
    assert json.loads(single.output) == documents[0]  # the very document `run --json` prints


def test_run_many_all_ok_exits_0_and_reports_compile_errors(tmp_path: Path) -> None:
    (tmp_path / "ok.groovy").write_text('println "ok"\n')
    (tmp_path / "runs.json").write_text('[{"script": "ok.groovy"}]')
    assert invoke("run-many", str(tmp_path / "runs.json"), "--json").exit_code == 0
    (tmp_path / "bad.groovy").write_text("def x = (\n")
    (tmp_path / "runs.json").write_text('[{"script": "bad.groovy"}, {"script": "ok.groovy"}]')
    result = invoke("run-many", str(tmp_path / "runs.json"), "--json")
    documents = json.loads(result.output)
    assert result.exit_code == 1
    assert documents[0]["error"]["type"] == "FlowSyntaxError"
    assert documents[1]["stdout"] == "ok\n"


def test_run_many_bad_input_names_the_file_and_the_problem(tmp_path: Path) -> None:
    (tmp_path / "ok.groovy").write_text('println "ok"\n')
    cases = {
        "{": "is not valid JSON",
        '{"script": "ok.groovy"}': "must hold a JSON array",
        "[1]": "entry 1 must be a JSON object",
        '[{"script": "ok.groovy"}, {}]': "entry 2 has no 'script'",
        '[{"script": 3}]': "entry 1: 'script' must be a non-empty string",
        '[{"script": "ok.groovy", "sate": "s.json"}]': "entry 1: unknown key 'sate'",
        '[{"script": "missing.groovy"}]': "entry 1: cannot read script",
        '[{"script": "ok.groovy", "state": "ok.groovy"}]': "entry 1: state file",
        '[{"script": "ok.groovy"}, {"script": "ok.groovy", "state": "tz.json"}]': "entry 2: 'No time zone found with key Mars/Base'",
    }
    (tmp_path / "tz.json").write_text('{"timeZone": "Mars/Base"}')
    for text, message in cases.items():
        (tmp_path / "runs.json").write_text(text)
        result = invoke("run-many", str(tmp_path / "runs.json"), "--json")
        assert result.exit_code == 2, text
        assert "runs.json" in result.output and message in result.output, result.output
        assert "Traceback" not in result.output
    result = invoke("run-many", str(tmp_path / "none.json"))
    assert result.exit_code == 2 and "cannot read runs file" in result.output
