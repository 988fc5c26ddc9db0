"""Every Amelia handle is bound under its name; injected faults reach the new handles."""

from __future__ import annotations

import pytest
from services_helpers import STATE, out

from convoscript import Runtime

HANDLES = ["execution", "log", "transientVariableService", "customMetricService",
           "contextService", "conversationService", "userService", "textService",
           "messageService", "sectionBuilder", "formInputDataBuilder", "integrationService",
           "escalationQueueService", "cmService", "quantityService", "tabularDataService"]


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
    result = conversation.run("contextService.triggeredIntent()",
                              faults={"contextService.triggeredIntent": "IllegalStateException"})
    assert result.error is not None and result.error.type == "IllegalStateException"
