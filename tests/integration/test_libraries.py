"""Script libraries: functions (with overloads) and classes shared by script tasks."""

from __future__ import annotations

import pytest

from convoscript import FlowSyntaxError, Runtime

SCORING = """
class Interaction {
    String channel
    int turns = 0
    int score() { turns > 3 ? 2 : 1 }
}
def describe(Interaction i) { "${i.channel}:${i.score()}" }
def describe(String s) { "text:" + s }
"""

HELPERS = """
def bump(String code) {
    def n = (customMetricService.getMetric(code) ?: "0").toInteger()
    customMetricService.upsertMetric(code, (n + 1).toString())
}
"""


def runtime() -> Runtime:
    rt = Runtime()
    rt.register_library("scoring", SCORING, "lib/scoring.groovy")
    rt.register_library("helpers", HELPERS, "lib/helpers.groovy", imports=["scoring"])
    return rt


def test_library_functions_overloads_and_classes() -> None:
    rt = runtime()
    script = rt.compile(
        'def i = new Interaction(channel: "web", turns: 5)\n'
        'println describe(i)\nprintln describe("x")\nbump("interactions")',
        "task.groovy",
        libraries=["helpers"],
    )
    conversation = rt.conversation("c-1")
    for _ in range(3):
        result = conversation.run(script)
        assert result.error is None, result.error
    assert result.stdout == "web:2\ntext:x\n"
    assert conversation.state()["metrics"] == {"interactions": "3"}


def test_runtime_error_in_a_library_names_the_library_line() -> None:
    rt = Runtime()
    rt.register_library("broken", "def boom() {\n  null.size()\n}\n", "lib/broken.groovy")
    result = rt.conversation("c-2").run(rt.compile("boom()", "task.groovy", ["broken"]))
    assert result.error is not None and result.error.type == "NullPointerException"
    assert result.error.file == "lib/broken.groovy"
    assert result.error.line == 2


def test_script_error_lines_stay_script_lines() -> None:
    rt = runtime()
    result = rt.conversation("c-3").run(
        rt.compile('println "a"\nnull.foo()', "task.groovy", ["scoring"])
    )
    assert result.error.file == "task.groovy" and result.error.line == 2


def test_library_syntax_error_names_the_library() -> None:
    rt = Runtime()
    rt.register_library("bad", "def f( {\n", "lib/bad.groovy")
    with pytest.raises(FlowSyntaxError) as info:
        rt.compile("f()", "task.groovy", ["bad"])
    assert info.value.file == "lib/bad.groovy"


def test_unknown_or_cyclic_libraries_are_refused() -> None:
    rt = Runtime()
    rt.register_library("a", "def a() {}", imports=["b"])
    rt.register_library("b", "def b() {}", imports=["a"])
    with pytest.raises(ValueError, match="cycle"):
        rt.compile("a()", libraries=["a"])
    with pytest.raises(ValueError, match="unknown script library"):
        rt.compile("x()", libraries=["nope"])
