"""A run binds only the run-bound entry points its code loads (CompiledScript.global_names):
names used only inside closures, script methods and classes are found too, and output methods
called by name (no entry point) still work."""

from __future__ import annotations

from convoscript import Runtime
from convoscript.runtime.door.entrypoints import STATIC_ENTRY_POINTS
from convoscript.runtime.run.frame import _RUN_ENTRY_POINTS, Frame


def test_global_names_reach_into_nested_code() -> None:
    compiled = (
        Runtime()
        .compile("def f() { [1].each { x = it } }\nclass A { def g() { println 1 } }\nf()")
        .compiled
    )
    names = compiled.global_names
    assert {"h_dset", "h_println"} <= names  # inside a closure in a method; inside a class


def test_a_trivial_run_binds_no_run_entry_point() -> None:
    compiled = Runtime().compile("null").compiled
    frame = Frame(
        compiled.code,
        compiled.constants,
        compiled.methods,
        {},
        [],
        None,
        compiled.classes,
        compiled.global_names,
    )
    # none made for this run (h_tick & co. stay the static ones, which find the run's budget)
    for name in _RUN_ENTRY_POINTS:
        assert frame.globals.get(name) is STATIC_ENTRY_POINTS.get(name), name
    assert "h_println" not in frame.globals and "h_bget" not in frame.globals
    assert frame.run() is None


def test_output_methods_called_by_name_still_work() -> None:
    conversation = Runtime().conversation("c")
    result = conversation.run(
        'def m = "println"\nthis."$m"("a")\nprintln(sprintf("%d", 2))\n'
        'def c = { printf("%s!", "b") }\nc()'
    )
    assert result.ok, result.error
    assert result.stdout == "a\n2\nb!"
