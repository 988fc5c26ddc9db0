"""Group C: object-construction side doors (threats.md §4 C1-C28).

One cast function with a fixed table serves every implicit and explicit conversion
(DESIGN.md §3.4): it never builds a refused type from a string, list or map, whatever the site
(locals, fields, properties, setters, returns, defaults, for-each variables, tuples, arrays).
"""

from __future__ import annotations

import pytest
from sandbox_harness import (
    SMALL,
    assert_refused,
    assert_script_error,
    assert_value,
    row,
    run,
    check,
)


def cases(items):
    return pytest.mark.parametrize(
        "source,expected", [(s, e) for _, s, e in items], ids=[n for n, _, _ in items]
    )


CAST = "GroovyCastException"

# ---- C1-C3: coercion to interfaces, map/closure proxies ----------------------------------------
C1 = [
    ("string-as-interface", '"a" as Runnable', ("error", CAST, 1)),
    (
        "object-as-interface",
        "class A { def run() { 1 } }\n(new A() as Runnable).run()",
        ("error", CAST, 2),
    ),
    (
        "as-comparable-then-call",
        "class A { }\n(new A() as Comparable).compareTo(1)",
        ("error", CAST, 2),
    ),
    ("as-closeable", '"x" as java.io.Closeable', ("error", CAST, 1)),
]
C2 = [
    (
        "map-as-interface",
        "def x = [run: { 'id'.execute() }] as Runnable\nx.run()",
        ("error", CAST, 1),
    ),
    ("map-as-abstract-class", "[m: { 1 }] as AbstractList", ("error", CAST, 1)),
    ("map-as-thread", "[run: { }] as Thread", ("error", CAST, 1)),
    ("map-as-class-loader", "[loadClass: { n -> null }] as ClassLoader", ("error", CAST, 1)),
]
C3 = [
    # a Closure is a Runnable and a Callable (Groovy keeps it as it is): it runs in the sandbox
    (
        "closure-as-runnable-runs-in-sandbox",
        "def x = { 'id'.execute() } as Runnable\nx.run()",
        ("refused", "String.execute()", 1),
    ),
    (
        "closure-as-comparator-runs-in-sandbox",
        'def c = { a, b -> "id".execute() } as Comparator\n[3, 1].sort(c)',
        ("refused", "String.execute()", 1),
    ),
    (
        "closure-as-callable-runs-in-sandbox",
        "({ 'id'.execute() } as java.util.concurrent.Callable).call()",
        ("refused", "String.execute()", 1),
    ),
    (
        "closure-as-function-runs-in-sandbox",
        "({ 'id'.execute() } as java.util.function.Function).apply(1)",
        ("refused", "String.execute()", 1),
    ),
    (
        "map-as-script-interface-runs-in-sandbox",
        "interface I { def go() }\n([go: { 'id'.execute() }] as I).go()",
        ("refused", "String.execute()", 2),
    ),
    ("closure-as-unknown-class", "{ 1 } as AbstractList", ("error", CAST, 1)),
    (
        "closure-to-host-is-string",
        ("execution.setVariable('c', { 'id'.execute() })\nexecution.getVariable('c')()"),
        ("refused", "String.execute()", 1),
    ),
]


@row("C1")
@cases(C1)
def test_C01_coercion_to_interfaces(source, expected) -> None:
    check(source, expected)


@row("C2")
@cases(C2)
def test_C02_map_proxies(source, expected) -> None:
    check(source, expected)


@row("C3")
@cases(C3)
def test_C03_closure_coercion(source, expected) -> None:
    check(source, expected)


@row("C3")
def test_C03_closure_stored_for_host_is_plain_text() -> None:
    result = run("execution.setVariable('c', { 'id'.execute() } )")
    assert result.error is None
    assert result.variables == {"c": "Script1$_run_closure1"}


# ---- C4-C7: positional, map, named-argument and string coercion to refused types ---------------
C4 = [
    ("list-as-file", "['/tmp'] as File", ("error", CAST, 1)),
    ("typed-file-from-list", "File f = ['/tmp']", ("error", CAST, 1)),
    ("fq-typed-file-from-list", "java.io.File f = ['/tmp']", ("error", CAST, 1)),
    ("list-as-fq-file", "['/tmp'] as java.io.File", ("error", CAST, 1)),
    ("list-as-process-builder", "['id'] as ProcessBuilder", ("error", CAST, 1)),
    ("list-as-url", "['http://x'] as URL", ("error", CAST, 1)),
]
C5 = [
    ("map-as-treemap", "[k: 1] as TreeMap", ("error", CAST, 1)),
    ("map-as-properties", "[k: 1] as Properties", ("error", CAST, 1)),
    ("typed-treemap", "TreeMap t = [k: 1]", ("error", CAST, 1)),
    ("map-as-file", "[path: '/etc/passwd'] as File", ("error", CAST, 1)),
    ("map-as-hashmap-is-data", "[k: 1] as HashMap", ("value", {"k": 1})),
]
C6 = [
    (
        "named-args-file",
        'new File(path: "/etc/passwd")',
        ("refused", "new java.io.File(LinkedHashMap)", 1),
    ),
    (
        "named-args-typed-property",
        "class A { File f }\nnew A(f: '/etc/passwd')",
        ("error", CAST, 2),
    ),
    (
        "named-args-typed-property-list",
        "class A { File f }\nnew A(f: ['/etc/passwd'])",
        ("error", CAST, 2),
    ),
    (
        "named-args-class-property",
        "class A { Class c }\nnew A(c: 'java.lang.Runtime')",
        ("error", CAST, 2),
    ),
    (
        "named-args-process-builder",
        'new ProcessBuilder(command: ["id"])',
        ("refused", "new java.lang.ProcessBuilder(LinkedHashMap)", 1),
    ),
]
C7 = [
    ("string-as-file", "'/etc/passwd' as File", ("error", CAST, 1)),
    ("string-as-fq-file", "'/etc/passwd' as java.io.File", ("error", CAST, 1)),
    ("java-cast-file", "(File) '/etc/passwd'", ("error", CAST, 1)),
    ("string-as-url", '"http://x" as URL', ("error", CAST, 1)),
    ("string-as-path", "'/etc' as java.nio.file.Path", ("error", CAST, 1)),
    ("string-as-class", "'java.lang.Runtime' as Class", ("error", CAST, 1)),
    ("java-cast-class", "(Class) 'java.lang.Runtime'", ("error", CAST, 1)),
    ("gstring-as-file", 'def p = "/etc"\n"$p/passwd" as File', ("error", CAST, 2)),
    (
        "string-as-pattern",
        "('a+' as java.util.regex.Pattern).matcher('aa').matches()",
        ("error", CAST, 1),
    ),
]


@row("C4")
@cases(C4)
def test_C04_list_positional_constructor_coercion(source, expected) -> None:
    check(source, expected)


@row("C5")
@cases(C5)
def test_C05_map_constructor_coercion(source, expected) -> None:
    check(source, expected)


@row("C6")
@cases(C6)
def test_C06_named_argument_constructors(source, expected) -> None:
    check(source, expected)


@row("C7")
@cases(C7)
def test_C07_string_to_type_cast(source, expected) -> None:
    check(source, expected)


# ---- C8-C13: implicit casts at every site -----------------------------------------------------
C8 = [
    ("local-file", "File f = '/etc/passwd'", ("error", CAST, 1)),
    ("local-url", "URL u = 'http://x'", ("error", CAST, 1)),
    ("local-class", "Class c = 'java.lang.Runtime'", ("error", CAST, 1)),
    ("local-reassigned", "File f = null\nf = '/etc/passwd'", ("error", CAST, 2)),
    ("local-in-method", "def m() { File f = '/etc/passwd'; f }\nm()", ("error", CAST, 1)),
    ("local-in-closure", "def c = { File f = '/etc/passwd'; f }\nc()", ("error", CAST, 1)),
    ("local-int-is-data", 'int n = "5".toInteger()\nn + 1', ("value", 6)),
]
C9 = [
    (
        "field-assignment",
        "class A { File f }\ndef a = new A()\na.f = '/etc/passwd'",
        ("error", CAST, 3),
    ),
    ("static-field-assignment", "class A { static File f }\nA.f = '/x'", ("error", CAST, 2)),
    (
        "field-via-this",
        "class A { File f\n def set(p) { this.f = p } }\nnew A().set('/x')",
        ("error", CAST, 2),
    ),
    ("field-compound", "class A { File f }\ndef a = new A()\na.f += '/x'", ("error", CAST, 3)),
    ("attribute", "class A { File f }\ndef a = new A()\na.@f = '/etc/passwd'", ("error", CAST, 3)),
    ("static-attribute", "class A { static File f }\nA.@f = '/x'", ("error", CAST, 2)),
    ("attribute-compound", "class A { File f }\nnew A().@f += '/x'", ("error", CAST, 2)),
    (
        "own-field-by-name",
        "class A { File f\n def set(p) { f = p } }\nnew A().set('/x')",
        ("error", CAST, 2),
    ),
    (
        "own-field-via-this-attribute",
        "class A { File f\n def set(p) { this.@f = p } }\nnew A().set('/x')",
        ("error", CAST, 2),
    ),
    (
        "own-static-field",
        "class A { static File f\n static set(p) { f = p } }\nA.set('/x')",
        ("error", CAST, 2),
    ),
    (
        "class-field-typed",
        "class A { Class c }\nnew A().c = 'java.lang.Runtime'",
        ("error", CAST, 2),
    ),
]
C10 = [
    ("implicit-setter", "class A { File f }\nnew A().setF('/x')", ("error", CAST, 2)),
    (
        "odd-capitalisation-setter-as-property",
        'class A { void setaProp(File x) { } }\nnew A().aProp = "/x"',
        ("error", "MissingPropertyException", 2),
    ),
    (
        "odd-capitalisation-setter-call",
        'class A { void setaProp(File x) { } }\nnew A().setaProp("/x")',
        ("error", "MissingMethodException", 2),
    ),
    # the File setter does not fit a String, so Groovy-style property assignment falls back to
    # the untyped field: no File is ever built from the string
    (
        "typed-setter-skipped",
        ('class A { def f\n void setF(File x) { this.f = x } }\ndef a = new A()\na.f = "/x"\na.f'),
        ("value", "/x"),
    ),
]
C11 = [
    ("typed-return", "File f() { '/etc/passwd' }\nf()", ("error", CAST, 1)),
    ("class-return", "Class g() { 'java.lang.Runtime' }\ng()", ("error", CAST, 1)),
    ("class-method-return", "class A { File f() { '/x' } }\nnew A().f()", ("error", CAST, 1)),
    (
        "closure-in-typed-method-return",
        "Class f() { ['java.lang.Runtime'].collect { it }[0] }\nf()",
        ("error", CAST, 1),
    ),
    (
        "implicit-last-expression",
        "File f() { if (true) { '/x' } else { '/y' } }\nf()",
        ("error", CAST, 1),
    ),
]
C13 = [
    ("field-initialiser", "class A { File f = '/etc/passwd' }\nnew A()", ("error", CAST, 1)),
    # the cast fails in the static initialiser, run on the class's first use (line 2): Java
    # wraps it in ExceptionInInitializerError (checked on Groovy 2.4)
    (
        "static-field-initialiser",
        "class A { static File f = '/x' }\nA.f",
        ("error", "ExceptionInInitializerError", 2),
    ),
    ("script-field", "@groovy.transform.Field File f = '/etc/passwd'\nf", ("error", CAST, 1)),
]


@row("C8")
@cases(C8)
def test_C08_typed_local_casts(source, expected) -> None:
    check(source, expected)


@row("C9")
@cases(C9)
def test_C09_typed_field_casts(source, expected) -> None:
    check(source, expected)


@row("C10")
@cases(C10)
def test_C10_setter_parameter_casts(source, expected) -> None:
    check(source, expected)


@row("C11")
@cases(C11)
def test_C11_return_value_casts(source, expected) -> None:
    check(source, expected)


@row("C13")
@cases(C13)
def test_C13_field_initialiser_casts(source, expected) -> None:
    check(source, expected)


# ---- C12: default parameter values -------------------------------------------------------------
C12_OK = [
    ("closure-default", "def c = { File x = '/etc/passwd' -> x }\nc()", ("error", CAST, 1)),
    (
        "default-expression-checked",
        "def f(x = System.exit(0)) { x }\nf()",
        ("refused", "System.exit(Integer)", 1),
    ),
    (
        "default-constructor-call-checked",
        'def f(x = new File("/x")) { x }\nf()',
        ("refused", "new java.io.File(String)", 1),
    ),
    ("default-not-evaluated-when-given", 'def f(x = "a".execute()) { x }\nf(1)', ("value", 1)),
    (
        "closure-default-constructor-call-checked",
        "def c = { x = new File('/x') -> x }\nc()",
        ("refused", "new java.io.File(String)", 1),
    ),
    (
        "closure-default-not-evaluated-when-given",
        "def c = { x = new File('/x') -> x }\nc(1)",
        ("value", 1),
    ),
]


@row("C12")
@cases(C12_OK)
def test_C12_default_parameter_values(source, expected) -> None:
    check(source, expected)


@row("C12")
@pytest.mark.parametrize(
    "source,line",
    [
        ("def f(File x = '/etc/passwd') { x }\nf()", 1),
        ("def f(Class c = 'java.lang.Runtime') { c }\nf()", 1),
        ("class A { A(File f = '/etc/passwd') { println f } }\nnew A()", 1),
        ("class A { def m(File f = '/etc/passwd') { f } }\nnew A().m()", 1),
        ("class B { B(x) { } }\nclass A extends B { A(File f = '/x') { super(f) } }\nnew A()", 2),
    ],
    ids=["method", "method-class", "constructor", "class-method", "constructor-with-super"],
)
def test_C12_typed_default_values_are_cast(source: str, line: int) -> None:
    result = run(source)
    assert_script_error(result, CAST, line)


# ---- C14, C15, C28: arrays, for-each variables, tuples -----------------------------------------
C14 = [
    ("list-as-string-array-is-list", "def x = ['a'] as String[]\nx.size()", ("value", 1)),
    ("list-as-file-array", "[['a']] as File[]", ("error", CAST, 1)),
    ("typed-file-array", "File[] fs = ['/etc/passwd']", ("error", CAST, 1)),
    ("nested-file-array", "File[][] fs = [['/etc/passwd']]", ("error", CAST, 1)),
    ("class-array", "Class[] cs = ['java.lang.Runtime']", ("error", CAST, 1)),
    ("array-constructor", "new File[1]", ("compile-refused", "new java.io.File[]", 1)),
    (
        "array-constructor-qualified",
        "new java.io.File[1]",
        ("compile-refused", "new java.io.File[]", 1),
    ),
    ("array-of-arrays", "new Runtime[1][1]", ("compile-refused", "new java.lang.Runtime[]", 1)),
]
C15 = [
    ("for-in-list-of-lists", "for (File f in [['secret.key']]) { println f }", ("error", CAST, 1)),
    ("for-colon", "for (File f : ['secret.key']) { println f }", ("error", CAST, 1)),
    ("for-class", "for (Class c in ['java.lang.Runtime']) { c.newInstance() }", ("error", CAST, 1)),
    ("for-in-method", "def m() { for (File f in ['/x']) { } }\nm()", ("error", CAST, 1)),
    (
        "for-typed-int-is-data",
        "def s = 0\nfor (int i in ['1', '2'].collect { it.toInteger() }) { s += i }\ns",
        ("value", 3),
    ),
]
C28 = [
    ("tuple-file", "def (File a, b) = ['/x', 1]", ("error", CAST, 1)),
    ("tuple-class", "def (Class c) = ['java.lang.Runtime']", ("error", CAST, 1)),
    ("tuple-second", "def (a, File b) = [1, '/x']", ("error", CAST, 1)),
    ("tuple-plain", "def (a, b) = [1, 2]\na + b", ("value", 3)),
]


@row("C14")
@cases(C14)
def test_C14_array_casts(source, expected) -> None:
    check(source, expected)


@row("C15")
@cases(C15)
def test_C15_typed_foreach_cast_SECURITY_3792(source, expected) -> None:
    check(source, expected)


@row("C28")
@cases(C28)
def test_C28_tuple_assignment_casts(source, expected) -> None:
    check(source, expected)


# ---- C16: host binding values cast into typed script variables and fields -----------------------
C16 = [
    ("typed-local-from-state", 'File f = execution.getVariable("f")', ("error", CAST, 1)),
    (
        "typed-field-from-state",
        'class A { File f }\nnew A(f: execution.getVariable("f"))',
        ("error", CAST, 2),
    ),
    (
        "class-from-transient",
        'Class c = transientVariableService.getVariable("c")',
        ("error", CAST, 1),
    ),
    (
        "typed-return-from-metric",
        'File g() { customMetricService.getMetric("m") }\ng()',
        ("error", CAST, 1),
    ),
]


@row("C16")
@cases(C16)
def test_C16_host_values_cast_into_typed_variables(source, expected) -> None:
    state = {
        "variables": {"f": "/etc/passwd"},
        "transient": {"c": "java.lang.Runtime"},
        "metrics": {"m": "/etc/shadow"},
    }
    check(source, expected, state=state)


# ---- C17: user asType / asBoolean -------------------------------------------------------------
@row("C17")
@pytest.mark.parametrize(
    "source",
    [
        'class A { def asType(Class c) { "id".execute() } }\nnew A() as String',
        'class A { boolean asBoolean() { "id".execute() } }\nif (new A()) { 1 } else { 2 }',
        'class A { boolean asBoolean() { "id".execute() } }\n!new A()',
        'class A { boolean asBoolean() { "id".execute() } }\n[new A()].findAll()',
        'class A { def asType(Class c) { "id".execute() } }\nString s = new A()',
    ],
    ids=["asType", "asBoolean-if", "asBoolean-not", "asBoolean-findAll", "asType-implicit"],
)
def test_C17_user_conversions_never_escape(source: str) -> None:
    """Either the user conversion is not honoured (Groovy's default applies) or it runs inside
    the sandbox and its refused call is refused: it can never reach String.execute()."""
    result = run(source)
    if result.error is not None:
        assert_refused(result, "String.execute()", 1)


@row("C17")
def test_C17_as_type_refused_by_name() -> None:
    assert_refused(run('"x".asType(String)'), "String.asType(Class)", 1)


# ---- C18: conversion happens once (no check/use TOCTOU) ----------------------------------------
@row("C18")
def test_C18_computed_name_is_converted_once() -> None:
    source = (
        "class Name { int n = 0\n"
        '  String toString() { n++ == 0 ? "toUpperCase" : "execute" } }\n'
        "def name = new Name()\n"
        'def r = "id"."$name"()\n'
        "[r, name.n]"
    )
    result = run(source)
    if result.error is None:
        assert result.value == ["ID", 1]
    else:  # stringified twice: the second (used) name must still be checked
        assert_refused(result, "String.execute()", 4)


@row("C18")
def test_C18_map_key_gstring_converted_once() -> None:
    source = (
        'class K { int n = 0\n  String toString() { n++ == 0 ? "a" : "b" } }\n'
        'def k = new K()\ndef m = [:]\nm["$k"] = 1\n[m.keySet().toList(), k.n]'
    )
    assert_value(run(source), [["a"], 1])


# ---- C19-C27: enum arrays, helper access, super/this chains, shadowing, inner classes --------
C19 = [
    ("enum-to-array", "enum E { A, B }\nE as String[]", ("error", CAST, 2)),
    ("enum-values", "enum E { A, B }\nE.values().toList()", ("value", ["A", "B"])),
    ("enum-class-loader", "enum E { A }\nE.classLoader", ("refused", "Class.getClassLoader()", 2)),
    (
        "enum-constant-class",
        "enum E { A }\nE.A.class.newInstance()",
        ("refused", "Class.newInstance()", 2),
    ),
]
C20 = [
    ("h-cast", 'h_cast("x", "java.io.File")', ("error", "MissingMethodException", 1)),
    ("h-new", 'h_new("java.io.File", "/x")', ("error", "MissingMethodException", 1)),
    ("this-h-new", 'this.h_new("java.io.File", "/x")', ("error", "MissingMethodException", 1)),
    ("h-getprop", 'h_getprop(execution, "state")', ("error", "MissingMethodException", 1)),
    ("h-call-script", 'h_call_script("x")', ("error", "MissingMethodException", 1)),
    ("getattr-hook", '_getattr_(execution, "state")', ("error", "MissingMethodException", 1)),
    ("h-name-as-variable", "def h_new = 1\nh_new", ("value", 1)),
    ("h-name-property", "this.h_tick", ("error", "MissingPropertyException", 1)),
]
C21 = [
    (
        "extends-file",
        'class A extends File { A() { super("/etc/passwd") } }\nnew A()',
        ("syntax", 1),
    ),
    ("extends-thread", "class A extends Thread { }", ("syntax", 1)),
    ("extends-script", "class A extends Script { def run() { 1 } }", ("syntax", 1)),
    ("extends-process-builder", "class A extends ProcessBuilder { }", ("syntax", 1)),
    ("extends-class-loader", "class A extends ClassLoader { }", ("syntax", 1)),
    ("super-call-to-object", 'class A { A() { super("/x") } }\nnew A()\n"done"', ("value", "done")),
]
C22 = [
    (
        "default-expression-in-super-ctor-checked",
        'class B { B(x) { } }\nclass A extends B { A(x = "id".execute()) { super(x) } }\nnew A()',
        ("refused", "String.execute()", 2),
    ),
    (
        "super-with-refused-argument",
        'class B { B(x) { } }\nclass A extends B { A() { super(new File("/x")) } }\nnew A()',
        ("refused", "new java.io.File(String)", 2),
    ),
]
C23 = [
    ("closure-default-typed", "{ File f = '/x' -> f }()", ("error", CAST, 1)),
    (
        "closure-default-refused-call",
        '{ x = "id".execute() -> x }()',
        ("refused", "String.execute()", 1),
    ),
    (
        "closure-default-static-call",
        'def c = { x = File.createTempFile("a", "b") -> x }\nc()',
        ("refused", "File.createTempFile(String, String)", 1),
    ),
    (
        "closure-default-loop",
        "def loop() { while (true) {} }\n{ x = loop() -> x }()",
        ("limit", "steps"),
    ),
]
C24 = [
    (
        "new-closure",
        "new groovy.lang.Closure(this)",
        ("refused", "new groovy.lang.Closure(Script1)", 1),
    ),
    (
        "new-method-closure",
        'new org.codehaus.groovy.runtime.MethodClosure("x", "execute")',
        ("refused", "new org.codehaus.groovy.runtime.MethodClosure(String, String)", 1),
    ),
    ("new-object", "new Object()", ("refused", "new java.lang.Object()", 1)),
    (
        "new-gstring-impl",
        'new org.codehaus.groovy.runtime.GStringImpl(["x"], ["y"])',
        ("refused", "new org.codehaus.groovy.runtime.GStringImpl(ArrayList, ArrayList)", 1),
    ),
    ("new-script", "new Script1()", ("refused", "new Script1()", 1)),
    ("new-class", 'new Class("x")', ("refused", "new java.lang.Class(String)", 1)),
]
C25 = [
    (
        "this-chain",
        'class A { A() { this("/x") }\n A(File f) { } }\nnew A()',
        ("error", "MissingMethodException", 1),
    ),
    ("anonymous-subclass", 'new Object() { String toString() { "anon" } }', ("syntax", 1)),
    ("anonymous-interface", "new Runnable() { void run() { } }", ("syntax", 1)),
]
C26 = [
    ("class-named-string", "class String { }", ("syntax", 1)),
    ("class-named-math", "class Math { static def PI = 4 }", ("syntax", 1)),
    ("class-named-integer", "class Integer { }", ("syntax", 1)),
    ("class-named-file", "class File { }", ("syntax", 1)),
    ("class-named-system", "class System { static exit(x) { 1 } }", ("syntax", 1)),
    ("class-named-eval", "class Eval { }", ("syntax", 1)),
    ("package-java-lang", "package java.lang\nclass Foo {}", ("syntax", 1)),
    (
        "handle-type-name",
        'class Execution { }\nlog.info(new Execution(), "m")',
        ("error", "MissingMethodException", 2),
    ),
    (
        "variable-shadowing-handle",
        ('def execution = [setVariable: { a, b -> "fake" }]\nexecution.setVariable("x", 1)'),
        ("value", "fake"),
    ),
]
C27 = [
    ("inner-class", "class A { class B { } }", ("syntax", 1)),
    ("static-inner-class", "class A { static class B { } }", ("syntax", 1)),
    ("enum-constant-body", 'enum E { A { String toString() { "x" } } }', ("syntax", 1)),
    ("local-class-in-method", "def f() { class L { } }", ("syntax", 1)),
]


@row("C19")
@cases(C19)
def test_C19_enum_casts(source, expected) -> None:
    check(source, expected)


@row("C20")
@cases(C20)
def test_C20_runtime_helpers_unreachable(source, expected) -> None:
    check(source, expected)


@row("C21")
@cases(C21)
def test_C21_super_constructors(source, expected) -> None:
    check(source, expected)


@row("C22")
@cases(C22)
def test_C22_constructor_defaults_with_super(source, expected) -> None:
    check(source, expected)


@row("C23")
@cases(C23)
def test_C23_closure_parameter_defaults(source, expected) -> None:
    check(source, expected)


@row("C24")
@cases(C24)
def test_C24_synthetic_constructors(source, expected) -> None:
    check(source, expected)


@row("C25")
@cases(C25)
def test_C25_this_chains_and_anonymous_classes(source, expected) -> None:
    check(source, expected)


@row("C26")
@cases(C26)
def test_C26_shadowing_trusted_names(source, expected) -> None:
    check(source, expected)


@row("C27")
@cases(C27)
def test_C27_inner_and_anonymous_classes(source, expected) -> None:
    check(source, expected)


@row("C26")
def test_C26_shadowed_handle_variable_leaves_service_untouched() -> None:
    result = run('def execution = [setVariable: { a, b -> "fake" }]\nexecution.setVariable("x", 1)')
    assert result.variables == {}
    assert SMALL.max_steps > 0
