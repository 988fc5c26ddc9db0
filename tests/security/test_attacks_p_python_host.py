"""Group P: Python-host escapes (threats.md §4 P1-P20, §5).

convoscript compiles Groovy to CPython, so every escape a Python sandbox suffers is tried here
through Groovy spellings: dunder walks (literal and computed), frames and tracebacks via
exceptions, format strings, reflection builtins, closure internals, hook shadowing, name
mangling, huge ints. Each is refused or missing, and nothing outside the script's own data
comes back.
"""

from __future__ import annotations

import pytest
from sandbox_harness import (
    SMALL,
    assert_compile_refused,
    assert_limit,
    assert_plain,
    assert_refused,
    assert_script_error,
    assert_syntax_error,
    assert_value,
    row,
    run,
    check,
)

from convoscript import Limits, Runtime, jsonio

MPE = "MissingPropertyException"
MME = "MissingMethodException"


def cases(items):
    return pytest.mark.parametrize(
        "source,expected", [(s, e) for _, s, e in items], ids=[n for n, _, _ in items]
    )


# ---- P1: dunder walks ---------------------------------------------------------------------------
P1_LITERAL = [
    ("subclasses-walk", '"".__class__.__base__.__subclasses__()', "__subclasses__"),
    ("list-class", "[].__class__", "__class__"),
    ("number-class", "1.__class__", "__class__"),
    ("closure-globals", "{ -> 1 }.__globals__", "__globals__"),
    ("closure-code", "def c = { 1 }\nc.__code__", "__code__"),
    ("builtins", "__builtins__", "__builtins__"),
    ("import", "__import__('os')", "__import__"),
    ("handle-dict", "execution.__dict__", "__dict__"),
    ("mro", '"x".__mro__', "__mro__"),
    ("init-globals", "log.__init__.__globals__", "__init__"),
    ("map-dunder-property", "def m = [:]\nm.__class__ = 1", "__class__"),
    ("dunder-variable", "def __x = 1", "__x"),
    ("dunder-method", "def __call__() { 1 }", "__call__"),
    ("dunder-parameter", "def f(__a) { 1 }", "__a"),
    ("dunder-closure-parameter", "[1].each { __it -> 1 }", "__it"),
    ("dunder-class", "class __A { }", "__A"),
    ("dunder-field", "class A { def __f }", "__f"),
    ("dunder-method-pointer", '"x".&__str__', "__str__"),
    ("dunder-spread", '["x"]*.__class__', "__class__"),
    ("dunder-safe-navigation", '"x"?.__class__', "__class__"),
    ("dunder-named-argument-is-data", "def f(m) { m }\nf(__class__: 1).__class__", "__class__"),
]


@row("P1")
@pytest.mark.parametrize(
    "source,name", [(s, n) for _, s, n in P1_LITERAL], ids=[i for i, _, _ in P1_LITERAL]
)
def test_P01_literal_dunder_names_refused_at_compile_time(source: str, name: str) -> None:
    line = source.count("\n", 0, source.index(name)) + 1
    assert_compile_refused(source, name, line)


DYN = "${'__cl' + 'ass__'}"
P1_DYNAMIC = [
    ("gstring-class", f'"x"."{DYN}"', ("refused", "String.__class__()", 1)),
    ("gstring-class-call", f'"x"."{DYN}"()', ("refused", "String.__class__()", 1)),
    ("variable-name", 'def k = "__cl" + "ass__"\n"x"."${k}"', ("refused", "String.__class__()", 2)),
    (
        "closure-globals",
        'def k = "__globals__"\ndef c = { 1 }\nc."$k"',
        ("refused", "Closure.__globals__()", 3),
    ),
    (
        "closure-code",
        'def k = "__code__"\ndef c = { 1 }\nc."$k"',
        ("refused", "Closure.__code__()", 3),
    ),
    (
        "closure-closure",
        'def k = "__closure__"\ndef c = { 1 }\nc."$k"',
        ("refused", "Closure.__closure__()", 3),
    ),
    ("handle-dict", 'def k = "__dict__"\nexecution."$k"', ("refused", "Execution.__dict__()", 2)),
    ("handle-init", 'def k = "__init__"\nlog."$k"', ("refused", "Logger.__init__()", 2)),
    (
        "handle-class-call",
        'def k = "__class__"\ncustomMetricService."$k"()',
        ("refused", "CustomMetricService.__class__()", 2),
    ),
    ("script-globals", 'def k = "__globals__"\nthis."$k"', ("refused", "Script.__globals__()", 2)),
    (
        "map-property",
        'def m = [:]\ndef k = "__class__"\nm."$k"',
        ("refused", "LinkedHashMap.__class__()", 3),
    ),
    ("list-property", 'def k = "__class__"\n[1]."$k"', ("refused", "ArrayList.__class__()", 2)),
    ("number-property", 'def k = "__class__"\n5."$k"', ("refused", "Integer.__class__()", 2)),
    ("null-safe", f'"x"?."{DYN}"', ("refused", "String.__class__()", 1)),
    ("spread", f'["x"]*."{DYN}"', ("refused", "String.__class__()", 1)),
    ("set-property", f'"x"."{DYN}" = 1', ("refused", "String.__class__()", 1)),
    ("method-pointer-name", 'def k = "__class__"\n"x".&"$k"', ("refused", "String.__class__()", 2)),
    (
        "subclasses-call",
        'def k = "__subclasses__"\nString."$k"()',
        ("refused", "Class.__subclasses__()", 2),
    ),
    (
        "getattribute",
        'def k = "__getattribute__"\n"x"."$k"("upper")',
        ("refused", "String.__getattribute__(String)", 2),
    ),
    (
        "reduce-ex",
        "\"x\".\"${'__red' + 'uce_ex__'}\"(2)",
        ("refused", "String.__reduce_ex__(Integer)", 1),
    ),
    (
        "init-subclass",
        'def k = "__init_subclass__"\n"x"."$k"()',
        ("refused", "String.__init_subclass__()", 2),
    ),
    (
        "format-dunder",
        'def k = "__format__"\n"x"."$k"("")',
        ("refused", "String.__format__(String)", 2),
    ),
    (
        "exception-traceback",
        "try { null.foo() } catch (e) { e.\"${'__trace' + 'back__'}\" }",
        ("refused", "NullPointerException.__traceback__()", 1),
    ),
    (
        "exception-context",
        "try { null.foo() } catch (e) { e.\"${'__cont' + 'ext__'}\" }",
        ("refused", "NullPointerException.__context__()", 1),
    ),
    ("class-ref-dict", 'def k = "__dict__"\nInteger."$k"', ("refused", "Class.__dict__()", 2)),
    (
        "script-class-dict",
        'class A { }\ndef k = "__dict__"\nnew A()."$k"',
        ("refused", "A.__dict__()", 3),
    ),
    (
        "static-class-dict",
        'class A { }\ndef k = "__dict__"\nA."$k"',
        ("refused", "Class.__dict__()", 3),
    ),
]


@row("P1")
@cases(P1_DYNAMIC)
def test_P01_computed_dunder_names_refused_at_run_time(source, expected) -> None:
    check(source, expected)


P1_DATA = [
    ("map-key-dunder", '["__class__": 1]["__class__"]', ("value", 1)),
    (
        "map-subscript-dunder-put",
        'def m = [:]\ndef k = "__class__"\nm[k] = 5\nm',
        ("value", {"__class__": 5}),
    ),
    ("map-get-at", "def m = [:]\nm.getAt('__class__')", ("value", None)),
    ("map-get", "[__globals__: 2].get('__globals__')", ("value", 2)),
    (
        "json-dunder-keys",
        (
            "import groovy.json.JsonSlurper\n"
            "new JsonSlurper().parseText('{\"__class__\": 1}')['__class__']"
        ),
        ("value", 1),
    ),
    ("string-get-at-dunder", "\"x\".getAt('__class__')", ("error", MME, 1)),
    ("string-subscript-dunder", '"x"["__class__"]', ("error", MME, 1)),
    ("handle-subscript-dunder", 'execution["__dict__"]', ("error", MME, 1)),
    (
        "named-args-dunder-keys",
        "def f(m) { m }\nf(__class__: 1, __init__: 2)",
        ("value", {"__class__": 1, "__init__": 2}),
    ),
    ("dunder-string-is-data", '"__class__".size()', ("value", 9)),
]


@row("P1")
@cases(P1_DATA)
def test_P01_dunder_strings_as_data(source, expected) -> None:
    check(source, expected)


# ---- P2/P18: hook shadowing and name mangling ---------------------------------------------------
P2 = [
    ("getattr-variable", 'def _getattr_ = { a, b -> "pwn" }\n"abc".size()', ("value", 3)),
    (
        "getiter-variable",
        "def _getiter_ = null\ndef s = 0\nfor (x in [1, 2]) { s += x }\ns",
        ("value", 3),
    ),
    ("write-method", "def _write_(x) { x }\n_write_(1)", ("value", 1)),
    ("getitem-parameter", "def f(_getitem_) { [10, 20][1] }\nf(null)", ("value", 20)),
    (
        "closure-hook-parameter",
        "{ _getiter_ -> def s = 0; for (i in [1, 2]) { s += i }; s }(null)",
        ("value", 3),
    ),
    ("print-variable", "def print = 1\nprint", ("value", 1)),
    ("printed-variable", "def printed = 5\nprinted", ("value", 5)),
    ("builtins-variable", "def builtins = 3\nbuiltins", ("value", 3)),
    (
        "exec-eval-breakpoint",
        "def exec = 1\ndef eval = 2\ndef breakpoint = 3\n[exec, eval, breakpoint]",
        ("value", [1, 2, 3]),
    ),
    ("h-entry-variable", 'def h_getprop = { a, b -> "pwn" }\n"abc".size()', ("value", 3)),
    ("h-entry-method", 'def h_invoke(a, b) { "pwn" }\n"abc".toUpperCase()', ("value", "ABC")),
    ("inplacevar", "def _inplacevar_ = null\ndef n = 1\nn += 2\nn", ("value", 3)),
    ("apply", "def _apply_ = null\n[1, 2].collect { it * 2 }", ("value", [2, 4])),
    ("underscore-identifiers", "def _x = 1\ndef _ = 2\n_x + _", ("value", 3)),
]
P18 = [
    ("v-prefix", "def v_x = 1\ndef x = 2\n[v_x, x]", ("value", [1, 2])),
    ("v-prefix-in-closure", "def v_x = 1\ndef x = 2\ndef c = { v_x + x * 10 }\nc()", ("value", 21)),
    ("dollar-mangling", "def a$b = 1\ndef a_Sb = 2\n[a$b, a_Sb]", ("value", [1, 2])),
    ("dollar-mangling-reversed", "def a_Sb = 2\ndef a$b = 1\n[a$b, a_Sb]", ("value", [1, 2])),
    (
        "parameter-mangling",
        "def f(a$b) { a$b }\ndef f2(a_Sb) { a_Sb }\n[f(1), f2(2)]",
        ("value", [1, 2]),
    ),
    (
        "class-method-vs-script-method",
        ('def A_f() { "script" }\nclass A { def f() { "class" } }\n[A_f(), new A().f()]'),
        ("value", ["script", "class"]),
    ),
    ("m-prefix", "def m_f = 1\ndef f() { 2 }\n[m_f, f()]", ("value", [1, 2])),
    ("s-main", "def s_main = 7\ns_main", ("value", 7)),
    ("c-prefix", "def c_1 = 5\ndef c = { 1 }\n[c_1, c()]", ("value", [5, 1])),
    (
        "k-t-prefix",
        "def k_0 = 1\ndef t_0 = 2\ndef x = [a: 1]\nx.a += 1\n[k_0, t_0, x.a]",
        ("value", [1, 2, 2]),
    ),
    (
        "python-keyword-names",
        "def None_ = 1\ndef True_ = 2\ndef lambda = 3\n[None_, True_, lambda]",
        ("value", [1, 2, 3]),
    ),
    ("nfkc-collision", "def ｘ = 1\ndef x = 2\n[ｘ, x]", ("value", [1, 2])),
    ("ligature", "def ﬁ = 1\ndef fi = 2\n[ﬁ, fi]", ("value", [1, 2])),
]


@row("P2")
@cases(P2)
def test_P02_hook_names_cannot_be_shadowed(source, expected) -> None:
    check(source, expected)


@row("P18")
@cases(P18)
def test_P18_mangling_is_injective(source, expected) -> None:
    check(source, expected)


# ---- P3: frame / traceback / generator attributes ------------------------------------------------
FRAME_ATTRS = [
    "gi_frame",
    "f_back",
    "f_globals",
    "f_locals",
    "f_builtins",
    "f_code",
    "tb_frame",
    "tb_next",
    "cr_frame",
    "ag_frame",
    "co_code",
    "gi_code",
    "f_trace",
]


@row("P3")
@pytest.mark.parametrize("attr", FRAME_ATTRS)
@pytest.mark.parametrize(
    "receiver,rtype",
    [
        ("try { null.foo() } catch (e) { e.%s }", MPE),
        ("def c = { 1 }\nc.%s", MPE),
        ("this.%s", MPE),
        ("execution.%s", MPE),
    ],
    ids=["exception", "closure", "script", "handle"],
)
def test_P03_frame_attributes_missing(attr: str, receiver: str, rtype: str) -> None:
    source = receiver % attr
    result = run(source)
    assert_script_error(result, rtype, source.count("\n") + 1)


@row("P3")
@pytest.mark.parametrize("attr", ["tb_frame", "f_back", "gi_frame"])
def test_P03_frame_attributes_as_calls_missing(attr: str) -> None:
    result = run(f'def k = "{attr}"\ntry {{ null.foo() }} catch (e) {{ e."$k"() }}')
    assert_script_error(result, MME, 2)


# ---- P4-P6: format strings ---------------------------------------------------------------------
P4 = [
    ("str-format-method", '"{0.__class__}".format(1)', ("error", MME, 1)),
    (
        "string-format-braces-are-literal",
        'String.format("{0.__class__.__mro__}", 1)',
        ("value", "{0.__class__.__mro__}"),
    ),
    ("string-format-percent", 'String.format("%s", "{0.__class__}")', ("value", "{0.__class__}")),
    (
        "sprintf-braces",
        'sprintf("%s|%s", "{0.__globals__}", [1])',
        ("value", "{0.__globals__}|[1]"),
    ),
    ("format-map", '"%(x)s".format_map([x: 1])', ("error", MME, 1)),
    ("gstring-format", 'def g = "{0}"\n"$g".format(execution)', ("error", MME, 2)),
    ("percent-operator", '"%s" % [execution]', ("error", MME, 1)),
    ("format-of-handle", 'String.format("%s", execution)', ("value", "execution(c-attack)")),
    ("format-of-closure", 'String.format("%s", { 1 })', ("value", "Script1$_run_closure1")),
    (
        "format-of-exception",
        'try { null.x() } catch (e) { String.format("%s", e) }',
        ("value", "java.lang.NullPointerException: Cannot invoke method x() on null object"),
    ),
    ("printf-braces", 'printf("{0.__class__}")', ("value", None)),
]
P5 = [
    # String.format through an instance (as Groovy allows): Java syntax, braces are plain text
    ("stored-format-method", 'def f = "x".&format\nf("{0.__class__}")', ("value", "{0.__class__}")),
    (
        "stored-static-format",
        'def f = String.&format\nf("{0.__class__}", 1)',
        ("value", "{0.__class__}"),
    ),
    ("format-via-computed-name", 'def n = "format"\n"{0.__class__}"."$n"(1)', ("error", MME, 2)),
    ("format-via-collect", '["{0.__class__}"].collect { it.format(1) }', ("error", MME, 1)),
    ("format-map-via-pointer", 'def f = "x".&format_map\nf', ("value", "Script1$_run_format_map")),
    ("format-map-pointer-called", 'def f = "x".&format_map\nf([:])', ("error", MME, 2)),
]
P6 = [
    (
        "formatter-import",
        "import string\nstring.Formatter()",
        ("compile-refused", "import string", 1),
    ),
    ("java-formatter", "new java.util.Formatter()", ("refused", "new java.util.Formatter()", 1)),
    ("formatter-name", "Formatter.vformat('{0}', [], [:])", ("error", MPE, 1)),
    ("get-field", '"{0.__class__}".get_field("0.__class__", [1], [:])', ("error", MME, 1)),
]


@row("P4")
@cases(P4)
def test_P04_format_string_traversal(source, expected) -> None:
    check(source, expected)


@row("P5")
@cases(P5)
def test_P05_indirect_format_references(source, expected) -> None:
    check(source, expected)


@row("P6")
@cases(P6)
def test_P06_string_formatter(source, expected) -> None:
    check(source, expected)


# ---- P7: exception objects ---------------------------------------------------------------------
P7 = [
    ("stack-trace", "try { null.foo() } catch (e) { e.stackTrace }", ("error", MPE, 1)),
    ("get-stack-trace", "try { null.foo() } catch (e) { e.getStackTrace() }", ("error", MME, 1)),
    ("args", "try { null.foo() } catch (e) { e.args }", ("error", MPE, 1)),
    ("traceback", "try { null.foo() } catch (e) { e.traceback }", ("error", MPE, 1)),
    (
        "with-traceback",
        "try { null.foo() } catch (e) { e.with_traceback(null) }",
        ("error", MME, 1),
    ),
    ("suppressed", "try { null.foo() } catch (e) { e.suppressed }", ("error", MPE, 1)),
    ("obj", "try { [:].foo.bar } catch (e) { e.obj }", ("error", MPE, 1)),
    ("name", "try { [:].foo.bar } catch (e) { e.name }", ("error", MPE, 1)),
    ("java-class-internal", "try { null.foo() } catch (e) { e.java_class }", ("error", MPE, 1)),
    ("groovy-line-internal", "try { null.foo() } catch (e) { e.groovy_line }", ("error", MPE, 1)),
    (
        "literal-traceback",
        "try { null.foo() } catch (e) { e.__traceback__ }",
        ("compile-refused", "__traceback__", 1),
    ),
    (
        "cause-is-groovy",
        (
            "try { throw new RuntimeException('x', new IllegalStateException('y')) }\n"
            "catch (e) { e.cause.message }"
        ),
        ("value", "y"),
    ),
    (
        "message-is-groovy-text",
        "try { 1 / 0 } catch (e) { e.message }",
        ("value", "Division by zero"),
    ),
    (
        "class-name-is-data",
        "try { null.foo() } catch (e) { e.class.name }",
        ("value", "java.lang.NullPointerException"),
    ),
    (
        "caught-exception-is-plain-at-boundary",
        "try { null.foo() } catch (e) { e }",
        ("value", "java.lang.NullPointerException: Cannot invoke method foo() on null object"),
    ),
    (
        "refusal-not-catchable",
        "try { 'id'.execute() } catch (Throwable t) { t }",
        ("refused", "String.execute()", 1),
    ),
    (
        "budget-not-catchable",
        "try { while (true) {} } catch (Throwable t) { t }",
        ("limit", "steps"),
    ),
]


@row("P7")
@cases(P7)
def test_P07_exception_objects(source, expected) -> None:
    check(source, expected)


@row("P7")
def test_P07_python_errors_never_reach_a_catch_block() -> None:
    """An internal fault must not be caught by the script as a Throwable view of a Python
    exception (it would carry __traceback__, frames and host objects)."""
    result = run(
        "def caught = null\n"
        "try { ('a'..'e').collect { it.execute() } } catch (Throwable t) { caught = t }\n"
        "caught"
    )
    assert_refused(result, "String.execute()", 2)


# ---- P8: except* ---------------------------------------------------------------------------------
P8 = [
    ("except-star", "try { 1 } catch* (Exception e) { 2 }", ("syntax", 1)),
    (
        "multi-catch-is-groovy",
        "try { null.x() } catch (IllegalStateException | NullPointerException e) { 'ok' }",
        ("value", "ok"),
    ),
    (
        "exception-group",
        "throw new ExceptionGroup('x', [])",
        ("refused", "new ExceptionGroup(String, ArrayList)", 1),
    ),
]


@row("P8")
@cases(P8)
def test_P08_exception_groups(source, expected) -> None:
    check(source, expected)


# ---- P9: iteration inside C is charged ------------------------------------------------------------
SETUP = (
    'def l = (1..9000).toList()\ndef sl = l.collect { "s" + it }\n'
    'def ll = (1..300).toList()\ndef m = [:]\nfor (i in 1..9000) { m["k" + i] = i }\n'
)
CHARGED = [
    "l.max()",
    "l.min()",
    "l.sort()",
    "l.join(',')",
    "l.contains(-1)",
    "l.toString()",
    "l.hashCode()",
    "m.toString()",
    "l.flatten()",
    "sl.join('')",
    "l.inspect()",
    "l.count(5)",
    "l.sum()",
    "sl.sum()",
    "l.unique()",
    "l.toUnique()",
    "sl.unique()",
    "l.disjoint(ll)",
    "l.equals(l.toList())",
    "l.collate(3)",
    "l.withIndex()",
    "[ll, ll].combinations()",
    "l.toSet()",
]
UNCHARGED = ["l == l.toList()", "m.equals(m)"]


def _steps_of(expr: str) -> int:
    limits = Limits(max_steps=10**9, max_seconds=20, max_collection_size=10**6)
    base = run(SETUP + "1", limits=limits)
    used = run(SETUP + expr + "\n1", limits=limits)
    assert base.error is None and used.error is None, used.error and used.error.message
    return used.cost["steps"] - base.cost["steps"]


@row("P9")
@pytest.mark.parametrize("expr", CHARGED)
def test_P09_helpers_charge_steps_by_size(expr: str) -> None:
    assert _steps_of(expr) >= 500


@row("P9")
@pytest.mark.parametrize("expr", UNCHARGED)
def test_P09_helpers_charge_steps_by_size_gaps(expr: str) -> None:
    assert _steps_of(expr) >= 500


# ---- P10: reflection builtins ------------------------------------------------------------------
BUILTINS = [
    'getattr("x", "__class__")',
    'setattr("x", "y", 1)',
    "vars()",
    'dir("x")',
    "globals()",
    "locals()",
    'type("x")',
    'compile("1", "f", "exec")',
    'open("/etc/passwd")',
    "input()",
    "help()",
    "breakpoint()",
    'exec("1")',
    'eval("1")',
    "id(1)",
    "hash(1)",
    "iter([1])",
    "next([1])",
    "object()",
    "memoryview(null)",
    "delattr(1, 'x')",
    "isinstance(1, 2)",
    "callable(1)",
    "issubclass(1, 2)",
]


@row("P10")
@pytest.mark.parametrize("call", BUILTINS)
def test_P10_reflection_builtins_missing(call: str) -> None:
    assert_script_error(run(call), MME, 1)


@row("P10")
@pytest.mark.parametrize(
    "source", ["this.toString()", "this.getClass()"], ids=["this-toString", "this-getClass"]
)
def test_P10_script_object_reflection_missing(source: str) -> None:
    assert_script_error(run(source), MME, 1)


@row("P10")
def test_P10_super_outside_a_class_is_a_syntax_error() -> None:
    assert_syntax_error("super.toString()", 1)


@row("P10")
def test_P10_print_is_groovy_print() -> None:
    result = run('print("x")\nprintln()')
    assert result.error is None and result.stdout == "x\n"


# ---- P11/P12/P16: pickling, helper modules, imports -------------------------------------------
P11 = [
    ("reduce-literal", '"x".__reduce__()', ("compile-refused", "__reduce__", 1)),
    ("reduce-ex-literal", '"x".__reduce_ex__(2)', ("compile-refused", "__reduce_ex__", 1)),
    ("reduce-computed", 'def n = "__reduce__"\nlog."$n"()', ("refused", "Logger.__reduce__()", 2)),
    (
        "getstate",
        'def n = "__getstate__"\nexecution."$n"()',
        ("refused", "Execution.__getstate__()", 2),
    ),
    ("pickle-import", "import pickle", ("compile-refused", "import pickle", 1)),
]
P12 = [
    ("operator-attrgetter", 'operator.attrgetter("__class__")', ("error", MPE, 1)),
    ("os-system", 'os.system("id")', ("error", MPE, 1)),
    ("functools-partial", "functools.partial", ("error", MPE, 1)),
    ("sys-modules", "sys.modules", ("error", MPE, 1)),
    ("json-module", "json.dumps", ("error", MPE, 1)),
    ("re-module", "re.compile('x')", ("error", MPE, 1)),
    ("import-operator", "import operator", ("compile-refused", "import operator", 1)),
    (
        "static-import-json",
        # Groovy's JsonOutput (allow-listed), never Python's json module
        "import static groovy.json.JsonOutput.toJson\ntoJson([1])",
        ("value", "[1]"),
    ),
    (
        "static-import-star-denied",
        "import static java.lang.Runtime.*\ngetRuntime()",
        ("compile-refused", "import java.lang.Runtime.*", 1),
    ),
]
P16 = [
    ("import-os", "import os", ("compile-refused", "import os", 1)),
    ("import-sys", "import sys", ("compile-refused", "import sys", 1)),
    ("import-builtins", "import builtins", ("compile-refused", "import builtins", 1)),
    ("import-importlib", "import importlib", ("compile-refused", "import importlib", 1)),
    ("import-functools", "import functools", ("compile-refused", "import functools", 1)),
    (
        "import-runtime",
        "import java.lang.Runtime",
        ("compile-refused", "import java.lang.Runtime", 1),
    ),
    (
        "import-alias",
        "import java.lang.Runtime as R",
        ("compile-refused", "import java.lang.Runtime", 1),
    ),
    ("dunder-import", "__import__('os')", ("compile-refused", "__import__", 1)),
    (
        "import-star-allowed-package",
        "import groovy.json.*\nnew JsonSlurper().parseText('[1]')",
        ("value", [1]),
    ),
    (
        "import-convoscript",
        "import convoscript.runtime.door.dispatch",
        ("compile-refused", "import convoscript.runtime.door.dispatch", 1),
    ),
]


@row("P11")
@cases(P11)
def test_P11_pickle_protocol(source, expected) -> None:
    check(source, expected)


@row("P12")
@cases(P12)
def test_P12_helper_modules(source, expected) -> None:
    check(source, expected)


@row("P16")
@cases(P16)
def test_P16_imports(source, expected) -> None:
    check(source, expected)


# ---- P13: poisoning shared objects ----------------------------------------------------------------
POISON = [
    ("math-pi", "Math.PI = 3", ("refused", "Math.PI = ...", 1)),
    ("integer-max", "Integer.MAX_VALUE = 1", ("refused", "Integer.MAX_VALUE = ...", 1)),
    (
        "json-output",
        "import groovy.json.JsonOutput\nJsonOutput.toJson = { 'pwned' }",
        ("refused", "JsonOutput.toJson = ...", 2),
    ),
    (
        "json-metaclass",
        "import groovy.json.JsonOutput\nJsonOutput.metaClass.static.toJson = { 'pwned' }",
        ("refused", "Class.getMetaClass()", 2),
    ),
    ("log-method", "log.info = null", ("error", MPE, 1)),
    ("execution-method", "execution.getVariable = { 'pwned' }", ("error", MPE, 1)),
    (
        "metrics-metaclass",
        "customMetricService.metaClass.upsertMetric = { a, b -> }",
        ("refused", "CustomMetricService.getMetaClass()", 1),
    ),
    (
        "string-metaclass",
        "String.metaClass.toUpperCase = { 'pwned' }",
        ("refused", "Class.getMetaClass()", 1),
    ),
    ("bigdecimal-constant", "BigDecimal.ONE = 2", ("refused", "BigDecimal.ONE = ...", 1)),
]


@row("P13")
@pytest.mark.parametrize(
    "source,expected", [(s, e) for _, s, e in POISON], ids=[n for n, _, _ in POISON]
)
def test_P13_shared_objects_cannot_be_poisoned(source, expected) -> None:
    rt = Runtime(limits=SMALL)
    hostile = rt.conversation("c-hostile").run(source)
    if expected[0] == "refused":
        assert_refused(hostile, expected[1], expected[2])
    else:
        assert_script_error(hostile, expected[1], expected[2])
    victim = rt.conversation("c-victim").run(
        "import groovy.json.JsonOutput\n"
        "[Math.PI, Integer.MAX_VALUE, JsonOutput.toJson([1]), 'a'.toUpperCase(), BigDecimal.ONE]"
    )
    assert victim.error is None
    assert victim.value[:4] == [3.141592653589793, 2147483647, "[1]", "A"]
    assert str(victim.value[4]) == "1"
    log_run = rt.conversation("c-victim").run('log.info("ok")\nexecution.setVariable("v", 1)')
    assert log_run.log == [{"level": "INFO", "message": "ok"}] and log_run.variables == {"v": 1}


# ---- P14/P15: class hooks and comparison dunders -------------------------------------------------
P14 = [
    (
        "init-subclass",
        "class A { static def __init_subclass__() { } }",
        ("compile-refused", "__init_subclass__", 1),
    ),
    ("set-name", "class A { def __set_name__(o, n) { } }", ("compile-refused", "__set_name__", 1)),
    ("descriptor-get", "class A { def __get__(a, b) { } }", ("compile-refused", "__get__", 1)),
    (
        "class-getitem",
        "class A { static __class_getitem__(x) { } }",
        ("compile-refused", "__class_getitem__", 1),
    ),
    ("metaclass-field-is-data", "class A { def metaclass = 1 }\nnew A().metaclass", ("value", 1)),
    ("build-class", "__build_class__", ("compile-refused", "__build_class__", 1)),
    ("slots", "class A { def __slots__ = [] }", ("compile-refused", "__slots__", 1)),
]
P15 = [
    ("eq-dunder", "class A { boolean __eq__(o) { true } }", ("compile-refused", "__eq__", 1)),
    ("lt-dunder", "class A { boolean __lt__(o) { true } }", ("compile-refused", "__lt__", 1)),
    ("hash-dunder", "class A { int __hash__() { 1 } }", ("compile-refused", "__hash__", 1)),
    (
        "contains-dunder",
        "class A { boolean __contains__(o) { true } }",
        ("compile-refused", "__contains__", 1),
    ),
    (
        "compare-to-in-sort",
        "class A { int compareTo(o) { while (true) {} } }\n[new A(), new A()].sort()",
        ("limit", "steps"),
    ),
    (
        "equals-in-unique",
        "class A { boolean equals(o) { while (true) {} } }\n[new A(), new A()].unique()",
        ("limit", "steps"),
    ),
    (
        "compare-to-in-max",
        "class A { int compareTo(o) { while (true) {} } }\n[new A(), new A()].max()",
        ("limit", "steps"),
    ),
    (
        "returned-objects-are-plain",
        (
            "class A { int compareTo(o) { while (true) {} } }\n"
            "execution.setVariable('a', [new A(), new A()])\n1"
        ),
        ("value", 1),
    ),
]


@row("P14")
@cases(P14)
def test_P14_class_definition_hooks(source, expected) -> None:
    check(source, expected)


@row("P15")
@cases(P15)
def test_P15_comparison_dunders(source, expected) -> None:
    check(source, expected)


# ---- P17: unicode identifiers ------------------------------------------------------------------
P17 = [
    ("fullwidth-underscore-property", '"x".＿＿class＿＿', ("syntax", 1)),
    ("fullwidth-underscore-variable", "def ＿＿class＿＿ = 1", ("syntax", 1)),
    ("bidi-override", "def a\u202eb = 1", ("syntax", 1)),
    ("zero-width-space", "def a\u200bb = 1", ("syntax", 1)),
    ("zero-width-joiner", "def a\u200db = 1", ("syntax", 1)),
    ("fullwidth-in-computed-name", '"x"."＿＿class＿＿"', ("error", MPE, 1)),
    ("bidi-in-string-is-data", 'def s = "a\u202eb"\ns.size()', ("value", 3)),
    ("accented-identifier", "def café = 1\ncafé", ("value", 1)),
]


@row("P17")
@cases(P17)
def test_P17_unicode_identifiers(source, expected) -> None:
    check(source, expected)


# ---- P19: huge ints ---------------------------------------------------------------------------
P19 = [
    ("to-big-integer", '("9" * 5000).toBigInteger()', ("limit", "memory")),
    ("as-big-integer", '("9" * 5000) as BigInteger', ("limit", "memory")),
    ("new-big-integer", 'new BigInteger("9" * 5000)', ("limit", "memory")),
    ("parse-int", 'Integer.parseInt("9" * 5000)', ("error", "NumberFormatException", 1)),
    ("parse-long", 'Long.parseLong("9" * 5000)', ("error", "NumberFormatException", 1)),
    ("to-big-decimal", '("9" * 5000).toBigDecimal()', ("limit", "memory")),
    ("big-decimal-exponent", 'new BigDecimal("1e999999999") + 1', ("limit", "memory")),
    ("product", "def x = 10G ** 1999\n(x * x).toString().size()", ("limit", "memory")),
    ("allowed-size", '("9" * 1900).toBigInteger().toString().size()', ("value", 1900)),
]


@row("P19")
@cases(P19)
def test_P19_huge_int_string_conversion(source, expected) -> None:
    check(source, expected)


@row("P19")
def test_P19_format_of_big_integer() -> None:
    result = run('String.format("%d", 10G ** 4400).size()', limits=Limits(max_seconds=1.0))
    assert_value(result, 4401)


@row("P19")
def test_P19_big_integer_in_state_serialises() -> None:
    result = run('execution.setVariable("x", 10G ** 4400)', limits=Limits(max_seconds=1.0))
    assert result.error is None
    assert len(jsonio.dumps(result.to_dict())) > 4400


@row("P19")
@pytest.mark.parametrize(
    "literal", ["9" * 5000, "9" * 5000 + "G", "9" * 2500 + "." + "9" * 2500, "1.5e4000G"]
)
def test_P19_big_literal_respects_the_digit_limit(literal: str) -> None:
    result = run("def x = " + literal + "\nx + 1")
    assert_limit(result, "memory")
    assert result.error.line == 1


@row("P19")
def test_P19_big_literal_within_the_limit_is_unchanged() -> None:
    result = run("def x = " + "9" * 1500 + "\n(x + 1).toString().size()")
    assert result.error is None and result.value == 1501


@row("P19")
def test_P19_big_decimal_plain_string_respects_the_string_limit() -> None:
    result = run("def x = 1e9999999G\nx.toPlainString().size()")
    assert_limit(result, "memory")


@row("P19")
def test_P19_huge_results_are_plain_ints() -> None:
    result = run("def x = 2G ** 3000\nx", limits=SMALL.replace(max_number_digits=10_000))
    assert type(result.value) is int
    assert_plain(result.value)


# ---- P20: *args / **kwargs -----------------------------------------------------------------------
P20 = [
    ("spread-call-is-groovy", "def f(a, b) { a + b }\nf(*[1, 2])", ("value", 3)),
    ("spread-into-refused", '"id".execute(*[])', ("refused", "String.execute()", 1)),
    ("spread-into-system-exit", "System.exit(*[0])", ("refused", "System.exit(Integer)", 1)),
    ("spread-too-many", "def f(a, b) { a + b }\nf(*(1..8).toList())", ("error", MME, 2)),
    ("spread-huge", "def f(a) { a }\nf(*(1..100000000).toList())", ("limit", "memory")),
    ("spread-type-check-kept", 'customMetricService.upsertMetric(*["x", 1])', ("error", MME, 1)),
    ("varargs-definition", "def f(*args) { args }\nf(1, 2)", ("syntax", 1)),
    ("kwargs-call", "def f(m) { m }\nf(**[a: 1])", ("syntax", 2)),
    (
        "spread-into-service",
        'execution.setVariable(*["x", 1])\nexecution.getVariable("x")',
        ("value", 1),
    ),
    ("named-args-are-a-map", "def f(m) { m }\nf(a: 1, b: 2)", ("value", {"a": 1, "b": 2})),
    ("spread-map-entry", "def m = [a: 1]\n[*: m, b: 2]", ("value", {"a": 1, "b": 2})),
    ("spread-list-literal", "def l = [1, 2]\n[*l, 3]", ("value", [1, 2, 3])),
]


@row("P20")
@cases(P20)
def test_P20_star_args(source, expected) -> None:
    check(source, expected)


# ---- P1/P10: host objects' Python members by name; iterating over handles ------------------------
HANDLE_MEMBERS = [
    ("metrics-state", "customMetricService.state", MPE),
    ("transient-state", "transientVariableService.state.transient", MPE),
    ("log-add", 'log._add("INFO", "forged")', MME),
    ("execution-script-invoke", 'execution.script_invoke("setVariable", ["x", 1])', MME),
    ("execution-script-getprop", 'execution.script_getprop("state")', MME),
    ("execution-table", "execution._table", MPE),
    ("execution-process-id-field", "execution.process_id", MPE),
    ("execution-handle-type", "execution.handle_type", MPE),
    ("log-java-class", "log.java_class", MPE),
    ("log-binding-name", "log.binding_name", MPE),
    ("execution-groovy-to-string", "execution.groovy_to_string()", MME),
    ("metrics-fits", "customMetricService._fits", MPE),
    ("execution-iterator", "execution.iterator()", MME),
    ("execution-each", "execution.each { it }", MME),
    ("log-collect", "log.collect { it }", MME),
    ("metrics-to-list", "customMetricService.toList()", MME),
]


@row("P1")
@pytest.mark.parametrize(
    "source,rtype", [(s, t) for _, s, t in HANDLE_MEMBERS], ids=[n for n, _, _ in HANDLE_MEMBERS]
)
def test_P01_host_python_members_of_handles_missing(source: str, rtype: str) -> None:
    result = run(source)
    assert_script_error(result, rtype, 1)
    assert result.variables == {} and result.log == []


@row("P1")
@pytest.mark.parametrize(
    "source,expected",
    [
        (
            "def seen = []\nfor (x in execution) { seen << x.toString() }\nseen",
            ["execution(c-attack)"],
        ),
        ("[*execution, *log].collect { it.toString() }", ["execution(c-attack)", "log"]),
        # the delegate defaults to the owner, the script: it leaves the run as its name
        ("def c = { 1 }\nc.delegate", "Script1"),
        ("[execution, log].collect { it.toString() }.sort()", ["execution(c-attack)", "log"]),
    ],
    ids=["for-in-handle", "spread-handles", "default-delegate", "handles-in-list"],
)
def test_P01_iterating_handles_yields_only_their_script_face(source: str, expected) -> None:
    assert_value(run(source), expected)


# ---- P: no Python object's repr reaches a script ---------------------------------------------
def _constructible_classes() -> list[str]:
    from convoscript.runtime.door import allowlist

    allowlist.ensure_library_loaded()
    return sorted(allowlist.CONSTRUCTORS)


@pytest.mark.parametrize("qualified", _constructible_classes())
def test_P_text_of_every_constructible_value_shows_no_host_detail(qualified: str) -> None:
    """`println new X()` (and its GString) never shows a Python repr, module path or address:
    a value with no text of its own prints as Java's Object.toString, class@identity-hash."""
    from convoscript import Runtime

    source = f'def v = new {qualified}()\nprintln v\nprintln "${{v}}"\nprintln v.toString()'
    result = Runtime().conversation("c-repr").run(source)
    for text in (result.stdout, str(result.error)):
        assert " object at 0x" not in text, text
        assert "convoscript." not in text, text
        assert "<" not in text or "<" in qualified, text
