"""convoscript.authoring.analysis: static findings, each at its file:line:column, never raising."""

from __future__ import annotations

from convoscript.authoring.analysis import Finding, analyze


def codes(source: str, **kw) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.code) for f in analyze(source, "Flow.groovy", **kw)]


def test_a_syntax_error_is_one_finding_not_an_exception():
    (found,) = analyze("def x = {\nif (a) {\n} else {\n", "Bad.groovy")
    assert found == Finding(
        "Bad.groovy",
        3,
        8,
        3,
        9,
        "error",
        "syntax-error",
        "syntax",
        "Unexpected end of file: the '{' opened here is never closed by '}'",
        None,
        (),
    )


def test_every_compile_refusal_of_a_file_is_reported_not_only_the_first():
    source = 'import java.io.File\nevaluate("1")\ndef f() {\n  if (true) { evaluate("2") }\n}\n'
    assert codes(source) == [
        (1, 8, "refused-import"),
        (2, 1, "compile-refused"),
        (4, 15, "compile-refused"),
    ]


def test_denied_classes_and_members_by_the_doors_tables():
    source = (
        'def f = new File("/tmp/x")\n'
        "Thread.sleep(100)\n"
        'def home = System.getenv("HOME")\n'
        'println Eval.me("1+1")\n'
        '"ls".execute()\n'
        "def cl = this.class.classLoader\n"
        "sleep(10)\n"
    )
    found = analyze(source, "Flow.groovy")
    assert [(f.line, f.column, f.message) for f in found] == [
        (1, 9, "Groovy scripts are not allowed to call new java.io.File(String)"),
        (2, 8, "Groovy scripts are not allowed to call Thread.sleep(Integer)"),
        (3, 19, "Groovy scripts are not allowed to call System.getenv(String)"),
        (4, 14, "Groovy scripts are not allowed to call Eval.me(String)"),
        (5, 6, "Groovy scripts are not allowed to call String.execute()"),
        (6, 21, "Groovy scripts are not allowed to call Class.getClassLoader()"),
        (7, 1, "Groovy scripts are not allowed to use Script.sleep()"),
    ]
    assert all(f.severity == "error" and f.kind == "refused" and f.rewrite for f in found)
    assert "new Date().time" in analyze("println System.currentTimeMillis()", "F.groovy")[0].rewrite


def test_allowed_statics_pass_and_a_missing_static_is_reported():
    assert codes("println Math.max(1, 2)\nprintln Integer.MAX_VALUE\nprintln Locale.US") == []
    assert codes("println Math.foo(1)") == [(1, 14, "missing-static-method")]


def test_handle_methods_checked_against_the_registry_with_possible_solutions():
    found = analyze(
        'customMetricService.upsertMetrc("a", "b")\ncustomMetricService.upsertMetric("a")\n',
        "Flow.groovy",
    )
    assert [(f.line, f.column, f.code, f.kind) for f in found] == [
        (1, 21, "unknown-handle-method", "unknown-handle-method"),
        (2, 21, "wrong-arity", "wrong-arity"),
    ]
    assert found[0].solutions == ("upsertMetric(java.lang.String, java.lang.String)",)
    assert found[1].solutions[0] == "upsertMetric(java.lang.String, java.lang.String)"


def test_handle_calls_that_fit_are_not_reported():
    source = (
        'customMetricService.upsertMetric("a", "b")\n'
        'log.info("x {}", 1)\n'
        "def names = execution.variableNames\n"
        "[1, 2].each { execution.setVariable('k', it) }\n"
        "def args = ['a', 'b']\n"
        "customMetricService.upsertMetric(args)\n"
    )
    assert codes(source) == []


def test_values_of_unknown_type_are_not_guessed():
    # `x` may be anything at run time: no finding for its methods
    assert codes("def x = compute()\nx.upsertMetrc(1)\nx.whatever()\n") == []
    # a handle name the script assigns is its own variable
    assert codes("log = [infoo: { it }]\nlog.infoo(1)\n") == []
    # inside `with`, the delegate answers first
    assert codes("def m = [:]\nm.with { log.infoo('y') }\n") == []


def test_a_handle_in_an_each_closure_is_still_checked():
    assert codes("[1].each { log.infoo('x') }") == [(1, 16, "unknown-handle-method")]


def test_libraries_make_their_functions_and_classes_known_and_keep_their_own_findings():
    lib = "class Money { int cents }\ndef fmt(m) { evaluate('x') }\n"
    source = "def m = new Money(cents: 5)\nprintln fmt(m)\n"
    assert codes(source, libraries={"lib/Money.groovy": lib}) == []
    broken = "def fmt( {"
    assert codes("println 1", libraries={"lib/Broken.groovy": broken}) == []


def test_a_denied_name_as_a_property_is_certain_only_on_a_known_receiver():
    # a Map answers `wait`, `properties`, `binding` with its values
    assert codes("def acc = [wait: 0]\nacc.wait += 1\nprintln acc.properties\n") == []
    assert codes("println System.properties\nprintln String.metaClass\n") == [
        (1, 16, "refused-member"),
        (2, 16, "refused-member"),
    ]
    # a call is refused on any receiver: the door checks the name before any lookup
    assert codes("def m = [:]\nm.execute()\n") == [(2, 3, "refused-member")]


def test_a_script_class_may_call_its_superclass_methods():
    source = "class T {\n  Object asType(Class c) { return super.asType(c) }\n}\n"
    assert codes(source) == []


def test_deliberate_differences_name_their_row_in_the_dialect_doc():
    source = (
        "class S {\n  def methodMissing(String n, args) { n }\n}\n"
        "def f(a = 1, b = a + 1) { b }\n"
        "println 'x'.hasProperty('size')\n"
        "use(Integer) { 1 }\n"
        "use(TimeCategory) { 1 }\n"
        "println Integer.@MAX_VALUE\n"
    )
    found = analyze(source, "Flow.groovy")
    assert [(f.line, f.column, f.severity, f.code) for f in found] == [
        (2, 7, "warning", "missing-hooks"),
        (4, 14, "info", "default-sees-defaults"),
        (5, 13, "info", "meta-answer"),
        (6, 5, "error", "category"),
        (8, 18, "error", "field-access"),
    ]
    assert all(f.kind == "difference" and "docs/dialect.md" in f.message for f in found)


def test_a_missing_static_property_and_a_missing_constructor():
    assert codes("println Math.PIE\nprintln Integer.MAX_VALUE\nprintln Calendar.instance") == [
        (1, 14, "missing-static-field")
    ]
    assert codes("def q = new Collections()\ndef l = new ArrayList()\n") == [
        (1, 9, "missing-constructor")
    ]


def test_a_finding_spans_the_name_it_is_about():
    (found,) = analyze('customMetricService.upsertMetrc("a", "b")', "F.groovy")
    assert (found.column, found.end_column) == (21, 32)
    (found,) = analyze("import java.net.URL\n", "F.groovy")
    assert (found.column, found.end_column) == (8, 20)


def test_a_handle_in_a_closure_of_an_unknown_call_is_not_guessed():
    # `builder` may be a builder whose closure delegate answers `log` first
    assert codes("def builder = make()\nbuilder.person { log.infoo('x') }\n") == []
    # a script method's closure keeps its owner first
    source = "def twice(Closure c) { c(); c() }\ntwice { log.infoo('x') }\n"
    assert codes(source) == [(2, 13, "unknown-handle-method")]


def test_a_denied_name_called_inside_a_class_is_refused_on_the_object():
    source = "class Money {\n  def show() { evaluate('x') }\n}\n"
    (found,) = analyze(source, "Money.groovy")
    assert (found.line, found.column, found.message) == (
        2,
        16,
        "Groovy scripts are not allowed to call Money.evaluate(String)",
    )
