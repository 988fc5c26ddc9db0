"""The embedding API, complete (issue 12, item 6): per-turn inputs committed with the run, the
script digest in every RunResult, run() raising nothing for a script fault, py.typed shipped."""

from __future__ import annotations

import asyncio
import hashlib
import re
from pathlib import Path

import pytest

import convoscript
from convoscript import Limits, Runtime
from convoscript.engine import source_digest
from convoscript.errors import FlowStateError, InternalError
from convoscript.services.base import ServiceHandle, script_method

ROOT = Path(__file__).resolve().parents[2]


# ---- per-turn inputs ----------------------------------------------------------------------
def test_per_turn_variables_and_transient_are_merged_and_committed() -> None:
    conversation = Runtime().conversation("c", {"variables": {"a": 1, "b": 2}})
    result = conversation.run(
        "println execution.getVariable('a') + execution.getVariable('b')\n"
        "println transientVariableService.getVariable('t')\n"
        "execution.setVariable('b', 20)",
        variables={"a": 10},
        transient={"t": "scratch"},
    )
    assert result.stdout == "12\nscratch\n"
    assert conversation.state()["variables"] == {"a": 10, "b": 20}
    assert conversation.state()["transient"] == {"t": "scratch"}


def test_per_turn_utterance_intent_and_entities() -> None:
    conversation = Runtime().conversation("c", user={"id": "u-1", "name": "ann"})
    result = conversation.run(
        "println conversationService.getTranscript().contains('I want a loan')\n"
        "println contextService.hasEntity('amount')",
        utterance="I want a loan",
        intent={"code": "loan", "score": 0.9},
        entities={"amount": "1000"},
    )
    assert result.ok, result.error
    assert result.stdout == "true\ntrue\n"
    state = conversation.state()
    assert state["transcript"][-1]["text"] == "I want a loan"
    assert state["transcript"][-1]["userId"] == "u-1"
    assert state["intent"]["code"] == "loan" and state["intent"]["name"] == "loan"
    assert state["intentHistory"][-1]["code"] == "loan"
    assert state["entities"] == [{"code": "amount", "value": "1000", "latest": True}]


def test_per_turn_inputs_are_not_committed_when_the_run_commits_nothing() -> None:
    def broken(state):
        return object()  # not a ServiceHandle: an InternalError, nothing committed

    conversation = Runtime(services={"crm": broken}).conversation("c")
    result = conversation.run("crm.x()", variables={"a": 1}, utterance="hi")
    assert isinstance(result.error, InternalError)
    assert conversation.state()["variables"] == {}
    assert "transcript" not in conversation.state()


@pytest.mark.parametrize(
    "inputs",
    [
        {"variables": {"a": {1, 2}}},
        {"variables": {1: "x"}},
        {"transient": ["not", "a", "map"]},
        {"intent": {"name": "no code"}},
        {"entities": [{"value": "no code"}]},
        {"utterance": 5},
    ],
)
def test_bad_per_turn_inputs_are_a_value_error_before_anything_runs(inputs: dict) -> None:
    conversation = Runtime().conversation("c")
    with pytest.raises(ValueError):
        conversation.run("execution.setVariable('ran', true)", **inputs)
    assert conversation.runtime.store.load("c") is None


def test_per_turn_inputs_in_process_isolation() -> None:
    runtime = Runtime(isolation="process", workers=1)
    try:
        conversation = runtime.conversation("c")
        result = conversation.run("println execution.getVariable('a')", variables={"a": "x"})
        assert result.stdout == "x\n"
        assert conversation.state()["variables"] == {"a": "x"}
    finally:
        runtime.close()


def test_arun_takes_the_same_inputs() -> None:
    result = asyncio.run(
        Runtime().conversation("c").arun("println execution.getVariable('a')", variables={"a": 7})
    )
    assert result.stdout == "7\n"


# ---- the digest ---------------------------------------------------------------------------
def test_digest_is_a_stable_sha256_of_source_and_libraries() -> None:
    runtime = Runtime()
    runtime.register_library("util", "def twice(x) { x * 2 }")
    script = runtime.compile("println twice(2)", libraries=["util"])
    result = runtime.conversation("c").run(script)
    assert result.digest == script.digest
    assert re.fullmatch("[0-9a-f]{64}", result.digest)
    assert result.to_dict()["digest"] == result.digest
    plain = runtime.compile("println twice(2)")
    assert plain.digest != script.digest  # the library is part of it
    assert plain.digest == source_digest("println twice(2)")
    assert runtime.compile("println twice(2) ").digest != plain.digest
    assert runtime.digest("println twice(2)", ["util"]) == script.digest
    h = hashlib.sha256(b"convoscript-digest-1\n")
    h.update(b"5:hello")
    assert source_digest("hello") == h.hexdigest()  # the documented construction


def test_digest_is_set_for_source_text_and_for_failed_runs() -> None:
    conversation = Runtime().conversation("c")
    assert conversation.run("throw new Exception('x')").digest == source_digest(
        "throw new Exception('x')"
    )
    assert conversation.run("def x = (").digest == source_digest("def x = (")


# ---- run() raises nothing for a script fault ----------------------------------------------
class Flaky(ServiceHandle):
    handle_type, java_class = "Flaky", "com.example.Flaky"

    def __init__(self, state):
        self.state = state

    @script_method()
    def boom(self) -> None:
        raise RuntimeError("the embedder's bug")


SMALL = Limits(max_steps=200_000, max_seconds=2.0, max_depth=200)
FAULTS = {
    "syntax error": ("def x = (", "FlowSyntaxError"),
    "refused at compile time": ('"ls".execute()', "SecurityViolation"),
    "refused at run time": ("def s = 'ls'; def m = 'execute'; s.\"$m\"()", "SecurityViolation"),
    "null pointer": ("def x = null; x.foo()", "NullPointerException"),
    "missing method": ("'a'.nope()", "MissingMethodException"),
    "missing property": ("println undefinedThing", "MissingPropertyException"),
    "uncaught throw": ("throw new IllegalStateException('no')", "IllegalStateException"),
    "assert": ("assert 1 == 2", "PowerAssertionError"),
    "endless loop": ("while (true) {}", "LimitExceeded"),
    "deep recursion": ("def f(n) { f(n + 1) }; f(0)", "LimitExceeded"),
    "string bomb": ("def s = 'x'; while (true) { s = s + s }", "LimitExceeded"),
    "System.exit": ("System.exit(1)", "SecurityViolation"),
    "injected service fault": (
        "customMetricService.upsertMetric('a', 'b')",
        "IllegalStateException",
    ),
    "embedder service bug": ("flaky.boom()", "InternalError"),
    "catch cannot swallow a budget": (
        "try { while (true) {} } catch (Throwable t) {}",
        "LimitExceeded",
    ),
}


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_run_raises_nothing_for_a_script_fault(name: str) -> None:
    source, expected = FAULTS[name]
    runtime = Runtime(limits=SMALL, services={"flaky": Flaky})
    conversation = runtime.conversation("c", {"variables": {"kept": 1}})
    result = conversation.run(
        source, faults={"customMetricService.upsertMetric": "IllegalStateException"}
    )
    assert result.error is not None, name
    assert type(result.error).__name__ == expected or result.error.type == expected, (
        name,
        result.error.type,
        result.error.message,
    )
    assert result.digest == source_digest(source)
    assert conversation.state()["variables"]["kept"] == 1


def test_what_run_raises_is_a_host_mistake_documented_in_embedding_md() -> None:
    conversation = Runtime().conversation("c")
    with pytest.raises(ValueError):
        conversation.run("println 1", now="not a time")
    with pytest.raises(ValueError):
        conversation.run("println 1", variables={"a": object()})
    doc = (ROOT / "docs" / "embedding.md").read_text()
    for raised in ("ValueError", "FlowStateError"):
        assert raised in doc
    assert issubclass(FlowStateError, ValueError)


# ---- py.typed -----------------------------------------------------------------------------
def test_py_typed_is_shipped() -> None:
    assert (Path(convoscript.__file__).parent / "py.typed").is_file()
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"convoscript" = ["py.typed"]' in pyproject


# ---- library reload semantics (docs/embedding.md "Script libraries") ------------------------
def test_a_library_reload_applies_to_later_compiles_only() -> None:
    runtime = Runtime()
    runtime.register_library("util", "def greet() { 'v1' }")
    old = runtime.compile("println greet()", libraries=["util"])
    runtime.register_library("util", "def greet() { 'v2' }")
    new = runtime.compile("println greet()", libraries=["util"])
    conversation = runtime.conversation("c")
    assert conversation.run(old).stdout == "v1\n"
    assert conversation.run(new).stdout == "v2\n"
    assert old.digest != new.digest
    hits = runtime.cache.hits
    assert runtime.compile("println greet()", libraries=["util"]).digest == new.digest
    assert runtime.cache.hits == hits + 1
