"""The sandbox's first promises: dangerous calls are refused with the exact signature, budgets
end runaway scripts, and neither can be swallowed by script try/catch/finally."""

from __future__ import annotations

import pytest

from convoscript import Limits, Runtime
from convoscript.errors import SecurityViolation


def run(source: str, limits: Limits | None = None):
    runtime = Runtime(limits=limits)
    return runtime.conversation("c-1").run(runtime.compile(source, "attack.groovy"))


REFUSED = [
    ('"id".execute()', "String.execute()"),
    ("System.exit(0)", "System.exit(Integer)"),
    ('new File("/etc/passwd").text', "new java.io.File(String)"),
    ("this.class.classLoader", "Class.getClassLoader()"),
    ('Eval.me("1")', "Eval.me(String)"),
    ('def x = "a"\nx.metaClass', "String.getMetaClass()"),
    ('[1].getClass().forName("java.lang.Runtime")', "Class.forName(String)"),
    ("Runtime.getRuntime()", "Runtime.getRuntime()"),
    ('new ProcessBuilder("ls")', "new java.lang.ProcessBuilder(String)"),
    ("Thread.sleep(10)", "Thread.sleep(Integer)"),
    ('"x".invokeMethod("size", null)', "String.invokeMethod(String, null)"),
    ('new GroovyShell().evaluate("1")', "new groovy.lang.GroovyShell()"),
    ("def m = [:]\nm.getClass().classLoader", "Class.getClassLoader()"),
]


@pytest.mark.parametrize("source,signature", REFUSED, ids=[s for s, _ in REFUSED])
def test_refused_with_signature(source: str, signature: str) -> None:
    result = run(source)
    assert result.error is not None
    assert result.error.type == "SecurityViolation"
    assert result.error.signature == signature  # type: ignore[attr-defined]
    assert result.error.line is not None


@pytest.mark.parametrize(
    "source",
    [
        "def __x = 1",
        "x.__class__",
        "__import__('os')",
        "def f(__a) { 1 }",
        "[1].each { __it -> 1 }",
        "def m = [:]\nm.__dict__",
    ],
)
def test_dunder_names_refused_at_compile_time(source: str) -> None:
    with pytest.raises(SecurityViolation) as info:
        Runtime().compile(source)
    assert info.value.signature.startswith("__")
    assert info.value.line == 1 or info.value.line == 2


@pytest.mark.parametrize(
    "source",
    [
        'def name = "__class__"\n"x"."$name"',
        'def name = "__class__"\n"x".invokeMethod(name, null)',
    ],
)
def test_dynamic_dunder_names_refused_at_run_time(source: str) -> None:
    result = run(source)
    assert result.error is not None and result.error.type == "SecurityViolation"


def test_refusal_cannot_be_caught() -> None:
    result = run('try { System.exit(0) } catch (Throwable t) { println "caught" }\nprintln "after"')
    assert result.error is not None and result.error.type == "SecurityViolation"
    assert result.stdout == ""


def test_refused_import_is_a_compile_time_violation() -> None:
    with pytest.raises(SecurityViolation) as info:
        Runtime().compile("import java.io.File\nprintln 1")
    assert info.value.signature == "import java.io.File"


@pytest.mark.parametrize(
    "source",
    [
        "while (true) {}",
        "for (;;) {}",
        "def i = 0\nwhile (true) { i++ }",
        'try { while (true) {} } catch (Throwable t) { println "caught" } finally { println "fin" }',
        "try { while (true) {} } finally { while (true) {} }",
        "def loop() { while (true) {} }\ntry { loop() } catch (e) { }",
        "[1, 2].each { while (true) {} }",
    ],
)
def test_infinite_loops_end_with_a_step_limit(source: str) -> None:
    result = run(source, Limits(max_steps=20_000))
    assert result.error is not None
    assert result.error.type == "LimitExceeded"
    assert result.error.limit == "steps"  # type: ignore[attr-defined]
    assert "caught" not in result.stdout and "fin" not in result.stdout


def test_wall_clock_limit() -> None:
    result = run("while (true) {}", Limits(max_steps=10**12, max_seconds=0.2))
    assert result.error is not None and result.error.limit == "time"  # type: ignore
    assert result.cost["seconds"] < 0.2 + 0.1


def test_recursion_limit() -> None:
    result = run("def f(n) { f(n + 1) }\nf(1)", Limits(max_depth=50))
    assert result.error is not None and result.error.limit == "recursion"  # type: ignore


def test_recursion_limit_cannot_be_caught() -> None:
    result = run('def f(n) { f(n + 1) }\ntry { f(1) } catch (Throwable t) { println "caught" }')
    assert result.error is not None and result.error.type == "LimitExceeded"
    assert result.stdout == ""


@pytest.mark.parametrize(
    "source,limit",
    [
        ('println "a" * 10000000', "memory"),
        ('def s = "ab"\nwhile (true) { s = s + s }', "memory"),
        ("def x = 2G ** 10000000", "memory"),
        ('while (true) { println "spam" }', "output"),
    ],
)
def test_growth_is_refused_before_it_happens(source: str, limit: str) -> None:
    result = run(source, Limits(max_output_bytes=10_000))
    assert result.error is not None and result.error.type == "LimitExceeded"
    assert result.error.limit == limit  # type: ignore[attr-defined]


def test_two_runtimes_compiling_one_source_both_run_after_collection() -> None:
    import gc

    a = Runtime()
    a.conversation("x").run(a.compile("println 1"))
    b = Runtime()
    script = b.compile("println 1")
    del a
    gc.collect()
    assert b.conversation("y").run(script).error is None


@pytest.mark.parametrize(
    "source",
    [
        'for (i in 1..2000) { customMetricService.upsertMetric("m" + i, "1") }',
        'customMetricService.upsertMetric("big", "x" * 100000)',
        'for (i in 1..20) { transientVariableService.addVariable("t" + i, i) }',
        'def m = [:]\nfor (i in 1..20) { m["k" + i] = i }\ntransientVariableService.addVariables(m)',
    ],
)
def test_metric_and_transient_floods_are_limited(source: str) -> None:
    limits = Limits(max_transient_variables=10)
    result = run(source, limits)
    assert result.error is not None and result.error.type == "LimitExceeded"
    assert result.error.limit == "memory"  # type: ignore[attr-defined]
