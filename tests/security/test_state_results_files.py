"""Group ST: what leaves a run, what a store keeps, and the files state and test files name
(issue 11, "Results and state" and "Files").

- ST1 a value shared many times is counted each time it would be written (JSON repeats it);
- ST2 a huge range in a variable or as the value is refused before it is materialised;
- ST3 a result document is bounded: a flood of large variables ends at `max_state_bytes`;
- ST4 state nested too deeply is refused when stored and when a run loads it (FlowStateError,
  conversation untouched), never a traceback on every later run;
- ST5 the store's type tags cannot be forged by a map key; export survives any stored value;
- ST6 a state or flowtest file reads files only beside it (never `/etc/passwd`);
- ST7 a YAML alias bomb in a flowtest file is refused before anything walks it;
- ST8 the REPL's `:state` never runs a script's toString outside a budget.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sandbox_harness import SMALL, assert_limit, row, run, run_isolated_batch

from convoscript import FlowStateError, Limits, Runtime, jsonio
from convoscript.authoring.flowtest import FlowTestError, load_flowtest, run_flowtest
from convoscript.authoring.repl import Repl
from convoscript.export import export
from convoscript.store import SQLiteStore
from convoscript.store.codec import decode
from convoscript.store.memory import MemoryStore

CLI = (sys.executable, "-c", "from convoscript.cli import main; main()")
STATE_LIMITS = SMALL.replace(max_seconds=3.0, max_steps=10**7, max_state_bytes=1_000_000)


def document(result) -> str:
    """The CLI's `--json` document of a run, as an embedder would serialise it."""
    return jsonio.dumps(result.to_dict())


# ---- ST1: shared references ---------------------------------------------------------------------
@row("ST1")
def test_ST1_shared_references_are_counted_each_time() -> None:
    # 10,000 references to one 100,000-char string: 4 MB in Python, 1 GB of JSON
    result = run(
        'def s = "x" * 100000\ndef l = []\n10000.times { l << s }\n'
        'execution.setVariable("big", l)\nprintln "DONE"',
        limits=STATE_LIMITS,
    )
    assert_limit(result, "memory", STATE_LIMITS)
    assert "characters of JSON" in result.error.message
    assert "big" not in result.variables
    assert len(document(result)) < 1_000_000


@row("ST1")
def test_ST1_shared_map_values_and_keys_count_too() -> None:
    result = run(
        'def s = "y" * 100000\ndef m = [:]\n2000.times { m["k$it"] = [s, s] }\n'
        'execution.setVariable("m", m)',
        limits=STATE_LIMITS,
    )
    assert_limit(result, "memory", STATE_LIMITS)
    assert len(document(result)) < 1_000_000


@row("ST1")
def test_ST1_hundred_thousand_references_to_a_megabyte_string_in_a_child() -> None:
    """The issue's case with default limits: rejected quickly with a small peak."""
    cases = {
        "refs": 'def s = "x" * 1000000\ndef l = []\n100000.times { l << s }\n'
        'execution.setVariable("big", l)'
    }
    out = run_isolated_batch(cases, limits=Limits(max_seconds=10.0), timeout=60, mem_mb=1500)
    got = out["refs"]
    assert got["status"] == "ok", got
    assert (got["type"], got["limit"]) == ("LimitExceeded", "memory"), got
    assert got["peak_alloc_mb"] < 100, got


# ---- ST2: ranges ------------------------------------------------------------------------------
@row("ST2")
def test_ST2_huge_ranges_are_refused_before_they_are_materialised() -> None:
    cases = {
        "range-variable": 'execution.setVariable("r", 0..30000000)',
        "range-value": "0..30000000",
        "range-in-list": 'execution.setVariable("r", [1, 2, -5..30000000])',
    }
    out = run_isolated_batch(cases, limits=Limits(max_seconds=10.0), timeout=60, mem_mb=1500)
    for name, got in out.items():
        assert got["status"] == "ok", (name, got)
        assert (got["type"], got["limit"]) == ("LimitExceeded", "memory"), (name, got)
        assert got["peak_alloc_mb"] < 50, (name, got)


@row("ST2")
def test_ST2_small_ranges_still_cross_as_lists() -> None:
    result = run('execution.setVariable("r", 1..5)\n-2..2', limits=STATE_LIMITS)
    assert result.error is None
    assert result.variables["r"] == [1, 2, 3, 4, 5]
    assert result.value == [-2, -1, 0, 1, 2]


# ---- ST3: the result document ----------------------------------------------------------------
@row("ST3")
def test_ST3_set_variable_flood_bounds_the_result_document() -> None:
    result = run(
        'def s = "y" * 100000\n100.times { execution.setVariable("v$it", s) }',
        limits=STATE_LIMITS,
    )
    assert_limit(result, "memory", STATE_LIMITS)
    text = document(result)
    assert len(text) <= STATE_LIMITS.max_state_bytes + 10_000
    # what fitted was kept, in order; the rest was never written
    assert 0 < len(result.variables) < 10


@row("ST3")
def test_ST3_the_limit_is_shared_by_value_variables_and_transient() -> None:
    source = (
        'def s = "z" * 90000\n5.times { execution.setVariable("v$it", s) }\n'
        '5.times { transientVariableService.addVariable("t" + it, s) }\n[s, s]'
    )
    assert_limit(run(source, limits=STATE_LIMITS), "memory", STATE_LIMITS)
    ok = run(source, limits=STATE_LIMITS.replace(max_state_bytes=2_000_000))
    assert ok.error is None, ok.error and ok.error.message


@row("ST3")
def test_ST3_conversation_data_counts_toward_the_result() -> None:
    # analytic outcomes are plain data kept by a service: no conversion counted them
    source = (
        'def s = "x" * 100000\ndef l = []\n100.times { l << s }\n'
        '20.times { execution.addAnalyticOutcome("n" + it, l) }'
    )
    rt = Runtime(limits=STATE_LIMITS)
    conv = rt.conversation("c-ao", {"analyticOutcomes": {"kept": 1}})
    result = conv.run(source)
    assert_limit(result, "memory", STATE_LIMITS)
    assert len(jsonio.dumps(conv.state())) < STATE_LIMITS.max_state_bytes
    assert conv.state()["analyticOutcomes"] == {"kept": 1}  # the run's changes did not fit


@row("ST3")
def test_ST3_a_failed_run_keeps_earlier_values_of_variables_too_large_to_save() -> None:
    rt = Runtime(limits=STATE_LIMITS)
    conv = rt.conversation("c-flood", {"variables": {"v0": "before"}})
    result = conv.run('def s = "y" * 100000\n100.times { execution.setVariable("v$it", s) }')
    assert result.error is not None and result.error.limit == "memory"
    stored = conv.state()["variables"]
    assert sum(len(v) for v in stored.values()) <= STATE_LIMITS.max_state_bytes


# ---- ST4: depth and size on load --------------------------------------------------------------
def _nested(levels: int) -> dict:
    value: object = 1
    for _ in range(levels):
        value = {"a": value}
    return value  # type: ignore[return-value]


@row("ST4")
def test_ST4_state_nested_900_deep_is_refused_when_stored() -> None:
    rt = Runtime()
    conv = rt.conversation("c-deep", {"variables": {"ok": 1}})
    with pytest.raises(FlowStateError) as info:
        conv.replace_state({"variables": {"d": _nested(900)}})
    assert "'d'" in info.value.message and "500 levels" in info.value.message
    assert conv.state()["variables"] == {"ok": 1}  # untouched
    assert conv.run('println "still fine"').stdout == "still fine\n"


@row("ST4")
def test_ST4_stored_deep_state_is_a_clean_error_and_left_as_it_was() -> None:
    store = MemoryStore()
    store.save("c-old", {"variables": {"d": _nested(900), "n": 1}, "transient": {}})
    rt = Runtime(store=store)
    for _ in range(2):
        with pytest.raises(FlowStateError) as info:
            rt.conversation("c-old").run('println "x"')
        assert "nested deeper than 500 levels" in str(info.value)
    assert store.load("c-old")["variables"]["n"] == 1
    assert "d" in store.load("c-old")["variables"]


@row("ST4")
def test_ST4_cli_reports_deep_state_files_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text(json.dumps({"variables": {"d": _nested(900)}}))
    (tmp_path / "s.groovy").write_text('println "ok"')
    proc = subprocess.run(
        [*CLI, "run", "s.groovy", "--state", "deep.json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "nested deeper than 500 levels" in proc.stderr
    assert "Traceback" not in proc.stderr


# ---- ST5: store tags and export -----------------------------------------------------------------
TAG_KEYS = ["\\u0000double", "\\u0000map", "\\u0000\\u0000double", "\\u0000"]


@row("ST5")
@pytest.mark.parametrize("key", TAG_KEYS)
def test_ST5_map_keys_cannot_forge_store_tags(tmp_path: Path, key: str) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    rt = Runtime(store=store)
    conv = rt.conversation("c-tag")
    first = conv.run(
        f'execution.setVariable("a", ["{key}": "zz"])\n'
        f'execution.setVariable("b", ["{key}": [[1]]])\n'
        f'execution.setVariable("c", [k: [1.5, ["{key}": 2.5d]]])\n'
        f'execution.setVariable("d", [(1): ["{key}": "x"]])'
    )
    assert first.error is None, first.error and first.error.message
    again = conv.run('[execution.getVariable("a"), execution.getVariable("b")]')
    assert again.error is None, again.error and again.error.message
    assert again.value == [first.variables["a"], first.variables["b"]]
    assert conv.state()["variables"] == first.variables
    files = export(store, tmp_path / "out.json")
    assert json.loads(files[0].read_text())[0]["conversationId"] == "c-tag"
    store.close()


@row("ST5")
def test_ST5_tag_shaped_text_stored_before_the_fix_still_loads(tmp_path: Path) -> None:
    assert decode('{"\\u0000double": "zz"}') == {"\u0000double": "zz"}
    assert decode('{"\\u0000map": [[1]]}') == {"\u0000map": [[1]]}
    assert decode('{"\\u0000map": 3}') == {"\u0000map": 3}


ODD = [
    1.5,
    "x",
    None,
    [1],
    {"a": {}},
    {"\u0000double": "zz"},
    float("nan"),
    10**400,
    True,
    1e300,
    -1e300,
    "9e99",
]


@row("ST5")
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_ST5_export_survives_any_stored_value(tmp_path: Path, fmt: str) -> None:
    store = MemoryStore()
    n = 0
    for odd in ODD:
        for key in (
            "meta",
            "user",
            "domain",
            "metrics",
            "transcript",
            "attributes",
            "defaultMetrics",
            "escalation",
        ):
            store.save(
                f"c{n}",
                {"variables": {}, key: odd}
                if key == "meta"
                else {"variables": {}, key: odd, "meta": {"created": n}},
            )
            n += 1
        store.save(
            f"c{n}",
            {
                "transcript": [{"created": odd, "dateTime": odd, "userType": odd, "text": odd}],
                "meta": {"created": odd, "updated": odd, "finished": odd, "runs": odd},
            },
        )
        n += 1
    files = export(store, tmp_path / f"out.{fmt}", fmt)
    text = files[0].read_text()
    assert "object at 0x" not in text
    if fmt == "json":
        assert len(json.loads(text)) == n


# ---- ST6: files named by state and flowtest files ----------------------------------------------
@row("ST6")
@pytest.mark.parametrize(
    "table", ["/etc/passwd", "../outside.csv", "sub/../../outside.csv", "link.csv"]
)
def test_ST6_state_file_tables_resolve_only_beside_the_file(tmp_path: Path, table: str) -> None:
    (tmp_path / "outside.csv").write_text("secret\nTOP-SECRET\n")
    here = tmp_path / "here"
    here.mkdir()
    (here / "link.csv").symlink_to(tmp_path / "outside.csv")
    (here / "state.json").write_text(json.dumps({"tables": {"t": table}}))
    (here / "s.groovy").write_text("println tabularDataService.query('t').list()")
    proc = subprocess.run(
        [*CLI, "run", "s.groovy", "--state", "state.json"],
        capture_output=True,
        text=True,
        cwd=here,
        check=False,
    )
    assert proc.returncode == 2, proc.stdout
    assert "outside" in proc.stderr and "Traceback" not in proc.stderr
    assert "root:" not in proc.stdout + proc.stderr
    assert "TOP-SECRET" not in proc.stdout + proc.stderr


@row("ST6")
def test_ST6_tables_beside_the_file_and_under_allowed_roots_still_work(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("a\n1\n")
    rt = Runtime()
    conv = rt.conversation("c-t")
    conv.replace_state({"tables": {"t": "t.csv"}}, base_dir=str(tmp_path))
    assert conv.state()["tables"]["t"] == [{"a": 1}]
    with pytest.raises(FlowStateError):
        conv.replace_state({"tables": {"t": str(tmp_path / "t.csv")}})  # not under the cwd
    conv.replace_state({"tables": {"t": str(tmp_path / "t.csv")}}, roots=(str(tmp_path),))
    assert conv.state()["tables"]["t"] == [{"a": 1}]


@row("ST6")
@pytest.mark.parametrize("key", ["script", "libraries"])
def test_ST6_flowtest_files_read_only_beside_themselves(tmp_path: Path, key: str) -> None:
    value = "/etc/passwd" if key == "script" else ["/etc/passwd"]
    body = {key: value, "cases": [{"name": "x", "expect": {}}]}
    if key == "libraries":
        body["source"] = "1"
    (tmp_path / "t.flowtest.yaml").write_text(json.dumps(body))
    with pytest.raises(FlowTestError) as info:
        load_flowtest(tmp_path / "t.flowtest.yaml")
    assert "outside" in str(info.value) and "root:" not in str(info.value)


@row("ST6")
def test_ST6_flowtest_given_tables_resolve_only_beside_the_file(tmp_path: Path) -> None:
    (tmp_path / "t.flowtest.yaml").write_text(
        "source: println tabularDataService.query('t').list()\n"
        "cases:\n- name: x\n  given:\n    tables: {t: /etc/passwd}\n  expect: {stdout: ''}\n"
    )
    with pytest.raises(FlowTestError) as info:
        run_flowtest(tmp_path / "t.flowtest.yaml")
    assert "outside" in str(info.value) and "root:" not in str(info.value)


# ---- ST7: YAML alias bombs ----------------------------------------------------------------------
@row("ST7")
def test_ST7_yaml_alias_bomb_in_a_flowtest_file_is_refused(tmp_path: Path) -> None:
    # nine levels of ten aliases: a few hundred bytes that expand to 10**9 strings
    lines = ["b0: &b0 [" + ", ".join(["lol"] * 10) + "]"]
    lines += [f"b{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 10) + "]" for i in range(1, 9)]
    path = tmp_path / "bomb.flowtest.yaml"
    path.write_text(
        "source: println 1\ncases:\n- name: bomb\n  given:\n    variables:\n"
        + "".join(f"      {line}\n" for line in lines)
        + "  expect: {stdout: '1'}\n"
    )
    start = time.perf_counter()
    with pytest.raises(FlowTestError) as info:
        load_flowtest(path)
    assert "alias" in str(info.value)
    assert time.perf_counter() - start < 5


@row("ST7")
def test_ST7_recursive_yaml_alias_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.flowtest.yaml"
    path.write_text(
        "source: println 1\ncases:\n- name: r\n  given:\n    variables:\n"
        "      v: &r [1, *r]\n  expect: {}\n"
    )
    with pytest.raises(FlowTestError) as info:
        load_flowtest(path)
    assert "alias" in str(info.value)


# ---- ST8: the REPL ------------------------------------------------------------------------------
@row("ST8")
def test_ST8_repl_state_never_runs_script_code_outside_a_budget() -> None:
    repl = Repl()
    repl.evaluate(
        "class A { String toString() { def s = 'x'; while (true) { s += 'x' } } }\n"
        "x = new A()\nnull"
    )
    repl.evaluate(
        "class B { String toString() { throw new RuntimeException('boom') } }\ny = new B()\nnull"
    )
    repl.evaluate('def s = "q" * 100000\nz = []\n5000.times { z << s }\nw = [1, 2]\nnull')
    start = time.perf_counter()
    shown = json.loads(repl.command(":state"))["binding"]
    assert time.perf_counter() - start < 2
    assert shown["x"].startswith("A@") and shown["y"].startswith("B@")
    assert shown["z"] == "(too large to show)"
    assert shown["w"] == "[1, 2]"


def test_normal_state_is_unchanged_by_the_limits() -> None:
    result = run(
        'execution.setVariable("a", [x: 1.5d, y: [1, 2, "s"], z: 2.50])\n'
        'transientVariableService.addVariable("t", "v")\n[1, [2: 3]]',
        limits=STATE_LIMITS,
    )
    assert result.error is None
    assert result.variables["a"]["y"] == [1, 2, "s"]
    assert result.value == [1, {2: 3}]


@row("ST4")
@pytest.mark.parametrize("levels", [497, 498, 499, 500, 501])
def test_ST4_whatever_a_run_saves_loads_again(levels: int) -> None:
    rt = Runtime()
    conv = rt.conversation(f"c-{levels}")
    first = conv.run(
        f'def v = []\n{levels}.times {{ v = [v] }}\nexecution.setVariable("d", v)\n'
        'transientVariableService.addVariable("t", [k: v])'
    )
    assert first.error is None or first.error.limit == "memory"
    assert conv.run('println "next"').stdout == "next\n"  # never a FlowStateError
