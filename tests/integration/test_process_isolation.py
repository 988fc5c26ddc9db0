"""Process isolation mode: same results as in-process, OS limits, a dead worker is replaced."""

from __future__ import annotations

from decimal import Decimal

import pytest

from convoscript import Limits, Runtime


@pytest.fixture(scope="module")
def runtime():
    rt = Runtime(isolation="process", workers=1)
    yield rt
    rt.close()


def test_same_result_as_in_process(runtime: Runtime) -> None:
    source = (
        'def p = transientVariableService.getVariable("trained_performance")\n'
        'customMetricService.upsertMetric("trained_performance", p.toString())\n'
        'println "stored ${p}"\nlog.info "ok"'
    )
    state = {"transient": {"trained_performance": Decimal("0.92")}}
    isolated = runtime.conversation("c-1", state).run(source)
    local_rt = Runtime()
    local = local_rt.conversation("c-1", state).run(source)
    assert isolated.error is None
    assert isolated.to_dict() == local.to_dict()
    assert runtime.conversation("c-1").state()["metrics"] == {"trained_performance": "0.92"}


def test_errors_cross_the_process_boundary(runtime: Runtime) -> None:
    result = runtime.conversation("c-2").run('execution.setVariable("a", 1)\nnull.foo()')
    assert result.error is not None and result.error.type == "NullPointerException"
    assert result.error.line == 2
    assert runtime.conversation("c-2").state()["variables"] == {"a": 1}
    refused = runtime.conversation("c-2").run('"id".execute()')
    assert refused.error.type == "SecurityViolation"
    assert refused.error.signature == "String.execute()"  # type: ignore[attr-defined]
    spent = runtime.conversation("c-2").run("while (true) {}", limits=Limits(max_steps=1000))
    assert spent.error.type == "LimitExceeded" and spent.error.limit == "steps"  # type: ignore


def test_dead_worker_is_replaced_and_conversation_untouched() -> None:
    rt = Runtime(isolation="process", workers=1)
    try:
        pool = rt.pool
        assert pool is not None
        pool.cpu_seconds = 1  # an OS limit tighter than the sandbox's own time limit
        conversation = rt.conversation("c-3", {"variables": {"kept": True}})
        generous = Limits(max_steps=10**12, max_seconds=20)
        result = conversation.run(
            'execution.setVariable("lost", 1)\nwhile (true) {}', limits=generous
        )
        assert result.error is not None and result.error.type == "LimitExceeded"
        assert result.error.limit == "process"  # type: ignore[attr-defined]
        assert pool.restarts == 1
        assert conversation.state()["variables"] == {"kept": True}
        pool.cpu_seconds = 60
        after = conversation.run('execution.setVariable("again", 1)')
        assert after.error is None
        assert conversation.state()["variables"] == {"kept": True, "again": 1}
    finally:
        rt.close()


def test_unbounded_time_limit_waits_without_a_deadline(runtime: Runtime) -> None:
    for seconds in (10**9, float("inf")):  # past epoll's longest timeout: no host deadline
        result = runtime.conversation("c-4").run("println 1", limits=Limits(max_seconds=seconds))
        assert result.error is None and result.stdout == "1\n"
