"""The Python embedding API: compile once, run on conversations, results as plain data."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

from convoscript import Limits, Runtime, ScriptError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "trained_performance.groovy"


def test_documented_example_through_the_api() -> None:
    runtime = Runtime()
    script = runtime.compile(EXAMPLE.read_text(), EXAMPLE.name)
    conversation = runtime.conversation(
        "LGHBWSMJAAIAA-1", {"transient": {"trained_performance": Decimal("0.92")}}
    )
    result = conversation.run(script)
    assert result.error is None
    assert result.metrics == {"trained_performance": "0.92"}
    assert conversation.state()["metrics"] == {"trained_performance": "0.92"}


def test_documented_example_without_the_variable_stores_null() -> None:
    runtime = Runtime()
    result = runtime.conversation("c-2").run(EXAMPLE.read_text())
    assert result.error is None
    assert result.metrics == {"trained_performance": "null"}


def test_script_is_compiled_once_and_cached() -> None:
    runtime = Runtime()
    first = runtime.compile("println 1")
    second = runtime.compile("println 1")
    assert first.compiled is second.compiled
    assert runtime.cache.hits == 1


def test_state_persists_between_runs_of_one_conversation() -> None:
    runtime = Runtime()
    script = runtime.compile(
        'def n = execution.getVariable("turns") ?: 0\nexecution.setVariable("turns", n + 1)'
    )
    conversation = runtime.conversation("c-3")
    for _ in range(3):
        conversation.run(script)
    assert conversation.state()["variables"] == {"turns": 3}


def test_changes_before_an_error_are_committed() -> None:
    runtime = Runtime()
    conversation = runtime.conversation("c-4")
    result = conversation.run('customMetricService.upsertMetric("a", "1")\nnull.foo()')
    assert isinstance(result.error, ScriptError)
    assert result.error.type == "NullPointerException"
    assert result.error.line == 2
    assert conversation.state()["metrics"] == {"a": "1"}


def test_conversations_do_not_share_state() -> None:
    runtime = Runtime()
    script = runtime.compile(
        'transientVariableService.addVariable("who", execution.conversationId())'
    )
    a, b = runtime.conversation("a"), runtime.conversation("b")
    a.run(script)
    b.run(script)
    assert a.state()["transient"] == {"who": "a"}
    assert b.state()["transient"] == {"who": "b"}


def test_results_are_plain_data() -> None:
    runtime = Runtime()
    result = runtime.conversation("c-5").run(
        'execution.setVariable("c", { it })\n'
        'execution.setVariable("g", "x${1}")\n'
        'execution.setVariable("big", 2 ** 70)\n'
        'execution.setVariable("r", 1..3)'
    )
    assert result.error is None
    variables = result.variables
    assert isinstance(variables["c"], str)
    assert variables["g"] == "x1" and type(variables["g"]) is str
    assert variables["big"] == 2**70 and type(variables["big"]) is int
    assert variables["r"] == [1, 2, 3]


def test_runs_from_many_threads_keep_conversations_apart() -> None:
    runtime = Runtime()
    script = runtime.compile(
        "def id = execution.conversationId()\n"
        "def total = 0\n"
        "for (i in 1..200) { total += i }\n"
        'customMetricService.upsertMetric("id", id)\n'
        'customMetricService.upsertMetric("total", total.toString())'
    )
    results = {}

    def work(cid: str) -> None:
        results[cid] = runtime.conversation(cid).run(script)

    threads = [threading.Thread(target=work, args=(f"conv-{i}",)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for cid, result in results.items():
        assert result.error is None
        assert result.metrics == {"id": cid, "total": "20100"}


def test_limits_are_per_runtime_and_per_run() -> None:
    runtime = Runtime(limits=Limits(max_steps=100))
    conversation = runtime.conversation("c-6")
    assert conversation.run("for (i in 1..1000) {}").error.limit == "steps"  # type: ignore
    relaxed = conversation.run("for (i in 1..1000) {}", limits=Limits(max_steps=10_000))
    assert relaxed.error is None
    assert relaxed.cost["steps"] >= 1000


def test_injected_service_fault_reaches_the_script_handler() -> None:
    runtime = Runtime()
    source = (
        'try { customMetricService.upsertMetric("a", "1") }\n'
        'catch (IllegalStateException e) { execution.setVariable("failed", e.message) }'
    )
    result = runtime.conversation("c-7").run(
        source, faults={"customMetricService.upsertMetric": "IllegalStateException"}
    )
    assert result.error is None
    assert result.metrics == {}
    assert "injected" in result.variables["failed"]


def test_run_clock_and_seed_are_fixed_by_the_caller() -> None:
    from convoscript.runtime.model import runcontext

    ctx = runcontext.make_context("2024-05-01T10:00:00Z", "Europe/Paris", 7)
    assert ctx.now.isoformat() == "2024-05-01T10:00:00+00:00"
    assert ctx.rng().random() == runcontext.make_context(None, None, 7).rng().random()
