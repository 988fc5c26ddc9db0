"""Every Amelia handle is bound under its name; injected faults reach the new handles."""

from __future__ import annotations

import pytest
from services_helpers import STATE, out

from convoscript import Runtime

HANDLES = [
    "execution",
    "log",
    "transientVariableService",
    "customMetricService",
    "contextService",
    "conversationService",
    "userService",
    "textService",
    "messageService",
    "sectionBuilder",
    "formInputDataBuilder",
    "integrationService",
    "escalationQueueService",
    "cmService",
    "quantityService",
    "tabularDataService",
]


@pytest.mark.parametrize("name", HANDLES)
def test_handle_is_bound_without_imports(name: str) -> None:
    lines = out(f"println({name} != null)\nprintln({name}.toString().length() > 0)", {})
    assert lines == ["true", "true"]


def test_handles_are_visible_inside_script_methods_and_closures() -> None:
    assert out("""
        def code() { contextService.triggeredIntent().intent().code() }
        println code()
        println([1].collect { userService.getUser().firstName }[0])
    """) == ["order_icecream", "Ann"]


def test_injected_fault_on_a_new_handle() -> None:
    conversation = Runtime().conversation("c-fault", STATE)
    result = conversation.run(
        "contextService.triggeredIntent()",
        faults={"contextService.triggeredIntent": "IllegalStateException"},
    )
    assert result.error is not None and result.error.type == "IllegalStateException"


# ---- handles are made on first use (per-run setup pays only for what the script uses) --------
def test_a_run_makes_only_the_handles_its_script_uses() -> None:
    from convoscript.services.binding import bind_handles
    from convoscript.services.base import ServiceHandle
    from convoscript.services.state import RunState

    state = RunState("c-lazy")
    binding = bind_handles(state)
    assert dict(binding) == {}
    assert all(name in binding for name in HANDLES + ["DatumType", "TimeZones"])
    execution = binding["execution"]
    assert isinstance(execution, ServiceHandle) and dict(binding) == {"execution": execution}
    assert binding["execution"] is execution
    assert bind_handles(state)["execution"] is not execution  # each run its own handles


def test_faults_on_several_methods_of_one_handle_all_apply() -> None:
    faults = {
        "customMetricService.upsertMetric": "IllegalStateException",
        "customMetricService.getMetric": "IllegalArgumentException",
    }
    conversation = Runtime().conversation("c-faults", STATE)
    first = conversation.run('customMetricService.upsertMetric("a", "b")', faults=faults)
    second = conversation.run('customMetricService.getMetric("a")', faults=faults)
    assert first.error.type == "IllegalStateException"
    assert second.error.type == "IllegalArgumentException"
    assert conversation.run('customMetricService.getMetric("a")').ok  # the next run: no fault


def test_a_fault_on_an_unknown_name_fails_before_the_script_runs() -> None:
    conversation = Runtime().conversation("c-bad-fault", STATE)
    result = conversation.run(
        'execution.setVariable("ran", 1)', faults={"nope.method": "IllegalStateException"}
    )
    assert result.error is not None and result.error.type == "InternalError"
    assert "unknown service method for a fault: nope.method" in result.error.message
    assert "ran" not in conversation.state()["variables"]


def test_the_shared_fault_default_is_read_only_and_never_changed_by_a_run() -> None:
    from convoscript.services.base import ServiceHandle
    from convoscript.services.metrics import CustomMetricService

    with pytest.raises(TypeError):
        ServiceHandle.faults["upsertMetric"] = "IllegalStateException"  # type: ignore[index]
    conversation = Runtime().conversation("c-shared-fault", STATE)
    faulted = conversation.run(
        'customMetricService.upsertMetric("a", "b")',
        faults={"customMetricService.upsertMetric": "IllegalStateException"},
    )
    assert faulted.error is not None
    assert dict(CustomMetricService.faults) == {}
    assert conversation.run('customMetricService.upsertMetric("a", "b")').ok


def test_a_handle_carried_past_its_run_refuses_calls_and_the_repl_refreshes_it() -> None:
    # the REPL's binding hook is the only way a live value outlives its run
    rt = Runtime()
    conv = rt.conversation("c-carry")
    binding: dict = {}
    first = conv._run(
        rt.compile("x = transientVariableService\nc = { x.addVariable('lost', 1) }"),
        binding=binding,
    )
    assert first.error is None
    # a variable holding a handle gets the new run's handle of the same name
    second = conv._run(rt.compile("x.addVariable('k', 2)"), binding=binding)
    assert second.error is None and second.transient == {"k": 2}
    # a closure from the finished run still sees that run's handle: refused, never lost
    third = conv._run(rt.compile("c()"), binding=binding)
    assert third.error is not None and third.error.type == "IllegalStateException"
    assert "run that has ended" in third.error.message
    assert "lost" not in conv.state()["transient"]
    # also for a handle the closure names directly and that its run never made
    conv._run(rt.compile("d = { log.info('lost'); 1 }"), binding=binding)
    fourth = conv._run(rt.compile("d()"), binding=binding)
    assert fourth.error is not None and fourth.error.type == "IllegalStateException"
