"""Handles and DTOs expose only their marked methods: no Python internals, no host objects."""

from __future__ import annotations

import pytest
from services_helpers import STATE, run

from convoscript import Runtime, SecurityViolation

HIDDEN_PROPERTIES = [
    "contextService.state",
    "contextService._state",
    "messageService.outbox",
    "messageService._state",
    "textService.state",
    "userService._state",
    "tabularDataService._state",
    "cmService._state",
    "integrationService._backend",
    "execution.state",
    "contextService.triggeredIntent()._data",
    "contextService.latestSlot('flavour')._info",
    "userService.getUser()._data",
    "conversationService.getTranscriptUtterances().last()._data",
    "sectionBuilder.create()._parent",
    "tabularDataService.query('t')._rows",
    "textService.bestExactMatch(['a'] as Set, 'a', true)._t",
]


@pytest.mark.parametrize("expression", HIDDEN_PROPERTIES)
def test_internal_attributes_are_missing_properties(expression: str) -> None:
    result = run(f"println {expression}", {**STATE, "tables": {"t": [{"a": 1}]}})
    assert result.error is not None
    assert result.error.type == "MissingPropertyException", result.error


@pytest.mark.parametrize(
    "expression",
    [
        "textService.__dict__",
        "contextService.__class__",
        "messageService.__init__",
        "userService.getUser().__dict__",
        "contextService.triggeredIntent().__class__",
    ],
)
def test_dunder_access_is_refused(expression: str) -> None:
    refused = run(f"println {expression}")  # a literal dunder name: refused when compiling
    assert isinstance(refused.error, SecurityViolation) and refused.cost == {}, refused.error
    receiver, _, name = expression.rpartition(".")
    result = run(f"def n = '{name}'\nprintln {receiver}.\"${{n}}\"")  # a computed name
    assert result.error is not None
    assert result.error.type == "SecurityViolation", result.error


@pytest.mark.parametrize(
    "call",
    [
        "contextService._select({ true })",
        "messageService._state.messages.clear()",
        "userService._all_users()",
        "cmService._add('b', 'n', [])",
        "execution._remove_all()",
        "contextService._entities_as_text_full('a', 'b', 'c', 'd', true)",
        "integrationService._run('lookup', [:])",
        "conversationService._utterances()",
    ],
)
def test_unmarked_methods_are_missing(call: str) -> None:
    result = run(call)
    assert result.error is not None
    assert result.error.type in (
        "MissingMethodException",
        "MissingPropertyException",
        "SecurityViolation",
    )


def test_handles_cannot_be_reassigned_through_properties() -> None:
    result = run("contextService.state = [:]")
    assert result.error is not None and result.error.type == "MissingPropertyException"


def test_dtos_stored_in_variables_leave_as_plain_text() -> None:
    conversation = Runtime().conversation("c-leak", STATE)
    result = conversation.run("""
        execution.setVariable('intent', contextService.triggeredIntent())
        execution.setVariable('utterances', conversationService.getTranscriptUtterances())
        transientVariableService.addVariable('user', userService.getUser())
        transientVariableService.addVariable('svc', contextService)
    """)
    assert result.error is None, result.error
    plain = conversation.state()

    def only_plain(value: object) -> bool:
        if isinstance(value, dict):
            return all(isinstance(k, str) and only_plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(only_plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float, bool))

    assert only_plain(result.variables) and only_plain(result.transient)
    assert only_plain(plain["variables"])
    assert result.variables["intent"].startswith("IntentInstanceDto(")
    assert result.transient["svc"] == "contextService"


def test_getclass_on_a_dto_does_not_expose_python() -> None:
    result = run("println userService.getUser().getClass().name")
    assert result.error is not None or "python" not in result.stdout.lower()
