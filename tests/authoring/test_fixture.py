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
