"""Export safety for operators (issue 12, item 5): CSV formula cells are neutralised (OWASP), a
reversed time range is an error, an empty one a warning on stderr — never a silent empty file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from convoscript import Runtime
from convoscript.cli import cli
from convoscript.export import FORMULA_STARTS, csv_cell, export
from convoscript.store import SQLiteStore

ATTACKS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.mark.parametrize("text", ATTACKS)
def test_formula_starts_get_a_quote(text: str) -> None:
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "a=b", "", 5, -5, None, "'=already"])
def test_other_cells_are_left_as_they_are(value: object) -> None:
    assert csv_cell(value) == value


def test_formula_starts_are_the_documented_set() -> None:
    assert set(FORMULA_STARTS) == {"=", "+", "-", "@", "\t", "\r"}


def test_csv_export_neutralises_every_cell_a_script_or_user_controls(tmp_path: Path) -> None:
    runtime = Runtime(store=SQLiteStore(tmp_path / "c.db"))
    conversation = runtime.conversation(
        '=HYPERLINK("http://x")',
        channel="@evil",
        user={"id": "+1", "name": "=1+1", "email": "-3@example.com"},
        domain="=dom",
    )
    conversation.add_utterance("=2+2", user_name="=name")
    assert conversation.run('customMetricService.upsertMetric("m", "=1")').ok
    out = tmp_path / "out.csv"
    export(runtime.store, out, "csv")
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    cells = rows[1]
    for cell in cells:
        assert not cell.startswith(FORMULA_STARTS), cell
    assert '\'=HYPERLINK("http://x")' in cells
    assert "'=1+1" in cells and "'+1" in cells and "'-3@example.com" in cells
    assert "'@evil" in cells and "'=dom" in cells
    assert any(c.startswith("'=name: =2+2") for c in cells)  # the transcript cell


def test_a_reversed_range_is_an_error_in_the_api(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="reversed"):
        export(Runtime().store, tmp_path / "o.json", start=200.0, end=100.0)
    assert not (tmp_path / "o.json").exists()


def _store_with_one(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    Runtime(store=SQLiteStore(path)).conversation("c-1").run("println 1")
    return path


def test_cli_reversed_range_is_a_usage_error(tmp_path: Path) -> None:
    store = _store_with_one(tmp_path)
    out = tmp_path / "o.json"
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--store",
            str(store),
            "--from",
            "2026-02-01",
            "--to",
            "2026-01-01",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 2
    assert "reversed" in result.output and "swap --from and --to" in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--from", "2026-01-01", "--to", "2026-01-01"], "--from equals --to"),
        (["--from", "1990-01-01", "--to", "1990-01-02"], "no conversation was created from"),
    ],
)
def test_cli_empty_range_warns_on_stderr(tmp_path: Path, args: list, says: str) -> None:
    store = _store_with_one(tmp_path)
    out = tmp_path / "o.json"
    result = CliRunner().invoke(cli, ["export", "--store", str(store), *args, "-o", str(out)])
    assert result.exit_code == 0
    assert says in result.stderr
    assert "warning" not in result.stdout
    assert out.read_text().strip() == "[]"


def test_cli_export_that_finds_conversations_does_not_warn(tmp_path: Path) -> None:
    store = _store_with_one(tmp_path)
    out = tmp_path / "o.json"
    result = CliRunner().invoke(cli, ["export", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stderr == ""
