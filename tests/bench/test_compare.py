"""bench/compare.py in --quick mode: every workload's columns produce the same outputs.

No timing is asserted here (speed is the bench's job); this checks that the three columns do
the same work, so that a ratio the bench prints compares like with like. The JVM column runs
only where `groovy` is on PATH, and the test ids say which columns were compared."""

from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "compare.py"
_spec = importlib.util.spec_from_file_location("bench_compare", _PATH)
compare = importlib.util.module_from_spec(_spec)
sys.modules["bench_compare"] = compare  # dataclasses look their module up
_spec.loader.exec_module(compare)

HAS_GROOVY = compare.groovy_command() is not None
COLUMNS = "jvm+convoscript+cpython" if HAS_GROOVY else "convoscript+cpython(no-groovy-on-PATH)"


@pytest.fixture(scope="module")
def rows():
    measured = compare.measure(list(compare.WORKLOADS), compare.Timing(quick=True), HAS_GROOVY)
    return {row.name: row for row in measured}


@pytest.mark.parametrize("name", [f"{n}-{COLUMNS}" for n in compare.WORKLOADS])
def test_columns_agree(rows, name):
    row = rows[name.split("-", 1)[0]]
    assert row.mismatches == []
    assert row.convoscript.outputs == row.cpython.outputs
    if HAS_GROOVY:
        assert row.jvm is not None and row.jvm.outputs == row.cpython.outputs


def _column(metric: str) -> object:
    return compare.Column(compare.outputs({"m": metric}, {}, []), run_s=1e-3)


def test_differing_outputs_get_no_ratio():
    row = compare.Row("seed", None, _column("0.92"), _column("0.920"))
    compare.check(row)
    assert row.mismatches == ["convoscript vs CPython metrics: {'m': '0.92'} != {'m': '0.920'}"]
    assert "outputs differ" in compare.table([row])
    assert "×" not in compare.table([row]).splitlines()[-1]


def test_decimals_compare_by_their_digits():
    assert compare.canon(Decimal("20.00")) != compare.canon(Decimal("20.0"))
    assert compare.canon({"a": [Decimal("1.5"), 2]}) == {"a": [("BigDecimal", "1.5"), 2]}


def test_a_failing_column_is_a_mismatch():
    row = compare.Row("seed", compare.Column(error="boom"), _column("1"), _column("1"))
    compare.check(row)
    assert row.mismatches == ["JVM failed: boom"]


def test_state_json_keeps_decimal_digits():
    text = compare.state_json({"transient": {"x": Decimal("0.920")}, "variables": {}})
    assert text == '{"transient":{"x":0.920},"variables":{}}'


def test_a_workload_whose_twin_differs_fails_the_command(tmp_path, monkeypatch, capsys):
    """End to end: a twin that divides the Python way (3.5, where Groovy's intdiv gives 3)."""
    (tmp_path / "workloads").mkdir()
    (tmp_path / "handwritten").mkdir()
    (tmp_path / "workloads" / "halves.groovy").write_text(
        'execution.setVariable("x", 7.intdiv(2))\n'
    )
    (tmp_path / "handwritten" / "halves.py").write_text(
        "def run(transient, variables, metrics, log):\n    variables['x'] = 7 / 2\n"
    )
    monkeypatch.setattr(compare, "WORKLOADS_DIR", tmp_path / "workloads")
    monkeypatch.setattr(compare, "HANDWRITTEN_DIR", tmp_path / "handwritten")
    monkeypatch.setattr(compare, "WORKLOADS", {"halves": ("a twin that differs", ())})
    assert compare.main(["--quick", "--workloads", "halves"]) == 1
    captured = capsys.readouterr()
    assert "halves: OUTPUTS DIFFER" in captured.out
    assert "convoscript vs CPython variables" in captured.err
    if HAS_GROOVY:
        assert "JVM vs CPython variables" in captured.err


def test_write_doc_replaces_only_the_table_section(tmp_path, monkeypatch):
    doc = tmp_path / "performance.md"
    doc.write_text(f"# P\nbefore\n{compare.DOC_BEGIN}\nold table\n{compare.DOC_END}\nafter\n")
    monkeypatch.setattr(compare, "DOC", doc)
    compare.write_doc(f"{compare.DOC_BEGIN}\nnew table\n{compare.DOC_END}")
    assert doc.read_text() == (
        f"# P\nbefore\n{compare.DOC_BEGIN}\nnew table\n{compare.DOC_END}\nafter\n"
    )


def test_the_doc_has_the_table_markers():
    text = compare.DOC.read_text()
    assert text.index(compare.DOC_BEGIN) < text.index(compare.DOC_END)


def test_the_before_column_runs_another_interpreter_and_is_compared():
    # `--before PYTHON` measures convoscript as another interpreter has it (here: this one);
    # its outputs are checked like every other column's
    timing = compare.Timing(quick=True)
    rows = compare.measure(["seed", "json"], timing, with_jvm=False, before=sys.executable)
    for row in rows:
        assert row.before is not None and row.before.error is None
        assert row.before.outputs == row.convoscript.outputs
        assert row.mismatches == []


def test_a_before_column_that_fails_is_a_mismatch():
    rows = compare.measure(["seed"], compare.Timing(quick=True), False, before="/bin/false")
    assert rows[0].before.error and any("before" in m for m in rows[0].mismatches)


def test_the_table_with_before_has_the_speed_up_column():
    col = compare.Column(outputs={}, run_s=2e-3)
    row = compare.Row("seed", None, compare.Column(outputs={}, run_s=1e-3), col, before=col)
    text = compare.table([row])
    assert "convoscript before" in text and "| 2× |" in text


def test_the_before_column_times_are_seconds_as_floats():
    # the before column arrives as JSON read with Decimal for its numbers: the times must be
    # floats again, or the table's arithmetic fails after minutes of measuring
    timing = compare.Timing(warmup_s=0.05, batches=1, batch_s=0.01)
    column = compare.before_column(sys.executable, "seed", timing)
    assert column.error is None
    assert type(column.run_s) is float and type(column.compile_s) is float
    text = compare.table([compare.Row("seed", None, column, column, before=column)])
    assert "| 1× |" in text
