"""Diagnostics: position, caret, trace, hints, colour only when asked (a terminal)."""

from __future__ import annotations

from convoscript import Runtime
from convoscript.authoring import diagnose, render_error
from convoscript.authoring.cost import format_cost
from convoscript.authoring.groovyfmt import literal


def run(source: str):
    runtime = Runtime()
    return runtime.conversation("c").run(runtime.compile(source, "d.groovy")).error


def test_def_variable_in_method_hint() -> None:
    src = "def greeting = 'hi'\nString greet() {\n  greeting.toUpperCase()\n}\ngreet()\n"
    d = diagnose(run(src), src)
    assert (d["line"], d["column"]) == (3, 3)
    assert d["trace"] == [
        {"method": "greet", "line": 3, "column": 3, "file": "d.groovy"},
        {"method": "run", "line": 5, "column": 1, "file": "d.groovy"},
    ]
    assert "local variable of the script body" in d["hint"]


def test_non_string_metric_hint() -> None:
    src = "def score = 0.9\ncustomMetricService.upsertMetric('s', score)\n"
    d = diagnose(run(src), src)
    assert d["type"] == "MissingMethodException"
    assert d["column"] == src.splitlines()[1].index("upsertMetric") + 1
    assert "toString()" in d["hint"]


def test_null_receiver_hint() -> None:
    src = "def v = transientVariableService.getVariable('none')\nv.trim()\n"
    assert "?." in diagnose(run(src), src)["hint"]


def test_colour_only_when_asked() -> None:
    src = "x.y()\n"
    err = run(src)
    assert "\x1b[" in render_error(err, src, color=True)
    plain = render_error(err, src, color=False)
    assert "\x1b[" not in plain
    assert plain.splitlines()[:3] == [
        "d.groovy:1:1: MissingPropertyException: No such property: x for class: Script1",
        "x.y()",
        "^",
    ]


def test_groovy_literals() -> None:
    assert literal({"a": [1, None, True], "b c": 'x"y'}) == '[a:[1, null, true], "b c":"x\\"y"]'
    assert literal({}) == "[:]"


def test_cost_table() -> None:
    text = format_cost(
        {
            "steps": 1500,
            "seconds": 0.002,
            "peak_depth": 3,
            "output_bytes": 10,
            "log_entries": 0,
            "peak_string": 5,
            "peak_collection": 2,
            "service_calls": 4,
        }
    )
    assert "steps" in text and "1,500 / 1,000,000" in text and "(0.1%)" in text
    assert "2.00 ms / 2,000 ms" in text
    assert "service calls" in text
