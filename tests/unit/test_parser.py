"""Parsing: Groovy's newline and command-expression rules, declarations, errors with positions."""

from __future__ import annotations

import pytest

from convoscript.errors import FlowSyntaxError
from convoscript.grammar import nodes as n
from convoscript.grammar.parser import parse


def body(source: str) -> list[n.Node]:
    return parse(source, "t.groovy").body


def test_command_expressions() -> None:
    stmt = body('log.info "hi"')[0]
    assert isinstance(stmt, n.ExprStmt) and isinstance(stmt.expr, n.MethodCall)
    assert stmt.expr.name == "info" and isinstance(stmt.expr.args[0], n.Literal)
    call = body("println x, y")[0].expr  # type: ignore[attr-defined]
    assert call.obj is None and call.name == "println" and len(call.args) == 2


def test_typed_declarations_are_not_commands() -> None:
    decl = body("String s = 'a'")[0]
    assert isinstance(decl, n.VarDecl) and decl.type == "String" and decl.name == "s"
    generic = body("Map<String, List<Object>> m = [:]")[0]
    assert isinstance(generic, n.VarDecl) and generic.type == "Map"
    prim = body("int n = 5")[0]
    assert isinstance(prim, n.VarDecl) and prim.type == "int"


def test_statement_continues_after_operator_and_before_leading_dot() -> None:
    stmts = body("def x = 1 +\n  2\ndef y = [1, 2]\n  .collect { it }\n  ?.size()")
    assert len(stmts) == 2
    assert isinstance(stmts[0].value, n.Binary)  # type: ignore[attr-defined]
    assert isinstance(stmts[1].value, n.MethodCall)  # type: ignore[attr-defined]


def test_newline_ends_statement() -> None:
    assert len(body("def a = 1\ndef b = 2\n\n\nprintln a")) == 3


def test_else_on_next_line_and_braces_on_next_line() -> None:
    stmt = body("if (x)\n{\n  a = 1\n}\nelse\n{\n  a = 2\n}")[0]
    assert isinstance(stmt, n.If) and stmt.orelse is not None


def test_slashy_string_versus_division() -> None:
    assert body("def r = /\\d+/")[0].value.value == "\\d+"  # type: ignore[attr-defined]
    div = body("def q = a / b / c")[0].value  # type: ignore[attr-defined]
    assert isinstance(div, n.Binary) and div.op == "/"


def test_gstring_interpolation() -> None:
    value = body('def s = "a ${x + 1} $y.z b"')[0].value  # type: ignore[attr-defined]
    assert isinstance(value, n.GStringExpr)
    assert value.strings == ["a ", " ", " b"]
    assert isinstance(value.values[1], n.Property)


def test_plain_double_quoted_string_is_a_string() -> None:
    value = body('def s = "no interpolation"')[0].value  # type: ignore[attr-defined]
    assert isinstance(value, n.Literal) and value.value == "no interpolation"


def test_closures_with_and_without_params() -> None:
    call = body("list.each { a, b = 2 -> println a }")[0].expr  # type: ignore[attr-defined]
    closure = call.args[0]
    assert isinstance(closure, n.ClosureExpr) and [p.name for p in closure.params] == ["a", "b"]
    implicit = body("list.each { println it }")[0].expr.args[0]  # type: ignore[attr-defined]
    assert implicit.implicit_it


def test_method_definitions() -> None:
    method = body("def f(String a, b = 1) {\n  a + b\n}")[0]
    assert isinstance(method, n.MethodDef)
    assert [(p.name, p.type) for p in method.params] == [("a", "String"), ("b", None)]
    typed = body("static int twice(int x) { x * 2 }")[0]
    assert isinstance(typed, n.MethodDef) and typed.return_type == "int" and typed.static


def test_map_literal_keys() -> None:
    value = body('def m = [a: 1, "b": 2, (k): 3, class: 4]')[0].value  # type: ignore
    assert [type(e.key).__name__ for e in value.entries] == [
        "Literal",
        "Literal",
        "Name",
        "Literal",
    ]


def test_for_loops() -> None:
    assert isinstance(body("for (x in list) println x")[0], n.ForIn)
    assert isinstance(body("for (String x : list) { }")[0], n.ForIn)
    classic = body("for (int i = 0; i < 3; i++) { }")[0]
    assert isinstance(classic, n.ForClassic) and classic.cond is not None


@pytest.mark.parametrize(
    "source,line,col,fragment",
    [
        ("def f() {\n  println 1\n", 1, 9, "never closed"),
        ("println (1 + \n", 1, 9, "never closed"),
        ("def x = 1 +* 2", 1, 12, "Unexpected"),
        ("x = )", 1, 5, "Unexpected ')'"),
        ('def s = "abc', 1, 9, "Unterminated string"),
        ("do { x++ } while (x < 3)", 1, 1, "Groovy 3"),
        ("def x = a === b", 1, 11, "Groovy 3"),
        ('def s = "a $ b"', 1, 12, "dollar"),
        ('def s = "a ${def c = 0; c +* 1} b"', 1, 28, "Unexpected"),
        ('def s = "a ${x +* 1}"', 1, 17, "Unexpected"),
        ("def <T> T pick(List<T> xs) { xs[0] + }", 1, 38, "Unexpected"),
    ],
)
def test_syntax_errors_have_positions(source: str, line: int, col: int, fragment: str) -> None:
    with pytest.raises(FlowSyntaxError) as info:
        parse(source, "bad.groovy")
    err = info.value
    assert (err.line, err.column) == (line, col), err.render()
    assert fragment in err.message
    rendered = err.render().splitlines()
    assert rendered[0].startswith(f"bad.groovy:{line}:{col}: ")
    assert rendered[2] == " " * (col - 1) + "^"


# Closure parameter defaults are any expression, as in Groovy 2.4 (calls, `new`, nested
# closures); newlines may follow `{` and `,` and precede `->`. All checked with real Groovy 2.4.
@pytest.mark.parametrize(
    "source,names",
    [
        ("def c = { x = new File('/x') -> x }", ["x"]),
        ("def c = { a, b = foo(1) -> a + b }", ["a", "b"]),
        ('def c = { String s = "x".toUpperCase() -> s }', ["s"]),
        ("def c = { n = [1,2].size() -> n }", ["n"]),
        ("def c = { a = null ?: 'd', b = 1 < 2 ? !true : x?.y -> b }", ["a", "b"]),
        ("def c = { a = { y -> y * 2 }, b = { 5 } -> a(b()) }", ["a", "b"]),
        ("def c = { a = 'x' as String, int b = 3 instanceof Integer -> a }", ["a", "b"]),
        ("def c = { a = /ab+/, b = 3 in [1, 2, 3], c = 'abc'.&size -> a }", ["a", "b", "c"]),
        ("def c = {\n  a,\n  b = 1 +\n    2\n  -> a }", ["a", "b"]),
        ("def c = { a = foo(\n 1), b = [1,\n 2] -> a }", ["a", "b"]),
        ("def c = { a = [1, 2]\n  .size(), b = 1 +\n\n 2\n\n -> a }", ["a", "b"]),
        ("[1].each {\n    item ->\n    println item\n}", ["item"]),
        ("def c = { -> 1 }", []),
    ],
)
def test_closure_parameter_defaults(source: str, names: list[str]) -> None:
    stmt = body(source)[0]
    closure = stmt.value if isinstance(stmt, n.VarDecl) else stmt.expr.args[0]  # type: ignore
    assert isinstance(closure, n.ClosureExpr)
    assert [p.name for p in closure.params] == names
    assert not closure.implicit_it


def test_closure_default_keeps_its_expression() -> None:
    closure = body("def c = { x = new File('/x'), n = [1,2].size() -> x }")[0].value  # type: ignore
    assert isinstance(closure.params[0].default, n.New)
    assert isinstance(closure.params[1].default, n.MethodCall)


def test_closure_bodies_are_not_mistaken_for_parameters() -> None:
    closure = body("def c = { x = foo(1); [1].each { y -> y } }")[0].value  # type: ignore
    assert closure.params == [] and len(closure.body) == 2


@pytest.mark.parametrize(
    "source,line,col,fragment",
    [
        ("def c = (a, b) -> a + b", 1, 16, "Lambda expressions are Groovy 3 syntax"),
        ("def c = x -> x * 2", 1, 11, "Lambda expressions are Groovy 3 syntax"),
        ("[1].collect(x -> x * 2)", 1, 15, "Lambda expressions are Groovy 3 syntax"),
        ("def c = { (a, b) -> a + b }", 1, 18, "Lambda expressions are Groovy 3 syntax"),
        ("def c = { x = foo(1)\n  y -> y }", 2, 5, "Lambda expressions are Groovy 3 syntax"),
        # Groovy 2.4 refuses a newline before a parameter's comma, at the same place
        ("def c = { a = 1\n , b -> a }", 2, 2, "Unexpected ','"),
    ],
)
def test_groovy3_lambdas_stay_rejected(source: str, line: int, col: int, fragment: str) -> None:
    with pytest.raises(FlowSyntaxError) as info:
        parse(source, "bad.groovy")
    assert (info.value.line, info.value.column) == (line, col), info.value.render()
    assert fragment in info.value.message


def test_operation_positions() -> None:
    # run-time errors point at op_line/op_col: the operation's own token
    call = body("def y = x .foo(1)")[0].value  # type: ignore[attr-defined]
    assert (call.col, call.op_line, call.op_col) == (9, 1, 12)
    prop = body("a.b.c")[0].expr  # type: ignore[attr-defined]
    assert (prop.op_col, prop.obj.op_col) == (5, 3)
    binary = body("x  +  y")[0].expr  # type: ignore[attr-defined]
    assert (binary.col, binary.op_col) == (1, 4)
    power = body("x ** y")[0].expr  # type: ignore[attr-defined]
    assert power.op_col == 3
    index = body("xs [0]")[0].expr  # type: ignore[attr-defined]
    assert index.op_col == 4
    new = body("def f = new File('x')")[0].value  # type: ignore[attr-defined]
    assert (new.col, new.op_col) == (13, 9)
    neg, post = body("-x\ny ++")  # type: ignore[misc]
    assert neg.expr.op_col == 1 and (post.expr.op_line, post.expr.op_col) == (2, 3)
    cast = body("x as int")[0].expr  # type: ignore[attr-defined]
    assert cast.op_col == 3
    assign = body("a.b = 1\nc = 2")
    assert assign[0].expr.op_col == 3 and assign[1].expr.op_col == 3  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "source",
    ["[[1, 2]: 3]", "[[a: 1]: 'x']", "[[]: 1, [:]: 2]", "[\n  [1]\n    : 2,\n]", "f([1]: 2, 3)"],
)
def test_list_and_map_literals_are_map_keys_without_parentheses(source: str) -> None:
    # valid Groovy 2.4: `[[1, 2]: 3]` is a map whose key is the list [1, 2]
    expr = body(source)[0].expr  # type: ignore[attr-defined]
    mapping = expr.args[0] if isinstance(expr, n.MethodCall) else expr
    assert isinstance(mapping, n.MapExpr)
    assert isinstance(mapping.entries[0].key, (n.ListExpr, n.MapExpr))


def test_list_literal_key_entries() -> None:
    with pytest.raises(FlowSyntaxError):
        body("[[1]: 2: 3]")
    entries = body("[[1, [2]]: 'n', b: 5]")[0].expr.entries  # type: ignore[attr-defined]
    assert isinstance(entries[0].key, n.ListExpr) and len(entries[0].key.items) == 2
    assert isinstance(entries[1].key, n.Literal) and entries[1].key.value == "b"


def test_statements_in_a_gstring_are_a_closure_called_in_place() -> None:
    value = body('def s = "${def c = 0; c += 2; c}"')[0].value
    assert isinstance(value, n.GStringExpr)
    call = value.values[0]
    assert isinstance(call, n.Call) and isinstance(call.func, n.ClosureExpr)
    assert len(call.func.body) == 3 and not call.args


def test_type_parameters_are_erased_to_object() -> None:
    method = body("static <T extends Comparable<T>> T big(List<T> xs, T[] more) { xs.max() }")[0]
    assert isinstance(method, n.MethodDef)
    assert method.return_type == "Object"
    assert [p.type for p in method.params] == ["List", "Object[]"]


def test_keyword_map_keys_on_their_own_lines_and_import_aliases() -> None:
    decl = body("def m = [\n  short: 1,\n  long : 2\n]")[0]
    assert [e.key.value for e in decl.value.entries] == ["short", "long"]
    imp = body("import groovy.json.JsonOutput as JO")[0]
    assert isinstance(imp, n.Import) and imp.alias == "JO"
