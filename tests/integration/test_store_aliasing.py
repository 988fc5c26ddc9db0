"""A run never aliases the store: what a run changes reaches the stored state only when it is
saved, what is saved shares nothing with the RunResult, and the next run gets fresh objects.

The memory store lends a run its snapshot instead of a copy (`MemoryStore.load_shared`): these
tests pin down that the run still copies what it uses and never changes that snapshot.
"""

from __future__ import annotations

import copy

import pytest

from convoscript import Limits, Runtime
from convoscript.services.base import ServiceHandle, script_method
from convoscript.store import MemoryStore, SQLiteStore

STATE = {
    "variables": {"m": {"k": ["before"]}, "s": "x"},
    "transient": {"t": {"n": 1}},
    "metrics": {"a": "1"},
    "user": {"username": "ann", "tags": ["vip"]},
    "transcript": [{"sequenceId": 1, "userType": "USER", "text": "hi"}],
}

# changes every nested part of the state in place, then fails with a script error (saved)
MUTATE = """
def m = execution.getVariable("m"); m.k << "run"; m.put("new", 1)
def t = transientVariableService.getVariable("t"); t.n = 2
"""


class Broken(ServiceHandle):
    """A handle with a bug: its method raises a Python error (the run ends InternalError)."""

    handle_type = "Broken"
    java_class = "com.example.Broken"

    def __init__(self, state: object):
        self.state = state

    @script_method()
    def fail(self) -> None:
        raise ValueError("a bug in the embedder's handle")


@pytest.fixture(params=["memory", "sqlite"])
def runtime(request, tmp_path) -> Runtime:
    store = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "s.db")
    return Runtime(store=store, services={"broken": Broken})


def _stored(runtime: Runtime, conversation_id: str) -> dict:
    state = runtime.store.load(conversation_id)
    state.pop("meta")
    return state


def test_a_run_does_not_change_the_stored_snapshot_in_place(runtime: Runtime) -> None:
    conv = runtime.conversation("c-1", STATE)
    before = _stored(runtime, "c-1")
    shared = getattr(runtime.store, "load_shared", None)
    snapshot = shared("c-1") if shared else None
    frozen = copy.deepcopy(snapshot)
    result = conv.run(MUTATE + 'throw new IllegalStateException("boom")')
    assert result.error is not None and result.error.type == "IllegalStateException"
    if snapshot is not None:  # the lent snapshot was replaced by the save, never changed
        assert snapshot == frozen
    after = _stored(runtime, "c-1")
    assert after["variables"]["m"] == {"k": ["before", "run"], "new": 1}
    assert after["transient"]["t"] == {"n": 2}
    assert before["variables"]["m"] == {"k": ["before"]}


def test_the_run_result_shares_nothing_with_the_stored_state(runtime: Runtime) -> None:
    conv = runtime.conversation("c-2", STATE)
    result = conv.run(MUTATE)
    assert result.ok, result.error
    stored = _stored(runtime, "c-2")
    result.variables["m"]["k"].append("host")
    result.variables["s"] = "host"
    result.transient["t"]["n"] = 99
    result.metrics["a"] = "host"
    result.conversation["user"]["tags"].append("host")
    result.conversation["transcript"][0]["text"] = "host"
    assert _stored(runtime, "c-2") == stored
    again = conv.run("null")  # the next run starts from the stored state, not the result's
    assert again.variables == stored["variables"] and again.conversation["user"] == STATE["user"]
    again.conversation["user"]["tags"].append("host")
    assert _stored(runtime, "c-2") == stored


def test_a_kept_previous_value_after_a_failure_is_a_copy(runtime: Runtime) -> None:
    runtime.limits = Limits(max_seconds=1.0, max_steps=200_000, max_collection_size=10_000)
    conv = runtime.conversation("c-3", STATE)
    result = conv.run(
        'def m = [a: 1]\n40.times { m = [a: m, b: m] }\nexecution.setVariable("m", m)'
    )
    assert result.error is not None and result.error.limit == "memory"
    assert result.variables["m"] == {"k": ["before"]}  # too large to save: the old value
    result.variables["m"]["k"].append("host")
    assert _stored(runtime, "c-3")["variables"]["m"] == {"k": ["before"]}


def test_an_unsaved_failed_run_shares_nothing_with_the_stored_state(runtime: Runtime) -> None:
    # an InternalError is not saved: the result's kept previous values must still be copies
    runtime.limits = Limits(max_seconds=1.0, max_steps=200_000, max_collection_size=10_000)
    conv = runtime.conversation("c-4", STATE)
    result = conv.run(
        "def m = [a: 1]\n40.times { m = [a: m, b: m] }\n"
        'execution.setVariable("m", m)\nbroken.fail()'
    )
    assert result.error is not None and result.error.type == "InternalError"
    assert result.variables["m"] == {"k": ["before"]}
    result.variables["m"]["k"].append("host")
    assert _stored(runtime, "c-4")["variables"]["m"] == {"k": ["before"]}
