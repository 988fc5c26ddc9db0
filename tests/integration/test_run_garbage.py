"""A finished run leaves no reference cycles: everything it made is freed by reference counting,
so the cyclic GC (whose pauses would land inside later runs' time budgets) has nothing to do."""

from __future__ import annotations

import gc

import pytest

from convoscript import Limits, Runtime

SCRIPTS = {
    "documented": 'def p = transientVariableService.getVariable("p")\n'
    'customMetricService.upsertMetric("p", p.toString())',
    "trivial": "null",
    "methods-closures": "def twice(n) { n * 2 }\ndef c = { twice(it) }\n"
    "execution.setVariable('x', [1, 2].collect(c))",
    "classes": "class A { def v = [1, 2]; def f() { v.collect { it * 2 } } }\n"
    "def a = new A()\nlog.info(a.f().toString())\na",
    "binding-and-this": "x = { y -> y + 1 }\nthis.z = x(1)\nz",
    "script-error": "def c = { it.foo() }\nc(1)",
    "limit": "while (true) { }",
}


@pytest.mark.parametrize("source", SCRIPTS.values(), ids=SCRIPTS.keys())
def test_a_run_leaves_no_cyclic_garbage(source: str) -> None:
    runtime = Runtime(limits=Limits(max_steps=5_000))
    conversation = runtime.conversation("c-gc", {"transient": {"p": 1}})
    script = runtime.compile(source)
    conversation.run(script)  # warm: caches, lazily built tables
    gc.collect()
    gc.disable()  # no collection in the middle of the run: count what the run leaves behind
    try:
        conversation.run(script)
        assert gc.collect() == 0
    finally:
        gc.enable()
