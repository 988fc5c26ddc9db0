"""Group D: sandboxed code running outside the checked context (threats.md §4 D1-D10).

Nothing a script defines may run after its run ends or in host code: finalizers, toString /
equals / hashCode on returned objects, lazy GStrings, returned closures, deserialisation hooks,
`main`, threads. What leaves a run is plain data, converted inside the run's budget.
"""

from __future__ import annotations

import dataclasses
import gc
import threading

import pytest
from sandbox_harness import (
    SMALL,
    assert_compile_refused,
    assert_limit,
    assert_plain,
    assert_refused,
    assert_script_error,
    assert_value,
    row,
    run,
)

from convoscript import Limits, Runtime
from convoscript.compiler import pseudo_filename


def run_unchecked(source: str, limits: Limits = SMALL, cid: str = "c-attack"):
    """Run without the harness's hygiene assertions (some D rows expect them to fail)."""
    rt = Runtime(limits=limits)
    return rt.conversation(cid).run(rt.compile(source, "attack.groovy"))


# ---- D1: finalizers never run --------------------------------------------------------------
FINALIZERS = [
    'class A { void finalize() { println "FINALIZED" } }\nnew A()\nnull',
    'class A { protected void finalize() { println "FINALIZED" } }\n(1..50).each { new A() }\nnull',
    'class A { public void finalize() { println "FINALIZED" } }\nnew A()\nnull',
    'class A { static void finalize() { println "FINALIZED" } }\nnew A()\nnull',
    'class A { def finalize(x = 1) { println "FINALIZED" } }\nnew A()\nnull',
    'def finalize() { println "FINALIZED" }\nnull',
]


@row("D1")
@pytest.mark.parametrize(
    "source",
    FINALIZERS,
    ids=["void", "protected", "public", "static", "default-arg", "script-method"],
)
def test_D01_finalizers_never_run(source: str, capsys) -> None:
    result = run(source)
    assert result.error is None
    gc.collect()
    assert "FINALIZED" not in result.stdout
    assert "FINALIZED" not in capsys.readouterr().out


@row("D1")
def test_D01_finalize_cannot_be_called_by_name() -> None:
    result = run('class A { void finalize() { println "FINALIZED" } }\nnew A().finalize()')
    assert_refused(result, "A.finalize()", 2)


@row("D1")
@pytest.mark.parametrize(
    "source,signature,line",
    [
        ("class A { def __del__() { 1 } }", "__del__", 1),
        ("def __del__() { 1 }", "__del__", 1),
        ("class A { def __init__() { 1 } }", "__init__", 1),
    ],
    ids=["python-del", "script-del", "python-init"],
)
def test_D01_python_destructors_refused(source: str, signature: str, line: int) -> None:
    assert_compile_refused(source, signature, line)


# ---- D2/D3: user toString/equals/hashCode on values that leave the run -----------------------
@row("D2")
def test_D02_equals_and_hash_code_not_run_at_the_boundary() -> None:
    # the script's own map puts run them (as Java's HashMap does: one key, its value replaced);
    # saving the map and the list afterwards runs neither
    result = run(
        'class A { boolean equals(Object o) { println "EQ"; true }\n'
        '  int hashCode() { println "HASH"; 1 } }\n'
        "def m = [:]\nm[new A()] = 1\nm[new A()] = 2\nprintln 'PUT'\n"
        'execution.setVariable("m", m)\nexecution.setVariable("l", [new A(), new A()])\n0'
    )
    assert result.error is None
    assert result.stdout.endswith("PUT\n")
    assert len(result.variables["l"]) == 2
    assert list(result.variables["m"].values()) == [2]


@row("D2")
def test_D02_boundary_to_string_respects_the_string_limit() -> None:
    result = run_unchecked('class A { String toString() { "x" * 5000000 } }\nnew A()')
    assert len(str(result.value)) <= SMALL.max_string_length
    assert_limit(result, "memory")


@row("D2")
def test_D02_boundary_to_string_respects_the_output_limit() -> None:
    limits = SMALL.replace(max_output_bytes=100)
    result = run_unchecked(
        'class A { String toString() { 100.times { println "flood flood flood" }\n'
        '  "x" } }\nnew A()',
        limits,
    )
    assert len(result.stdout.encode()) <= 100
    assert_limit(result, "output", limits)


@row("D2")
@pytest.mark.parametrize(
    "source,expected_type",
    [
        (
            'class A { String toString() { throw new RuntimeException("boom") } }\nnew A()',
            "RuntimeException",
        ),
        (
            'class A { String toString() { null.foo() } }\nexecution.setVariable("x", new A())',
            "NullPointerException",
        ),
        ('class A { String toString() { "id".execute() } }\nnew A()', "SecurityViolation"),
        ('class A { String toString() { while (true) {}; "x" } }\nnew A()', "LimitExceeded"),
        (
            (
                'class A { String toString() { while (true) {}; "x" } }\n'
                'transientVariableService.addVariable("x", [a: [new A()]])'
            ),
            "LimitExceeded",
        ),
    ],
    ids=["throws", "npe-in-state", "refused-call", "loops", "loops-in-transient"],
)
def test_D02_boundary_to_string_failure_is_a_result_not_an_exception(source, expected_type) -> None:
    result = run_unchecked(source)
    assert result.error is not None and result.error.type == expected_type
    assert result.error.line == 1
    assert_plain(result.value)


@row("D2")
def test_D02_to_string_inside_the_run_is_budgeted() -> None:
    result = run('class A { String toString() { while (true) {}; "x" } }\nprintln new A()')
    assert_limit(result, "steps")


@row("D3")
def test_D03_lazy_gstring_evaluated_inside_the_run() -> None:
    result = run_unchecked('class A { String toString() { "id".execute() } }\n"${new A()}"')
    assert_refused(result, "String.execute()", 1)


@row("D3")
def test_D03_gstring_in_state_evaluated_inside_the_run() -> None:
    result = run_unchecked(
        'class A { String toString() { while (true) {}; "x" } }\n'
        'execution.setVariable("g", "${new A()}")'
    )
    assert_limit(result, "steps")


@row("D3")
@pytest.mark.parametrize(
    "source,expected",
    [
        ('"${-> "id".execute()}"', ("refused", "String.execute()", 1)),
        ('"${-> while (true) {}; 1}"', ("limit", "steps")),
        ('execution.setVariable("g", "${-> while (true) {}; 1}")', ("limit", "steps")),
        (
            'transientVariableService.addVariable("g", ["${-> "id".execute()}"])',
            ("refused", "String.execute()", 1),
        ),
    ],
    ids=["returned-refused", "returned-loop", "state-loop", "transient-refused"],
)
def test_D03_lazy_closure_gstring_evaluated_inside_the_run(source, expected) -> None:
    result = run_unchecked(source)
    if expected[0] == "refused":
        assert_refused(result, expected[1], expected[2])
    else:
        assert_limit(result, expected[1])


@row("D3")
def test_D03_lazy_closure_output_stays_within_budget() -> None:
    limits = SMALL.replace(max_output_bytes=50)
    result = run_unchecked('"${-> 20.times { println "flood flood" }; 1}"', limits)
    assert len(result.stdout.encode()) <= 50
    assert_limit(result, "output", limits)


@row("D3")
def test_D03_lazy_closure_forced_inside_the_run_is_checked() -> None:
    result = run('def g = "${-> "id".execute()}"\ng.toString()')
    assert_refused(result, "String.execute()", 1)


@row("D3")
def test_D03_gstring_of_plain_values_is_plain() -> None:
    result = run('def l = [1]\ndef g = "$l"\nl << 2\nexecution.setVariable("g", g)\ng')
    assert result.error is None
    assert result.variables["g"] in ("[1, 2]", "[1]")
    assert type(result.value) is str


# ---- D4: closures and callables never reach the host ------------------------------------------
@row("D4")
@pytest.mark.parametrize(
    "source",
    [
        '{ -> "id".execute() }',
        '"x".&toUpperCase',
        'execution.setVariable("c", { "id".execute() })',
        'transientVariableService.addVariable("c", { 1 })',
        "[a: { 1 }, b: [{ 2 }]]",
        "def c = { 1 }\nc.curry()",
        "Math.&max",
        "[1, 2].iterator()",
        "this",
        "execution",
        "log",
        "new Object() == null ? 1 : { 2 }",
    ],
    ids=[
        "closure",
        "method-pointer",
        "closure-in-variables",
        "closure-in-transient",
        "nested",
        "curried",
        "static-pointer",
        "iterator",
        "script",
        "handle",
        "log-handle",
        "ternary",
    ],
)
def test_D04_callables_become_plain_data(source: str) -> None:
    rt = Runtime(limits=SMALL)
    try:
        script = rt.compile(source, "attack.groovy")
    except Exception:  # noqa: BLE001 - a refusal is fine too
        return
    result = rt.conversation("c-attack").run(script)
    for value in (result.value, result.variables, result.transient):
        assert_plain(value)
        assert not callable(value)


# ---- D5: deserialisation hooks and non-plain host state ---------------------------------------
@row("D5")
def test_D05_read_resolve_never_runs() -> None:
    rt = Runtime(limits=SMALL)
    first = rt.conversation("c-d5").run(
        'class A { def readResolve() { println "RESOLVED"; this } }\n'
        'execution.setVariable("a", new A())'
    )
    second = rt.conversation("c-d5").run('execution.getVariable("a").getClass().name')
    assert "RESOLVED" not in first.stdout + second.stdout
    assert second.value == "java.lang.String"


@row("D5")
@pytest.mark.parametrize(
    "bad",
    [object(), lambda: 1, {1, 2}, b"bytes", range(3)],
    ids=["object", "callable", "set", "bytes", "range"],
)
def test_D05_non_plain_host_state_is_refused(bad) -> None:
    rt = Runtime(limits=SMALL)
    conversation = rt.conversation("c-d5", {"variables": {"x": bad}})
    with pytest.raises(TypeError, match="JSON-like"):
        conversation.run("1")


@row("D5")
def test_D05_host_dict_subclass_is_copied_to_plain_data() -> None:
    class Tricky(dict):
        def __getitem__(self, key):  # pragma: no cover - must never be called by a script
            raise AssertionError("host code ran")

    rt = Runtime(limits=SMALL)
    result = rt.conversation("c-d5", {"variables": {"m": Tricky(a=1)}}).run(
        'execution.getVariable("m").a'
    )
    assert_value(result, 1)


# ---- D6: entry points discovered by convention ----------------------------------------------
@row("D6")
@pytest.mark.parametrize(
    "source",
    [
        'def main(String[] args) { println "MAIN" }',
        'static void main(args) { println "MAIN" }',
        'class A { static void main(String[] args) { println "MAIN" } }',
        'def run(x) { println "MAIN" }',
        'class A { def run() { println "MAIN" } }',
    ],
    ids=["script-main", "static-main", "class-main", "run-overload", "class-run"],
)
def test_D06_main_is_never_called_by_the_host(source: str) -> None:
    result = run(source)
    assert "MAIN" not in result.stdout


# ---- D7: generated members -------------------------------------------------------------------
# @ToString, @EqualsAndHashCode, @TupleConstructor and @Canonical are written out by the
# compiler (compiler/transforms.py) as ordinary script methods from fixed templates: they run
# only when the script calls them, through the door, and never from host code (below). Every
# other member-generating transform is refused.
@row("D7")
@pytest.mark.parametrize(
    "source",
    [
        "@Immutable\nclass A { def x }",
        "@Sortable\nclass A { def x }",
        "@groovy.transform.Memoized\ndef f() { 1 }",
        "@ToString(includes = ['x'], evil = true)\nclass A { def x }",
        "@org.evil.ToString\nclass A { def x }",
    ],
    ids=["immutable", "sortable", "memoized", "unknown-option", "foreign-package"],
)
def test_D07_member_generating_transforms_refused(source: str) -> None:
    from sandbox_harness import assert_rejected_before_running

    assert_rejected_before_running(source, 1)


@row("D7")
def test_D07_generated_members_are_script_methods_the_host_never_calls() -> None:
    result = run(
        "@groovy.transform.EqualsAndHashCode\nclass A { def x\n def getX() { println 'GETTER'; x } }\n"
        'execution.setVariable("a", [new A(x: 1), new A(x: 1)])\n'
        'transientVariableService.addVariable("t", new A(x: 2))'
    )
    assert result.error is None, result.error
    assert "GETTER" not in result.stdout  # the generated equals/hashCode never ran


@row("D7")
def test_D07_host_comparison_of_results_runs_no_script_code() -> None:
    result = run(
        'class A { boolean equals(Object o) { println "EQ"; true } }\n'
        'execution.setVariable("a", [new A(), new A()])'
    )
    a = result.variables["a"]
    assert all(type(x) is str for x in a)
    assert sorted(a) and a.count(a[0]) >= 1 and (a[0] in a)  # host compares plain strings only
    assert result.stdout == ""


# ---- D8: nothing outlives the run -------------------------------------------------------------
D8 = [
    (
        "new-thread",
        "new Thread({ println 1 }).start()",
        ("refused", "new java.lang.Thread(Closure)", 1),
    ),
    ("thread-start", "Thread.start { println 1 }", ("refused", "Thread.start(Closure)", 1)),
    ("timer", "new Timer().schedule({}, 10)", ("refused", "new java.util.Timer()", 1)),
    (
        "executors-import",
        "import java.util.concurrent.Executors\nExecutors.newFixedThreadPool(1)",
        ("compile-refused", "import java.util.concurrent.Executors", 1),
    ),
    (
        "executors-fq",
        "java.util.concurrent.Executors.newFixedThreadPool(1)",
        ("refused", "Executors.newFixedThreadPool(Integer)", 1),
    ),
    ("thread-sleep", "Thread.sleep(10)", ("refused", "Thread.sleep(Integer)", 1)),
    ("script-sleep", "sleep(10)", ("compile-refused", "Script.sleep()", 1)),
    ("object-wait", '"x".wait()', ("refused", "String.wait()", 1)),
    ("gpars", "groovyx.gpars.GParsPool.withPool { }", ("error", "MissingPropertyException", 1)),
    ("parallel-stream", "[1].parallelStream()", ("error", "MissingMethodException", 1)),
]


@row("D8")
@pytest.mark.parametrize("source,expected", [(s, e) for _, s, e in D8], ids=[n for n, _, _ in D8])
def test_D08_no_threads_or_timers(source, expected) -> None:
    before = threading.active_count()
    if expected[0] == "compile-refused":
        assert_compile_refused(source, expected[1], expected[2])
        return
    result = run(source)
    if expected[0] == "refused":
        assert_refused(result, expected[1], expected[2])
    else:
        assert_script_error(result, expected[1], expected[2])
    assert threading.active_count() == before


# ---- D9: sandbox control state is unreachable ---------------------------------------------------
D9 = [
    ("binding-h-tick", "h_tick = null\nwhile (true) {}", ("limit", "steps")),
    ("local-h-tick", "def h_tick = { }\nwhile (true) {}", ("limit", "steps")),
    (
        "local-h-guard",
        "def h_guard = { }\ntry { while (true) {} } finally { while (true) {} }",
        ("limit", "steps"),
    ),
    ("local-budget", "def budget = null\nwhile (true) {}", ("limit", "steps")),
    ("this-budget", "this.budget", ("error", "MissingPropertyException", 1)),
    ("this-frame", "this.frame", ("error", "MissingPropertyException", 1)),
    ("this-globals", "this.globals", ("error", "MissingPropertyException", 1)),
    ("getiter-hook", "_getiter_", ("error", "MissingPropertyException", 1)),
    ("builtins", "__builtins__", ("compile-refused", "__builtins__", 1)),
    ("h-enter-as-method", "def h_enter() { }\ndef f(n) { f(n + 1) }\nf(1)", ("limit", "recursion")),
]


@row("D9")
@pytest.mark.parametrize("source,expected", [(s, e) for _, s, e in D9], ids=[n for n, _, _ in D9])
def test_D09_sandbox_control_state_unreachable(source, expected) -> None:
    if expected[0] == "compile-refused":
        assert_compile_refused(source, expected[1], expected[2])
        return
    result = run(source)
    if expected[0] == "limit":
        assert_limit(result, expected[1])
    else:
        assert_script_error(result, expected[1], expected[2])


# ---- D10: fail closed -------------------------------------------------------------------------
@row("D10")
def test_D10_budget_applies_on_any_thread() -> None:
    results = []
    rt = Runtime(limits=SMALL)
    script = rt.compile("while (true) {}", "attack.groovy")
    worker = threading.Thread(target=lambda: results.append(rt.conversation("c-t").run(script)))
    worker.start()
    worker.join(timeout=5)
    assert results and results[0].error is not None
    assert results[0].error.limit == "steps"


@row("D10")
def test_D10_runtime_helpers_outside_a_run_do_not_run_script_code() -> None:
    from convoscript.runtime.model import budget

    assert budget.current().limits.max_steps >= 10**12  # the unlimited default, no run active
    result = run("1")
    assert result.error is None
    assert budget.current().limits.max_steps >= 10**12  # the run's budget did not leak out


@row("D10")
def test_D10_code_without_policy_stamp_is_refused() -> None:
    """A code object the policy compiler did not make is refused (fail closed): the run ends with
    an error and returns nothing (today an InternalError naming the refusal)."""
    rt = Runtime(limits=SMALL)
    script = rt.compile("1", "attack.groovy")
    raw = compile(
        "def s_main():\n    return ().__class__.__base__.__subclasses__().__len__()\n",
        pseudo_filename("attack.groovy"),
        "exec",
    )
    forged = dataclasses.replace(script, compiled=dataclasses.replace(script.compiled, code=raw))
    result = rt.conversation("c-d10").run(forged)
    assert result.error is not None and result.value is None
