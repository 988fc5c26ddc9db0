"""Group B: reaching code without a visible call site (threats.md §4 B1-B30).

Every spelling of a call — method pointers, computed names, spread, operators, implicit
equals/compareTo/toString, switch/isCase, closures stored in maps — goes through the same
dispatch and the same refusal, with the exact signature and line.
"""

from __future__ import annotations

import pytest
from sandbox_harness import (
    assert_refused,
    assert_script_error,
    assert_syntax_error,
    assert_value,
    row,
    run,
    check,
)


def _cases(items):
    return pytest.mark.parametrize(
        "source,expected", [(s, e) for _, s, e in items], ids=[n for n, _, _ in items]
    )


# Outcome shorthands used in the tables: ("refused", signature, line), ("error", type, line),
# ("value", value), ("limit", kind), ("compile-refused", signature, line), ("syntax", line).


# ---- B1: method pointers to static / host methods --------------------------------------------
B1 = [
    (
        "system-exit-pointer",
        "def c = System.&exit\nc(0)\nprintln 'ESCAPED'",
        ("refused", "System.exit(Integer)", 2),
    ),
    ("string-execute-pointer", 'def c = "id".&execute\nc()', ("refused", "String.execute()", 1)),
    (
        "runtime-pointer",
        "def c = Runtime.&getRuntime\nc().exec('id')",
        ("refused", "Runtime.getRuntime()", 1),
    ),
    (
        "class-forname-pointer",
        'def c = Class.&forName\nc("java.lang.Runtime")',
        ("refused", "Class.forName()", 1),
    ),
    ("eval-pointer", 'def c = Eval.&me\nc("1")', ("refused", "Eval.me(String)", 2)),
    (
        "script-evaluate-pointer",
        'def c = this.&evaluate\nc("1")',
        ("refused", "Script.evaluate()", 1),
    ),
    ("metaclass-pointer", 'def c = "x".&getMetaClass', ("refused", "String.getMetaClass()", 1)),
    (
        "invoke-method-pointer",
        'def c = [1].&invokeMethod\nc("size", null)',
        ("refused", "ArrayList.invokeMethod()", 1),
    ),
    ("allowed-static-pointer", "def c = Math.&max\nc(1, 2)", ("value", 2)),
    (
        "pointer-passed-to-collect",
        '["id"].collect("x".&execute)',
        ("refused", "String.execute()", 1),
    ),
]


@row("B1")
@_cases(B1)
def test_B01_method_pointers(source, expected) -> None:
    check(source, expected)


# ---- B2: receiver of .& not rewritten ---------------------------------------------------------
B2 = [
    (
        "closure-call-receiver",
        'def p = { -> "id" }().&execute\np()',
        ("refused", "String.execute()", 1),
    ),
    ("expression-receiver", "def p = (1 + 1).&execute", ("refused", "Integer.execute()", 1)),
    ("list-receiver", "def p = ['id'].&execute", ("refused", "ArrayList.execute()", 1)),
    (
        "method-call-receiver",
        'def f() { "id" }\ndef p = f().&execute',
        ("refused", "String.execute()", 2),
    ),
    ("allowed", 'def p = { -> "s" }().&toUpperCase\np()', ("value", "S")),
]


@row("B2")
@_cases(B2)
def test_B02_method_pointer_receiver_is_checked(source, expected) -> None:
    check(source, expected)


# ---- B3: computed name after .& ----------------------------------------------------------------
@row("B3")
def test_B03_computed_method_pointer_name_is_checked() -> None:
    result = run('def n = "exe" + "cute"\ndef p = "id".&"$n"\np()')
    assert_refused(result, "String.execute()", 2)


@row("B3")
def test_B03_computed_method_pointer_name_allowed() -> None:
    assert_value(run('def n = "toUpperCase"\ndef p = "x".&"$n"\np()'), "X")


@row("B3")
def test_B03_parenthesised_pointer_name_is_outside_the_dialect() -> None:
    assert_syntax_error('def p = "x".&("exe" + "cute")', 1)


# ---- B4: computed method names in calls --------------------------------------------------------
B4 = [
    ("gstring-name", 'def n = "execute"\n"id"."$n"()', ("refused", "String.execute()", 2)),
    (
        "gstring-expression-name",
        "\"id\".\"${'exe' + 'cute'}\"()",
        ("refused", "String.execute()", 1),
    ),
    ("quoted-constant-name", '"id"."execute"()', ("refused", "String.execute()", 1)),
    ("single-quoted-name", "\"id\".'execute'()", ("refused", "String.execute()", 1)),
    ("list-receiver", "[1].\"${'exe' + 'cute'}\"()", ("refused", "ArrayList.execute()", 1)),
    ("number-receiver", 'def n = "execute"\n1."$n"()', ("refused", "Integer.execute()", 2)),
    (
        "script-receiver",
        "this.\"${'eval' + 'uate'}\"(\"1\")",
        ("refused", "Script.evaluate(String)", 1),
    ),
    (
        "handle-receiver",
        "execution.\"${'invoke' + 'Method'}\"(\"x\", null)",
        ("refused", "Execution.invokeMethod(String, null)", 1),
    ),
    (
        "class-receiver",
        "Class.\"${'for' + 'Name'}\"(\"java.lang.Runtime\")",
        ("refused", "Class.forName(String)", 1),
    ),
    ("dunder-name", 'def n = "__class__"\n"x"."$n"()', ("refused", "String.__class__()", 2)),
    ("allowed-name", 'def n = "toUpperCase"\n"x"."$n"()', ("value", "X")),
    ("paren-name-is-not-groovy", 'def n = "execute"\n"x".(n)()', ("syntax", 2)),
]


@row("B4")
@_cases(B4)
def test_B04_computed_method_names(source, expected) -> None:
    check(source, expected)


# ---- B5: computed property name on an assignment LHS -------------------------------------------
B5 = [
    (
        "metaclass-set",
        'def p = "metaClass"\ndef s = "x"\ns."$p" = null',
        ("refused", "String.getMetaClass()", 3),
    ),
    (
        "dunder-set",
        'def p = "__class__"\ndef s = "x"\ns."$p" = 1',
        ("refused", "String.__class__()", 3),
    ),
    (
        "static-field-set",
        'def p = "MAX_VALUE"\nInteger."$p" = 1',
        ("refused", "Integer.MAX_VALUE = ...", 2),
    ),
    (
        "handle-set",
        'def p = "state"\nexecution."$p" = [:]',
        ("error", "MissingPropertyException", 2),
    ),
    (
        "owner-set",
        'def p = "owner"\ndef c = { 1 }\nc."$p" = "x"',
        ("error", "ReadOnlyPropertyException", 3),  # readable (issue 10), never writable
    ),
    (
        "delegate-set-then-bare-call",
        'def p = "delegate"\ndef c = { execute() }\nc."$p" = "id"\nc()',
        ("refused", "String.execute()", 2),
    ),
    (
        "map-key-is-data",
        'def m = [a: 1]\ndef p = "class"\nm."$p" = 5\nm',
        ("value", {"a": 1, "class": 5}),
    ),
    (
        "map-dunder-key-refused",
        'def m = [:]\ndef p = "__class__"\nm."$p" = 5',
        ("refused", "LinkedHashMap.__class__()", 3),
    ),
]


@row("B5")
@_cases(B5)
def test_B05_computed_property_assignment(source, expected) -> None:
    check(source, expected)


# ---- B6: computed property names inside ++/-- --------------------------------------------------
B6 = [
    (
        "metaclass-increment",
        'def p = "metaClass"\ndef s = "x"\ns."$p"++',
        ("refused", "String.getMetaClass()", 3),
    ),
    (
        "prefix-decrement",
        'def p = "metaClass"\ndef s = "x"\n--s."$p"',
        ("refused", "String.getMetaClass()", 3),
    ),
    (
        "dunder-increment",
        'def p = "__dict__"\nexecution."$p"++',
        ("refused", "Execution.__dict__()", 2),
    ),
    (
        "static-increment",
        'def p = "MAX_VALUE"\nInteger."$p"++',
        ("refused", "Integer.MAX_VALUE = ...", 2),
    ),
    (
        "compound-assignment",
        'def p = "metaClass"\ndef s = "x"\ns."$p" += 1',
        ("refused", "String.getMetaClass()", 3),
    ),
    ("map-increment-is-data", 'def m = [n: 1]\ndef p = "n"\nm."$p"++\nm.n', ("value", 2)),
]


@row("B6")
@_cases(B6)
def test_B06_computed_property_increment(source, expected) -> None:
    check(source, expected)


# ---- B7: side effects inside ++/-- are evaluated exactly once ----------------------------------
B7 = [
    ("index-side-effect", "def l = [1, 2]\ndef i = 0\nl[i++]++\n[l, i]", ("value", [[2, 2], 1])),
    (
        "receiver-side-effect",
        "def calls = 0\ndef f = { calls++; [n: 1] }\ndef m = f()\nf().n++\ncalls",
        ("value", 2),
    ),
    (
        "key-side-effect",
        "def calls = 0\ndef m = [a: 1]\ndef k = { calls++; 'a' }\nm[k()]++\n[m, calls]",
        ("value", [{"a": 2}, 1]),
    ),
    (
        "compound-side-effect",
        "def calls = 0\ndef m = [a: 1]\ndef k = { calls++; 'a' }\nm[k()] += 5\n[m, calls]",
        ("value", [{"a": 6}, 1]),
    ),
]


@row("B7")
@_cases(B7)
def test_B07_side_effects_in_increments_run_once(source, expected) -> None:
    check(source, expected)


# ---- B8: Groovy 3 method references ---------------------------------------------------------
@row("B8")
@pytest.mark.parametrize(
    "source",
    [
        "Integer::parseInt",
        "def f = String::valueOf",
        'def f = "x"::execute',
        "System::exit",
        "def f = Runtime::getRuntime\nf()",
    ],
    ids=["parseInt", "valueOf", "instance", "system-exit", "runtime"],
)
def test_B08_method_references_are_outside_the_dialect(source: str) -> None:
    assert_syntax_error(source, 1)


# ---- B9: reflective dispatch -------------------------------------------------------------------
B9 = [
    (
        "string-invokeMethod",
        's = "x"\ns.invokeMethod("toUpperCase", null)',
        ("refused", "String.invokeMethod(String, null)", 2),
    ),
    (
        "string-getProperty",
        '"x".getProperty("bytes")',
        ("refused", "String.getProperty(String)", 1),
    ),
    (
        "string-setProperty",
        '"x".setProperty("x", 1)',
        ("refused", "String.setProperty(String, Integer)", 1),
    ),
    ("string-getMetaClass", '"x".getMetaClass()', ("refused", "String.getMetaClass()", 1)),
    (
        "map-invokeMethod",
        '[:].invokeMethod("put", ["a", 1])',
        ("refused", "LinkedHashMap.invokeMethod(String, ArrayList)", 1),
    ),
    (
        "closure-invokeMethod",
        '{ -> 1 }.invokeMethod("call", null)',
        ("refused", "Closure.invokeMethod(String, null)", 1),
    ),
    (
        "handle-invokeMethod",
        'execution.invokeMethod("setVariable", ["x", 1])',
        ("refused", "Execution.invokeMethod(String, ArrayList)", 1),
    ),
    (
        "handle-getProperty",
        'customMetricService.getProperty("state")',
        ("refused", "CustomMetricService.getProperty(String)", 1),
    ),
    (
        "log-setProperty",
        'log.setProperty("state", null)',
        ("refused", "Logger.setProperty(String, null)", 1),
    ),
    (
        "script-invokeMethod",
        'this.invokeMethod("println", "x")',
        ("refused", "Script.invokeMethod(String, String)", 1),
    ),
    (
        "script-getProperty",
        'this.getProperty("execution")',
        ("refused", "Script.getProperty(String)", 1),
    ),
    (
        "bare-invokeMethod",
        'invokeMethod("println", "x")',
        ("compile-refused", "Script.invokeMethod()", 1),
    ),
    (
        "bare-getProperty",
        'getProperty("execution")',
        ("compile-refused", "Script.getProperty()", 1),
    ),
    ("bare-setProperty", 'setProperty("x", 1)', ("compile-refused", "Script.setProperty()", 1)),
    ("bare-getMetaClass", "getMetaClass()", ("compile-refused", "Script.getMetaClass()", 1)),
    (
        "script-class-invokeMethod",
        'class A { def f() { 1 } }\nnew A().invokeMethod("f", null)',
        ("refused", "A.invokeMethod(String, null)", 2),
    ),
    ("class-ref-getMetaClass", "Integer.getMetaClass()", ("refused", "Class.getMetaClass()", 1)),
]


@row("B9")
@_cases(B9)
def test_B09_reflective_dispatch(source, expected) -> None:
    check(source, expected)


# ---- B10/B11: dispatch hooks defined by script classes are not honoured --------------------
B10 = [
    (
        "groovy-interceptable",
        (
            'class A implements GroovyInterceptable { def invokeMethod(String n, args) { "HIJACKED" } }\n'
            "new A().foo()"
        ),
        ("error", "MissingMethodException", 2),
    ),
    (
        "interceptable-direct-call",
        (
            'class A implements GroovyInterceptable { def invokeMethod(String n, args) { "HIJACKED" } }\n'
            'new A().invokeMethod("foo", null)'
        ),
        ("refused", "A.invokeMethod(String, null)", 2),
    ),
]
B11 = [
    (
        "method-missing",
        'class A { def methodMissing(String n, args) { "HIJACKED" } }\nnew A().foo()',
        ("error", "MissingMethodException", 2),
    ),
    (
        "property-missing",
        'class A { def propertyMissing(String n) { "HIJACKED" } }\nnew A().foo',
        ("error", "MissingPropertyException", 2),
    ),
    (
        "property-missing-set",
        'class A { def propertyMissing(String n, v) { println "HIJACKED" } }\nnew A().foo = 1',
        ("error", "MissingPropertyException", 2),
    ),
    (
        "static-method-missing",
        'class A { static def $static_methodMissing(String n, args) { "HIJACKED" } }\nA.foo()',
        ("error", "MissingMethodException", 2),
    ),
    (
        "script-method-missing",
        'def methodMissing(String n, args) { "HIJACKED" }\nfoo()',
        ("error", "MissingMethodException", 2),
    ),
    (
        "script-property-missing",
        'def propertyMissing(String n) { "HIJACKED" }\nfoo',
        ("error", "MissingPropertyException", 2),
    ),
]


@row("B10")
@_cases(B10)
def test_B10_groovy_interceptable_does_not_hijack_dispatch(source, expected) -> None:
    check(source, expected)


@row("B11")
@_cases(B11)
def test_B11_missing_hooks_are_not_honoured(source, expected) -> None:
    check(source, expected)


# ---- B12: closure delegate / resolve strategy ---------------------------------------------------
B12 = [
    (
        "delegate-bare-call",
        'def c = { execute() }\nc.delegate = "id"\nc()',
        ("refused", "String.execute()", 1),
    ),
    (
        "delegate-only",
        'def c = { execute() }\nc.delegate = "id"\nc.resolveStrategy = Closure.DELEGATE_ONLY\nc()',
        ("refused", "String.execute()", 1),
    ),
    (
        "delegate-denied-class",
        "def c = { getRuntime() }\nc.delegate = Runtime\nc()",
        ("refused", "Runtime.getRuntime()", 1),
    ),
    (
        "delegate-first-system-exit",
        "def c = { exit(0) }\nc.delegate = System\nc.resolveStrategy = Closure.DELEGATE_FIRST\nc()",
        ("refused", "System.exit(Integer)", 1),
    ),
    (
        "delegate-class-property",
        "def c = { classLoader }\nc.delegate = String\nc()",
        ("refused", "Class.getClassLoader()", 1),
    ),
    (
        "delegate-metaclass-property",
        'def c = { metaClass }\nc.delegate = "x"\nc()',
        ("refused", "String.getMetaClass()", 1),
    ),
    (
        "delegate-handle-internals",
        "def c = { state }\nc.delegate = execution\nc()",
        ("error", "MissingPropertyException", 1),
    ),
    (
        "delegate-script-refusal-kept",
        'def c = { evaluate("1") }\nc.delegate = "x"\nc()',
        ("compile-refused", "Script.evaluate()", 1),
    ),
    (
        "set-delegate-method",
        'def c = { execute() }\nc.setDelegate("id")\nc()',
        ("refused", "String.execute()", 1),
    ),
    # a closure's owner and thisObject are values the script already holds (issue 10): the
    # script's `this`, an enclosing closure, an instance or class of its own; reading them
    # reaches nothing `this` does not
    ("owner", "def c = { 1 }\nc.owner == this", ("value", True)),
    ("this-object", "def c = { 1 }\nc.thisObject == this", ("value", True)),
    (
        "owner-of-nested-is-the-closure",
        "def outer = { -> { -> 1 } }\nouter().owner.is(outer)",
        ("value", True),
    ),
    (
        "owner-in-class-is-the-instance",
        "class K { def make() { { -> 1 } } }\ndef k = new K()\nk.make().owner.is(k)",
        ("value", True),
    ),
    (
        "owner-binding",
        "def c = { 1 }\nc.owner.binding",
        ("refused", "Script.getBinding()", 2),
    ),
    (
        "owner-class-loader",
        "def c = { 1 }\nc.owner.class.classLoader",
        ("refused", "Class.getClassLoader()", 2),
    ),
    (
        "this-object-meta-class",
        "class K { def make() { { -> 1 } } }\nnew K().make().thisObject.metaClass",
        ("refused", "K.getMetaClass()", 2),
    ),
    (
        "owner-evaluate",
        'def c = { 1 }\nc.owner.evaluate("1")',
        ("refused", "Script.evaluate(String)", 2),
    ),
    (
        "rehydrate",
        'def c = { 1 }\nc.rehydrate("x", "y", "z")',
        ("refused", "Closure.rehydrate(String, String, String)", 2),
    ),
    (
        "bare-owner-inside-closure",
        "def c = { owner }\nc() == this",
        ("value", True),
    ),
    (
        "delegate-to-handle-allowed",
        'def c = { getVariable("x") }\nc.delegate = execution\nc()',
        ("value", None),
    ),
]


@row("B12")
@_cases(B12)
def test_B12_closure_delegate_retargeting(source, expected) -> None:
    check(source, expected)


# ---- B13: with / tap / use ----------------------------------------------------------------
B13 = [
    ("with-bare-execute", '"id".with { execute() }', ("refused", "String.execute()", 1)),
    ("with-bare-metaclass", '"id".with { metaClass }', ("refused", "String.getMetaClass()", 1)),
    ("with-denied-class", "Runtime.with { getRuntime() }", ("refused", "Runtime.with(Closure)", 1)),
    ("with-explicit-it", '"id".with { it.execute() }', ("refused", "String.execute()", 1)),
    ("with-handle", "execution.with { state }", ("error", "MissingMethodException", 1)),
    ("with-allowed", '"abc".with { toUpperCase() }', ("value", "ABC")),
    ("tap", '"abc".tap { it.size() }', ("error", "MissingMethodException", 1)),
    ("use-category", "use(String) { 1 }", ("error", "MissingMethodException", 1)),
    ("identity", '"id".identity { it.execute() }', ("refused", "String.execute()", 1)),
]


@row("B13")
@_cases(B13)
def test_B13_with_tap_use(source, expected) -> None:
    check(source, expected)


# ---- B14: curried, composed, memoized closures ---------------------------------------------
B14 = [
    ("curry", 'def c = { a -> a.execute() }.curry("id")\nc()', ("refused", "String.execute()", 1)),
    (
        "compose-right",
        "def f = { it * 2 } >> { it.execute() }\nf(1)",
        ("refused", "Integer.execute()", 1),
    ),
    (
        "compose-left",
        "def f = { it.execute() } << { it * 2 }\nf(1)",
        ("refused", "Integer.execute()", 1),
    ),
    ("memoize", 'def c = { it.execute() }.memoize()\nc("id")', ("refused", "String.execute()", 1)),
    ("memoize-loop", "def c = { while (true) {} }.memoize()\nc(1)", ("limit", "steps")),
    (
        "rcurry",
        'def c = { a, b -> a.execute() }.rcurry(1)\nc("id")',
        ("refused", "String.execute()", 1),
    ),
    (
        "ncurry",
        'def c = { a, b -> b.execute() }.ncurry(1, "id")\nc(1)',
        ("refused", "String.execute()", 1),
    ),
    ("curried-pointer", 'def c = "id".&plus\ndef d = c.curry("x")\nd()', ("value", "idx")),
    ("trampoline", "def c = { it }.trampoline()", ("error", "MissingMethodException", 1)),
    ("curry-allowed", "def c = { a, b -> a + b }.curry(1)\nc(2)", ("value", 3)),
    ("memoize-allowed", "def c = { it * 2 }.memoize()\n[c(2), c(2)]", ("value", [4, 4])),
]


@row("B14")
@_cases(B14)
def test_B14_curried_composed_closures(source, expected) -> None:
    check(source, expected)


# ---- B15: spread-dot calls and spread assignment ------------------------------------------
B15 = [
    ("spread-call", '["id", "ls"]*.execute()', ("refused", "String.execute()", 1)),
    ("spread-property", '["x"]*.metaClass', ("refused", "String.getMetaClass()", 1)),
    ("spread-assignment", '["x"]*.metaClass = null', ("refused", "ArrayList.getMetaClass()", 1)),
    ("spread-dunder", 'def n = "__class__"\n["x"]*."$n"', ("refused", "String.__class__()", 2)),
    (
        "implicit-spread-property",
        '["x", "y"].metaClass',
        ("refused", "ArrayList.getMetaClass()", 1),
    ),
    ("spread-allowed", '["a", "b"]*.toUpperCase()', ("value", ["A", "B"])),
    (
        "spread-assignment-data",
        "def l = [[a: 1], [a: 2]]\nl*.a = 3\nl",
        ("value", [{"a": 3}, {"a": 3}]),
    ),
]


@row("B15")
@_cases(B15)
def test_B15_spread_calls(source, expected) -> None:
    check(source, expected)


# ---- B16: closures stored in maps / the binding called like methods -------------------------
B16 = [
    (
        "map-closure-call",
        'def m = [f: { it.execute() }]\nm.f("id")',
        ("refused", "String.execute()", 1),
    ),
    ("binding-closure-call", 'f2 = { "id".execute() }\nf2()', ("refused", "String.execute()", 1)),
    ("this-binding-closure", 'f2 = { "b" }\nthis.f2()', ("error", "MissingMethodException", 2)),
    ("map-closure-allowed", 'def m = [f: { "called" }]\nm.f()', ("value", "called")),
    ("list-of-closures", '[{ "id".execute() }].each { it() }', ("refused", "String.execute()", 1)),
    (
        "script-class-field-closure",
        'class A { def f = { "id".execute() } }\nnew A().f()',
        ("refused", "String.execute()", 1),
    ),
]


@row("B16")
@_cases(B16)
def test_B16_stored_closures_called_as_methods(source, expected) -> None:
    check(source, expected)


# ---- B17: static members through an instance ---------------------------------------------
B17 = [
    (
        "static-field-via-instance",
        "def i = 5\ni.MAX_VALUE",
        ("error", "MissingPropertyException", 2),
    ),
    (
        "static-method-via-instance",
        'def i = 5\ni.valueOf("3")',
        ("value", 3),  # Groovy: Integer.valueOf("3"), the receiver ignored
    ),
    (
        "forname-via-instance-class",
        '[].getClass().forName("java.lang.Runtime")',
        ("refused", "Class.forName(String)", 1),
    ),
    (
        "forname-via-class-property",
        'Integer.forName("java.lang.Runtime")',
        ("refused", "Class.forName(String)", 1),
    ),
    (
        "string-format-via-instance",
        '"%s".format("{0.__class__}")',
        ("value", "{0.__class__}"),  # Java's String.format: braces are plain text
    ),
]


@row("B17")
@_cases(B17)
def test_B17_static_members_through_instances(source, expected) -> None:
    check(source, expected)


# ---- B18: script binding leaks ---------------------------------------------------------------
B18 = [
    ("binding-variables", "binding.variables", ("error", "MissingPropertyException", 1)),
    ("this-binding", "this.binding", ("refused", "Script.getBinding()", 1)),
    ("this-quoted-binding", 'this."binding"', ("refused", "Script.getBinding()", 1)),
    ("get-binding", "getBinding()", ("compile-refused", "Script.getBinding()", 1)),
    ("this-get-binding", "this.getBinding()", ("refused", "Script.getBinding()", 1)),
    ("set-binding", "setBinding(null)", ("compile-refused", "Script.setBinding()", 1)),
    (
        "binding-get-variable",
        'x = 5\nbinding.getVariable("x")',
        ("error", "MissingPropertyException", 2),
    ),
    ("this-subscript-binding", "this['binding']", ("error", "MissingMethodException", 1)),
    ("undeclared-assignment-stays-in-run", "leak = 42\nleak", ("value", 42)),
]


@row("B18")
@_cases(B18)
def test_B18_binding_leaks(source, expected) -> None:
    check(source, expected)


# ---- B19: second-stage evaluation -------------------------------------------------------------
B19 = [
    ("evaluate", 'evaluate("1 + 1")', ("compile-refused", "Script.evaluate()", 1)),
    ("this-evaluate", 'this.evaluate("1")', ("refused", "Script.evaluate(String)", 1)),
    ("eval-me", 'Eval.me("1")', ("refused", "Eval.me(String)", 1)),
    ("eval-x", 'Eval.x(1, "x")', ("refused", "Eval.x(Integer, String)", 1)),
    (
        "groovy-shell",
        'new GroovyShell().evaluate("1")',
        ("refused", "new groovy.lang.GroovyShell()", 1),
    ),
    (
        "groovy-shell-fq",
        'new groovy.lang.GroovyShell().parse("1")',
        ("refused", "new groovy.lang.GroovyShell()", 1),
    ),
    (
        "class-loader-parse",
        'new GroovyClassLoader().parseClass("class X {}")',
        ("refused", "new groovy.lang.GroovyClassLoader()", 1),
    ),
    (
        "forname-newinstance",
        'Class.forName("java.lang.Runtime").newInstance()',
        ("refused", "Class.forName(String)", 1),
    ),
    (
        "script-engine",
        'new javax.script.ScriptEngineManager().getEngineByName("groovy")',
        ("refused", "new javax.script.ScriptEngineManager()", 1),
    ),
    ("script-run", "run()", ("compile-refused", "Script.run()", 1)),
    (
        "import-eval",
        "import groovy.util.Eval\nEval.me('1')",
        ("compile-refused", "import groovy.util.Eval", 1),
    ),
    (
        "evaluate-via-name",
        'def n = "evaluate"\nthis."$n"("1")',
        ("refused", "Script.evaluate(String)", 2),
    ),
]


@row("B19")
@_cases(B19)
def test_B19_second_stage_evaluation(source, expected) -> None:
    check(source, expected)


# ---- B20: metaClass changes -----------------------------------------------------------------
B20 = [
    (
        "class-metaclass-assign",
        "String.metaClass.foo = { 1 }",
        ("refused", "Class.getMetaClass()", 1),
    ),
    ("instance-metaclass-assign", '"x".metaClass = null', ("refused", "String.getMetaClass()", 1)),
    (
        "expando-enable-globally",
        "ExpandoMetaClass.enableGlobally()",
        ("refused", "ExpandoMetaClass.enableGlobally()", 1),
    ),
    (
        "groovy-system-registry",
        "GroovySystem.metaClassRegistry",
        ("refused", "GroovySystem.metaClassRegistry", 1),
    ),
    ("script-metaclass", "this.metaClass", ("refused", "Script.getMetaClass()", 1)),
    (
        "copy-metaclass",
        "class A { }\nnew A().metaClass = [].metaClass",
        ("refused", "ArrayList.getMetaClass()", 2),
    ),
    (
        "static-metaclass",
        "Integer.metaClass.static.parseInt = { 1 }",
        ("refused", "Class.getMetaClass()", 1),
    ),
    (
        "handle-metaclass",
        "execution.metaClass.getVariable = { 1 }",
        ("refused", "Execution.getMetaClass()", 1),
    ),
    ("set-metaclass-method", '"x".setMetaClass(null)', ("refused", "String.setMetaClass(null)", 1)),
]


@row("B20")
@_cases(B20)
def test_B20_metaclass_changes(source, expected) -> None:
    check(source, expected)


# ---- B21: reflection through getClass() / .class ----------------------------------------------
B21 = [
    ("class-loader", 'def o = "x"\no.class.classLoader', ("refused", "Class.getClassLoader()", 2)),
    (
        "get-declared-method",
        '"x".getClass().getDeclaredMethod("length")',
        ("refused", "Class.getDeclaredMethod(String)", 1),
    ),
    ("new-instance", '"x".class.newInstance()', ("refused", "Class.newInstance()", 1)),
    ("methods", '"x".class.methods', ("refused", "Class.getMethods()", 1)),
    ("declared-fields", "String.declaredFields", ("refused", "Class.getDeclaredFields()", 1)),
    # a superclass is a class reference like any other (issue 10): it answers its name, its
    # own superclass and the allow-listed statics; the walk ends at Object, then null
    ("superclass", "Integer.superclass", ("value", "class java.lang.Number")),
    (
        "superclass-walk-ends",
        "Integer.superclass.superclass.superclass",
        ("value", None),
    ),
    (
        "superclass-then-loader",
        "Integer.superclass.classLoader",
        ("refused", "Class.getClassLoader()", 1),
    ),
    ("script-superclass", "this.class.superclass", ("refused", "Class.getSuperclass()", 1)),
    (
        "handle-superclass",
        "execution.class.getSuperclass()",
        ("refused", "Class.getSuperclass()", 1),
    ),
    (
        "class-of-class-forname",
        '"x".class.class.forName("java.lang.Runtime")',
        ("refused", "Class.forName(String)", 1),
    ),
    ("script-class-loader", "this.class.classLoader", ("refused", "Class.getClassLoader()", 1)),
    (
        "handle-class-loader",
        "execution.class.classLoader",
        ("refused", "Class.getClassLoader()", 1),
    ),
    (
        "handle-declared-methods",
        "log.class.declaredMethods",
        ("refused", "Class.getDeclaredMethods()", 1),
    ),
    (
        "script-class-new-instance",
        "class A { }\nnew A().class.newInstance()",
        ("refused", "Class.newInstance()", 2),
    ),
    (
        "script-class-ref-new-instance",
        "class A { }\nA.newInstance()",
        ("refused", "Class.newInstance()", 2),
    ),
    (
        "closure-class-loader",
        "{ -> 1 }.class.classLoader",
        ("refused", "Class.getClassLoader()", 1),
    ),
    (
        "exception-class-loader",
        "try { null.x() } catch (e) { e.class.classLoader }",
        ("refused", "Class.getClassLoader()", 1),
    ),
    ("handle-get-class", "execution.getClass()", ("error", "MissingMethodException", 1)),
    # getClass() on a class reference is `.class.class`, the same sandboxed Class value
    # (issue 10); what a Class would reach on the JVM stays refused next to it
    ("class-get-class", "Integer.getClass()", ("value", "class java.lang.Class")),
    ("class-get-class-name", "5.getClass().getClass().name", ("value", "java.lang.Class")),
    (
        "class-get-class-forname",
        'Integer.getClass().forName("java.lang.Runtime")',
        ("refused", "Class.forName(String)", 1),
    ),
    (
        "class-get-class-new-instance",
        "5.getClass().getClass().newInstance()",
        ("refused", "Class.newInstance()", 1),
    ),
    (
        "class-get-class-methods",
        "Integer.getClass().getMethods()",
        ("refused", "Class.getMethods()", 1),
    ),
    (
        "class-get-class-loader",
        "[].getClass().getClass().getClassLoader()",
        ("refused", "Class.getClassLoader()", 1),
    ),
    (
        "script-class-get-class-new-instance",
        "class A { }\nA.getClass().newInstance()",
        ("refused", "Class.newInstance()", 2),
    ),
    (
        "handle-class-get-class-methods",
        "log.class.getClass().getDeclaredMethods()",
        ("refused", "Class.getDeclaredMethods()", 1),
    ),
    ("denied-class-get-class", "System.getClass()", ("refused", "System.getClass()", 1)),
    # exceptions a script builds itself (issue 10): their `type` is a class reference like
    # any other, and an exception's properties (its stack trace) stay closed
    (
        "built-missing-method-type",
        'new MissingMethodException("f", String, [1] as Object[]).type',
        ("value", "class java.lang.String"),
    ),
    (
        "built-missing-method-type-loader",
        'new MissingMethodException("f", String, [] as Object[]).type.classLoader',
        ("refused", "Class.getClassLoader()", 1),
    ),
    (
        "built-missing-property-type-new-instance",
        'new MissingPropertyException("p", String).type.newInstance()',
        ("refused", "Class.newInstance()", 1),
    ),
    (
        "built-missing-property-properties",
        'new MissingPropertyException("p", String).properties',
        ("refused", "MissingPropertyException.getProperties()", 1),
    ),
    # `e.getMethod()` / `e.getProperty()` of Groovy's exceptions are the names they carry; with
    # an argument, or on any other receiver, they stay the refused reflection and dispatch
    (
        "missing-method-get-method",
        'try { "a".zzz() } catch (MissingMethodException e) { e.getMethod() }',
        ("value", "zzz"),
    ),
    (
        "missing-property-get-property",
        'try { "a".zzz } catch (MissingPropertyException e) { e.getProperty() }',
        ("value", "zzz"),
    ),
    (
        "missing-property-get-property-by-name",
        'try { "a".zzz } catch (MissingPropertyException e) { e.getProperty("message") }',
        ("refused", "MissingPropertyException.getProperty(String)", 1),
    ),
    (
        "missing-method-get-method-by-name",
        'try { "a".zzz() } catch (MissingMethodException e) { e.getMethod("x") }',
        ("refused", "MissingMethodException.getMethod(String)", 1),
    ),
    (
        "other-exception-get-method",
        "new RuntimeException().getMethod()",
        ("refused", "RuntimeException.getMethod()", 1),
    ),
    (
        "class-get-method-stays-refused",
        'String.getMethod("length")',
        ("refused", "Class.getMethod(String)", 1),
    ),
    (
        "built-parse-exception-meta-class",
        'new java.text.ParseException("x", 1).metaClass',
        ("refused", "ParseException.getMetaClass()", 1),
    ),
    (
        "class-name-is-data",
        "try { null.x() } catch (e) { e.class.name }",
        ("value", "java.lang.NullPointerException"),
    ),
]


@row("B21")
@_cases(B21)
def test_B21_reflection_through_class(source, expected) -> None:
    check(source, expected)


# ---- B22: object dumps ------------------------------------------------------------------------
B22 = [
    ("properties", '"x".properties', ("refused", "String.getProperties()", 1)),
    ("get-properties", '"x".getProperties()', ("refused", "String.getProperties()", 1)),
    (
        "meta-property-values",
        "[a: 1].getMetaPropertyValues()",
        ("refused", "LinkedHashMap.getMetaPropertyValues()", 1),
    ),
    ("dump", '"x".dump()', ("refused", "String.dump()", 1)),
    ("handle-properties", "execution.properties", ("refused", "Execution.getProperties()", 1)),
    ("handle-dump", "log.dump()", ("refused", "Logger.dump()", 1)),
    (
        "script-class-properties",
        "class A { def secret = 1 }\nnew A().properties",
        ("value", {"class": "class A", "secret": 1}),  # its own values and its class (issue 10)
    ),
    (
        "script-class-properties-hide-internals",
        "class A { def x = 1; private p = 2; public q = 3 }\n"
        "def m = new A().properties\n[m.keySet().toList(), m.metaClass, m.p, m.q]",
        ("value", [["class", "x"], None, None, None]),
    ),
    (
        "script-class-properties-class-loader",
        "class A { def x = 1 }\nnew A().properties['class'].classLoader",
        ("refused", "Class.getClassLoader()", 2),
    ),
    (
        "script-exception-properties",
        "class E extends RuntimeException { }\nnew E().properties",
        ("refused", "E.getProperties()", 2),
    ),
    (
        "script-enum-properties",
        "enum L { A }\nL.A.properties",
        ("refused", "L.getProperties()", 2),
    ),
    ("inspect-is-data", '[1, "a"].inspect()', ("value", "[1, 'a']")),
    ("handle-inspect", "execution.inspect()", ("error", "MissingMethodException", 1)),
]


@row("B22")
@_cases(B22)
def test_B22_object_dumps(source, expected) -> None:
    check(source, expected)


# ---- B23: subscript as property access -----------------------------------------------------
B23 = [
    ("handle-state", "execution['state']", ("error", "MissingMethodException", 1)),
    ("handle-variables", "execution['variables']", ("error", "MissingMethodException", 1)),
    ("handle-put", "execution['variables'] = [:]", ("error", "MissingMethodException", 1)),
    ("log-state", "log['state']", ("error", "MissingMethodException", 1)),
    ("string-class", "\"x\"['class']", ("error", "MissingMethodException", 1)),
    ("string-put", "\"x\"['bytes'] = 1", ("error", "MissingMethodException", 1)),
    ("script-binding", "this['binding']", ("error", "MissingMethodException", 1)),
    ("map-key-is-data", "[a: 1]['class']", ("value", None)),
    ("map-dunder-key-is-data", '["__class__": 1]["__class__"]', ("value", 1)),
    ("closure-subscript", "def c = { 1 }\nc['owner']", ("error", "MissingMethodException", 2)),
]


@row("B23")
@_cases(B23)
def test_B23_subscript_as_property_access(source, expected) -> None:
    check(source, expected)


# ---- B24: serialising arbitrary objects invokes no getters ----------------------------------
B24 = [
    (
        "json-of-handle",
        "import groovy.json.JsonOutput\nJsonOutput.toJson(execution)",
        ("value", '"execution(c-attack)"'),
    ),
    ("json-of-log", "import groovy.json.JsonOutput\nJsonOutput.toJson(log)", ("value", '"log"')),
    (
        "json-builder-of-handle",
        "new groovy.json.JsonBuilder(execution).toString()",
        ("value", '"execution(c-attack)"'),
    ),
    (
        "json-of-closure-runs-in-sandbox",
        "import groovy.json.JsonOutput\nJsonOutput.toJson([a: { 'id'.execute() }])",
        ("refused", "String.execute()", 2),
    ),
    (
        "json-getter-refused",
        (
            "import groovy.json.JsonOutput\n"
            "class A { def getSecret() { 'id'.execute() } }\nJsonOutput.toJson(new A())"
        ),
        ("refused", "String.execute()", 2),
    ),
    (
        "json-getter-loop",
        (
            "import groovy.json.JsonOutput\n"
            "class A { def getSecret() { while (true) {} } }\nJsonOutput.toJson(new A())"
        ),
        ("limit", "steps"),
    ),
    (
        "json-builder-of-script-object",
        (
            "class A { def getSecret() { 'id'.execute() } }\n"
            "new groovy.json.JsonBuilder(new A()).toString()"
        ),
        ("refused", "String.execute()", 1),
    ),
]


@row("B24")
@_cases(B24)
def test_B24_serialising_objects(source, expected) -> None:
    check(source, expected)


@row("B24")
def test_B24_json_of_script_object_runs_getters_inside_the_run() -> None:
    result = run(
        "import groovy.json.JsonOutput\n"
        'class A { def getSecret() { println "GETTER-RAN"; "s" } }\n'
        "JsonOutput.toJson(new A())"
    )
    assert result.error is None
    assert result.stdout == "GETTER-RAN\n" and result.value == '{"secret":"s"}'
    assert result.cost["steps"] > 0


# ---- B25: synthetic members ---------------------------------------------------------------
B25 = [
    ("call-site-array", '"x".$getCallSiteArray()', ("error", "MissingMethodException", 1)),
    ("cw-property", "execution.$cw", ("error", "MissingPropertyException", 1)),
    ("static-class-info", "this.$staticClassInfo", ("error", "MissingPropertyException", 1)),
    ("swap-init", '"x".__$swapInit()', ("compile-refused", "__$swapInit", 1)),
    ("meta-class-field", '"x".@metaClass', ("error", "MissingFieldException", 1)),
    ("timestamp", "class A { }\nA.__timeStamp", ("compile-refused", "__timeStamp", 2)),
]


@row("B25")
@_cases(B25)
def test_B25_synthetic_members(source, expected) -> None:
    check(source, expected)


# ---- B26: direct field access and raw arrays ------------------------------------------------
# `obj.@f` reaches the fields of script-defined classes only (the script's own data, as in
# Groovy); on anything else it is MissingFieldException, also where Groovy on the JVM would
# reach a public Java field (`Integer.@MAX_VALUE`, a GString's `strings`: docs/dialect.md).
MISSING_FIELD = "MissingFieldException"
B26 = [
    ("field-on-handle", "execution.@state", ("error", MISSING_FIELD, 1)),
    ("field-on-map", "def m = [a: 1]\nm.@a", ("error", MISSING_FIELD, 2)),
    ("field-on-script-object", "class A { private secret = 1 }\nnew A().@secret", ("value", 1)),
    ("field-assign", "class A { def x }\nnew A().@x = 1", ("value", 1)),
    ("java-array", "new String[5].length", ("value", 5)),
    ("java-array-init", "new int[] {1, 2}", ("syntax", 1)),
    ("string-private-field", '"abc".@value', ("error", MISSING_FIELD, 1)),
    ("gstring-field", 'def g = "a${1}"\ng.@strings', ("error", MISSING_FIELD, 2)),
    ("java-static-field", "Integer.@MAX_VALUE", ("error", MISSING_FIELD, 1)),
    ("java-class-static-field", "String.@CASE_INSENSITIVE_ORDER", ("error", MISSING_FIELD, 1)),
    ("field-write-on-string", '"x".@hash = 1', ("error", MISSING_FIELD, 1)),
    ("field-update-on-handle", "execution.@state += 1", ("error", MISSING_FIELD, 1)),
    ("field-incdec-on-handle", "execution.@state++", ("error", MISSING_FIELD, 1)),
    ("safe-field-on-handle", "execution?.@state", ("error", MISSING_FIELD, 1)),
    ("spread-field-on-strings", '["a", "b"]*.@value', ("error", MISSING_FIELD, 1)),
    ("dynamic-field-name", 'def f = "state"\nexecution.@"$f"', ("error", MISSING_FIELD, 2)),
    ("script-field", "this.@binding", ("error", MISSING_FIELD, 1)),
    ("field-of-closure", "def c = { 1 }\nc.@owner", ("error", MISSING_FIELD, 2)),
    ("field-of-class-object", "class A { }\nnew A().@class", ("error", MISSING_FIELD, 2)),
    ("meta-class-of-script-object", "class A { }\nnew A().@metaClass", ("error", MISSING_FIELD, 2)),
]


@row("B26")
@_cases(B26)
def test_B26_direct_field_and_array_access(source, expected) -> None:
    check(source, expected)


# ---- B27: operator-overloading dispatch ----------------------------------------------------
B27 = [
    (
        "plus",
        'class A { def plus(o) { "id".execute() } }\nnew A() + 1',
        ("refused", "String.execute()", 1),
    ),
    (
        "left-shift",
        'class A { def leftShift(o) { "id".execute() } }\nnew A() << 1',
        ("refused", "String.execute()", 1),
    ),
    (
        "unary-minus",
        'class A { def negative() { "id".execute() } }\n-(new A())',
        ("refused", "String.execute()", 1),
    ),
    (
        "bitwise-negate",
        'class A { def bitwiseNegate() { "id".execute() } }\n~(new A())',
        ("refused", "String.execute()", 1),
    ),
    (
        "next",
        'class A { def next() { "id".execute() }; int compareTo(o) { -1 } }\ndef a = new A()\na++',
        ("refused", "String.execute()", 1),
    ),
    (
        "call-operator",
        'class A { def call(x) { "id".execute() } }\nnew A()(1)',
        ("refused", "String.execute()", 1),
    ),
    (
        "get-at-operator",
        'class A { def getAt(i) { "id".execute() } }\nnew A()[0]',
        ("refused", "String.execute()", 1),
    ),
    (
        "multiply-loops",
        "class A { def multiply(o) { while (true) {} } }\nnew A() * 2",
        ("limit", "steps"),
    ),
    ("allowed-plus", 'class A { def plus(o) { "plus" } }\nnew A() + 1', ("value", "plus")),
]


@row("B27")
@_cases(B27)
def test_B27_operator_dispatch(source, expected) -> None:
    check(source, expected)


@row("B27")
def test_B27_range_of_script_objects() -> None:
    result = run(
        'class A { def next() { "id".execute() }; int compareTo(o) { 0 } }\n'
        "(new A()..new A()).each { }"
    )
    assert_script_error(result, "GroovyRuntimeException", 2)


@row("B27")
def test_B27_string_range() -> None:
    assert_value(run("('a'..'e').size()"), 5)


# ---- B28: implicit equals/compareTo/hashCode/toString --------------------------------------
B28 = [
    (
        "equals-operator",
        'class A { boolean equals(Object o) { "id".execute() } }\nnew A() == new A()',
        ("refused", "String.execute()", 1),
    ),
    (
        "equals-in-contains",
        ("class A { boolean equals(Object o) { while (true) {} } }\n[new A()].contains(new A())"),
        ("limit", "steps"),
    ),
    (
        "compare-to-in-sort",
        ('class A { int compareTo(Object o) { "id".execute() } }\n[new A(), new A()].sort()'),
        ("refused", "String.execute()", 1),
    ),
    (
        "compare-to-operator",
        "class A { int compareTo(Object o) { while (true) {} } }\nnew A() < new A()",
        ("limit", "steps"),
    ),
    (
        "spaceship",
        'class A { int compareTo(Object o) { "id".execute() } }\nnew A() <=> new A()',
        ("refused", "String.execute()", 1),
    ),
    (
        "in-operator",
        'class A { boolean equals(Object o) { "id".execute() } }\nnew A() in [new A()]',
        ("refused", "String.execute()", 1),
    ),
    (
        "to-string-println",
        'class A { String toString() { "id".execute() } }\nprintln new A()',
        ("refused", "String.execute()", 1),
    ),
    (
        "to-string-gstring-forced",
        ('class A { String toString() { "id".execute() } }\n"${new A()}".toString()'),
        ("refused", "String.execute()", 1),
    ),
    (
        "to-string-join",
        'class A { String toString() { "id".execute() } }\n[new A()].join(",")',
        ("refused", "String.execute()", 1),
    ),
    (
        "to-string-plus",
        'class A { String toString() { "id".execute() } }\n"x" + new A()',
        ("refused", "String.execute()", 1),
    ),
    (
        "to-string-log",
        'class A { String toString() { "id".execute() } }\nlog.info(new A())',
        ("refused", "String.execute()", 1),
    ),
    (
        # a map key's own hashCode() runs, as in Java's HashMap: inside the run, on its budget
        "hash-code-of-a-map-key-is-budgeted",
        ("class A { int hashCode() { while (true) {} } }\ndef m = [:]\nm[new A()] = 1\nm.size()"),
        ("limit", "steps"),
    ),
    (
        "equals-of-a-set-element-is-budgeted",
        (
            "class A { int hashCode() { 1 }\n boolean equals(Object o) { while (true) {} } }\n"
            "def s = [new A()] as Set\ns.contains(new A())"
        ),
        ("limit", "steps"),
    ),
    (
        "hash-code-failure-is-a-script-error",
        ("class A { int hashCode() { throw new IllegalStateException('no') } }\n[(new A()): 1]"),
        ("error", "IllegalStateException", 1),
    ),
]


@row("B28")
@_cases(B28)
def test_B28_implicit_comparisons_and_stringification(source, expected) -> None:
    check(source, expected)


# ---- B29: regex Matcher / Pattern objects -------------------------------------------------
B29 = [
    ("pattern-flags", "(~/a/).flags()", ("value", 0)),  # Java's Pattern.flags(): harmless
    (
        "matcher-use-pattern",
        '(~/a/).matcher("a").usePattern(~/b/)',
        ("error", "MissingMethodException", 1),
    ),
    ("matcher-region", '(~/a/).matcher("a").region(0, 1)', ("error", "MissingMethodException", 1)),
    (
        "matcher-get-class-is-data",
        '("a" =~ /a/).getClass().name',
        ("value", "java.util.regex.Matcher"),
    ),
    (
        "matcher-class-loader",
        '("a" =~ /a/).class.classLoader',
        ("refused", "Class.getClassLoader()", 1),
    ),
    (
        "pattern-compile-import",
        # Pattern/Matcher statics are allow-listed (compile, quote, matches, quoteReplacement):
        # they build the same regex values `~/a/` does, under the same timeout
        'import java.util.regex.Pattern\nPattern.compile("a")',
        ("value", "a"),
    ),
    ("pattern-metaclass", "(~/a/).metaClass", ("refused", "Pattern.getMetaClass()", 1)),
    (
        "python-callout-syntax",
        "def p = ~/(?{print 1})/\np.matcher('x').matches()",
        ("error", "PatternSyntaxException", 1),
    ),
    (
        "replace-closure-checked",
        '"a".replaceAll(/a/) { "id".execute() }',
        ("refused", "String.execute()", 1),
    ),
    (
        "python-replacement-syntax-is-literal",
        "\"a\".replaceAll(/(a)/, '\\\\g<1>')",
        ("value", "g<1>"),
    ),
]


@row("B29")
@_cases(B29)
def test_B29_regex_objects(source, expected) -> None:
    check(source, expected)


# ---- B30: switch/case isCase -------------------------------------------------------------
B30 = [
    (
        "closure-case",
        'switch ("a") { case { "id".execute() }: 1 }',
        ("refused", "String.execute()", 1),
    ),
    (
        "script-class-is-case",
        'class A { def isCase(o) { "id".execute() } }\nswitch (1) { case new A(): 1 }',
        ("refused", "String.execute()", 1),
    ),
    ("looping-case", "switch (1) { case { while (true) {} }: 1 }", ("limit", "steps")),
    # as its last statement, the switch gives the script's value (Groovy's ReturnAdder)
    (
        "class-case",
        'switch ("a") { case String: "cls"; break; default: "other" }',
        ("value", "cls"),
    ),
    (
        "denied-class-case",
        'switch ("a") { case Runtime: 1 }',
        ("refused", "Runtime.isCase(String)", 1),
    ),
    ("grep-with-closure", '["id"].grep { it.execute() }', ("refused", "String.execute()", 1)),
]


@row("B30")
@_cases(B30)
def test_B30_switch_is_case(source, expected) -> None:
    check(source, expected)
