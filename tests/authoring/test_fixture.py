"""The `flow` fixture (provided by the convoscript pytest11 plugin)."""

from __future__ import annotations

import pytest

from convoscript import FlowSyntaxError, RunResult


def test_flow_runs_an_example_path(flow) -> None:
    result = flow.run(
        "../../examples/trained_performance.groovy", transient={"trained_performance": "0.92"}
    )
    assert isinstance(result, RunResult)
    result.assert_ok().assert_metrics(trained_performance="0.92")


def test_flow_runs_source_on_fresh_conversations(flow) -> None:
    first = flow(
        'execution.setVariable("n", (execution.getVariable("n") ?: 0) + 1)', variables={"n": 5}
    )
    first.assert_variables(n=6)
    second = flow('execution.setVariable("n", (execution.getVariable("n") ?: 0) + 1)')
    second.assert_variables(n=1)  # a fresh conversation each time


def test_flow_helpers_explain_failures(flow) -> None:
    result = flow('customMetricService.upsertMetric("k", "v")\nprintln "out"\nlog.info("x")')
    result.assert_stdout("out\n").assert_log({"level": "INFO", "message": "x"})
    with pytest.raises(AssertionError) as info:
        result.assert_metrics(k="w")
    assert 'metrics.k\n    expected: "w"\n    actual:   "v"' in str(info.value)
    with pytest.raises(AssertionError, match="expected: MissingPropertyException"):
        result.assert_error("MissingPropertyException")


def test_flow_error_and_faults(flow) -> None:
    result = flow(
        'customMetricService.upsertMetric("k", "v")',
        fail={"customMetricService.upsertMetric": "IllegalStateException"},
    )
    result.assert_error("IllegalStateException")
    with pytest.raises(AssertionError) as info:
        result.assert_ok()
    assert "IllegalStateException" in str(info.value)
    result.expect(metrics={"k": None}, error={"type": "IllegalStateException"})


def test_flow_compile_and_cost(flow) -> None:
    script = flow.compile("def s = 0\nfor (i in 1..50) { s += i }\ns")
    result = flow.run(script)
    assert result.value == 1275
    assert "steps" in result.cost_report()
    with pytest.raises(FlowSyntaxError):
        flow.compile("def x = (")


def test_flow_takes_libraries_beside_the_test_file(tmp_path, monkeypatch) -> None:
    from convoscript.authoring.fixtures import FlowRunner

    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "greet.groovy").write_text('def greet(n) { "Hi " + n }\n')
    (tmp_path / "lib" / "shout.groovy").write_text("def shout(n) { greet(n).toUpperCase() }\n")
    (tmp_path / "flow.groovy").write_text('customMetricService.upsertMetric("g", shout("ann"))\n')
    monkeypatch.chdir(tmp_path.parent)  # paths are the test folder's, not the working dir's
    flow = FlowRunner(base=tmp_path)
    result = flow.run("flow.groovy", libraries=["lib/greet.groovy", "lib/shout.groovy"])
    result.assert_ok().assert_metrics(g="HI ANN")
    assert "libraries" not in flow.runtime.conversation("flow-1").state()  # not a state key
    script = flow.compile("shout('x')", libraries=["lib/greet.groovy", "lib/shout.groovy"])
    assert flow.run(script).value == "HI X"
    # an error inside a library is shown with the library's own line
    broken = flow.run("greet(null).foo()", libraries=["lib/greet.groovy"])
    with pytest.raises(AssertionError, match=r"MissingMethodException"):
        broken.assert_ok()


def test_flow_rejects_unknown_keywords(flow) -> None:
    with pytest.raises(TypeError) as info:
        flow.run("1", transiant={"a": 1})
    assert "unknown keyword 'transiant' (did you mean 'transient'?)" in str(info.value)
    with pytest.raises(TypeError, match="did you mean 'libraries'"):
        flow.run("1", librarys=["x.groovy"])
    # the conversation keys of a state file are keywords too
    flow.run("1", user={"userId": "u1", "firstName": "Ann"}).assert_ok()


def test_flow_paths_resolve_against_the_test_file(tmp_path, monkeypatch) -> None:
    from convoscript.authoring.fixtures import FlowRunner

    (tmp_path / "t.csv").write_text("code,label\na,Apple\n")
    (tmp_path / "q.groovy").write_text(
        'tabularDataService.query("fruit").is("code", "a").first().label\n'
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # a CSV table used to be read from here
    flow = FlowRunner(base=tmp_path)
    assert flow.run("q.groovy", tables={"fruit": "t.csv"}).assert_ok().value == "Apple"
    (elsewhere / "only_here.groovy").write_text("1\n")
    with pytest.raises(FileNotFoundError, match="the test's folder"):
        flow.run("only_here.groovy")  # no fallback to the working directory
