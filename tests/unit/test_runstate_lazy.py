"""RunState makes its conversation data on first use, from the plain data it was loaded with:
what it makes or returns never aliases that data (it may be the store's own snapshot)."""

from __future__ import annotations

import copy

import pytest

from convoscript.services.state import CONVERSATION_KEYS, RunState

PLAIN = {
    "variables": {},
    "user": {"username": "ann", "tags": ["vip"]},
    "transcript": [{"sequenceId": 1, "text": "hi"}],
    "meta": {"runs": 1},
}


def test_attributes_are_copies_of_the_loaded_data() -> None:
    frozen = copy.deepcopy(PLAIN)
    state = RunState("c")
    state.load_conversation(PLAIN)
    state.user["tags"].append("run")
    state.transcript.append({"sequenceId": 2})
    state.entities.append({"code": "x"})  # not in the data: made empty
    assert PLAIN == frozen
    assert state.conversation_data() == {
        "user": {"username": "ann", "tags": ["vip", "run"]},
        "transcript": [{"sequenceId": 1, "text": "hi"}, {"sequenceId": 2}],
        "entities": [{"code": "x"}],
    }


def test_conversation_data_of_untouched_attributes_is_a_copy() -> None:
    state = RunState("c")
    state.load_conversation(PLAIN)
    out = state.conversation_data()
    assert out == {"user": PLAIN["user"], "transcript": PLAIN["transcript"]}
    assert out["user"] is not PLAIN["user"] and out["user"]["tags"] is not PLAIN["user"]["tags"]
    made = state.user
    assert state.conversation_data()["user"] is not made


def test_each_state_gets_its_own_defaults_and_assignment_works() -> None:
    a, b = RunState("a"), RunState("b")
    for attr, kind in CONVERSATION_KEYS.values():
        assert getattr(a, attr) == kind() and getattr(a, attr) is not getattr(b, attr)
    a.intent = {"code": "pay"}
    assert a.conversation_data() == {"intent": {"code": "pay"}} and b.intent == {}
    with pytest.raises(AttributeError):
        a.no_such_attribute  # noqa: B018
