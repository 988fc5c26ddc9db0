"""Saving a run's state: bounded, inside the budget, and never losing what was saved before.

A script can build state that cannot be saved (a DAG of shared maps that expands
exponentially, nesting deeper than any JSON store wants). The run ends with LimitExceeded and
the conversation keeps its previous values for those variables; every other change is saved.
"""

from __future__ import annotations

from convoscript import Limits, Runtime

LIMITS = Limits(max_seconds=1.0, max_steps=200_000, max_collection_size=10_000)
DAG = "def m = [a: 1]\n40.times { m = [a: m, b: m] }\n"


def test_an_unsaveable_variable_keeps_its_previous_value_and_the_rest_is_saved() -> None:
    rt = Runtime(limits=LIMITS)
    conv = rt.conversation("c-dag", {"variables": {"x": "before", "y": 1}})
    result = conv.run(
        DAG + 'execution.setVariable("x", m)\nexecution.setVariable("y", 2)\n'
        'execution.setVariable("z", "new")'
    )
    assert result.error is not None and result.error.type == "LimitExceeded"
    assert result.error.limit == "memory" and "State too large" in result.error.message
    assert result.variables == {"x": "before", "y": 2, "z": "new"}
    assert conv.state()["variables"] == {"x": "before", "y": 2, "z": "new"}


def test_after_a_script_error_an_unsaveable_new_variable_is_left_out() -> None:
    rt = Runtime(limits=LIMITS)
    conv = rt.conversation("c-deep", {})
    result = conv.run(
        "def l = []\ndef c = l\nfor (i in 1..2000) { def n = []; c << n; c = n }\n"
        'transientVariableService.addVariable("deep", l)\n'
        'transientVariableService.addVariable("ok", [1, [2]])\n'
        'throw new IllegalStateException("boom")'
    )
    assert result.error is not None and result.error.type == "IllegalStateException"
    assert result.transient == {"ok": [1, [2]]}
    assert conv.state()["transient"] == {"ok": [1, [2]]}


def test_state_within_the_caps_is_saved_whole() -> None:
    rt = Runtime(limits=LIMITS)
    conv = rt.conversation("c-ok", {})
    result = conv.run(
        "def l = []\ndef c = l\nfor (i in 1..400) { def n = [i]; c << n; c = n }\n"
        'execution.setVariable("deep", l)\nexecution.setVariable("wide", '
        '(1..10000).toList())\nexecution.setVariable("w2", (1..9000).toList())'
    )
    assert result.error is None, result.error
    assert len(result.variables["wide"]) == 10_000 and len(result.variables["w2"]) == 9000
    depth, node = 0, result.variables["deep"]
    while node and isinstance(node[-1], list):
        depth, node = depth + 1, node[-1]
    assert depth == 400


def test_after_a_script_error_gstrings_of_plain_values_are_saved_as_their_text() -> None:
    result = (
        Runtime()
        .conversation("c-gs")
        .run(
            'def who = "amy"\n'
            'execution.setVariable("g", "hi ${who} ${[1, [k: 2.5]]}")\n'
            'execution.setVariable("nested", ["a ${"b ${who}"}", [k: "v ${null}"]])\n'
            "null.length()\n"
        )
    )
    assert result.error is not None and result.error.type == "NullPointerException"
    assert result.variables["g"] == "hi amy [1, [k:2.5]]"
    assert result.variables["nested"] == ["a b amy", {"k": "v null"}]


def test_after_a_script_error_a_gstring_that_would_run_script_code_stays_opaque() -> None:
    # rendering these would call script code (a lazy closure, a toString()) after the failure
    result = (
        Runtime()
        .conversation("c-gs2")
        .run(
            "class Loud { String toString() { println 'RAN'; 'loud' } }\n"
            'execution.setVariable("lazy", "x ${-> println("RAN"); 1}")\n'
            'execution.setVariable("obj", "y ${new Loud()}")\n'
            "null.length()\n"
        )
    )
    assert result.error is not None
    assert "RAN" not in result.stdout
    assert result.variables["lazy"].startswith("org.codehaus.groovy.runtime.GStringImpl@")
    assert result.variables["obj"].startswith("org.codehaus.groovy.runtime.GStringImpl@")
